from django.utils.functional import SimpleLazyObject

from core.i18n import locale_home
from core.models import AgencyInfo


def site_chrome(request):
    """What the header and footer need on every page, queried only when a template uses it."""
    return {
        "agency": SimpleLazyObject(AgencyInfo.for_locale),
        "locale_home": SimpleLazyObject(lambda: locale_home(request)),
    }
