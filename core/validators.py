"""Vietnamese tax codes and personal identification numbers: the one rule for every section
(an OCOP producer's tax code, a registrant's number).

Each normalize_* function returns the one stored form or raises a ValidationError whose
message names the rule that failed (its `code` too: digits, length, serial, branch,
checksum, province, century, birth_year).
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from stdnum import exceptions as stdnum_errors
from stdnum.vn import mst

BUSINESS_LENGTHS = (10, 13)
PERSONAL_ID_LENGTH = 12

# The province codes that open a 12-digit personal identification number (the citizen
# identity card), Circular 07/2016/TT-BCA, kept by Circular 59/2021/TT-BCA. Numbers
# already issued keep them after the 2025 merger of provinces.
PROVINCE_CODES = frozenset(
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 "
    "034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 "
    "067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 "
    "096".split()
)
# The 4th digit: gender and century of birth (0/1: 1900s, 2/3: 2000s, then 2100s...).
# Anyone alive today was born in the 1900s or 2000s.
CENTURY_BY_DIGIT = {"0": 1900, "1": 1900, "2": 2000, "3": 2000}

NOT_DIGITS = _("A tax code has only digits, with a dash before a branch's 3 digits.")


def _compact(value: str) -> str:
    # People write '0100109106-001', '0100 109 106' or '01.00.109.106'.
    return mst.compact(value or "")


def normalize_business_tax_code(value: str) -> str:
    """An organization's tax code: 10 digits with the official check digit, or 13 (a
    branch). '0100109106 001' -> '0100109106-001', the form written on certificates."""
    number = _compact(value)
    if not number.isdigit():
        raise ValidationError(NOT_DIGITS, code="digits")
    if len(number) not in BUSINESS_LENGTHS:
        raise ValidationError(
            _(
                "A tax code has 10 digits, or 13 for a branch (10 digits, a dash and 3 "
                "digits); this one has %(count)d."
            ),
            code="length",
            params={"count": len(number)},
        )
    try:
        mst.validate(number)
    except stdnum_errors.InvalidChecksum:
        raise ValidationError(
            _(
                "The check digit (the 10th digit) of this tax code is wrong: please check "
                "the number on your registration certificate."
            ),
            code="checksum",
        ) from None
    except stdnum_errors.InvalidComponent:
        if number[2:9] == "0000000":
            raise ValidationError(
                _("A tax code's serial number (digits 3 to 9) cannot be 0000000."),
                code="serial",
            ) from None
        raise ValidationError(
            _("A branch number (the last 3 digits) cannot be 000."), code="branch"
        ) from None
    return mst.format(number)


def normalize_personal_id(value: str) -> str:
    """A 12-digit personal identification number (citizen identity card), which is also
    the tax code of an individual or a household business from 1 July 2025. Its structure
    is checked (it has no check digit): province code, gender and century, birth year."""
    number = _compact(value)
    if not number.isdigit():
        raise ValidationError(_("A personal identification number has only digits."), code="digits")
    if len(number) != PERSONAL_ID_LENGTH:
        raise ValidationError(
            _(
                "A personal identification number (on the citizen identity card) has 12 "
                "digits; this one has %(count)d."
            ),
            code="length",
            params={"count": len(number)},
        )
    if number[:3] not in PROVINCE_CODES:
        raise ValidationError(
            _(
                "%(code)s is not a province code: the first 3 digits of a personal "
                "identification number are the code of the province where the birth was "
                "registered."
            ),
            code="province",
            params={"code": number[:3]},
        )
    century = CENTURY_BY_DIGIT.get(number[3])
    if century is None:
        raise ValidationError(
            _(
                "The 4th digit of a personal identification number gives the gender and "
                "century of birth (0 to 3 for people born from 1900 to 2099); it cannot be "
                "%(digit)s."
            ),
            code="century",
            params={"digit": number[3]},
        )
    year = century + int(number[4:6])
    if year > timezone.localdate().year:
        raise ValidationError(
            _(
                "Digits 5 and 6 of a personal identification number are the year of "
                "birth; %(year)s is in the future."
            ),
            code="birth_year",
            params={"year": year},
        )
    return number


def normalize_tax_code(value: str) -> str:
    """Any Vietnamese tax code: an organization's (10 or 13 digits) or, for an individual
    or a household business, the 12-digit personal identification number."""
    number = _compact(value)
    if number.isdigit() and len(number) == PERSONAL_ID_LENGTH:
        return normalize_personal_id(number)
    if number.isdigit() and len(number) not in BUSINESS_LENGTHS:
        raise ValidationError(
            _(
                "A tax code has 10 digits (13 for a branch), or 12 for a household "
                "business (its owner's personal identification number); this one has "
                "%(count)d."
            ),
            code="length",
            params={"count": len(number)},
        )
    return normalize_business_tax_code(number)


def validate_tax_code(value: str) -> None:
    """Model field validator form of normalize_tax_code()."""
    normalize_tax_code(value)


def example_tax_code(n: int) -> str:
    """A made-up but valid 10-digit tax code, a different one for each n >= 0 (demo, test
    and benchmark registrations). The serial is n + 1, never 0000000; a serial with no
    check digit under one province prefix has one under the other."""
    serial = f"{n + 1:07d}"
    for prefix in ("09", "01"):
        check = mst.calc_check_digit(prefix + serial)
        if len(check) == 1:
            return prefix + serial + check
    raise ValueError(n)  # never: the two prefixes differ by 7 modulo 11
