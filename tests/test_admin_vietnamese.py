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
from pathlib import Path

import pytest
import wagtail_localize
from bs4 import BeautifulSoup, NavigableString
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Workflow
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from core.roles import EDITORS, EVENT_MANAGERS, MODERATORS, SHOWCASE_MANAGERS
from events.models import Registration
from news.models import Topic
from showcase.models import OcopProductPage
from tests import factories

# Rendering and Redis, not the database engine: .ci/run runs these once, on SQLite.
# Engine-independent crawlers: .ci/run gives them to the PostgreSQL pass, the shorter one.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_independent, pytest.mark.ci_on_postgresql]

LOCALIZE_JS_CATALOGUE = (
    Path(wagtail_localize.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"
)

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

# Words, split at anything but letters and digits; codes mixing both ("DK-BE55F7A3") are no words.
TOKENS = re.compile(r"[^\W_]+")
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")
# Inputs and text areas hold content; scripts and styles are not read.
SKIPPED_TAGS = ("script", "style", "textarea", "noscript")
UNREAD_ELEMENTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
# Filled in by Wagtail's script (the server writes a placeholder).
SKIPPED_SELECTORS = "[data-side-panel-toggle-counter]"
# Time zone identifiers (the account's time zone choices) are names, not prose.
TIME_ZONE = re.compile(r"[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+)+")


def english_words(text: str) -> list[str]:
    return [
        word
        for word in TOKENS.findall(text)
        if word.isalpha() and word.lower() in ENGLISH_WORDS and word.lower() not in ALLOWED
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
    # Cut before parsing: edit forms carry hundreds of kilobytes of script data.
    soup = BeautifulSoup(UNREAD_ELEMENTS.sub("", html), "html.parser")
    for tag in [*soup.find_all(SKIPPED_TAGS), *soup.select(SKIPPED_SELECTORS)]:
        tag.decompose()
    for tag in soup.find_all(True):
        for attribute in ATTRIBUTES:
            if tag.get(attribute):
                yield tag[attribute]
        if tag.name == "input" and tag.get("type") in ("submit", "button"):
            yield tag.get("value", "")
    for string in soup.find_all(string=True):
        # Comments and the doctype are strings too, but nobody reads them.
        text = string.strip()
        if type(string) is NavigableString and text and not TIME_ZONE.fullmatch(text):
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
        self.translation_editors = 0

    def check_strings(self, url: str, strings) -> None:
        for string in strings:
            # Names are taken out only where English was found: most strings have none.
            if english_words(string) and english_words(self.content.sub(" ", string)):
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
        if 'class="js-translation-editor"' in html:
            self.translation_editors += 1
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


def admin_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def staff(demo):
    """An editor, a moderator and an article the editor has submitted for moderation."""
    editor = member_of(EDITORS, "bientap")
    moderator = member_of(MODERATORS, "kiemduyet")
    article = Page.objects.filter(locale=demo["vi"], content_type__model="newspage").first()
    submit_for_moderation(article, editor)
    return {"editor": editor, "moderator": moderator, "article": article}


def crawl_urls(client: Client, demo, article: Page, *, english_forms=True) -> list[str]:
    """The screens staff use: the sidebar's, the explorer, an edit form of every page type
    in both languages (the English ones are wagtail-localize's translation editor), the
    translate action, snippets, media, reports and the article under moderation."""
    dashboard = client.get("/admin/").content.decode()
    vi_pages, en_pages = one_page_per_type(demo["vi"]), one_page_per_type(demo["en"])
    untranslated = Page.objects.filter(locale=demo["vi"], depth__gt=2).exclude(
        translation_key__in=Page.objects.filter(locale=demo["en"]).values("translation_key")
    )
    urls = [*sidebar_urls(dashboard), "/admin/pages/", "/admin/pages/search/?q=khoa"]
    urls += [f"/admin/pages/{page.pk}/" for page in (vi_pages[0], en_pages[0])]
    urls += [f"/admin/pages/{page.pk}/edit/" for page in vi_pages]
    if english_forms:
        urls += [f"/admin/pages/{page.pk}/edit/" for page in en_pages]
    urls += [
        f"/admin/pages/{article.get_parent().pk}/",
        f"/admin/pages/{article.pk}/history/",
        f"/admin/pages/{article.pk}/workflow_history/",
        f"/admin/pages/{article.pk}/copy/",
        f"/admin/pages/{article.pk}/move/",
        f"/admin/pages/{article.pk}/usage/",
        f"/admin/pages/{article.get_parent().pk}/add_subpage/",
        f"/admin/pages/{vi_pages[0].pk}/add_subpage/",
        f"/admin/pages/{article.pk}/revisions/compare/earliest...latest/",
        reverse("wagtail_localize:submit_page_translation", args=[untranslated.first().pk]),
        "/admin/account/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/reports/locked/",
    ]
    for model in get_snippet_models():
        instance = model.objects.first()
        listing = f"/admin/snippets/{model._meta.app_label}/{model._meta.model_name}/"
        if instance is not None and listing in urls:
            urls.append(f"{listing}edit/{instance.pk}/")
    image, document = get_image_model().objects.first(), get_document_model().objects.first()
    urls += [f"/admin/images/{image.pk}/", f"/admin/documents/edit/{document.pk}/"]
    urls += ["/admin/images/multiple/add/", "/admin/documents/multiple/add/"]
    urls += ["/admin/images/chooser/", "/admin/choose-page/"]
    return list(dict.fromkeys(urls))


def test_editor_sees_every_screen_in_vietnamese(staff, demo):
    client = admin_client(staff["editor"])
    crawler = Crawler(client)
    for url in crawl_urls(client, demo, staff["article"]):
        crawler.get(url)
    assert crawler.translation_editors > 0, "the English pages open in the translation editor"
    assert not crawler.findings, "English in the admin:\n" + crawler.report()


def test_moderator_reviews_in_vietnamese(staff, demo):
    """The same screens, and the review of the editor's article (approve, reject)."""
    client = admin_client(staff["moderator"])
    crawler = Crawler(client)
    article = staff["article"]
    dashboard = crawler.get("/admin/")
    assert "Đang chờ bạn duyệt" in dashboard and article.title in dashboard
    task_state = article.specific.current_workflow_task_state
    for url in [
        # The translation editor is the same for both roles (the editor's test reads it).
        *crawl_urls(client, demo, article, english_forms=False),
        f"/admin/pages/{article.pk}/edit/",
        f"/admin/pages/{article.pk}/workflow_history/",
        f"/admin/pages/workflow/collect_action_data/{article.pk}/approve/{task_state.pk}/",
        f"/admin/pages/workflow/collect_action_data/{article.pk}/reject/{task_state.pk}/",
        f"/admin/pages/{article.pk}/unpublish/",
        f"/admin/pages/{article.pk}/delete/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
    ]:
        crawler.get(url)
    assert not crawler.findings, "English in the admin:\n" + crawler.report()


@pytest.mark.parametrize(
    ("group", "listing"),
    [(EVENT_MANAGERS, "/admin/registrations/"), (SHOWCASE_MANAGERS, "/admin/inquiries/")],
)
def test_managers_of_personal_data_see_their_listings_in_vietnamese(demo, group, listing):
    product = OcopProductPage.objects.filter(locale=demo["vi"], live=True).first()
    factories.inquiry(product, "adminvi-1")
    client = admin_client(member_of(group, "quanly"))
    crawler = Crawler(client)
    html = crawler.get(listing)
    record = BeautifulSoup(html, "html.parser").select_one("tbody a[href*='/edit/']")
    assert record is not None, "the demo has records"
    crawler.get(record["href"])
    crawler.get(record["href"].replace("/edit/", "/inspect/"))
    assert not crawler.findings, "English in the admin:\n" + crawler.report()


def test_the_crawler_catches_english():
    """The detector itself can fail: Wagtail's English reads as English, our Vietnamese not."""
    assert english_words("Available in 2 locales") == ["Available", "locales"]
    assert english_words("Page 1 of 6") == ["Page", "of"]
    assert english_words("Just now") == ["Just", "now"]
    assert english_words("None") == ["None"]
    assert english_words("Có ở 2 ngôn ngữ. In trang, tin tức, đơn vị to") == []
    assert english_words("Wagtail OCOP Email URL") == []


def test_translation_editor_script_strings_are_vietnamese(staff):
    """The React translation editor takes its own words from wagtail-localize's JavaScript
    catalogue: every one of them has a Vietnamese translation."""
    client = admin_client(staff["editor"])
    response = client.get(reverse("wagtail_localize:javascript_catalog"))
    catalog = json.loads(
        re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S)[1]
    )
    english = re.findall(r'^msgid "(.+)"$', LOCALIZE_JS_CATALOGUE.read_text(), re.M)
    missing = [msgid for msgid in english if msgid not in catalog]
    assert not missing, missing
    assert catalog["Translate"] != "Translate" and "Dịch" in str(catalog["Translate"])


def test_editor_translates_a_page_in_vietnamese(staff, demo):
    """The Translate action from the explorer to the English copy, messages included."""
    client = admin_client(staff["editor"])
    page = (
        Page.objects.filter(locale=demo["vi"], depth__gt=2)
        .exclude(
            translation_key__in=Page.objects.filter(locale=demo["en"]).values("translation_key")
        )
        .first()
    )
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    explorer = client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert submit_url in explorer and "Dịch trang này" in explorer
    response = client.post(submit_url, {"locales": [demo["en"].pk]}, follow=True)
    assert response.status_code == 200
    messages = [str(message) for message in response.context["messages"]]
    assert messages == [f"Đã gửi trang '{page.title}' để dịch sang English"], messages
    # Simple mode (WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE): the English copy opens in
    # the ordinary edit form, without "Start Synced translation" for an editor.
    english = page.get_translation(demo["en"])
    crawler = Crawler(client)
    html = crawler.get(f"/admin/pages/{english.pk}/edit/")
    assert "localize-restart-translation" not in html
    assert not crawler.findings, crawler.report()
    chief = get_user_model().objects.create_superuser("chief", "chief@example.vn", "pw")
    chief_html = admin_client(chief).get(f"/admin/pages/{english.pk}/edit/").content.decode()
    assert "localize-restart-translation" in chief_html


# --- Aliases and synced translation -------------------------------------------------------


def synced_source(demo):
    """A Vietnamese page with an English translation made by wagtail-localize."""
    translation = Translation.objects.filter(target_locale=demo["en"], enabled=True).first()
    source_page = translation.source.get_source_instance()
    english = translation.get_target_instance()
    return translation, source_page, english


def test_editors_get_no_alias_or_synced_translation_actions(staff, demo):
    translation, source_page, english = synced_source(demo)
    client = admin_client(staff["moderator"])  # moderators may publish: the alias box's users
    menus = [
        client.get(f"/admin/pages/{source_page.pk}/").content.decode(),
        client.get(f"/admin/pages/{source_page.get_parent().pk}/").content.decode(),
        client.get(f"/admin/pages/{source_page.pk}/edit/").content.decode(),
        client.get(f"/admin/pages/{english.pk}/edit/").content.decode(),
    ]
    update_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    convert_url = reverse("wagtail_localize:convert_to_alias", args=[english.pk])
    for html in menus:
        assert update_url not in html and convert_url not in html
        assert "localize-convert-to-alias" not in html
        assert "localize-restart-translation" not in html
    copy_form = BeautifulSoup(
        client.get(f"/admin/pages/{source_page.pk}/copy/").content, "html.parser"
    )
    assert copy_form.select_one("input[name=new_title]") is not None
    assert copy_form.select_one("input[name=alias]") is None

    snippet = Topic.objects.filter(locale=demo["vi"]).first()
    listing = client.get("/admin/snippets/news/topic/").content.decode()
    source = TranslationSource.objects.get_for_instance_or_none(snippet)
    assert source is not None
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) not in listing

    # The superuser keeps them.
    chief = get_user_model().objects.create_superuser("chief", "chief@example.vn", "pw")
    chief_client = admin_client(chief)
    assert update_url in chief_client.get(f"/admin/pages/{source_page.pk}/").content.decode()
    assert convert_url in chief_client.get(f"/admin/pages/{english.pk}/edit/").content.decode()


