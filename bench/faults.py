#!/usr/bin/env python3
"""Fault benchmark: steady traffic while Redis, the mail server, PostgreSQL connections
and the task worker fail in turn; then, were any emails lost?

    .venv/bin/python bench/faults.py            # about 6 minutes (set-up, 7 phases of
                                                # 30 s, the final drain)
    .venv/bin/python bench/faults.py --quick    # about 2-3 minutes (phases of 12 s)

Set-up as bench/run.py (whose helpers it imports): the PostgreSQL database
FAULTS_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/sokhcn_faults, a database
of its own: its connections are terminated on purpose), the demo, the bench event with a
very large capacity. Then, all of its own: a redis-server on a free port (never the shared
one), an SMTP server (aiosmtpd, in this process) that records every message, gunicorn with
the production settings pointed at both (EMAIL_TIMEOUT=5) on FAULTS_PORT (default 8775),
and one `manage.py run_worker`.

Clients (processes) read public pages of every type in both languages; one of them
registers businesses for the bench event and sends inquiries about a showcase entry
(GET the form, POST with its CSRF and form tokens). Phases, in order:

    baseline         nothing fails
    redis stopped    SIGTERM at the start, a new redis-server on the same port at 2/3
    redis frozen     SIGSTOP at the start, SIGCONT at 2/3 (connections accepted, no reply)
    mail down        the SMTP server stopped at the start, started again at 2/3
    pg terminated    pg_terminate_backend() on every connection to the database, 4 times
    worker killed    SIGKILL to the worker, restarted 8 s later (twice in a full run)
    recovery         nothing fails

Per phase: requests, 5xx and failures without an answer for GETs and POSTs, p50/p99.
Failures of "pg terminated" are split: requests using their connection when it was
terminated (unavoidable) and requests that started after (a kept connection reused
without a check: target 0; gunicorn has more workers than there are clients, so some
connections are idle when terminated).
Then traffic stops and the worker drains the outbox (up to --drain seconds, waiting for
natural delivery: nothing is re-sent by hand). "Lost" = a submission without an outbox
row, or with a row whose message never reached the SMTP server. Targets: 0 lost, 0 5xx
for public GETs while Redis is down or frozen. Results go to bench/results-faults.json;
logs of gunicorn, the worker and Redis stay in a temporary folder named at the end.
"""

import argparse
import email
import email.utils
import http.client
import json
import multiprocessing
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import redis
import run as bench  # bench/run.py: set-up, gunicorn
from aiosmtpd.controller import Controller

ROOT = bench.ROOT
PY = bench.PY
PORT = int(os.environ.get("FAULTS_PORT", "8775"))
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/sokhcn_faults"
# Every address the clients use: what set-up deletes from earlier runs and the end counts.
DOMAIN = "faults.example"
STAFF_EMAIL = f"thitruong@{DOMAIN}"


def free_port():
    """A free port below Linux's ephemeral range (32768-60999): a server stopped on an
    ephemeral port can find it taken when it restarts, by a client's own outgoing
    connection or by a connection to itself (a client retrying the dead port)."""
    for port in random.sample(range(20000, 32000), 200):
        if bench.port_is_free(port):
            return port
    raise SystemExit("no free port between 20000 and 32000")


# --- the servers of this benchmark --------------------------------------------------------


class RedisServer:
    """A private redis-server without persistence; stop/start keep the same port."""

    def __init__(self, folder):
        self.folder, self.port, self.process = folder, free_port(), None
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.log = open(Path(folder) / "redis.log", "ab")  # noqa: SIM115 - closed in cleanup

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(self.folder)],
            stdout=self.log,
            stderr=self.log,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                if redis.Redis(port=self.port, socket_timeout=0.5).ping():
                    return
            except redis.RedisError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=10)

    def freeze(self):
        os.kill(self.process.pid, signal.SIGSTOP)

    def thaw(self):
        os.kill(self.process.pid, signal.SIGCONT)

    def cleanup(self):
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)
            self.process.terminate()
            self.process.wait(timeout=10)
        self.log.close()


