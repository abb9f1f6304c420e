"""Full-page cache for anonymous readers (core/cache.py): hits, invalidation, and what is
never cached. Through the public pages of the demo site, with the page cache turned on
(settings.test leaves it off for the other test files).

Invalidation runs after commit; tests run inside a transaction that is rolled back, so
every change is made under django_capture_on_commit_callbacks(execute=True)."""

import shutil
import socket
import subprocess
import time
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page

from core.cache import CLEARED_AT_KEY
from core.models import AgencyInfo
from core.validators import example_tax_code
from events.models import EventIndexPage, Registration
from events.registration import take_seats
from events.tokens import cancel_token
from news.models import NewsPage
from search.models import SearchQueryLog
from settings import caching
from tests import events_factories as ef

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.WAGTAIL_CACHE = True


def status(response) -> str:
    return response["X-Wagtail-Cache"]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def menu(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".main-menu a")]


def title(response) -> str:
    return soup(response).select_one("h1").get_text(strip=True)


@pytest.fixture
def article(demo):
    return NewsPage.objects.live().filter(locale=demo["vi"]).order_by("pk").first()


@pytest.fixture
def calendar(demo):
    return EventIndexPage.objects.live().get(locale=demo["vi"])


def registration_fields(n=1, attendees=1):
    return {
        "organization": f"Công ty Thử nghiệm {n}",
        "tax_code": example_tax_code(n),
        "sector": "",
        "contact_name": "Nguyễn Văn A",
        "position": "",
        "email": f"dn{n}@example.vn",
        "phone": "0912345678",
        "attendees": attendees,
        "language": "vi",
        "consent": True,
        "consent_at": timezone.now(),
        "privacy_notice_version": "1.0",
    }


# --- Hits --------------------------------------------------------------------------------


def test_second_anonymous_visit_is_a_hit_with_the_same_page(client, article, calendar):
    today = timezone.localdate()
    for url in [
        "/",
        article.url,
        "/trung-bay/",
        calendar.url,
        f"{calendar.url}{today.year}/{today.month}/",
        "/en/",
        "/tin-tuc/feed/",
    ]:
        first, second = client.get(url), client.get(url)
        assert first.status_code == second.status_code == 200, url
        assert (status(first), status(second)) == ("miss", "hit"), url
        assert first.content == second.content
        # Browsers check back every time; a CDN may keep it as long as we do.
        assert first["Cache-Control"] == "max-age=0, s-maxage=600"
        assert second["Cache-Control"].startswith("max-age=0, s-maxage=")
        assert 590 <= int(second["Cache-Control"].split("=")[-1]) <= 600  # what is left
        assert not second.has_header("Expires")
        assert "accept-language" not in second.get("Vary", "").lower()
        assert not second.cookies


def test_browser_language_does_not_split_the_cache(client, article):
    assert status(client.get(article.url, HTTP_ACCEPT_LANGUAGE="en-US,en")) == "miss"
    assert status(client.get(article.url, HTTP_ACCEPT_LANGUAGE="vi-VN,vi")) == "hit"
    assert status(client.get(article.url, HTTP_ACCEPT_LANGUAGE="fr")) == "hit"


def test_tracking_parameters_share_the_page_but_filters_do_not(client):
    assert status(client.get("/tin-tuc/")) == "miss"
    assert status(client.get("/tin-tuc/?utm_source=zalo&fbclid=x")) == "hit"
    assert status(client.get("/tin-tuc/?page=2")) == "miss"


# --- Invalidation ------------------------------------------------------------------------


def test_publishing_a_new_revision_clears_the_page_and_its_listings(
    client, article, django_capture_on_commit_callbacks
):
    client.get(article.url), client.get("/tin-tuc/")
    assert status(client.get(article.url)) == status(client.get("/tin-tuc/")) == "hit"
    article.title = "Tiêu đề mới sau khi sửa"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    response = client.get(article.url)
    assert status(response) == "miss"
    assert title(response) == "Tiêu đề mới sau khi sửa"
    listing = client.get("/tin-tuc/")
    assert status(listing) == "miss" and "Tiêu đề mới sau khi sửa" in listing.text