def test_the_urls_refuse_editors_too(staff, demo):
    translation, source_page, english = synced_source(demo)
    client = admin_client(staff["moderator"])
    update_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    convert_url = reverse("wagtail_localize:convert_to_alias", args=[english.pk])
    assert client.get(update_url).status_code == 403
    assert client.post(update_url, {"publish": "on"}).status_code == 403
    assert client.get(convert_url).status_code == 403
    assert client.post(convert_url).status_code == 403
    edit = f"/admin/pages/{english.pk}/edit/"
    assert client.post(edit, {"localize-convert-to-alias": "1"}).status_code == 403
    assert client.post(edit, {"localize-restart-translation": "1"}).status_code == 403
    topic = Topic.objects.filter(locale=demo["en"]).first()
    snippet_edit = f"/admin/snippets/news/topic/edit/{topic.pk}/"
    assert client.post(snippet_edit, {"localize-restart-translation": "1"}).status_code == 403
    before = Page.objects.filter(alias_of=source_page).count()
    copy = client.post(
        f"/admin/pages/{source_page.pk}/copy/",
        {
            "new_title": "Bản sao",
            "new_slug": "ban-sao",
            "new_parent_page": source_page.get_parent().pk,
            "alias": "on",
        },
    )
    assert copy.status_code == 403
    assert Page.objects.filter(alias_of=source_page).count() == before
    english.refresh_from_db()
    assert english.alias_of_id is None
    # Translating stays open to them.
    assert client.get(edit).status_code == 200


