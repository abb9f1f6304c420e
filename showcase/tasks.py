"""Inquiry notifications, sent in the background: the inquiry is already saved."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from core.models import AgencyInfo
from showcase.inquiries import Inquiry


def staff_addresses() -> list[str]:
    if settings.SHOWCASE_STAFF_EMAILS:
        return list(settings.SHOWCASE_STAFF_EMAILS)
    agency = AgencyInfo.for_locale()
    return [agency.email] if agency and agency.email else []


@task()
def send_inquiry_notifications(inquiry_id: int) -> int:
    inquiry = Inquiry.objects.select_related("entry").get(pk=inquiry_id)
    entry = inquiry.entry.specific
    recipients = [address for address in [entry.contact_email, *staff_addresses()] if address]
    if not recipients:
        return 0
    # Staff and owners read Vietnamese, the province's working language.
    with translation.override(settings.LANGUAGE_CODE):
        context = {"inquiry": inquiry, "entry": entry, "url": entry.full_url}
        subject = render_to_string("emails/inquiry_subject.txt", context).strip()
        body = render_to_string("emails/inquiry_notification.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    return len(recipients)
