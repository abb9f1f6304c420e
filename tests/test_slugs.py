"""ASCII slugs folded from Vietnamese titles, on the server and in the admin's slug field."""

import json
import re

import pytest
from django.contrib.auth import get_user_model

from core.text import fold, slug_formatters, slugify_vi
from home.models import ContentPage
from tests import factories


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Đào tạo chuyển đổi số", "dao-tao-chuyen-doi-so"),
        ("ĐỒNG THÁP", "dong-thap"),
        ("Quy trình nhân giống cây dừa sáp", "quy-trinh-nhan-giong-cay-dua-sap"),
        ("Thị trường khoa học và công nghệ", "thi-truong-khoa-hoc-va-cong-nghe"),
        ("Nghiệm thu đề tài: ưu tiên ổn định!", "nghiem-thu-de-tai-uu-tien-on-dinh"),
        # Decomposed input (combining marks after base letters).
        ("Tie\u0302\u0301ng Vie\u0323\u0302t", "tieng-viet"),
    ],
)
def test_slugify_vi(title, slug):
    assert slugify_vi(title) == slug


def test_fold_keeps_plain_text_and_lowercases():
    assert fold("Khoa Học 2030") == "khoa hoc 2030"


@pytest.mark.django_db
def test_page_without_slug_gets_a_folded_slug(db):
    home = factories.site_with_home()
    page = ContentPage(title="Đào tạo chuyển đổi số")
    home.add_child(instance=page)
    assert page.slug == "dao-tao-chuyen-doi-so"
    second = ContentPage(title="Đào tạo chuyển đổi số")
    home.add_child(instance=second)
    assert second.slug == "dao-tao-chuyen-doi-so-2"


def apply_js_formatters(value: str, formatters: list) -> str:
    """What the admin's CleanController does with data-w-slug-formatters-value."""
    for (pattern, flags), replacement in formatters:
        value = re.compile(pattern, re.IGNORECASE if "i" in flags else 0).sub(replacement, value)
    return value


@pytest.mark.django_db
def test_admin_slug_field_folds_vietnamese(client, demo, page_by_slug):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(admin)
    about = page_by_slug("gioi-thieu")
    response = client.get(f"/admin/pages/{about.pk}/edit/")
    assert response.status_code == 200
    match = re.search(r'data-w-slug-formatters-value="([^"]+)"', response.content.decode())
    assert match, "the slug input carries the Vietnamese formatters"
    formatters = json.loads(match.group(1).replace("&quot;", '"'))
    folded = apply_js_formatters("Đào tạo ĐỔI MỚI sáng tạo", formatters)
    assert folded.lower() == "dao tao doi moi sang tao"


def test_formatters_cover_every_vietnamese_letter():
    letters = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"
    text = letters + letters.upper()
    out = text
    for pattern, replacement in slug_formatters():
        out = pattern.sub(replacement, out)
    assert out.isascii()
