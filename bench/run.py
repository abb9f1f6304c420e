#!/usr/bin/env python3
"""Serve the site as production does (gunicorn, PostgreSQL) and measure it.

    .venv/bin/python bench/run.py [--articles 200] [--seconds 10] [--clients 8]

Creates (or reuses) the PostgreSQL database in BENCH_DATABASE_URL (default
postgres://postgres@127.0.0.1:5432/sokhcn_bench), loads the demo plus synthetic articles,
starts gunicorn on 127.0.0.1:8765 with production settings, and reports requests per
second and p50/p99 latency for each page type. Traffic goes to loopback only; every loop
is bounded in time. Results are printed and written to bench/results.json.
"""

import argparse
import http.client
import json
import multiprocessing
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
PORT = 8765
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/sokhcn_bench"


def env_for(database_url):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-only-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        # The load comes from one address: lift the per-address spam guard.
        "RATE_LIMIT_REGISTRATIONS_PER_HOUR": "1000000",
        "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'site'}",
    }


def ensure_database(database_url):
    import psycopg

    url = urlparse(database_url)
    name = url.path.lstrip("/")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def manage(env, *args):
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(env, articles):
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo", "--no-admin", "--host", "127.0.0.1", "--port", str(PORT))
    code = ("from news.models import NewsPage; "
            "print(NewsPage.objects.filter(slug__startswith='bai-tong-hop-').count())")
    have = int(subprocess.run([PY, "manage.py", "shell", "-v0", "-c", code], cwd=ROOT, env=env,
                              check=True, capture_output=True, text=True).stdout.strip() or 0)
    if have < articles:
        manage(env, "generate_news", str(articles - have))
    manage(env, "collectstatic", "--no-input", "-v0")


def urls(env):
    code = (
        "from news.models import NewsPage; from events.models import EventPage; "
        "a = NewsPage.objects.live().filter(locale__language_code='vi', "
        "document_links__isnull=False).first(); print(a.url); "
        "e = EventPage.objects.live().filter(locale__language_code='vi', capacity=40).first(); "
        "print(e.url)"
    )
    article, event = subprocess.run([PY, "manage.py", "shell", "-v0", "-c", code], cwd=ROOT,
                                    env=env, check=True, capture_output=True,
                                    text=True).stdout.split()
    return {
        "home": "/",
        "news index": "/tin-tuc/",
        "news index, filtered": "/tin-tuc/?topic=thi-truong-khoa-hoc-cong-nghe&page=2",
        "article": article,
        "feed": "/tin-tuc/feed/",
        "showcase index": "/trung-bay/",
        "showcase index, filtered": "/trung-bay/?kind=ocop&stars=4&sort=name",
        "calendar": "/su-kien/",
        "event page": event,
        "registration POST": ("POST", event),
    }


def registration_post(conn, path):
    """GET the form (CSRF cookie and token, one-use form token), then POST a registration
    from a new business; only the POST is timed. Returns (seconds, ok)."""
    import re
    import uuid
    from urllib.parse import urlencode

    conn.request("GET", path, headers={"Host": "127.0.0.1"})
    response = conn.getresponse()
    html = response.read().decode()
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    n = uuid.uuid4().int
    body = urlencode({
        "csrfmiddlewaretoken": csrf, "form_token": token, "organization": f"Bench {n}",
        "tax_code": f"{n % 10**10:010d}", "contact_name": "Bench", "email": f"b{n}@example.com",
        "phone": "0912345678", "attendees": "1", "consent": "on",
    })
    start = time.perf_counter()
    conn.request("POST", path, body=body, headers={
        "Host": "127.0.0.1", "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": cookie, "Referer": f"http://127.0.0.1:{PORT}{path}"})
    response = conn.getresponse()
    response.read()
    return time.perf_counter() - start, response.status == 302


def worker(path, seconds, queue):
    """One client: sequential keep-alive requests for `seconds`; returns latencies."""
    latencies, errors = [], 0
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        try:
            if isinstance(path, tuple):
                elapsed, ok = registration_post(conn, path[1])
                latencies.append(elapsed)
                errors += not ok
                continue
            conn.request("GET", path, headers={"Host": "127.0.0.1"})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors += 1
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
            continue
        latencies.append(time.perf_counter() - start)
    conn.close()
    queue.put((latencies, errors))


def measure(path, seconds, clients):
    queue = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=worker, args=(path, seconds, queue))
             for _ in range(clients)]
    for p in procs:
        p.start()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    latencies = sorted(x for lat, _ in results for x in lat)
    errors = sum(e for _, e in results)
    if not latencies:
        return {"rps": 0, "p50_ms": None, "p99_ms": None, "errors": errors}
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 1),
        "errors": errors,
    }


def wait_for_server(timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            conn.request("GET", "/robots.txt", headers={"Host": "127.0.0.1"})
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not start")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DB)
    env = env_for(database_url)
    ensure_database(database_url)
    prepare(env, args.articles)
    paths = urls(env)

    server = subprocess.Popen(
        [PY, "-m", "gunicorn", "--pythonpath", "site", "wsgi:application",
         "--bind", f"127.0.0.1:{PORT}", "--workers", str(args.workers),
         "--access-logfile", "-" if os.environ.get("BENCH_ACCESS_LOG") else "/dev/null",
         "--error-logfile", "-", "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True,
    )
    results = {}
    try:
        wait_for_server()
        for name, path in paths.items():
            measure(path, 1, 2)  # warm up: renditions, caches, connections
            results[name] = {"path": path, **measure(path, args.seconds, args.clients)}
            r = results[name]
            print(f"{name:24} {r['rps']:8.1f} req/s   p50 {r['p50_ms']:7.1f} ms   "
                  f"p99 {r['p99_ms']:7.1f} ms   errors {r['errors']}", flush=True)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
    report = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": {"cpus": os.cpu_count()},
        "settings": vars(args),
        "results": results,
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
