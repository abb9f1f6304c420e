"""Production: everything secret or site-specific comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), WAGTAILADMIN_BASE_URL (the site's
public address, e.g. https://sokhcn.hungyen.gov.vn: every link in every email starts with it).
Optional: DATABASE_URL,
REDIS_URL (or CACHE_URL), PAGE_CACHE_URL (default: REDIS_URL's next database),
PAGE_CACHE_SECONDS (600), FRONTEND_CACHE_BACKEND (http with FRONTEND_CACHE_URL, cloudflare
with CLOUDFLARE_BEARER_TOKEN and CLOUDFLARE_ZONE_ID, cloudfront with
CLOUDFRONT_DISTRIBUTION_ID), EMAIL_HOST/EMAIL_PORT/EMAIL_HOST_USER/EMAIL_HOST_PASSWORD/
EMAIL_USE_TLS, EMAIL_TIMEOUT (15), DEFAULT_FROM_EMAIL, MAIL_ALERT_EMAILS, SECURE_SSL_REDIRECT,
SECURE_HSTS_SECONDS, MEDIA_ROOT, WAGTAIL_ADMIN_PATH (default "admin"), TRUSTED_PROXIES
(default "127.0.0.1,::1": nginx on this machine; addresses or networks, comma-separated,
of every proxy whose X-Forwarded-For and X-Forwarded-Proto are believed; empty if gunicorn
faces the Internet).
Several app servers (README, "Deployment"): DATABASE_REPLICA_URL; media on S3 with
AWS_STORAGE_BUCKET_NAME (or S3_BUCKET), AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME,
AWS_S3_CUSTOM_DOMAIN, AWS_LOCATION.
"""

import ipaddress
import os
import sys

import dj_database_url

from . import caching
from .base import *  # noqa: F403

# WAGTAILADMIN_BASE_URL is the address every emailed link starts with.
_missing = [
    name
    for name in ("SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL")
    if not os.environ.get(name)
]
if _missing:
    # One clear line instead of a traceback: the process must not start half-configured.
    sys.exit(f"Missing required environment variable(s): {', '.join(_missing)}")


def env_bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = [h.strip() for h in os.environ["ALLOWED_HOSTS"].split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

# Caches (settings/caching.py): with REDIS_URL, "default" and "pages" are two databases of
# one Redis that every app server shares, so a publish on one server clears the pages all
# of them serve. Without Redis the page cache is off (per-process copies could not be
# cleared together). PAGE_CACHE_SECONDS (default 600) bounds how long a page can lag
# behind things no signal reports, such as an event starting.
try:
    CACHES = caching.production_caches(os.environ)
    WAGTAILFRONTENDCACHE = caching.frontend_cache(os.environ)
except caching.CacheConfigError as error:
    sys.exit(str(error))
# PAGE_CACHE=false turns the page cache off with Redis in place (bench/run.py compares both).
WAGTAIL_CACHE = (
    env_bool("PAGE_CACHE", True)
    and CACHES["pages"]["BACKEND"] != "django.core.cache.backends.dummy.DummyCache"
)
if WAGTAILFRONTENDCACHE is None:
    del WAGTAILFRONTENDCACHE
if os.environ.get("REDIS_URL") or os.environ.get("CACHE_URL"):
    # Sessions (staff sign-ins, page passwords) are read from Redis and written through to
    # the database: every app server sees them, and a Redis restart or eviction signs
    # nobody out. Pure cache sessions would, and page-cache clears never reach them
    # (another database). With Redis unreachable, a session is read from the database
    # (the cache answers a miss) and saved there: staff stay signed in.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "default"

# Tasks (emails first) are stored in the database, in the transaction that queues them,
# and run by `manage.py run_worker`: a slow or failing mail server never delays or breaks
# a request, and nothing queued is lost when a process dies.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES}}  # noqa: F405

# More than one app server (README, "Deployment"): app servers keep no local state.
# Media (uploads, image renditions) on S3-compatible object storage when a bucket is named;
# credentials come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (or the machine's role).
# Public media: plain URLs (no signed query strings), objects inherit the bucket's policy.
_bucket = os.environ.get("AWS_STORAGE_BUCKET_NAME") or os.environ.get("S3_BUCKET")
if _bucket:
    STORAGES = {
        **STORAGES,  # noqa: F405
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": _bucket,
                "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
                "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
                "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
                "location": os.environ.get("AWS_LOCATION", ""),
                "querystring_auth": False,
                "default_acl": None,
                "file_overwrite": False,
                "object_parameters": {"CacheControl": "public, max-age=86400"},
            },
        },
    }
    # Images then come from the bucket's origin: the Content-Security-Policy must allow it
    # (settings.base "Security"), or no photo would show.
    if os.environ.get("AWS_S3_CUSTOM_DOMAIN"):
        _media_origins = [f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN'].strip('/')}"]
    elif os.environ.get("AWS_S3_ENDPOINT_URL"):
        from urllib.parse import urlsplit

        _endpoint = urlsplit(os.environ["AWS_S3_ENDPOINT_URL"])
        # Path-style (host/bucket/key) or virtual-hosted (bucket.host/key) URLs.
        _media_origins = [
            f"{_endpoint.scheme}://{_endpoint.netloc}",
            f"{_endpoint.scheme}://{_bucket}.{_endpoint.netloc}",
        ]
    else:
        _region = os.environ.get("AWS_S3_REGION_NAME")
        _media_origins = [f"https://{_bucket}.s3.amazonaws.com"] + (
            [f"https://{_bucket}.s3.{_region}.amazonaws.com"] if _region else []
        )
    for _policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):  # noqa: F405
        _policy["DIRECTIVES"] = {
            **_policy["DIRECTIVES"],
            "img-src": [*_policy["DIRECTIVES"]["img-src"], *_media_origins],
        }

# Read replica (optional): anonymous readers' page views read from it; staff, forms,
# transactions, commands and the task worker use the primary (core/db_router.py).
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = {  # noqa: F405
        **dj_database_url.parse(
            os.environ["DATABASE_REPLICA_URL"], conn_max_age=60, conn_health_checks=True
        ),
        "TEST": {"MIRROR": "default"},
    }
    DATABASE_ROUTERS = ["core.db_router.PrimaryReplicaRouter"]
    MIDDLEWARE = [
        *MIDDLEWARE[:1],  # noqa: F405
        "core.db_router.ReplicaReadsMiddleware",
        *MIDDLEWARE[1:],  # noqa: F405
    ]

# Every email goes through the outbox (settings.base); the worker delivers by SMTP.
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
SERVER_EMAIL = DEFAULT_FROM_EMAIL  # noqa: F405

# HTTPS everywhere; behind a reverse proxy that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Headers, CSP, lockout and upload limits: settings.base ("Security"), the same everywhere.
TRUSTED_PROXIES = [
    proxy.strip()
    for proxy in os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1").split(",")
    if proxy.strip()
]
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        sys.exit(f"TRUSTED_PROXIES: {_proxy!r} is not an IP address or network")

# The base logging (request id on every line, console only) at INFO; 4xx are not errors.
LOGGING = {
    **LOGGING,  # noqa: F405
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {**LOGGING["loggers"], "django.request": {"level": "ERROR"}},  # noqa: F405
}
