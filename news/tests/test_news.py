"""News: index with filters and pagination, article page, documents register, feeds, SEO."""

import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import NewsIndexPage, NewsPage, NewsPageDocument, OfficialDocumentPage, Topic
from tests import factories

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def card_titles(response):
    return [a.text.strip() for a in soup(response).select(".article-card__title a")]


@pytest.fixture
def news(db):
    home = factories.site_with_home()
    index = factories.news_index(home)
    return home, index


# --- Index -------------------------------------------------------------------------------


def test_index_lists_newest_first_twelve_a_page(client, news):
    _home, index = news
    for n in range(15):
        factories.article(index, f"Bài {n:02d}", days_ago=n)
    first = client.get("/tin-tuc/")
    assert first.status_code == 200
    assert card_titles(first) == [f"Bài {n:02d}" for n in range(12)]
    next_link = soup(first).select_one('.pagination a[rel="next"]')
    assert next_link["href"] == "?page=2"
    second = client.get("/tin-tuc/?page=2")
    assert card_titles(second) == ["Bài 12", "Bài 13", "Bài 14"]


@pytest.mark.parametrize("page", ["0", "abc", "-1", "99999", "1.5", "%00", "2" * 40])
def test_bad_page_numbers_give_a_normal_page(client, news, page):
    _home, index = news
    for n in range(13):
        factories.article(index, f"Bài {n}", days_ago=n)
    response = client.get("/tin-tuc/", {"page": page})
    assert response.status_code == 200
    assert card_titles(response)


def test_pinned_article_is_on_top_of_the_first_page_only(client, news):
    _home, index = news
    pinned = factories.article(index, "Bài cũ được ghim", days_ago=30)
    for n in range(13):
        factories.article(index, f"Bài {n}", days_ago=n)
    index.featured_article = pinned
    index.save_revision().publish()
    first = soup(client.get("/tin-tuc/"))
    assert first.select_one(".article-card--pinned .article-card__title").text.strip() == (
        "Bài cũ được ghim"
    )
    assert card_titles(client.get("/tin-tuc/")).count("Bài cũ được ghim") == 1
    assert "Bài cũ được ghim" not in card_titles(client.get("/tin-tuc/?page=2"))
    # Filtering shows plain results, no pin.
    assert not soup(client.get("/tin-tuc/?year=2001")).select(".article-card--pinned")


def test_filter_by_topic_and_year_in_the_url(client, news):
    _home, index = news
    ocop = factories.topic("Sản phẩm OCOP", "ocop")
    market = factories.topic("Thị trường KH&CN", "thi-truong")
    factories.article(index, "OCOP năm nay", topics=[ocop])
    factories.article(index, "Thị trường năm nay", topics=[market])
    factories.article(index, "OCOP năm trước", topics=[ocop], days_ago=400)
    this_year = timezone.localdate().year
    assert card_titles(client.get("/tin-tuc/?topic=ocop")) == ["OCOP năm nay", "OCOP năm trước"]
    assert set(card_titles(client.get(f"/tin-tuc/?year={this_year}"))) >= {
        "OCOP năm nay",
        "Thị trường năm nay",
    }
    assert card_titles(client.get(f"/tin-tuc/?topic=ocop&year={this_year}")) == ["OCOP năm nay"]
    page = soup(client.get("/tin-tuc/?topic=ocop"))
    assert "Sản phẩm OCOP" in page.h1.text
    assert page.select_one("#filter-topic option[selected]")["value"] == "ocop"
    # A topic's own feed is advertised on its filtered list.
    assert page.select_one('link[type="application/rss+xml"][href$="/feed/ocop/"]')


@pytest.mark.parametrize(
    "query",
    [
        "topic=khong-co",
        "year=abcd",
        "year=20",
        "topic=%27%3B--",
        "topic=" + "x" * 500,
        "year=99999999",
    ],
)
def test_unknown_filters_are_ignored_with_a_message(client, news, query):
    _home, index = news
    factories.article(index, "Một bài")
    response = client.get(f"/tin-tuc/?{query}")
    assert response.status_code == 200
    page = soup(response)
    assert "Một bài" in card_titles(response) or page.select_one(".notice")
    if "khong-co" in query or "abcd" in query:
        assert "không được nhận diện" in page.select_one(".notice").text


