"""Inquiries: a business's "I am interested" message about a showcase entry.

Below the page models (showcase.models imports this module), so the form, the view that
stores inquiries and the notification task can use it without importing the pages.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.dates import add_months
from core.submissions import REDACTED, PublicSubmission, reference_code
from showcase.choices import InquiryNeed, InquiryStatus

REFERENCE_PREFIX = "YC-"


def new_reference() -> str:
    return reference_code(REFERENCE_PREFIX)


class Inquiry(PublicSubmission):
    """A business's "I am interested" message about a showcase entry (personal data)."""

    reference = models.CharField(
        _("reference"), max_length=20, unique=True, default=new_reference, editable=False
    )
    entry = models.ForeignKey(
        "showcase.ShowcaseEntryPage",
        verbose_name=_("showcase entry"),
        on_delete=models.CASCADE,
        related_name="inquiries",
    )
    organization = models.CharField(_("organization"), max_length=200)
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=20)
    need = models.CharField(_("what they need"), max_length=20, choices=InquiryNeed.choices)
    message = models.TextField(_("message"), max_length=2000)
    status = models.CharField(
        _("status"), max_length=20, choices=InquiryStatus.choices, default=InquiryStatus.NEW
    )
    staff_note = models.TextField(_("staff note"), blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, editable=False)

    reference_field = "reference"
    token_salt = "showcase.inquiry.withdraw"
    personal_data = {
        "organization": REDACTED,
        "contact_name": REDACTED,
        "email": "anonymized@invalid",
        "phone": "",
        "message": "",
        "staff_note": "",
    }

    panels = [
        FieldPanel("status"),
        FieldPanel("staff_note"),
    ]

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.reference} – {self.organization}"

    def save(self, *args, **kwargs):
        # Retention counts from closing: the moment is kept, and forgotten on reopening.
        if self.status == InquiryStatus.CLOSED and self.closed_at is None:
            self.closed_at = timezone.now()
        elif self.status != InquiryStatus.CLOSED:
            self.closed_at = None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "status" in update_fields:
            kwargs["update_fields"] = {*update_fields, "closed_at"}
        super().save(*args, **kwargs)

    @classmethod
    def due_for_anonymization(cls, now):
        """INQUIRY_RETENTION_MONTHS_AFTER_CLOSING after it was closed, and in any case
        INQUIRY_RETENTION_MONTHS after it came in."""
        closed_before = add_months(now, -settings.INQUIRY_RETENTION_MONTHS_AFTER_CLOSING)
        received_before = add_months(now, -settings.INQUIRY_RETENTION_MONTHS)
        return cls.objects.filter(
            Q(status=InquiryStatus.CLOSED, closed_at__lt=closed_before)
            | Q(created_at__lt=received_before)
        )

    def withdraw_consent(self) -> None:
        """The sender's withdrawal (the link in the acknowledgement): nothing of theirs is
        processed further, so their details go now; the rest stays for statistics."""
        Inquiry.objects.filter(pk=self.pk).update(consent_withdrawn_at=timezone.now())
        self.anonymize()
