"""The "Search terms" report: what the public searches for, and what finds nothing.

Built on Wagtail's ReportView (filters, ordering, pagination, CSV/XLSX export). Its rows
are the daily query log (search.models) summed per folded query and language over the
period chosen.
"""

import datetime

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, Table
from wagtail.admin.views.reports import ReportView

from core.exports import SafeSpreadsheetExportMixin, StaffColumn
from search.models import SearchQueryLog

DAYS_CHOICES = (7, 30, 90)
DEFAULT_DAYS = 30
NO_RESULT_ROWS = 50


def period_choices():
    # A callable, so the labels follow the staff member's language.
    return [(str(n), gettext("Last %(n)s days") % {"n": n}) for n in DAYS_CHOICES]


class SearchTermsFilterSet(WagtailFilterSet):
    days = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=period_choices,
        empty_label=None,
        method="filter_days",
        widget=forms.RadioSelect,
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=settings.LANGUAGES,
        empty_label=_("Both"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = SearchQueryLog
        fields: list[str] = []

    def filter_days(self, queryset, name, value):
        return queryset.filter(day__gte=timezone.localdate() - datetime.timedelta(days=int(value)))


class QueryColumn(Column):
    """The query as plain cell text (the report's tests and readers copy it as it is)."""

    cell_template_name = "search/admin/query_cell.html"


class SearchTermsReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Search terms")
    header_icon = "search"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    results_template_name = "search/admin/search_terms_report_results.html"
    filterset_class = SearchTermsFilterSet
    default_ordering = ("-searches", "query")
    columns = [
        QueryColumn("query", label=_("Query (without diacritics)"), sort_key="query"),
        StaffColumn("language", model=SearchQueryLog, label=_("Language"), sort_key="language"),
        Column("searches", label=_("Searches"), sort_key="searches"),
        Column("last_results", label=_("Results"), sort_key="last_results"),
    ]
    list_export = ["query", "language", "searches", "last_results"]
    export_headings = {
        "query": _("Query (without diacritics)"),
        "language": _("Language"),
        "searches": _("Searches"),
        "last_results": _("Results"),
    }

    def get_filterset_kwargs(self):
        # The period always applies (30 days unless a valid one is chosen); an unknown
        # language means both.
        data = self.request.GET.copy()
        if data.get("days") not in {str(n) for n in DAYS_CHOICES}:
            data["days"] = str(DEFAULT_DAYS)
        if data.get("language") not in dict(settings.LANGUAGES):
            data.pop("language", None)
        return {**super().get_filterset_kwargs(), "data": data}

    def get_filtered_queryset(self):
        # Filter the daily rows first, then sum them per query and language.
        rows = self.filter_queryset(SearchQueryLog.objects.all())
        self.grouped = rows.values("query", "language").annotate(
            searches=Sum("hits"), last_results=Max("results")
        )
        return self.order_queryset(self.grouped)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        no_results = self.grouped.filter(last_results=0).order_by("-searches", "query")
        context["no_results_table"] = Table(
            [
                QueryColumn("query", label=_("Query (without diacritics)")),
                StaffColumn("language", model=SearchQueryLog, label=_("Language")),
                Column("searches", label=_("Searches")),
            ],
            list(no_results[:NO_RESULT_ROWS]),
            caption=_("Queries with no result"),
        )
        return context
