from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.paginator import WagtailPaginator
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.views.report import TranslationsReportFilterSet, TranslationsReportView

from core import cache as page_cache
from core.localize_policy import REFUSED_ACTIONS, leads_to_refused_view, may_sync_or_alias
from core.models import AgencyInfo
from core.outbox_admin import mail_trouble_panel, outgoing_email_viewset


class AgencyInfoViewSet(SnippetViewSet):
    model = AgencyInfo
    icon = "site"
    menu_label = _("Agency information")
    # Under Settings, where staff look for the header and footer details.
    add_to_settings_menu = True
    list_display = ["name", "phone", "email"]


register_snippet(AgencyInfoViewSet)


@hooks.register("register_admin_viewset")
def register_outgoing_emails():
    return outgoing_email_viewset


@hooks.register("construct_homepage_panels")
def warn_of_mail_trouble(request, panels):
    panel = mail_trouble_panel(request.user)
    if panel:
        panels.insert(0, panel)


# Full-page cache (core/cache.py): what wagtail-cache may keep, beyond its own rules.
hooks.register("is_request_cacheable", page_cache.is_request_cacheable)
hooks.register("is_response_cacheable", page_cache.is_response_cacheable)


# --- Aliases and synced translation: superusers only (core/localize_policy.py) -----------


@hooks.register("construct_page_action_menu")
@hooks.register("construct_snippet_action_menu")
def hide_sync_and_alias_actions(menu_items, request, context):
    if not may_sync_or_alias(request.user):
        menu_items[:] = [item for item in menu_items if item.name not in REFUSED_ACTIONS]


@hooks.register("construct_snippet_listing_buttons")
def hide_sync_snippet_buttons(buttons, snippet, user, context=None):
    if not may_sync_or_alias(user):
        buttons[:] = [button for button in buttons if not leads_to_refused_view(button.url)]


def without_sync_buttons(page_buttons):
    """wagtail-localize's page buttons ("Translate this page", "Sync translated pages")
    without the sync one for users who may not sync. Page header and "More" buttons have
    no construct_* hook in Wagtail, so its registered function is wrapped."""

    def buttons(*, user, **kwargs):
        for button in page_buttons(user=user, **kwargs):
            if may_sync_or_alias(user) or not leads_to_refused_view(button.url):
                yield button

    return buttons


for hook_name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
    hooks._hooks[hook_name] = [
        (without_sync_buttons(fn) if fn is localize_hooks.page_listing_more_buttons else fn, order)
        for fn, order in hooks._hooks.get(hook_name, [])
    ]


# --- Labels wagtail-localize leaves untranslatable --------------------------------------


class TranslationsPaginator(WagtailPaginator):
    # wagtail-localize's Translation model has no verbose names ("87 translations").
    verbose_name = _("translation")
    verbose_name_plural = _("translations")


# Its translations report names two filters after their fields.
TranslationsReportFilterSet.base_filters["source_locale"].label = _("Source language")
TranslationsReportFilterSet.base_filters["target_locale"].label = _("Target language")
TranslationsReportView.paginator_class = TranslationsPaginator
