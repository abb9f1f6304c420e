import asyncio
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page

from tests.live_db import live_database  # noqa: F401 - a real database for other processes

E2E_DIR = Path(__file__).resolve().parent / "e2e"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests (tests/e2e) run after the others: they write to the demo database for
    real (a live server cannot see a test's uncommitted transaction), so no test after them
    may rely on the demo as loaded. Transactional tests run last of all: the flush after
    each one empties the database, demo included."""
    e2e, transactional, others = [], [], []
    for item in items:
        marker = item.get_closest_marker("django_db")
        if item.path.is_relative_to(E2E_DIR):
            item.add_marker(pytest.mark.e2e)
            e2e.append(item)
        elif marker and marker.kwargs.get("transaction"):
            transactional.append(item)
        else:
            others.append(item)
    items[:] = others + e2e + transactional


@pytest.fixture(autouse=True)
def allow_orm_beside_playwright(request):
    """Playwright's sync API runs an event loop in the main thread from the first browser
    test to the end of the session; Django then refuses ORM calls there (the browser tests'
    own, and those of the transactional tests that run after them, teardown flush included).
    Set from the first browser test on, never at import: subprocesses started by the tests
    before them (check --deploy) must not inherit it."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        if not request.node.get_closest_marker("e2e"):
            return
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Uploaded and generated files go to a temporary folder, never the checkout."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, media_root):
    """The bilingual demo site, loaded once: each test runs in a transaction on top of it."""
    with django_db_blocker.unblock():
        call_command("load_demo", "--no-admin", "--host", "testserver", "--port", "80", verbosity=0)


@pytest.fixture
def demo(db):
    """The demo site, as the README's first command loads it (see django_db_setup)."""
    return {
        "vi": Locale.objects.get(language_code="vi"),
        "en": Locale.objects.get(language_code="en"),
    }


@pytest.fixture
def page_by_slug():
    def get(slug):
        return Page.objects.get(slug=slug).specific

    return get


@pytest.fixture(autouse=True)
def clear_cache():
    """Wagtail caches site root paths, and the page cache whole pages: a rolled-back test
    must not leave its own behind, in any cache alias."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()
