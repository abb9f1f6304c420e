from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from news.models import IssuingBody, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class IssuingBodyViewSet(SnippetViewSet):
    model = IssuingBody
    icon = "group"
    menu_label = _("Issuing bodies")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class NewsTaxonomyGroup(SnippetViewSetGroup):
    items = (TopicViewSet, IssuingBodyViewSet)
    menu_icon = "doc-full"
    menu_label = _("News settings")
    menu_name = "news-settings"


register_snippet(NewsTaxonomyGroup)
