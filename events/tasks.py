"""Telling every registrant of an event change, in the background: one outbox email (and
so one delivery task) per registrant, so one failure never stops the rest."""

from django.db import transaction
from django_tasks import task

from events.choices import RegistrationStatus
from events.emails import queue_registration_email
from events.models import Registration


@task()
def notify_event_change(event_id: int, kind: str) -> int:
    """kind: cancelled_event or postponed_event."""
    registrations = (
        Registration.objects.select_related("event")
        .filter(event_id=event_id, anonymized=False)
        .exclude(status=RegistrationStatus.CANCELLED)
    )
    with transaction.atomic():
        for registration in registrations:
            queue_registration_email(registration, kind)
    return len(registrations)
