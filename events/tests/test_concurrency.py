"""Registration never overbooks, even when many businesses submit at the same moment.

Real threads, each with its own database connection, on the database the suite runs on
(PostgreSQL in CI's second run, SQLite in the first).
"""

import threading

import pytest
from django.db import connection
from django.utils import timezone

from core.validators import example_tax_code
from events.models import Registration, RegistrationStatus
from events.registration import take_seats
from tests import events_factories as ef
from tests import factories

SEATS = 25
CLIENTS = 40


def fields(n):
    return {
        "organization": f"Doanh nghiệp {n}",
        "tax_code": example_tax_code(n),
        "sector": "",
        "contact_name": f"Người {n}",
        "position": "",
        "email": f"dn{n}@example.vn",
        "phone": "0912345678",
        "attendees": 1,
        "booth_requested": False,
        "products": "",
        "note": "",
        "language": "vi",
        "consent": True,
        "consent_at": timezone.now(),
        "news_consent": False,
        "news_consent_at": None,
        "privacy_notice_version": "1.0",
    }


@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_never_overbook():
    home = factories.site_with_home()
    event = ef.event(ef.calendar(home), "Chợ công nghệ đông khách", capacity=SEATS, waitlist=True)
    start = threading.Barrier(CLIENTS)
    errors, outcomes = [], []

    def attempt(n):
        try:
            start.wait(timeout=30)
            outcomes.append(take_seats(event, fields(n), form_token=f"token-{n}"))
        except Exception as error:  # noqa: BLE001 - any error fails the test below
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert len(outcomes) == CLIENTS
    registrations = list(Registration.objects.filter(event=event).order_by("created_at", "pk"))
    confirmed = [r for r in registrations if r.status == RegistrationStatus.CONFIRMED]
    waitlisted = [r for r in registrations if r.status == RegistrationStatus.WAITLISTED]
    assert sum(r.attendees for r in confirmed) == SEATS
    assert len(waitlisted) == CLIENTS - SEATS
    # Arrival order: everyone confirmed arrived before everyone waiting.
    assert registrations[:SEATS] == confirmed
    assert [r.waitlist_position() for r in waitlisted] == list(range(1, CLIENTS - SEATS + 1))
