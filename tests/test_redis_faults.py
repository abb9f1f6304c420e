"""Faults the site survives: Redis stopped or hung (issue 13), and a page cache that
made-up URLs cannot fill.

Each test starts its own redis-server on a free port (never the shared one), runs the
demo site against it with the production cache settings (settings/caching.py: "default"
and "pages" on two databases, cached_db sessions), then stops it (SIGTERM) or freezes it
(SIGSTOP: it still accepts connections, the kernel does, but never answers).
"""

import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
import redis as redis_py
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from core import redis_pool
from core.validators import example_tax_code
from events.models import EventIndexPage, EventPage, Registration
from news.models import NewsIndexPage, NewsPage
from settings import caching
from showcase.models import ShowcaseIndexPage
from tests import events_factories as ef

# Rendering and Redis, not the database engine: .ci/run runs these once, on SQLite.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_independent]

# Slower is acceptable, hanging is not: a page may take this long with Redis gone.
PAGE_SECONDS = 5.0
PASSWORD = "mat-khau-thu-nghiem-42"


class RedisServer:
    """A redis-server of this test's own, in a temporary folder, without persistence."""

    def __init__(self, folder):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(folder),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"redis://127.0.0.1:{self.port}/0"
        deadline = time.monotonic() + 10
        while True:
            try:
                if redis_py.Redis(port=self.port, socket_timeout=0.5).ping():
                    break
            except redis_py.RedisError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def keys(self, db: int) -> list[bytes]:
        return redis_py.Redis(port=self.port, db=db, socket_timeout=2).keys()

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=10)

    def freeze(self) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        os.kill(self.process.pid, signal.SIGCONT)

    def cleanup(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def redis_server(tmp_path):
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not on PATH: these tests need a Redis of their own")
    server = RedisServer(tmp_path)
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def production_cache(settings, redis_server):
    """settings.production's caches and sessions, on this test's Redis."""
    settings.CACHES = caching.production_caches({"REDIS_URL": redis_server.url})
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.SESSION_CACHE_ALIAS = "default"
    settings.WAGTAIL_CACHE = True
    return redis_server


@pytest.fixture(params=["stopped", "frozen"])
def outage(request, production_cache):
    """Call it to take Redis away, as the parameter says."""
    return production_cache.stop if request.param == "stopped" else production_cache.freeze


@pytest.fixture
def public_urls(demo):
    vi = demo["vi"]
    return {
        "home": "/",
        "article": NewsPage.objects.live().filter(locale=vi).first().url,
        "news list": NewsIndexPage.objects.live().get(locale=vi).url,
        "showcase": ShowcaseIndexPage.objects.live().get(locale=vi).url,
        "event": EventPage.objects.live().filter(locale=vi).first().url,
        "search": reverse("search") + "?q=khoa+h%E1%BB%8Dc",
        "English home": "/en/",
    }


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def sign_in(client) -> None:
    page = client.get(reverse("wagtailadmin_login"))
    assert page.status_code == 200
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "bientap", "password": PASSWORD}
    )
    assert response.status_code == 302, response.content[-2000:]


def is_dashboard(response) -> bool:
    return response.status_code == 200 and b'name="password"' not in response.content


def registration_form(client, event, n: int) -> dict:
    """The event's form as a business gets it (CSRF and one-use tokens), filled in."""
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    form = {
        field["name"]: field.get("value", "")
        for field in page.select("#registration form input[name]")
    }
    form.update(
        {
            "registrant_type": "organization",
            "organization": f"Công ty Cổ phần Thử {n}",
            "tax_code": example_tax_code(n),
            "contact_name": "Trần Văn Minh",
            "email": f"minh{n}@example.vn",
            "phone": "0912 345 678",
            "attendees": "1",
            "consent": "on",
            "website": "",
        }
    )
    return form


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("bientap", "bientap@example.vn", PASSWORD)


def test_every_public_page_answers_while_redis_is_down(outage, public_urls):
    reader = Client()
    for url in public_urls.values():  # with Redis up: caches filled, pages stored
        assert reader.get(url).status_code == 200
    outage()
    for name, url in public_urls.items():
        response, seconds = timed_get(reader, url)
        assert response.status_code == 200, name
        assert seconds < PAGE_SECONDS, f"{name} took {seconds:.1f} s"
    # A reader never seen before (nothing of theirs in any cache) too.
    response, seconds = timed_get(Client(), public_urls["article"])
    assert response.status_code == 200 and seconds < PAGE_SECONDS


