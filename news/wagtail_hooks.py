from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_views import TaxonomyViewSet
from news.models import IssuingBody, Topic


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    menu_label = _("Topics")


class IssuingBodyViewSet(TaxonomyViewSet):
    model = IssuingBody
    icon = "group"
    menu_label = _("Issuing bodies")


class NewsTaxonomyGroup(SnippetViewSetGroup):
    items = (TopicViewSet, IssuingBodyViewSet)
    menu_icon = "doc-full"
    menu_label = _("News settings")
    menu_name = "news-settings"


register_snippet(NewsTaxonomyGroup)
