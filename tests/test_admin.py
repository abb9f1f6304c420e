"""Staff: the admin in Vietnamese by default, English on request, agency details editable."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.users.models import UserProfile

from core.models import AgencyInfo

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pw")
    client.force_login(user)
    client.user = user
    return client


def test_login_page_is_in_vietnamese(client, db):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en-US,en")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "vi"
    assert "Đăng nhập" in page.text
    assert "Sign in" not in page.text


def test_admin_dashboard_in_vietnamese_then_english_by_preference(admin_client, demo):
    text = BeautifulSoup(admin_client.get("/admin/").content, "html.parser").text
    assert "Trang" in text and "Hình ảnh" in text
    # Our own menu entry, translated by the project catalogue.
    settings_menu = admin_client.get("/admin/snippets/core/agencyinfo/")
    assert "Thông tin cơ quan" in settings_menu.content.decode()

    profile = UserProfile.get_for_user(admin_client.user)
    profile.preferred_language = "en"
    profile.save()
    english = admin_client.get("/admin/snippets/core/agencyinfo/").content.decode()
    assert "Agency information" in english


def test_footer_comes_from_the_agency_information_edited_in_the_admin(admin_client, demo):
    info = AgencyInfo.objects.get(locale=demo["vi"])
    edit_url = f"/admin/snippets/core/agencyinfo/edit/{info.pk}/"
    form = BeautifulSoup(admin_client.get(edit_url).content, "html.parser")
    data = {}
    for field in form.select("form input[name], form textarea[name], form select[name]"):
        if field.name == "select":
            selected = field.select_one("option[selected]")
            data[field["name"]] = selected["value"] if selected else ""
        elif field.name == "textarea":
            data[field["name"]] = field.text.strip()
        elif field.get("type") not in ("checkbox", "submit", "file"):
            data[field["name"]] = field.get("value", "")
    data.update({"phone": "0221 3 999 888", "working_hours": "Thứ Hai – Thứ Sáu, 8:00–17:00"})
    response = admin_client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    anonymous_page = admin_client.get("/").content.decode()
    assert "0221 3 999 888" in anonymous_page
    assert "Thứ Hai – Thứ Sáu, 8:00–17:00" in anonymous_page
    # The phone is synchronised to the English record; the English footer is English.
    english = admin_client.get("/en/").content.decode()
    assert "Hung Yen Department of Science and Technology" in english
    assert "Working hours" in english


def test_agency_information_is_a_single_record_per_language(demo):
    duplicate = AgencyInfo(locale=demo["vi"], name="Another agency")
    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_footer_shows_address_by_commune_and_province(client, demo):
    footer = BeautifulSoup(client.get("/").content, "html.parser").select_one("footer").text
    assert "Phường Phố Hiến" in footer
    assert "Hưng Yên" in footer
    assert "Huyện" not in footer  # no district level since July 2025
