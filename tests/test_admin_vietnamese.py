"""The admin in Vietnamese for Vietnamese-speaking staff, translation and moderation included.

A crawler signs in as an Editor and as a Moderator and walks the screens staff use; every
visible string (text, title, aria-label, placeholder, the translation editor's labels and
its JavaScript catalogue) must be Vietnamese. A string is English when it holds a word of a
list of frequent English words that no Vietnamese syllable spells (so "in", "an", "to" are
not in it) and that is not a product name. Content (page titles, names of snippets, images,
documents, people) is taken out first: English pages are English by design.
"""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Workflow
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from core.roles import EDITORS, MODERATORS

pytestmark = pytest.mark.django_db

# Frequent English words of user interfaces and prose. Words that are also Vietnamese
# syllables without their marks (an, in, to, do, the, con, tin, ban, may, so, no...) are left
# out: they would flag Vietnamese. Lower case; matched whole, case-insensitively.
ENGLISH_WORDS = frozenset(
    """
    about above accept access account action actions active activity add added adding
    after again ago alias all already also always and another any approve approved are
    around as at available awaiting back be because been before being below between both
    but by cancel cancelled cannot change changed changes check checked choose chosen
    clear click close collection comment comments confirm content continue convert copy
    could create created current date day days default delete deleted descendant
    description details did disable does done down draft edit edited editing editor
    else email empty enable enter error event every expired expiry export false field
    fields file filter filters find first for from full get give go group groups had has
    have help here hide history hour hours how if image images into is it its just keep
    last later latest least leave less like list live locale locales lock locked locking
    log login logout make manage many message messages minute minutes missing mode
    moderation month months more most move must name need needs never new next none
    not nothing notification notifications now of off old one only open or order other
    our out over own page pages password pending per please preview previous private
    public publish published publishing ready reject rejected remove removed reply report
    reports request requested required restrict restriction revert review revision
    revisions save saved saving schedule scheduled search second seconds see select
    selected send sent set settings should show showing sign since site size snippet
    snippets some sort source start started status step still stop submit submitted
    successfully summary sync synced task tasks than that their them then there these
    they this those through time title today too translate translated translation
    translations true try type unlock unpublish unpublished until up update updated
    upload uploaded usage use used user username users using value version view
    want was we week weeks were what when where which while who why will with without
    workflow workflows would year years yes yesterday you your
    """.split()
)
# Product and technical names an English word may be part of, kept as they are.
ALLOWED = frozenset({"wagtail", "ocop", "email", "url", "po", "html", "csv", "xlsx", "json"})

VIETNAMESE_LETTERS = re.compile(r"[^\W\d_]+")
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")
# Inputs and text areas hold content; scripts and styles are not read.
SKIPPED_TAGS = ("script", "style", "textarea", "template", "noscript")
# Filled in by Wagtail's script (the server writes a placeholder).
SKIPPED_SELECTORS = "[data-side-panel-toggle-counter]"
# Time zone identifiers (the account's time zone choices) are names, not prose.
TIME_ZONE = re.compile(r"[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+)+")


def english_words(text: str) -> list[str]:
    return [
        word
        for word in VIETNAMESE_LETTERS.findall(text)
        if word.lower() in ENGLISH_WORDS and word.lower() not in ALLOWED
    ]


def content_pattern() -> re.Pattern:
    """Every name staff wrote (titles, names, people), longest first."""
    names = set(Page.objects.values_list("title", flat=True))
    names |= set(Page.objects.values_list("draft_title", flat=True))
    names |= set(get_image_model().objects.values_list("title", flat=True))
    names |= set(get_document_model().objects.values_list("title", flat=True))
    names |= set(Workflow.objects.values_list("name", flat=True))
    for model in get_snippet_models():
        names |= {str(instance) for instance in model.objects.all()}
    names |= {str(user) for user in get_user_model().objects.all()}
    names = sorted((name for name in names if len(name) > 2), key=len, reverse=True)
    return re.compile("|".join(re.escape(name) for name in names))


