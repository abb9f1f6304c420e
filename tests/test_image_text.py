"""Image alt texts, credits and captions in the reader's language: English pages describe
and credit their pictures in English, falling back to Vietnamese; editors write both on
the image's form in the admin."""

import io
import json
import tomllib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Collection
from wagtail_localize.models import StringSegment, TranslationSource

from core.demo import make_image
from core.demo import translate as localize
from core.models import CustomImage
from news.models import NewsIndexPage, NewsPage
from showcase.models import OcopProductPage
from tests import factories

# Rendering, not the database engine: .ci/run runs these once, on SQLite.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_independent]

ROOT = Path(__file__).resolve().parent.parent


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def photo(title="Ảnh hội thảo", **texts):
    """A small image with {language: text} alt texts and credits."""
    image = make_image(title, ("#0a4a8c", "#1b7f79"), size=(320, 180), **texts)
    return CustomImage.objects.get(pk=image.pk)


def lead_figure(response):
    figure = soup(response).select_one(".article__image")
    credit = figure.select_one(".credit")
    return figure.find("img")["alt"], credit.text if credit else None


@pytest.fixture
def bilingual_article(demo):
    """A Vietnamese article with a lead picture and a body picture, really translated into
    English through wagtail-localize (as editors translate)."""
    index = NewsIndexPage.objects.get(locale=demo["vi"])
    lead = photo(
        alt={"vi": "Đại biểu dự hội thảo", "en": "Delegates at the workshop"},
        credit={"vi": "Sở KH&CN", "en": "Department of S&T"},
    )
    body = photo(
        "Ảnh máy sấy",
        alt={"vi": "Máy sấy nông sản", "en": "A produce dryer"},
        credit={"vi": "Trung tâm Ứng dụng", "en": "Application Centre"},
    )
    article = factories.article(
        index,
        "Hội thảo ảnh song ngữ",
        lead="Tóm tắt hội thảo",
        featured_image=lead,
        featured_image_caption="Phiên khai mạc",
        body=[("image", {"image": body, "caption": "Máy sấy trưng bày"})],
    )
    english = localize(
        article,
        {
            "Hội thảo ảnh song ngữ": "Bilingual pictures workshop",
            "Tóm tắt hội thảo": "Workshop summary",
            "Phiên khai mạc": "Opening session",
            "Máy sấy trưng bày": "The dryer on show",
        },
        demo["en"],
    )
    return article, english, lead, body


def test_article_pictures_are_described_and_credited_in_the_page_language(
    client, bilingual_article
):
    article, english, _lead, _body = bilingual_article
    assert english.url.startswith("/en/")

    vi_page = client.get(article.url)
    assert lead_figure(vi_page) == ("Đại biểu dự hội thảo", "Ảnh: Sở KH&CN")
    figures = soup(vi_page).select(".prose figure")
    assert figures[0].find("img")["alt"] == "Máy sấy nông sản"
    assert figures[0].figcaption.text.split() == "Máy sấy trưng bày Ảnh: Trung tâm Ứng dụng".split()

    en_page = client.get(english.url)
    assert lead_figure(en_page) == ("Delegates at the workshop", "Photo: Department of S&T")
    assert "Opening session" in soup(en_page).select_one(".article__image figcaption").text
    figures = soup(en_page).select(".prose figure")
    assert figures[0].find("img")["alt"] == "A produce dryer"
    assert (
        figures[0].figcaption.text.split() == "The dryer on show Photo: Application Centre".split()
    )
    # No Vietnamese text of the pictures is left on the English page.
    assert "Đại biểu" not in en_page.content.decode() and "Sở KH&CN" not in en_page.content.decode()


def test_caption_of_a_body_picture_is_translated_not_synchronized(bilingual_article):
    article, english, _lead, body = bilingual_article
    source = TranslationSource.objects.get_for_instance(article)
    strings = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert {"Máy sấy trưng bày", "Phiên khai mạc"} <= strings
    # The picture itself is the same in both languages: it carries its own texts.
    assert english.body[0].value["image"] == body


def test_english_falls_back_to_vietnamese_when_nothing_is_written_in_english(
    client, bilingual_article
):
    article, english, lead, _body = bilingual_article
    lead.localized_texts = {}
    lead.save()
    assert lead_figure(client.get(english.url)) == ("Đại biểu dự hội thảo", "Photo: Sở KH&CN")
    # Only the credit in English: the alt text falls back alone.
    lead.set_text("credit", "en", "Department of S&T")
    lead.save()
    assert lead_figure(client.get(english.url)) == (
        "Đại biểu dự hội thảo",
        "Photo: Department of S&T",
    )


def test_decorative_pictures_have_an_empty_alt_in_every_language(client, bilingual_article):
    article, english, lead, _body = bilingual_article
    lead.is_decorative = True
    lead.save()
    for page in (article, english):
        alt, _credit = lead_figure(client.get(page.url))
        assert alt == ""
        assert soup(client.get(page.url)).find("meta", property="og:image:alt") is None


def test_sharing_tags_describe_the_picture_in_the_page_language(client, bilingual_article):
    article, english, _lead, _body = bilingual_article
    for page, alt in ((article, "Đại biểu dự hội thảo"), (english, "Delegates at the workshop")):
        head = soup(client.get(page.url))
        assert head.find("meta", property="og:image:alt")["content"] == alt
        assert head.find("meta", attrs={"name": "twitter:image:alt"})["content"] == alt


