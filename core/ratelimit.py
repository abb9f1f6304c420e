"""A small per-address rate limit for public forms, kept in the shared cache.

It fails open: with the cache unreachable (production ignores Redis errors, see
settings/caching.py), every request is let through. It only slows down spam; the forms'
own guards (CSRF, the one-use form token, validation, seat locking) do not depend on it,
and staff sign-in lockout lives in the database (django-axes). A database counter would
add a write to every submission for the minutes an outage lasts.
"""

import logging

from django.core.cache import cache

from core.security import client_ip

logger = logging.getLogger(__name__)


def client_address(request) -> str:
    # The same address the login lockout uses (core.security.client_ip): X-Forwarded-For
    # is read only from TRUSTED_PROXIES, so a client cannot choose its own address.
    return client_ip(request) or "unknown"


def over_limit(request, scope: str, limit: int, window_seconds: int) -> bool:
    """Count this request; True once the address has sent more than `limit` in the window."""
    key = f"ratelimit:{scope}:{client_address(request)}"
    try:
        added = cache.add(key, 1, window_seconds)
        if added:
            return False
        # django-redis answers None instead of raising when it ignores an error.
        count = None if added is None else cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window_seconds)
        return False
    except Exception:  # noqa: BLE001 - any cache failure: fail open (module docstring)
        count = None
    if count is None:
        logger.warning("Rate limit %r not applied: the cache is unreachable", scope)
        return False
    return count > limit
