"""Production settings: refuse to start half-configured; check --deploy is clean."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Settings in subprocesses, not the database engine: .ci/run runs these once, on SQLite.
pytestmark = pytest.mark.engine_independent

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, env_overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in ("SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update({"DJANGO_SETTINGS_MODULE": "settings.production", **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "SECRET_KEY": "x7#kq" * 12,
            "ALLOWED_HOSTS": "sokhcn.example.gov.vn",
            "WAGTAILADMIN_BASE_URL": "https://sokhcn.example.gov.vn",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key_hosts_and_base_url():
    result = run_manage("check", env_overrides={})
    assert result.returncode != 0
    lines = [line for line in result.stderr.strip().splitlines() if line]
    assert lines == [
        "Missing required environment variable(s): SECRET_KEY, ALLOWED_HOSTS, WAGTAILADMIN_BASE_URL"
    ]


def test_production_names_only_what_is_missing():
    result = run_manage(
        "check",
        env_overrides={"SECRET_KEY": "x7#kq" * 12, "WAGTAILADMIN_BASE_URL": "https://x.vn"},
    )
    assert result.returncode != 0
    assert result.stderr.strip() == "Missing required environment variable(s): ALLOWED_HOSTS"


def test_production_refuses_to_start_without_the_address_emails_link_to():
    result = run_manage(
        "check",
        env_overrides={"SECRET_KEY": "x7#kq" * 12, "ALLOWED_HOSTS": "sokhcn.example.gov.vn"},
    )
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "Missing required environment variable(s): WAGTAILADMIN_BASE_URL"
    )


PRODUCTION_ENV = {
    "SECRET_KEY": "x7#kq" * 12,
    "ALLOWED_HOSTS": "sokhcn.example.gov.vn",
    "WAGTAILADMIN_BASE_URL": "https://sokhcn.example.gov.vn",
}
PROBE = """
import json, logging
from django.conf import settings
from django.http import HttpResponse
from django.middleware.security import SecurityMiddleware
from django.test import RequestFactory
factory = RequestFactory(HTTP_HOST="sokhcn.example.gov.vn")
middleware = SecurityMiddleware(lambda request: HttpResponse("ok"))
plain = middleware(factory.get("/tin-tuc/"))
secure = middleware(factory.get("/tin-tuc/", HTTP_X_FORWARDED_PROTO="https"))
console = settings.LOGGING["handlers"]["console"]
print(json.dumps({
    "redirect": [plain.status_code, plain.get("Location")],
    "hsts": secure.get("Strict-Transport-Security"),
    "nosniff": secure.get("X-Content-Type-Options"),
    "referrer": secure.get("Referrer-Policy"),
    "cookies": [settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE,
                settings.SESSION_COOKIE_HTTPONLY],
    "proxies": settings.TRUSTED_PROXIES,
    "admin": settings.WAGTAIL_ADMIN_PATH,
    "log_format": settings.LOGGING["formatters"][console["formatter"]]["format"],
    "log_filters": console["filters"],
    "lockout": [settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME,
                settings.AXES_LOCKOUT_PARAMETERS],
    "img_src": [settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
                settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]["img-src"]],
    "script_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"],
    "connections": {alias: [db["CONN_MAX_AGE"], db["CONN_HEALTH_CHECKS"]]
                    for alias, db in settings.DATABASES.items()},
}))
"""


def production_probe(**env):
    result = run_manage("shell", "-c", PROBE, env_overrides={**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_forces_https_with_hsts_and_secure_cookies():
    probe = production_probe()
    assert probe["redirect"] == [301, "https://sokhcn.example.gov.vn/tin-tuc/"]
    assert probe["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert probe["nosniff"] == "nosniff"
    assert probe["referrer"] == "strict-origin-when-cross-origin"
    assert probe["cookies"] == [True, True, True]
    # Lockout: 5 failures per username and address (20 per username), for an hour.
    assert probe["lockout"] == [5, 1, [["username", "ip_address"], ["username"]]]
    # Every log line carries the request id.
    assert "%(correlation_id)s" in probe["log_format"]
    assert probe["log_filters"] == ["correlation_id"]


def test_production_checks_a_kept_database_connection_before_reusing_it():
    # A connection closed by PostgreSQL (restart, pg_terminate_backend, a proxy's idle
    # timeout) is replaced at the start of the next request instead of failing it with a
    # 500, as bench/faults.py measured.
    probe = production_probe(DATABASE_REPLICA_URL="postgres://reader@127.0.0.1:5432/replica")
    assert probe["connections"] == {"default": [60, True], "replica": [60, True]}


def test_production_proxies_and_admin_path_come_from_the_environment():
    assert production_probe()["proxies"] == ["127.0.0.1", "::1"]  # nginx on this machine
    probe = production_probe(
        TRUSTED_PROXIES="10.0.0.0/8, 127.0.0.1", WAGTAIL_ADMIN_PATH="/quan-tri/"
    )
    assert probe["proxies"] == ["10.0.0.0/8", "127.0.0.1"] and probe["admin"] == "quan-tri"


def test_production_refuses_a_malformed_proxy_address():
    result = run_manage("check", env_overrides={**PRODUCTION_ENV, "TRUSTED_PROXIES": "10.0.0.0/33"})
    assert result.returncode != 0
    assert result.stderr.strip() == "TRUSTED_PROXIES: '10.0.0.0/33' is not an IP address or network"


@pytest.mark.parametrize(
    ("env", "origins"),
    [
        ({}, []),
        (
            {"AWS_STORAGE_BUCKET_NAME": "sokhcn-media", "AWS_S3_CUSTOM_DOMAIN": "media.sokhcn.vn"},
            ["https://media.sokhcn.vn"],
        ),
        (
            {
                "AWS_STORAGE_BUCKET_NAME": "sokhcn-media",
                "AWS_S3_ENDPOINT_URL": "https://s3.hn.viettelcloud.vn",
            },
            ["https://s3.hn.viettelcloud.vn", "https://sokhcn-media.s3.hn.viettelcloud.vn"],
        ),
        (
            {"AWS_STORAGE_BUCKET_NAME": "sokhcn-media", "AWS_S3_REGION_NAME": "ap-southeast-1"},
            [
                "https://sokhcn-media.s3.amazonaws.com",
                "https://sokhcn-media.s3.ap-southeast-1.amazonaws.com",
            ],
        ),
    ],
)
def test_media_on_object_storage_is_allowed_by_the_content_security_policy(env, origins):
    """Photos from the bucket must not be blocked; scripts still come from the site only."""
    probe = production_probe(**env)
    public, admin = probe["img_src"]
    assert public == ["'self'", "data:", *origins]
    assert admin[-len(origins) :] == origins if origins else "https:" not in admin
    assert probe["script_src"] == ["'self'"]


def test_production_sends_mail_from_the_worker_with_a_timeout():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; "
        "print(settings.EMAIL_TIMEOUT, settings.TASKS['default']['BACKEND'])",
        env_overrides=PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["15", "django_tasks_db.DatabaseBackend"]
