"""One fact in every language (core.facts): what the Vietnamese page says when it is
published, the English page, its feeds, its JSON-LD and the emails to English registrants
say in the same publish, and nobody can make the English side say otherwise."""

import datetime
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from icalendar import Calendar
from wagtail.models import Locale
from wagtail_localize.models import Translation

from core.demo import translate
from events.models import EventPage, Registration
from news.models import OfficialDocumentPage
from showcase.models import OcopProductPage
from tests import events_factories as ef
from tests import factories

pytestmark = pytest.mark.django_db


def english():
    return Locale.objects.get(language_code="en")


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def json_ld(page_soup, kind):
    for script in page_soup.select('script[type="application/ld+json"]'):
        data = json.loads(script.string)
        if data.get("@type") == kind:
            return data
    raise AssertionError(f"no {kind} JSON-LD")


def vevent(content: bytes):
    return next(c for c in Calendar.from_ical(content).walk() if c.name == "VEVENT")


@pytest.fixture
def events(db):
    ef.delete_all_registrations()
    home = factories.site_with_home()
    translate(home, {"Trang chủ": "Home"}, english())
    calendar = ef.calendar(home)
    translate(calendar, {"Sự kiện": "Events"}, english())
    return calendar


def english_event(calendar):
    event = ef.event(calendar, "Hội thảo thương mại hóa", capacity=30, fee=0)
    translated = translate(
        event,
        {
            "Hội thảo thương mại hóa": "Commercialisation workshop",
            "hoi-thao-thuong-mai-hoa": "commercialisation-workshop",
            "Giới thiệu: Hội thảo thương mại hóa": "About the workshop",
            "Sở Khoa học và Công nghệ": "Department of Science and Technology",
            "Hội trường Sở": "Department hall",
        },
        english(),
    )
    return event, translated