def test_tags_link_to_the_filtered_index(client, news):
    _home, index = news
    tagged = factories.article(index, "Bài có thẻ")
    tagged.tags.add("OCOP")
    tagged.save_revision().publish()
    factories.article(index, "Bài không thẻ")
    page = soup(client.get(tagged.url))
    link = page.select_one(".tags a[rel=tag]")
    assert link.text == "OCOP" and link["href"] == "/tin-tuc/?tag=ocop"
    assert card_titles(client.get(link["href"])) == ["Bài có thẻ"]
    assert "OCOP" in soup(client.get(link["href"])).h1.text


def test_empty_filter_result_says_so(client, news):
    _home, index = news
    factories.article(index, "Một bài")
    page = soup(client.get("/tin-tuc/?year=1999"))
    assert "Không có bài viết nào" in page.select_one(".notice").text


def test_untranslated_articles_do_not_appear_in_english(client, demo):
    english = card_titles(client.get("/en/news/"))
    vietnamese_only = NewsPage.objects.filter(locale=demo["vi"]).exclude(
        translation_key__in=NewsPage.objects.filter(locale=demo["en"]).values("translation_key")
    )
    assert vietnamese_only.exists()
    for article in vietnamese_only:
        assert article.title not in english
    assert english, "translated articles are listed"


# --- Article -----------------------------------------------------------------------------


def test_article_page_in_both_languages(client, demo):
    article = NewsPage.objects.filter(locale=demo["en"]).order_by("-date").first()
    source = article.get_translation(demo["vi"])
    vi = soup(client.get(source.url))
    en = soup(client.get(article.url))
    assert vi.h1.text == source.title and en.h1.text == article.title
    assert vi.select_one(".lead").text == source.lead
    # Dates as each language writes them.
    assert vi.select_one(".article__header time").text == source.date.strftime("%d/%m/%Y")
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    assert en.select_one(".article__header time").text == (
        f"{article.date.day} {months[article.date.month - 1]} {article.date.year}"
    )
    # Topics link to the filtered index; names in the reader's language.
    topic_link = en.select_one(".article__header a[href*='?topic=']")
    assert topic_link["href"].startswith("/en/news/?topic=")
    en_topic_names = set(Topic.objects.filter(locale=demo["en"]).values_list("name", flat=True))
    assert topic_link.text in en_topic_names
    # Print stylesheet and share links without third-party scripts.
    assert vi.select_one('link[rel="stylesheet"][media="print"]')
    assert vi.select_one(".share a[href^='https://www.facebook.com/sharer']")
    assert not vi.select("script[src^='http']")


def test_article_links_its_documents_and_the_document_lists_its_articles(client, news):
    home, index = news
    register = factories.DocumentRegisterPageFactory(parent=home)
    document = factories.OfficialDocumentPageFactory(parent=register)
    factories.article(index, "Bài có văn bản", document_links=[NewsPageDocument(document=document)])
    article = NewsPage.objects.get(title="Bài có văn bản", document_links__isnull=False)
    page = soup(client.get(article.url))
    document_link = page.select_one(".article__documents a")
    numbers = {link.document.number for link in article.document_links.all()}
    assert document_link.strong.text in numbers
    document_page = soup(client.get(document_link["href"]))
    assert article.title in [a.text for a in document_page.select("#articles-title ~ ul a")]


def test_related_articles_fall_back_to_a_shared_topic(client, news):
    _home, index = news
    ocop = factories.topic("OCOP", "ocop")
    other = factories.topic("Khác", "khac")
    main = factories.article(index, "Bài chính", topics=[ocop])
    factories.article(index, "Cùng chủ đề", topics=[ocop], days_ago=2)
    factories.article(index, "Khác chủ đề", topics=[other], days_ago=1)
    related = [a.text for a in soup(client.get(main.url)).select(".related__list a")]
    assert related == ["Cùng chủ đề"]


