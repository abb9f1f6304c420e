"""Optional read replica: anonymous readers' page views read from it, everything else
from the primary.

Enabled by settings.production when DATABASE_REPLICA_URL is set (the "replica" alias, this
router and ReplicaReadsMiddleware). A replica lags its primary by a little, so it is used
only where a slightly old read is harmless:

- only while a request that opted in is being handled: a GET or HEAD from a visitor
  without a session (no staff, no preview) outside the admin, and not within seconds of
  that visitor's own form POST (a cookie), so a registration is visible on the page the
  POST redirects to;
- never inside a transaction (the seat count of a registration is read under its lock);
- never for management commands or the task worker (an email task must find the row it
  was queued for).

Writes always go to the primary; migrations run on the primary only.
"""

from contextvars import ContextVar

from django.conf import settings
from django.db import connections

REPLICA = "replica"
PIN_COOKIE = "primary_db"
PIN_SECONDS = 10
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

_replica_allowed: ContextVar[bool] = ContextVar("replica_allowed", default=False)


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        if (
            _replica_allowed.get()
            and REPLICA in settings.DATABASES
            and not connections["default"].in_atomic_block
        ):
            return REPLICA
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one data set, two copies

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


def replica_allowed_for(request) -> bool:
    admin = "/" + getattr(settings, "WAGTAIL_ADMIN_PATH", "admin").strip("/") + "/"
    return (
        request.method in SAFE_METHODS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and PIN_COOKIE not in request.COOKIES
        and not request.path.startswith(admin)
    )


class ReplicaReadsMiddleware:
    """Lets the router use the replica for this request when that is safe (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _replica_allowed.set(replica_allowed_for(request))
        try:
            response = self.get_response(request)
        finally:
            _replica_allowed.reset(token)
        if request.method not in SAFE_METHODS:
            # Read-your-writes: this visitor's next pages come from the primary.
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=PIN_SECONDS,
                httponly=True,
                secure=settings.SESSION_COOKIE_SECURE,
                samesite="Lax",
            )
        return response
