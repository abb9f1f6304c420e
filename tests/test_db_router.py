"""The read-replica router: only anonymous readers' page views read from the replica."""

import pytest
from django.db import connections
from django.http import HttpResponse
from django.test import RequestFactory

from core.db_router import PIN_COOKIE, PrimaryReplicaRouter, ReplicaReadsMiddleware
from events.models import Registration

router = PrimaryReplicaRouter()


@pytest.fixture
def replica(settings, monkeypatch):
    """A configured replica alias (never connected to: the router only names it)."""
    monkeypatch.setitem(settings.DATABASES, "replica", dict(settings.DATABASES["default"]))


def read_db_during(request):
    """Which database a read would use while the middleware handles `request`."""
    seen = {}

    def view(request):
        seen["db"] = router.db_for_read(Registration)
        return HttpResponse("ok")

    response = ReplicaReadsMiddleware(view)(request)
    return seen["db"], response


def test_anonymous_page_views_read_from_the_replica(replica):
    db, response = read_db_during(RequestFactory().get("/su-kien/"))
    assert db == "replica"
    assert PIN_COOKIE not in response.cookies


@pytest.mark.parametrize(
    "make_request",
    [
        lambda f: f.get("/admin/pages/"),  # staff work on the freshest data
        lambda f: f.get("/su-kien/", HTTP_COOKIE="sessionid=abc"),  # signed in, previews
        lambda f: f.get("/su-kien/?registered=X", HTTP_COOKIE=f"{PIN_COOKIE}=1"),  # after a POST
        lambda f: f.post("/su-kien/hoi-thao/", {"email": "a@example.vn"}),
    ],
)
def test_staff_writers_and_recent_writers_read_from_the_primary(replica, make_request):
    db, _response = read_db_during(make_request(RequestFactory()))
    assert db == "default"


def test_a_post_pins_the_visitor_to_the_primary_for_a_few_seconds(replica):
    _db, response = read_db_during(RequestFactory().post("/su-kien/hoi-thao/", {}))
    cookie = response.cookies[PIN_COOKIE]
    assert 0 < cookie["max-age"] <= 30 and cookie["httponly"]


def test_reads_inside_a_transaction_use_the_primary(replica, monkeypatch):
    def view(request):
        # What transaction.atomic() sets (without opening a connection in this test).
        monkeypatch.setattr(connections["default"], "in_atomic_block", True)
        return HttpResponse(router.db_for_read(Registration))

    response = ReplicaReadsMiddleware(view)(RequestFactory().get("/su-kien/"))
    assert response.content == b"default"


def test_outside_requests_commands_and_workers_read_from_the_primary(replica):
    assert router.db_for_read(Registration) == "default"


def test_without_a_replica_everything_uses_the_primary():
    db, _response = read_db_during(RequestFactory().get("/su-kien/"))
    assert db == "default"


def test_writes_and_migrations_go_to_the_primary_only(replica):
    assert router.db_for_write(Registration) == "default"
    assert router.allow_migrate("default", "events")
    assert not router.allow_migrate("replica", "events")
