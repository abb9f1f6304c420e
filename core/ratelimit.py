"""A small per-address rate limit for public forms, kept in the shared cache."""

from django.core.cache import cache


def client_address(request) -> str:
    # Behind a reverse proxy, configure it to set REMOTE_ADDR (e.g. gunicorn's
    # --forwarded-allow-ips); a client-supplied X-Forwarded-For is never trusted here.
    return request.META.get("REMOTE_ADDR", "unknown")


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
