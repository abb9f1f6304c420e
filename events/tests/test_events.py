"""Events: calendar views, iCalendar, JSON-LD, registration rules, emails, staff."""

import datetime
import json
import re
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from core.demo import translate
from core.roles import EDITORS, EVENT_MANAGERS, MODERATORS, SHOWCASE_MANAGERS
from core.validators import example_tax_code
from events.models import EventPage, Registration, RegistrationStatus
from events.tokens import cancel_token
from tests import events_factories as ef
from tests import factories

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def site(db):
    # Focused set-up: a fresh calendar, and none of the demo's registrations.
    ef.delete_all_registrations()
    home = factories.site_with_home()
    return ef.calendar(home)


def form_data(page_soup, **overrides):
    data = {
        "form_token": page_soup.select_one('#registration input[name="form_token"]')["value"],
        "registrant_type": "organization",
        "organization": "Công ty Cổ phần Cơ khí Phố Hiến",
        "tax_code": "0900123452",
        "sector": "Cơ khí",
        "contact_name": "Trần Văn Minh",
        "position": "Giám đốc",
        "email": "minh@cokhiphohien.example.vn",
        "phone": "0912 345 678",
        "attendees": "2",
        "note": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def register(client, event, **overrides):
    page = soup(client.get(event.url))
    return client.post(event.url, form_data(page, **overrides))


# --- Calendar --------------------------------------------------------------------------


def test_upcoming_list_archive_and_type_filter(client, site):
    training = ef.event(site, "Tập huấn A", days=5)
    fair = ef.event(site, "Chợ công nghệ B", days=2, event_type="fair")
    past = ef.event(site, "Hội thảo cũ", days=-30, event_type="workshop")
    upcoming = [a.text for a in soup(client.get("/su-kien/")).select(".event-card h3 a")]
    assert upcoming == [fair.title, training.title]
    assert [a.text for a in soup(client.get("/su-kien/?type=fair")).select(".event-card h3 a")] == [
        fair.title
    ]
    archive = [a.text for a in soup(client.get("/su-kien/archive/")).select(".event-card h3 a")]
    assert archive == [past.title]
    assert client.get("/su-kien/?type=<script>").status_code == 200


def test_month_view_is_an_accessible_table_in_the_reader_language(client, site):
    event = ef.event(site, "Chợ công nghệ tháng", days=3, event_type="fair")
    day = timezone.localdate(event.start)
    response = client.get(f"/su-kien/{day.year}/{day.month}/")
    page = soup(response)
    table = page.select_one("table.month")
    assert table.caption and [th["scope"] for th in table.select("thead th")] == ["col"] * 7
    assert table.select("thead th")[0].text.strip() == "Thứ 2"  # Monday, in Vietnamese
    cell_links = [a.text for a in table.select("td a.month__event")]
    assert any(event.title.startswith(text.rstrip(" …")) for text in cell_links)
    assert f"tháng {day.month}" in page.select_one("#month-title").text.lower()
    previous = page.select_one('.month-nav a[rel="prev"]')["href"]
    assert re.search(r"/su-kien/\d{4}/\d{1,2}/$", previous)
    assert client.get("/su-kien/2026/13/").status_code == 404
    assert client.get("/su-kien/99999/1/").status_code == 404


def test_month_view_in_english(client, demo):
    today = timezone.localdate()
    response = client.get(f"/en/events/{today.year}/{today.month}/")
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("table.month thead th").text.strip() == "Mon"
    assert today.strftime("%B") in page.select_one("#month-title").text


# --- iCalendar -------------------------------------------------------------------------


def test_ics_times_are_utc_and_uid_is_stable(client, site):
    event = ef.event(site, "Kết nối cung cầu", days=7, hour=8, length_hours=3)
    response = client.get(f"{event.url}ical/")
    assert response["Content-Type"].startswith("text/calendar")
    vevent = Calendar.from_ical(response.content).walk("VEVENT")[0]
    start = vevent.decoded("dtstart")
    assert start.utcoffset() == datetime.timedelta(0)
    assert (start.hour, start.minute) == (1, 0)  # 08:00 in Hanoi is 01:00 UTC
    assert str(vevent["uid"]).startswith(str(event.ical_uid))
    assert vevent.decoded("dtstamp") and int(vevent["sequence"]) == 0
    assert str(vevent["status"]) == "CONFIRMED"

    # Moving the event raises SEQUENCE; the UID does not change.
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    event.save_revision().publish()
    vevent = Calendar.from_ical(client.get(f"{event.url}ical/").content).walk("VEVENT")[0]
    assert int(vevent["sequence"]) == 1
    assert str(vevent["uid"]).startswith(str(event.ical_uid))


def test_feed_keeps_cancelled_events_and_hides_drafts_and_private(client, site):
    public = ef.event(site, "Sự kiện công khai", days=4)
    cancelled = ef.event(site, "Sự kiện bị hủy", days=6)
    cancelled.status = "cancelled"
    cancelled.save_revision().publish()
    draft = ef.event(site, "Bản nháp", days=8)
    draft.unpublish()
    private = ef.event(site, "Nội bộ", days=9)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    Registration.objects.create(
        event=public,
        status="confirmed",
        organization="Bí mật Co",
        tax_code="0101010117",
        contact_name="Người A",
        email="a@example.com",
        phone="0912000000",
        attendees=1,
        language="vi",
        consent=True,
        consent_at=timezone.now(),
        privacy_notice_version="1.0",
    )
    response = client.get("/su-kien/ical/")
    cal = Calendar.from_ical(response.content)
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {public.title, cancelled.title}
    assert str(events[cancelled.title]["status"]) == "CANCELLED"
    text = response.content.decode()
    assert "Bí mật Co" not in text and "a@example.com" not in text
    page = soup(client.get("/su-kien/"))
    assert page.select_one('link[rel="alternate"][type="text/calendar"]')["href"] == (
        "/su-kien/ical/"
    )


def test_all_day_event_uses_dates(client, site):
    event = ef.event(site, "Ngày hội cả ngày", days=12, all_day=True, length_hours=30)
    vevent = Calendar.from_ical(client.get(f"{event.url}ical/").content).walk("VEVENT")[0]
    assert vevent.decoded("dtstart") == timezone.localdate(event.start)
    assert isinstance(vevent.decoded("dtend"), datetime.date)


def test_all_day_event_json_ld_gives_the_local_dates(client, site):
    # Midnight in Hanoi is 17:00 UTC the day before: JSON-LD must not give the UTC date.
    today = timezone.localdate()
    christmas = datetime.date(today.year + (today >= datetime.date(today.year, 12, 24)), 12, 25)
    days = (christmas - today).days
    event = ef.event(site, "Ngày hội Giáng sinh", days=days, hour=0, length_hours=47, all_day=True)
    page = soup(client.get(event.url))
    assert page.select_one(".particulars time")["datetime"] == christmas.isoformat()
    assert "25/12" in page.select_one(".particulars time").text
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["startDate"] == christmas.isoformat()
    assert data["endDate"] == (christmas + datetime.timedelta(days=1)).isoformat()


# --- Event page, JSON-LD ---------------------------------------------------------------


def test_event_page_json_ld_and_status_words(client, site):
    event = ef.event(
        site,
        "Hội chợ OCOP",
        days=10,
        capacity=60,
        closes_days=8,
        online_url="https://meet.example.vn/ocop",
        event_type="fair",
    )
    page = soup(client.get(event.url))
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Event"
    assert data["startDate"].endswith("+07:00")
    assert data["eventAttendanceMode"].endswith("MixedEventAttendanceMode")
    assert {loc["@type"] for loc in data["location"]} == {"Place", "VirtualLocation"}
    assert data["eventStatus"].endswith("EventScheduled")
    assert data["offers"]["availability"].endswith("InStock")
    closes = timezone.localtime(event.registration_closes).strftime("%d/%m/%Y")
    status = page.select_one(".registration-status").text.strip()
    assert status == f"Đăng ký đến {closes}, còn 60/60 chỗ." or (
        closes in status and "60" in status
    )
    assert "openstreetmap.org" in page.select_one(".facts").decode()


def test_cancelled_event_says_so_and_takes_no_registration(client, site):
    event = ef.event(site, "Sự kiện sẽ hủy", days=10)
    event.status = "cancelled"
    event.status_note = "Sở sẽ thông báo lịch mới."
    event.save_revision().publish()
    page = soup(client.get(event.url))
    assert "đã bị hủy" in page.select_one(".event-alert").text
    assert page.select_one("#registration form") is None
    response = client.post(event.url, {"organization": "X"})
    assert response.status_code == 400
    assert not Registration.objects.exists()


# --- Registration rules ----------------------------------------------------------------


def test_register_confirm_email_and_cancel(client, site, django_capture_on_commit_callbacks):
    event = ef.event(site, "Tập huấn sở hữu trí tuệ", capacity=10)
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, event, attendees="3")
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == "confirmed" and registration.attendees == 3
    assert registration.consent and registration.consent_at
    assert registration.privacy_notice_version == "1.0" and not registration.news_consent
    assert response["Location"].endswith(f"?registered={registration.code}#registration")
    confirmation = soup(client.get(response["Location"])).select_one(".confirmation").text
    assert registration.code in confirmation

    message = mail.outbox[0]
    assert message.to == ["minh@cokhiphohien.example.vn"]
    assert "Đăng ký thành công" in message.subject and registration.code in message.subject
    assert event.title in message.body
    name, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar" and name.endswith(".ics")
    Calendar.from_ical(content)
    link = re.search(r"http://testserver(/registration/cancel/[^/\s]+/)", message.body).group(1)

    page = soup(client.get(link))
    assert registration.code in page.text and page.select_one("form")
    assert Registration.objects.get().status == "confirmed"  # GET does not cancel
    client.post(link)
    registration.refresh_from_db()
    assert registration.status == "cancelled"
    assert registration.consent_withdrawn_at is not None
    assert "còn 10/10 chỗ" in soup(client.get(event.url)).select_one(".registration-status").text


