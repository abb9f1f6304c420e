"""Search: diacritics and case folded both ways, language scoping, types, ranking,
promotions, suggestions, the query log, and bad input. Runs on SQLite and PostgreSQL."""

import datetime
import json
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from core.roles import EDITORS
from core.search import clean_query, highlight, parse_query
from home.models import ContentPage
from news.models import NewsPage
from search.models import SearchQueryLog
from tests import factories

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(client, q, path="/search/", **params):
    response = client.get(path, {"q": q, **params})
    assert response.status_code == 200
    return [
        a.text
        for a in soup(response).select(".result-list:not(.result-list--promoted) .result__title a")
    ]


@pytest.fixture
def corpus(db):
    home = factories.site_with_home()
    index = factories.news_index(home)
    pages = {
        "market": factories.article(
            index,
            "Phát triển thị trường khoa học và công nghệ",
            lead="Kế hoạch của tỉnh đến năm 2030.",
        ),
        "coconut": factories.article(
            index,
            "Nhân giống dừa sáp bằng nuôi cấy phôi",
            lead="Trường Đại học Trà Vinh chuyển giao quy trình.",
        ),
        "dongthap": factories.article(
            index, "Hợp tác với tỉnh Đồng Tháp", lead="Kết nối cung cầu công nghệ."
        ),
        "plain": factories.article(
            index, "Dong Thap trade fair notes", lead="Written without diacritics."
        ),
        "body_only": factories.article(
            index, "Tin tổng hợp tuần", lead="Trong tuần, hội chợ dừa sáp thu hút khách."
        ),
        "an_to": factories.article(index, "An toàn bức xạ và tổ chức thanh tra", lead="An to"),
    }
    return index, pages


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thi truong khoa hoc cong nghe", "market"),
        ("THỊ TRƯỜNG khoa học", "market"),
        ("dua sap", "coconut"),
        ("dừa sáp", "coconut"),
        ("DUA SAP", "coconut"),
        ("Dong Thap", "dongthap"),
        ("đồng tháp", "plain"),  # diacritics in the query find text written without them
        ("an to", "an_to"),  # not dropped as English stopwords
    ],
)
def test_folding_both_ways(client, corpus, query, expected):
    _index, pages = corpus
    assert pages[expected].title in titles(client, query)


def test_all_words_must_match(client, corpus):
    _index, pages = corpus
    found = titles(client, "dua sap Tra Vinh")
    assert pages["coconut"].title in found
    assert pages["body_only"].title not in found


def test_title_match_outranks_body_only_match(client, corpus):
    _index, pages = corpus
    found = titles(client, "dua sap")
    assert found.index(pages["coconut"].title) < found.index(pages["body_only"].title)


def test_exact_diacritics_rank_first(client, corpus):
    _index, pages = corpus
    found = titles(client, "Đồng Tháp")
    assert found[0] == pages["dongthap"].title
    assert pages["plain"].title in found


def test_quoted_phrase(client, corpus):
    _index, pages = corpus
    assert pages["coconut"].title in titles(client, '"nuoi cay phoi"')
    assert pages["coconut"].title not in titles(client, '"phoi nuoi cay"')
    assert pages["coconut"].title in titles(client, "phoi nuoi cay")


def test_results_are_in_the_current_language_only(client, demo):
    vietnamese = titles(client, "OCOP")
    english = titles(client, "OCOP", path="/en/search/")
    assert vietnamese and english
    assert not set(vietnamese) & set(english)
    assert all(not re.search(r"[ăâđêôơư]", t.lower()) for t in english)


def test_type_tabs_with_counts_and_filter(client, demo):
    page = soup(client.get("/search/", {"q": "cong nghe"}))
    tabs = {
        a.text.rsplit(" (", 1)[0]: int(a.text.rsplit("(", 1)[1].rstrip(")"))
        for a in page.select(".view-tabs a")
    }
    assert tabs["Tất cả"] == sum(v for k, v in tabs.items() if k != "Tất cả")
    assert tabs["Tin tức"] > 0 and tabs["Sự kiện"] > 0
    news_only = soup(client.get("/search/", {"q": "cong nghe", "type": "news"}))
    types = {p.text.split("·")[0].strip() for p in news_only.select(".result__type")}
    assert types == {"Tin tức"}


