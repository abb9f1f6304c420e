"""An inquiry's emails, queued in the outbox (core/outbox.py) in the transaction that
saves it: an acknowledgement to the business, in its language, with its reference, what
it asked and the consent-withdrawal link; a notification to the entry's owner and the
staff, in Vietnamese, that they answer with Reply (Reply-To is the business)."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from core.models import AgencyInfo
from core.outbox import absolute, queue_email, sender
from showcase.inquiries import Inquiry


def staff_addresses() -> list[str]:
    if settings.SHOWCASE_STAFF_EMAILS:
        return list(settings.SHOWCASE_STAFF_EMAILS)
    agency = AgencyInfo.for_locale()
    return [agency.email] if agency and agency.email else []


def render(template: str, context: dict) -> tuple[str, str]:
    return (
        render_to_string(f"emails/{template}_subject.txt", context),
        render_to_string(f"emails/{template}.txt", context),
    )


def queue_inquiry_emails(inquiry: Inquiry) -> None:
    entry = inquiry.entry.specific
    with translation.override(inquiry.language):
        localized = entry.localized
        agency = AgencyInfo.for_locale(localized.locale)
        subject, body = render(
            "inquiry_acknowledgement",
            {
                "inquiry": inquiry,
                "entry": localized,
                "url": absolute(localized.url or ""),
                "withdraw_url": absolute(
                    reverse("inquiry_withdraw", args=[inquiry.self_service_token()])
                ),
                "agency": agency,
            },
        )
    queue_email(
        to=inquiry.email,
        subject=subject,
        body=body,
        kind="inquiry.acknowledgement",
        language=inquiry.language,
        from_email=sender(agency.name if agency else None),
        about=inquiry,
        reference=inquiry.reference,
    )
    # Owners and staff read Vietnamese, the province's working language.
    with translation.override(settings.LANGUAGE_CODE):
        agency = AgencyInfo.for_locale()
        subject, body = render(
            "inquiry_notification",
            {"inquiry": inquiry, "entry": entry, "url": absolute(entry.url or "")},
        )
    for address in dict.fromkeys(a for a in [entry.contact_email, *staff_addresses()] if a):
        queue_email(
            to=address,
            subject=subject,
            body=body,
            kind="inquiry.notification",
            language=settings.LANGUAGE_CODE,
            from_email=sender(agency.name if agency else None),
            reply_to=inquiry.email,
            about=inquiry,
            reference=inquiry.reference,
        )
