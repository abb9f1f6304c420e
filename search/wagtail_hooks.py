import datetime

from django.db.models import Max, Sum
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import MenuItem

from search.models import SearchQueryLog

DAYS_CHOICES = (7, 30, 90)


@require_admin_access
def search_terms_report(request):
    """The most frequent queries, and the queries that found nothing, per language."""
    days = int(request.GET.get("days", 30)) if request.GET.get("days", "30").isdigit() else 30
    days = days if days in DAYS_CHOICES else 30
    language = request.GET.get("language", "")
    rows = SearchQueryLog.objects.filter(
        day__gte=timezone.localdate() - datetime.timedelta(days=days)
    )
    if language in ("vi", "en"):
        rows = rows.filter(language=language)
    grouped = (
        rows.values("query", "language")
        .annotate(searches=Sum("hits"), last_results=Max("results"))
        .order_by("-searches", "query")
    )
    return render(
        request,
        "search/admin/search_terms_report.html",
        {
            "top": grouped[:50],
            "no_results": grouped.filter(last_results=0)[:50],
            "days": days,
            "days_choices": DAYS_CHOICES,
            "language": language,
        },
    )


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("reports/search-terms/", search_terms_report, name="search_terms_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    # Editors and moderators may read what the public searches for (no personal data).
    return MenuItem(
        _("Search terms"), reverse("search_terms_report"), icon_name="search", order=700
    )
