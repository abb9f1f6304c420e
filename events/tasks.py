"""Registration emails, sent in the background after the registration is saved."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from core.models import AgencyInfo
from events.choices import RegistrationStatus
from events.ical import calendar_for
from events.models import Registration
from events.tokens import cancel_token


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@task()
def send_registration_email(registration_id: int, kind: str) -> bool:
    """kind: confirmation, promoted, cancelled_event or postponed_event."""
    registration = Registration.objects.select_related("event").get(pk=registration_id)
    if registration.anonymized:
        return False
    with translation.override(registration.language):
        event = registration.event.localized.specific
        cancel_path = reverse("registration_cancel", args=[cancel_token(registration)])
        context = {
            "registration": registration,
            "event": event,
            "kind": kind,
            "event_url": absolute(event.url or ""),
            "cancel_url": absolute(cancel_path),
            "agency": AgencyInfo.for_locale(event.locale),
            "waitlist_position": registration.waitlist_position(),
        }
        subject = render_to_string("emails/registration_subject.txt", context).strip()
        body = render_to_string("emails/registration.txt", context)
        message = EmailMultiAlternatives(
            subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email]
        )
        if kind in ("confirmation", "promoted", "postponed_event"):
            message.attach(
                f"{event.slug}.ics", calendar_for([event], None, event.title), "text/calendar"
            )
    message.send()
    return True


@task()
def notify_event_change(event_id: int, kind: str) -> int:
    """Tell every active registrant that the event was cancelled or postponed."""
    sent = 0
    for registration_id in (
        Registration.objects.filter(event_id=event_id, anonymized=False)
        .exclude(status=RegistrationStatus.CANCELLED)
        .values_list("pk", flat=True)
    ):
        send_registration_email.call(registration_id, kind)
        sent += 1
    return sent
