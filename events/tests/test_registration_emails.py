"""What a registrant is told, and when: every seat change (the form, the cancel link,
staff adding, editing, cancelling or deleting, an event published with more seats) goes
through events/registration.py and queues its emails in the same transaction."""

import re
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.db import OperationalError

from core.outbox import OutgoingEmail
from core.roles import EVENT_MANAGERS
from events.models import Registration
from events.tests.test_events import form_data, register, soup
from tests import events_factories as ef
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    ef.delete_all_registrations()
    OutgoingEmail.objects.all().delete()
    return ef.calendar(factories.site_with_home())


@pytest.fixture
def manager(client):
    user = get_user_model().objects.create_user("sukien", "sk@example.vn", "pw")
    user.groups.add(Group.objects.get(name=EVENT_MANAGERS))
    client.force_login(user)
    return user


def sent_to(address):
    return [m for m in mail.outbox if m.to == [address]]


def calendar_of(message):
    return [a for a in message.attachments if a[2] == "text/calendar"]


def test_waiting_list_email_says_so_and_carries_no_calendar(
    client, site, django_capture_on_commit_callbacks
):
    event = ef.event(site, "Hội thảo nhỏ", capacity=2, max_per_registration=3)
    with django_capture_on_commit_callbacks(execute=True):
        register(client, event, attendees="2", email="a@x.vn", tax_code="0900000027")
        register(client, event, attendees="1", email="b@x.vn", tax_code="0900000034")
    (confirmed,) = sent_to("a@x.vn")
    assert calendar_of(confirmed)
    (waiting,) = sent_to("b@x.vn")
    assert waiting.subject.startswith("Trong danh sách chờ")
    assert "danh sách chờ" in waiting.body and "1" in waiting.body
    assert not calendar_of(waiting)


def test_deleting_a_registration_moves_the_waiting_list_up(
    client, site, admin_user, django_capture_on_commit_callbacks
):
    # Only administrators delete (event managers cancel): events/migrations/0002.
    client.force_login(admin_user)
    event = ef.event(site, "Hội thảo nhỏ", capacity=2, max_per_registration=3)
    register(client, event, attendees="2", email="a@x.vn", tax_code="0900000027")
    register(client, event, attendees="2", email="b@x.vn", tax_code="0900000034")
    first = Registration.objects.get(email="a@x.vn")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/registrations/delete/{first.pk}/")
    assert response.status_code == 302
    assert Registration.objects.get(email="b@x.vn").status == "confirmed"
    (promoted,) = sent_to("b@x.vn")
    assert "Đã có chỗ" in promoted.subject and calendar_of(promoted)
    assert not sent_to("a@x.vn")  # deleted, not cancelled: nothing to tell


def test_staff_changing_seats_goes_through_the_seat_count(
    client, site, manager, django_capture_on_commit_callbacks
):
    event = ef.event(site, "Hội thảo nhỏ", capacity=3, max_per_registration=3)
    register(client, event, attendees="3", email="a@x.vn", tax_code="0900000027")
    register(client, event, attendees="1", email="b@x.vn", tax_code="0900000034")
    first = Registration.objects.get(email="a@x.vn")
    edit = f"/admin/registrations/edit/{first.pk}/"
    # More seats than the event has: refused, with a message on the field.
    response = client.post(edit, {"note": "", "attendees": "4"})
    assert response.status_code == 200
    assert "Không đủ chỗ trống" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, {"note": "", "attendees": "2"})
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.attendees == 2
    assert Registration.objects.get(email="b@x.vn").status == "confirmed"
    assert sent_to("b@x.vn") and "Đã có chỗ" in sent_to("b@x.vn")[0].subject


def test_cancelling_from_the_link_confirms_by_email(
    client, site, django_capture_on_commit_callbacks
):
    event = ef.event(site, "Hội thảo", capacity=10)
    with django_capture_on_commit_callbacks(execute=True):
        register(client, event, email="a@x.vn")
    link = re.search(r"http://testserver(/registration/cancel/\S+)", sent_to("a@x.vn")[0].body)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link.group(1))
    cancelled = sent_to("a@x.vn")[-1]
    assert cancelled.subject.startswith("Đã hủy đăng ký")
    assert "đã được hủy" in cancelled.body and not calendar_of(cancelled)
    assert "/registration/cancel/" not in cancelled.body


