"""Security plumbing named in the settings: headers, the client address, the CSRF page."""

import functools
from ipaddress import IPv4Network, IPv6Network, ip_address, ip_network

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import BadRequest
from django.db.models import Sum
from django.shortcuts import render


@functools.cache
def _networks(proxies: tuple[str, ...]) -> tuple[IPv4Network | IPv6Network, ...]:
    return tuple(ip_network(proxy, strict=False) for proxy in proxies)


def _is_proxy(address: str) -> bool:
    try:
        ip = ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def from_trusted_proxy(request) -> bool:
    """True when the peer is one of TRUSTED_PROXIES: only then are forwarding headers
    (X-Forwarded-For, X-Forwarded-Proto) believed. The one rule for both."""
    return _is_proxy(request.META.get("REMOTE_ADDR", ""))


def client_ip(request) -> str:
    """The client's address: the peer's, or, when the peer is a trusted proxy, the
    rightmost X-Forwarded-For entry that is not a trusted proxy.

    Each proxy appends the address it saw, so entries are read from the right and the walk
    stops at the first address no trusted proxy owns: anything further left was written by
    the client and can be forged. A malformed entry stops the walk too.
    """
    address = request.META.get("REMOTE_ADDR", "")
    if not from_trusted_proxy(request):
        return address
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for entry in reversed([part.strip() for part in forwarded if part.strip()]):
        try:
            entry = str(ip_address(entry))
        except ValueError:
            break
        address = entry
        if not _is_proxy(entry):
            break
    return address


class TrustedProxyMiddleware:
    """Drops the forwarded scheme (SECURE_PROXY_SSL_HEADER) unless a trusted proxy sent it.

    Otherwise a client reaching gunicorn directly could claim HTTPS with one header. First
    in MIDDLEWARE, before SecurityMiddleware reads request.is_secure().
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
        if header and not from_trusted_proxy(request):
            request.META.pop(header[0], None)
        return self.get_response(request)


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


class LockoutHandler(AxesDatabaseHandler):
    """django-axes' database handler with one limit per lockout in LOGIN_LOCKOUTS.

    Axes compares a single count with AXES_FAILURE_LIMIT; each lockout's count is scaled
    so that it reaches that limit exactly when the lockout reaches its own.
    """

    def get_failures(self, request, credentials=None) -> int:
        base = settings.AXES_FAILURE_LIMIT
        limits = [limit for _parameters, limit in settings.LOGIN_LOCKOUTS]
        counts = [
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        ]
        return max(
            (count * base // limit for count, limit in zip(counts, limits, strict=True)),
            default=0,
        )


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' lockout, as a page of the admin's sign-in screen in the staff's language."""
    cool_off = get_cool_off(request)
    minutes = max(1, int(cool_off.total_seconds() // 60)) if cool_off else 60
    limits = [limit for _parameters, limit in settings.LOGIN_LOCKOUTS]
    context = {"failure_limit": limits[0], "account_limit": limits[-1], "minutes": minutes}
    return render(request, "axes/lockout.html", context, status=429)
