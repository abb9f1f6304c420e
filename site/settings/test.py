"""Test settings: fast hashing, plain static storage, local memory cache and email."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Django's test set-up sends direct mail to its test outbox; the outbox's deliveries too.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Both cache aliases in process memory (settings.base), emptied around every test
# (the root conftest.py). The page cache is off except in tests/test_cache.py, which turns it
# on: other tests change content without publishing and read the page straight back.
# PAGE_CACHE_IN_TESTS=1 runs every test through it.
WAGTAIL_CACHE = os.environ.get("PAGE_CACHE_IN_TESTS", "") == "1"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: the concurrency tests open one connection per thread, and
    # SQLite's shared in-memory cache would fail them with "table is locked".
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(BASE_DIR / f".test-db{os.environ.get('TEST_DB_SUFFIX', '')}.sqlite3")  # noqa: F405
    }
elif os.environ.get("TEST_DB_SUFFIX"):
    # Two test runs on one PostgreSQL server (parallel work on one machine) need two databases.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": f"test_{DATABASES['default']['NAME']}{os.environ['TEST_DB_SUFFIX']}"  # noqa: F405
    }
