"""Language links for the switcher, hreflang alternates and the English offer."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site


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
    site = (
        Site.find_for_request(request)
        if request
        else Site.objects.filter(is_default_site=True).first()
    )
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
        for translation in (
            page.get_translations(inclusive=True).live().public().select_related("locale")
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


def english_offer_url(request, links: list[LanguageLink]) -> str | None:
    """The English translation of a Vietnamese page, for the offer to read it in English.

    The page carries the offer hidden; site.js shows it to browsers that rank English
    above Vietnamese and have not dismissed it. Deciding in the browser keeps one cached
    copy of the page right for every reader (no Vary: Accept-Language, core/cache.py)."""
    if get_language() != "vi":
        return None
    english = next((link for link in links if link.code == "en"), None)
    return english.url if english and english.is_translation else None
