#!/usr/bin/env python3
"""Set up, run and test the site; needs Python 3.11 and nothing else installed first.

    python3 dev.py start   # install, migrate, load demo content, serve on 127.0.0.1:8000
    python3 dev.py test    # formatters, linters, mypy, checks, migrations check, the whole suite
    python3 dev.py bench   # the production-style load run (bench/run.py; its options pass on)
    python3 dev.py lock    # refresh the three lock files from pyproject.toml (--upgrade)

`test` also needs Debian's Chromium for the browser tests: it installs it with apt-get when
run as root and says the command otherwise. PostgreSQL and Redis are needed only for the
tests marked `postgres` (DATABASE_URL=postgres://...); the command says what is missing.
Arguments after `test` go to pytest (`python3 dev.py test news/tests/test_news.py -n 0`).

Standard library only: this file runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import venv
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
# One lock per set of pyproject.toml (see there); production installs requirements.lock.
LOCKS = {
    "production": ROOT / "requirements.lock",
    "test": ROOT / "requirements-test.lock",
    "bench": ROOT / "requirements-bench.lock",
}
HOST, PORT = "127.0.0.1", "8000"
# Folders no formatter or template check looks into.
NOT_OURS = {".venv", "node_modules", ".git", "media", "static_collected", "test-results"}


def run(*args: str | Path, env: dict | None = None) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if result.returncode:
        sys.exit(result.returncode)


def ensure_python() -> None:
    if sys.version_info[:2] < (3, 11):  # noqa: UP036 (runs before the venv exists)
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")


def ensure_venv(kind: str) -> None:
    """Create .venv and install one lock file (once per change of that file)."""
    ensure_python()
    lock = LOCKS[kind]
    if not PY.exists():
        print(f"Creating the virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{lock.name}.sha256"
    wanted = hashlib.sha256(lock.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text().strip() == wanted:
        return
    run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", lock)
    stamp.write_text(wanted)


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
    ensure_venv("production")
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


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def ensure_chromium() -> None:
    """Debian's Chromium for the browser tests: Playwright drives it, never downloads one."""
    chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if Path(chromium).exists():
        return
    if shutil.which("apt-get") and is_root():
        run("apt-get", "update", "-qq")
        run("apt-get", "install", "-y", "-qq", "chromium")
        return
    sys.exit(
        f"The browser tests need Chromium at {chromium}. Install Debian's package:\n"
        "    sudo apt-get install -y chromium\n"
        "(or set CHROMIUM_PATH to another Chromium; `playwright install` is never needed)."
    )


def reachable(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=2).close()
    except OSError:
        return False
    return True


def check_services() -> None:
    """PostgreSQL must answer when DATABASE_URL names it; Redis and the PostgreSQL client
    tools are needed by a few `postgres` tests only, which skip (saying why) without them."""
    url = urlparse(os.environ.get("DATABASE_URL", ""))
    if not url.scheme.startswith("postgres"):
        print(
            "Database: SQLite; the tests marked `postgres` are skipped "
            "(DATABASE_URL=postgres://... runs them).",
            flush=True,
        )
        if not shutil.which("redis-server"):
            print("Note: without redis-server one cache test is skipped.", flush=True)
        return
    host, port = url.hostname or "127.0.0.1", url.port or 5432
    if not reachable(host, port):
        sys.exit(
            f"DATABASE_URL names PostgreSQL at {host}:{port}, which does not answer.\n"
            "    sudo apt-get install -y postgresql && sudo pg_ctlcluster 15 main start"
        )
    missing = []
    if not reachable("127.0.0.1", 6379):
        missing.append("Redis on 127.0.0.1:6379 (sudo apt-get install -y redis-server)")
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        missing.append("pg_dump and pg_restore (sudo apt-get install -y postgresql-client)")
    for item in missing:
        print(f"Note: the multi-server and backup tests will be skipped without {item}.")


