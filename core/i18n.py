"""Language links for the switcher, hreflang alternates and the English offer."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.models import Locale, Page, Site

ENGLISH_OFFER_COOKIE = "en_offer_dismissed"


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no translation and the link falls back to that language's home.
    is_translation: bool


def locale_home(request, language_code: str | None = None) -> Page | None:
    """The site's home page in the given (or active) language, if it exists and is live."""
    site = Site.find_for_request(request) if request else Site.objects.filter(
        is_default_site=True).first()
    if site is None:
        return None
    code = language_code or get_language()
    root = site.root_page
    if root.locale.language_code == code:
        return root.specific_deferred if root.live else None
    try:
        locale = Locale.objects.get_for_language(code)
    except Locale.DoesNotExist:
        return None
    translation = root.get_translation_or_none(locale)
    return translation if translation and translation.live else None


def language_links(request, page: Page | None = None) -> list[LanguageLink]:
    current = get_language()
    translations = {}
    if page is not None and page.pk:
        for translation in page.get_translations(inclusive=True).live().public().select_related(
            "locale"
        ):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        url, is_translation = None, True
        if page is not None:
            target = translations.get(code)
            if target is not None:
                url = target.get_url(request)
        else:
            path = request.get_full_path()
            translated = translate_url(path, code)
            if code == current or translated != path:
                url = translated
        if url is None:
            home = locale_home(request, code)
            url, is_translation = (home.get_url(request) if home else f"/{code}/"), False
        links.append(LanguageLink(code, name, url, code == current, is_translation))
    return links


def prefers_english(request) -> bool:
    """True when the browser ranks English above Vietnamese (or lists no Vietnamese)."""
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for language, _quality in parse_accept_lang_header(header):
        base = language.split("-")[0].lower()
        if base == "vi":
            return False
        if base == "en":
            return True
    return False


def english_offer_url(request, links: list[LanguageLink]) -> str | None:
    """The English translation to offer a reader of a Vietnamese page, if any."""
    if get_language() != "vi" or request.COOKIES.get(ENGLISH_OFFER_COOKIE):
        return None
    if not prefers_english(request):
        return None
    english = next((link for link in links if link.code == "en"), None)
    return english.url if english and english.is_translation else None
