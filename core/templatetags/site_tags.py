import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.i18n import english_offer_url, language_links, locale_home
from core.models import AgencyInfo

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """Switcher links, hreflang alternates, x-default and the English offer for this page."""
    request = context["request"]
    if not isinstance(page, Page):  # views that are not Wagtail pages pass nothing ("")
        page = None
    links = language_links(request, page)
    alternates = [link for link in links if link.is_translation]
    x_default = next((link for link in alternates if link.code == "vi"), None)
    return {
        "links": links,
        "alternates": alternates,
        "x_default": x_default,
        "english_offer_url": english_offer_url(request, links),
        "current": next(link for link in links if link.is_current),
    }


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = locale_home(request)
    items = []
    if home is not None:
        for child in home.get_children().live().public().in_menu():
            url = child.get_url(request)
            items.append(
                {
                    "title": child.title,
                    "url": url,
                    "active": bool(url) and request.path.startswith(url),
                }
            )
    return {"items": items, "home": home, "request": request}


@register.filter
def absolute(url, request):
    """An absolute URL for canonical and hreflang links."""
    return url if url.startswith("http") else request.build_absolute_uri(url)


@register.filter
def get_item(mapping, key):
    """Look a key up in a dict from the view (dicts cannot be indexed by variables)."""
    return mapping.get(key) if mapping else None


@register.filter
def json_ld(data):
    """A JSON-LD block, escaped like json_script so text cannot close the script element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def privacy_policy_url(context):
    """The personal data policy page chosen in the agency information, in this language."""
    agency = AgencyInfo.for_locale()
    page = agency.privacy_page if agency else None
    if page is None:
        return ""
    page = page.localized
    return page.get_url(context["request"]) if page.live else ""


@register.filter
def stars(count):
    """3 -> '★★★' (read out through the element's aria-label)."""
    return "★" * int(count or 0)
