"""The "I am interested" form: stored, notified, confirmed, guarded; the staff's list."""

import datetime
import io
import re
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook

from core.outbox import OutgoingEmail
from core.roles import EDITORS, MODERATORS, SHOWCASE_MANAGERS
from showcase.models import Inquiry, OcopProductPage, TechnologyPage
from tests import factories

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def product(demo):
    return (
        OcopProductPage.objects.filter(locale=demo["vi"], live=True)
        .exclude(contact_email="")
        .first()
    )


def form_data(page_soup, **overrides):
    data = {
        "form_token": page_soup.select_one('input[name="form_token"]')["value"],
        "organization": "Công ty TNHH Nông sản Sạch",
        "contact_name": "Nguyễn Thị Lan",
        "email": "lan@nongsansach.example.vn",
        "phone": "0912 345 678",
        "need": "buy",
        "message": "Chúng tôi muốn đặt 500 hộp cho dịp Tết.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_form_is_on_every_entry_with_an_unticked_consent_and_policy_link(client, product):
    page = soup(client.get(product.url))
    form = page.select_one("#inquiry form")
    assert form["method"] == "post"
    consent = form.select_one('input[name="consent"]')
    assert consent["type"] == "checkbox" and not consent.has_attr("checked")
    policy = form.select_one('label[for="id_consent"] a')
    assert policy["href"] == "/chinh-sach-bao-ve-du-lieu-ca-nhan/"
    for name in ("organization", "contact_name", "email", "phone", "need", "message"):
        field = form.select_one(f'[name="{name}"]')
        assert page.select_one(f'label[for="{field["id"]}"]'), f"{name} has a label"


def test_inquiry_is_stored_notified_and_confirmed(
    client, product, settings, django_capture_on_commit_callbacks
):
    settings.SHOWCASE_STAFF_EMAILS = ["thitruong@sokhcn.example.gov.vn"]
    page = soup(client.get(product.url))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(product.url, form_data(page))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert response["Location"] == f"{product.url}?inquiry={inquiry.reference}#inquiry"
    assert inquiry.entry_id == product.pk and inquiry.language == "vi"
    assert inquiry.phone == "0912345678"
    assert inquiry.consent and inquiry.consent_at and inquiry.privacy_notice_version == "1.0"
    assert inquiry.status == "new"
    # One email per recipient: the business's acknowledgement, then the owner and staff.
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert len(mail.outbox) == 3
    for address in (product.contact_email, "thitruong@sokhcn.example.gov.vn"):
        notification = by_recipient[address]
        assert inquiry.reference in notification.subject
        assert "Nguyễn Thị Lan" in notification.body and product.title in notification.body
        # "Reply" reaches the business; the sender reads as the Department.
        assert notification.reply_to == [inquiry.email]
        assert notification.from_email.startswith("Sở Khoa học và Công nghệ")
    acknowledgement = by_recipient[inquiry.email]
    assert inquiry.reference in acknowledgement.subject
    assert "Kính gửi Nguyễn Thị Lan" in acknowledgement.body
    assert inquiry.message in acknowledgement.body
    assert "http://testserver/inquiry/withdraw/" in acknowledgement.body

    confirmation = soup(client.get(response["Location"]))
    assert inquiry.reference in confirmation.select_one(".confirmation").text
    assert not confirmation.select_one("#inquiry form")


def test_english_inquiry_is_filed_under_the_entry_in_english(client, demo):
    technology = TechnologyPage.objects.filter(locale=demo["en"]).first()
    page = soup(client.get(technology.url))
    response = client.post(technology.url, form_data(page, need="license"))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.language == "en"
    assert inquiry.entry_id == technology.get_translation(demo["vi"]).pk
    assert "Thank you" in soup(client.get(response["Location"])).select_one(".confirmation").text


def test_resubmitting_the_same_form_makes_one_inquiry(client, product):
    data = form_data(soup(client.get(product.url)))
    first = client.post(product.url, data)
    second = client.post(product.url, data)  # double click, or back and submit
    assert Inquiry.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_honeypot_stores_nothing(client, product):
    response = client.post(
        product.url, form_data(soup(client.get(product.url)), website="http://spam.example")
    )
    assert response.status_code == 302
    assert not Inquiry.objects.exists()


def test_rate_limit_per_address(client, product):
    for _n in range(5):
        client.post(product.url, form_data(soup(client.get(product.url))))
    assert Inquiry.objects.count() == 5
    response = client.post(product.url, form_data(soup(client.get(product.url))))
    assert response.status_code == 400
    assert "chờ" in soup(response).select_one(".error-summary").text
    assert Inquiry.objects.count() == 5


@pytest.mark.parametrize(
    ("field", "value", "message_vi", "message_en"),
    [
        (
            "consent",
            None,
            "Chúng tôi chỉ có thể xử lý yêu cầu khi bạn đồng ý",
            "We can only handle your request with your consent",
        ),
        ("email", "khong-phai-email", "địa chỉ email hợp lệ", "valid email address"),
        ("phone", "12345", "số điện thoại", "Vietnamese phone number"),
        ("phone", "0912abc678", "số điện thoại", "Vietnamese phone number"),
        ("organization", "", "bắt buộc", "required"),
        ("organization", "A" * 10000, "tối đa", "at most"),
        ("message", "ngắn", "ít nhất", "at least"),
        ("need", "steal", "lựa chọn hợp lệ", "valid choice"),
    ],
)
def test_bad_input_gets_a_clear_message_in_the_reader_language(
    client, demo, field, value, message_vi, message_en
):
    for locale, expected in (("vi", message_vi), ("en", message_en)):
        entry = OcopProductPage.objects.filter(locale=demo[locale]).first()
        page = soup(client.get(entry.url))
        data = form_data(page, **{field: value})
        if value is None:
            data.pop(field, None)
        response = client.post(entry.url, data)
        assert response.status_code == 400
        result = soup(response)
        summary = result.select_one(".error-summary")
        assert summary["role"] == "alert"
        assert expected.lower() in summary.text.lower(), summary.text
        # What the business typed is kept.
        assert result.select_one('input[name="contact_name"]')["value"] == "Nguyễn Thị Lan"
        if field != "consent":
            control = result.select_one(f'[name="{field}"]')
            assert control["aria-invalid"] == "true"
            assert f"id_{field}_error" in control["aria-describedby"]
    assert not Inquiry.objects.exists()


def test_emoji_and_control_characters_are_handled(client, product):
    data = form_data(
        soup(client.get(product.url)),
        message="Quan tâm 🌿🥭 sản phẩm\x00\x07 này, xin báo giá.",
        organization="HTX 🌾 Xanh",
    )
    assert client.post(product.url, data).status_code == 302
    inquiry = Inquiry.objects.get()
    assert "\x00" not in inquiry.message and "🌿" in inquiry.message


def test_a_failing_mail_server_loses_nothing(client, product, django_capture_on_commit_callbacks):
    with (
        mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=ConnectionRefusedError,
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(product.url, form_data(soup(client.get(product.url))))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert soup(client.get(response["Location"])).select_one(".confirmation")
    # Every email waits in the outbox for its next try (core/tests/test_outbox.py).
    emails = OutgoingEmail.objects.about(Inquiry.objects.filter(pk=inquiry.pk))
    assert emails.count() == 3  # the business, the entry's contact, the agency's address
    assert {e.status for e in emails} == {"queued"} and {e.attempts for e in emails} == {1}
    assert all("ConnectionRefusedError" in e.last_error for e in emails)


# --- Staff -----------------------------------------------------------------------------


def staff(group):
    user = get_user_model().objects.create_user(group.replace(" ", ""), "s@example.com", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def inquiry(product):
    return Inquiry.objects.create(
        entry=product,
        organization='=HYPERLINK("http://evil.example")',
        contact_name="+Trần Văn Bình",
        email="binh@example.vn",
        phone="0912345678",
        need="buy",
        message="@SUM(1+1)",
        language="vi",
        consent=True,
        consent_at=timezone.now(),
        privacy_notice_version="1.0",
        form_token="t1",
    )


@pytest.mark.parametrize(
    ("group", "allowed"), [(SHOWCASE_MANAGERS, True), (EDITORS, False), (MODERATORS, False)]
)
def test_only_showcase_managers_see_inquiries(client, inquiry, group, allowed):
    client.force_login(staff(group))
    response = client.get("/admin/inquiries/")
    if allowed:
        assert response.status_code == 200
        assert inquiry.reference in response.content.decode()
    else:
        assert response.status_code in (302, 403)
        assert inquiry.reference not in response.content.decode()


def test_inquiries_filter_by_status_and_entry(client, inquiry, product):
    client.force_login(staff(SHOWCASE_MANAGERS))
    assert (
        inquiry.reference
        in client.get(f"/admin/inquiries/?status=new&entry={product.pk}").content.decode()
    )
    assert inquiry.reference not in client.get("/admin/inquiries/?status=closed").content.decode()


def test_csv_export_has_a_bom_and_no_formulas(client, inquiry):
    client.force_login(staff(SHOWCASE_MANAGERS))
    response = client.get("/admin/inquiries/?export=csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    assert "'=HYPERLINK" in text and "'+Trần Văn Bình" in text and "'@SUM(1+1)" in text
    assert ",=HYPERLINK" not in text


def test_excel_export_has_no_formulas(client, inquiry):
    client.force_login(staff(SHOWCASE_MANAGERS))
    response = client.get("/admin/inquiries/?export=xlsx")
    workbook = load_workbook(
        io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)
    )
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert '\'=HYPERLINK("http://evil.example")' in values
    assert all(not (isinstance(v, str) and v.startswith("=")) for v in values)


# --- Acknowledgement, withdrawal and retention -------------------------------------------


def test_the_business_withdraws_consent_from_its_acknowledgement(
    client, product, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(product.url, form_data(soup(client.get(product.url))))
    inquiry = Inquiry.objects.get()
    acknowledgement = next(m for m in mail.outbox if m.to == [inquiry.email])
    link = re.search(r"http://testserver(/inquiry/withdraw/\S+)", acknowledgement.body).group(1)
    # Mail scanners follow links: a GET only asks.
    page = soup(client.get(link))
    assert inquiry.reference in page.select_one("main").text
    inquiry.refresh_from_db()
    assert not inquiry.anonymized
    done = soup(client.post(link))
    assert "đã được rút lại" in done.select_one(".confirmation").text
    inquiry.refresh_from_db()
    assert inquiry.anonymized and inquiry.consent_withdrawn_at
    assert inquiry.email == "anonymized@invalid" and inquiry.message == ""
    assert not OutgoingEmail.objects.about(Inquiry.objects.filter(pk=inquiry.pk)).exists()
    assert client.get("/inquiry/withdraw/forged/").status_code == 404


def test_retention_anonymizes_inquiries_after_closing_or_after_their_period(product, settings):
    now = timezone.now()

    def make(email, **fields):
        return factories.inquiry(product, form_token=email, email=email, **fields)

    closed_long_ago = make("a@x.vn", status="closed")
    Inquiry.objects.filter(pk=closed_long_ago.pk).update(
        closed_at=now - datetime.timedelta(days=31 * 7)
    )
    closed_recently = make("b@x.vn", status="closed")
    open_but_old = make("c@x.vn", created_at=now - datetime.timedelta(days=31 * 25))
    open_and_recent = make("d@x.vn", created_at=now - datetime.timedelta(days=31 * 7))
    call_command("apply_retention", verbosity=0)
    call_command("apply_retention", verbosity=0)  # idempotent
    state = dict(Inquiry.objects.values_list("pk", "anonymized"))
    assert state[closed_long_ago.pk] and state[open_but_old.pk]
    assert not state[closed_recently.pk] and not state[open_and_recent.pk]
    reopened = Inquiry.objects.get(pk=closed_recently.pk)
    reopened.status = "answered"
    reopened.save()
    assert reopened.closed_at is None
