"""The demo loader: bilingual, real translations, idempotent."""

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.models import AgencyInfo, CustomImage
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "images": CustomImage.objects.count(),
        "agency": AgencyInfo.objects.count(),
        "translations": Translation.objects.count(),
        "revisions": sum(p.revisions.count() for p in Page.objects.all()),
    }


def test_loader_is_idempotent(demo):
    before = counts()
    call_command("load_demo", "--no-admin", verbosity=0)
    call_command("load_demo", "--no-admin", verbosity=0)
    assert counts() == before


def test_english_pages_are_translations_of_the_vietnamese_ones(demo):
    about_vi = ContentPage.objects.get(slug="gioi-thieu")
    about_en = about_vi.get_translation(demo["en"])
    assert about_en.slug == "about"
    assert about_en.live
    assert about_en.translation_key == about_vi.translation_key
    assert Translation.objects.filter(
        source__object_id=about_vi.translation_key, target_locale=demo["en"]
    ).exists()
    # The English text is English, block by block.
    english_text = " ".join(str(block.value) for block in about_en.body)
    assert "Position and functions" in english_text
    assert "Vị trí" not in english_text
    assert HomePage.objects.filter(locale=demo["en"], live=True).count() == 1


def test_decree_42_pages_exist_in_both_languages(client, demo):
    for vi, en in (
        ("/gioi-thieu/", "/en/about/"),
        ("/lien-he/", "/en/contact/"),
        ("/chinh-sach-bao-ve-du-lieu-ca-nhan/", "/en/personal-data-policy/"),
    ):
        assert client.get(vi).status_code == 200
        assert client.get(en).status_code == 200


def test_admin_account_is_created_and_its_password_printed(
    db, client, tmp_path, settings, capsys, monkeypatch
):
    from core.management.commands import load_demo

    monkeypatch.setattr(load_demo, "CREDENTIALS_FILE", tmp_path / "pw")
    call_command("load_demo")
    first = capsys.readouterr().out
    password = (tmp_path / "pw").read_text()
    assert f"password '{password}'" in first
    call_command("load_demo")
    assert f"password '{password}'" in capsys.readouterr().out
    # Through the sign-in form: django-axes refuses an authentication without a request.
    response = client.post("/admin/login/", {"username": "admin", "password": password})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
