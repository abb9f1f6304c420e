"""Security through the public surface: headers, CSP, hostile input, CSRF, lockout, logs."""

import importlib.util
import io
import json
import logging
import re
import sys
import uuid
from pathlib import Path
from unittest import mock
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import signing
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Locale

from events.models import EventIndexPage, EventPage, Registration, RegistrationStatus
from events.tokens import cancel_token
from news.models import DocumentRegisterPage, NewsIndexPage, NewsPage
from search.models import SearchQueryLog
from showcase.models import Inquiry, OcopProductPage, ShowcaseIndexPage

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
XSS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']
SQLISH = ["' OR 1=1 --", "1;DROP TABLE core_user"]
LANGUAGES = ["vi", "en"]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def live(model, locale, **filters):
    return model.objects.filter(locale=locale, live=True, **filters).first()


@pytest.fixture
def site_pages(demo):
    """Key public pages of the demo site, per language."""
    pages = {}
    for code in LANGUAGES:
        locale = demo[code]
        found = {
            "news": live(NewsIndexPage, locale),
            "article": live(NewsPage, locale),
            "documents": live(DocumentRegisterPage, locale),
            "showcase": live(ShowcaseIndexPage, locale),
            "entry": live(OcopProductPage, locale),
            "events": live(EventIndexPage, locale),
            "event": live(EventPage, locale),
        }
        missing = [name for name, page in found.items() if page is None]
        assert not missing, f"the demo has {missing} in {code}"
        pages[code] = {name: page.url for name, page in found.items()}
        pages[code]["home"] = "/" if code == "vi" else "/en/"
        pages[code]["search"] = ("/search/" if code == "vi" else "/en/search/") + "?q=khoa+hoc"
    return pages


# --- Headers and Content-Security-Policy ------------------------------------------------

KEY_PAGES = [
    "home",
    "article",
    "entry",
    "event",
    "search",
    "news",
    "documents",
    "showcase",
    "events",
]


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", KEY_PAGES)
@pytest.mark.engine_independent  # headers and escaping: rendering only
def test_public_pages_send_strict_headers_and_no_inline_code(client, site_pages, language, name):
    response = client.get(site_pages[language][name])
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"] and policy["font-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"] and policy["frame-ancestors"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    features = dict(item.split("=", 1) for item in response["Permissions-Policy"].split(", "))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()"

    page = soup(response)
    for script in page.find_all("script"):
        # External scripts only; JSON-LD is data the browser does not execute.
        assert script.get("src") or script.get("type") == "application/ld+json", script
    assert not page.find_all("style")
    for element in page.find_all(True):
        assert "style" not in element.attrs, element.name
        handlers = [attr for attr in element.attrs if attr.lower().startswith("on")]
        assert not handlers, (element.name, handlers)
        for attr in ("href", "src", "action", "formaction"):
            value = element.get(attr)
            assert not (
                isinstance(value, str) and value.strip().lower().startswith("javascript:")
            ), element


def test_admin_has_its_own_looser_policy(client, admin_user):
    login_page = client.get("/admin/login/")
    assert login_page.status_code == 200
    client.force_login(admin_user)
    for response in (login_page, client.get("/admin/")):
        policy = directives(response["Content-Security-Policy"])
        assert "'unsafe-inline'" in policy["script-src"]
        assert policy["frame-ancestors"] == ["'self'"] and policy["object-src"] == ["'none'"]
    # The public policy is untouched by a signed-in member of staff.
    assert "'unsafe-inline'" not in client.get("/")["Content-Security-Policy"]


