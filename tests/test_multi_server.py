"""Two app servers, one database, one Redis: the site still never overbooks.

Two gunicorn instances with production settings share a real PostgreSQL database
(tests/live_db.py) and a Redis database. Forty businesses (threads) each GET the event's
form from one server (CSRF cookie and token, one-use form token), wait for each other and
POST at the same moment, alternating between the servers. Exactly the seats there are get
confirmed; the rest join the waiting list, or are refused when the event has none.
"""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import pytest

from core.validators import example_tax_code
from tests.live_db import ON_POSTGRES, ROOT

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not ON_POSTGRES, reason="needs PostgreSQL (several real connections)"),
]

SEATS = 5
CLIENTS = 40
TIMEOUT = 30  # seconds for any one HTTP request


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(port, method, path, *, body=None, cookies=None, headers=None):
    """One HTTP request: (status, headers dict of lists, text)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        all_headers = {"Host": "127.0.0.1", **(headers or {})}
        if cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        if body is not None:
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode(body)
        conn.request(method, path, body=body, headers=all_headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        received = {}
        for name, value in response.getheaders():
            received.setdefault(name.lower(), []).append(value)
        return response.status, received, text
    finally:
        conn.close()


def cookies_from(headers) -> dict:
    jar = {}
    for line in headers.get("set-cookie", []):
        name, _, value = line.split(";")[0].partition("=")
        jar[name.strip()] = value.strip()
    return jar


def form_fields(text: str) -> dict:
    found = {
        name: re.search(rf'name="{name}" value="([^"]*)"', text)
        for name in ("csrfmiddlewaretoken", "form_token")
    }
    return {name: match.group(1) for name, match in found.items() if match}


@pytest.fixture(scope="module")
def servers(live_database):
    """Two gunicorn instances on the live database; always stopped afterwards."""
    logs = Path(tempfile.mkdtemp(prefix="multi-server-logs-"))
    started = []
    try:
        for n in range(2):
            port = free_port()
            log = open(logs / f"gunicorn-{n}.log", "w")  # noqa: SIM115 - closed below
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "--pythonpath",
                    "site",
                    "wsgi:application",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "3",
                    "--timeout",
                    "60",
                    "--access-logfile",
                    "-",
                    "--error-logfile",
                    "-",
                ],
                cwd=ROOT,
                env=live_database["env"],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            started.append((process, port, log))
        deadline = time.monotonic() + 90
        for process, port, log in started:
            while True:
                if process.poll() is not None:
                    pytest.fail(f"gunicorn exited:\n{Path(log.name).read_text()[-3000:]}")
                try:
                    if request(port, "GET", "/robots.txt")[0] == 200:
                        break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"gunicorn did not start:\n{Path(log.name).read_text()[-3000:]}")
                time.sleep(0.3)
        yield [port for _process, port, _log in started]
    finally:
        for process, _port, log in started:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=20)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
            log.close()


def registrations(database_url, event_id):
    with psycopg.connect(database_url) as conn:
        rows = conn.execute(
            "SELECT status, attendees, created_at FROM events_registration "
            "WHERE event_id = %s ORDER BY created_at, id",
            [event_id],
        ).fetchall()
    return rows


@pytest.mark.parametrize("kind", ["waitlist", "no_waitlist"])
def test_concurrent_registrations_on_two_servers_never_overbook(live_database, servers, kind):
    event_id, path = live_database["seed"]["events"][kind]
    start = threading.Barrier(CLIENTS, timeout=120)
    outcomes, errors = [None] * CLIENTS, []

    def business(n):
        port = servers[n % 2]
        try:
            status, headers, text = request(port, "GET", path)
            assert status == 200, f"GET {path} answered {status}"
            cookies, fields = cookies_from(headers), form_fields(text)
            assert "csrftoken" in cookies and set(fields) == {
                "csrfmiddlewaretoken",
                "form_token",
            }, text[-500:]
            start.wait()
            status, headers, text = request(
                port,
                "POST",
                path,
                cookies=cookies,
                body={
                    **fields,
                    "registrant_type": "organization",
                    "organization": f"Doanh nghiệp {n}",
                    "tax_code": example_tax_code(n),
                    "contact_name": f"Người liên hệ {n}",
                    "email": f"dn{n}-{uuid.uuid4().hex[:8]}@example.vn",
                    "phone": "0912345678",
                    "attendees": "1",
                    "consent": "on",
                },
            )
            outcomes[n] = (status, headers.get("location", [""])[0], text)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(f"client {n}: {error!r}")
            start.abort()

    threads = [threading.Thread(target=business, args=(n,), daemon=True) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)

    assert errors == []
    assert all(outcome is not None for outcome in outcomes)
    statuses = [status for status, _location, _text in outcomes]
    assert not [s for s in statuses if s >= 500], statuses
    rows = registrations(live_database["url"], event_id)
    confirmed = [r for r in rows if r[0] == "confirmed"]
    waitlisted = [r for r in rows if r[0] == "waitlisted"]
    assert sum(r[1] for r in confirmed) == SEATS
    if kind == "waitlist":
        # Everyone is registered: the first SEATS confirmed, the others waiting in order.
        assert statuses == [302] * CLIENTS
        assert all("registered=" in location for _s, location, _t in outcomes)
        assert len(waitlisted) == CLIENTS - SEATS
        assert rows[:SEATS] == confirmed
    else:
        # No waiting list: the others are told the event is full, and nothing is saved.
        assert sorted(statuses) == [302] * SEATS + [400] * (CLIENTS - SEATS)
        refused = [text for status, _l, text in outcomes if status == 400]
        # The page is Vietnamese: "This event is full and has no waiting list."
        assert all("Sự kiện này đã hết chỗ" in text for text in refused), refused[0][-2000:]
        assert waitlisted == [] and len(rows) == SEATS


def test_an_admin_session_opened_on_one_server_works_on_the_other(live_database, servers):
    """Sessions live in shared storage: a login on one server is valid on the other."""
    first, second = servers
    status, headers, text = request(first, "GET", "/admin/login/")
    assert status == 200
    cookies, fields = cookies_from(headers), form_fields(text)
    status, headers, _text = request(
        first,
        "POST",
        "/admin/login/",
        cookies=cookies,
        body={
            "csrfmiddlewaretoken": fields["csrfmiddlewaretoken"],
            "username": "admin",
            "password": live_database["admin_password"],
            "next": "/admin/",
        },
    )
    assert status == 302, _text[-2000:]
    cookies.update(cookies_from(headers))
    assert "sessionid" in cookies
    status, _headers, text = request(second, "GET", "/admin/", cookies=cookies)
    assert status == 200
    assert 'name="password"' not in text  # the dashboard, not the login form


def test_the_page_cache_is_shared_between_servers(live_database, servers):
    """A page rendered by one server is served from the shared cache by the other."""
    first, second = servers
    path = live_database["seed"]["home"]
    status, headers, _text = request(first, "GET", path)
    assert status == 200
    if "x-wagtail-cache" not in headers:
        pytest.skip("the full-page cache is off in these settings")
    # The first server's own hit proves the page is in the shared cache (each server has
    # three workers, and a worker's first response may not be stored: renditions and
    # lookups are still being filled in). Only then is the other server asked.
    for _ in range(5):
        if request(first, "GET", path)[1].get("x-wagtail-cache") == ["hit"]:
            break
    else:
        pytest.fail("the first server never served the page from its cache")
    status, headers, _text = request(second, "GET", path)
    assert status == 200
    assert headers["x-wagtail-cache"] == ["hit"]
