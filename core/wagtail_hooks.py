from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core import cache as page_cache
from core.models import AgencyInfo


class AgencyInfoViewSet(SnippetViewSet):
    model = AgencyInfo
    icon = "site"
    menu_label = _("Agency information")
    # Under Settings, where staff look for the header and footer details.
    add_to_settings_menu = True
    list_display = ["name", "phone", "email"]


register_snippet(AgencyInfoViewSet)


# Full-page cache (core/cache.py): what wagtail-cache may keep, beyond its own rules.
hooks.register("is_request_cacheable", page_cache.is_request_cacheable)
hooks.register("is_response_cacheable", page_cache.is_response_cacheable)
