"""URLs for benchmarks only (bench_settings): the real site plus a minimal view.

`/bench/ceiling/` returns a tiny response through the same middleware, gunicorn and
database connection set-up as every page: the most a page could ever reach on this stack.
It is never in the production URLs.
"""

import urls as site_urls
from django.http import HttpResponse
from django.urls import path


def ceiling(request):
    return HttpResponse(b"ok", content_type="text/plain")


# The site's list is spliced in rather than include()d: i18n_patterns must stay at the root.
urlpatterns = [path("bench/ceiling/", ceiling), *site_urls.urlpatterns]
# The site's error handlers, whichever it defines.
globals().update(
    {
        name: getattr(site_urls, name)
        for name in ("handler400", "handler403", "handler404", "handler500")
        if hasattr(site_urls, name)
    }
)