def publish(page, captured, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with captured(execute=True):
        page.save_revision().publish()


def test_postponing_and_redating_in_vietnamese_changes_the_english_page_feed_and_email(
    client, events, django_capture_on_commit_callbacks
):
    event, english_page = english_event(events)
    Registration.objects.create(
        event=event,
        status="confirmed",
        organization="Hanoi Food Ltd",
        tax_code="",
        contact_name="Jane Doe",
        email="jane@example.com",
        phone="0912345678",
        attendees=1,
        consent=True,
        language="en",
    )
    new_start = event.start + datetime.timedelta(days=7)
    publish(
        event,
        django_capture_on_commit_callbacks,
        status="postponed",
        status_note="Lịch mới sẽ được thông báo.",
        start=new_start,
        end=new_start + datetime.timedelta(hours=4),
        capacity=12,
        fee=150000,
    )

    english_page = EventPage.objects.get(pk=english_page.pk)
    assert (english_page.status, english_page.start, english_page.capacity) == (
        "postponed",
        new_start,
        12,
    )
    page = soup(client.get(english_page.url))
    assert "This event has been postponed." in page.select_one(".event-alert").text
    data = json_ld(page, "Event")
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert data["startDate"] == event.local_start.isoformat()
    assert data["offers"]["price"] == "150000"

    vi_item = vevent(client.get(event.url + "ical/").content)
    en_item = vevent(client.get(english_page.url + "ical/").content)
    for key in ("UID", "SEQUENCE", "STATUS", "DTSTART", "DTEND"):
        assert en_item.decoded(key) == vi_item.decoded(key), key
    assert en_item.decoded("DTSTART") == new_start
    assert str(en_item["STATUS"]) == "TENTATIVE"
    assert vi_item.decoded("SEQUENCE") >= 1

    (message,) = [m for m in mail.outbox if m.to == ["jane@example.com"]]
    assert "postponed" in message.subject.lower()
    ics = vevent(message.attachments[0][1].encode())
    assert ics.decoded("DTSTART") == new_start
    assert str(ics["STATUS"]) == "TENTATIVE"
    assert "Commercialisation workshop" in message.body


def test_cancelling_and_capacity_reach_the_english_page_and_feed(
    client, events, django_capture_on_commit_callbacks
):
    event, english_page = english_event(events)
    publish(event, django_capture_on_commit_callbacks, capacity=2)
    page = soup(client.get(english_page.url))
    assert "2" in page.select_one(".registration-status").text
    publish(event, django_capture_on_commit_callbacks, status="cancelled")
    page = soup(client.get(english_page.url))
    assert "This event has been cancelled." in page.select_one(".event-alert").text
    assert page.select_one("#registration form") is None
    feed = Calendar.from_ical(client.get(events.get_translation(english()).url + "ical/").content)
    (item,) = [c for c in feed.walk() if c.name == "VEVENT"]
    assert str(item["STATUS"]) == "CANCELLED"


def test_the_english_side_cannot_change_a_fact(events, django_capture_on_commit_callbacks):
    event, english_page = english_event(events)
    # A translator publishing from wagtail-localize's editor, whose copy of the source
    # predates the Vietnamese change, and an English editor changing a date directly.
    publish(event, django_capture_on_commit_callbacks, capacity=7)
    translation = Translation.objects.get(source__object_id=event.translation_key)
    translation.save_target(publish=True)
    english_page = EventPage.objects.get(pk=english_page.pk)
    assert english_page.capacity == 7
    english_page.start = event.start - datetime.timedelta(days=30)
    english_page.status = "cancelled"
    english_page.save_revision().publish()
    english_page = EventPage.objects.get(pk=english_page.pk)
    assert (english_page.start, english_page.status, english_page.capacity) == (
        event.start,
        "scheduled",
        7,
    )
    assert english_page.get_latest_revision_as_object().capacity == 7


def test_an_english_draft_keeps_its_text_and_takes_the_new_facts(
    events, django_capture_on_commit_callbacks
):
    event, english_page = english_event(events)
    draft = EventPage.objects.get(pk=english_page.pk)
    draft.summary = "A draft summary the translator has not published yet."
    draft.save_revision()
    publish(event, django_capture_on_commit_callbacks, capacity=9)
    english_page = EventPage.objects.get(pk=english_page.pk)
    assert english_page.capacity == 9 and english_page.summary == "About the workshop"
    latest = english_page.get_latest_revision_as_object()
    assert latest.capacity == 9
    assert latest.summary == "A draft summary the translator has not published yet."
    assert english_page.has_unpublished_changes


def test_translators_are_offered_no_fact_to_override(admin_client, events):
    event, english_page = english_event(events)
    event.online_url = "https://meet.example.vn/hoi-thao"
    event.listing_image = factories.make_image("Ảnh", ("#0a4a8c", "#1b7f79"), size=(64, 36))
    event.save_revision().publish()
    translate(event, {}, english(), refresh=True)
    page = soup(admin_client.get(f"/admin/pages/{english_page.pk}/edit/"))
    props = json.loads(page.select_one(".js-translation-editor")["data-props"])
    kinds = {segment["type"] for segment in props["segments"]}
    assert kinds <= {"string"}, kinds
    assert props["initialOverrides"] == {} or not props["initialOverrides"]


def test_the_english_page_form_shows_facts_read_only(admin_client, events):
    # A page made without wagtail-localize's editor (or converted to manual editing)
    # gets Wagtail's own form: its facts are disabled there.
    event, english_page = english_event(events)
    Translation.objects.filter(source__object_id=event.translation_key).delete()
    page = soup(admin_client.get(f"/admin/pages/{english_page.pk}/edit/"))
    assert page.select_one('input[name="capacity"]').has_attr("disabled")
    assert not page.select_one('input[name="title"]').has_attr("disabled")
    vi_page = soup(admin_client.get(f"/admin/pages/{event.pk}/edit/"))
    assert not vi_page.select_one('input[name="capacity"]').has_attr("disabled")


def test_ocop_stars_and_document_number_follow_the_vietnamese_page(
    client, events, django_capture_on_commit_callbacks
):
    home = events.get_parent().specific
    showcase = factories.ShowcaseIndexPageFactory(parent=home)
    translate(showcase, {"Sản phẩm và công nghệ": "Products and technologies"}, english())
    product = factories.OcopProductPageFactory(
        parent=showcase, title="Nhãn lồng Hưng Yên", score=65
    )
    product_en = translate(
        product,
        {"Nhãn lồng Hưng Yên": "Hung Yen longan", "nhan-long-hung-yen": "hung-yen-longan"},
        english(),
    )
    register = factories.DocumentRegisterPageFactory(parent=home)
    translate(register, {"Văn bản chỉ đạo, điều hành": "Official documents"}, english())
    document = factories.OfficialDocumentPageFactory(parent=register, number="1285/QĐ-UBND")
    document_en = translate(document, {}, english())

    publish(product, django_capture_on_commit_callbacks, score=88)
    publish(document, django_capture_on_commit_callbacks, number="1286/QĐ-UBND")

    product_en = OcopProductPage.objects.get(pk=product_en.pk)
    assert product_en.score == 88 and product_en.stars == 4
    text = soup(client.get(product_en.url)).text
    assert "88" in text
    document_en = OfficialDocumentPage.objects.get(pk=document_en.pk)
    assert document_en.number == "1286/QĐ-UBND"
    assert "1286/QĐ-UBND" in soup(client.get(document_en.url)).text


def test_copy_facts_repairs_translations_made_before(events):
    event, english_page = english_event(events)
    EventPage.objects.filter(pk=english_page.pk).update(capacity=999, status="cancelled")
    call_command("copy_facts", stdout=io.StringIO())
    english_page = EventPage.objects.get(pk=english_page.pk)
    assert (english_page.capacity, english_page.status) == (30, "scheduled")
