"""Real paths of readers, businesses and staff through the site, in a real browser."""

import re
import secrets
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Locale

from core.roles import EDITORS, MODERATORS
from core.validators import example_tax_code
from events.models import EventPage, Registration, RegistrationStatus
from news.models import NewsIndexPage, NewsPage
from showcase.models import Inquiry, ShowcaseEntryPage

STAFF_PASSWORD = "Kiem-thu-trinh-duyet-2026"


def vi_pages(model):
    return model.objects.live().public().filter(locale__language_code="vi")


def test_language_switcher_leads_to_the_translation_and_back(page):
    article = next(
        a
        for a in vi_pages(NewsPage).order_by("-date")
        if a.get_translation_or_none(Locale.objects.get(language_code="en"))
    )
    english = article.get_translation(Locale.objects.get(language_code="en"))

    page.goto(article.url)
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.locator("h1")).to_have_text(article.title)

    page.locator(".language-switcher").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/news/" + re.escape(english.slug) + "/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text(english.title)

    page.locator(".language-switcher").get_by_role("link", name="Tiếng Việt").click()
    expect(page).to_have_url(re.compile(re.escape(article.url) + "$"))
    expect(page.locator("h1")).to_have_text(article.title)


def test_reader_filters_the_showcase_and_sends_an_inquiry(page, mailoutbox):
    page.goto("/trung-bay/")
    count = page.locator(".showcase-results .result-count")
    cards = page.locator(".showcase-results .showcase-card")
    total = cards.count()
    five_stars = vi_pages(ShowcaseEntryPage).filter(stars=5).count()
    assert 0 < five_stars < total, "the demo has a few five-star products among the entries"

    page.locator("fieldset.facet input[name=stars][value='5']").check()
    page.locator("details.facets button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"[?&]stars=5"))
    expect(count).to_contain_text(str(five_stars))
    expect(cards).to_have_count(five_stars)
    for card in cards.all():
        expect(card.locator(".stars")).to_have_text("★★★★★")

    cards.first.locator("h3 a").click()
    expect(page.locator("h1")).to_be_visible()
    title = page.locator("h1").inner_text()

    form = page.locator("#inquiry form")
    form.locator("input[name=organization]").fill("Công ty TNHH Thực phẩm Kiểm Thử")
    form.locator("input[name=contact_name]").fill("Nguyễn Văn Thử")
    form.locator("input[name=email]").fill("mua-hang@kiemthu.example.vn")
    form.locator("input[name=phone]").fill("0912 345 678")
    form.locator("textarea[name=message]").fill(
        "Chúng tôi muốn đặt 200 hộp cho dịp Tết, xin báo giá và điều kiện giao hàng."
    )
    form.locator("input[name=consent]").check()
    form.locator("button[type=submit]").click()

    confirmation = page.locator("#inquiry .confirmation")
    expect(confirmation).to_contain_text("Cảm ơn bạn: yêu cầu của bạn đã được tiếp nhận.")
    reference = re.search(r"[?&]inquiry=([\w-]+)", page.url).group(1)
    expect(confirmation).to_contain_text(reference)
    inquiry = Inquiry.objects.get(reference=reference)
    assert inquiry.entry.title == title
    assert inquiry.organization == "Công ty TNHH Thực phẩm Kiểm Thử"
    assert inquiry.phone == "0912345678"
    assert mailoutbox, "the owner and the Department are notified by email"


def open_event():
    """An upcoming Vietnamese event taking registrations, with a few seats to spare."""
    for event in vi_pages(EventPage).order_by("start"):
        state = event.registration_state()
        if state["open"] and state["left"] >= 3:
            return event, state
    pytest.fail("the demo has an upcoming event with free seats")


def test_business_registers_then_cancels_from_the_emailed_link(page, live_url, mailoutbox):
    event, state = open_event()
    left, capacity = state["left"], state["capacity"]
    page.goto(event.url)
    status = page.locator(".facts .registration-status")
    expect(status).to_contain_text(f"{left}/{capacity}")

    form = page.locator("#registration form")
    tax_code = example_tax_code(secrets.randbelow(10**6))
    # The tax code field shows once the reader says who registers (site.js).
    expect(form.locator("input[name=tax_code]")).to_be_hidden()
    form.locator("input[name=registrant_type][value=organization]").check()
    form.locator("input[name=organization]").fill("Hợp tác xã Kiểm Thử Phố Hiến")
    form.locator("input[name=tax_code]").fill(tax_code)
    form.locator("input[name=contact_name]").fill("Trần Thị Thử")
    form.locator("input[name=email]").fill("lienhe@htx-kiemthu.example.vn")
    form.locator("input[name=phone]").fill("0221 3 862 574")
    form.locator("input[name=attendees]").fill("2")
    form.locator("input[name=consent]").check()
    form.locator("button[type=submit]").click()

    confirmation = page.locator("#registration .confirmation")
    expect(confirmation).to_contain_text("Đăng ký của quý doanh nghiệp đã được xác nhận.")
    expect(status).to_contain_text(f"{left - 2}/{capacity}")
    registration = Registration.objects.get(event=event, tax_code=tax_code)
    expect(confirmation).to_contain_text(registration.code)

    # The confirmation email went out from the live server thread into this process.
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["lienhe@htx-kiemthu.example.vn"]
    cancel_prefix = reverse("registration_cancel", args=["TOKEN"]).replace("TOKEN/", "")
    cancel_link = re.search(r"https?://\S+" + re.escape(cancel_prefix) + r"\S+", message.body)
    assert cancel_link, message.body
    cancel_link = cancel_link.group(0)
    assert cancel_link.startswith(live_url)

    page.goto(cancel_link)
    expect(page.locator("main")).to_contain_text(registration.code)
    page.get_by_role("button", name="Có, hủy đăng ký của tôi").click()
    expect(page.locator("main .confirmation")).to_contain_text("đã được hủy")
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED

    page.locator("main").get_by_role("link", name=re.compile("sự kiện", re.I)).click()
    expect(page.locator(".facts .registration-status")).to_contain_text(f"{left}/{capacity}")


def test_search_without_diacritics_finds_the_article(page):
    article = vi_pages(NewsPage).get(slug__startswith="hung-yen-trien-khai-chi-thi-25")
    assert "thị trường khoa học và công nghệ" in article.title
    page.goto("/")
    box = page.get_by_role("search").locator("input[name=q]")
    box.fill("thi truong khoa hoc va cong nghe")
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?q=thi\+truong"))
    results = page.locator("ol.result-list .result__title a")
    expect(results.first).to_be_visible()
    expect(page.locator("ol.result-list")).to_contain_text(article.title)
    page.locator("ol.result-list").get_by_role("link", name=article.title).click()
    expect(page.locator("h1")).to_have_text(article.title)


@pytest.fixture
def staff(live_url):
    """An Editors user and a Moderators user with known passwords (kept: see conftest)."""
    users = {}
    for username, group in (("e2e-bientap", EDITORS), ("e2e-kiemduyet", MODERATORS)):
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@sokhcn.example.gov.vn"}
        )
        user.set_password(STAFF_PASSWORD)
        user.save()
        user.groups.set([Group.objects.get(name=group)])
        users[group] = user
    return users


