from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.models import AgencyInfo


class AgencyInfoViewSet(SnippetViewSet):
    model = AgencyInfo
    icon = "site"
    menu_label = _("Agency information")
    # Under Settings, where staff look for the header and footer details.
    add_to_settings_menu = True
    list_display = ["name", "phone", "email"]


register_snippet(AgencyInfoViewSet)
