"""Local development: debug on, email to the console (through the outbox), in-process cache."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# Caches in process memory (settings.base). No page cache unless PAGE_CACHE=1: template
# edits would otherwise show up only after PAGE_CACHE_SECONDS in an anonymous browser.
WAGTAIL_CACHE = os.environ.get("PAGE_CACHE", "") == "1"
# runserver serves static files itself; no manifest needed.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