def test_nothing_is_cleared_before_the_commit(client, article, django_capture_on_commit_callbacks):
    client.get(article.url)
    article.title = "Chưa được lưu hẳn"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.save_revision().publish()
    # Until the transaction commits, other readers still see the committed page (and
    # cannot re-cache the old one after an early clear).
    assert status(client.get(article.url)) == "hit"
    for callback in callbacks:
        callback()
    assert title(client.get(article.url)) == "Chưa được lưu hẳn"


def test_unpublishing_turns_the_cached_page_into_404(
    client, article, django_capture_on_commit_callbacks
):
    client.get(article.url)
    assert status(client.get(article.url)) == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    gone = client.get(article.url)
    # Never stored: made-up URLs must not fill the cache (tests/test_redis_faults.py).
    assert gone.status_code == 404 and status(gone) == "skip"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    back = client.get(article.url)
    assert back.status_code == 200 and status(back) == "miss"


def test_moving_a_page_clears_its_old_address_and_the_menus(
    client, demo, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILREDIRECTS_AUTO_CREATE = False  # only the move itself may clear
    procedures = Page.objects.get(locale=demo["vi"], url_path__endswith="/thu-tuc-hanh-chinh/")
    about = Page.objects.get(locale=demo["vi"], url_path__endswith="/gioi-thieu/")
    client.get("/thu-tuc-hanh-chinh/"), client.get("/")
    assert status(client.get("/thu-tuc-hanh-chinh/")) == status(client.get("/")) == "hit"
    assert "Thủ tục hành chính" in menu(client.get("/"))
    with django_capture_on_commit_callbacks(execute=True):
        procedures.move(about, pos="last-child")
    assert client.get("/thu-tuc-hanh-chinh/").status_code == 404
    assert client.get("/gioi-thieu/thu-tuc-hanh-chinh/").status_code == 200
    home = client.get("/")
    assert status(home) == "miss" and "Thủ tục hành chính" not in menu(home)


def test_deleting_a_page_clears_it(client, article, django_capture_on_commit_callbacks):
    client.get(article.url)
    assert status(client.get(article.url)) == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=article.pk).delete()
    assert client.get(article.url).status_code == 404


def test_agency_information_change_reaches_every_cached_page(
    client, demo, django_capture_on_commit_callbacks
):
    client.get("/")
    assert status(client.get("/")) == "hit"
    agency = AgencyInfo.objects.get(locale=demo["vi"])
    agency.phone = "0221 999 8888"
    with django_capture_on_commit_callbacks(execute=True):
        agency.save()
    response = client.get("/")
    assert status(response) == "miss" and "0221 999 8888" in response.text