def test_forged_or_foreign_cancel_token_is_refused(client, site):
    event = ef.event(site, "Hội thảo", capacity=10)
    register(client, event)
    registration = Registration.objects.get()
    token = cancel_token(registration)
    for bad in (token[:-2] + "xx", "abc", token.replace(":", "-")):
        assert client.post(f"/registration/cancel/{bad}/").status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_english_registration_shares_seats_and_emails_in_english(
    client, site, django_capture_on_commit_callbacks
):
    event = ef.event(site, "Hội thảo thương mại hóa", capacity=5)
    english = translate(
        event,
        {
            "Hội thảo thương mại hóa": "Commercialization workshop",
            "hoi-thao-thuong-mai-hoa": "commercialization-workshop",
            "Giới thiệu: Hội thảo thương mại hóa": "About the workshop",
            "Sở Khoa học và Công nghệ": "Department of S and T",
            "Hội trường Sở": "Department hall",
        },
        event.get_default_locale().__class__.objects.get(language_code="en"),
    )
    register(client, event, attendees="3")
    with django_capture_on_commit_callbacks(execute=True):
        response = register(
            client, english, email="b@example.vn", tax_code="0900000059", attendees="2"
        )
    assert response.status_code == 302
    assert Registration.objects.filter(event=event, status="confirmed").count() == 2
    assert mail.outbox[-1].subject.startswith("Registration confirmed")
    assert "/en/registration/cancel/" in mail.outbox[-1].body
    full = soup(client.get(english.url)).select_one(".registration-status").text
    assert "waiting list" in full