def admin_login(page, user):
    page.goto(reverse("wagtailadmin_login"))
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(STAFF_PASSWORD)
    page.locator("#id_password").press("Enter")
    expect(page).to_have_url(re.compile(re.escape(reverse("wagtailadmin_home")) + "$"))


def wait_until_posts_settle(page, quiet=2.0, timeout=30.0):
    """Wait until the page has had no POST in flight for `quiet` seconds. A fixed pause is
    not enough on a busy machine, where the autosave's debounce timer fires late."""
    state = {"in_flight": 0, "last": time.monotonic()}

    def started(request):
        if request.method == "POST":
            state["in_flight"] += 1
            state["last"] = time.monotonic()

    def ended(request):
        if request.method == "POST":
            state["in_flight"] -= 1
            state["last"] = time.monotonic()

    page.on("request", started)
    page.on("requestfinished", ended)
    page.on("requestfailed", ended)
    deadline = time.monotonic() + timeout
    try:
        while state["in_flight"] > 0 or time.monotonic() - state["last"] < quiet:
            assert time.monotonic() < deadline, "the editor kept posting"
            page.wait_for_timeout(100)
    finally:
        page.remove_listener("request", started)
        page.remove_listener("requestfinished", ended)
        page.remove_listener("requestfailed", ended)


