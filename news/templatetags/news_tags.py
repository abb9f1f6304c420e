from django import template

from core.i18n import locale_home
from news.models import NewsIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def news_feed(context):
    """The RSS feed of the current language's news section, for <link rel="alternate">."""
    home = locale_home(context["request"])
    index = home and NewsIndexPage.objects.live().public().child_of(home).first()
    if not index:
        return None
    return {
        "url": index.get_url(context["request"]) + index.reverse_subpage("feed"),
        "title": index.title,
    }