def test_waitlist_then_promotion_first_come_first_served(
    client, site, django_capture_on_commit_callbacks
):
    event = ef.event(site, "Chợ công nghệ", capacity=3, max_per_registration=3)
    register(client, event, attendees="3", email="a@x.vn", tax_code="0900000027")
    response = register(client, event, attendees="2", email="b@x.vn", tax_code="0900000034")
    second = Registration.objects.get(email="b@x.vn")
    assert second.status == "waitlisted" and second.waitlist_position() == 1
    assert (
        "danh sách chờ" in soup(client.get(response["Location"])).select_one(".confirmation").text
    )
    register(client, event, attendees="1", email="c@x.vn", tax_code="0900000041")
    third = Registration.objects.get(email="c@x.vn")
    assert third.waitlist_position() == 2

    first = Registration.objects.get(email="a@x.vn")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/registration/cancel/{cancel_token(first)}/")
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == "confirmed" and third.status == "confirmed"
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert set(by_recipient) == {"a@x.vn", "b@x.vn", "c@x.vn"}
    # The one who cancelled is told so, with no calendar file; the others get their seat.
    assert by_recipient["a@x.vn"].subject.startswith("Đã hủy đăng ký")
    assert not by_recipient["a@x.vn"].attachments
    for address in ("b@x.vn", "c@x.vn"):
        assert "Đã có chỗ" in by_recipient[address].subject
        assert by_recipient[address].attachments[0][2] == "text/calendar"


