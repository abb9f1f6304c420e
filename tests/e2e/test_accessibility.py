"""Accessibility in a real browser: axe-core on every kind of page, in both languages,
plus what axe cannot judge alone (error announcements, keyboard paths)."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from events.models import EventPage
from news.models import DocumentRegisterPage, NewsIndexPage, NewsPage
from showcase.models import ShowcaseEntryPage, ShowcaseIndexPage

SEARCH_WORDS = {"vi": "công nghệ", "en": "technology"}


def open_event(locale):
    """An event of this language whose page shows the registration form."""
    for event in EventPage.objects.live().filter(locale=locale).order_by("start"):
        if event.registration_state()["open"]:
            return event
    pytest.fail(f"no event open for registration in {locale}")


def url_of(kind, language):
    locale = Locale.objects.get(language_code=language)
    prefix = "" if language == "vi" else "/en"
    live = {"locale": locale, "live": True}
    if kind == "home":
        return f"{prefix}/"
    if kind == "news_index":
        return NewsIndexPage.objects.get(**live).url
    if kind == "article":
        return NewsPage.objects.filter(**live).order_by("-date").first().url
    if kind == "showcase_index":
        return ShowcaseIndexPage.objects.get(**live).url
    if kind in ("ocop", "technology"):
        return ShowcaseEntryPage.objects.filter(kind=kind, **live).first().url
    if kind == "calendar":
        event = open_event(locale)
        return f"{event.get_parent().url}{event.start:%Y/%m}/"
    if kind == "event":
        return open_event(locale).url
    if kind == "search":
        return f"{prefix}/search/?q={SEARCH_WORDS[language]}"
    if kind == "documents":
        return DocumentRegisterPage.objects.get(**live).url
    raise ValueError(kind)


KINDS = [
    "home",
    "news_index",
    "article",
    "showcase_index",
    "ocop",
    "technology",
    "calendar",
    "event",
    "search",
    "documents",
]


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_serious_axe_violations(page, axe, kind, language):
    page.goto(url_of(kind, language))
    expect(page.locator("html")).to_have_attribute("lang", language)
    if kind == "event":
        expect(page.locator("#registration form")).to_be_visible()
    if kind == "calendar":
        # The month view is a real table: screen readers announce the day of each cell.
        expect(page.locator("table th[scope=col]")).to_have_count(7)
    if kind == "search":
        expect(page.locator("ol.result-list li").first).to_be_visible()
    violations = axe(page)
    assert not violations, "axe-core found:\n" + "\n".join(violations)


def test_empty_registration_form_announces_its_errors(page, browser_problems):
    event = open_event(Locale.objects.get(language_code="vi"))
    browser_problems.allow(r"status of 400")  # the form comes back with its errors
    page.goto(event.url)
    page.locator("#registration form button[type=submit]").click()

    summary = page.locator("#registration [role=alert]")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()  # read out first, whatever the screen reader
    expect(summary.locator("a").first).to_be_visible()
    invalid = page.locator("#registration form [aria-invalid=true]")
    assert invalid.count() >= 5, "each required field left empty is marked invalid"
    for field in invalid.all():
        described_by = field.get_attribute("aria-describedby")
        assert described_by, f"{field.get_attribute('name')} is not linked to its error"
        errors = [page.locator(f"[id='{ref}']") for ref in described_by.split()]
        assert any(
            e.count() and e.inner_text().strip() and "error" in (e.get_attribute("id"))
            for e in errors
        ), f"{field.get_attribute('name')}: no error message linked"
    # A link of the summary takes the keyboard to its field.
    first_link = summary.locator("a").first
    target = first_link.get_attribute("href")
    first_link.click()
    expect(page.locator(target)).to_be_focused()


def test_skip_link_and_keyboard_reach_search_and_menu(page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()  # shown when focused, not only to screen readers
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()

    page.goto("/")
    reached = []
    for _ in range(25):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate(
                "() => { const e = document.activeElement;"
                " return e.id || (e.closest('.main-menu') ? 'menu:' + e.getAttribute('href')"
                " : e.tagName); }"
            )
        )
    assert "site-search" in reached, reached
    menu_links = [r for r in reached if r.startswith("menu:/")]
    assert len(menu_links) >= 4, f"the main menu links are reachable by Tab: {reached}"
    assert reached.index("site-search") < reached.index(menu_links[0])
