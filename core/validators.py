"""Validators shared by sections (a producer's and a registering business's tax code)."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

TAX_CODE_VALIDATOR = RegexValidator(
    r"^\d{10}(-\d{3})?$",
    _("A tax code has 10 digits, or 10 digits, a dash and 3 digits for a branch."),
)
