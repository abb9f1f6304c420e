"""sitemap.xml for every language tree (with hreflang alternates) and robots.txt."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site


@require_GET
def sitemap(request):
    """Wagtail's own sitemap walks only the default site root; cover each locale's root."""
    site = Site.find_for_request(request)
    entries = []
    if site is not None:
        roots = list(site.root_page.get_translations(inclusive=True).live())
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path, depth__gte=root.depth)
        pages = (
            Page.objects.live()
            .public()
            .filter(in_a_tree)
            .select_related("locale")
            .only(
                "url_path",
                "last_published_at",
                "translation_key",
                "locale__language_code",
                "path",
                "depth",
            )
            .order_by("path")
        )
        by_key = defaultdict(list)
        for page in pages:
            url = page.get_full_url(request)
            if url:
                item = {"page": page, "url": url, "lang": page.locale.language_code}
                entries.append(item)
                by_key[page.translation_key].append(item)
        default = settings.LANGUAGE_CODE
        for item in entries:
            versions = by_key[item["page"].translation_key]
            item["alternates"] = versions if len(versions) > 1 else []
            item["x_default"] = next((v["url"] for v in versions if v["lang"] == default), None)
    return render(
        request, "sitemap.xml", {"entries": entries}, content_type="application/xml; charset=utf-8"
    )


@require_GET
def robots(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('wagtailadmin_home')}",
        "Disallow: /search/",
        "Disallow: /en/search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
