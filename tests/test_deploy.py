"""Production settings: refuse to start half-configured; check --deploy is clean."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, env_overrides):
    env = {k: v for k, v in os.environ.items()
           if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE")}
    env.update({"DJANGO_SETTINGS_MODULE": "settings.production", **env_overrides})
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides={
        "SECRET_KEY": "x7#kq" * 12, "ALLOWED_HOSTS": "sokhcn.example.gov.vn",
    })
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key_and_hosts():
    result = run_manage("check", env_overrides={})
    assert result.returncode != 0
    lines = [line for line in result.stderr.strip().splitlines() if line]
    assert lines == ["Missing required environment variable(s): SECRET_KEY, ALLOWED_HOSTS"]


def test_production_names_only_what_is_missing():
    result = run_manage("check", env_overrides={"SECRET_KEY": "x7#kq" * 12})
    assert result.returncode != 0
    assert result.stderr.strip() == "Missing required environment variable(s): ALLOWED_HOSTS"
