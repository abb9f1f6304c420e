from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import SearchTermsReportView


@hooks.register("register_admin_urls")
def register_report_url():
    # Wagtail wraps these in require_admin_access: every staff member may read the report.
    return [
        path("reports/search-terms/", SearchTermsReportView.as_view(), name="search_terms_report"),
        path(
            "reports/search-terms/results/",
            SearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    # Editors and moderators may read what the public searches for (no personal data).
    return MenuItem(
        _("Search terms"),
        reverse("search_terms_report"),
        name="site-search-terms",
        icon_name="search",
        order=700,
    )


@hooks.register("construct_reports_menu")
def hide_search_promotions_report(request, menu_items):
    """Wagtail's own "Search terms" counts hits on promoted queries, which site search does
    not record (search.models keeps its own log): one "Search terms" item, ours."""
    duplicate = reverse("wagtailsearchpromotions:search_terms")
    menu_items[:] = [item for item in menu_items if item.url != duplicate]
