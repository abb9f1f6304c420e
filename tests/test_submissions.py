"""What inquiries and registrations share (core.submissions): anonymization, one token."""

import pytest
from django.utils import timezone

from core.submissions import PRIVACY_NOTICE_VERSION, REDACTED
from showcase.models import Inquiry, OcopProductPage

pytestmark = pytest.mark.django_db


def make_inquiry(entry, token="t-1"):
    return Inquiry.objects.create(
        entry=entry,
        organization="Công ty TNHH Nông sản Sạch",
        contact_name="Nguyễn Thị Lan",
        email="lan@nongsansach.example.vn",
        phone="0912345678",
        need="buy",
        message="Chúng tôi muốn đặt 500 hộp cho dịp Tết.",
        form_token=token,
        **Inquiry.consent_fields("vi"),
    )


def test_an_inquiry_is_anonymized_like_a_registration(demo):
    entry = OcopProductPage.objects.filter(locale=demo["vi"]).first()
    inquiry = make_inquiry(entry)
    assert inquiry.reference.startswith("YC-") and inquiry.reference_code == inquiry.reference
    assert inquiry.privacy_notice_version == PRIVACY_NOTICE_VERSION
    inquiry.anonymize()
    assert inquiry.anonymized and inquiry.form_token is None
    assert inquiry.contact_name == REDACTED and inquiry.email == "anonymized@invalid"
    assert inquiry.phone == "" and inquiry.message == ""
    # What statistics need stays.
    assert inquiry.reference.startswith("YC-") and inquiry.entry_id == entry.pk
    assert inquiry.created_at <= timezone.now()


def test_the_same_form_token_creates_one_inquiry(demo):
    entry = OcopProductPage.objects.filter(locale=demo["vi"]).first()
    first = make_inquiry(entry, token="same")
    again, created = Inquiry.objects.create_once(
        entry=entry,
        organization="X",
        contact_name="Y",
        email="y@example.vn",
        phone="0912345678",
        need="buy",
        message="Một lần nữa, cùng một biểu mẫu.",
        form_token="same",
        **Inquiry.consent_fields("vi"),
    )
    assert not created and again == first
    assert Inquiry.objects.count() == 1
