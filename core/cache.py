"""Full-page cache for anonymous readers (wagtail-cache), and what clears it.

Pages are kept in their own cache alias, "pages" (settings.WAGTAIL_CACHE_BACKEND), so
clearing it never touches sessions or rate-limit counters; in production that alias is a
Redis database of its own (settings/caching.py), because clearing Redis is FLUSHDB.

Never cached:
- requests from signed-in staff (wagtail-cache's own rule), requests carrying a session
  or a messages cookie, the admin, and the search results page (it logs every query into
  the "Search terms" report, which a cache hit would skip; it also says private);
- responses that set a cookie. Every page with a form does: Django renews the CSRF cookie
  whenever a form uses the token. Form pages must be rendered fresh anyway, since each
  form carries a one-use token (core.forms.PublicForm) that a cached copy would hand to
  the next reader: their submission would be taken for a repeat and dropped;
- responses marked private or no-store (never_cache: confirmations, the cancel link);
- anything but a 200 (a 404 or a redirect is cheap to answer again, and each new URL
  would take memory), and URLs carrying a query parameter the page never read: made-up
  URLs must not fill the cache (docs/deployment.md, "When Redis fails").

Invalidation clears the whole alias rather than single URLs: wagtail-cache's per-URL
keyring is one dict that every process reads, modifies and writes back (racy, and it grows
with every URL), and a publish changes more than its own page anyway (listings, the home
page, menus, the other language's switcher). It runs after the transaction commits, so no
request can re-cache the old state between the clear and the commit. Sections add their
own rules with clear_pages_after_commit() and purge_pages_after_commit() (for example
events/signals.py, for seat counts); this module imports no section.
"""

import functools
import logging
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.http import QueryDict
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import (  # type: ignore[attr-defined]  # cc_delim_re: not in the stubs
    cc_delim_re,
    get_max_age,
    patch_cache_control,
)
from django.utils.http import parse_http_date_safe
from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models
from wagtailcache import cache as wagtailcache
from wagtailcache.settings import wagtailcache_settings

from core.db_router import PIN_SECONDS

logger = logging.getLogger(__name__)


# --- What may be cached --------------------------------------------------------------------


@functools.cache
def _uncached_paths() -> tuple[tuple[str, ...], frozenset[str]]:
    """(admin prefixes, search results paths in every language)."""
    admin: tuple[str, ...]
    try:
        admin = (reverse("wagtailadmin_home"),)
    except NoReverseMatch:
        admin = ()
    search = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            search.add(reverse("search"))
    return admin, frozenset(search)


def is_request_cacheable(request, is_cacheable):
    """wagtail-cache hook: refuse what its own rule (GET/HEAD, not signed in) lets through."""
    if not is_cacheable:
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        # A session may hold a page password or staff state; a messages cookie is a
        # message waiting to be shown. wagtail-cache leaves the messages cookie out of
        # the key, so a cached page would swallow the message.
        return False
    admin, search = _uncached_paths()
    if request.path_info.startswith(admin) or request.path_info in search:
        return False
    request.GET = _ReadTrackingQueryDict(
        request.META.get("QUERY_STRING", ""), encoding=request.encoding
    )
    return None


