"""Routable pages whose sub-URLs live beside their views, not inside the model."""

from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import RoutablePageMixin


class RoutesByPathMixin(RoutablePageMixin):
    """A routable page whose sub-URLs are a list of django.urls.path() in another module,
    named by dotted path and imported on first use, as Django imports ROOT_URLCONF: the
    views import the models, so the models must not import the views. Each view takes the
    page, then the request (Wagtail binds it to the page)."""

    subpage_routes: str

    @classmethod
    def get_subpage_urls(cls):
        return tuple(import_string(cls.subpage_routes))
