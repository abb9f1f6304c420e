"""Showcase: filters with counts, expiry, entry pages, open data and the API."""

import csv
import datetime
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.demo import make_image
from core.validators import validate_tax_code
from home.models import HomePage
from showcase.models import (
    OcopProductPage,
    ProductGroup,
    ShowcaseEntryPage,
    ShowcaseIndexPage,
    TechnologyPage,
    stars_for_score,
)

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    cards = soup(response).select(".showcase-card .article-card__title a")
    return sorted(a.text.strip() for a in cards)


def facet_counts(response, param):
    counts = {}
    for option in soup(response).select(f'input[name="{param}"]'):
        if option["value"]:
            label = option.parent
            counts[option["value"]] = int(label.select_one(".facet__count").text.strip("()"))
    return counts


def live_entries(locale, **filters):
    today = timezone.localdate()
    return (
        ShowcaseEntryPage.objects.live()
        .filter(locale=locale, **filters)
        .exclude(expiry_date__lt=today)
    )


@pytest.mark.parametrize(
    ("score", "stars"), [(49, None), (50, 3), (69, 3), (70, 4), (89, 4), (90, 5), (100, 5)]
)
def test_stars_follow_the_evaluation_score(score, stars):
    assert stars_for_score(score) == stars


def test_index_lists_both_kinds_with_counts(client, demo):
    response = client.get("/trung-bay/")
    assert response.status_code == 200
    vi = demo["vi"]
    newest = live_entries(vi).order_by("-first_published_at", "-pk")
    assert titles(response) == sorted(newest.values_list("title", flat=True)[:12])
    assert titles(client.get("/trung-bay/?page=2")) == sorted(
        newest.values_list("title", flat=True)[12:24]
    )
    kinds = facet_counts(response, "kind")
    assert kinds == {
        "ocop": live_entries(vi, kind="ocop").count(),
        "technology": live_entries(vi, kind="technology").count(),
    }
    assert soup(response).select_one(".result-count").text.startswith(str(live_entries(vi).count()))


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ("kind=ocop", {"kind": "ocop"}),
        ("stars=4", {"stars": 4}),
        ("group=thuc-pham", {"product_group__slug": "thuc-pham"}),
        (
            "field=nong-nghiep-cong-nghe-sinh-hoc",
            {"research_field__slug": "nong-nghiep-cong-nghe-sinh-hoc"},
        ),
        ("trl=7", {"trl": 7}),
        ("ip=patent", {"ip_type": "patent"}),
        ("status=commercialized", {"status": "commercialized"}),
        ("commune=phuong-pho-hien", {"commune__slug": "phuong-pho-hien"}),
    ],
)
def test_each_filter(client, demo, query, filters):
    expected = sorted(live_entries(demo["vi"], **filters).values_list("title", flat=True))
    assert expected, f"the demo has entries for {query}"
    assert titles(client.get(f"/trung-bay/?{query}")) == expected


def test_filters_combine_and_counts_follow_the_other_filters(client, demo):
    vi = demo["vi"]
    response = client.get("/trung-bay/?kind=ocop&stars=4")
    assert titles(response) == sorted(
        live_entries(vi, kind="ocop", stars=4).values_list("title", flat=True)
    )
    # Star counts ignore the star filter itself but respect the kind filter.
    stars = facet_counts(response, "stars")
    for value, count in stars.items():
        assert count == live_entries(vi, kind="ocop", stars=int(value)).count()
    # Kind counts respect the star filter: technologies have no stars.
    assert facet_counts(response, "kind") == {"ocop": live_entries(vi, stars=4).count()}
    # The filter state is in the URL and shown as checked.
    page = soup(response)
    assert page.select_one('input[name="kind"][value="ocop"]').has_attr("checked")
    assert page.select_one('input[name="stars"][value="4"]').has_attr("checked")


def test_text_filter_folds_like_site_search(client, demo):
    """Diacritics and case are folded both ways, as in site search (core.text.fold)."""
    longan = OcopProductPage.objects.get(locale=demo["vi"], slug="nhan-long-pho-hien")
    for typed in ("nhan long", "NHAN LONG", "Nhãn lồng", "nhãn long pho"):
        assert longan.title in titles(client.get("/trung-bay/", {"q": typed})), typed
    assert longan.title not in titles(client.get("/trung-bay/", {"q": "nhan long xyz"}))
    english = longan.get_translation(demo["en"])
    for typed in ("pho hien longan", "Phố Hiến", "PHO HIEN"):
        assert english.title in titles(client.get("/en/showcase/", {"q": typed})), typed


