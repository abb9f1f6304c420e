#!/usr/bin/env python3
"""Serve the site as production does (gunicorn, PostgreSQL, Redis) and measure it.

    python3 dev.py bench            # the full run (about 12 minutes on 2 cores;
                                    # 3-4 more the first time: the database)
    python3 dev.py bench --quick    # smoke run: 2 s per page, 15 s of load

(`dev.py bench` installs requirements-bench.lock, with locust, then runs this file;
`.venv/bin/python bench/run.py` does the same once it is installed.)

One command does everything:

1. creates (or reuses) the PostgreSQL database BENCH_DATABASE_URL (default
   postgres://postgres@127.0.0.1:5432/sokhcn_bench), migrates it, loads the demo plus
   `--articles` synthetic articles, collects static files, and adds a bench event with a
   very large capacity (its registrations from earlier runs are deleted);
2. serves the site with gunicorn (`--workers`, bench/bench_settings.py: production settings
   plus a minimal `/bench/ceiling/` view) on 127.0.0.1:BENCH_PORT (default 8765), with
   Redis at BENCH_REDIS_URL
   (default redis://127.0.0.1:6379/5, page cache on /6; both are flushed between phases);
3. measures each public page type, in Vietnamese and English, UNCACHED (full-page cache
   off: PAGE_CACHE=false) and then CACHED (full-page cache on, after one warming request):
   requests per second and p50/p99 latency with `--clients` concurrent cookie-less clients
   for `--seconds` each (a small multiprocessing client: least overhead on 2 cores), next
   to the minimal view as the ceiling of this stack (measured first and last; the ratio
   uses the mean, as other work on the machine may change in between);
4. runs locust headless (bench/locustfile.py) with `--users` clients for `--load-seconds`
   against a weighted mix, page cache on and warmed by one request per page: cookie-less
   readers, readers keeping their cookies, and businesses registering for the bench
   event (GET the form, POST with its CSRF token);
5. checks that no event is overbooked (confirmed seats <= capacity) and that every
   registration POST locust counted as successful is in the database.

Results are printed as a table and written to bench/results.json. Traffic stays on
loopback; every loop and every subprocess is bounded in time.

bench/faults.py reuses this set-up (and start_server) for the fault benchmark: Redis,
the mail server, PostgreSQL connections and the task worker failing under traffic
(docs/performance.md).
"""

import argparse
import csv
import http.client
import importlib.util
import json
import multiprocessing
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import psycopg
import redis

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PY = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/sokhcn_bench"
DEFAULT_REDIS = "redis://127.0.0.1:6379/5"  # and the next database for the page cache
BENCH_EVENT_SLUG = "bench-su-kien-dang-ky"
CEILING = "ceiling (minimal view)"
# Environment that turns the full-page cache off (settings.production reads it).
PAGE_CACHE_OFF = {"PAGE_CACHE": "false"}


def next_redis_db_url(url):
    """redis://host:6379/5 -> redis://host:6379/6 (as settings/caching.py derives it)."""
    parsed = urlparse(url)
    return parsed._replace(path=f"/{int(parsed.path.strip('/') or 0) + 1}").geturl()


def env_for(database_url, redis_url=None):
    redis_url = redis_url or os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS)
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PAGE_CACHE_URL": next_redis_db_url(redis_url),
        "SECRET_KEY": "bench-only-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        # The load comes from one address: lift the per-address spam guard.
        "RATE_LIMIT_REGISTRATIONS_PER_HOUR": "100000000",
        "RATE_LIMIT_INQUIRIES_PER_HOUR": "100000000",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site"), str(BENCH)]),
    }


def ensure_database(database_url):
    url = urlparse(database_url)
    name = url.path.lstrip("/")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def manage(env, *args, timeout=1800):
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, timeout=timeout)


