from collections.abc import Callable

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.forms import PublicForm, normalize_phone
from core.submissions import PublicSubmission
from core.validators import normalize_business_tax_code, normalize_personal_id
from events.models import EventType, RegistrantType, Registration

# Re-exported for events.wagtail_hooks (staff-added registrations record the same notice).
# These names are also the export's column keys: keep them stable.
STABLE_FIELDS = [
    "registrant_type",
    "country",
    "organization",
    "tax_code",
    "contact_name",
    "position",
    "email",
    "phone",
    "attendees",
    "consent",
]


# The number each Vietnamese type of registrant gives (stored in Registration.tax_code),
# and the message when it is missing.
NUMBER_RULES: dict[str, Callable[[str], str]] = {
    RegistrantType.ORGANIZATION: normalize_business_tax_code,
    RegistrantType.HOUSEHOLD: normalize_personal_id,
}
REQUIRED_NUMBER = {
    RegistrantType.ORGANIZATION: _("Enter your organization's tax code."),
    RegistrantType.HOUSEHOLD: _("Enter your personal identification number."),
}
VIETNAM = "VN"


def clean_registrant(form: forms.BaseForm, number_fields: dict[str, str] | None = None) -> None:
    """Who registers, for the public form and the staff form alike: each type is checked
    on its own fields only, so the others (all shown without JavaScript) never block it.
    `number_fields` names the form field holding each Vietnamese type's number (default:
    "tax_code" for both). Leaves the normalised number in cleaned_data["tax_code"] and
    the country in ["country"]."""
    data = form.cleaned_data
    kind = data.get("registrant_type")
    if not kind:
        return  # the field's own "required" error says it
    if kind == RegistrantType.ORGANIZATION and not data.get("organization"):
        form.add_error("organization", _("Enter your organization's name."))
    if kind == RegistrantType.FOREIGN:
        data["tax_code"] = ""
        if not data.get("country"):
            form.add_error(
                "country",
                _(
                    "Choose your country: a foreign registrant gives a country instead of a "
                    "Vietnamese tax code."
                ),
            )
        return
    field = (number_fields or {}).get(kind, "tax_code")
    value = data.get(field, "")
    if not value:
        form.add_error(field, REQUIRED_NUMBER[kind])
        return
    try:
        data["tax_code"] = NUMBER_RULES[kind](value)
    except ValidationError as error:
        form.add_error(field, error)
        return
    data["country"] = VIETNAM


def country_field(**kwargs) -> forms.Field:
    """The country list (django-countries); see country_choices."""
    field = Registration._meta.get_field("country").formfield(
        label=_("Country"), empty_label=_("Choose a country"), **kwargs
    )
    assert field is not None
    return field


def country_choices() -> list:
    """The country names in the active language, for one form: a list built with the
    class would keep the language of the first request that rendered it."""
    return [("", _("Choose a country")), *countries]


class RegistrationForm(PublicForm):
    # A household gives its number in a field of its own, with its own label and help.
    number_fields = {
        RegistrantType.ORGANIZATION: "tax_code",
        RegistrantType.HOUSEHOLD: "personal_id",
    }

    registrant_type = forms.ChoiceField(
        label=_("Who is registering?"),
        choices=RegistrantType.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tell us who is registering.")},
    )
    # Each type's own fields are optional here: clean_registrant() requires them by type.
    tax_code = forms.CharField(
        label=_("Tax code"),
        max_length=20,
        required=False,
        help_text=_(
            "For a Vietnamese organization: 10 digits, or 13 for a branch (10 digits, a dash "
            "and 3 digits)."
        ),
    )
    personal_id = forms.CharField(
        label=_("Personal identification number (citizen identity card)"),
        max_length=20,
        required=False,
        help_text=_(
            "For a household business or an individual: 12 digits. Since 1 July 2025 it is "
            "also their tax code."
        ),
    )
    country = country_field(required=False, help_text=_("For a foreign organization or person."))
    organization = forms.CharField(
        label=_("Organization"),
        max_length=200,
        required=False,
        help_text=_("Required for a Vietnamese organization; optional for an individual."),
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
        self.fields["country"].choices = country_choices()
        maximum = event.max_per_registration if event else 10
        self.fields["attendees"].max_value = maximum
        self.fields["attendees"].validators.append(MaxValueValidator(maximum))
        self.fields["attendees"].widget.attrs.update({"min": 1, "max": maximum})
        self.fields["attendees"].help_text = _("From 1 to %(max)s.") % {"max": maximum}
        if not (event and event.event_type == EventType.FAIR):
            del self.fields["booth_requested"]
            del self.fields["products"]

    def full_clean(self):
        super().full_clean()
        # Django links an invalid field to its error, but not each button of a radio group.
        if self.is_bound and "registrant_type" in self.errors:
            field = self["registrant_type"]
            field.field.widget.attrs["aria-describedby"] = f"{field.auto_id}_error"

    def clean_email(self):
        return self.cleaned_data["email"].lower()

    def clean(self):
        cleaned = super().clean()
        clean_registrant(self, self.number_fields)
        if cleaned.get("phone"):
            # Someone registering from abroad has a foreign number.
            abroad = cleaned.get("registrant_type") == RegistrantType.FOREIGN
            try:
                cleaned["phone"] = normalize_phone(cleaned["phone"], abroad=abroad)
            except ValidationError as error:
                self.add_error("phone", error)
        return cleaned

    def field_of(self, name: str) -> str:
        """Where to report a problem with a stored field (a duplicate tax code)."""
        if name == "tax_code":
            return self.number_fields.get(self.cleaned_data.get("registrant_type", ""), name)
        return name

    def registration_fields(self, language: str) -> dict:
        data = self.cleaned_data
        consent = PublicSubmission.consent_fields(language)
        return {
            "registrant_type": data["registrant_type"],
            "country": data["country"],
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
