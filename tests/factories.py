"""Small builders for focused test set-ups (the full demo is the `demo` fixture)."""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Page, Site

from core.demo import make_image
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage, Topic


def site_with_home():
    vi = Locale.objects.get(language_code="vi")
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    home = HomePage(title="Trang chủ", slug="trang-chu-test", locale=vi)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "testserver", "port": 80}
    )
    return home


def news_index(home, **kwargs):
    index = NewsIndexPage(title="Tin tức", slug="tin-tuc", **kwargs)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def topic(name, slug=None):
    vi = Locale.objects.get(language_code="vi")
    return Topic.objects.create(name=name, slug=slug or "", locale=vi)


def article(index, title, *, days_ago=0, topics=(), image=False, publish=True, **fields):
    page = NewsPage(
        title=title,
        lead=fields.pop("lead", f"Tóm tắt: {title}"),
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        **fields,
    )
    if image:
        page.featured_image = make_image(f"Ảnh {title}", ("#0a4a8c", "#1b7f79"), size=(320, 180))
    if topics:
        page.topics.set(topics)
    page.live = publish
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page
