"""Seats: the one guarded path that takes, frees and moves them.

Every seat change (the public form, staff adding, editing, cancelling or deleting a
registration, the cancel link, an event's capacity raised) happens inside seat_change():
a transaction that first updates the event's RegistrationLock row (on PostgreSQL that row
lock serialises concurrent changes until commit; on SQLite the transaction holds the
database write lock from its start, transaction_mode IMMEDIATE), and that ends by
promoting the waiting list. Seats are recounted from scratch, so capacity is never
exceeded. Each change queues its emails in the same transaction (events/emails.py).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from events.choices import RegistrationStatus
from events.emails import queue_registration_email
from events.models import EventPage, Registration, RegistrationLock


class RegistrationRefused(Exception):
    """Registration is not possible now; `reason` is one of registration_state()'s
    reasons, or "too_many" (events.views.refusal_message words them)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class DuplicateRegistration(Exception):
    def __init__(self, field: str):
        super().__init__(field)
        self.field = field


@dataclass
class Outcome:
    registration: Registration
    created: bool


def lock_event(event: EventPage) -> None:
    """Must be the first statement of the transaction (see the module docstring)."""
    RegistrationLock.objects.get_or_create(event_key=event.translation_key)
    RegistrationLock.objects.filter(event_key=event.translation_key).update(
        touched_at=timezone.now()
    )


@contextmanager
def seat_change(event: EventPage) -> Iterator[EventPage]:
    """Lock the event's seats, yield the event fresh from the database, then give freed
    seats to the waiting list, first come first served, and queue their emails."""
    with transaction.atomic():
        lock_event(event)
        event.refresh_from_db()
        yield event
        event.refresh_from_db()
        for registration in promote_waitlist(event):
            queue_registration_email(registration, "promoted")


def take_seats(
    event: EventPage, fields: dict, *, form_token: str | None = None, staff: bool = False
) -> Outcome:
    """Register for `event` (its default-language version): confirmed if the seats are
    there, else on the waiting list if it has one, else refused.

    A repeated form token returns the registration it already made. Raises
    RegistrationRefused or DuplicateRegistration; saves nothing in those cases.
    """
    event = event.registration_source()
    if form_token:
        existing = Registration.objects.filter(form_token=form_token).first()
        if existing:
            return Outcome(existing, created=False)
    try:
        with seat_change(event):
            state = event.registration_state()
            if not staff and not (state["open"] or state["waitlist"]):
                raise RegistrationRefused(state["reason"] or "closed")
            if staff and state["reason"] in ("cancelled", "none"):
                raise RegistrationRefused(state["reason"])
            if fields["attendees"] > event.max_per_registration and not staff:
                raise RegistrationRefused("too_many")
            active = Registration.objects.filter(event=event, anonymized=False).exclude(
                status=RegistrationStatus.CANCELLED
            )
            if active.filter(email__iexact=fields["email"]).exists():
                raise DuplicateRegistration("email")
            if fields["tax_code"] and active.filter(tax_code=fields["tax_code"]).exists():
                raise DuplicateRegistration("tax_code")
            free = (event.capacity or 0) - event.seats_taken()
            if fields["attendees"] <= free:
                status = RegistrationStatus.CONFIRMED
            elif event.waitlist_enabled:
                status = RegistrationStatus.WAITLISTED
            else:
                raise RegistrationRefused("full")
            registration = Registration.objects.create(
                event=event, status=status, form_token=form_token, **fields
            )
            queue_registration_email(
                registration,
                "confirmation" if status == RegistrationStatus.CONFIRMED else "waitlisted",
            )
    except IntegrityError:
        # Another request with the same token, email or tax code won the race.
        if form_token:
            existing = Registration.objects.filter(form_token=form_token).first()
            if existing:
                return Outcome(existing, created=False)
        raise DuplicateRegistration("email") from None
    return Outcome(registration, created=True)


def promote_waitlist(event: EventPage) -> list[Registration]:
    """Confirm waiting registrations first come, first served while seats allow.

    Strict order: if the first in line needs more seats than are free, nobody behind
    them jumps the queue. Only seat_change() calls it, holding the event lock.
    """
    free = (event.capacity or 0) - event.seats_taken()
    promoted = []
    for registration in Registration.objects.filter(
        event=event, status=RegistrationStatus.WAITLISTED
    ).order_by("created_at", "pk"):
        if registration.attendees > free:
            break
        registration.status = RegistrationStatus.CONFIRMED
        registration.promoted_at = timezone.now()
        registration.save(update_fields=["status", "promoted_at"])
        free -= registration.attendees
        promoted.append(registration)
    return promoted


def cancel_registration(registration: Registration) -> bool:
    """Cancel (which also withdraws consent), tell the registrant, free the seats.
    Returns False if it was cancelled already."""
    with seat_change(registration.event):
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CANCELLED:
            return False
        now = timezone.now()
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.consent_withdrawn_at = now
        registration.news_consent = False
        registration.save(
            update_fields=["status", "cancelled_at", "consent_withdrawn_at", "news_consent"]
        )
        queue_registration_email(registration, "cancelled")
    return True


def delete_registration(registration: Registration) -> None:
    """Staff delete (a duplicate, a test): no email to it, its seats go to the line."""
    with seat_change(registration.event):
        registration.delete()


def change_attendees(registration: Registration, attendees: int) -> None:
    """Staff change the number of seats of a registration. More seats than are free:
    RegistrationRefused("full"). Fewer: the waiting list moves up."""
    with seat_change(registration.event) as event:
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CONFIRMED:
            free = (event.capacity or 0) - event.seats_taken() + registration.attendees
            if attendees > free:
                raise RegistrationRefused("full")
        registration.attendees = attendees
        registration.save(update_fields=["attendees"])


def seats_changed(event: EventPage) -> None:
    """The event's capacity may have grown (a publish): the waiting list moves up."""
    with seat_change(event):
        pass