def template_folders() -> list[str]:
    """Top-level folders holding templates (djhtml walks them for every .html file)."""
    found = set()
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [name for name in subfolders if name not in NOT_OURS]
        parts = Path(folder).relative_to(ROOT).parts
        html = [name for name in files if name.endswith(".html")]
        if html:
            found.update(parts[:1] or html)  # a template at the root is listed itself
    return sorted(found)


def pytest_workers(pytest_args: list[str]) -> list[str]:
    """Run on every core (at most 4: each worker has its own database and browser)."""
    if "no:xdist" in pytest_args or any(
        arg.startswith(("-n", "--numprocesses")) for arg in pytest_args
    ):
        return []
    workers = os.environ.get("TEST_WORKERS") or str(min(os.cpu_count() or 1, 4))
    # loadgroup: the root conftest.py keeps the live-database tests on one worker.
    return ["-n", workers, "--dist", "loadgroup"]


def test(pytest_args: list[str]) -> None:
    ensure_venv("test")
    compile_translations()
    ensure_chromium()
    check_services()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "settings.test"}
    # .ci/run sets this for its second pass (PostgreSQL): formatting, lint, types, Django's
    # checks and the migrations check do not depend on the database engine and have just
    # passed in its first pass. Without it, `dev.py test` does everything.
    if os.environ.get("DEV_TEST_SKIP_STATIC") != "1":
        run(BIN / "ruff", "format", "--check", ".")
        run(BIN / "ruff", "check", ".")
        run(BIN / "djhtml", "--check", *template_folders())
        run(BIN / "mypy", env=env)
        run(PY, "manage.py", "check", env=env)
        run(PY, "manage.py", "makemigrations", "--check", "--dry-run", env=env)
    else:
        print("Static checks skipped (DEV_TEST_SKIP_STATIC=1).", flush=True)
    run(PY, "-m", "pytest", *pytest_workers(pytest_args), *pytest_args, env=env)


def bench(bench_args: list[str]) -> None:
    ensure_venv("bench")
    compile_translations()
    run(PY, ROOT / "bench" / "run.py", *bench_args)


def freeze(extra: str | None, constraints: list[Path]) -> str:
    """pip freeze of a fresh venv holding the project (with one extra) and nothing else."""
    with tempfile.TemporaryDirectory() as tmp:
        venv.EnvBuilder(with_pip=True).create(tmp)
        tmp_py = Path(tmp) / "bin" / "python"
        target = f"{ROOT}[{extra}]" if extra else str(ROOT)
        pins = [arg for path in constraints for arg in ("-c", str(path))]
        run(tmp_py, "-m", "pip", "install", "--quiet", target, *pins)
        return subprocess.run(
            [str(tmp_py), "-m", "pip", "freeze", "--exclude", "sokhcn-site"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout


def lock(upgrade: bool) -> None:
    """Resolve pyproject.toml: production first, then each extra on top of it, so the three
    files agree on every package they share. Versions already locked are kept while they
    still fit (as pip-compile does); `lock --upgrade` takes the newest of everything."""
    ensure_python()
    header = "# Exact versions ({}); refresh with: python3 dev.py lock [--upgrade]\n"
    with tempfile.TemporaryDirectory() as tmp:
        kept = []
        if not upgrade:
            for path in LOCKS.values():
                if path.exists():
                    kept.append(Path(tmp) / path.name)
                    shutil.copy(path, kept[-1])
        production, test_lock, bench_lock = LOCKS["production"], LOCKS["test"], LOCKS["bench"]
        production.write_text(header.format("production only") + freeze(None, kept))
        test_lock.write_text(
            header.format("production + [test]") + freeze("test", [*kept, production])
        )
        bench_lock.write_text(
            header.format("production + [bench]") + freeze("bench", [*kept, test_lock])
        )
    for path in LOCKS.values():
        print(f"Wrote {path.name}")


def main() -> None:
    command, *rest = sys.argv[1:] or ["help"]
    if command == "start":
        start()
    elif command == "test":
        test(rest)
    elif command == "bench":
        bench(rest)
    elif command == "lock":
        lock(upgrade="--upgrade" in rest)
    else:
        print(__doc__)
        sys.exit(0 if command == "help" else 2)


if __name__ == "__main__":
    main()