def test_text_filter_follows_publishing_not_drafts(client, demo):
    longan = OcopProductPage.objects.get(locale=demo["vi"], slug="nhan-long-pho-hien")
    longan.summary = "Quả nhãn đặc sản Hưng Yên, vị ngọt thanh."
    longan.save_revision()  # a draft: the public listing keeps the published summary
    assert titles(client.get("/trung-bay/", {"q": "vi ngot thanh"})) == []
    longan.save_revision().publish()
    assert titles(client.get("/trung-bay/", {"q": "vi ngot thanh"})) == [longan.title]


def test_text_filter_and_sorting(client, demo):
    longan = OcopProductPage.objects.get(locale=demo["vi"], slug="nhan-long-pho-hien")
    assert titles(client.get("/trung-bay/", {"q": "lồng Phố Hiến"})) == [longan.title]
    assert titles(client.get("/trung-bay/", {"q": "LỒNG PHỐ"})) in ([longan.title], [])
    by_name = [
        a.text.strip()
        for a in soup(client.get("/trung-bay/?sort=name")).select(".showcase-card h3 a")
    ]
    # The database's collation decides the order of Vietnamese letters.
    assert by_name == list(
        live_entries(demo["vi"]).order_by("title", "pk").values_list("title", flat=True)[:12]
    )
    by_stars = soup(client.get("/trung-bay/?sort=stars&kind=ocop")).select(".showcase-card .stars")
    stars = [len(s.text) for s in by_stars]
    assert stars == sorted(stars, reverse=True)


@pytest.mark.parametrize(
    "query",
    [
        "kind=spaceship",
        "stars=7",
        "trl=x",
        "group=%27--",
        "sort=drop",
        "page=-3",
        "expired=maybe",
        "q=" + "x" * 500,
        "commune=" + "z" * 300,
    ],
)
def test_unknown_filter_values_are_ignored(client, demo, query):
    response = client.get(f"/trung-bay/?{query}")
    assert response.status_code == 200
    assert titles(response) or soup(response).select_one(".notice")


def test_expired_products_drop_out_but_can_be_shown(client, demo):
    expired = OcopProductPage.objects.get(locale=demo["vi"], expiry_date__lt=timezone.localdate())
    assert expired.expiry_date == expired.decision_date.replace(year=expired.decision_date.year + 3)
    assert expired.title not in titles(client.get("/trung-bay/?kind=ocop"))
    assert expired.title in titles(client.get("/trung-bay/?kind=ocop&expired=1"))
    page = soup(client.get(expired.url))
    assert "hết hiệu lực" in page.select_one(".notice").text


def test_ocop_page_particulars_and_json_ld(client, demo):
    product = OcopProductPage.objects.filter(locale=demo["en"], stars=5).first()
    page = soup(client.get(product.url))
    facts = page.select_one(".facts").text
    assert product.producer in facts and product.tax_code in facts
    assert product.decision_number in facts and "Ministry" in facts
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Product"
    assert data["brand"]["name"] == product.producer == data["manufacturer"]["name"]
    stars = next(p for p in data["additionalProperty"] if p["name"] == "OCOP")
    assert stars["value"] == 5
    assert "aggregateRating" not in data
    assert page.select_one('meta[property="og:title"]')["content"] == product.title


def test_technology_page_particulars(client, demo):
    technology = TechnologyPage.objects.filter(
        locale=demo["en"], status="commercialized", trl__isnull=False
    ).first()
    page = soup(client.get(technology.url))
    facts = page.select_one(".facts").text
    assert f"TRL {technology.trl}:" in facts
    assert technology.host_institution in facts
    assert page.select_one(".story")
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    trl = next(p for p in data["additionalProperty"] if p["name"] == "Technology readiness level")
    assert trl["value"] == technology.trl


def test_open_data_csv_and_json(client, demo):
    response = client.get("/trung-bay/open-data/csv/")
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    live = ShowcaseEntryPage.objects.live().filter(locale=demo["vi"])
    assert len(rows) == live.count()
    assert {row["title"] for row in rows} == set(live.values_list("title", flat=True))
    assert "email" not in rows[0] and "contact_email" not in rows[0]
    english = json.loads(client.get("/en/showcase/open-data/json/").content)
    assert english["language"] == "en"
    assert english["count"] == ShowcaseEntryPage.objects.live().filter(locale=demo["en"]).count()
    assert client.get("/trung-bay/open-data/xml/").status_code == 404


