"""Showcase index filters: validated from the query string, each value with its count.

Counts follow the usual faceted-search rule: a facet's counts apply every other filter
but not its own, so a reader sees how many entries each choice would give. Each facet is
one GROUP BY query, so the number of queries does not depend on the number of entries.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

from core.images import image_specs
from core.models import CustomImage
from core.search import folded_contains
from showcase.choices import EntryKind, IPType, TechnologyStatus
from showcase.taxonomies import Commune, ProductGroup, ResearchField

ENTRIES_PER_PAGE = 12
CARD_IMAGE = image_specs("showcase-card")
MAX_TEXT = 100
SORTS = {
    "newest": ("-first_published_at", "-pk"),
    "name": ("title", "pk"),
    "stars": ("-stars", "title"),
}
SORT_LABELS = {"newest": _("Newest"), "name": _("Name"), "stars": _("Stars")}


@dataclass(frozen=True)
class Facet:
    param: str
    label: str | Promise  # a lazy translation
    lookup: str  # the field counted and filtered on


FACETS = [
    Facet("kind", _("Kind"), "kind"),
    Facet("group", _("Product group"), "product_group__slug"),
    Facet("field", pgettext_lazy("research field", "Field"), "research_field__slug"),
    Facet("stars", _("Stars"), "stars"),
    Facet("commune", _("Commune or ward"), "commune__slug"),
    Facet("trl", _("Maturity"), "trl"),
    Facet("ip", _("Intellectual property"), "ip_type"),
    Facet("status", _("Status"), "status"),
]


class ShowcaseFilters:
    def __init__(self, index, request):
        self.index = index
        self.request = request
        self.locale = Locale.get_active()
        self.names = self.value_names()
        self.selected = {}
        for facet in FACETS:
            value = request.GET.get(facet.param, "")[:80]
            if value in self.names[facet.param]:
                # Store what the database holds (stars and TRL are numbers).
                self.selected[facet.param] = int(value) if value.isdigit() else value
        self.text = " ".join(request.GET.get("q", "").split())[:MAX_TEXT]
        sort = request.GET.get("sort", "newest")
        self.sort = sort if sort in SORTS else "newest"
        self.include_expired = request.GET.get("expired") == "1"

    def value_names(self) -> dict[str, dict[str, str]]:
        """Every valid value of each facet, with its label in the reader's language."""

        def taxonomy(model):
            records = model.objects.filter(locale=self.locale).only("name", "slug")
            return {r.slug: r.name for r in records}

        return {
            "kind": dict(EntryKind.choices),
            "group": taxonomy(ProductGroup),
            "field": taxonomy(ResearchField),
            "stars": {str(n): "★" * n for n in (5, 4, 3)},
            "commune": taxonomy(Commune),
            "trl": {str(n): f"TRL {n}" for n in range(1, 10)},
            "ip": dict(IPType.choices),
            "status": dict(TechnologyStatus.choices),
        }

    def base(self):
        entries = self.index.entries()
        if not self.include_expired:
            # Expired OCOP recognitions drop out of the default listing.
            entries = entries.exclude(expiry_date__lt=timezone.localdate())
        if self.text:
            # In the title or the summary, folded like site search (core.search).
            entries = entries.filter(folded_contains(self.text))
        return entries

    def filtered(self, entries, skip: str | None = None):
        for facet in FACETS:
            if facet.param != skip and facet.param in self.selected:
                entries = entries.filter(**{facet.lookup: self.selected[facet.param]})
        return entries

    def facet_counts(self, base):
        facets = []
        for facet in FACETS:
            rows = (
                self.filtered(base, skip=facet.param)
                .order_by()
                .values(facet.lookup)
                .annotate(n=Count("pk"))
            )
            counts = {
                str(row[facet.lookup]): row["n"]
                for row in rows
                if row[facet.lookup] not in (None, "")
            }
            options = [
                {
                    "value": value,
                    "label": label,
                    "count": counts.get(value, 0),
                    "selected": str(self.selected.get(facet.param, "")) == value,
                }
                for value, label in self.names[facet.param].items()
                if counts.get(value) or str(self.selected.get(facet.param, "")) == value
            ]
            facets.append({"param": facet.param, "label": facet.label, "options": options})
        return facets

    def context(self):
        base = self.base()
        entries = (
            self.filtered(base)
            .select_related("commune", "product_group", "research_field")
            .prefetch_related(
                Prefetch("image", queryset=CustomImage.objects.prefetch_renditions(*CARD_IMAGE))
            )
            .order_by(*SORTS[self.sort])
        )
        page = Paginator(entries, ENTRIES_PER_PAGE).get_page(self.request.GET.get("page"))
        return {
            "entries": page,
            "facets": self.facet_counts(base),
            "selected": self.selected,
            "text": self.text,
            "sort": self.sort,
            "sorts": SORT_LABELS,
            "include_expired": self.include_expired,
            "names": self.names,
            "filtered": bool(self.selected or self.text or self.include_expired),
        }