def test_staff_stay_signed_in_and_can_sign_in_again(outage, editor):
    signed_in = Client()
    sign_in(signed_in)
    assert is_dashboard(signed_in.get(reverse("wagtailadmin_home")))
    outage()
    # The session is read through to the database.
    response, seconds = timed_get(signed_in, reverse("wagtailadmin_home"))
    assert is_dashboard(response) and seconds < 3 * PAGE_SECONDS
    # Signing in afresh (django-axes keeps its failures in the database) works as well.
    newcomer = Client()
    sign_in(newcomer)
    assert is_dashboard(newcomer.get(reverse("wagtailadmin_home")))


def test_registration_form_accepts_a_valid_submission(
    outage, demo, django_capture_on_commit_callbacks
):
    calendar = EventIndexPage.objects.live().get(locale=demo["vi"])
    event = ef.event(calendar, "Hội thảo khi Redis ngừng", capacity=10)
    business = Client()
    form = registration_form(business, event, 1)
    outage()  # between showing the form and sending it
    with django_capture_on_commit_callbacks(execute=True):
        response = business.post(event.url, form)
    assert response.status_code == 302, response.content[-2000:]
    assert Registration.objects.filter(event=event, email="minh1@example.vn").exists()
    assert business.get(response["Location"]).status_code == 200  # the confirmation


def test_an_outage_is_logged_once_not_per_cache_call(production_cache, public_urls, caplog):
    reader = Client()
    with caplog.at_level("INFO"):
        assert reader.get(public_urls["home"]).status_code == 200
        production_cache.stop()
        for url in public_urls.values():
            assert reader.get(url).status_code == 200
    reports = [r.getMessage() for r in caplog.records if r.levelname != "INFO"]
    assert len(reports) == 1, reports  # each page makes dozens of cache calls
    assert "unreachable" in reports[0] and "Traceback" not in caplog.text


def test_the_cache_is_used_again_once_redis_answers(production_cache, public_urls, monkeypatch):
    monkeypatch.setattr(redis_pool, "SKIP_SECONDS", 0.5)
    reader, article = Client(), public_urls["article"]
    production_cache.freeze()
    assert reader.get(article).status_code == 200
    production_cache.thaw()
    time.sleep(0.6)  # the breaker lets one call through again
    assert reader.get(article)["X-Wagtail-Cache"] == "miss"
    assert reader.get(article)["X-Wagtail-Cache"] == "hit"


# --- What the page cache keeps ----------------------------------------------------------------


def stored_pages(server) -> int:
    return len(server.keys(1))


def test_made_up_urls_do_not_fill_the_page_cache(production_cache, public_urls):
    reader = Client()
    news = public_urls["news list"]
    assert reader.get(news)["X-Wagtail-Cache"] == "miss"
    assert reader.get(news)["X-Wagtail-Cache"] == "hit"
    kept = stored_pages(production_cache)
    assert kept >= 1

    missing = reader.get("/khong-co-trang-nay/")
    assert missing.status_code == 404 and missing["X-Wagtail-Cache"] == "skip"
    unknown = reader.get(f"{news}?x=123")
    assert unknown.status_code == 200 and unknown["X-Wagtail-Cache"] == "skip"
    assert stored_pages(production_cache) == kept  # neither was stored

    # A parameter the page reads (pagination) is a page of its own, and is kept.
    known = reader.get(f"{news}?page=2")
    assert known.status_code == 200 and known["X-Wagtail-Cache"] == "miss"
    assert reader.get(f"{news}?page=2")["X-Wagtail-Cache"] == "hit"
    assert stored_pages(production_cache) > kept
    # ... but not with a made-up one beside it; tracking parameters are set aside.
    assert reader.get(f"{news}?page=2&x=1")["X-Wagtail-Cache"] == "skip"
    assert reader.get(f"{news}?page=2&utm_source=zalo")["X-Wagtail-Cache"] == "hit"


def test_production_caches_ignore_errors_with_short_timeouts():
    caches_ = caching.production_caches({"REDIS_URL": "redis://r:6379/0"})
    for alias in ("default", "pages"):
        options = caches_[alias]["OPTIONS"]
        assert options["IGNORE_EXCEPTIONS"] is True
        assert options["SOCKET_TIMEOUT"] <= 0.5 and options["SOCKET_CONNECT_TIMEOUT"] <= 0.5


def test_a_cache_that_fails_leaves_the_rate_limit_open(production_cache, settings, demo):
    """Fail open (docs/deployment.md): a counter that cannot be read refuses nobody."""
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "registration": 1}
    calendar = EventIndexPage.objects.live().get(locale=demo["vi"])
    event = ef.event(calendar, "Tọa đàm giới hạn", capacity=50)
    # With Redis up the limit holds: the second registration from one address is refused.
    business = Client()
    assert business.post(event.url, registration_form(business, event, 1)).status_code == 302
    assert business.post(event.url, registration_form(business, event, 2)).status_code == 400
    production_cache.stop()
    for n in (3, 4, 5):
        business = Client()
        assert business.post(event.url, registration_form(business, event, n)).status_code == 302