def test_strict_order_on_the_waiting_list(client, site):
    event = ef.event(site, "Hội thảo nhỏ", capacity=2, max_per_registration=3)
    register(client, event, attendees="2", email="a@x.vn", tax_code="0900000027")
    register(client, event, attendees="3", email="b@x.vn", tax_code="0900000034")
    register(client, event, attendees="1", email="c@x.vn", tax_code="0900000041")
    client.post(f"/registration/cancel/{cancel_token(Registration.objects.get(email='a@x.vn'))}/")
    # Two seats free: the first in line needs three, so nobody jumps the queue.
    assert Registration.objects.get(email="b@x.vn").status == "waitlisted"
    assert Registration.objects.get(email="c@x.vn").status == "waitlisted"


def test_full_without_waitlist_refuses(client, site):
    event = ef.event(site, "Tập huấn đầy", capacity=2, waitlist=False)
    register(client, event, attendees="2")
    page = soup(client.get(event.url))
    assert "Hết chỗ" in page.select_one(".registration-status").text
    assert page.select_one("#registration form") is None
    response = client.post(
        event.url,
        {
            "form_token": "t",
            "registrant_type": "organization",
            "organization": "Z",
            "tax_code": "0900000066",
            "contact_name": "Z",
            "email": "z@x.vn",
            "phone": "0912345678",
            "attendees": "1",
            "consent": "on",
        },
    )
    assert response.status_code == 400
    assert Registration.objects.count() == 1


@pytest.mark.parametrize(
    ("opens", "closes", "days"), [(3, None, 10), (-10, -1, 10), (-40, None, -20)]
)
def test_not_open_closed_or_past_shows_no_form_and_refuses_posts(client, site, opens, closes, days):
    event = ef.event(site, "Sự kiện", days=days, opens_days=opens, closes_days=closes)
    page = soup(client.get(event.url))
    assert page.select_one("#registration form") is None
    response = client.post(
        event.url,
        {
            "form_token": "tok",
            "registrant_type": "organization",
            "organization": "Z",
            "tax_code": "0900000066",
            "contact_name": "Z",
            "email": "z@x.vn",
            "phone": "0912345678",
            "attendees": "1",
            "consent": "on",
        },
    )
    assert response.status_code == 400
    assert "Đăng ký" in soup(response).select_one(".error-summary").text
    assert not Registration.objects.exists()


def test_same_email_or_tax_code_twice_gives_one_registration(client, site):
    event = ef.event(site, "Hội thảo", capacity=20)
    register(client, event)
    again_email = register(client, event, tax_code="0900999994")
    again_tax = register(client, event, email="other@example.vn")
    assert again_email.status_code == again_tax.status_code == 400
    assert "đã đăng ký" in soup(again_email).select_one(".error-summary").text
    assert Registration.objects.count() == 1