def test_publishing_more_seats_moves_the_waiting_list_up(
    client, site, django_capture_on_commit_callbacks
):
    event = ef.event(site, "Hội thảo nhỏ", capacity=1, max_per_registration=3)
    register(client, event, attendees="1", email="a@x.vn", tax_code="0900000027")
    register(client, event, attendees="1", email="b@x.vn", tax_code="0900000034")
    event.capacity = 2
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert Registration.objects.get(email="b@x.vn").status == "confirmed"
    assert "Đã có chỗ" in sent_to("b@x.vn")[0].subject


def test_an_event_change_is_one_email_per_registrant_and_one_failure_stops_nobody(
    client, site, django_capture_on_commit_callbacks
):
    event = ef.event(site, "Chợ công nghệ", capacity=20)
    for n, tax_code in enumerate(("0900000027", "0900000034", "0900000041")):
        register(client, event, attendees="1", email=f"r{n}@x.vn", tax_code=tax_code)
    OutgoingEmail.objects.all().delete()
    event.status = "cancelled"
    real_send = mail.backends.locmem.EmailBackend.send_messages

    def refuse_the_first(backend, messages):
        if messages[0].to == ["r0@x.vn"]:
            raise ConnectionRefusedError
        return real_send(backend, messages)

    with (
        mock.patch.object(mail.backends.locmem.EmailBackend, "send_messages", refuse_the_first),
        django_capture_on_commit_callbacks(execute=True),
    ):
        event.save_revision().publish()
    notices = OutgoingEmail.objects.filter(kind="registration.cancelled_event")
    assert sorted(notices.values_list("to", flat=True)) == ["r0@x.vn", "r1@x.vn", "r2@x.vn"]
    assert dict(notices.values_list("to", "status")) == {
        "r0@x.vn": "queued",  # waits for its next try
        "r1@x.vn": "sent",
        "r2@x.vn": "sent",
    }


def test_a_database_failure_between_seat_and_email_saves_neither(
    client, site, django_capture_on_commit_callbacks
):
    event = ef.event(site, "Hội thảo", capacity=10)
    page = soup(client.get(event.url))
    data = form_data(page)
    with mock.patch.object(
        OutgoingEmail.objects, "create", side_effect=OperationalError("connection lost")
    ):
        response = client.post(event.url, data)
    assert response.status_code == 503
    assert "không có thông tin nào được lưu" in response.content.decode()
    assert not Registration.objects.exists() and not OutgoingEmail.objects.exists()
    # The same form, sent again, registers once, with its email (not "already registered").
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url, data)
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert OutgoingEmail.objects.get().reference == registration.code
    assert sent_to(data["email"])


def test_every_link_in_every_registration_email_is_absolute(
    client, site, manager, django_capture_on_commit_callbacks
):
    event = ef.event(site, "Hội thảo nhỏ", capacity=1, max_per_registration=3)
    with django_capture_on_commit_callbacks(execute=True):
        register(client, event, attendees="1", email="a@x.vn", tax_code="0900000027")
        register(client, event, attendees="1", email="b@x.vn", tax_code="0900000034")
        first = Registration.objects.get(email="a@x.vn")
        client.post(f"/admin/registrations/edit/{first.pk}/", {"note": "", "cancel": "on"})
        event.refresh_from_db()
        event.status = "postponed"
        event.save_revision().publish()
    kinds = set(OutgoingEmail.objects.values_list("kind", flat=True))
    assert kinds >= {
        "registration.confirmation",
        "registration.waitlisted",
        "registration.cancelled",
        "registration.promoted",
        "registration.postponed_event",
    }
    for email in OutgoingEmail.objects.all():
        links = re.findall(r"\S*://\S*|(?<!\S)/\S*", email.body)
        assert links, email.kind
        for link in links:
            assert link.startswith("http://testserver/"), (email.kind, link)
