"""Security plumbing named in the settings: headers, the client address, the CSRF page."""

from axes.helpers import get_cool_off
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import BadRequest
from django.shortcuts import render


def client_ip(request) -> str:
    """The client's address, counting TRUSTED_PROXY_COUNT proxies from the right.

    Each trusted proxy appends the address it saw to X-Forwarded-For, so the entry
    TRUSTED_PROXY_COUNT from the end was written by our outermost proxy and cannot be
    forged by the client; anything further left can. With no proxy (count 0) the peer
    address is the client.
    """
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")


def admin_prefix() -> str:
    return "/" + settings.WAGTAIL_ADMIN_PATH.strip("/") + "/"


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp with a second, looser policy for the Wagtail admin.

    Public pages get CONTENT_SECURITY_POLICY (no inline code at all); the admin, which
    still relies on inline scripts and style attributes, gets CONTENT_SECURITY_POLICY_ADMIN.
    A per-view override (django-csp decorators) still wins.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(admin_prefix())
        ):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


class RejectNullBytesMiddleware:
    """A NUL byte in the path or the query string is refused with 400.

    No legitimate link carries one, and PostgreSQL refuses it in any text comparison, so a
    view filtering on a raw parameter (?topic=%00) would otherwise fail with a 500. Forms
    are already safe: Django's form fields reject NUL themselves.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            raise BadRequest("NUL byte in the URL")
        return self.get_response(request)


def csrf_failure(request, reason=""):
    """A friendly 403 in the reader's language (Django's own page is English and bare)."""
    return render(request, "403_csrf.html", {"reason": reason}, status=403)


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' lockout, as a page of the admin's sign-in screen in the staff's language."""
    cool_off = get_cool_off(request)
    minutes = max(1, int(cool_off.total_seconds() // 60)) if cool_off else 60
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    return render(request, "axes/lockout.html", context, status=429)