def shell(env, code, timeout=300):
    """Run Python in `manage.py shell`; returns its stdout (logging goes to stderr)."""
    return subprocess.run(
        [PY, "manage.py", "shell", "-v0", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    ).stdout


def prepare(env, articles, port=PORT):
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo", "--no-admin", "--host", "127.0.0.1", "--port", str(port))
    code = (
        "from news.models import NewsPage; "
        "print(NewsPage.objects.filter(slug__startswith='bai-tong-hop-').count())"
    )
    have = int(shell(env, code).strip() or 0)
    if have < articles:
        manage(env, "generate_news", str(articles - have))
    manage(env, "collectstatic", "--no-input", "-v0")


BENCH_EVENT_CODE = f"""
import datetime, json
from django.utils import timezone
from wagtail.models import Locale
from events.models import EventIndexPage, EventPage, Registration
index = EventIndexPage.objects.live().get(locale__language_code="vi")
event = EventPage.objects.child_of(index).filter(slug="{BENCH_EVENT_SLUG}").first()
if event is None:
    start = timezone.now() + datetime.timedelta(days=60)
    event = EventPage(
        title="Hội chợ thử tải đăng ký", slug="{BENCH_EVENT_SLUG}", event_type="fair",
        start=start, end=start + datetime.timedelta(hours=8),
        summary="Sự kiện dùng cho đo tải: rất nhiều chỗ.", organizer="Sở Khoa học và Công nghệ",
        venue_name="Hội trường Sở", province="hung-yen", capacity=10_000_000,
        registration_enabled=True, max_per_registration=3, waitlist_enabled=False,
        registration_opens=timezone.now() - datetime.timedelta(days=1))
    event.locale = Locale.get_default()
    index.add_child(instance=event)
    event.save_revision().publish()
    event.refresh_from_db()
Registration.objects.filter(event=event).delete()
print(json.dumps({{"path": event.url, "capacity": event.capacity}}))
"""


def bench_event(env):
    """The event that takes the load run's registrations: huge capacity, no leftovers."""
    return json.loads(shell(env, BENCH_EVENT_CODE).strip().splitlines()[-1])


PAGES_CODE = """
import json
from wagtail.models import Locale
from events.models import EventIndexPage, EventPage
from news.models import DocumentRegisterPage, NewsIndexPage, NewsPage
from showcase.models import OcopProductPage, ShowcaseIndexPage
en = Locale.objects.get(language_code="en")

def pair(queryset):
    for page in queryset.live().filter(locale__language_code="vi").order_by("pk"):
        english = page.get_translation_or_none(en)
        if english and english.live:
            return page.url, english.url
    page = queryset.live().filter(locale__language_code="vi").first()
    return page.url, None

pages = {
    "home": ("/", "/en/"),
    "news index": pair(NewsIndexPage.objects.all()),
    "article": pair(NewsPage.objects.filter(document_links__isnull=False).distinct()),
    "documents register": pair(DocumentRegisterPage.objects.all()),
    "showcase index": pair(ShowcaseIndexPage.objects.all()),
    "showcase entry": pair(OcopProductPage.objects.all()),
    "events calendar": pair(EventIndexPage.objects.all()),
    "event page": pair(EventPage.objects.filter(capacity=40)),
    "search results": ("/search/?q=c%C3%B4ng+ngh%E1%BB%87", "/en/search/?q=technology"),
}
readers = {
    "articles": [p.url for p in NewsPage.objects.live().order_by("-pk")[:40]],
    "showcase entries": [p.url for p in OcopProductPage.objects.live()[:20]],
    "events": [p.url for p in EventPage.objects.live().exclude(slug__startswith="bench-")[:20]],
}
print(json.dumps({"pages": pages, "readers": readers}))
"""


def site_paths(env):
    """Per page type its Vietnamese and English paths, plus pools of pages for readers."""
    data = json.loads(shell(env, PAGES_CODE).strip().splitlines()[-1])
    paths = {}
    for name, (vi, en) in data["pages"].items():
        paths[f"{name} (vi)"] = vi
        if en:
            paths[f"{name} (en)"] = en
    return paths, data["readers"]


# --- the per-page client ------------------------------------------------------------------


def worker(path, seconds, queue):
    """One client: sequential cookie-less GETs for `seconds`; latencies and cache headers."""
    latencies, errors, cache = [], 0, Counter()
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    began = time.perf_counter()
    deadline = began + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Host": "127.0.0.1"})
            response = conn.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            continue
        latencies.append(time.perf_counter() - start)
        errors += response.status != 200
        cache[response.getheader("X-Wagtail-Cache", "none")] += 1
    conn.close()
    # The last request may end after the deadline: rates use the time actually spent.
    queue.put((latencies, errors, dict(cache), time.perf_counter() - began))


def measure(path, seconds, clients):
    queue = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=worker, args=(path, seconds, queue)) for _ in range(clients)
    ]
    for p in procs:
        p.start()
    results = [queue.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    latencies = sorted(x for lat, _, _, _ in results for x in lat)
    errors = sum(e for _, e, _, _ in results)
    cache = sum((Counter(c) for _, _, c, _ in results), Counter())
    elapsed = max(spent for _, _, _, spent in results)
    if not latencies:
        return {"requests": 0, "rps": 0, "p50_ms": None, "p99_ms": None, "errors": errors}
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 1),
        "errors": errors,
        "x_wagtail_cache": dict(cache),
    }


