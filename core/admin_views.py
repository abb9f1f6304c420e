"""Admin building blocks shared by the apps."""

from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser


def _format(template, name) -> str:
    return str(template) % {"object": name}


lazy_format = lazy(_format, str)


class LocalizedSnippetChooser(AdminSnippetChooser):
    """Wagtail formats a snippet chooser's texts ("Choose commune or ward") once, when the
    snippet is registered, in whatever language is active then; these follow each request's
    language."""

    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        name = model._meta.verbose_name
        self.choose_one_text = lazy_format(_("Choose %(object)s"), name)
        self.choose_another_text = lazy_format(_("Choose another %(object)s"), name)
        self.link_to_chosen_text = lazy_format(_("Edit this %(object)s"), name)


class LocalizedSnippetChooserViewSet(SnippetChooserViewSet):
    @cached_property
    def widget_class(self):
        return LocalizedSnippetChooser(model=self.model, icon=self.icon)


class TaxonomyViewSet(SnippetViewSet):
    """Listing for translatable taxonomy snippets (topics, product groups, communes...)."""

    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    chooser_viewset_class = LocalizedSnippetChooserViewSet
