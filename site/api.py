"""Read-only Wagtail API (/api/v2/): published pages, images and documents only.

Partner sites and the national S&T market database read the showcase from here; drafts
and personal data (inquiries, registrations) are never exposed.
"""

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

# Far beyond any listing, and within every database's integer: a larger offset would reach
# the database as an out-of-range number (a 500) instead of a 400.
MAX_OFFSET = 2**31 - 1


class Pagination(WagtailPagination):
    """Wagtail's pagination (which refuses negative and non-numeric values with 400),
    refusing out-of-range offsets too."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Wagtail's own check answers it
        if offset > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class PagesEndpoint(PagesAPIViewSet):
    pagination_class = Pagination


class ImagesEndpoint(ImagesAPIViewSet):
    pagination_class = Pagination


class DocumentsEndpoint(DocumentsAPIViewSet):
    pagination_class = Pagination


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)
