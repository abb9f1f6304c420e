"""Load mix for bench/run.py: readers of the public pages and businesses registering.

Run by bench/run.py (which passes the site's paths in BENCH_PAGES); by hand:

    BENCH_PAGES='{"pages": {"home (vi)": "/"}, "readers": {}, "event": null}' \\
        .venv/bin/locust -f bench/locustfile.py --headless -u 50 -r 50 -t 60s \\
        --host http://127.0.0.1:8765

Readers come cookie-less (a first visit, a crawler, a shared link) or keep their cookies
(the CSRF cookie from a form page); registrants GET the bench event's page, take
the CSRF token and the one-use form token from the form and POST a registration from a
new business, expecting the redirect to the confirmation. Any other status is a failure.
"""

import json
import os
import random
import re
import uuid

from locust import FastHttpUser, between, events, task

from core.validators import example_tax_code

CONFIG = json.loads(os.environ.get("BENCH_PAGES") or '{"pages": {}, "readers": {}}')
PAGES = CONFIG["pages"]
READERS = CONFIG.get("readers", {})
EVENT = CONFIG.get("event")
POSTED_CODES: list[str] = []

# What readers ask for, by weight: articles and the home page most, search least.
MIX = [
    ("home", 20),
    ("article", 25),
    ("news index", 10),
    ("documents register", 6),
    ("showcase index", 8),
    ("showcase entry", 10),
    ("events calendar", 7),
    ("event page", 8),
    ("search results", 6),
]
POOLS = {"article": "articles", "showcase entry": "showcase entries", "event page": "events"}
SEARCHES = [
    "/search/?q=c%C3%B4ng+ngh%E1%BB%87",
    "/search/?q=ocop",
    "/search/?q=chuyen+giao",
    "/en/search/?q=technology",
    "/search/?q=h%E1%BB%99i+ch%E1%BB%A3",
]
ENGLISH_SHARE = 0.2


class CookieMixin:
    """Cookies kept by hand: the site's are Secure (HTTPS in production), and a client's
    cookie jar would not send them back over the bench's plain HTTP."""

    cookies: dict

    def remember(self, response):
        headers = response.headers
        values = headers.getlist("set-cookie") if headers is not None else []
        for value in values:
            name, _, rest = value.split(";")[0].partition("=")
            self.cookies[name.strip()] = rest.strip()

    def cookie_header(self):
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}


def pick():
    """(request name, path): a page type by weight, a random page of that type."""
    kind = random.choices([k for k, _ in MIX], weights=[w for _, w in MIX])[0]
    if kind == "search results":
        return kind, random.choice(SEARCHES)
    pool = READERS.get(POOLS.get(kind, ""), [])
    if pool and random.random() > ENGLISH_SHARE:
        return kind, random.choice(pool)
    lang = "en" if random.random() < ENGLISH_SHARE else "vi"
    path = PAGES.get(f"{kind} ({lang})") or PAGES.get(f"{kind} (vi)")
    return (f"{kind} (en)" if lang == "en" and f"{kind} (en)" in PAGES else kind), path


class CookielessReader(FastHttpUser):
    weight = 6
    wait_time = between(0, 0.5)

    @task
    def read(self):
        name, path = pick()
        self.client.cookiejar.clear()
        self.client.get(path, name=f"{name}, no cookies")


class ReaderWithCookies(CookieMixin, FastHttpUser):
    """Keeps whatever cookies the site sets (the CSRF cookie of a form page, for one)."""

    weight = 3
    wait_time = between(0, 0.5)

    def on_start(self):
        self.cookies = {}
        if EVENT:  # a form page first, so this reader carries the CSRF cookie from now on
            self.remember(self.client.get(EVENT, name="event page (bench), form"))

    @task
    def read(self):
        name, path = pick()
        self.client.cookiejar.clear()
        self.remember(
            self.client.get(path, name=f"{name}, with cookies", headers=self.cookie_header())
        )


CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


class Registrant(CookieMixin, FastHttpUser):
    weight = 1 if EVENT else 0
    wait_time = between(0.5, 1.5)

    @task
    def register(self):
        self.client.cookiejar.clear()  # a new business, a new browser
        self.cookies = {}
        with self.client.get(EVENT, name="event page (bench), form", catch_response=True) as page:
            self.remember(page)
            csrf, token = CSRF.search(page.text or ""), FORM_TOKEN.search(page.text or "")
            if not (csrf and token):
                page.failure("no registration form")
                return
        n = uuid.uuid4().int
        data = {
            "csrfmiddlewaretoken": csrf.group(1),
            "form_token": token.group(1),
            "organization": f"Doanh nghiệp thử tải {n % 10**8}",
            "registrant_type": "organization",
            "tax_code": example_tax_code(n % 10**6),
            "contact_name": "Người thử tải",
            "email": f"bench-{uuid.uuid4().hex}@example.com",
            "phone": "0912345678",
            "attendees": "1",
            "consent": "on",
        }
        with self.client.post(
            EVENT,
            data=data,
            name="registration POST",
            allow_redirects=False,
            catch_response=True,
            headers={"Referer": f"{self.host}{EVENT}", **self.cookie_header()},
        ) as response:
            location = response.headers.get("Location", "") if response.headers else ""
            code = re.search(r"registered=([\w-]+)", location)
            if response.status_code == 302 and code:
                POSTED_CODES.append(code.group(1))
                response.success()
            else:
                response.failure(f"registration answered {response.status_code}")


@events.test_stop.add_listener
def save_codes(**_kwargs):
    path = os.environ.get("BENCH_POSTS_FILE")
    if path:
        with open(path, "w") as f:
            f.write("\n".join(POSTED_CODES))
