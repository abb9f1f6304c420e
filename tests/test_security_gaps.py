"""Issue 13, "Security gaps found": each gap through the public surface."""

import io
import logging
import struct
import zlib
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation
from wagtail.models import Collection

from core import logs
from core.models import CustomDocument, CustomImage
from core.roles import EDITORS

pytestmark = pytest.mark.django_db

RIGHT = "right-horse-battery"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def staff_accounts(db):
    User = get_user_model()
    return (
        User.objects.create_superuser("lan", "lan@example.com", RIGHT),
        User.objects.create_superuser("minh", "minh@example.com", "other-horse-battery"),
    )


def sign_in(client, username, password, address, **headers):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


# --- One account locked whatever the addresses -----------------------------------------


def test_wrong_passwords_for_one_account_from_many_addresses_lock_that_account(
    client, staff_accounts, settings
):
    assert settings.LOGIN_LOCKOUTS[-1] == (["username"], 20)
    # 4 tries from each of 25 addresses: never 5 from one address, 100 in all.
    for n in range(100):
        response = sign_in(Client(), "lan", f"guess-{n}", f"198.51.100.{n // 4}")
        if response.status_code == 429:
            break
    assert n + 1 == 20  # the 20th wrong password locks the account
    # Even the right password, from an address never seen, is refused with the page.
    locked = sign_in(client, "lan", RIGHT, "203.0.113.200")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    page = soup(locked)
    assert page.html["lang"] == "vi"
    with translation.override("vi"):
        assert page.h1.text.strip() == translation.gettext("Sign-in temporarily locked")
        expected = translation.ngettext(
            "After %(limit)s wrong password for this account from your connection, or "
            "%(account_limit)s from any connection, signing in is locked.",
            "After %(limit)s wrong passwords for this account from your connection, or "
            "%(account_limit)s from any connection, signing in is locked.",
            5,
        ) % {"limit": 5, "account_limit": 20}
    assert expected in " ".join(page.text.split())
    # Another account signs in, from one of the attackers' addresses too.
    other = Client()
    assert sign_in(other, "minh", "other-horse-battery", "198.51.100.3").status_code == 302
    assert other.get("/admin/").status_code == 200


def test_a_few_mistakes_from_several_places_lock_nothing(client, staff_accounts):
    for n in range(12):
        assert sign_in(Client(), "lan", "typo", f"198.51.100.{n // 3}").status_code == 200
    assert sign_in(client, "lan", RIGHT, "198.51.100.99").status_code == 302


# --- Forwarding headers only from our proxies ------------------------------------------