def test_redirects_are_answered_fresh_and_removing_one_takes_effect(
    client, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        redirect = Redirect.objects.create(old_path="/tin-cu-da-xoa", redirect_page=article)
    first, second = client.get("/tin-cu-da-xoa/"), client.get("/tin-cu-da-xoa/")
    assert first.status_code == second.status_code == 301
    # Only 200s are stored: any /made-up-path answers a redirect to its slashed form.
    assert second["Location"].endswith(article.url) and status(second) == "skip"
    with django_capture_on_commit_callbacks(execute=True):
        redirect.delete()
    assert client.get("/tin-cu-da-xoa/").status_code == 404


def test_with_a_read_replica_pages_are_not_kept_just_after_a_clear(
    client, article, settings, django_capture_on_commit_callbacks
):
    # A replica may not have the commit yet: a page read from it just after the clear
    # would otherwise be kept for ten minutes with the old content.
    replica = dict(settings.DATABASES["default"])
    with mock.patch.dict(settings.DATABASES, {"replica": replica}):
        client.get(article.url)
        assert status(client.get(article.url)) == "hit"
        with django_capture_on_commit_callbacks(execute=True):
            article.save_revision().publish()
        assert status(client.get(article.url)) == "skip"
        assert status(client.get(article.url)) == "skip"
        caches["pages"].set(CLEARED_AT_KEY, time.time() - 11)  # replication caught up
        assert status(client.get(article.url)) == "miss"
        assert status(client.get(article.url)) == "hit"


# --- Seats ---------------------------------------------------------------------------------


def test_seats_left_are_never_stale(client, calendar, django_capture_on_commit_callbacks):
    Registration.objects.all().delete()
    event = ef.event(
        calendar, "Hội thảo hai chỗ", capacity=2, waitlist=False, max_per_registration=2
    )
    # Open: the page has the registration form, so it is rendered for every visit.
    open_page = client.get(event.url)
    assert status(open_page) == "skip"
    assert soup(open_page).select_one("#registration form") is not None
    with django_capture_on_commit_callbacks(execute=True):
        outcome = take_seats(event, registration_fields(1, attendees=2))
    # Full: no form any more, so the page is cached...
    full = client.get(event.url)
    assert soup(full).select_one("#registration form") is None
    assert status(full) == "miss"
    assert status(client.get(event.url)) == "hit"
    calendar_page = client.get(calendar.url)
    assert status(client.get(calendar.url)) == "hit"
    assert event.title in calendar_page.text
    # ...until a cancellation frees the seats: through the emailed link, as a reader would.
    cancel_url = f"/registration/cancel/{cancel_token(outcome.registration)}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(cancel_url).status_code == 200
    reopened = client.get(event.url)
    assert status(reopened) != "hit"
    assert soup(reopened).select_one("#registration form") is not None
    assert status(client.get(calendar.url)) == "miss"


def test_cached_event_page_expires_when_registration_opens(client, calendar):
    Registration.objects.all().delete()
    event = ef.event(
        calendar, "Sự kiện sắp mở đăng ký", capacity=30, opens_days=120 / 86400
    )  # two minutes from now
    response = client.get(event.url)
    assert soup(response).select_one("#registration form") is None
    assert status(response) == "miss"
    seconds = int(response["Cache-Control"].split("s-maxage=")[1])
    assert 100 < seconds <= 121  # not the usual ten minutes: the form appears in two


def test_registration_through_the_form_updates_the_seat_count(
    client, calendar, django_capture_on_commit_callbacks
):
    Registration.objects.all().delete()
    event = ef.event(calendar, "Tập huấn mười chỗ", capacity=10, max_per_registration=3)
    page = soup(client.get(event.url))
    status_before = page.select_one(".registration-status").get_text(" ", strip=True)
    assert "10" in status_before
    form = {
        field["name"]: field.get("value", "")
        for field in page.select("#registration form input[name]")
    }
    form.update(
        {
            "registrant_type": "organization",
            "organization": "Công ty Cổ phần Thử",
            "tax_code": "0900123452",
            "contact_name": "Trần Văn Minh",
            "email": "minh@example.vn",
            "phone": "0912 345 678",
            "attendees": "3",
            "consent": "on",
            "website": "",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(event.url, form).status_code == 302
    after = soup(client.get(event.url)).select_one(".registration-status").get_text(" ", strip=True)
    assert "7" in after and after != status_before


# --- Never cached ----------------------------------------------------------------------------


def test_signed_in_editors_neither_get_nor_fill_the_cache(client, article):
    editor = Client()
    editor.force_login(
        get_user_model().objects.create_superuser("cache-editor", "cache-editor@example.vn", "x")
    )
    client.get(article.url)
    assert status(client.get(article.url)) == "hit"
    as_editor = editor.get(article.url)
    assert status(as_editor) == "skip"
    assert "private" in as_editor["Cache-Control"]
    caches["pages"].clear()
    assert status(editor.get(article.url)) == "skip"
    assert status(client.get(article.url)) == "miss"  # the editor's visit stored nothing


@pytest.mark.parametrize("cookie", ["sessionid", "messages"])
def test_session_and_message_cookies_skip_the_cache(client, article, cookie):
    client.get(article.url)
    client.cookies[cookie] = "something"
    assert status(client.get(article.url)) == "skip"


def test_form_pages_that_set_the_csrf_cookie_are_never_cached(client, calendar):
    Registration.objects.all().delete()
    event = ef.event(calendar, "Sự kiện có biểu mẫu", capacity=30)
    first = client.get(event.url)
    assert first.cookies["csrftoken"].value
    assert status(first) == "skip" and "private" in first["Cache-Control"]
    # A second cookie-less reader gets a page of their own, never the first one's.
    stranger = Client()
    theirs = stranger.get(event.url)
    assert status(theirs) == "skip"
    assert theirs.cookies["csrftoken"].value != first.cookies["csrftoken"].value


def test_readers_never_receive_each_others_csrf_token(calendar):
    Registration.objects.all().delete()
    event = ef.event(calendar, "Sự kiện hai người đọc", capacity=30)
    readers = [Client(), Client()]
    for reader, secret in zip(readers, ["a" * 32, "b" * 32], strict=True):
        reader.cookies["csrftoken"] = secret
    for _round in range(2):
        for reader in readers:
            response = reader.get(event.url)
            assert status(response) == "skip"
            token = soup(response).select_one("input[name=csrfmiddlewaretoken]")["value"]
            assert _unmask_cipher_token(token) == reader.cookies["csrftoken"].value


def test_search_is_not_cached_and_logs_every_query(client, demo):
    for _round in range(2):
        response = client.get("/search/", {"q": "khoa học"})
        assert response.status_code == 200 and status(response) == "skip"
    log = SearchQueryLog.objects.get(query="khoa hoc", language="vi")
    assert log.hits == 2


def test_confirmation_and_cancel_pages_are_private(
    client, calendar, django_capture_on_commit_callbacks
):
    Registration.objects.all().delete()
    event = ef.event(calendar, "Sự kiện xác nhận", capacity=30)
    with django_capture_on_commit_callbacks(execute=True):
        registration = take_seats(event, registration_fields(3)).registration
    for url in [
        f"{event.url}?registered={registration.code}",
        f"/registration/cancel/{cancel_token(registration)}/",
    ]:
        for _round in range(2):
            response = client.get(url)
            assert response.status_code == 200
            assert status(response) == "skip"
            assert "no-store" in response["Cache-Control"]
            assert "private" in response["Cache-Control"]
    assert registration.code in client.get(f"{event.url}?registered={registration.code}").text


# --- CDN purge ----------------------------------------------------------------------------------


@pytest.fixture
def http_frontend_cache(settings):
    settings.WAGTAILFRONTENDCACHE = caching.frontend_cache(
        {"FRONTEND_CACHE_BACKEND": "http", "FRONTEND_CACHE_URL": "http://127.0.0.1:9/"}
    )
    with mock.patch.object(HTTPBackend, "purge") as purge:
        yield purge


def purged(purge) -> set[str]:
    return {call.args[0] for call in purge.call_args_list}


def test_publish_purges_the_page_and_its_listings_from_the_cdn(
    article, http_frontend_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    urls = purged(http_frontend_cache)
    assert f"http://testserver{article.url}" in urls
    assert {"http://testserver/tin-tuc/", "http://testserver/"} <= urls


def test_registration_purges_the_event_page_in_both_languages(
    calendar, http_frontend_cache, django_capture_on_commit_callbacks
):
    Registration.objects.all().delete()
    event = ef.event(calendar, "Sự kiện cần xoá CDN", capacity=1, waitlist=False)
    english = event.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    english.refresh_from_db()
    http_frontend_cache.reset_mock()
    with django_capture_on_commit_callbacks(execute=True):
        take_seats(event, registration_fields(4))  # the last seat: the form goes away
    urls = purged(http_frontend_cache)
    assert f"http://testserver{event.url}" in urls
    assert f"http://testserver{english.url}" in urls


def test_a_registration_that_leaves_the_form_open_keeps_the_page_cache(
    client, calendar, django_capture_on_commit_callbacks
):
    """The event page with its form is never cached, so nothing else has to go: under
    load, clearing everything on each registration left the cache empty (bench/run.py)."""
    Registration.objects.all().delete()
    event = ef.event(calendar, "Hội chợ còn nhiều chỗ", capacity=50, waitlist=False)
    for url in ("/", calendar.url):
        client.get(url)
        assert status(client.get(url)) == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        take_seats(event, registration_fields(5))
    assert status(client.get("/")) == "hit"
    assert status(client.get(calendar.url)) == "hit"
    page = soup(client.get(event.url))
    assert "49" in page.select_one(".registration-status").get_text()


def test_nothing_is_purged_without_a_frontend_cache(article, django_capture_on_commit_callbacks):
    with (
        mock.patch.object(HTTPBackend, "purge") as purge,
        django_capture_on_commit_callbacks(execute=True),
    ):
        article.save_revision().publish()
    purge.assert_not_called()


# --- Production settings --------------------------------------------------------------------


def test_production_pages_get_their_own_redis_database():
    caches_ = caching.production_caches({"REDIS_URL": "redis://cache.internal:6379/2"})
    assert caches_["default"]["LOCATION"] == "redis://cache.internal:6379/2"
    assert caches_["pages"]["LOCATION"] == "redis://cache.internal:6379/3"
    assert caches_["pages"]["TIMEOUT"] == 600
    assert (
        caching.production_caches({"REDIS_URL": "redis://r"})["pages"]["LOCATION"] == "redis://r/1"
    )
    with pytest.raises(caching.CacheConfigError, match="different Redis database"):
        caching.production_caches(
            {"REDIS_URL": "redis://r:6379/0", "PAGE_CACHE_URL": "redis://r/0"}
        )
    with pytest.raises(caching.CacheConfigError, match="PAGE_CACHE_URL"):
        caching.production_caches({"REDIS_URL": "unix:///run/redis.sock"})
    # No Redis: no page cache at all rather than one per worker process.
    assert caching.production_caches({})["pages"]["BACKEND"].endswith("DummyCache")


def test_frontend_cache_settings_come_from_the_environment():
    assert caching.frontend_cache({}) is None
    http = caching.frontend_cache(
        {"FRONTEND_CACHE_BACKEND": "http", "FRONTEND_CACHE_URL": "http://varnish:6081"}
    )
    assert http["default"]["BACKEND"].endswith("HTTPBackend")
    cloudflare = caching.frontend_cache(
        {
            "FRONTEND_CACHE_BACKEND": "Cloudflare",
            "CLOUDFLARE_BEARER_TOKEN": "t",
            "CLOUDFLARE_ZONE_ID": "z",
        }
    )
    assert cloudflare["default"]["ZONEID"] == "z"
    with pytest.raises(caching.CacheConfigError, match="CLOUDFRONT_DISTRIBUTION_ID"):
        caching.frontend_cache({"FRONTEND_CACHE_BACKEND": "cloudfront"})
    with pytest.raises(caching.CacheConfigError, match="must be http"):
        caching.frontend_cache({"FRONTEND_CACHE_BACKEND": "akamai"})


@pytest.fixture
def redis_server(tmp_path):
    if shutil.which("redis-server") is None:
        pytest.skip("needs redis-server")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)


def test_on_redis_a_publish_clears_pages_and_nothing_else(
    redis_server, settings, article, django_capture_on_commit_callbacks
):
    settings.CACHES = caching.production_caches({"REDIS_URL": redis_server})
    caches["default"].set("ratelimit:registration:203.0.113.9", 4, 3600)
    # Two app servers (two handlers, as two processes would have) sharing one Redis.
    server_a, server_b = Client(), Client()
    assert status(server_a.get(article.url)) == "miss"
    assert status(server_b.get(article.url)) == "hit"
    article.title = "Tiêu đề trên Redis"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    response = server_b.get(article.url)
    assert status(response) == "miss" and title(response) == "Tiêu đề trên Redis"
    # Clearing the pages' database left the rate-limit counter (another database) alone.
    assert caches["default"].get("ratelimit:registration:203.0.113.9") == 4


def test_page_cache_outage_does_not_break_pages_or_publishing(
    client, settings, article, django_capture_on_commit_callbacks
):
    settings.CACHES = {
        **settings.CACHES,
        "pages": caching.production_caches({"PAGE_CACHE_URL": "redis://127.0.0.1:1/0"})["pages"],
    }  # nothing listens on port 1
    assert client.get(article.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert client.get(article.url).status_code == 200


def test_cache_timeout_is_configurable():
    assert (
        caching.production_caches({"REDIS_URL": "redis://r/0", "PAGE_CACHE_SECONDS": "60"})[
            "pages"
        ]["TIMEOUT"]
        == 60
    )
