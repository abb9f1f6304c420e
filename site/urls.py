from api import api_router
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import seo
from search import views as search_views

# The admin path can be moved away from the well-known one (bots knock there first):
# settings.WAGTAIL_ADMIN_PATH, from the environment variable of the same name.
ADMIN_PATH = settings.WAGTAIL_ADMIN_PATH + "/"

urlpatterns = [
    path(ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("robots.txt", seo.robots, name="robots"),
]

# Vietnamese without a prefix, English under /en/. No redirect by browser language.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("", include("events.urls")),
    path("", include("showcase.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler500 = "core.views.server_error"
