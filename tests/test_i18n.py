"""Vietnamese at /, English under /en/, switcher, hreflang and the English offer."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils import translation

from core.views import server_error

# Rendering, not the database engine: .ci/run runs these once, on SQLite.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_independent]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def alternates(page_soup):
    return {
        link["hreflang"]: link["href"]
        for link in page_soup.select('link[rel="alternate"][hreflang]')
    }


def switcher(page_soup):
    return {a["hreflang"]: a for a in page_soup.select(".language-switcher a")}


def test_home_in_both_languages(client, demo):
    vi = client.get("/")
    en = client.get("/en/")
    assert vi.status_code == en.status_code == 200
    vi_soup, en_soup = soup(vi), soup(en)
    assert vi_soup.html["lang"] == "vi"
    assert en_soup.html["lang"] == "en"
    assert "Phát triển thị trường khoa học và công nghệ" in vi_soup.text
    assert "Developing the science and technology market" in en_soup.text
    # Each links to the other as a real translation, with x-default on Vietnamese.
    assert alternates(vi_soup) == {
        "vi": "http://testserver/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/",
    }
    assert alternates(en_soup) == alternates(vi_soup)
    assert switcher(vi_soup)["en"]["href"] == "/en/"
    assert switcher(en_soup)["vi"]["href"] == "/"
    assert vi_soup.select_one('link[rel="canonical"]')["href"] == "http://testserver/"
    assert en_soup.select_one('link[rel="canonical"]')["href"] == "http://testserver/en/"


def test_switcher_leads_to_the_translation_of_the_page(client, demo):
    page_soup = soup(client.get("/gioi-thieu/"))
    link = switcher(page_soup)["en"]
    assert link["href"] == "/en/about/"
    assert "data-fallback" not in link.attrs
    english = soup(client.get("/en/about/"))
    assert english.h1.text == "About us"
    assert switcher(english)["vi"]["href"] == "/gioi-thieu/"
    assert alternates(english)["x-default"] == "http://testserver/gioi-thieu/"


def test_untranslated_page_falls_back_to_the_other_home_and_says_so(client, demo):
    page_soup = soup(client.get("/thu-tuc-hanh-chinh/"))
    link = switcher(page_soup)["en"]
    assert link["href"] == "/en/"
    assert "data-fallback" in link.attrs
    assert "this page is not translated" in link.text
    # No hreflang promise of an English version that does not exist.
    assert set(alternates(page_soup)) == {"vi", "x-default"}


def test_menu_shows_only_the_current_language(client, demo):
    vi_menu = [a.text for a in soup(client.get("/")).select(".main-menu a")]
    en_menu = [a.text for a in soup(client.get("/en/")).select(".main-menu a")]
    assert "Giới thiệu" in vi_menu
    assert "Thủ tục hành chính" in vi_menu
    assert "About us" in en_menu
    assert not any("Giới thiệu" in item or "Thủ tục" in item for item in en_menu)
    # Pages not marked "show in menus" stay out.
    assert "Chính sách bảo vệ dữ liệu cá nhân" not in vi_menu


@pytest.mark.parametrize("accept", ["en-US,en;q=0.9", "en", "fr-FR,en;q=0.5", ""])
def test_root_serves_vietnamese_whatever_the_browser_says(client, demo, accept):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 200  # no redirect to /en/
    assert soup(response).html["lang"] == "vi"


@pytest.mark.parametrize("accept", ["en-US,en;q=0.9", "vi-VN,vi;q=0.9,en;q=0.8", "fr", ""])
def test_english_offer_is_served_hidden_and_the_same_to_every_browser(client, demo, accept):
    # The browser decides whether to show it (site.js, below), so one cached copy of the
    # page is right for every reader and the response does not vary on Accept-Language.
    response = client.get("/gioi-thieu/", HTTP_ACCEPT_LANGUAGE=accept)
    offer = soup(response).select_one("[data-language-offer]")
    assert offer is not None and offer.has_attr("hidden")
    assert offer.a["href"] == "/en/about/"
    assert "accept-language" not in response.get("Vary", "").lower()


def test_english_offer_needs_a_translation(client, demo):
    english_browser = {"HTTP_ACCEPT_LANGUAGE": "en-US,en"}
    untranslated = soup(client.get("/thu-tuc-hanh-chinh/", **english_browser))
    assert untranslated.select_one("[data-language-offer]") is None
    on_english_page = soup(client.get("/en/about/", **english_browser))
    assert on_english_page.select_one("[data-language-offer]") is None


def test_page_chrome_has_landmarks_and_skip_link(client, demo):
    page_soup = soup(client.get("/gioi-thieu/"))
    skip = page_soup.select_one("a.skip-link")
    assert skip["href"] == "#main"
    assert page_soup.select_one("main#main")
    assert page_soup.select_one("header.site-header")
    assert page_soup.select_one("footer.site-footer")
    assert page_soup.select_one('form[role="search"]')["action"] == "/search/"
    assert soup(client.get("/en/about/")).select_one('form[role="search"]')["action"] == (
        "/en/search/"
    )
    stylesheet = page_soup.select_one('link[rel="stylesheet"]')["href"]
    assert stylesheet.startswith("/static/"), "CSS is self-hosted"
    assert not re.search(
        r'(src|href)="https?://(?!testserver)', client.get("/").content.decode().split("<footer")[0]
    ), "no third-party assets in the page head or body"


@pytest.mark.parametrize(
    ("path", "lang", "text"),
    [
        ("/khong-ton-tai/", "vi", "Không tìm thấy trang"),
        ("/en/does-not-exist/", "en", "Page not found"),
        ("/fr/", "vi", "Không tìm thấy trang"),
        ("/xx/yy/zz/", "vi", "Không tìm thấy trang"),
    ],
)
def test_localized_404(client, demo, path, lang, text):
    response = client.get(path)
    assert response.status_code == 404
    page_soup = soup(response)
    assert page_soup.html["lang"] == lang
    assert text in page_soup.h1.text


def test_localized_500(client, demo, settings):

    for lang, text in (("vi", "Đã xảy ra lỗi"), ("en", "Something went wrong")):
        with translation.override(lang):
            response = server_error(RequestFactory().get("/"))
        assert response.status_code == 500
        assert text in response.content.decode()
        assert f'lang="{lang}"' in response.content.decode()