# --- Wording in our own catalogue ----------------------------------------------------------


def test_wagtail_type_column_is_generic_and_documents_keep_their_own_word(staff, client, demo):
    explorer = admin_client(staff["editor"]).get(
        f"/admin/pages/{staff['article'].get_parent().pk}/"
    )
    headers = [
        th.get_text(" ", strip=True)
        for th in BeautifulSoup(explorer.content, "html.parser").select("th")
    ]
    assert "Loại" in headers and "Loại văn bản" not in headers, headers
    register = BeautifulSoup(client.get("/van-ban/").content, "html.parser")
    assert register.select_one("label[for=filter-type]").get_text(strip=True) == "Loại văn bản"


def test_catalogue_precedence():
    """Project catalogue, then our overrides, then the packages' catalogues (LOCALE_PATHS)."""
    with translation.override("vi"):
        # Wagtail's own Vietnamese says "Xem bản live"; the override wins.
        assert translation.gettext("View live") == "Xem trang đang hiển thị"
        # A gap of wagtail-localize's catalogue, filled.
        assert translation.gettext("Translate this page") == "Dịch trang này"
        # Generic msgids stay generic; our own words carry a context.
        assert translation.gettext("Type") == "Loại"
        assert translation.pgettext("official document type", "Type") == "Loại văn bản"
        assert translation.gettext("Field") == "Trường"
        assert translation.pgettext("research field", "Field") == "Lĩnh vực"


