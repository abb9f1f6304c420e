"""Cache and CDN settings built from the environment (plain functions: tests call them).

Two cache aliases: "default" (sessions, rate-limit counters, Wagtail's own small caches)
and "pages" (wagtail-cache's full pages, core/cache.py). Every change an editor publishes
clears "pages" entirely; on Redis that is FLUSHDB, so "pages" must live in a Redis
database of its own or it would wipe "default" with it.

Both are caches in the strict sense: every value can be rebuilt (sessions are written
through to the database, rate limits fail open: core/ratelimit.py), so an unreachable or
hung Redis costs speed, never a page (docs/deployment.md, "When Redis fails").
"""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

PAGE_CACHE_DEFAULT_SECONDS = 600
# Seconds to wait for Redis to accept a connection or answer a command: a hung Redis
# costs one of these per process every few seconds (core/redis_pool.py), not per call.
REDIS_SOCKET_TIMEOUT = 0.25


class CacheConfigError(ValueError):
    """The environment describes a cache set-up that cannot work; the message says why."""


def _redis_db(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss"):
        raise CacheConfigError(
            f"Cannot derive the page cache's Redis database from {parts.scheme}:// URLs: "
            "set PAGE_CACHE_URL to a Redis database of its own."
        )
    query = dict(parse_qsl(parts.query))
    path_db = parts.path.strip("/")
    db = int(query.get("db") or path_db or 0)
    host = f"{parts.hostname}:{parts.port or 6379}"
    return host, db


def _same_database(first: str, second: str) -> bool:
    try:
        return _redis_db(first) == _redis_db(second)
    except CacheConfigError:  # unix sockets: only the exact same URL is known to clash
        return first == second


def next_redis_db_url(url: str) -> str:
    """redis://host:6379/0 -> redis://host:6379/1: the page cache's own database."""
    _host, db = _redis_db(url)
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "db"]
    return urlunsplit((parts.scheme, parts.netloc, f"/{db + 1}", urlencode(query), ""))


def _redis(location: str, timeout: int | None) -> dict:
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "TIMEOUT": timeout,
        "OPTIONS": {
            "SOCKET_CONNECT_TIMEOUT": REDIS_SOCKET_TIMEOUT,
            "SOCKET_TIMEOUT": REDIS_SOCKET_TIMEOUT,
            # A connection error or timeout reads as a miss and a write as done: the page
            # is built from the database. After one, the process leaves Redis alone for a
            # few seconds (core/redis_pool.py), which also logs the outage once.
            "IGNORE_EXCEPTIONS": True,
            "CONNECTION_POOL_CLASS": "core.redis_pool.CircuitBreakerConnectionPool",
        },
    }


def production_caches(environ) -> dict:
    """CACHES for production.

    REDIS_URL (or CACHE_URL): "default" on that database and "pages" on its own database
    (PAGE_CACHE_URL, else the next database number). Several app servers then share both,
    so a publish on one server clears the pages every server serves.

    No Redis: "default" in process memory and no page cache at all (DummyCache). Per-process
    page caches could not be cleared together: a gunicorn worker other than the one that
    handled the publish would keep serving the old page until it expired.
    """
    timeout = int(environ.get("PAGE_CACHE_SECONDS", PAGE_CACHE_DEFAULT_SECONDS))
    redis_url = environ.get("REDIS_URL") or environ.get("CACHE_URL")
    page_url = environ.get("PAGE_CACHE_URL")
    if not redis_url:
        caches = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
        caches["pages"] = (
            _redis(page_url, timeout)
            if page_url
            else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
        )
        return caches
    page_url = page_url or next_redis_db_url(redis_url)
    if _same_database(page_url, redis_url):
        raise CacheConfigError(
            "PAGE_CACHE_URL must name a different Redis database from REDIS_URL: clearing "
            "the page cache flushes its whole database."
        )
    return {
        "default": _redis(redis_url, 300),
        "pages": _redis(page_url, timeout),
    }


def frontend_cache(environ) -> dict | None:
    """WAGTAILFRONTENDCACHE from FRONTEND_CACHE_BACKEND (http, cloudflare or cloudfront);
    None when unset, and then nothing is purged."""
    backend = environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
    if not backend:
        return None

    def need(*names):
        missing = [name for name in names if not environ.get(name)]
        if missing:
            raise CacheConfigError(f"FRONTEND_CACHE_BACKEND={backend} needs {', '.join(missing)}")
        return [environ[name] for name in names]

    if backend == "http":  # Varnish, nginx proxy_cache_purge...: a PURGE request per URL
        (location,) = need("FRONTEND_CACHE_URL")
        config = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    elif backend == "cloudflare":
        token, zone = need("CLOUDFLARE_BEARER_TOKEN", "CLOUDFLARE_ZONE_ID")
        config = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": token,
            "ZONEID": zone,
        }
    elif backend == "cloudfront":
        (distribution,) = need("CLOUDFRONT_DISTRIBUTION_ID")
        config = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": distribution,
        }
    else:
        raise CacheConfigError(
            f"FRONTEND_CACHE_BACKEND must be http, cloudflare or cloudfront, not {backend!r}"
        )
    return {"default": config}
