"""Validation shared by the public forms (inquiries, event registrations)."""

import re
import secrets
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PHONE_NOISE = re.compile(r"[\s.\-()]")
VIETNAMESE_PHONE = re.compile(r"^0\d{9,10}$")
# E.164: a country code and at most 15 digits in all.
INTERNATIONAL_PHONE = re.compile(r"^\+[1-9]\d{6,14}$")
ABROAD_PHONE_MESSAGE = _("Enter the phone number with its country code, e.g. +33 1 23 45 67 89.")


def clean_text(value: str) -> str:
    """Normalise to NFC and drop control characters (a pasted form feed, a NUL)."""
    value = unicodedata.normalize("NFC", value or "")
    return "".join(c for c in value if c in "\n\t" or unicodedata.category(c)[0] != "C").strip()


def normalize_phone(value: str, *, abroad: bool = False) -> str:
    """'+84 912 345 678' -> '0912345678'; raises if not a Vietnamese number. With
    `abroad`, a number with its country code is also taken: '+33 1 23 45 67 89' ->
    '+33123456789'."""
    digits = PHONE_NOISE.sub("", value or "")
    if abroad and digits.startswith("00"):
        digits = "+" + digits[2:]
    if abroad and digits.startswith("+") and not digits.startswith("+84"):
        if INTERNATIONAL_PHONE.match(digits):
            return digits
        raise ValidationError(ABROAD_PHONE_MESSAGE, code="phone")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if not VIETNAMESE_PHONE.match(digits):
        if abroad:
            raise ValidationError(ABROAD_PHONE_MESSAGE, code="phone")
        raise ValidationError(
            _("Enter a Vietnamese phone number, e.g. 0912 345 678 or 0221 3 862 574."),
            code="phone",
        )
    return digits


class PublicForm(forms.Form):
    """Base for forms the public fills in: clean text, a honeypot, a one-use token."""

    # Bots fill every field; people never see this one (hidden by CSS and aria-hidden),
    # nor reach it with Tab, nor have the browser autofill it for them.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    form_token = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            # Clean before validation, so a stray control character is dropped rather
            # than reported (Django rejects NUL characters outright).
            data = data.copy()
            for name in list(data.keys()):
                data.setlist(
                    name, [clean_text(v) if isinstance(v, str) else v for v in data.getlist(name)]
                )
        super().__init__(data, *args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("form_token", secrets.token_urlsafe(24))

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))
