#!/usr/bin/env python3
"""Set up, run and test the site with nothing but Python 3.11.

    python3 dev.py start   # install, migrate, load demo content, serve on 127.0.0.1:8000
    python3 dev.py test    # ruff, checks, migrations check and the whole test suite
    python3 dev.py lock    # refresh requirements.lock from pyproject.toml

Standard library only: this file runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".installed-lock-hash"
HOST, PORT = "127.0.0.1", "8000"


def run(*args: str | Path, env: dict | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if result.returncode:
        sys.exit(result.returncode)


def ensure_python() -> None:
    if sys.version_info[:2] < (3, 11):  # noqa: UP036 (runs before the venv exists)
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")


def ensure_venv() -> None:
    """Create .venv and install the locked dependencies, once per lock-file change."""
    ensure_python()
    if not PY.exists():
        print(f"Creating the virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", LOCK)
    STAMP.write_text(wanted)


def compile_translations() -> None:
    """Compile every .po catalogue (project and Wagtail overrides) with Babel."""
    for folder in ("locale", "locale-overrides"):
        if (ROOT / folder).is_dir():
            for domain in ("django", "djangojs"):
                if any((ROOT / folder).glob(f"*/LC_MESSAGES/{domain}.po")):
                    run(PY, "-m", "babel.messages.frontend", "compile", "-d", folder, "-D", domain)


def manage(*args: str, settings: str = "settings.dev") -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings}
    run(PY, "manage.py", *args, env=env)


def start() -> None:
    ensure_venv()
    compile_translations()
    manage("migrate", "--no-input")
    manage("load_demo", "--host", HOST, "--port", PORT)
    print(
        f"\nSite (Vietnamese): http://{HOST}:{PORT}/\n"
        f"Site (English):    http://{HOST}:{PORT}/en/\n"
        f"Admin:             http://{HOST}:{PORT}/admin/\n",
        flush=True,
    )
    manage("runserver", f"{HOST}:{PORT}")


def ensure_browser_tools() -> None:
    """Debian's Chromium and the npm test tools (axe-core, Lighthouse) for browser tests.

    Playwright drives /usr/bin/chromium; it never downloads a browser of its own.
    """
    chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(chromium).exists():
        if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
            run("apt-get", "update", "-qq")
            run("apt-get", "install", "-y", "-qq", "chromium")
        else:
            sys.exit(
                f"Browser tests need Chromium at {chromium}: "
                "sudo apt-get install -y chromium (or set CHROMIUM_PATH)."
            )
    lock = ROOT / "package-lock.json"
    stamp = ROOT / "node_modules" / ".installed-lock-hash"
    wanted = hashlib.sha256(lock.read_bytes()).hexdigest()
    if not (stamp.exists() and stamp.read_text().strip() == wanted):
        npm = shutil.which("npm")
        if not npm:
            sys.exit("Browser tests need Node.js and npm (sudo apt-get install -y nodejs npm).")
        run(npm, "ci", "--no-audit", "--no-fund", "--loglevel=error")
        stamp.write_text(wanted)


def test(pytest_args: list[str]) -> None:
    ensure_venv()
    compile_translations()
    ensure_browser_tools()
    run(BIN / "ruff", "check", ".")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "settings.test"}
    run(PY, "manage.py", "check", env=env)
    run(PY, "manage.py", "makemigrations", "--check", "--dry-run", env=env)
    run(PY, "-m", "pytest", *pytest_args, env=env)


def lock() -> None:
    """Resolve pyproject.toml's dependencies afresh and freeze them into requirements.lock."""
    ensure_python()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        venv.EnvBuilder(with_pip=True).create(tmp)
        tmp_py = Path(tmp) / "bin" / "python"
        run(tmp_py, "-m", "pip", "install", "--quiet", f"{ROOT}[dev]")
        frozen = subprocess.run(
            [str(tmp_py), "-m", "pip", "freeze", "--exclude", "sokhcn-site"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    LOCK.write_text(
        "# Exact versions for reproducible installs; refresh with: python3 dev.py lock\n" + frozen
    )
    print(f"Wrote {LOCK}")


def main() -> None:
    command, *rest = sys.argv[1:] or ["help"]
    if command == "start":
        start()
    elif command == "test":
        test(rest)
    elif command == "lock":
        lock()
    else:
        print(__doc__)
        sys.exit(0 if command == "help" else 2)


if __name__ == "__main__":
    main()