def test_demo_pictures_have_english_alt_texts_and_credits(client, demo):
    data = tomllib.loads((ROOT / "news" / "demo" / "images.toml").read_text())
    article = NewsPage.objects.live().filter(locale=demo["en"], featured_image__isnull=False)[0]
    spec = data[article.featured_image.title]
    assert lead_figure(client.get(article.url)) == (
        spec["alt"]["en"],
        f"Photo: {spec['credit']['en']}",
    )
    source = article.get_translation(demo["vi"])
    assert lead_figure(client.get(source.url)) == (
        spec["alt"]["vi"],
        f"Ảnh: {spec['credit']['vi']}",
    )
    for path in ROOT.glob("*/demo/images.toml"):
        for name, spec in tomllib.loads(path.read_text()).items():
            assert spec["alt"]["vi"] and spec["alt"]["en"], (path, name)
            assert spec["credit"]["vi"] and spec["credit"]["en"], (path, name)


def test_the_api_describes_a_page_picture_in_the_page_language(client, demo):
    product = OcopProductPage.objects.live().filter(locale=demo["en"], image__isnull=False)[0]
    image = product.image
    image.set_text("alt", "en", "English description of the product")
    image.save()
    for page, alt in (
        (product, "English description of the product"),
        (product.get_translation(demo["vi"]), image.description),
    ):
        # The API's URLs carry no language: the browser's must not decide.
        response = client.get(
            f"/api/v2/pages/{page.pk}/", {"fields": "image_thumbnail"}, HTTP_ACCEPT_LANGUAGE="vi"
        )
        assert json.loads(response.content)["image_thumbnail"]["alt"] == alt


# --- The image form in the admin --------------------------------------------------------


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.com", "pw")
    client.force_login(user)
    return user


def edit_data(image, **fields):
    return {
        "title": image.title,
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
        "description": "",
        "alt_en": "",
        "credit": "",
        "credit_en": "",
        **fields,
    }


def test_the_image_form_edits_the_texts_in_both_languages(client, editor):
    image = photo(alt={"vi": "Ảnh cũ"})
    url = f"/admin/images/{image.pk}/"
    # The admin is in Vietnamese; the languages are named as settings.LANGUAGES names them.
    labels = {label.text.strip() for label in soup(client.get(url)).select("label")}
    assert {
        "Văn bản thay thế (Tiếng Việt)",
        "Văn bản thay thế (English)",
        "Nguồn ảnh (Tiếng Việt)",
        "Nguồn ảnh (English)",
    } <= {label.rstrip("*").strip() for label in labels}

    response = client.post(
        url,
        edit_data(
            image,
            description="Nông dân thu hoạch nhãn",
            alt_en="Farmers picking longans",
            credit="Hội Nông dân",
            credit_en="Farmers' Union",
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    image.refresh_from_db()
    assert image.alt_for("vi") == "Nông dân thu hoạch nhãn"
    assert image.alt_for("en") == "Farmers picking longans"
    assert image.credit_for("vi") == "Hội Nông dân"
    assert image.credit_for("en") == "Farmers' Union"
    # The form shows what was saved.
    form = soup(client.get(url))
    assert form.find("input", attrs={"name": "alt_en"})["value"] == "Farmers picking longans"
    assert form.find("input", attrs={"name": "credit_en"})["value"] == "Farmers' Union"

    # Emptying the English brings the Vietnamese back on English pages.
    client.post(url, edit_data(image, description="Nông dân thu hoạch nhãn"))
    image.refresh_from_db()
    assert image.localized_texts == {}
    assert image.alt_for("en") == "Nông dân thu hoạch nhãn"


def test_the_image_form_asks_for_a_vietnamese_description_unless_decorative(client, editor):
    image = photo(alt={"vi": "Ảnh cũ"})
    before = image.localized_texts
    url = f"/admin/images/{image.pk}/"
    response = client.post(url, edit_data(image, alt_en="Only English"))
    assert response.status_code == 200
    assert "Hãy mô tả ảnh" in " ".join(response.context["form"].errors["description"])
    image.refresh_from_db()
    assert image.description == "Ảnh cũ" and image.localized_texts == before

    response = client.post(url, edit_data(image, is_decorative="on"))
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.is_decorative and image.alt_for("vi") == "" and image.alt_for("en") == ""


def test_the_multiple_uploader_asks_for_the_texts_before_creating_the_image(client, editor):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "PNG")
    result = json.loads(
        client.post(
            "/admin/images/multiple/add/",
            {
                "files[]": SimpleUploadedFile("nhan.png", buffer.getvalue()),
                "collection": Collection.get_first_root_node().pk,
            },
        ).content
    )
    assert result["success"] and "alt_en" in result["form"]
    assert not CustomImage.objects.filter(title="nhan.png").exists()
    upload = result["uploaded_file_id"]
    prefix = f"uploaded-image-{upload}-"
    fields = {
        "title": "nhan.png",
        "collection": Collection.get_first_root_node().pk,
        "description": "Chùm nhãn chín",
        "alt_en": "Ripe longans",
    }
    result = json.loads(
        client.post(
            f"/admin/images/multiple/create_from_uploaded_image/{upload}/",
            {prefix + name: value for name, value in fields.items()},
        ).content
    )
    assert result["success"], result
    image = CustomImage.objects.get(title="nhan.png")
    assert (image.alt_for("vi"), image.alt_for("en")) == ("Chùm nhãn chín", "Ripe longans")