# --- the server ---------------------------------------------------------------------------


def port_is_free(port):
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def start_server(env, workers, threads=1, port=PORT, output=None):
    """gunicorn on 127.0.0.1:`port`; `output`: a file for its log (default: inherited)."""
    # Measuring somebody else's server by mistake would be worse than not measuring.
    if not port_is_free(port):
        raise SystemExit(f"port {port} is in use: stop that server or set BENCH_PORT (FAULTS_PORT)")
    server = subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "--pythonpath",
            "site",
            "wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--access-logfile",
            "-" if os.environ.get("BENCH_ACCESS_LOG") else "/dev/null",
            "--error-logfile",
            "-",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=output,
        stderr=output,
    )
    try:
        wait_for_server(server, port=port)
    except BaseException:
        stop_server(server)
        raise
    return server


def stop_server(server):
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)


def wait_for_server(server=None, timeout=60, port=PORT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if server is not None and server.poll() is not None:
            raise SystemExit("gunicorn exited at start-up")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/robots.txt", headers={"Host": "127.0.0.1"})
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not start")


def flush_redis(env):
    """Empty the bench's two Redis databases (cache and page cache), nothing else."""
    for url in (env["REDIS_URL"], env["PAGE_CACHE_URL"]):
        redis.Redis.from_url(url, socket_timeout=5).flushdb()


# --- phases -------------------------------------------------------------------------------


def pages_phase(label, env, paths, args):
    """Every page type (and the ceiling) with one server configuration."""
    print(f"\n{label}: {args.clients} clients, {args.seconds:g} s per page", flush=True)
    server = start_server(env, args.workers, args.threads)
    results = {}
    # The ceiling first and last: on a shared machine the ratio uses their mean.
    order = [(CEILING, "/bench/ceiling/"), *paths.items(), (CEILING + " again", "/bench/ceiling/")]
    try:
        for name, path in order:
            measure(path, min(1, args.seconds), 2)  # warm up: renditions, caches, connections
            results[name] = {"path": path, **measure(path, args.seconds, args.clients)}
            r = results[name]
            print(
                f"  {name:26} {r['rps']:8.1f} req/s  p50 {r['p50_ms'] or 0:7.1f} ms  "
                f"p99 {r['p99_ms'] or 0:7.1f} ms  errors {r['errors']}  "
                f"{r.get('x_wagtail_cache', '')}",
                flush=True,
            )
    finally:
        stop_server(server)
    again = results.pop(CEILING + " again")
    first = results[CEILING]
    first["rps_before_after"] = [first["rps"], again["rps"]]
    first["rps"] = round((first["rps"] + again["rps"]) / 2, 1)
    first["errors"] += again["errors"]
    return results


def warm_up(paths):
    """One cookie-less GET per page: the load run starts from a warm page cache, as a
    site does between publications."""
    for path in paths:
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        try:
            conn.request("GET", path, headers={"Host": "127.0.0.1"})
            conn.getresponse().read()
        finally:
            conn.close()


def parse_locust_csv(prefix):
    """Locust's *_stats.csv: one row per request name plus the "Aggregated" row."""
    rows = {}
    with open(f"{prefix}_stats.csv", newline="") as f:
        for row in csv.DictReader(f):
            name = row["Name"] if row["Name"] != "Aggregated" else "total"
            rows[name] = {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "rps": round(float(row["Requests/s"]), 1),
                "p50_ms": float(row["50%"]) if row["50%"] != "N/A" else None,
                "p99_ms": float(row["99%"]) if row["99%"] != "N/A" else None,
            }
    return rows


def load_phase(env, paths, readers, event, args):
    """Locust against the production configuration (page cache on)."""
    print(f"\nload run: locust, {args.users} users, {args.load_seconds:g} s", flush=True)
    flush_redis(env)
    server = start_server(env, args.workers, args.threads)
    try:
        warm_up([*paths.values(), *(p for pool in readers.values() for p in pool)])
        with tempfile.TemporaryDirectory(prefix="bench-locust-") as tmp:
            prefix = str(Path(tmp) / "load")
            locust_env = {
                **env,
                "BENCH_PAGES": json.dumps(
                    {"pages": paths, "readers": readers, "event": event["path"]}
                ),
                "BENCH_POSTS_FILE": str(Path(tmp) / "posts.txt"),
            }
            command = [
                PY,
                "-m",
                "locust",
                "-f",
                str(BENCH / "locustfile.py"),
                "--headless",
                "-u",
                str(args.users),
                "-r",
                str(args.users),
                "-t",
                f"{int(args.load_seconds)}s",
                "--host",
                f"http://127.0.0.1:{PORT}",
                "--csv",
                prefix,
                "--only-summary",
                "--stop-timeout",
                "10",
                "--loglevel",
                "WARNING",
            ]
            # Locust exits 1 when any request failed: the numbers below tell which.
            subprocess.run(command, cwd=ROOT, env=locust_env, timeout=args.load_seconds + 120)
            stats = parse_locust_csv(prefix)
            posts_path = Path(tmp) / "posts.txt"
            codes = posts_path.read_text().split() if posts_path.exists() else []
    finally:
        stop_server(server)
    return stats, codes


CHECK_CODE = """
import json, sys
from django.db.models import Sum
from events.models import EventPage, Registration, RegistrationStatus
codes = set(sys.stdin.read().split())
over = []
for event in EventPage.objects.filter(capacity__isnull=False, locale__language_code="vi"):
    confirmed = Registration.objects.filter(
        event=event, status=RegistrationStatus.CONFIRMED).aggregate(n=Sum("attendees"))["n"] or 0
    if confirmed > event.capacity:
        over.append({"event": event.slug, "capacity": event.capacity, "confirmed": confirmed})
bench = Registration.objects.filter(event__slug="BENCH_EVENT_SLUG")
found = set(bench.filter(code__in=codes).values_list("code", flat=True))
print(json.dumps({"overbooked": over, "bench_registrations": bench.count(),
                  "posted_codes": len(codes), "posted_codes_missing": len(codes - found)}))
""".replace("BENCH_EVENT_SLUG", BENCH_EVENT_SLUG)


def check_registrations(env, codes):
    out = subprocess.run(
        [PY, "manage.py", "shell", "-v0", "-c", CHECK_CODE],
        cwd=ROOT,
        env=env,
        input="\n".join(codes),
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def summary(result):
    keys = (
        "rps",
        "p50_ms",
        "p99_ms",
        "errors",
        "ratio_to_ceiling",
        "x_wagtail_cache",
        "rps_before_after",
    )
    return {k: result[k] for k in keys if k in result}


def print_table(uncached, cached):
    print(
        f"\n{'page':28} {'uncached rps':>12} {'p50':>7} {'p99':>7} {'x ceil':>7}   "
        f"{'cached rps':>10} {'p50':>7} {'p99':>7} {'x ceil':>7}"
    )
    for name in uncached:
        u, c = uncached[name], cached.get(name, {})
        print(
            f"{name:28} {u['rps']:12.1f} {u['p50_ms'] or 0:7.1f} {u['p99_ms'] or 0:7.1f} "
            f"{u.get('ratio_to_ceiling', 1):7.2f}   {c.get('rps', 0):10.1f} "
            f"{c.get('p50_ms') or 0:7.1f} {c.get('p99_ms') or 0:7.1f} "
            f"{c.get('ratio_to_ceiling', 1):7.2f}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 2 s per page, 15 s of load, 50 users"
    )
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10, help="per page and phase")
    parser.add_argument("--clients", type=int, default=8, help="per-page concurrency")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="threads per worker (more than 1: gunicorn's gthread workers)",
    )
    parser.add_argument("--users", type=int, default=60, help="locust users in the load run")
    parser.add_argument("--load-seconds", type=float, default=60)
    parser.add_argument("--skip-pages", action="store_true", help="only the load run")
    parser.add_argument(
        "--no-setup",
        action="store_true",
        help="the database is ready: skip migrate, demo and collectstatic",
    )
    args = parser.parse_args()
    if importlib.util.find_spec("locust") is None:
        # Say so now rather than after the page phases.
        raise SystemExit("locust is missing: python3 dev.py bench installs the bench extras")
    if args.quick:
        args.seconds, args.load_seconds = 2, 15
    began = time.time()

    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)
    env = env_for(database_url)
    if not args.no_setup:
        ensure_database(database_url)
        prepare(env, args.articles)
    paths, readers = site_paths(env)
    event = bench_event(env)
    print(f"set-up done in {time.time() - began:.0f} s", flush=True)

    uncached, cached = {}, {}
    if not args.skip_pages:
        uncached = pages_phase("UNCACHED (page cache off)", {**env, **PAGE_CACHE_OFF}, paths, args)
        flush_redis(env)
        cached = pages_phase("CACHED (page cache on)", env, paths, args)
        for phase in (uncached, cached):
            ceiling = phase[CEILING]["rps"] or 1
            for r in phase.values():
                r["ratio_to_ceiling"] = round(r["rps"] / ceiling, 3)
        print_table(uncached, cached)

    stats, codes = load_phase(env, paths, readers, event, args)
    check = check_registrations(env, codes)
    total = stats.get("total", {})
    errors = sum(r["failures"] for r in stats.values() if r is not total)
    print(
        f"\nload run: {total.get('requests')} requests, {total.get('rps')} req/s, "
        f"p50 {total.get('p50_ms')} ms, p99 {total.get('p99_ms')} ms, errors {errors}"
    )
    for name, r in stats.items():
        if name != "total":
            print(
                f"  {name:34} {r['requests']:7} req {r['rps']:7.1f} req/s  "
                f"p50 {r['p50_ms']} ms  p99 {r['p99_ms']} ms  failures {r['failures']}"
            )
    print(
        f"registrations: {len(codes)} POSTs answered with a registration, "
        f"{check['bench_registrations']} in the database, "
        f"{check['posted_codes_missing']} missing; overbooked events: {check['overbooked']}"
    )

    report = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": {"cpus": os.cpu_count()},
        "settings": vars(args),
        "duration_s": round(time.time() - began),
        "pages": {
            name: {
                "path": uncached[name]["path"],
                "uncached": summary(uncached[name]),
                "cached": summary(cached.get(name, {})),
            }
            for name in uncached
        },
        "load_run": {
            "tool": "locust (bench/locustfile.py)",
            "users": args.users,
            "seconds": args.load_seconds,
            "page_cache": True,
            "total": total,
            "errors": errors,
            "by_request": {k: v for k, v in stats.items() if k != "total"},
            "registrations": check,
        },
    }
    (BENCH / "results.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwritten bench/results.json; {time.time() - began:.0f} s in all")
    if errors or check["overbooked"] or check["posted_codes_missing"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