def test_double_submit_makes_one_registration(client, site):
    event = ef.event(site, "Hội thảo", capacity=20)
    data = form_data(soup(client.get(event.url)))
    first = client.post(event.url, data)
    second = client.post(event.url, data)
    assert first["Location"] == second["Location"]
    assert Registration.objects.count() == 1


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("organization", "A" * 10000, "tối đa"),
        ("organization", "", "tên tổ chức"),
        ("tax_code", "09001234AB", "mã số thuế"),
        ("tax_code", "0900123456-12", "mã số thuế"),
        ("attendees", "0", "lớn hơn hoặc bằng 1"),
        ("attendees", "1000", "nhỏ hơn hoặc bằng 3"),
        ("attendees", "hai", "số nguyên"),
        ("email", "minh@", "email"),
        ("phone", "+1 555 0100", "số điện thoại"),
        ("consent", None, "đồng ý"),
    ],
)
def test_bad_input_gets_a_message_and_saves_nothing(client, site, field, value, expected):
    event = ef.event(site, "Hội thảo", capacity=20)
    response = register(client, event, **{field: value})
    assert response.status_code == 400
    summary = soup(response).select_one(".error-summary")
    assert expected in summary.text.lower(), summary.text
    assert not Registration.objects.exists()


def test_branch_tax_code_and_emoji_are_accepted(client, site):
    event = ef.event(site, "Hội thảo", capacity=20)
    response = register(client, event, tax_code="0900123452-001", organization="HTX 🌾 Xanh")
    assert response.status_code == 302
    assert Registration.objects.get().organization == "HTX 🌾 Xanh"


def test_fair_form_asks_for_a_booth_and_products(client, site):
    fair = ef.event(site, "Chợ công nghệ", event_type="fair")
    page = soup(client.get(fair.url))
    assert page.select_one('input[name="booth_requested"]')
    register(client, fair, booth_requested="on", products="Máy sấy nông sản")
    registration = Registration.objects.get()
    assert registration.booth_requested and registration.products == "Máy sấy nông sản"
    training = ef.event(site, "Tập huấn", event_type="training")
    assert not soup(client.get(training.url)).select_one('input[name="booth_requested"]')


def test_cancelling_an_event_emails_its_registrants(
    client, site, django_capture_on_commit_callbacks
):
    event = ef.event(site, "Sẽ hoãn", capacity=10)
    register(client, event)
    register(client, event, email="b@x.vn", tax_code="0900000034")
    mail.outbox.clear()
    event.status = "postponed"
    event.status_note = "Lịch mới sẽ được thông báo."
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert sorted(m.to[0] for m in mail.outbox) == ["b@x.vn", "minh@cokhiphohien.example.vn"]
    assert all("hoãn" in m.subject.lower() for m in mail.outbox)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()  # publishing again does not email again
    assert mail.outbox == []