def test_json_ld_news_article(client, demo):
    article = NewsPage.objects.filter(locale=demo["en"]).first()
    page = soup(client.get(article.url))
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["inLanguage"] == "en"
    assert data["datePublished"].startswith(article.date.isoformat())
    datetime.datetime.fromisoformat(data["dateModified"])
    assert data["image"][0].startswith("http://testserver/")
    assert data["publisher"]["name"] == "Hung Yen Department of Science and Technology"
    assert data["publisher"]["logo"]["url"].startswith("http://testserver/")
    assert data["author"]["name"]


def test_social_tags_and_meta_description_fall_back_to_the_lead(client, news):
    _home, index = news
    factories.article(index, "Bài có ảnh", image=True)
    article = NewsPage.objects.get(title="Bài có ảnh", search_description="")
    page = soup(client.get(article.url))
    assert page.select_one('meta[name="description"]')["content"] == article.lead
    assert page.select_one('meta[property="og:type"]')["content"] == "article"
    assert page.select_one('meta[property="og:title"]')["content"] == article.title
    assert page.select_one('meta[property="og:image"]')["content"].startswith("http://testserver/")
    assert page.select_one('meta[name="twitter:card"]')["content"] == "summary_large_image"


# --- Documents register ------------------------------------------------------------------


def register_numbers(response):
    return [a.text for a in soup(response).select(".register tbody td:first-child a")]


def test_document_register_filters(client, demo):
    all_numbers = register_numbers(client.get("/van-ban/"))
    assert "4556/QĐ-UBND" in all_numbers
    assert register_numbers(client.get("/van-ban/?number=4556")) == ["4556/QĐ-UBND"]
    decisions = OfficialDocumentPage.objects.filter(locale=demo["vi"], doc_type="decision")
    assert set(register_numbers(client.get("/van-ban/?type=decision"))) == {
        d.number for d in decisions
    }
    assert register_numbers(client.get("/van-ban/?year=2022")) == list(
        OfficialDocumentPage.objects.filter(locale=demo["vi"], date_issued__year=2022)
        .order_by("-date_issued")
        .values_list("number", flat=True)
    )
    doc = OfficialDocumentPage.objects.get(locale=demo["vi"], number="4556/QĐ-UBND")
    by_issuer = register_numbers(client.get(f"/van-ban/?issuer={doc.issuer.slug}"))
    assert "4556/QĐ-UBND" in by_issuer and len(by_issuer) < len(all_numbers)
    for bad in ("type=nope", "year=x", "issuer=nope", "number=" + "%" * 100, "page=x"):
        assert client.get(f"/van-ban/?{bad}").status_code == 200


def test_document_register_number_filter_folds_like_site_search(client, demo):
    for typed in ("2209/QĐ-UBND", "2209/QD-UBND", "2209/qd-ubnd", "qđ-ubnd", "2209/QD"):
        assert "2209/QĐ-UBND" in register_numbers(client.get("/van-ban/", {"number": typed}))
        assert "2209/QĐ-UBND" in register_numbers(client.get("/en/documents/", {"number": typed}))
    assert register_numbers(client.get("/van-ban/", {"number": "2209/QD-UBNDX"})) == []
    # The number filter looks at the number only, not at the summary that cites it.
    cited = register_numbers(client.get("/van-ban/", {"number": "2209/QD-UBND"}))
    assert cited == ["2209/QĐ-UBND"]


def test_document_page_and_download(client, demo):
    doc = OfficialDocumentPage.objects.get(locale=demo["en"], number="4556/QĐ-UBND")
    page = soup(client.get(doc.url))
    particulars = page.select_one(".particulars").text
    assert "4556/QĐ-UBND" in particulars and "8 December 2023" in particulars
    download = page.select_one("a.button")["href"]
    response = client.get(download)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


# --- Feeds, sitemap, robots --------------------------------------------------------------


