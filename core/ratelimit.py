"""A small per-address rate limit for public forms, kept in the shared cache."""

from django.core.cache import cache

from core.security import client_ip


def client_address(request) -> str:
    # The same address the login lockout uses (core.security.client_ip): X-Forwarded-For
    # is read only from TRUSTED_PROXIES, so a client cannot choose its own address.
    return client_ip(request) or "unknown"


def over_limit(request, scope: str, limit: int, window_seconds: int) -> bool:
    """Count this request; True once the address has sent more than `limit` in the window."""
    key = f"ratelimit:{scope}:{client_address(request)}"
    if cache.add(key, 1, window_seconds):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window_seconds)
        return False
    return count > limit