def test_a_client_reaching_the_app_directly_cannot_forge_its_address(staff_accounts, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    settings.TRUSTED_PROXY_COUNT = 1  # the former setting, which trusted anyone's header
    for n in range(5):
        sign_in(Client(), "lan", "wrong", "203.0.113.9", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    again = sign_in(Client(), "lan", RIGHT, "203.0.113.9", HTTP_X_FORWARDED_FOR="192.0.2.77")
    assert again.status_code == 429
    # Through the proxy, the address it saw counts: this reader is not locked.
    proxied = sign_in(Client(), "lan", RIGHT, "10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert proxied.status_code == 302


def test_behind_two_proxies_the_address_the_outer_one_saw_counts(staff_accounts, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    for n in range(5):
        # The client forges the left part; the load balancer (10.0.0.3) appended the real one.
        chain = f"192.0.2.{n}, 198.51.100.7, 10.0.0.3"
        sign_in(Client(), "lan", "wrong", "10.0.0.2", HTTP_X_FORWARDED_FOR=chain)
    chain = "192.0.2.50, 198.51.100.7, 10.0.0.3"
    assert (
        sign_in(Client(), "lan", RIGHT, "10.0.0.2", HTTP_X_FORWARDED_FOR=chain).status_code == 429
    )
    chain = "198.51.100.8, 10.0.0.3"
    assert (
        sign_in(Client(), "lan", RIGHT, "10.0.0.2", HTTP_X_FORWARDED_FOR=chain).status_code == 302
    )


def test_the_https_header_counts_only_from_a_trusted_proxy(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    forged = client.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_PROTO="https")
    assert forged.status_code == 301 and forged["Location"] == "https://testserver/"
    proxied = Client().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_PROTO="https")
    assert proxied.status_code == 200


# --- The API refuses out-of-range paging with 400 --------------------------------------


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("parameter", ["offset", "limit"])
@pytest.mark.parametrize(
    "value", ["9223372036854775808", "99999999999999999999999", "-1", "abc", "1e3", ""]
)
def test_the_api_answers_400_for_out_of_range_paging(endpoint, parameter, value):
    response = Client(raise_request_exception=False).get(f"/api/v2/{endpoint}/", {parameter: value})
    assert response.status_code == 400, response.content[:300]
    assert parameter in response.json()["message"]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_the_api_still_pages_normally(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/", {"offset": "1", "limit": "2"})
    assert response.status_code == 200
    assert len(response.json()["items"]) <= 2
    assert client.get(f"/api/v2/{endpoint}/", {"offset": "2147483647"}).json()["items"] == []


# --- Uploads: decompression bombs, PDFs that run code -------------------------------------


def png_header(width, height):
    """A PNG that claims a size: Pillow reads only the header to know it."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_user("bientap", "bt@example.com", "pw")
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return user


def upload(client, kind, name, content):
    url = "/admin/images/add/" if kind == "image" else "/admin/documents/add/"
    data = {
        "title": name,
        "description": name,
        "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(name, content),
    }
    return client.post(url, data)


def file_errors(response):
    return " ".join(str(e) for e in response.context["form"].errors.get("file", []))


@pytest.mark.parametrize(
    "size",
    [(30_000, 30_000), (9_000, 9_000)],  # over Pillow's bomb limit; over ours only
)
def test_an_image_with_too_many_pixels_gets_a_form_error_in_vietnamese(client, editor, size):
    before = CustomImage.objects.count()
    response = upload(client, "image", "bom.png", png_header(*size))
    assert response.status_code == 200
    with translation.override("vi"):
        expected = translation.gettext(
            "This image has too many pixels: at most %(megapixels)s million. "
            "Make it smaller and upload it again."
        ) % {"megapixels": 64}
    assert expected.startswith("Ảnh này có quá nhiều điểm ảnh")
    assert expected in file_errors(response)
    multiple = client.post(
        "/admin/images/multiple/add/",
        {
            "files[]": SimpleUploadedFile("bom.png", png_header(*size)),
            "collection": Collection.get_first_root_node().pk,
        },
    ).json()
    assert multiple["success"] is False and expected in multiple["error_message"]
    assert CustomImage.objects.count() == before


def pdf(*objects: bytes) -> bytes:
    body = b"".join(b"%d 0 obj\n%s\nendobj\n" % (n, obj) for n, obj in enumerate(objects, 1))
    return b"%PDF-1.7\n" + body + b"trailer<</Root 1 0 R>>\n%%EOF\n"


def object_stream(inner: bytes) -> bytes:
    data = zlib.compress(b"3 0 " + inner)
    return b"<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length %d>>stream\n%s\nendstream" % (
        len(data),
        data,
    )


PAGES = b"<</Type/Pages/Kids[]/Count 0>>"
ACTIVE_PDFS = {
    "open-action-js": pdf(
        b"<</Type/Catalog/Pages 2 0 R/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>", PAGES
    ),
    "launch": pdf(b"<</Type/Catalog/Pages 2 0 R/OpenAction<</S/Launch/F(cmd.exe)>>>>", PAGES),
    "escaped-name": pdf(
        b"<</Type/Catalog/Pages 2 0 R/OpenAction<</S/Java#53cript/J#53(app.alert(1))>>>>",
        PAGES,
    ),
    "in-object-stream": pdf(
        b"<</Type/Catalog/Pages 2 0 R/OpenAction 3 0 R>>",
        PAGES,
        object_stream(b"<</S/JavaScript/JS(app.alert(1))>>"),
    ),
}


@pytest.mark.parametrize("name", ACTIVE_PDFS)
def test_a_pdf_that_runs_code_is_refused_with_a_clear_message(client, editor, name):
    response = upload(client, "document", f"{name}.pdf", ACTIVE_PDFS[name])
    assert response.status_code == 200
    with translation.override("vi"):
        expected = translation.gettext(
            "This PDF contains scripts or actions that open programs. Save it again without "
            "them (for example with “Print to PDF”) and upload it again."
        )
    assert expected.startswith("Tệp PDF này") and expected in file_errors(response)
    assert not CustomDocument.objects.filter(title=f"{name}.pdf").exists()


def test_a_plain_pdf_with_links_and_compressed_pages_is_accepted(client, editor):
    content = pdf(
        b"<</Type/Catalog/Pages 2 0 R/OpenAction[3 0 R/Fit]>>",
        PAGES,
        object_stream(b"<</Type/Page/Annots[<</S/URI/URI(https://example.vn/JS)>>]>>"),
    )
    response = upload(client, "document", "quyet-dinh.pdf", content)
    assert response.status_code == 302, file_errors(response)
    served = client.get(CustomDocument.objects.get(title="quyet-dinh.pdf").url)
    assert served["Content-Disposition"].startswith("inline")


# --- Bad Host headers: 400, one short counted line --------------------------------------


def console_handler():
    return next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.StreamHandler)
        and any(type(f).__name__ == "CorrelationId" for f in h.filters)
    )


def test_bad_host_headers_get_400_and_one_short_line_a_minute():
    host_filter = next(
        f
        for f in logging.getLogger("django.security.DisallowedHost").filters
        if isinstance(f, logs.DisallowedHostFilter)
    )
    host_filter.last_line, host_filter.refused = float("-inf"), 0
    stream = io.StringIO()
    browser = Client(raise_request_exception=False)
    clock = [1000.0]
    with (
        mock.patch.object(console_handler(), "stream", stream),
        mock.patch.object(logs.time, "monotonic", lambda: clock[0]),
    ):
        for n in range(30):
            assert browser.get("/", HTTP_HOST=f"scan{n}.example").status_code == 400
        first = stream.getvalue()
        clock[0] += 61
        assert browser.get("/en/", HTTP_HOST="evil.example").status_code == 400
    lines = first.splitlines()
    assert len(lines) == 1, first
    assert "WARNING" in lines[0] and "Refused 1 request(s)" in lines[0]
    assert "scan0.example" in lines[0]
    assert "Traceback" not in first
    later = stream.getvalue()[len(first) :].splitlines()
    assert len(later) == 1 and "Refused 30 request(s)" in later[0] and "evil.example" in later[0]