def test_failing_mail_server_loses_nothing(client, site, django_capture_on_commit_callbacks):
    event = ef.event(site, "Hội thảo", capacity=20)
    with (
        mock.patch(
            "django.core.mail.EmailMultiAlternatives.send", side_effect=ConnectionRefusedError
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = register(client, event)
    assert response.status_code == 302
    assert Registration.objects.count() == 1


# --- Staff -----------------------------------------------------------------------------


def staff(group):
    user = get_user_model().objects.create_user(group.replace(" ", ""), "s@example.com", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.mark.parametrize(
    ("group", "allowed"),
    [
        (EVENT_MANAGERS, True),
        (EDITORS, False),
        (MODERATORS, False),
        (SHOWCASE_MANAGERS, False),
    ],
)
def test_only_event_managers_see_registrations(client, site, group, allowed):
    event = ef.event(site, "Hội thảo", capacity=20)
    register(client, event)
    code = Registration.objects.get().code
    client.force_login(staff(group))
    response = client.get("/admin/registrations/")
    assert (response.status_code == 200 and code in response.content.decode()) is allowed


def test_staff_add_goes_through_the_same_seat_count(client, site):
    event = ef.event(site, "Hội thảo", capacity=2)
    register(client, event, attendees="2")
    client.force_login(staff(EVENT_MANAGERS))
    response = client.post(
        "/admin/registrations/new/",
        {
            "event": event.pk,
            "registrant_type": "organization",
            "organization": "Gọi điện",
            "tax_code": "0900000115",
            "contact_name": "B",
            "email": "b@x.vn",
            "phone": "0912345678",
            "attendees": "1",
            "language": "vi",
            "sector": "",
            "position": "",
            "note": "",
            "products": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert Registration.objects.get(email="b@x.vn").status == "waitlisted"


def test_export_is_formula_safe(client, site):
    # Headings and values as staff read them: events/tests/test_staff_exports.py.
    event = ef.event(site, "Hội thảo", capacity=20)
    register(client, event, organization="=cmd|' /C calc'!A0")
    client.force_login(staff(EVENT_MANAGERS))
    response = client.get("/admin/registrations/?export=csv")
    text = b"".join(response.streaming_content).decode()
    assert "'=cmd" in text and ",=cmd" not in text


def test_check_in_on_the_day(client, site):
    event = ef.event(site, "Hội thảo", capacity=20)
    register(client, event)
    registration = Registration.objects.get()
    client.force_login(staff(EVENT_MANAGERS))
    response = client.post(
        f"/admin/registrations/edit/{registration.pk}/", {"note": "", "checked_in": "on"}
    )
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.checked_in_at is not None


def test_anonymize_after_the_retention_period(site):
    old = ef.event(site, "Sự kiện năm ngoái", days=-400, capacity=None)
    recent = ef.event(site, "Sự kiện tháng trước", days=-30, capacity=None)
    for event, email in ((old, "old@x.vn"), (recent, "recent@x.vn")):
        Registration.objects.create(
            event=event,
            status="confirmed",
            organization="Org",
            tax_code="0909090917",
            contact_name="Tên",
            email=email,
            phone="0912000000",
            attendees=1,
            language="vi",
            consent=True,
            consent_at=timezone.now(),
            privacy_notice_version="1.0",
        )
    call_command("apply_retention", verbosity=0)  # REGISTRATION_RETENTION_MONTHS: 12
    anonymized = Registration.objects.get(event=old)
    assert anonymized.anonymized and anonymized.contact_name == "—"
    assert "old@x.vn" not in str(Registration.objects.values_list())
    assert Registration.objects.get(event=recent).email == "recent@x.vn"


# --- Query counts ----------------------------------------------------------------------


def test_query_count_is_bounded(client, site, subtests):
    # One set-up for the three pages: building 200 events is the slow part.
    first = ef.event(site, "Sự kiện 0", days=1, capacity=500)

    def add(events, registrations, start):
        for n in range(start, start + events):
            ef.event(site, f"Sự kiện {n}", days=1 + n % 25, capacity=500)
        now = timezone.now()
        Registration.objects.bulk_create(
            Registration(
                event=first,
                status=RegistrationStatus.CONFIRMED,
                organization="O",
                tax_code=example_tax_code(n),
                contact_name="C",
                email=f"r{n}@x.vn",
                phone="0912000000",
                attendees=1,
                language="vi",
                consent=True,
                consent_at=now,
                privacy_notice_version="1.0",
            )
            for n in range(start * 100, start * 100 + registrations)
        )

    today = timezone.localdate()
    urls = {
        "calendar": "/su-kien/",
        "event": first.url,
        "month": f"/su-kien/{today.year}/{today.month}/",
    }

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    add(4, 5, 1)
    fewer = {which: count(url) for which, url in urls.items()}
    add(195, 195, 5)
    for which, url in urls.items():
        with subtests.test(which=which):
            few, many = fewer[which], count(url)
            assert few == many, f"{which}: {few} queries with 5 events, {many} with 200"
    assert EventPage.objects.count() >= 200
