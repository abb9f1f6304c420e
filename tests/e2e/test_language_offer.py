"""site.js shows the English offer to browsers that prefer English, in a real browser."""

import json

import pytest
from playwright.sync_api import expect

# Languages the browser reports (navigator.languages), the cookie it already has, and
# whether the offer (with its close button) must appear on a translated Vietnamese page.
CASES = [
    (["en-US", "en"], "", True),
    (["en-GB", "en", "vi"], "", True),
    (["vi-VN", "vi", "en"], "", False),
    (["vi"], "", False),
    (["fr-FR"], "", False),
    ([], "", False),
    (["en-US", "en"], "csrftoken=abc; en_offer_dismissed=1", False),
]


@pytest.mark.parametrize(("languages", "cookie", "shown"), CASES)
def test_site_js_shows_the_offer_to_browsers_preferring_english(
    new_page, base_url, languages, cookie, shown
):
    page = new_page()
    first = languages[0] if languages else ""
    page.add_init_script(
        f"Object.defineProperty(navigator, 'languages', {{get: () => {json.dumps(languages)}}});"
        f"Object.defineProperty(navigator, 'language', {{get: () => {json.dumps(first)}}});"
    )
    cookies = [pair.split("=", 1) for pair in cookie.split("; ") if pair]
    if cookies:
        page.context.add_cookies(
            [{"name": name, "value": value, "url": base_url} for name, value in cookies]
        )
    page.goto("/gioi-thieu/")
    offer = page.locator("[data-language-offer]")
    result = {"shown": offer.is_visible(), "closable": offer.locator("button").is_visible()}
    assert result == {"shown": shown, "closable": shown}
    if shown:
        offer.locator("button").click()
        expect(offer).to_have_count(0)
