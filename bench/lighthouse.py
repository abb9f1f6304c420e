#!/usr/bin/env python3
"""Lighthouse scores of the public pages, served the production way.

    .venv/bin/python bench/lighthouse.py               # every page, both languages
    .venv/bin/python bench/lighthouse.py --only home   # pages whose name contains "home"

Needs Node.js 20 and npm (sudo apt-get install -y nodejs npm) for Lighthouse, which this
script installs itself with `npm ci` in bench/ (bench/package-lock.json), and Debian's
Chromium (sudo apt-get install -y chromium). Nothing else in the project uses Node.

1. (Re)creates the PostgreSQL database LIGHTHOUSE_DATABASE_URL (default
   postgres://postgres@127.0.0.1:5432/sokhcn_lighthouse), migrates it and loads the demo,
   with uploads in a fresh temporary MEDIA_ROOT (--reuse keeps both from the last run);
2. collects static files (whitenoise, hashed and compressed) into a temporary STATIC_ROOT
   and serves the site with gunicorn and production settings on 127.0.0.1:8766, HTTPS
   redirect off, Redis caches at LIGHTHOUSE_REDIS_URL (default redis://127.0.0.1:6379/12,
   and 13 for pages; both flushed first) (bench/lighthouse_settings.py;
   bench/lighthouse_wsgi.py serves /media/ as the web server in front of gunicorn does in
   production);
3. requests every page twice (renditions and caches are made on first view, as after any
   deployment), then runs Lighthouse 12 (mobile, simulated throttling; flags as in
   ../shared/BROWSER-TESTING.md) on each: home, news index, an article, showcase index,
   a showcase entry, the events calendar, an event with its registration form and search
   results, in Vietnamese and in English;
4. writes bench/results-lighthouse.json (scores per page and category, the audits that
   lost points, date and versions), prints a table, and exits 1 if any score is below
   --min (95).

The machine is shared: a performance score under --min is measured again (--retries) and
the best run is kept; every run's score is in the JSON. Traffic stays on loopback.
"""

import argparse
import hashlib
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote_plus, urlparse

import psycopg
import redis

sys.path[:0] = [
    str(Path(__file__).resolve().parent),
    str(Path(__file__).resolve().parent.parent / "site"),
]
from run import PY, ROOT, ensure_database  # noqa: E402

from settings.caching import next_redis_db_url  # noqa: E402

PORT = 8766
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/sokhcn_lighthouse"
# Shared cache as in production, so every gunicorn worker serves the warmed pages; the page
# cache takes the next database (13). Both are flushed before each run.
DEFAULT_REDIS = "redis://127.0.0.1:6379/12"
STATE = Path(tempfile.gettempdir()) / "sokhcn-lighthouse"
REPORTS = STATE / "reports"  # the last full report of each page, to see what lost points
REDIS_URL = os.environ.get("LIGHTHOUSE_REDIS_URL", DEFAULT_REDIS)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
BENCH = ROOT / "bench"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
    "--host-resolver-rules='MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost'"
)
SEARCH = {"vi": "công nghệ", "en": "technology"}
# Audits a page fails on purpose. Search results are kept out of search engines
# (<meta name="robots" content="noindex">, as search engines ask of internal search pages),
# which Lighthouse's SEO category reports as "is-crawlable"; nothing else may fail there.
EXPECTED = {"search": {"seo": {"is-crawlable"}}}

# Printed by `manage.py shell`: the pages to measure, one JSON object per language.
URLS_CODE = """
import json
from django.utils import timezone
from wagtail.models import Locale
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from showcase.models import OcopProductPage, ShowcaseIndexPage
from events.models import EventIndexPage, EventPage

out = {}
for code in ("vi", "en"):
    locale = Locale.objects.get(language_code=code)
    live = lambda model: model.objects.live().filter(locale=locale)
    event = next(e for e in live(EventPage).filter(start__gte=timezone.now()).order_by("start")
                 if e.registration_state()["open"])
    out[code] = {
        "home": live(HomePage).first().url,
        "news index": live(NewsIndexPage).first().url,
        "article": live(NewsPage).filter(featured_image__isnull=False).order_by("-date")
                   .first().url,
        "showcase index": live(ShowcaseIndexPage).first().url,
        "showcase entry": live(OcopProductPage).filter(image__isnull=False).first().url,
        "events calendar": live(EventIndexPage).first().url,
        "event + form": event.url,
    }
print(json.dumps(out))
"""


