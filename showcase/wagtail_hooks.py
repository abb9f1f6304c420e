from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_views import TaxonomyViewSet
from core.exports import SafeSpreadsheetExportMixin, StaffInspectView
from core.search import SEARCH_RESULT_TYPE_HOOK, SearchResultType
from showcase.models import Commune, Inquiry, ProductGroup, ResearchField, ShowcaseEntryPage


class ProductGroupViewSet(TaxonomyViewSet):
    model = ProductGroup


class ResearchFieldViewSet(TaxonomyViewSet):
    model = ResearchField


class CommuneViewSet(TaxonomyViewSet):
    model = Commune
    icon = "site"
    list_display = ["name", "province", "slug", "locale"]


class ShowcaseTaxonomyGroup(SnippetViewSetGroup):
    items = (ProductGroupViewSet, ResearchFieldViewSet, CommuneViewSet)
    menu_icon = "pick"
    menu_label = _("Showcase settings")
    menu_name = "showcase-settings"


register_snippet(ShowcaseTaxonomyGroup)


class InquiryIndexView(SafeSpreadsheetExportMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("entry")


class InquiryViewSet(ModelViewSet):
    """Businesses' inquiries: personal data, visible only with the inquiry permissions."""

    model = Inquiry
    icon = "mail"
    menu_label = _("Inquiries")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = InquiryIndexView
    inspect_view_class = StaffInspectView
    list_display = ["reference", "organization", "entry", "need", "status", "created_at"]
    list_filter = ["status", "need", "created_at", "entry"]
    search_fields = ["reference", "organization", "contact_name", "email"]
    list_export = [
        "reference",
        "created_at",
        "entry",
        "organization",
        "contact_name",
        "email",
        "phone",
        "need",
        "message",
        "language",
        "status",
        "consent_at",
        "privacy_notice_version",
    ]
    export_filename = "inquiries"
    form_fields = ["status", "staff_note"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "reference",
        "created_at",
        "entry",
        "organization",
        "contact_name",
        "email",
        "phone",
        "need",
        "message",
        "language",
        "consent",
        "consent_at",
        "privacy_notice_version",
        "status",
        "staff_note",
    ]


inquiry_viewset = InquiryViewSet("inquiries")


@hooks.register("register_admin_viewset")
def register_inquiry_viewset():
    return inquiry_viewset


@hooks.register("register_page_header_buttons")
def inquiries_button(page, user, view_name=None, next_url=None):
    """On a showcase entry's edit page: a shortcut to its inquiries, for those allowed."""
    if isinstance(page.specific_deferred, ShowcaseEntryPage) and user.has_perm(
        "showcase.view_inquiry"
    ):
        count = Inquiry.objects.filter(entry__translation_key=page.translation_key).count()
        source = page.get_translation_or_none(Locale.get_default()) or page
        yield HeaderButton(
            _("Inquiries (%(count)s)") % {"count": count},
            url=reverse(inquiry_viewset.get_url_name("index")) + f"?entry={source.pk}",
            icon_name="mail",
            priority=60,
        )


@hooks.register(SEARCH_RESULT_TYPE_HOOK, order=300)
def register_showcase_search_results():
    return SearchResultType("showcase", _("Products and technologies"), ShowcaseEntryPage)