def test_sort_by_newest(client, demo):
    page = soup(client.get("/search/", {"q": "cong nghe", "type": "news", "sort": "newest"}))
    dates = [t["datetime"] for t in page.select(".result__type time")]
    assert dates == sorted(dates, reverse=True)


def test_excerpt_highlights_matches_safely(client, corpus):
    page = soup(client.get("/search/", {"q": "tra vinh"}))
    marks = [m.text for m in page.select(".result__excerpt mark")]
    assert "Trà" in marks and "Vinh" in marks
    assert str(highlight("<b>Đồng</b> & Tháp", ["dong"])) == "<mark>Đồng</mark> &amp; Tháp"


def test_unpublished_and_private_pages_never_appear(client, corpus):
    index, pages = corpus
    draft = factories.article(index, "Bản nháp dừa sáp bí mật", publish=False)
    private = factories.article(index, "Nội bộ dừa sáp")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    found = titles(client, "dua sap")
    assert draft.title not in found and private.title not in found


def test_promotions_by_folded_query(client, corpus):
    _index, pages = corpus
    query = Query.objects.create(query_string="Khoa học")
    assert query.query_string == "khoa hoc"
    SearchPromotion.objects.create(
        query=query, page=pages["an_to"], sort_order=0, description="Trang được đề xuất"
    )
    for typed in ("khoa học", "KHOA HOC"):
        page = soup(client.get("/search/", {"q": typed}))
        promoted = [a.text for a in page.select(".result-list--promoted a")]
        assert promoted == [pages["an_to"].title]
        assert pages["an_to"].title not in titles(client, typed)


def test_suggestions(client, corpus):
    _index, pages = corpus
    data = json.loads(client.get("/search/suggest/", {"q": "dua s"}).content)
    assert pages["coconut"].title in [s["title"] for s in data["suggestions"]]
    assert data["suggestions"][0]["url"].startswith("/")
    assert json.loads(client.get("/search/suggest/", {"q": "'"}).content)["suggestions"] == []


def test_query_log_is_keyed_by_folded_query_and_language(client, corpus):
    client.get("/search/", {"q": "Dừa sáp"})
    client.get("/search/", {"q": "dua sap"})
    client.get("/search/", {"q": "khong co gi ca xyz"})
    client.get("/en/search/", {"q": "dua sap"})
    log = {(row.query, row.language): row for row in SearchQueryLog.objects.all()}
    assert log[("dua sap", "vi")].hits == 2 and log[("dua sap", "vi")].results > 0
    assert log[("khong co gi ca xyz", "vi")].results == 0
    assert ("dua sap", "en") in log
    admin = get_user_model().objects.create_superuser("root", "r@example.com", "pw")
    client.force_login(admin)
    report = soup(client.get("/admin/reports/search-terms/"))
    tables = report.select("table.listing")
    assert "dua sap" in tables[0].text
    no_result_queries = [row.td.text for row in tables[1].select("tbody tr")]
    assert "khong co gi ca xyz" in no_result_queries
    assert [q for q in no_result_queries if q == "dua sap"] == [] or (
        ("dua sap", "en") in log and log[("dua sap", "en")].results == 0
    )


