"""One search box for everything published in the reader's language.

The kinds of result (the tabs) are registered by the sections themselves, through the
SEARCH_RESULT_TYPE_HOOK of core.search: search imports no section.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail import hooks
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from core.i18n import locale_home
from core.search import (
    SEARCH_RESULT_TYPE_HOOK,
    build_query,
    clean_query,
    highlight,
    parse_query,
)
from core.text import fold
from search.models import SearchQueryLog, is_personal_query

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8


@functools.cache
def result_types() -> dict:
    """The tabs, in order, as {name: (label, model)}: the sections' result types in hook
    order, then "pages" for everything else (general pages, indexes, home)."""
    types = {}
    for register in hooks.get_hooks(SEARCH_RESULT_TYPE_HOOK):
        result_type = register()
        types[result_type.name] = (result_type.label, result_type.model)
    types["pages"] = (_("Pages"), None)
    return types


def pages_in(request, language_code=None):
    """Live, public pages of this site in one language (the active one by default)."""
    home = locale_home(request, language_code)
    if home is None:
        return Page.objects.none()
    return (
        Page.objects.live()
        .public()
        .descendant_of(home, inclusive=True)
        .filter(locale_id=home.locale_id)
    )


def of_type(queryset, kind):
    model = result_types()[kind][1]
    if model is not None:
        return queryset.type(model)
    return queryset.not_type(*(m for _label, m in result_types().values() if m is not None))


def type_counts(results) -> dict[str, int]:
    """Matches per tab, in one grouped query over the matches (not one per tab)."""
    counts = dict.fromkeys(result_types(), 0)
    for content_type_id, count in results.facet("content_type_id").items():
        # get_for_id is cached: no query per type after the first request.
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        counts[kind_of(model)] += count
    return counts


def kind_of(model) -> str:
    for kind, (_label, base) in result_types().items():
        if base is not None and model is not None and issubclass(model, base):
            return kind
    return "pages"


def result_type(page) -> str:
    return kind_of(type(page))


def result_date(page):
    for name in ("date", "date_issued", "start"):
        value = getattr(page, name, None)
        if value:
            return value
    return None


def result_text(page) -> str:
    for name in ("lead", "summary", "intro"):
        value = getattr(page, name, "")
        if value:
            return value
    return page.search_description or page.listing_summary


def promotions_for(parsed, locale):
    """Editor-promoted pages for this query, in this language (kept out of the results)."""
    query = Query.objects.filter(query_string=parsed.folded_key).first()
    if query is None:
        return []
    promoted = []
    for pick in query.editors_picks.select_related("page").order_by("sort_order"):
        if pick.page_id:
            page = pick.page.get_translation_or_none(locale)
            if page and page.live:
                promoted.append({"page": page.specific, "description": pick.description})
        elif pick.external_link_url:
            promoted.append(
                {
                    "url": pick.external_link_url,
                    "title": pick.external_link_text,
                    "description": pick.description,
                }
            )
    return promoted


@require_GET
def search(request):
    query = clean_query(request.GET.get("q", ""))
    parsed = parse_query(query)
    locale = Locale.get_active()
    kind = request.GET.get("type", "")
    kind = kind if kind in result_types() else ""
    sort = "newest" if request.GET.get("sort") == "newest" else "relevance"
    context = {"query": query, "kind": kind, "sort": sort, "types": result_types()}

    if parsed:
        search_query = build_query(parsed)
        base = pages_in(request)
        counts = type_counts(base.search(search_query))
        total = sum(counts.values())
        promoted = promotions_for(parsed, locale)
        queryset = of_type(base, kind) if kind else base
        if sort == "newest":
            results = queryset.order_by("-first_published_at").search(
                search_query, order_by_relevance=False
            )
        else:
            results = queryset.search(search_query)
        # The tab counts already say how many results there are: spare the paginator a
        # second full count of the matches (modelsearch caches it in _count_cache).
        if hasattr(results, "_count_cache"):
            results._count_cache = counts[kind] if kind else total
        page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        promoted_ids = {p["page"].pk for p in promoted if "page" in p}
        items = []
        for result in page.object_list:
            specific = result.specific
            if specific.pk in promoted_ids:
                continue
            items.append(
                {
                    "page": specific,
                    "type": result_type(specific),
                    "date": result_date(specific),
                    "excerpt": highlight(result_text(specific), parsed.terms),
                }
            )
        context.update(results=page, items=items, counts=counts, total=total, promoted=promoted)
        if page.number == 1 and not is_personal_query(query):
            SearchQueryLog.record(parsed.folded_key, locale.language_code, total)
        if not total:
            context.update(empty_state(request, parsed, locale))
    response = render(request, "pages/search.html", context)
    # Results pages are for people, not for search engines' indexes, and never cached.
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-cache"
    return response


def empty_state(request, parsed, locale):
    """The other language's count, and a few pages worth visiting."""
    other_code = "en" if locale.language_code == "vi" else "vi"
    other_count = pages_in(request, other_code).search(build_query(parsed)).count()
    home = locale_home(request)
    popular = list(home.get_children().live().public().in_menu()[:5]) if home else []
    return {
        "other_language": other_code,
        "other_count": other_count,
        "other_url": translate_url(request.get_full_path(), other_code),
        "popular": popular,
    }


@require_GET
def suggest(request):
    """Titles as the reader types (JSON): a progressive enhancement of the search box."""
    parsed = parse_query(clean_query(request.GET.get("q", "")))
    suggestions = []
    if parsed and len(parsed.folded_key) >= 2:
        words = " ".join(parsed.terms)
        results = pages_in(request).autocomplete(fold(words))[:SUGGESTIONS]
        for page in results:
            specific = page.specific
            suggestions.append(
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "type": str(result_types()[result_type(specific)][0]),
                }
            )
    response = JsonResponse(
        {"query": parsed.folded_key, "language": get_language(), "suggestions": suggestions}
    )
    response["Cache-Control"] = "public, max-age=60"
    return response
