"""Responsive images: <picture> with WebP and JPEG srcsets, sizes, dimensions, lazy loading
below the fold and an eager, high-priority lead image; every rendition URL serves."""

from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import RequestFactory
from django.views.static import serve

from news.models import NewsIndexPage, NewsPage
from showcase.models import ShowcaseEntryPage, ShowcaseIndexPage

# Rendering, not the database engine: .ci/run runs these once, on SQLite.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_independent]

MAGIC = {"image/webp": (8, b"WEBP"), "image/jpeg": (0, b"\xff\xd8\xff")}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def srcset_urls(srcset):
    """[(url, width)] of a width-descriptor srcset."""
    pairs = [item.strip().rsplit(" ", 1) for item in srcset.split(",")]
    assert all(w.endswith("w") for _, w in pairs), srcset
    return [(url, int(w[:-1])) for url, w in pairs]


def assert_served(url, content_type):
    """The rendition behind `url` is served from MEDIA_URL with the right type and bytes.
    Tests run without DEBUG's media route, so ask the static file view directly, as the
    web server in front of the site serves MEDIA_ROOT."""
    path = urlparse(url).path
    assert path.startswith(settings.MEDIA_URL), url
    request = RequestFactory().get(path)
    response = serve(request, path[len(settings.MEDIA_URL) :], document_root=settings.MEDIA_ROOT)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    body = b"".join(response.streaming_content)
    offset, magic = MAGIC[content_type]
    assert body[offset : offset + len(magic)] == magic, url


def check_picture(picture, *, lead):
    """One <picture>: a WebP source and a JPEG <img> fallback, both with ≥2 widths that
    serve; the <img> has its dimensions; lazy unless it is the page's lead image."""
    sources = picture.find_all("source")
    assert [s["type"] for s in sources] == ["image/webp"]
    webp = srcset_urls(sources[0]["srcset"])
    assert len({w for _, w in webp}) >= 2
    assert sources[0]["sizes"]

    img = picture.find("img")
    jpeg = srcset_urls(img["srcset"])
    assert len({w for _, w in jpeg}) >= 2
    assert img["sizes"] == sources[0]["sizes"]
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert img.has_attr("alt")
    # The fallback src is the largest JPEG, for browsers that ignore srcset.
    assert img["src"] == max(jpeg, key=lambda pair: pair[1])[0]
    if lead:
        assert img["fetchpriority"] == "high"
        assert not img.has_attr("loading")
    else:
        assert img["loading"] == "lazy"
        assert img["decoding"] == "async"
        assert not img.has_attr("fetchpriority")

    for url, _ in webp:
        assert_served(url, "image/webp")
    for url, _ in jpeg:
        assert_served(url, "image/jpeg")


def test_article_lead_image_and_cards(client, demo):
    article = (
        NewsPage.objects.live().filter(locale=demo["vi"], featured_image__isnull=False).first()
    )
    page = soup(client.get(article.url))
    lead = page.select_one(".article__image picture")
    assert lead is not None
    check_picture(lead, lead=True)
    # og:image stays a single JPEG rendition, for the crawlers that read it.
    og = page.find("meta", property="og:image")["content"]
    assert og.endswith(".jpg")
    assert_served(og, "image/jpeg")

    index = NewsIndexPage.objects.live().get(locale=demo["vi"])
    listing = soup(client.get(index.url))
    cards = listing.select(".article-card picture")
    assert len(cards) >= 3
    # The first card is on a phone's first screen (often the largest picture there): not
    # lazy; the others wait until they are scrolled near.
    check_picture(cards[0], lead=True)
    for picture in cards[1:3]:
        check_picture(picture, lead=False)
    assert len(listing.select('img[fetchpriority="high"]')) == 1
    # No image anywhere on the listing escapes the <picture> policy.
    assert all(img.find_parent("picture") for img in listing.select("main img"))


def test_showcase_entry_and_cards(client, demo):
    entry = (
        ShowcaseEntryPage.objects.live()
        .filter(locale=demo["vi"], image__isnull=False)
        .first()
        .specific
    )
    page = soup(client.get(entry.url))
    pictures = page.select("main picture")
    check_picture(pictures[0], lead=True)
    # Only one image on the page may claim the high priority.
    assert len(page.select('img[fetchpriority="high"]')) == 1

    index = ShowcaseIndexPage.objects.live().get(locale=demo["vi"])
    cards = soup(client.get(index.url)).select(".showcase-card picture")
    assert len(cards) >= 2
    check_picture(cards[0], lead=True)
    check_picture(cards[1], lead=False)


def test_english_pages_use_the_same_policy(client, demo):
    index = NewsIndexPage.objects.live().get(locale=demo["en"])
    cards = soup(client.get(index.url)).select(".article-card picture")
    assert len(cards) >= 2
    check_picture(cards[1], lead=False)
