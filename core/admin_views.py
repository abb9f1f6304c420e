"""Admin building blocks shared by the apps."""

from wagtail.snippets.views.snippets import SnippetViewSet


class TaxonomyViewSet(SnippetViewSet):
    """Listing for translatable taxonomy snippets (topics, product groups, communes...)."""

    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