def test_editor_writes_moderator_publishes(new_page, staff):
    news_index = vi_pages(NewsIndexPage).get()
    title = f"Hội chợ công nghệ Đà Nẵng {secrets.randbelow(10**6)}"
    slug = "hoi-cho-cong-nghe-da-nang-" + title.rsplit(" ", 1)[1]

    editor = new_page()
    admin_login(editor, staff[EDITORS])
    editor.goto(reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk]))
    editor.locator("#id_title").click()
    editor.keyboard.type(title)
    # The admin folds the Vietnamese title into an ASCII slug as the editor types.
    expect(editor.locator("#id_slug")).to_have_value(slug)
    editor.locator("#id_lead").fill("Hội chợ giới thiệu thiết bị và công nghệ mới.")
    editor.locator(".c-sf-add-button").first.click()
    editor.locator("[role=option]").first.click()  # the paragraph block, first in the palette
    editor.locator("[contenteditable=true]").first.click()
    editor.keyboard.type("Hơn 100 gian hàng của doanh nghiệp và viện nghiên cứu.")
    # Autosave may create the draft meanwhile (the form then moves to the edit URL);
    # submitting while it is still saving would post a second "create" that fails on the
    # slug, so let its debounce pass and any save in flight finish.
    wait_until_posts_settle(editor)
    expect(editor.locator("#w-autosave-indicator")).not_to_have_attribute(
        "data-w-autosave-state-value", "saving"
    )
    editor.locator("footer [data-w-dropdown-target=toggle]").last.click()
    editor.locator("button[name=action-submit]").click()
    expect(editor.locator(".messages")).to_contain_text(title)

    article = NewsPage.objects.get(slug=slug)
    assert not article.live
    assert article.current_workflow_state and article.current_workflow_state.status == "in_progress"

    moderator = new_page()
    admin_login(moderator, staff[MODERATORS])
    row = moderator.locator("tr", has_text=title)
    row.locator("[data-w-dropdown-target=toggle]").click()
    row.locator("button[data-workflow-action-url*='/approve/']:not([data-launch-modal])").click()
    # Approved: the dashboard reloads without the page awaiting review.
    expect(moderator.locator("tr", has_text=title)).to_have_count(0)

    article.refresh_from_db()
    assert article.live
    reader = new_page()
    reader.goto(f"/tin-tuc/{slug}/")
    expect(reader.locator("h1")).to_have_text(title)
    expect(reader.locator(".prose")).to_contain_text("Hơn 100 gian hàng")


def narrow_page_urls():
    """Every kind of public page, in both languages."""
    urls = []
    for language in ("vi", "en"):
        prefix = "" if language == "vi" else "/en"
        locale = Locale.objects.get(language_code=language)
        for model in (NewsPage, EventPage):
            urls.append(model.objects.live().filter(locale=locale).first().url)
        entries = ShowcaseEntryPage.objects.live().filter(locale=locale)
        urls += [
            entries.filter(kind="ocop").first().url,
            entries.filter(kind="technology").first().url,
        ]
        index = {
            "vi": ["/tin-tuc/", "/trung-bay/", "/su-kien/"],
            "en": ["/en/news/", "/en/showcase/", "/en/events/"],
        }[language]
        event = EventPage.objects.live().filter(locale=locale).order_by("start").last()
        urls += [
            f"{prefix}/",
            *index,
            f"{index[2]}{event.start:%Y/%m}/",
            f"{prefix}/search/?q=" + ("cong nghe" if language == "vi" else "technology"),
        ]
    return urls


# The first few elements sticking out to the right, to say what to fix.
WIDEST_ELEMENTS = """() => [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))"""


def test_no_horizontal_scroll_at_360_px(page):
    page.set_viewport_size({"width": 360, "height": 740})
    overflowing = []
    for url in narrow_page_urls():
        page.goto(url)
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if widths[0] > widths[1]:
            culprits = page.evaluate(WIDEST_ELEMENTS)
            overflowing.append(f"{url}: {widths[0]} > {widths[1]} ({', '.join(culprits)})")
    assert not overflowing, "\n".join(overflowing)