def reports_menu(client):
    """(label, url) of the admin's Reports submenu, as the sidebar's script builds it."""
    page = soup(client.get("/admin/"))
    props = json.loads(page.select_one("#wagtail-sidebar-props").text)
    found = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("url"), str) and isinstance(node.get("label"), str):
                found.append((node["label"], node["url"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(props)
    return found


def test_search_terms_report_filters_exports_and_is_listed_once(client, corpus):
    today = timezone.localdate()
    SearchQueryLog.objects.create(query="dua sap", language="vi", day=today, hits=3, results=2)
    SearchQueryLog.objects.create(query="dua sap", language="en", day=today, hits=1, results=0)
    old = today - datetime.timedelta(days=60)
    SearchQueryLog.objects.create(query="nhan long", language="vi", day=old, hits=9, results=1)
    editor = get_user_model().objects.create_user("ed", "ed@example.com", "pw")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    # One "Search terms" report, ours (Wagtail's own is hidden).
    menu = [url for _label, url in reports_menu(client) if "search-terms" in url]
    assert menu == ["/admin/reports/search-terms/"]

    def rows(**params):
        report = soup(client.get("/admin/reports/search-terms/", params))
        table = report.select("table.listing")[0]
        return [[td.text.strip() for td in tr.select("td")] for tr in table.select("tbody tr")]

    # A language reads as its name (core.exports), as the filter offers it.
    assert rows() == [["dua sap", "Tiếng Việt", "3", "2"], ["dua sap", "English", "1", "0"]]
    assert [row[0] for row in rows(days="90")] == ["nhan long", "dua sap", "dua sap"]
    assert rows(language="en") == [["dua sap", "English", "1", "0"]]
    assert rows(days="x", language="x") == rows()
    export = client.get("/admin/reports/search-terms/", {"export": "csv", "language": "vi"})
    lines = b"".join(export.streaming_content).decode("utf-8-sig").splitlines()
    assert lines[1:] == ["dua sap,Tiếng Việt,3,2"]


def test_empty_state_offers_the_other_language_and_popular_pages(client, demo):
    english_only = "commercialization"
    page = soup(client.get("/search/", {"q": english_only}))
    notice = page.select_one(".notice")
    assert f"“{english_only}”" in notice.text
    link = notice.select_one("a[hreflang=en]")
    assert "bằng tiếng Anh" in link.text and link["href"].startswith("/en/search/")
    assert page.select("h2 + ul a")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "a" * 2000,
        '"',
        '"""',
        '"dua',
        "%",
        "_",
        "\\",
        "'; DROP TABLE wagtailcore_page; --",
        "dua OR 1=1",
        "😀🥥",
        "\x07dua\x1b",
        "NEAR(a b)",
        "dua*",
        "AND OR NOT",
        "title:dua",
        "{}[]()^~",
    ],
)
def test_bad_input_is_a_normal_page(client, corpus, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert client.get("/search/suggest/", {"q": query}).status_code == 200


def test_nul_byte_is_refused_with_a_readable_page(client, corpus):
    # No keyboard types NUL; core.security refuses it before any view (PostgreSQL would fail).
    for url in ("/search/", "/search/suggest/"):
        response = client.get(url, {"q": "\x00\x07dua"})
        assert response.status_code == 400
    assert "Không đọc được yêu cầu" in response.content.decode()


@pytest.mark.parametrize("page", ["999", "abc", "-1", "0"])
def test_page_past_the_end(client, corpus, page):
    assert client.get("/search/", {"q": "dua sap", "page": page}).status_code == 200


def test_query_is_cut_to_a_sane_length():
    assert len(clean_query("x" * 5000)) == 200
    parsed = parse_query('thị "trường khoa" học "lẻ')
    assert parsed.phrases == [["trường", "khoa"]] and parsed.folded_key == (
        "truong khoa thi hoc le"
    )


def test_index_follows_publishing(client, corpus):
    index, _pages = corpus
    page = factories.article(index, "Hội chợ xoài cát Hòa Lộc", publish=False)
    assert page.title not in titles(client, "xoai cat")
    page.save_revision().publish()
    assert page.title in titles(client, "xoai cat")
    page.refresh_from_db()
    page.unpublish()
    assert page.title not in titles(client, "xoai cat")


def test_general_pages_are_found_too(client, demo):
    about = ContentPage.objects.get(slug="gioi-thieu")
    assert about.title in titles(client, "co cau to chuc")
    assert NewsPage.objects.exists()