def fragments(html: str):
    """The strings a reader sees or hears: text and the labelling attributes."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in [*soup.find_all(SKIPPED_TAGS), *soup.select(SKIPPED_SELECTORS)]:
        tag.decompose()
    for tag in soup.find_all(True):
        for attribute in ATTRIBUTES:
            if tag.get(attribute):
                yield tag[attribute]
        if tag.name == "input" and tag.get("type") in ("submit", "button"):
            yield tag.get("value", "")
    for string in soup.find_all(string=True):
        if string.strip() and not TIME_ZONE.fullmatch(string.strip()):
            yield str(string)


def editor_props_fragments(html: str):
    """The translation editor is a React app: its labels come in its data-props JSON."""
    soup = BeautifulSoup(html, "html.parser")
    props = json.loads(soup.select_one(".js-translation-editor")["data-props"])
    labels = ("label", "field", "subField", "fieldHelpText", "displayName", "name")

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in labels and isinstance(value, str):
                    yield value
                else:
                    yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    yield from walk(props)


class Crawler:
    def __init__(self, client: Client):
        self.client = client
        self.content = content_pattern()
        self.findings: dict[str, set[str]] = {}

    def check_strings(self, url: str, strings) -> None:
        for string in strings:
            left = self.content.sub(" ", string)
            if english_words(left):
                self.findings.setdefault(url, set()).add(" ".join(string.split())[:160])

    def get(self, url: str, **extra) -> str:
        response = self.client.get(url, HTTP_ACCEPT_LANGUAGE="en", follow=True, **extra)
        assert response.status_code == 200, (url, response.status_code)
        if response["Content-Type"].startswith("application/json"):
            data = response.json()
            html = data.get("html", "") if isinstance(data, dict) else ""
        else:
            html = response.content.decode()
        self.check_strings(url, fragments(html))
        import os  # DEBUG-REMOVE
        if os.environ.get("ADMINVI_DUMP"):  # DEBUG-REMOVE
            os.makedirs("/tmp/adminvi_html", exist_ok=True)  # DEBUG-REMOVE
            open("/tmp/adminvi_html/" + str(id(self))[-5:] + url.strip("/").replace("/", "_").replace("?", "_") + ".html", "w").write(html)  # DEBUG-REMOVE
        if 'class="js-translation-editor"' in html:
            self.check_strings(url, editor_props_fragments(html))
        return html

    def report(self) -> str:
        return "\n".join(
            f"{url}\n    " + "\n    ".join(sorted(found)) for url, found in self.findings.items()
        )


def sidebar_urls(html: str) -> list[str]:
    props = json.loads(BeautifulSoup(html, "html.parser").select_one("#wagtail-sidebar-props").text)
    found = []

    def walk(node):
        if isinstance(node, dict):
            url = node.get("url")
            if isinstance(url, str) and url.startswith("/admin/") and url != "/admin/logout/":
                found.append(url)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(props)
    return list(dict.fromkeys(found))


def member_of(group_name: str, username: str, language: str = ""):
    user = get_user_model().objects.create_user(username, f"{username}@example.vn", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


def one_page_per_type(locale) -> list[Page]:
    pages = {}
    for page in Page.objects.filter(locale=locale, depth__gt=1).order_by("path"):
        pages.setdefault(page.content_type_id, page)
    return list(pages.values())


def submit_for_moderation(page: Page, user) -> None:
    """What "Submit for moderation" on the edit form does: a revision, then the workflow."""
    page = page.specific
    page.save_revision(user=user)
    page.get_workflow().start(page, user)


def test_editor_and_moderator_see_the_admin_in_vietnamese(demo):
    editor_client, moderator_client = Client(), Client()
    editor = member_of(EDITORS, "bientap")
    editor_client.force_login(editor)
    moderator_client.force_login(member_of(MODERATORS, "kiemduyet"))
    vi_pages, en_pages = one_page_per_type(demo["vi"]), one_page_per_type(demo["en"])
    article = next(page for page in vi_pages if page.specific_class.__name__ == "NewsPage")
    submit_for_moderation(article, editor)
    translation = Translation.objects.filter(target_locale=demo["en"], enabled=True).first()
    assert translation is not None, "the demo's English pages are wagtail-localize translations"
    untranslated = Page.objects.filter(locale=demo["vi"], depth__gt=2).exclude(
        translation_key__in=Page.objects.filter(locale=demo["en"]).values("translation_key")
    )

    for client in (editor_client, moderator_client):
        crawler = Crawler(client)
        dashboard = crawler.get("/admin/")
        urls = sidebar_urls(dashboard)
        urls += [f"/admin/pages/{page.pk}/" for page in vi_pages + en_pages]
        urls += [f"/admin/pages/{page.pk}/edit/" for page in vi_pages + en_pages]
        urls += [
            f"/admin/pages/{article.pk}/history/",
            f"/admin/pages/{article.pk}/workflow_history/",
            f"/admin/pages/{article.pk}/copy/",
            f"/admin/pages/{article.get_parent().pk}/add_subpage/",
            reverse("wagtail_localize:submit_page_translation", args=[untranslated.first().pk]),
            reverse("wagtail_localize:javascript_catalog"),
            "/admin/pages/search/?q=khoa",
            "/admin/account/",
            "/admin/reports/workflow/",
            "/admin/reports/workflow_tasks/",
            "/admin/reports/site-history/",
            "/admin/reports/aging-pages/",
            "/admin/reports/locked/",
        ]
        for model in get_snippet_models():
            instance = model.objects.first()
            if (
                instance is not None
                and client.get(
                    f"/admin/snippets/{model._meta.app_label}/{model._meta.model_name}/"
                ).status_code
                == 200
            ):
                urls.append(
                    f"/admin/snippets/{model._meta.app_label}/{model._meta.model_name}/"
                    f"edit/{instance.pk}/"
                )
        image, document = get_image_model().objects.first(), get_document_model().objects.first()
        urls += [f"/admin/images/{image.pk}/", f"/admin/documents/edit/{document.pk}/"]
        for url in dict.fromkeys(urls):
            if "jsi18n" in url:
                continue
            crawler.get(url)
        assert not crawler.findings, "English in the admin:\n" + crawler.report()
