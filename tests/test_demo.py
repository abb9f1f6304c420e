"""The demo loader: bilingual, real translations, idempotent, content read from data files."""

import datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.demo import data_files, loaders, read
from core.management.commands import load_demo
from core.models import AgencyInfo, CustomImage
from events.models import EventPage
from home.models import ContentPage, HomePage
from news.models import NewsPage

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


# --- Data files ----------------------------------------------------------------------------


def texts(value, path=""):
    """(where, text) for every translatable text, i.e. every table with a "vi" key."""
    if isinstance(value, dict):
        if "vi" in value:
            yield path, value
        for key, item in value.items():
            yield from texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from texts(item, f"{path}[{n}]")


def test_each_section_loads_its_own_demo_in_installed_apps_order():
    # home first: the sections hang their index pages under its home page.
    assert [module.__name__ for module in loaders()] == [
        "home.demo",
        "news.demo",
        "showcase.demo",
        "events.demo",
    ]
    # load_demo names no section.
    source = Path(load_demo.__file__).read_text()
    assert not any(name in source for name in ("home", "news", "showcase", "events"))


def test_data_files_are_bilingual_and_complete():
    files = list(data_files())
    assert len(files) > 60
    for path in files:
        data = read(path)
        english = {}
        for where, text in texts(data):
            assert text["vi"].strip(), f"{path}{where}: empty Vietnamese"
            if data.get("translate", True):
                assert text.get("en", "").strip(), f"{path}{where}: no English"
                # Translations are matched by Vietnamese text within an item.
                assert english.setdefault(text["vi"], text["en"]) == text["en"], (
                    f"{path}{where}: one Vietnamese text, two translations"
                )


def test_pictures_are_referenced_by_name_from_their_section():
    for module in loaders():
        folder = Path(module.__file__).parent
        names = set(read(folder / "images.toml"))
        used = set()
        for path in folder.rglob("*.toml"):
            data = read(path)
            for item in (data, data.get("hero", {})):
                if isinstance(item.get("image"), str):
                    used.add(item["image"])
        assert used and used <= names, f"{folder}: unknown pictures {used - names}"


def test_dates_stay_relative_to_the_loading_day(demo):
    now = timezone.now()
    events = EventPage.objects.filter(locale=demo["vi"])
    assert events.filter(end__lt=now).exists()
    assert events.filter(start__lte=now, end__gte=now).exists()
    assert events.filter(start__gt=now).exists()
    newest = NewsPage.objects.filter(locale=demo["vi"]).order_by("-date").first()
    assert timezone.localdate() - newest.date < datetime.timedelta(days=7)