def test_rss_feed_per_language_and_topic(client, demo):
    vi_page = soup(client.get("/"))
    feed_url = vi_page.select_one('link[rel="alternate"][type="application/rss+xml"]')["href"]
    assert feed_url == "/tin-tuc/feed/"
    response = client.get(feed_url)
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "vi"
    items = channel.findall("item")
    vi_count = NewsPage.objects.live().filter(locale=demo["vi"]).count()
    assert len(items) == min(vi_count, 20)
    assert items[0].findtext("link").startswith("http://testserver/tin-tuc/")

    en = ET.fromstring(client.get("/en/news/feed/").content).find("channel")
    assert en.findtext("language") == "en"
    en_titles = {i.findtext("title") for i in en.findall("item")}
    assert en_titles == set(
        NewsPage.objects.live().filter(locale=demo["en"]).values_list("title", flat=True)
    )

    topic = Topic.objects.filter(locale=demo["vi"]).first()
    topic_feed = ET.fromstring(client.get(f"/en/news/feed/{topic.slug}/").content)
    for item in topic_feed.find("channel").findall("item"):
        categories = [c.text for c in item.findall("category")]
        assert topic.get_translation(demo["en"]).name in categories
    assert client.get("/tin-tuc/feed/khong-co/").status_code == 404


def test_sitemap_covers_every_language_with_hreflang(client, demo):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(response.content)
    locations = {url.findtext("s:loc", namespaces=ns): url for url in root.findall("s:url", ns)}
    assert "http://testserver/" in locations and "http://testserver/en/" in locations
    assert "http://testserver/en/news/" in locations
    live_pages = NewsPage.objects.live().count() + OfficialDocumentPage.objects.live().count()
    assert len(locations) > live_pages
    about = locations["http://testserver/en/about/"]
    links = {link.get("hreflang"): link.get("href") for link in about.findall("x:link", ns)}
    assert links == {
        "vi": "http://testserver/gioi-thieu/",
        "en": "http://testserver/en/about/",
        "x-default": "http://testserver/gioi-thieu/",
    }
    # A Vietnamese-only page has no alternates.
    assert not locations["http://testserver/thu-tuc-hanh-chinh/"].findall("x:link", ns)


def test_robots_points_to_the_sitemap(client, db):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


# --- Home sections -----------------------------------------------------------------------


def test_home_has_latest_news_and_featured_article(client, demo):
    index = NewsIndexPage.objects.get(locale=demo["en"])
    page = soup(client.get("/en/"))
    latest = [
        a.text
        for a in page.select(
            ".article-grid .article-card:not(.showcase-card) .article-card__title a"
        )
    ]
    newest = list(
        NewsPage.objects.live()
        .filter(locale=demo["en"])
        .order_by("-date")
        .values_list("title", flat=True)[:6]
    )
    assert latest == newest
    featured = page.select_one(".featured-article__title a")
    # Pages point at the Vietnamese article and show its translation.
    assert featured.text == index.featured_article.get_translation(demo["en"]).title
    assert featured["href"].startswith("/en/news/")


# --- Query counts ------------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)  # warm caches, renditions and the site root
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_articles(client, news, subtests):
    # One set-up for the three pages: building 100 articles is the slow part.
    _home, index = news
    topics = [factories.topic(f"Chủ đề {n}", f"chu-de-{n}") for n in range(4)]

    def add(count, start):
        for n in range(start, start + count):
            factories.article(
                index,
                f"Bài {n}",
                days_ago=n % 50,
                image=n % 3 == 0,
                topics=topics[n % 4 : n % 4 + 2],
            )
            NewsPage.objects.get(title=f"Bài {n}").tags.add(f"thẻ {n % 7}")

    add(5, 0)
    main = NewsPage.objects.get(title="Bài 0")
    urls = {"index": "/tin-tuc/", "article": main.url, "feed": "/tin-tuc/feed/"}
    fewer = {path: count_queries(client, url) for path, url in urls.items()}
    add(95, 5)
    for path, url in urls.items():
        with subtests.test(path=path):
            few, many = fewer[path], count_queries(client, url)
            assert few == many, f"{path}: {few} queries with 5 articles, {many} with 100"
