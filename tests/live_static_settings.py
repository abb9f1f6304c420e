"""settings.production for collectstatic in tests/live_db.py: the same manifest of hashed
names, without the gzip and Brotli copies of every file, which no test there requests
(tests/test_static.py checks those with the real storage)."""

from settings.production import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}
