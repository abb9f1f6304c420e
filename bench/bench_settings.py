"""Production settings plus the benchmark's URLs (bench/ must be on PYTHONPATH)."""

from settings.production import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
