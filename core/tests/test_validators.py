"""The tax code and personal identification number rules (core.validators)."""

import datetime
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from stdnum.vn import mst

from core.validators import (
    example_tax_code,
    normalize_business_tax_code,
    normalize_personal_id,
    normalize_tax_code,
    validate_tax_code,
)


def failed_rule(function, value):
    with pytest.raises(ValidationError) as error:
        function(value)
    return error.value.code


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("0100109106", "0100109106"),
        (" 0100109106 ", "0100109106"),
        ("01.00.109.106", "0100109106"),
        ("0100109106-001", "0100109106-001"),
        ("0100109106001", "0100109106-001"),
        ("0100109106 - 001", "0100109106-001"),
    ],
)
def test_business_tax_codes_are_stored_in_one_form(value, stored):
    assert normalize_business_tax_code(value) == stored


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("1234567890", "checksum"),
        ("0100109107", "checksum"),
        ("0100109106-12", "length"),
        ("010010910", "length"),
        ("001085012345", "length"),  # a personal ID is not an organization's code
        ("01001O9106", "digits"),
        ("0100109106-00A", "digits"),
        ("0100109106-000", "branch"),
        ("0900000000", "serial"),
        ("", "digits"),
    ],
)
def test_business_tax_code_errors_name_the_rule(value, rule):
    assert failed_rule(normalize_business_tax_code, value) == rule


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("00108501234", "length"),
        ("0010850123456", "length"),
        ("00108501234X", "digits"),
        ("003085012345", "province"),  # 003 is not a province code
        ("100085012345", "province"),
        ("001485012345", "century"),  # born in the 2100s
        ("001985012345", "century"),
        ("001299012345", "birth_year"),  # a man born in 2099
    ],
)
def test_personal_id_errors_name_the_rule(value, rule):
    assert failed_rule(normalize_personal_id, value) == rule


def test_personal_ids_of_every_province_and_both_centuries():
    for value in ("001085012345", "079190012345", "096305012345", "001 085 012 345"):
        assert normalize_personal_id(value) == value.replace(" ", "")


def test_the_birth_year_is_checked_against_today():
    with mock.patch("django.utils.timezone.localdate", return_value=datetime.date(2030, 1, 1)):
        assert normalize_personal_id("001230012345") == "001230012345"
        assert failed_rule(normalize_personal_id, "001231012345") == "birth_year"


def test_any_tax_code_takes_a_household_personal_id():
    assert normalize_tax_code("0100109106-001") == "0100109106-001"
    assert normalize_tax_code("001085012345") == "001085012345"
    assert failed_rule(normalize_tax_code, "003085012345") == "province"
    assert failed_rule(normalize_tax_code, "12345") == "length"
    assert failed_rule(validate_tax_code, "1234567890") == "checksum"


def test_error_messages_say_which_rule_in_vietnamese():
    with pytest.raises(ValidationError) as error:
        normalize_business_tax_code("1234567890")
    with translation.override("vi"):
        assert "chữ số kiểm tra" in error.value.messages[0].lower()
    with translation.override("en"):
        assert "check digit" in error.value.messages[0]


def test_example_tax_codes_are_valid_and_distinct():
    codes = [example_tax_code(n) for n in range(3000)]
    assert len(set(codes)) == len(codes)
    assert all(mst.is_valid(code) for code in codes)