def test_api_exposes_published_entries_only(client, demo):
    product = OcopProductPage.objects.filter(locale=demo["vi"]).first()
    product.title = "Bản nháp chưa duyệt"
    product.save_revision()  # a draft: the live version keeps its title
    draft_only = OcopProductPage(
        title="Chưa xuất bản",
        slug="chua-xuat-ban",
        summary="x",
        score=75,
        producer="P",
        producer_type="household",
        tax_code="0123456787",
        decision_number="1/QĐ",
        decision_date=datetime.date(2025, 1, 1),
        decision_level="provincial",
        live=False,
    )
    ShowcaseIndexPage.objects.get(locale=demo["vi"]).add_child(instance=draft_only)
    response = client.get(
        "/api/v2/pages/",
        {"type": "showcase.OcopProductPage", "fields": "stars,producer,tax_code", "limit": 100},
    )
    assert response.status_code == 200
    items = json.loads(response.content)["items"]
    names = {item["title"] for item in items}
    assert "Chưa xuất bản" not in names and "Bản nháp chưa duyệt" not in names
    assert len(items) == OcopProductPage.objects.live().count()
    detail = json.loads(client.get(f"/api/v2/pages/{product.pk}/").content)
    assert detail["stars"] == product.stars
    assert "contact_email" not in detail and "contact_phone" not in detail
    assert "inquiries" not in json.dumps(detail)


def test_taxonomy_names_follow_the_reader_language(client, demo):
    group = ProductGroup.objects.get(locale=demo["vi"], slug="thuc-pham")
    english_name = group.get_translation(demo["en"]).name
    response = client.get("/en/showcase/?kind=ocop")
    assert english_name in soup(response).select_one("fieldset.facet:has(input[name=group])").text


def add_entries(index, count, start=0):
    image = make_image("Ảnh thử", ("#000000", "#ffffff"), size=(64, 36))
    for n in range(start, start + count):
        page = OcopProductPage(
            title=f"Sản phẩm {n}",
            slug=f"san-pham-{n}",
            summary="Tóm tắt",
            score=50 + n % 50,
            producer="HTX",
            producer_type="cooperative",
            tax_code="0123456787",
            decision_number=f"{n}/QĐ-UBND",
            decision_date=timezone.localdate() - datetime.timedelta(days=n % 1200),
            decision_level="national" if 50 + n % 50 >= 90 else "provincial",
            image=image,
        )
        index.add_child(instance=page)  # live, without revisions: fast enough for 500


def test_query_count_is_bounded(client, demo, subtests):
    # One set-up for both listings: building 500 entries is the slow part.
    index = ShowcaseIndexPage.objects.get(locale=demo["vi"])
    listings = ["", "?kind=ocop&stars=4&sort=name&q=s&page=2"]

    def count(query):
        url = f"/trung-bay/{query}"
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    add_entries(index, 10)
    fewer = {query: count(query) for query in listings}
    add_entries(index, 490, start=10)
    for query in listings:
        with subtests.test(query=query):
            few, many = fewer[query], count(query)
            assert few == many, f"{few} queries with 10 more entries, {many} with 500 more"


def home_cards(client, url):
    section = soup(client.get(url)).select_one("section:has(.showcase-card)")
    return [
        (
            card.select_one(".article-card__title a").text.strip(),
            card.select_one(".meta").get_text(" ", strip=True),
        )
        for card in section.select(".showcase-card")
    ]


def test_home_featured_showcases_follow_the_reader_language(client, demo):
    home = HomePage.objects.get(locale=demo["vi"])
    block = next(b for b in home.body if b.block_type == "featured_showcases")
    chosen = [page.specific for page in block.value["entries"]]
    vi_cards = home_cards(client, "/")
    assert [title for title, _ in vi_cards] == [page.title for page in chosen]

    en_cards = home_cards(client, "/en/")
    for page, (title, meta) in zip(chosen, en_cards, strict=True):
        english = page.get_translation_or_none(demo["en"])
        assert title == (english.title if english else page.title)
        group = (english or page).product_group
        if group:  # the category name is shown in the reader's language
            assert group.get_translation(demo["en"]).name in meta

    chosen[0].unpublish()
    assert chosen[0].title not in [title for title, _ in home_cards(client, "/")]


def test_producer_tax_codes_follow_the_shared_rule(demo):
    """core.validators: every demo code is valid; an editor's code is stored in one form,
    a household business gives its owner's personal ID, a wrong check digit is refused."""
    products = OcopProductPage.objects.filter(locale=demo["vi"])
    for product in products:
        validate_tax_code(product.tax_code)
    product = products.first()
    product.tax_code = "0100109106 001"
    product.full_clean()
    assert product.tax_code == "0100109106-001"
    product.tax_code = "001085012345"
    product.full_clean()
    product.tax_code = "1234567890"
    with pytest.raises(ValidationError) as error:
        product.full_clean()
    assert [e.code for e in error.value.error_dict["tax_code"]] == ["checksum"]
