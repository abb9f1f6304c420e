#!/usr/bin/env python3
"""Search latency on PostgreSQL with a synthetic corpus.

    .venv/bin/python bench/search.py [--corpus 20000] [--requests 200] [--clients 4]

Uses the benchmark database of bench/run.py, adds the corpus once (manage.py
generate_corpus: COUNT Vietnamese articles plus their English versions), serves the site
with gunicorn and production settings, and reports p50/p95 latency of the search page for
single-word, multi-word and no-diacritic queries, and of suggestions. Traffic stays on
loopback; every loop is bounded. Results go to bench/results-search.json.
"""

import argparse
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # (bench/run.py: shared set-up)

QUERIES = {
    "single word": ["/search/", {"q": "OCOP"}],
    "multi-word": ["/search/", {"q": "thị trường khoa học công nghệ"}],
    "no diacritics": ["/search/", {"q": "thi truong khoa hoc cong nghe"}],
    "no diacritics, page 50": ["/search/", {"q": "chuyen giao", "page": "50"}],
    "English": ["/en/search/", {"q": "technology transfer"}],
    "suggestions": ["/search/suggest/", {"q": "dua s"}],
}


def timed_get(path):
    conn = http.client.HTTPConnection("127.0.0.1", run.PORT, timeout=30)
    start = time.perf_counter()
    conn.request("GET", path, headers={"Host": "127.0.0.1"})
    response = conn.getresponse()
    response.read()
    conn.close()
    return time.perf_counter() - start, response.status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=int, default=20000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL", run.DEFAULT_DB)
    env = run.env_for(database_url)
    run.ensure_database(database_url)
    run.prepare(env, 0)
    code = (
        "from news.models import NewsPage; "
        "print(NewsPage.objects.filter(slug__startswith='corpus-vi-').count())"
    )
    have = int(
        subprocess.run(
            [run.PY, "manage.py", "shell", "-v0", "-c", code],
            cwd=run.ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    if have < args.corpus:
        run.manage(env, "generate_corpus", str(args.corpus - have))

    server = subprocess.Popen(
        [
            run.PY,
            "-m",
            "gunicorn",
            "--pythonpath",
            "site",
            "wsgi:application",
            "--bind",
            f"127.0.0.1:{run.PORT}",
            "--workers",
            "3",
            "--access-logfile",
            "/dev/null",
            "--error-logfile",
            "-",
            "--log-level",
            "warning",
        ],
        cwd=run.ROOT,
        env=env,
        start_new_session=True,
    )
    results = {}
    try:
        run.wait_for_server()
        for name, (path, params) in QUERIES.items():
            url = f"{path}?{urlencode(params)}"
            for _ in range(5):
                timed_get(url)  # warm up
            with ThreadPoolExecutor(args.clients) as pool:
                samples = list(pool.map(timed_get, [url] * args.requests))
            latencies = sorted(s for s, _status in samples)
            errors = sum(1 for _s, status in samples if status != 200)
            results[name] = {
                "url": url,
                "p50_ms": round(statistics.median(latencies) * 1000, 1),
                "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 1),
                "errors": errors,
            }
            r = results[name]
            print(
                f"{name:24} p50 {r['p50_ms']:7.1f} ms   p95 {r['p95_ms']:7.1f} ms   "
                f"errors {errors}",
                flush=True,
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
    (run.ROOT / "bench" / "results-search.json").write_text(
        json.dumps(
            {
                "when": time.strftime("%Y-%m-%d %H:%M:%S"),
                "corpus_per_language": args.corpus,
                "clients": args.clients,
                "requests": args.requests,
                "results": results,
            },
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