def test_a_moved_admin_path_keeps_its_policy_and_frees_the_old_one(client, settings):
    # site/urls.py as it is loaded when WAGTAIL_ADMIN_PATH=/quan-tri-noi-bo/ (the setting
    # strips the slashes), under another module name so the suite's own URLs stay as they are.
    settings.WAGTAIL_ADMIN_PATH = "quan-tri-noi-bo"
    spec = importlib.util.spec_from_file_location("urls_moved_admin", ROOT / "site" / "urls.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules["urls_moved_admin"] = module
    try:
        settings.ROOT_URLCONF = "urls_moved_admin"
        response = client.get("/quan-tri-noi-bo/login/")
        assert response.status_code == 200
        assert "'unsafe-inline'" in response["Content-Security-Policy"]
        old = client.get("/admin/login/")
        assert old.status_code == 404
        assert "'unsafe-inline'" not in old["Content-Security-Policy"]
    finally:
        del sys.modules["urls_moved_admin"]


def test_suggestions_are_json_that_no_browser_renders_as_html(client):
    response = client.get("/search/suggest/", {"q": XSS[0]})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"<script" not in response.content.lower()
    json.loads(response.content)


# --- Hostile query strings ---------------------------------------------------------------


def hostile_urls(pages, payload):
    q = quote(payload, safe="")
    return [
        f"{pages['search'].split('?')[0]}?q={q}",
        f"{pages['search'].split('?')[0]}?q={q}&type={q}&sort={q}&page={q}",
        f"{pages['search'].split('?')[0]}suggest/?q={q}",
        f"{pages['news']}?topic={q}&year={q}&tag={q}&page={q}",
        f"{pages['news']}feed/{q}/",
        f"{pages['documents']}?type={q}&year={q}&issuer={q}&number={q}&page={q}",
        f"{pages['showcase']}?q={q}&kind={q}&group={q}&field={q}&stars={q}&commune={q}"
        f"&trl={q}&ip={q}&status={q}&sort={q}&expired={q}&page={q}",
        f"{pages['showcase']}open-data/{q}/",
        f"{pages['entry']}?inquiry={q}",
        f"{pages['events']}?type={q}&page={q}",
        f"{pages['events']}archive/?type={q}&page={q}",
        f"{pages['events']}2026/{q}/",
        f"{pages['events']}99999999999999999999/12/",
        f"{pages['events']}ical/?type={q}",
        f"{pages['event']}?registered={q}",
        f"{pages['home']}registration/cancel/{q}/",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("payload", XSS)
@pytest.mark.engine_independent  # headers and escaping: rendering only
def test_script_in_any_parameter_comes_back_escaped_never_raw(
    client, site_pages, language, payload
):
    for url in hostile_urls(site_pages[language], payload):
        response = client.get(url)
        assert response.status_code in (200, 400, 404), (url, response.status_code)
        body = response.content.decode()
        assert payload not in body, url
        assert "<script>alert" not in body and "<img src=x" not in body, url
        if response["Content-Type"].startswith("text/html"):
            page = soup(response)
            assert not page.select("[onerror]"), url
            assert all(
                s.get("src") or s.get("type") == "application/ld+json"
                for s in page.find_all("script")
            ), url
    # Free text is shown back to the reader, escaped.
    search = client.get(site_pages[language]["search"].split("?")[0], {"q": payload})
    assert escape(payload) in search.content.decode()


@pytest.mark.parametrize("payload", SQLISH + ["%", "_", "\\", "\x00", "🙂" * 50, "9" * 400])
def test_sql_like_or_odd_input_is_handled_without_errors(client, site_pages, payload):
    for language in LANGUAGES:
        for url in hostile_urls(site_pages[language], payload):
            response = client.get(url)
            assert response.status_code in (200, 400, 404), (url, response.status_code)
    assert get_user_model().objects.count() >= 0  # the table is still there
    assert client.get(site_pages["vi"]["search"]).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_nul_byte_in_the_url_is_a_bad_request_in_the_reader_language(
    client, site_pages, language
):
    # PostgreSQL refuses NUL in text comparisons: without the guard this was a 500.
    for url in (
        f"{site_pages[language]['news']}?topic=%00",
        f"{site_pages[language]['entry']}?inquiry=a%00b",
        f"{site_pages[language]['news']}%00/",
    ):
        response = client.get(url)
        assert response.status_code == 400, url
        assert soup(response).html["lang"] == language


# --- Forms: hostile input, oversized bodies, CSRF ----------------------------------------


def inquiry_data(page, **overrides):
    data = {
        "form_token": page.select_one('#inquiry input[name="form_token"]')["value"],
        "organization": "Công ty TNHH Nông sản Sạch",
        "contact_name": "Nguyễn Thị Lan",
        "email": "lan@nongsansach.example.vn",
        "phone": "0912 345 678",
        "need": "buy",
        "message": "Chúng tôi muốn đặt 500 hộp.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def registration_data(page, **overrides):
    data = {
        "form_token": page.select_one('#registration input[name="form_token"]')["value"],
        "registrant_type": "organization",
        "organization": "Công ty Cổ phần Cơ khí Phố Hiến",
        "tax_code": "0900123452",
        "sector": "Cơ khí",
        "contact_name": "Trần Văn Minh",
        "position": "Giám đốc",
        "email": "minh@cokhiphohien.example.vn",
        "phone": "0912 345 678",
        "attendees": "1",
        "note": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


FORMS = {
    "inquiry": ("entry", inquiry_data, Inquiry),
    "registration": ("event", registration_data, Registration),
}


@pytest.fixture
def open_event(demo):
    """A demo event taking registrations online, in both languages."""
    for event in EventPage.objects.filter(locale=demo["vi"], live=True).order_by("-start"):
        english = event.get_translation_or_none(demo["en"])
        if (
            english
            and english.live
            and soup(Client().get(event.url)).select_one('#registration input[name="form_token"]')
        ):
            return event
    raise AssertionError("the demo has an event open for registration in both languages")


def form_page(client, site_pages, open_event, language, kind):
    if kind == "registration":
        event = (
            open_event
            if language == "vi"
            else open_event.get_translation_or_none(Locale.objects.get(language_code="en"))
        )
        assert event is not None and event.live, "the open event is translated"
        return event.url
    return site_pages[language]["entry"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["inquiry", "registration"])
def test_script_in_form_fields_is_redisplayed_escaped(
    client, site_pages, open_event, language, kind
):
    url = form_page(client, site_pages, open_event, language, kind)
    _, make_data, model = FORMS[kind]
    before = model.objects.count()
    # No consent: the form comes back with the reader's input and an error.
    data = make_data(
        soup(client.get(url)),
        organization=XSS[0],
        contact_name=XSS[1],
        message=XSS[1],
        note=XSS[0],
        consent=None,
    )
    response = client.post(url, data)
    assert response.status_code == 400
    body = response.content.decode()
    assert XSS[0] not in body and XSS[1] not in body
    assert escape(XSS[0]) in body
    assert not soup(response).select("[onerror]")
    assert model.objects.count() == before


@pytest.mark.parametrize("kind", ["inquiry", "registration"])
def test_stored_script_is_shown_escaped_to_staff(client, site_pages, open_event, kind, admin_user):
    url = form_page(client, site_pages, open_event, "vi", kind)
    _, make_data, model = FORMS[kind]
    response = client.post(url, make_data(soup(client.get(url)), organization=XSS[1]))
    assert response.status_code == 302
    record = model.objects.get(organization=XSS[1])  # stored as typed: it is only text
    client.force_login(admin_user)
    listing = "inquiries" if kind == "inquiry" else "registrations"
    for admin_url in (f"/admin/{listing}/", f"/admin/{listing}/inspect/{record.pk}/"):
        page = client.get(admin_url)
        assert page.status_code == 200
        assert XSS[1] not in page.content.decode()
        assert not soup(page).select("img[onerror]")


@pytest.mark.parametrize("kind", ["inquiry", "registration"])
def test_absurdly_long_fields_are_refused_and_nothing_is_saved(
    client, site_pages, open_event, kind
):
    url = form_page(client, site_pages, open_event, "vi", kind)
    _, make_data, model = FORMS[kind]
    before = model.objects.count()
    long = "A" * 100_000
    data = make_data(
        soup(client.get(url)),
        organization=long,
        contact_name=long,
        email=("a" * 5000) + "@example.vn",
        phone="9" * 5000,
        message=long,
    )
    response = client.post(url, data)
    assert response.status_code == 400
    assert soup(response).select(".errorlist, .form-errors, [aria-invalid=true]")
    assert model.objects.count() == before


@pytest.mark.parametrize("kind", ["inquiry", "registration"])
def test_bodies_over_the_upload_limit_are_refused_cleanly(
    client, site_pages, open_event, kind, settings
):
    url = form_page(client, site_pages, open_event, "vi", kind)
    _, make_data, model = FORMS[kind]
    before = model.objects.count()
    data = make_data(
        soup(client.get(url)), message="x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    )
    response = client.post(url, data)
    assert response.status_code in (400, 413)
    assert soup(response).html["lang"] == "vi"  # a page, not a bare error
    assert model.objects.count() == before
    # So is a flood of fields.
    flood = {f"f{i}": "1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 10)}
    response = client.post(url, {**make_data(soup(client.get(url))), **flood})
    assert response.status_code == 400
    assert model.objects.count() == before


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["inquiry", "registration"])
@pytest.mark.parametrize("token", [None, "wrong"])
def test_forms_without_a_valid_csrf_token_are_refused_in_the_reader_language(
    site_pages, open_event, language, kind, token
):
    browser = Client(enforce_csrf_checks=True)
    url = form_page(browser, site_pages, open_event, language, kind)
    _, make_data, model = FORMS[kind]
    before = model.objects.count()
    data = make_data(soup(browser.get(url)))
    if token is None:
        data.pop("csrfmiddlewaretoken", None)
    else:
        data["csrfmiddlewaretoken"] = "x" * 64
    response = browser.post(url, data)
    assert response.status_code == 403
    page = soup(response)
    assert page.html["lang"] == language
    with translation.override(language):
        assert page.h1.text.strip() == translation.gettext("The form could not be sent")
    assert model.objects.count() == before

    # The same browser, with the token from its own form, gets through.
    form = soup(browser.get(url))
    data = make_data(
        form, csrfmiddlewaretoken=form.select_one('input[name="csrfmiddlewaretoken"]')["value"]
    )
    assert browser.post(url, data).status_code == 302
    assert model.objects.count() == before + 1


# --- Cancel links --------------------------------------------------------------------------


@pytest.fixture
def registration(demo):
    return (
        Registration.objects.filter(anonymized=False)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )


def forged_tokens(registration):
    other_key = signing.dumps(registration.code, salt="events.cancel", key="not-our-secret")
    genuine = cancel_token(registration)
    return [
        other_key,
        genuine[:-3] + ("AAA" if not genuine.endswith("AAA") else "BBB"),  # tampered signature
        signing.dumps(registration.code, salt="another-purpose"),
        registration.code,
        "a:b:c",
        ":::",
        "x" * 5000,
        "Đăng ký",
        "' OR 1=1 --",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_forged_or_malformed_cancel_links_cancel_nothing(client, registration, language):
    prefix = "" if language == "vi" else "/en"
    for token in forged_tokens(registration):
        url = f"{prefix}/registration/cancel/{quote(token, safe='')}/"
        for response in (client.get(url), client.post(url)):
            assert response.status_code == 404, (token[:40], response.status_code)
            page = soup(response)
            assert page.html["lang"] == language and page.h1
    registration.refresh_from_db()
    assert registration.status != RegistrationStatus.CANCELLED


# --- Login lockout (django-axes) -----------------------------------------------------------


def sign_in(client, username, password, address="203.0.113.7", forwarded=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)


@pytest.fixture
def staff_accounts(db):
    User = get_user_model()
    return (
        User.objects.create_superuser("lan", "lan@example.com", "right-horse-battery"),
        User.objects.create_superuser("minh", "minh@example.com", "other-horse-battery"),
    )


def test_five_wrong_passwords_lock_that_account_from_that_address(client, staff_accounts):
    for attempt in range(4):
        response = sign_in(client, "lan", f"wrong-{attempt}")
        assert response.status_code == 200, attempt  # the form again, with its error
    locked = sign_in(client, "lan", "wrong-4")
    assert locked.status_code == 429
    page = soup(locked)
    assert page.html["lang"] == "vi"  # the admin's language for a stranger
    with translation.override("vi"):
        assert page.h1.text.strip() == translation.gettext("Sign-in temporarily locked")
    assert "60" in page.text  # minutes to wait

    # Now even the right password is refused, and nobody is signed in.
    right = sign_in(client, "lan", "right-horse-battery")
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302

    # Another member of staff at the same address is not affected...
    other = Client()
    assert sign_in(other, "minh", "other-horse-battery").status_code == 302
    assert other.get("/admin/").status_code == 200
    # ...nor is the same account from another address.
    elsewhere = Client()
    assert (
        sign_in(elsewhere, "lan", "right-horse-battery", address="198.51.100.20").status_code == 302
    )


def test_behind_a_proxy_the_lockout_keys_on_the_address_the_proxy_saw(
    client, staff_accounts, settings
):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    proxy = "10.0.0.2"
    for attempt in range(5):
        # The client varies what it claims; the proxy appends the real address last.
        sign_in(client, "lan", "wrong", address=proxy, forwarded=f"192.0.2.{attempt}, 203.0.113.50")
    assert (
        sign_in(
            client,
            "lan",
            "right-horse-battery",
            address=proxy,
            forwarded="192.0.2.99, 203.0.113.50",
        ).status_code
        == 429
    )
    # Another reader behind the same proxy is a different address.
    assert (
        sign_in(
            Client(), "lan", "right-horse-battery", address=proxy, forwarded="203.0.113.51"
        ).status_code
        == 302
    )


def test_a_successful_sign_in_resets_the_count(client, staff_accounts):
    for _ in range(4):
        sign_in(client, "lan", "wrong")
    assert sign_in(client, "lan", "right-horse-battery").status_code == 302
    fresh = Client()
    for _ in range(4):
        assert sign_in(fresh, "lan", "wrong").status_code == 200


# --- Request ids and logs -----------------------------------------------------------------


def console_output():
    """The stream of the console handler that settings.LOGGING installs on the root logger."""
    handler = next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.StreamHandler)
        and any(type(f).__name__ == "CorrelationId" for f in h.filters)
    )
    stream = io.StringIO()
    return handler, stream


def test_every_response_carries_a_request_id_and_honours_the_proxy_one(client):
    generated = client.get("/")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", generated)
    assert client.get("/")["X-Request-ID"] != generated
    from_proxy = uuid.uuid4().hex
    assert client.get("/", HTTP_X_REQUEST_ID=from_proxy)["X-Request-ID"] == from_proxy
    # Anything but an id is replaced: the header cannot write into the log lines.
    forged = client.get("/", HTTP_X_REQUEST_ID="abc\n2026 ERROR forged")["X-Request-ID"]
    assert "forged" not in forged and re.fullmatch(r"[0-9a-f]{32}", forged)


def test_a_server_error_is_logged_with_the_request_id_and_without_the_body(site_pages, open_event):
    handler, stream = console_output()
    browser = Client(raise_request_exception=False)
    url = open_event.url
    data = registration_data(soup(browser.get(url)), email="secret.person@example.vn")
    request_id = uuid.uuid4().hex
    with (
        mock.patch.object(handler, "stream", stream),
        mock.patch("events.views.take_seats", side_effect=RuntimeError("boom")),
    ):
        response = browser.post(url, data, HTTP_X_REQUEST_ID=request_id)
    assert response.status_code == 500
    assert response["X-Request-ID"] == request_id
    output = stream.getvalue()
    assert f"[{request_id}]" in output and "Internal Server Error" in output
    assert "secret.person" not in output and "Trần Văn Minh" not in output


@pytest.mark.parametrize("kind", ["inquiry", "registration"])
def test_taking_an_inquiry_or_registration_logs_no_personal_data(
    client, site_pages, open_event, kind, caplog, django_capture_on_commit_callbacks
):
    url = form_page(client, site_pages, open_event, "vi", kind)
    _, make_data, model = FORMS[kind]
    data = make_data(soup(client.get(url)), email="private.reader@example.vn")
    with caplog.at_level(logging.DEBUG), django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    assert model.objects.filter(email="private.reader@example.vn").exists()
    logged = caplog.text + " ".join(str(r.args) for r in caplog.records)
    for value in ("private.reader", data["contact_name"], "0912"):
        assert value not in logged, value


@pytest.mark.parametrize(
    "query", ["lan@nongsansach.example.vn", "0912 345 678", "0912.345.678", "034095001234"]
)
def test_search_terms_that_are_personal_data_stay_out_of_the_report(client, query):
    assert client.get("/search/", {"q": query}).status_code == 200
    assert client.get("/search/", {"q": "khoa học"}).status_code == 200
    logged = list(SearchQueryLog.objects.values_list("query", flat=True))
    assert "khoa hoc" in logged
    assert not [q for q in logged if any(part in q for part in ("nongsansach", "345", "0340"))]
