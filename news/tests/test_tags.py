"""Tags of articles: translatable snippets with ASCII slugs; readers see their language."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from news.models import NewsPage, NewsTag
from tests import factories

ROOT = Path(__file__).resolve().parents[2]

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


MIGRATION_CHECK = """
import json
import django
django.setup()
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("news", "0003_officialdocumentpage_folded_text")]
executor = MigrationExecutor(connection)
executor.migrate(BEFORE)
old = MigrationExecutor(connection).loader.project_state(BEFORE).apps
Tag, Item = old.get_model("taggit", "Tag"), old.get_model("news", "NewsPageTag")
Locale = old.get_model("wagtailcore", "Locale")
locale = Locale.objects.get_or_create(language_code="vi")[0]
content_type = old.get_model("contenttypes", "ContentType").objects.get_or_create(
    app_label="news", model="newspage"
)[0]
article = old.get_model("news", "NewsPage").objects.create(
    title="Bài", draft_title="Bài", slug="bai", path="00019999", depth=2, url_path="/bai/",
    locale=locale, content_type=content_type, lead="Sapo",
)
directive = Tag.objects.create(name="Chỉ thị 25/CT-TTg", slug="chỉ-thị-25ct-ttg")
Tag.objects.create(name="ảnh", slug="ảnh")  # an image's tag: stays taggit's
alike = Tag.objects.create(name="Chi thi 25/CT TTg", slug="chi-thi-25ct-ttg")
for tag in (directive, alike):
    Item.objects.create(tag=tag, content_object=article)

MigrationExecutor(connection).migrate([("news", "0004_news_tags_translatable")])
from news.models import NewsPageTag, NewsTag
new = NewsTag.objects.create(name="Mới", locale_id=locale.pk)
print(json.dumps({
    "old": [directive.pk, alike.pk],
    "tags": {t.pk: [t.name, t.slug, t.locale.language_code] for t in NewsTag.objects.all()},
    "tagged": sorted(NewsPageTag.objects.values_list("tag_id", flat=True)),
}))
"""


@pytest.mark.engine_independent  # runs on its own SQLite file whatever the suite's database
def test_the_migration_makes_article_tags_vietnamese_news_tags_with_folded_slugs(tmp_path):
    """On a database of its own: existing taggit tags of articles keep their ids (page
    revisions name them), get ASCII slugs, and new tags are numbered after them."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "site"), str(ROOT)]),
    }
    run = subprocess.run(
        [sys.executable, "-c", MIGRATION_CHECK],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    directive, alike = result["old"]
    new = max(int(pk) for pk in result["tags"])
    assert result["tags"] == {
        str(directive): ["Chỉ thị 25/CT-TTg", "chi-thi-25ct-ttg", "vi"],
        str(alike): ["Chi thi 25/CT TTg", "chi-thi-25ct-ttg-1", "vi"],
        str(new): ["Mới", "moi", "vi"],
    }
    assert new > alike and result["tagged"] == [directive, alike]
