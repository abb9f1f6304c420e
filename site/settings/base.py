"""Settings shared by every environment; dev, test and production adjust them."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    # Project apps first so their templates and translations win.
    "core",
    "home",
    "news",
    "showcase",
    "events",
    "search",
    # wagtail-localize replaces wagtail.locales with its own locale admin.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    # Full-page cache for anonymous readers (core/cache.py) and CDN purges on publish.
    "wagtailcache",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.table_block",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Its catalogue translates the "N minutes ago" of the admin (Wagtail uses naturaltime).
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "rest_framework",
    "wagtail.api.v2",
    "csp",
    # Country names in Vietnamese and English (registrants from abroad).
    "django_countries",
    "axes",
    "django_guid",
]

MIDDLEWARE = [
    # First: every later log line of the request carries its id (X-Request-ID).
    "django_guid.middleware.guid_middleware",
    # Before anything reads request.is_secure(): a forwarded scheme only from our proxies.
    "core.security.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "core.security.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Page cache (core/cache.py): stores responses on the way out, so it sits outside
    # every middleware whose work belongs in the cached copy; static files never reach it.
    "core.cache.UpdateCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Unprefixed URLs are Vietnamese whatever the browser says (prefix_default_language=False).
    "django.middleware.locale.LocaleMiddleware",
    # After the language is known, so the 400 page is in the reader's language.
    "core.security.RejectNullBytesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Aliases and synced translation: superusers only (core/localize_policy.py).
    "core.localize_policy.RefuseSyncAndAliasMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Serves cached pages once the reader's language and sign-in state are known.
    "wagtailcache.cache.FetchFromCacheMiddleware",
    # Last: turns a locked-out login into the lockout page (templates/axes/lockout.html).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "urls"
WSGI_APPLICATION = "wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site_chrome",
            ],
        },
    },
]

# SQLite by default so a newcomer needs nothing but Python; DATABASE_URL selects PostgreSQL.
# Connections are kept for a minute, and checked before a request reuses one: a
# connection that PostgreSQL, a restart or a proxy closed meanwhile would otherwise fail
# that request with a 500 (bench/faults.py, "pg terminated").
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers queue for the lock instead of failing; a transaction takes the write lock
    # when it begins (IMMEDIATE), which is what keeps event registrations from
    # overbooking on SQLite. WAL lets readers carry on meanwhile.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "core.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Vietnamese first (at /), English second (under /en/).
# LANGUAGE_CODE must be "vi" before the first migration so Wagtail's default Locale is vi.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Project strings first, then our fill-ins for gaps in Wagtail's own Vietnamese catalogue.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-overrides"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
# Dates as each language writes them (core/formats/vi, core/formats/en).
FORMAT_MODULE_PATH = ["core.formats"]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed names, served by whitenoise with far-future cache headers.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Files browsers ask for at the site root (/favicon.ico), served by whitenoise as they are.
WHITENOISE_ROOT = BASE_DIR / "core" / "root_files"

# Wagtail
WAGTAIL_SITE_NAME = "Sở Khoa học và Công nghệ"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "core.CustomDocument"
# Renditions: WebP first with a JPEG fallback (core/templatetags/image_tags.py). These
# qualities keep photos clean at a third of the original bytes; uploaded WebP/AVIF/BMP
# become JPEG or WebP, never multi-megabyte PNG.
WAGTAILIMAGES_JPEG_QUALITY = 78
WAGTAILIMAGES_WEBP_QUALITY = 75
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "webp", "bmp": "jpeg", "webp": "webp"}
# Slugs are ASCII, folded from Vietnamese titles by core.text.slugify_vi (đ included).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Search: all of its configuration is here. The database backend is PostgreSQL full-text
# search or SQLite FTS5; "simple" keeps Vietnamese syllables such as "an" and "to" that
# the English configuration would drop as stopwords. Diacritics are folded by indexing a
# folded copy of every field (core.search), which works on both databases and on
# Elasticsearch/OpenSearch alike: to switch, set SEARCH_BACKEND_URL (see README).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "core.search_backend",
        "SEARCH_CONFIG": "simple",
    }
}
if os.environ.get("SEARCH_BACKEND_URL"):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": os.environ.get("SEARCH_BACKEND", "wagtail.search.backends.elasticsearch8"),
        "URLS": [os.environ["SEARCH_BACKEND_URL"]],
        "INDEX": os.environ.get("SEARCH_INDEX", "sokhcn"),
        "TIMEOUT": 5,
    }
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_COMMENTS_ENABLED = True
# wagtail-localize: translate selectively, never fill the English tree with Vietnamese aliases.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "simple"

# Caches: "default" for sessions, rate limits and Wagtail's small lookups; "pages" for
# whole pages (core/cache.py), cleared on every publish, so it is a cache of its own.
# Local memory here; production shares both through Redis (settings/caching.py).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "TIMEOUT": PAGE_CACHE_SECONDS,
    },
}
WAGTAIL_CACHE = True
WAGTAIL_CACHE_BACKEND = "pages"
# Off: the per-URL keyring is one dict every process rewrites (racy, ever-growing);
# invalidation clears the whole "pages" alias instead.
WAGTAIL_CACHE_KEYRING = False
# Tracking cookies and query parameters (utm_*, fbclid...) do not split the cache.
WAGTAIL_CACHE_IGNORE_COOKIES = True
# CDN purges (production only, from the environment): URLs are already per language.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

# Background work: every email goes through the outbox (core/outbox.py) and the "email"
# queue, taken before everything else (core/tasks.py). Development and tests run tasks at
# once, after the commit; production stores them in the database for `manage.py
# run_worker`, which also runs the scheduled jobs (core/schedule.py).
TASK_QUEUES = ["default", "email"]
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": TASK_QUEUES,
    }
}

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@sokhcn.example.gov.vn")
# Whatever sends mail (Wagtail's moderation emails, password resets) writes to the outbox;
# the worker delivers through OUTBOX_DELIVERY_BACKEND (the console here, SMTP in production).
EMAIL_BACKEND = "core.outbox.OutboxEmailBackend"
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The Date header in the province's time (+0700), as its readers' clocks say.
EMAIL_USE_LOCALTIME = True
# Seconds any one step with the mail server may take: a server that accepts the connection
# and never answers fails the try (it is retried) instead of holding the worker.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "15"))
# Told when mail works again after failing (comma-separated). Empty: the superusers.
MAIL_ALERT_EMAILS = [
    address.strip()
    for address in os.environ.get("MAIL_ALERT_EMAILS", "").split(",")
    if address.strip()
]
# How long the outbox keeps a delivered email, and one it could not deliver.
OUTBOX_KEEP_SENT_DAYS = int(os.environ.get("OUTBOX_KEEP_SENT_DAYS", "30"))
OUTBOX_KEEP_FAILED_DAYS = int(os.environ.get("OUTBOX_KEEP_FAILED_DAYS", "90"))
SCHEDULE_KEEP_DAYS = 7

# Every record carries the request id (django-guid): the id the proxy sent as X-Request-ID,
# or a new one, returned in the response so a reader's error report can be found in the logs.
# Django's request logger records the path and status only, never bodies; our own log
# calls must not carry names, emails or phones either (tests/test_security.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "correlation_id": {"()": "django_guid.log_filters.CorrelationId"},
        "disallowed_host": {"()": "core.logs.DisallowedHostFilter"},
    },
    "formatters": {
        "request_id": {
            "format": "%(asctime)s %(levelname)s [%(correlation_id)s] %(name)s: %(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["correlation_id"],
            "formatter": "request_id",
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # django-guid reports at INFO whether each request brought an id: noise.
        "django_guid": {"level": "WARNING"},
        # A bad Host header: one counted line a minute, no traceback (core.logs).
        "django.security.DisallowedHost": {"filters": ["disallowed_host"]},
    },
}
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "RETURN_HEADER": True,
    "EXPOSE_HEADER": False,
    # Only a UUID (with or without dashes, as nginx's $request_id) is taken from the
    # client; anything else is replaced, so the header cannot forge or garble log lines.
    "VALIDATE_GUID": True,
}

# Read-only API: no browsable HTML renderer for the public, JSON only.
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100

# Retention (manage.py apply_retention, run daily by the worker): registrations are
# anonymized this many months after their event ends; inquiries this many months after
# they are closed, and in any case after INQUIRY_RETENTION_MONTHS.
REGISTRATION_RETENTION_MONTHS = int(os.environ.get("REGISTRATION_RETENTION_MONTHS", "12"))
INQUIRY_RETENTION_MONTHS_AFTER_CLOSING = int(
    os.environ.get("INQUIRY_RETENTION_MONTHS_AFTER_CLOSING", "6")
)
INQUIRY_RETENTION_MONTHS = int(os.environ.get("INQUIRY_RETENTION_MONTHS", "24"))

# Who is told of each showcase inquiry besides the entry's own contact: comma-separated
# addresses. Empty: the email address in the agency information (core.AgencyInfo).
SHOWCASE_STAFF_EMAILS = [
    address.strip()
    for address in os.environ.get("SHOWCASE_STAFF_EMAILS", "").split(",")
    if address.strip()
]

# Public forms accepted per client address per hour (spam guard).
RATE_LIMITS = {
    "inquiry": int(os.environ.get("RATE_LIMIT_INQUIRIES_PER_HOUR", "5")),
    "registration": int(os.environ.get("RATE_LIMIT_REGISTRATIONS_PER_HOUR", "10")),
}

# --- Security (tests/test_security.py, test_uploads.py, test_roles.py) ---------------------
# The admin lives away from the well-known /admin/ when WAGTAIL_ADMIN_PATH says so.
WAGTAIL_ADMIN_PATH = os.environ.get("WAGTAIL_ADMIN_PATH", "admin").strip("/")
# Addresses or networks of the reverse proxies in front of the app (comma-separated).
# X-Forwarded-For (the client address of rate limits and the login lockout) and
# X-Forwarded-Proto are believed only from them (core.security.from_trusted_proxy).
TRUSTED_PROXIES = [
    proxy.strip() for proxy in os.environ.get("TRUSTED_PROXIES", "").split(",") if proxy.strip()
]

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "core.security.csrf_failure"
# No browser feature the site does not use (django-permissions-policy sends the header).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
} | {"fullscreen": ["self"]}

# Content-Security-Policy (django-csp): public pages run no inline code at all — scripts
# and styles come from our static files; JSON-LD is data, not script. The Wagtail admin
# still needs inline scripts and style attributes, so it gets its own policy, chosen by
# path in core.security.SiteCSPMiddleware.
_SELF, _NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        # Nobody frames the public pages (X-Frame-Options DENY says the same to old browsers).
        "frame-ancestors": [_NONE],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF, "'unsafe-inline'"],
        "style-src": [_SELF, "'unsafe-inline'"],
        "img-src": [_SELF, "data:", "blob:"],
        "font-src": [_SELF, "data:"],
        "connect-src": [_SELF],
        "frame-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        # The preview panel frames the admin's own preview views.
        "frame-ancestors": [_SELF],
    }
}
# Staff avatars are not fetched from Gravatar: no third-party request, no email hash leak.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Login lockout (django-axes): 5 wrong passwords for one username from one address lock that
# pair for an hour; 20 from any addresses lock the account itself (a guessing attack spread
# over many addresses). Other staff can still sign in. Each limit is counted by
# core.security.LockoutHandler.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_LOCKOUTS = [(["username", "ip_address"], 5), (["username"], 20)]
AXES_HANDLER = "core.security.LockoutHandler"
AXES_LOCKOUT_PARAMETERS = [parameters for parameters, _limit in LOGIN_LOCKOUTS]
AXES_FAILURE_LIMIT = LOGIN_LOCKOUTS[0][1]
AXES_COOLOFF_TIME = 1  # hours
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip"
AXES_LOCKOUT_CALLABLE = "core.security.lockout_response"  # templates/axes/lockout.html
AXES_USERNAME_FORM_FIELD = "username"

# Uploads: images Wagtail can decode (no SVG: it can carry scripts), office documents and
# PDF only, whose content must match the extension (core.uploads.DocumentForm). Only PDF
# opens in the browser; everything else is a download (Content-Disposition: attachment),
# always with nosniff and a "default-src 'none'" policy from Wagtail's serve view.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000  # decompression bombs
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
    "odt",
    "ods",
    "odp",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.DocumentForm"
# Alt text and credit in every language (core.uploads.ImageForm).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.uploads.ImageForm"
# Non-file form bodies above this are refused with 400 (Django's default, stated on purpose).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
