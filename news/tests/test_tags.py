"""Tags of articles: translatable snippets with ASCII slugs; readers see their language."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale

from news.models import NewsPage, NewsPageTag, NewsTag
from tests import factories

pytestmark = pytest.mark.django_db

ARTICLE = "/tin-tuc/hung-yen-trien-khai-chi-thi-25-ct-ttg-ve-thi-truong-khoa-hoc-va-cong-nghe/"
ENGLISH_ARTICLE = "/en/news/hung-yen-implements-directive-25-on-the-science-and-technology-market/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def tag_links(response):
    return {a.text: a["href"] for a in soup(response).select(".tags a[rel=tag]")}


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("chief", "c@example.com", "pw"))
    return client


def test_articles_show_tags_in_the_reader_language_with_one_ascii_slug(client, demo):
    assert tag_links(client.get(ARTICLE)) == {
        "Chỉ thị 25/CT-TTg": "/tin-tuc/?tag=chi-thi-25-ct-ttg",
        "2959/UBND-KGVX": "/tin-tuc/?tag=2959-ubnd-kgvx",
        "Hưng Yên": "/tin-tuc/?tag=hung-yen",
    }
    assert tag_links(client.get(ENGLISH_ARTICLE)) == {
        "Directive 25/CT-TTg": "/en/news/?tag=chi-thi-25-ct-ttg",
        "2959/UBND-KGVX": "/en/news/?tag=2959-ubnd-kgvx",
        "Hung Yen": "/en/news/?tag=hung-yen",
    }


def test_the_english_tag_filter_lists_english_articles_under_the_english_name(client, demo):
    page = soup(client.get("/en/news/?tag=chi-thi-25-ct-ttg"))
    assert page.h1.text.strip().endswith("#Directive 25/CT-TTg")
    titles = [a.text.strip() for a in page.select(".article-card__title a")]
    assert (
        "Hung Yen puts Directive 25/CT-TTg on the science and technology market into practice"
        in titles
    )
    english = NewsPage.objects.filter(
        locale=demo["en"], tagged_items__tag__slug="chi-thi-25-ct-ttg"
    )
    assert len(titles) == english.count() > 1


def test_article_json_ld_keywords_are_in_the_reader_language(client, demo):
    page = soup(client.get(ENGLISH_ARTICLE))
    data = page.select_one('script[type="application/ld+json"]').string
    assert "Directive 25/CT-TTg" in data and "Chỉ thị" not in data


def test_a_tag_typed_by_an_editor_is_vietnamese_with_a_folded_slug(client, demo):
    home = factories.site_with_home()
    index = factories.news_index(home)
    article = factories.article(index, "Bài có thẻ mới")
    article.tags.add("Đổi mới sáng tạo")
    article.save_revision().publish()
    tag = NewsTag.objects.get(name="Đổi mới sáng tạo")
    assert (tag.slug, tag.locale) == ("doi-moi-sang-tao", demo["vi"])
    assert tag_links(client.get(article.url)) == {
        "Đổi mới sáng tạo": f"{index.url}?tag=doi-moi-sang-tao"
    }


def test_tags_are_translatable_snippets_and_the_editor_suggests_vietnamese_tags(admin_client, demo):
    listing = admin_client.get("/admin/snippets/news/newstag/")
    assert listing.status_code == 200 and "Hưng Yên" in listing.content.decode()
    article = NewsPage.objects.get(
        url_path__endswith="/hung-yen-trien-khai-chi-thi-25-ct-ttg-ve-thi-truong-khoa-hoc-va-cong-nghe/"
    )
    form = soup(admin_client.get(f"/admin/pages/{article.pk}/edit/"))
    url = form.select_one('input[name="tags"]')["data-w-tag-url-value"]
    assert admin_client.get(url, {"term": "H"}).json() == ["Hưng Yên"]
    assert admin_client.get(url, {"term": "Direc"}).json() == []
    assert admin_client.get(url, {"term": "Ch"}).json() == ["Chỉ thị 25/CT-TTg"]


BEFORE = [("news", "0003_officialdocumentpage_folded_text")]
AFTER = [("news", "0004_news_tags_translatable")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_makes_article_tags_vietnamese_news_tags_with_folded_slugs():
    """Existing taggit tags of articles keep their ids (revisions name them) and get ASCII
    slugs; new tags are numbered after them."""
    NewsPageTag.objects.all().delete()
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    OldTag, OldArticle = old.get_model("taggit", "Tag"), old.get_model("news", "NewsPage")
    OldItem = old.get_model("news", "NewsPageTag")
    article = OldArticle.objects.first() or pytest.skip("needs an article")
    directive = OldTag.objects.create(name="Chỉ thị 25/CT-TTg", slug="chỉ-thị-25ct-ttg")
    OldTag.objects.create(name="ảnh", slug="ảnh")  # an image's tag stays taggit's
    folded_alike = OldTag.objects.create(name="Chi thi 25/CT TTg", slug="chi-thi-25ct-ttg")
    for tag in (directive, folded_alike):
        OldItem.objects.create(tag=tag, content_object=article)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)

    tags = {tag.pk: (tag.name, tag.slug, tag.locale.language_code) for tag in NewsTag.objects.all()}
    assert tags == {
        directive.pk: ("Chỉ thị 25/CT-TTg", "chi-thi-25ct-ttg", "vi"),
        folded_alike.pk: ("Chi thi 25/CT TTg", "chi-thi-25ct-ttg-1", "vi"),
    }
    assert set(NewsPageTag.objects.values_list("tag_id", flat=True)) == set(tags)
    new = NewsTag.objects.create(name="Mới", locale=Locale.get_default())
    assert new.pk > max(tags) and new.slug == "moi"
