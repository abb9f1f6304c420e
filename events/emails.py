"""The emails a registrant gets, queued in the outbox (core/outbox.py) inside the
transaction that changes their registration: the change and its email commit together.

kind: confirmation (seats taken), waitlisted, promoted (from the waiting list),
cancelled (by the registrant or staff), cancelled_event, postponed_event. A calendar file
goes only with a seat that is theirs: never with the waiting list or a cancellation.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.models import AgencyInfo
from core.outbox import absolute, queue_email, sender
from events.ical import calendar_for
from events.models import Registration

WITH_CALENDAR = {"confirmation", "promoted", "postponed_event"}


def queue_registration_email(registration: Registration, kind: str):
    if registration.anonymized:
        return None
    with translation.override(registration.language):
        event = registration.event.localized.specific
        agency = AgencyInfo.for_locale(event.locale)
        context = {
            "registration": registration,
            "event": event,
            "kind": kind,
            "event_url": absolute(event.url or ""),
            "cancel_url": absolute(
                reverse("registration_cancel", args=[registration.self_service_token()])
            ),
            "agency": agency,
            "waitlist_position": registration.waitlist_position(),
        }
        subject = render_to_string("emails/registration_subject.txt", context)
        body = render_to_string("emails/registration.txt", context)
        attachments = []
        if kind in WITH_CALENDAR:
            attachments.append(
                {
                    "filename": f"{event.slug}.ics",
                    "content": calendar_for([event], None, event.title).decode(),
                    "mimetype": "text/calendar",
                }
            )
    return queue_email(
        to=registration.email,
        subject=subject,
        body=body,
        kind=f"registration.{kind}",
        language=registration.language,
        from_email=sender(agency.name if agency else None),
        attachments=attachments,
        about=registration,
        reference=registration.code,
    )