class _ReadTrackingQueryDict(QueryDict):
    """request.GET that notes which parameters the page's code (views, templates) asked
    for: one it never read cannot have shaped the page, so its URL is not stored. Copies
    share the notes (wagtail-cache swaps request.GET for a copy without utm_* and such)."""

    def __init__(self, *args, **kwargs) -> None:
        self.read: set[str] = set()  # before parsing, which already asks __contains__
        super().__init__(*args, **kwargs)
        self.read.clear()

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def getlist(self, key, default=None):
        self.read.add(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.read = self.read
        return result


def _has_unread_parameters(request) -> bool:
    query = request.GET
    read = query.read if isinstance(query, _ReadTrackingQueryDict) else set()
    return not set(query) <= read


def is_response_cacheable(response, is_cacheable):
    """wagtail-cache hook: keep only a 200 that sets no cookie and is not private."""
    if response.status_code != 200 or response.cookies:
        return False
    directives = {
        d.strip().split("=")[0].lower()
        for d in cc_delim_re.split(response.get("Cache-Control", ""))
        if d.strip()
    }
    if directives & {"private", "no-store", "no-cache"}:
        return False
    return None


def _drop_vary_accept_language(response) -> None:
    """LocaleMiddleware adds "Vary: Accept-Language" to every unprefixed URL, but this site
    never reads the header: unprefixed URLs are Vietnamese whatever the browser says, and
    the English offer is decided in the browser (site.js). Left in, it would split every
    Vietnamese page into one cache entry per distinct header a browser sends."""
    if not response.has_header("Vary"):
        return
    kept = [
        h
        for h in cc_delim_re.split(response["Vary"])
        if h.strip() and h.strip().lower() != "accept-language"
    ]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


class UpdateCacheMiddleware(wagtailcache.UpdateCacheMiddleware):
    """wagtail-cache's, plus the Vary fix above and honest headers for other caches.

    Cached pages tell browsers to check back every time (max-age=0) and shared caches
    (a CDN) to keep them as long as we do (s-maxage): a publish then reaches readers at
    once instead of after a browser's ten minutes. Responses wagtail-cache skips become
    private, so no shared cache keeps a form page with its CSRF cookie."""

    def process_response(self, request, response):
        _drop_vary_accept_language(response)  # true with or without the page cache
        if not wagtailcache_settings.WAGTAIL_CACHE:
            return response
        if getattr(request, "_wagtailcache_update", False) and _replica_may_lag():
            # Just after a clear, this page may have been read from a read replica that
            # has not caught up with the commit yet: serve it, but do not keep it.
            request._wagtailcache_skip = True
        if getattr(request, "_wagtailcache_update", False) and _has_unread_parameters(request):
            request._wagtailcache_skip = True
        response = super().process_response(request, response)
        status = response.get(wagtailcache_settings.WAGTAIL_CACHE_HEADER or "", "")
        if status in ("hit", "miss"):
            seconds = get_max_age(response) or self._wagcache.default_timeout
            # A hit is as old as its copy: a CDN may keep it only for what is left.
            expires = parse_http_date_safe(response.get("Expires", ""))
            if expires is not None and status == "hit":
                seconds = max(0, min(seconds, int(expires - time.time())))
            if response.has_header("Expires"):
                del response["Expires"]
            response["Cache-Control"] = f"max-age=0, s-maxage={seconds}"
        elif status == "skip":
            patch_cache_control(response, private=True, no_cache=True)
        return response


# --- Invalidation ----------------------------------------------------------------------------

CLEARED_AT_KEY = "core:page-cache-cleared-at"


def clear_pages() -> None:
    """Empty the page cache now. A cache outage must not fail the editor's publish."""
    try:
        wagtailcache.clear_cache()
        if "replica" in settings.DATABASES:
            pages = caches[wagtailcache_settings.WAGTAIL_CACHE_BACKEND]
            pages.set(CLEARED_AT_KEY, time.time(), None)
    except Exception:
        logger.exception("Could not clear the page cache")


def _replica_may_lag() -> bool:
    """With a read replica (core/db_router.py), the seconds after a clear during which a
    page view may still read the state before the commit."""
    if "replica" not in settings.DATABASES:
        return False
    try:
        cleared_at = caches[wagtailcache_settings.WAGTAIL_CACHE_BACKEND].get(CLEARED_AT_KEY)
    except Exception:
        # The cache is unreachable, so storing this page will most likely fail as well.
        logger.warning("Could not read when the page cache was cleared", exc_info=True)
        return False
    return cleared_at is not None and time.time() - cleared_at < PIN_SECONDS


def clear_pages_after_commit() -> None:
    """Empty the page cache once the current transaction commits (now, outside one).
    Deleting a section asks once per page: after the first, clearing an empty cache is
    one cheap round trip, not worth tracking what is already scheduled."""
    transaction.on_commit(clear_pages, robust=True)


def _frontend_cache_configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_pages_after_commit(pages) -> None:
    """Purge these pages (every language version, and the listings above them) from the
    CDN once the transaction commits; nothing without WAGTAILFRONTENDCACHE."""
    if not _frontend_cache_configured():
        return
    batch = PurgeBatch()
    seen = set()
    for page in pages:
        if page is None:
            continue
        related = list(page.get_translations(inclusive=True).live())
        related += list(page.get_ancestors().filter(depth__gt=1).live())
        for other in related:
            if other.pk not in seen:
                seen.add(other.pk)
                batch.add_page(other)
    if batch.urls:
        transaction.on_commit(batch.purge, robust=True)


def purge_urls_after_commit(urls) -> None:
    if not _frontend_cache_configured() or not urls:
        return
    urls = list(urls)
    transaction.on_commit(lambda: purge_urls_from_cache(urls), robust=True)


# Receivers ------------------------------------------------------------------------------------


def page_changed(sender, instance, **kwargs):
    """Published, unpublished or moved: every listing, menu and switcher may show it."""
    clear_pages_after_commit()
    pages = [instance]
    if "parent_page_before" in kwargs:  # post_page_move: both old and new listings
        pages += [kwargs["parent_page_before"], kwargs.get("parent_page_after")]
    purge_pages_after_commit(pages)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        if kwargs.get("signal") is pre_delete:
            # Its URL and parents can still be worked out before the rows are gone.
            purge_pages_after_commit([instance])
        else:
            clear_pages_after_commit()


def content_changed(sender, instance, created=False, **kwargs):
    """Snippets (agency information, topics and other taxonomies), redirects, search
    promotions, sites, locales and page privacy: all shown on, or deciding, cached pages."""
    if sender not in _page_content_models():
        return
    if created and sender in _media_models():
        return  # a new image or document is on no page yet
    update_fields = kwargs.get("update_fields")
    if (
        sender in _media_models()
        and update_fields
        and set(update_fields) <= {"file_size", "file_hash"}
    ):
        return  # Wagtail fills these in lazily while rendering; nothing visible changed
    clear_pages_after_commit()
    if sender is Redirect:
        purge_urls_after_commit(_redirect_urls(instance))


def _redirect_urls(redirect) -> list[str]:
    sites = [redirect.site] if redirect.site_id else Site.objects.all()
    path = redirect.old_path.rstrip("/")
    return [f"{site.root_url}{path}{suffix}" for site in sites for suffix in ("", "/")]


@functools.cache
def _media_models() -> frozenset:
    return frozenset({get_image_model(), get_document_model()})


@functools.cache
def _page_content_models() -> frozenset:
    return frozenset(
        {
            *get_snippet_models(),
            Redirect,
            SearchPromotion,
            Site,
            Locale,
            PageViewRestriction,
            *_media_models(),
        }
    )


def connect_signals() -> None:
    """Called from CoreConfig.ready()."""
    page_published.connect(page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(page_changed, dispatch_uid="page_cache_moved")
    pre_delete.connect(page_deleted, dispatch_uid="page_cache_pre_delete")
    post_delete.connect(page_deleted, dispatch_uid="page_cache_page_delete")
    post_save.connect(content_changed, dispatch_uid="page_cache_content_save")
    post_delete.connect(content_changed, dispatch_uid="page_cache_content_delete")
