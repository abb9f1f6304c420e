"""A real, committed PostgreSQL database for tests that run the site in other processes.

The suite's own test database lives inside a transaction that gunicorn processes cannot
see, so the multi-server and backup tests get a database of their own: created, migrated
with production settings and seeded with a small site (two 5-seat events, an image, an
admin), then dropped. The `live_database` fixture is session-scoped (imported by
the root conftest.py) so both tests share one migration (~20-30 s).
"""

import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import psycopg
import pytest
import redis
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
# Redis databases of their own (cache, page cache): flushed before and after.
REDIS_URL = os.environ.get("LIVE_REDIS_URL", "redis://127.0.0.1:6379/7")
PAGE_CACHE_URL = os.environ.get("LIVE_PAGE_CACHE_URL", "redis://127.0.0.1:6379/8")
ON_POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"

SEED = """
import json
from django.contrib.auth import get_user_model
from core.demo import make_image
from tests import events_factories as ef
from tests import factories

home = factories.site_with_home()
calendar = ef.calendar(home)
waitlist = ef.event(calendar, "Hội thảo năm chỗ có danh sách chờ", capacity=5, waitlist=True)
no_waitlist = ef.event(calendar, "Tọa đàm năm chỗ không danh sách chờ", capacity=5,
                       waitlist=False, days=12)
image = make_image("Ảnh kiểm tra sao lưu", ("#073463", "#a3201a"), size=(320, 180))
get_user_model().objects.create_superuser("admin", "admin@example.com", "PASSWORD")
print(json.dumps({
    "home": home.url,
    "events": {"waitlist": [waitlist.pk, waitlist.url],
               "no_waitlist": [no_waitlist.pk, no_waitlist.url]},
    "image": image.file.name,
}))
"""


def admin_url(database_url: str) -> str:
    return urlparse(database_url)._replace(path="/postgres").geturl()


def create_database(database_url: str) -> None:
    name = urlparse(database_url).path.lstrip("/")
    with psycopg.connect(admin_url(database_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(database_url: str) -> None:
    name = urlparse(database_url).path.lstrip("/")
    with psycopg.connect(admin_url(database_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flush_redis() -> None:
    for url in (REDIS_URL, PAGE_CACHE_URL):
        redis.Redis.from_url(url, socket_timeout=5).flushdb()


def production_env(database_url: str, media_root: str, static_root: str) -> dict:
    """Production settings on plain HTTP, the shared Redis, no registration rate limit."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "settings.production",
            "DATABASE_URL": database_url,
            "REDIS_URL": REDIS_URL,
            "PAGE_CACHE_URL": PAGE_CACHE_URL,
            "SECRET_KEY": "multi-server-test-" + "k" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "MEDIA_ROOT": media_root,
            "STATIC_ROOT": static_root,
            # Every client comes from 127.0.0.1: lift the per-address spam guard.
            "RATE_LIMIT_REGISTRATIONS_PER_HOUR": "1000000",
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
        }
    )
    return env


def manage(env: dict, *args: str, timeout: int = 300, stdin: str | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


@pytest.fixture(scope="session")
def live_database(request):
    """{"url", "env", "media_root", "admin_password", "seed"}: a migrated, seeded database."""
    if not ON_POSTGRES:
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://...)")
    try:
        flush_redis()
    except Exception as error:  # noqa: BLE001 - any connection problem means no Redis
        pytest.skip(f"needs Redis at {REDIS_URL}: {error}")
    base = settings.DATABASES["default"]
    # One database per test run and xdist worker.
    worker = getattr(request.config, "workerinput", {}).get("workerid")
    suffix = os.environ.get("TEST_DB_SUFFIX", "") + (f"_{worker}" if worker else "")
    url = (
        f"postgres://{base['USER'] or 'postgres'}"
        f"{':' + base['PASSWORD'] if base.get('PASSWORD') else ''}"
        f"@{base['HOST'] or '127.0.0.1'}:{base['PORT'] or 5432}/sokhcn_live{suffix}"
    )
    media_root = tempfile.mkdtemp(prefix="sokhcn-live-media-")
    # Production settings serve hashed static files from the manifest: collect them, as a
    # release does, into a folder of this session (a clean checkout has none).
    static_root = tempfile.mkdtemp(prefix="sokhcn-live-static-")
    password = secrets.token_urlsafe(12)
    create_database(url)
    try:
        env = production_env(url, media_root, static_root)
        static_env = {**env, "DJANGO_SETTINGS_MODULE": "tests.live_static_settings"}
        manage(static_env, "collectstatic", "--no-input", "-v0")
        manage(env, "migrate", "--no-input", "-v0")
        out = manage(env, "shell", "-v0", "-c", SEED.replace("PASSWORD", password))
        seed = json.loads(out.strip().splitlines()[-1])
        yield {
            "url": url,
            "env": env,
            "media_root": media_root,
            "admin_password": password,
            "seed": seed,
        }
    finally:
        drop_database(url)
        shutil.rmtree(media_root, ignore_errors=True)
        shutil.rmtree(static_root, ignore_errors=True)
        flush_redis()