def server_env(database_url, media_root, static_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lighthouse_settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": "lighthouse-only-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(media_root),
        "LIGHTHOUSE_STATIC_ROOT": str(static_root),
        "PYTHONPATH": os.pathsep.join(str(p) for p in (ROOT, ROOT / "site", ROOT / "bench")),
    }


def manage(env, *args, capture=False):
    """manage.py with the server's settings; captured output is shown only on failure
    (production logs every page the demo creates)."""
    result = subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, env=env, text=True, capture_output=capture, timeout=900
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def recreate_database(database_url):
    url = urlparse(database_url)
    name = url.path.lstrip("/")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    ensure_database(database_url)


def prepare(database_url, reuse):
    media, static = STATE / "media", STATE / "static"
    fresh = not (reuse and media.exists())
    if fresh:
        shutil.rmtree(STATE, ignore_errors=True)
        media.mkdir(parents=True)
        recreate_database(database_url)
    env = server_env(database_url, media, static)
    if fresh:
        print("migrating and loading the demo…", flush=True)
        manage(env, "migrate", "--no-input", "-v0", capture=True)
        manage(
            env, "load_demo", "--no-admin", "--host", "127.0.0.1", "--port", str(PORT), capture=True
        )
    shutil.rmtree(static, ignore_errors=True)  # the CSS and templates may have changed
    manage(env, "collectstatic", "--no-input", "-v0")
    return env


def flush_caches():
    """Start from empty caches: pages cached from an earlier database must not be served."""
    for url in (REDIS_URL, next_redis_db_url(REDIS_URL)):
        redis.Redis.from_url(url).flushdb()


def page_urls(env):
    found = json.loads(manage(env, "shell", "-v0", "-c", URLS_CODE, capture=True))
    pages = {}
    for code in ("vi", "en"):
        prefix = "" if code == "vi" else "/en"
        found[code]["search"] = f"{prefix}/search/?q={quote_plus(SEARCH[code])}"
        for name, path in found[code].items():
            pages[f"{name} ({code})"] = path
    return pages


