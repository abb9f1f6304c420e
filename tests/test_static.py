"""Static files in production: hashed, pre-compressed, small, and nothing render-blocking
from another host."""

import os
import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
TEMPLATES = ROOT / "templates"
CSS = ROOT / "core" / "static" / "core" / "css" / "site.css"


def collect_as_production(static_root):
    """collectstatic with settings.production (in a subprocess: those settings refuse to
    load without their environment), into `static_root`; returns the URL of site.css."""
    code = (
        "import django, sys; django.setup()\n"
        "from django.core.management import call_command\n"
        "from django.test.utils import override_settings\n"
        "from django.contrib.staticfiles.storage import staticfiles_storage\n"
        "with override_settings(STATIC_ROOT=sys.argv[1]):\n"
        "    call_command('collectstatic', interactive=False, verbosity=0)\n"
        "    print(staticfiles_storage.url('core/css/site.css'))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "settings.production",
            "SECRET_KEY": "x7#kq" * 12,
            "ALLOWED_HOSTS": "127.0.0.1",
            "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
            "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'site'}",
        }
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(static_root)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_production_collects_hashed_compressed_files(tmp_path):
    url = collect_as_production(tmp_path)
    hashed = re.fullmatch(r"/static/core/css/(site\.[0-9a-f]{12}\.css)", url)
    assert hashed, url
    folder = tmp_path / "core" / "css"
    original = (folder / hashed.group(1)).read_bytes()
    assert original == CSS.read_bytes()
    # whitenoise serves these to clients that accept them (brotli is installed).
    for suffix in (".gz", ".br"):
        compressed = folder / (hashed.group(1) + suffix)
        assert compressed.exists(), compressed
        assert compressed.stat().st_size < len(original) / 3
    assert (tmp_path / "staticfiles.json").exists()
    assert list((tmp_path / "core" / "js").glob("site.*.js.br"))


def test_no_third_party_stylesheets_or_scripts():
    """Every <link> and <script> points at this site: no external host can block or track
    a page (and the Content-Security-Policy can stay 'self')."""
    tag = re.compile(r"<(?:link|script)\b[^>]*>", re.I)
    external = re.compile(r"""(?:href|src)\s*=\s*["']?(?:https?:)?//""", re.I)
    offenders = [
        f"{path.relative_to(TEMPLATES)}: {match.group(0)}"
        for path in TEMPLATES.rglob("*.html")
        for match in tag.finditer(path.read_text())
        if external.search(match.group(0))
    ]
    assert offenders == []


def test_scripts_are_deferred_and_css_is_small():
    head = (TEMPLATES / "base.html").read_text()
    scripts = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", head)
    assert scripts and all(re.search(r"\b(defer|async)\b", s) for s in scripts), scripts
    # One small stylesheet: rendering waits for it on every first visit.
    assert CSS.stat().st_size < 40_000


def test_favicon_is_served_at_the_root(client):
    """Browsers and crawlers ask for /favicon.ico whatever the page's <link rel="icon">."""
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in {"image/x-icon", "image/vnd.microsoft.icon"}
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"
