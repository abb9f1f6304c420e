from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_views import TaxonomyViewSet
from core.search import SEARCH_RESULT_TYPE_HOOK, SearchResultType
from news.models import IssuingBody, NewsPage, NewsTag, OfficialDocumentPage, Topic
from news.views import tag_autocomplete


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    menu_label = _("Topics")


class IssuingBodyViewSet(TaxonomyViewSet):
    model = IssuingBody
    icon = "group"
    menu_label = _("Issuing bodies")


class NewsTagViewSet(TaxonomyViewSet):
    model = NewsTag
    menu_label = _("Tags")


class NewsTaxonomyGroup(SnippetViewSetGroup):
    items = (TopicViewSet, IssuingBodyViewSet, NewsTagViewSet)
    menu_icon = "doc-full"
    menu_label = _("News settings")
    menu_name = "news-settings"


register_snippet(NewsTaxonomyGroup)


@hooks.register("register_admin_urls")
def register_tag_autocomplete():
    return [path("news/tags/autocomplete/", tag_autocomplete, name="news_tag_autocomplete")]


# The first two tabs of site search (search.views).
@hooks.register(SEARCH_RESULT_TYPE_HOOK, order=100)
def register_news_search_results():
    return SearchResultType("news", _("News"), NewsPage)


@hooks.register(SEARCH_RESULT_TYPE_HOOK, order=200)
def register_document_search_results():
    return SearchResultType("documents", _("Official documents"), OfficialDocumentPage)