class Recorder:
    """aiosmtpd handler: counts messages by (recipient, Reply-To), which tells every
    outbox row of a submission apart (recipients are unique per submission, and the
    owner's and staff's copies of an inquiry carry the business's address as Reply-To)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.received = Counter()
        self.total = 0

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content)
        reply_to = email.utils.parseaddr(message.get("Reply-To", ""))[1].lower()
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.received[(rcpt.lower(), reply_to)] += 1
                self.total += 1
        return "250 OK"

    def snapshot(self):
        with self.lock:
            return Counter(self.received), self.total


class MailServer:
    def __init__(self):
        self.port, self.recorder, self.controller = free_port(), Recorder(), None

    def start(self):
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


class TaskWorker:
    """One `manage.py run_worker`, in its own process group; its log in the folder."""

    def __init__(self, env, folder):
        self.env, self.process, self.unexpected_exits = env, None, []
        self.log = open(Path(folder) / "worker.log", "ab")  # noqa: SIM115 - closed in cleanup

    def start(self):
        self.process = subprocess.Popen(
            [PY, "manage.py", "run_worker"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def check(self, when):
        """A worker that exited on its own is a finding: noted, then started again."""
        if self.process.poll() is not None:
            self.unexpected_exits.append({"when": when, "returncode": self.process.returncode})
            print(f"  !! the worker exited by itself ({self.process.returncode}); restarted")
            self.start()

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()


def terminate_connections(database_url):
    """What a PostgreSQL restart or a proxy's idle timeout does to every open connection."""
    name = database_url.rsplit("/", 1)[-1]
    with psycopg.connect(database_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        ).fetchall()
    return len(rows)


# --- set-up -------------------------------------------------------------------------------

SETUP_CODE = """
import json
from wagtail.models import Locale
from core.outbox import MailOutage, OutgoingEmail
from django_tasks_db.models import DBTaskResult
from showcase.models import Inquiry, OcopProductPage
# A clean slate in this benchmark's own database: what the end counts is this run's.
Inquiry.objects.filter(email__endswith="@DOMAIN").delete()
OutgoingEmail.objects.all().delete()
MailOutage.objects.all().delete()
DBTaskResult.objects.all().delete()
en = Locale.objects.get(language_code="en")
entry = OcopProductPage.objects.live().filter(locale__language_code="vi").exclude(
    contact_email="").order_by("pk").first()
english = entry.get_translation_or_none(en)
print(json.dumps({"entry": [entry.url] + ([english.url] if english and english.live else [])}))
""".replace("DOMAIN", DOMAIN)


# --- the clients --------------------------------------------------------------------------

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


def request(method, path, body=None, headers=None, timeout=30):
    """(status, headers, text, seconds); status 0 when no answer came (refused, timed out)."""
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    started = time.time()
    try:
        conn.request(method, path, body=body, headers={"Host": "127.0.0.1", **(headers or {})})
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        return response.status, response.getheaders(), text, time.time() - started
    except (OSError, http.client.HTTPException):
        return 0, [], "", time.time() - started
    finally:
        conn.close()


def cookies_of(headers):
    jar = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            key, _, rest = value.split(";")[0].partition("=")
            jar[key.strip()] = rest.strip()
    return jar


def submission_fields(kind, n):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from core.validators import example_tax_code  # noqa: PLC0415 - the project's, on ROOT

    address = f"{kind}-{uuid.uuid4().hex}@{DOMAIN}"
    if kind == "registration":
        return {
            "organization": f"Doanh nghiệp thử lỗi {n}",
            "registrant_type": "organization",
            "tax_code": example_tax_code(n % 10**6),
            "contact_name": "Người thử lỗi",
            "email": address,
            "phone": "0912345678",
            "attendees": "1",
            "consent": "on",
        }
    return {
        "organization": f"Hợp tác xã thử lỗi {n}",
        "contact_name": "Người thử lỗi",
        "email": address,
        "phone": "0912345678",
        "need": "buy",
        "message": "Chúng tôi muốn đặt hàng cho dịp Tết, xin báo giá.",
        "consent": "on",
        "website": "",
    }