def test_booleans_read_as_words_in_listings(demo):
    """Wagtail prints a boolean cell raw ("True"); ours say yes or no."""
    manager = member_of(EVENT_MANAGERS, "quanlysukien")
    client = admin_client(manager)
    page = BeautifulSoup(client.get("/admin/registrations/").content, "html.parser")
    cells = [td.get_text(strip=True) for td in page.select("tbody td")]
    titles = [tag["title"] for tag in page.select("tbody [title]")]
    assert cells, "the demo has registrations"
    assert not {"True", "False", "None"} & {*cells, *titles}
    # The inspect view shows every field, the consents among them.
    registration = Registration.objects.filter(anonymized=False).first()
    inspect = BeautifulSoup(
        client.get(f"/admin/registrations/inspect/{registration.pk}/").content, "html.parser"
    )
    values = {dd.get_text(strip=True) for dd in inspect.select("dd")}
    assert not {"True", "False", "None"} & values
    assert {"Có", "Không"} & values


# --- Moderation emails in the recipient's language ---------------------------------------


def test_moderation_emails_speak_each_recipients_language(demo):
    vietnamese = member_of(MODERATORS, "kiemduyet-vi")
    english = member_of(MODERATORS, "kiemduyet-en", language="en")
    editor = member_of(EDITORS, "bientap-thu")
    article = Page.objects.filter(locale=demo["vi"], content_type__model="newspage").first()
    mail.outbox.clear()
    submit_for_moderation(article, editor)
    by_recipient = {message.to[0]: message for message in mail.outbox}
    to_vi, to_en = by_recipient[vietnamese.email], by_recipient[english.email]
    content = content_pattern()

    def words(message):
        text = f"{message.subject}\n{message.body}"
        text = re.sub(r"https?://\S+", " ", text)
        return english_words(content.sub(" ", text))

    assert not words(to_vi), (to_vi.subject, to_vi.body)
    assert "kiểm duyệt" in to_vi.subject.lower() or "kiểm duyệt" in to_vi.body.lower()
    assert "submitted" in to_en.subject.lower() or "submitted" in to_en.body.lower()
    assert len(words(to_en)) > 5
