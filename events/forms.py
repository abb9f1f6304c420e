from django import forms
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _

from core.forms import PublicForm, normalize_phone
from core.submissions import PublicSubmission
from core.validators import TAX_CODE_VALIDATOR
from events.models import EventType

# Re-exported for events.wagtail_hooks (staff-added registrations record the same notice).
# These names are also the export's column keys: keep them stable.
STABLE_FIELDS = [
    "organization",
    "tax_code",
    "contact_name",
    "position",
    "email",
    "phone",
    "attendees",
    "consent",
]


class RegistrationForm(PublicForm):
    organization = forms.CharField(label=_("Organization"), max_length=200)
    tax_code = forms.CharField(
        label=_("Tax code"),
        max_length=14,
        validators=[TAX_CODE_VALIDATOR],
        help_text=_("10 digits, or 10 digits, a dash and 3 digits for a branch."),
    )
    sector = forms.CharField(label=_("Sector"), max_length=120, required=False)
    contact_name = forms.CharField(label=_("Contact person"), max_length=120)
    position = forms.CharField(label=_("Position"), max_length=120, required=False)
    email = forms.EmailField(label=_("Email"), max_length=254)
    phone = forms.CharField(label=_("Phone"), max_length=30)
    attendees = forms.IntegerField(label=_("Number of attendees"), min_value=1, initial=1)
    booth_requested = forms.BooleanField(label=_("We would like a booth"), required=False)
    products = forms.CharField(
        label=_("Products or technologies to exhibit"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
    consent = forms.BooleanField(
        label=_("I agree that the Department processes these details to handle this registration."),
        error_messages={"required": _("We can only register you with your consent.")},
    )
    news_consent = forms.BooleanField(
        label=_("Optional: send me news of future events by email."), required=False
    )

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        maximum = event.max_per_registration if event else 10
        self.fields["attendees"].max_value = maximum
        self.fields["attendees"].validators.append(MaxValueValidator(maximum))
        self.fields["attendees"].widget.attrs.update({"min": 1, "max": maximum})
        self.fields["attendees"].help_text = _("From 1 to %(max)s.") % {"max": maximum}
        if not (event and event.event_type == EventType.FAIR):
            del self.fields["booth_requested"]
            del self.fields["products"]

    def clean_phone(self):
        return normalize_phone(self.cleaned_data["phone"])

    def clean_email(self):
        return self.cleaned_data["email"].lower()

    def registration_fields(self, language: str) -> dict:
        data = self.cleaned_data
        consent = PublicSubmission.consent_fields(language)
        return {
            "organization": data["organization"],
            "tax_code": data["tax_code"],
            "sector": data.get("sector", ""),
            "contact_name": data["contact_name"],
            "position": data.get("position", ""),
            "email": data["email"],
            "phone": data["phone"],
            "attendees": data["attendees"],
            "booth_requested": data.get("booth_requested", False),
            "products": data.get("products", ""),
            "note": data.get("note", ""),
            **consent,
            "news_consent": data.get("news_consent", False),
            "news_consent_at": consent["consent_at"] if data.get("news_consent") else None,
        }