def submit(kind, path, records, posted, n):
    """GET the form (a public GET like any other), POST it, expect the redirect."""
    t = time.time()
    status, headers, text, seconds = request("GET", path)
    records.append((t, "get", f"{kind} form", status, seconds))
    csrf, token = CSRF.search(text), FORM_TOKEN.search(text)
    if not (status == 200 and csrf and token):
        return
    jar = cookies_of(headers)
    body = urlencode(
        {
            "csrfmiddlewaretoken": csrf.group(1),
            "form_token": token.group(1),
            **submission_fields(kind, n),
        }
    )
    t = time.time()
    status, headers, _text, seconds = request(
        "POST",
        path,
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": "; ".join(f"{k}={v}" for k, v in jar.items()),
            "Referer": f"http://127.0.0.1:{PORT}{path}",
        },
    )
    records.append((t, "post", kind, status, seconds))
    location = {k.lower(): v for k, v in headers}.get("location", "")
    found = re.search(r"(?:registered|inquiry)=([\w-]+)", location)
    if status == 302 and found:
        posted.append((kind, found.group(1)))


def client(role, paths, forms, stop, out, seed):
    """Until `stop`: readers GET random pages; the poster alternates a registration and an
    inquiry (in either language where the entry has an English page)."""
    rng = random.Random(seed)
    records, posted, n = [], [], seed * 10**6
    names = list(paths)
    while not stop.is_set():
        if role == "poster":
            n += 1
            if n % 2:
                submit("registration", forms["event"], records, posted, n)
            else:
                submit("inquiry", rng.choice(forms["entry"]), records, posted, n)
            stop.wait(0.2)
        else:
            name = rng.choice(names)
            t = time.time()
            status, _headers, _text, seconds = request("GET", paths[name])
            records.append((t, "get", name, status, seconds))
            stop.wait(rng.uniform(0, 0.05))
    out.put((records, posted))


# --- phases -------------------------------------------------------------------------------


