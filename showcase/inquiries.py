"""Inquiries: a business's "I am interested" message about a showcase entry.

Below the page models (showcase.models imports this module), so the form, the view that
stores inquiries and the notification task can use it without importing the pages.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

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

    reference_field = "reference"
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

    @property
    def entry_title(self) -> str:
        return self.entry.title

    # Column heading of the admin's listing (Django reads it off the property's getter).
    entry_title.fget.short_description = _("Entry")  # type: ignore[attr-defined]