def get(path):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    try:
        conn.request("GET", path, headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def wait_for_server(timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if get("/robots.txt") == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not start")


def lighthouse(url, attempts=3):
    """One mobile Lighthouse run: ({category: score 0-100}, {category: [lost audits]}, report).
    A run that fails to record its trace (NO_NAVSTART happens under CPU contention) is
    repeated, up to `attempts` times."""
    for attempt in range(1, attempts + 1):
        with tempfile.TemporaryDirectory(prefix="lh-") as tmp:
            out = Path(tmp) / "report.json"
            done = subprocess.run(
                [
                    str(LIGHTHOUSE),
                    url,
                    f"--chrome-flags={CHROME_FLAGS}",
                    f"--only-categories={','.join(CATEGORIES)}",
                    "--form-factor=mobile",
                    "--disable-full-page-screenshot",
                    "--output=json",
                    f"--output-path={out}",
                    "--quiet",
                ],
                timeout=180,
                cwd=ROOT,
                env={**os.environ, "CHROME_PATH": CHROME},
            )
            report = json.loads(out.read_text()) if out.exists() else {}
        error = report.get("runtimeError") if report else f"exit status {done.returncode}"
        if not error:
            break
        code = error.get("code", error) if isinstance(error, dict) else error
        print(f"  {url}: Lighthouse failed ({code}), attempt {attempt}", flush=True)
    else:
        raise RuntimeError(f"{url}: {error}")
    REPORTS.mkdir(parents=True, exist_ok=True)
    name = urlparse(url).path.strip("/").replace("/", "_") or "home"
    (REPORTS / f"{name}{'-' + urlparse(url).query if urlparse(url).query else ''}.json").write_text(
        json.dumps(report)
    )
    scores = {k: round(c["score"] * 100) for k, c in report["categories"].items()}
    lost = {}
    for key, category in report["categories"].items():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
                lost.setdefault(key, []).append(
                    {
                        "id": ref["id"],
                        "score": audit["score"],
                        "value": audit.get("displayValue", ""),
                    }
                )
    return scores, lost, report


def ensure_lighthouse():
    """npm ci in bench/ once per change of bench/package-lock.json (Lighthouse 12)."""
    lock = BENCH / "package-lock.json"
    stamp = BENCH / "node_modules" / ".installed-lock.sha256"
    wanted = hashlib.sha256(lock.read_bytes()).hexdigest()
    if LIGHTHOUSE.exists() and stamp.exists() and stamp.read_text().strip() == wanted:
        return
    npm = shutil.which("npm")
    if not npm:
        raise SystemExit(
            "Lighthouse needs Node.js 20 and npm: sudo apt-get install -y nodejs npm "
            "(then run this script again; it installs Lighthouse itself)."
        )
    subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=BENCH, check=True
    )
    stamp.write_text(wanted)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="measure only pages whose name contains this")
    parser.add_argument("--min", type=int, default=95, help="lowest acceptable score")
    parser.add_argument(
        "--retries", type=int, default=2, help="extra runs for a performance score under --min"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="keep the database and media of the last run"
    )
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    ensure_lighthouse()

    database_url = os.environ.get("LIGHTHOUSE_DATABASE_URL", DEFAULT_DB)
    env = prepare(database_url, args.reuse)
    flush_caches()
    pages = page_urls(env)
    if args.only:
        pages = {k: v for k, v in pages.items() if args.only in k}

    server = subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "lighthouse_wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(args.workers),
            "--access-logfile",
            "/dev/null",
            "--error-logfile",
            "-",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    results, versions = {}, {}
    try:
        wait_for_server()
        for path in pages.values():
            for _ in range(2):  # renditions, caches and connections, as after a deployment
                status = get(path)
            if status != 200:
                raise SystemExit(f"{path}: HTTP {status}")
        for name, path in pages.items():
            url = f"http://127.0.0.1:{PORT}{path}"
            scores, lost, report = lighthouse(url)
            runs = [scores["performance"]]
            for _ in range(args.retries):
                if scores["performance"] >= args.min:
                    break
                again, again_lost, _ = lighthouse(url)
                runs.append(again["performance"])
                if again["performance"] > scores["performance"]:
                    scores["performance"] = again["performance"]
                    lost["performance"] = again_lost.get("performance", [])
            results[name] = {
                "path": path,
                "scores": scores,
                "performance_runs": runs,
                "lost": {k: v for k, v in lost.items() if v},
            }
            versions = {
                "lighthouse": report["lighthouseVersion"],
                "browser": report["environment"]["hostUserAgent"],
                "form_factor": report["configSettings"]["formFactor"],
                "throttling": report["configSettings"]["throttlingMethod"],
            }
            print(
                f"{name:28} "
                + "  ".join(f"{scores[c]:3d}" for c in CATEGORIES)
                + (f"   (performance runs {runs})" if len(runs) > 1 else ""),
                flush=True,
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)

    def accepted(name, category):
        """A low score explained only by the audits this page fails on purpose."""
        expected = next(
            (cats.get(category, set()) for key, cats in EXPECTED.items() if name.startswith(key)),
            set(),
        )
        lost = {a["id"] for a in results[name]["lost"].get(category, [])}
        return bool(expected) and lost <= expected

    low = {
        name: {c: s for c, s in r["scores"].items() if s < args.min and not accepted(name, c)}
        for name, r in results.items()
    }
    low = {name: cats for name, cats in low.items() if cats}
    report = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "versions": {**versions, "python": sys.version.split()[0]},
        "machine": {"cpus": os.cpu_count()},
        "settings": {
            "min": args.min,
            "retries": args.retries,
            "categories": CATEGORIES,
            "server": "gunicorn, settings.production, PostgreSQL, whitenoise",
        },
        "results": results,
        "below_min": low,
        "expected_failures": {
            k: {c: sorted(v) for c, v in cats.items()} for k, cats in EXPECTED.items()
        },
    }
    if not args.only:
        (ROOT / "bench" / "results-lighthouse.json").write_text(
            json.dumps(report, indent=2, ensure_ascii=False) + "\n"
        )
    print("\n" + f"{'page':28} " + "  ".join(f"{c[:4]:>4}" for c in CATEGORIES))
    for name, r in results.items():
        print(
            f"{name:28} "
            + "  ".join(f"{r['scores'][c]:4d}" for c in CATEGORIES)
            + "".join(
                f"   ({c}: {', '.join(a['id'] for a in r['lost'].get(c, []))}, expected)"
                for c in CATEGORIES
                if r["scores"][c] < args.min and accepted(name, c)
            )
        )
    for name, cats in low.items():
        for category in cats:
            ids = ", ".join(a["id"] for a in results[name]["lost"].get(category, []))
            print(f"below {args.min}: {name} {category}: {ids}")
    sys.exit(1 if low else 0)


if __name__ == "__main__":
    main()
