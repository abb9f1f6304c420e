"""Aliases and synced translation are for superusers only.

The README warns against both: an alias, a synced page or a "Sync from" locale fills the
English site with Vietnamese. Editors and moderators translate page by page with
wagtail-localize's Translate action; the buttons are hidden (core/wagtail_hooks.py) and
the URLs refused here, so a hand-made request is refused too.
"""

from urllib.parse import urlsplit

from django.core.exceptions import PermissionDenied
from django.urls import Resolver404, resolve

# wagtail-localize's views that sync translations or turn a page into an alias.
REFUSED_VIEWS = frozenset(
    {"wagtail_localize:convert_to_alias", "wagtail_localize:update_translations"}
)
# The edit form's action menu items (pages and snippets) that do the same.
REFUSED_ACTIONS = frozenset({"localize-convert-to-alias", "localize-restart-translation"})
# The copy form's "Alias" box.
ALIAS_FIELD = "alias"


def may_sync_or_alias(user) -> bool:
    return bool(user.is_superuser)


def leads_to_refused_view(url: str) -> bool:
    try:
        return resolve(urlsplit(url).path).view_name in REFUSED_VIEWS
    except Resolver404:
        return False


def syncs_or_aliases(request) -> bool:
    """Whether this request syncs translations or makes an alias."""
    match = request.resolver_match
    if match is None:
        return False
    if match.view_name in REFUSED_VIEWS:
        return True
    if request.method != "POST":
        return False
    if match.view_name == "wagtailadmin_pages:copy":
        return bool(request.POST.get(ALIAS_FIELD))
    is_edit = match.view_name == "wagtailadmin_pages:edit" or (
        match.namespace.startswith("wagtailsnippets_") and match.url_name == "edit"
    )
    return is_edit and not REFUSED_ACTIONS.isdisjoint(request.POST.keys())


class RefuseSyncAndAliasMiddleware:
    """403 for the requests of syncs_or_aliases() by users who may not. The user is read
    only for those (reading it marks the session used: public pages would vary on it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if syncs_or_aliases(request) and not may_sync_or_alias(request.user):
            raise PermissionDenied
        return None