def phases(args, redis_server, mail, worker, database_url):
    """(name, seconds, [(at seconds, what, action)]): faults at fixed offsets."""
    d = args.phase_seconds
    back = round(d * 2 / 3)

    def terminate():
        print(f"             {terminate_connections(database_url)} connections terminated")

    pg = [(round(d * f), "pg_terminate_backend", terminate) for f in (0.05, 0.3, 0.55, 0.8)]
    kills = [(1, "worker SIGKILL", worker.kill), (9, "worker started", worker.start)]
    if d >= 24:
        kills += [
            (d // 2 + 1, "worker SIGKILL", worker.kill),
            (d // 2 + 9, "worker started", worker.start),
        ]
    return [
        ("baseline", d, []),
        ("redis stopped", d, [(0, "redis SIGTERM", redis_server.stop),
                              (back, "redis started", redis_server.start)]),
        ("redis frozen", d, [(0, "redis SIGSTOP", redis_server.freeze),
                             (back, "redis SIGCONT", redis_server.thaw)]),
        ("mail down", d, [(0, "SMTP stopped", mail.stop), (back, "SMTP started", mail.start)]),
        ("pg terminated", d, pg),
        ("worker killed", d, kills),
        ("recovery", d, []),
    ]  # fmt: skip


def outbox_status(database_url):
    with psycopg.connect(database_url, autocommit=True) as conn:
        return dict(conn.execute("SELECT status, count(*) FROM core_outgoingemail GROUP BY status"))


def percentile(values, q):
    return round(values[min(len(values) - 1, int(len(values) * q))] * 1000, 1)


def phase_stats(records):
    out = {}
    for kind in ("get", "post"):
        rows = [r for r in records if r[1] == kind]
        answered = sorted(r[4] for r in rows if r[3])
        out[kind] = {
            "requests": len(rows),
            "5xx": sum(1 for r in rows if r[3] >= 500),
            "no_answer": sum(1 for r in rows if r[3] == 0),
            "other_non_2xx_3xx": sum(1 for r in rows if 400 <= r[3] < 500),
            "p50_ms": round(statistics.median(answered) * 1000, 1) if answered else None,
            "p99_ms": percentile(answered, 0.99) if answered else None,
        }
        errors = Counter(f"{r[2]} {r[3]}" for r in rows if r[3] == 0 or r[3] >= 400)
        if errors:
            out[kind]["failures_by_page"] = dict(errors.most_common(8))
    return out


# A request that began this soon after pg_terminate_backend() returned may still have
# found its backend alive (the signal takes a moment): it counts as in flight.
TERMINATION_SLACK = 0.05


def stale_connection_failures(records, kill_times):
    """Failed requests (5xx or no answer) of the "pg terminated" phase, split: in flight
    when their connection was terminated (unavoidable), or not: started after a
    termination, on a kept connection that should have been checked and replaced first."""
    split = Counter(in_flight=0, started_after=0)
    for t, _kind, _name, status, seconds in records:
        if status and status < 500:
            continue
        near = [k for k in kill_times if t - TERMINATION_SLACK <= k <= t + seconds]
        if near:
            split["in_flight"] += 1
        else:
            split["started_after"] += 1
    return dict(split)


# --- the end: were emails lost? -----------------------------------------------------------

ACCOUNT_SQL = f"""
SELECT 'registration', r.id::text, r.code FROM events_registration r
 WHERE r.email LIKE '%%@{DOMAIN}'
UNION ALL
SELECT 'inquiry', i.id::text, i.reference FROM showcase_inquiry i
 WHERE i.email LIKE '%%@{DOMAIN}'
"""
EMAILS_SQL = """
SELECT ct.model, e.object_id, lower(e."to"), lower(e.reply_to), e.status, e.attempts, e.kind
  FROM core_outgoingemail e LEFT JOIN django_content_type ct ON ct.id = e.content_type_id
"""


def account(database_url, recorder):
    """Submissions, their outbox rows, and which rows' messages the SMTP server has."""
    with psycopg.connect(database_url, autocommit=True) as conn:
        submissions = conn.execute(ACCOUNT_SQL).fetchall()
        emails = conn.execute(EMAILS_SQL).fetchall()
    received, total = recorder.snapshot()
    rows_of = defaultdict(list)
    for model, object_id, to, reply_to, status, attempts, kind in emails:
        rows_of[(model, object_id)].append((to, reply_to, status, attempts, kind))
    needed = Counter()
    no_row, undelivered = [], []
    for kind, pk, reference in submissions:
        rows = rows_of.get((kind, pk), [])
        if not rows:
            no_row.append(reference)
        for to, reply_to, *_ in rows:
            needed[(to, reply_to)] += 1
    missing_keys = {key for key, n in needed.items() if received[key] < n}
    for kind, pk, reference in submissions:
        rows = rows_of.get((kind, pk), [])
        if any((to, reply_to) in missing_keys for to, reply_to, *_ in rows):
            undelivered.append(
                {
                    "reference": reference,
                    "rows": [
                        {"to": to, "status": s, "attempts": a, "kind": k}
                        for to, reply_to, s, a, k in rows
                        if (to, reply_to) in missing_keys
                    ],
                }
            )
    statuses = Counter(row[4] for row in emails)
    duplicates = sum(n - needed[key] for key, n in received.items() if n > needed[key] > 0)
    return {
        "registrations": sum(1 for s in submissions if s[0] == "registration"),
        "inquiries": sum(1 for s in submissions if s[0] == "inquiry"),
        "emails_expected": sum(needed.values()),
        "outbox_rows": len(emails),
        "outbox_by_status": dict(statuses),
        "smtp_received": total,
        "smtp_received_for_submissions": sum(min(received[k], n) for k, n in needed.items()),
        "duplicates_received": duplicates,
        "submissions_without_email_row": no_row,
        "submissions_with_undelivered_email": undelivered,
        "lost": len(no_row) + len(undelivered),
        "references": {s[2] for s in submissions},
    }


# --- main ---------------------------------------------------------------------------------


def print_phase(name, stats, mails):
    g, p = stats["get"], stats["post"]
    print(
        f"  {name:14} GET {g['requests']:5} 5xx {g['5xx']:3} noans {g['no_answer']:3} "
        f"p50 {g['p50_ms'] or 0:6.1f} p99 {g['p99_ms'] or 0:7.1f} | POST {p['requests']:4} "
        f"5xx {p['5xx']:3} noans {p['no_answer']:3} p50 {p['p50_ms'] or 0:6.1f} "
        f"p99 {p['p99_ms'] or 0:7.1f} | mails in {mails:4}",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="phases of 12 s")
    parser.add_argument("--phase-seconds", type=int, default=30)
    parser.add_argument("--readers", type=int, default=3, help="client processes reading")
    parser.add_argument(
        "--workers",
        type=int,
        default=5,
        help="gunicorn workers: more than the clients, so some kept connections are idle "
        "when PostgreSQL terminates them",
    )
    parser.add_argument("--drain", type=int, default=90, help="seconds to wait for the outbox")
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--no-setup", action="store_true", help="skip migrate, demo, static")
    args = parser.parse_args()
    if args.quick:
        args.phase_seconds = 12
    if shutil.which("redis-server") is None:
        raise SystemExit("redis-server is not on PATH: the benchmark starts one of its own")
    began = time.time()
    folder = Path(tempfile.mkdtemp(prefix="bench-faults-"))
    database_url = os.environ.get("FAULTS_DATABASE_URL", DEFAULT_DB)

    redis_server = RedisServer(folder)
    redis_server.start()
    mail = MailServer()
    mail.start()
    env = {
        **bench.env_for(database_url, redis_server.url),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mail.port),
        "EMAIL_TIMEOUT": "5",
        "SHOWCASE_STAFF_EMAILS": STAFF_EMAIL,
        "MAIL_ALERT_EMAILS": f"quantri@{DOMAIN}",
    }
    server = worker = None
    try:
        if not args.no_setup:
            bench.ensure_database(database_url)
            bench.prepare(env, args.articles, port=PORT)
        paths, _readers = bench.site_paths(env)
        event = bench.bench_event(env)
        forms = {
            "event": event["path"],
            **json.loads(bench.shell(env, SETUP_CODE).strip().splitlines()[-1]),
        }
        print(f"set-up done in {time.time() - began:.0f} s; logs in {folder}", flush=True)

        server_log = open(folder / "gunicorn.log", "ab")  # noqa: SIM115
        server = bench.start_server(env, args.workers, port=PORT, output=server_log)
        worker = TaskWorker(env, folder)
        worker.start()
        warm(paths)

        # Spawned, not forked: a forked client would hold the SMTP server's listening
        # socket open, and the mail server could neither stop nor bind its port again.
        mp = multiprocessing.get_context("spawn")
        stop = mp.Event()
        out = mp.Queue()
        roles = ["poster"] + ["reader"] * args.readers
        clients = [
            mp.Process(target=client, args=(role, paths, forms, stop, out, i + 1))
            for i, role in enumerate(roles)
        ]
        for c in clients:
            c.start()
        plan = phases(args, redis_server, mail, worker, database_url)
        windows, events_log, kill_times = [], [], []
        print(f"\n{len(plan)} phases of {args.phase_seconds} s, {len(roles)} clients", flush=True)
        for name, seconds, actions in plan:
            start = time.time()
            mails_before = mail.recorder.snapshot()[1]
            for at, what, action in actions:
                time.sleep(max(0, start + at - time.time()))
                print(f"    {time.time() - start:5.1f} s  {what}", flush=True)
                action()
                events_log.append(
                    {"phase": name, "at_s": round(time.time() - start, 1), "what": what}
                )
                kill_times += [time.time()] if what == "pg_terminate_backend" else []
            time.sleep(max(0, start + seconds - time.time()))
            worker.check(name)
            if server.poll() is not None:
                raise SystemExit("gunicorn exited during the run")
            windows.append((name, start, time.time(), mail.recorder.snapshot()[1] - mails_before))
        stop.set()
        results = [out.get(timeout=60) for _ in clients]
        for c in clients:
            c.join(timeout=30)
        records = [r for rec, _ in results for r in rec]
        posted = [p for _, post in results for p in post]

        table = {}
        print(f"\n{'phase':16}  public GETs / POSTs (ms) / messages the SMTP server took")
        for name, start, end, mails in windows:
            table[name] = phase_stats([r for r in records if start <= r[0] < end])
            table[name]["smtp_messages_received"] = mails
            print_phase(name, table[name], mails)
        pg_start, pg_end = next((w[1], w[2]) for w in windows if w[0] == "pg terminated")
        stale = stale_connection_failures(
            [r for r in records if pg_start <= r[0] < pg_end], kill_times
        )
        table["pg terminated"]["failures_split"] = stale
        print(
            f"  pg terminated: {stale['in_flight']} requests failed that were using their "
            f"connection when it was terminated, {stale['started_after']} that started "
            "after (target 0: a kept connection is checked before reuse)"
        )

        print(f"\ndraining the outbox (up to {args.drain} s)...", flush=True)
        drain_start = time.time()
        while True:
            state = account(database_url, mail.recorder)
            if state["lost"] == 0 or time.time() - drain_start > args.drain:
                break
            time.sleep(3)
        drained_in = round(time.time() - drain_start)
        worker.check("drain")
        state["drain_seconds"] = drained_in
        posted_missing = sorted({ref for _, ref in posted} - state.pop("references"))
        state["posted_but_not_in_database"] = posted_missing

        redis_phases = ("redis stopped", "redis frozen")
        get_5xx_redis = sum(
            table[p]["get"]["5xx"] + table[p]["get"]["no_answer"] for p in redis_phases
        )
        print(
            f"\nsubmissions: {state['registrations']} registrations + {state['inquiries']} "
            f"inquiries in the database ({len(posted)} POSTs answered with a reference, "
            f"{len(posted_missing)} of them not in the database)\n"
            f"emails: {state['emails_expected']} expected (outbox rows about them; "
            f"{state['outbox_rows']} rows in all: {state['outbox_by_status']}), "
            f"{state['smtp_received_for_submissions']} delivered to the SMTP server "
            f"({state['smtp_received']} messages in all, {state['duplicates_received']} "
            f"duplicates); drain {drained_in} s\n"
            f"lost: {state['lost']} (target 0): "
            f"{len(state['submissions_without_email_row'])} without an outbox row, "
            f"{len(state['submissions_with_undelivered_email'])} with an email never delivered\n"
            f"public GETs failed while Redis was down or frozen: {get_5xx_redis} (target 0)\n"
            f"worker exits on its own: {len(worker.unexpected_exits)}"
        )
        for item in state["submissions_with_undelivered_email"][:10]:
            print(f"    undelivered: {item}")
        report = {
            "when": time.strftime("%Y-%m-%d %H:%M:%S"),
            "machine": {"cpus": os.cpu_count()},
            "settings": vars(args),
            "duration_s": round(time.time() - began),
            "faults": events_log,
            "phases": table,
            "outbox": state,
            "targets": {
                "lost_emails": {"target": 0, "measured": state["lost"]},
                "public_get_failures_redis_outage": {"target": 0, "measured": get_5xx_redis},
                "failures_on_a_terminated_kept_connection": {
                    "target": 0,
                    "measured": stale["started_after"],
                },
            },
            "worker_unexpected_exits": worker.unexpected_exits,
        }
        (bench.BENCH / "results-faults.json").write_text(
            json.dumps(report, indent=2, ensure_ascii=False) + "\n"
        )
        print(f"\nwritten bench/results-faults.json; {time.time() - began:.0f} s in all")
        failed = (
            state["lost"]
            or get_5xx_redis
            or stale["started_after"]
            or posted_missing
            or worker.unexpected_exits
        )
    finally:
        if worker is not None:
            worker.stop()
        if server is not None:
            bench.stop_server(server)
        mail.stop()
        redis_server.cleanup()
    sys.exit(1 if failed else 0)


def warm(paths):
    """One GET per page before the clock starts (renditions, the page cache)."""
    for path in paths.values():
        request("GET", path, timeout=60)


if __name__ == "__main__":
    main()
