import asyncio
import fcntl
import json
import os
import shutil
import threading
from io import BytesIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.files import File
from django.core.management import call_command
from django.db import connections, transaction
from django.test.utils import setup_databases, teardown_databases
from django.utils import translation
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page

from tests.live_db import live_database  # noqa: F401 - a real database for other processes

E2E_DIR = Path(__file__).resolve().parent / "tests" / "e2e"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests (tests/e2e) run after the others: they write to the demo database for
    real (a live server cannot see a test's uncommitted transaction), so no test after them
    may rely on the demo as loaded. Transactional tests run last of all: the flush after
    each one empties the database, demo included. Tests without the database come first:
    under xdist they keep the other workers busy while one builds the demo."""
    e2e, transactional, with_db, without_db = [], [], [], []
    for item in items:
        marker = item.get_closest_marker("django_db")
        if item.path.is_relative_to(E2E_DIR):
            e2e.append(item)
        elif marker and marker.kwargs.get("transaction"):
            transactional.append(item)
        elif marker or "django_db_setup" in getattr(item, "fixturenames", ()):
            with_db.append(item)
        else:
            without_db.append(item)
    items[:] = without_db + with_db + e2e + transactional


def pytest_itemcollected(item):
    """Under xdist (--dist loadgroup, as dev.py runs it), the tests on the real PostgreSQL
    database of tests/live_db.py share one worker, hence one migration of that database.
    Marked here, before xdist reads the marks in its own pytest_collection_modifyitems."""
    if "live_database" in getattr(item, "fixturenames", ()):
        item.add_marker(pytest.mark.xdist_group("live_database"))
    # Here too, not in pytest_collection_modifyitems: `-m "not e2e"` must see it.
    if item.path.is_relative_to(E2E_DIR):
        item.add_marker(pytest.mark.e2e)


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


@pytest.fixture(scope="session", autouse=True)
def rendition_files_made_once():
    """Each test rolls back the renditions it made, so the next test rendering the same
    page would resize and encode the same pictures again (half the time of the rendering
    tests). The bytes of each rendition file are kept for the session: every test still
    creates its rendition rows and saves their files as before, without the encoding.
    Keyed by the original's file (names are unique in the media folder), its size and
    the filter with its focal point, so a changed picture or crop is made anew."""
    original = AbstractImage.generate_rendition_file
    made: dict[tuple, tuple[str, bytes]] = {}
    lock = threading.Lock()  # create_renditions() makes several at once, in threads

    def generate_rendition_file(self, filter, *, source=None):
        key = (self.file.name, self.width, self.height, filter.spec, filter.get_cache_key(self))
        with lock:
            kept = made.get(key)
        if kept is None:
            generated = original(self, filter, source=source)
            generated.seek(0)
            kept = (generated.name, generated.read())
            with lock:
                made[key] = kept
        name, content = kept
        return File(BytesIO(content), name=name)

    AbstractImage.generate_rendition_file = generate_rendition_file
    yield
    AbstractImage.generate_rendition_file = original


def load_demo() -> None:
    call_command("load_demo", "--no-admin", "--host", "testserver", "--port", "80", verbosity=0)


def clone_demo_databases(worker: str, workers: int, shared: Path, verbosity: int) -> list:
    """This xdist worker's own copy of the demo databases, built once for all workers.

    The first worker to take the lock migrates the test database and loads the demo into
    it (and keeps its media); every worker then clones it as Django's parallel runner does
    (SQLite: a file copy; PostgreSQL: CREATE DATABASE ... TEMPLATE) and copies the media.
    The last worker to clone drops the source. Returns teardown_databases()' argument.
    """
    record_path, media = shared / "demo-databases.json", shared / "demo-media"
    with open(shared / "demo-databases.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        originals = {alias: connections[alias].settings_dict["NAME"] for alias in connections}
        built_here = not record_path.exists()
        if not built_here:
            record = json.loads(record_path.read_text())
            for alias, source in record["sources"].items():
                connections[alias].settings_dict["NAME"] = source
        else:
            setup_databases(verbosity=verbosity, interactive=False, serialized_aliases=())
            load_demo()
            shutil.copytree(settings.MEDIA_ROOT, media)
            sources = {alias: connections[alias].settings_dict["NAME"] for alias in connections}
            record = {"sources": sources, "cloned": 0}
        connections.close_all()
        record["cloned"] += 1
        last = record["cloned"] == workers
        clones = []
        for alias in record["sources"]:
            creation = connections[alias].creation
            creation.clone_test_db(suffix=worker, verbosity=verbosity)
            clone_name = creation.get_test_db_clone_settings(worker)["NAME"]
            if last:
                # Drops the source (the connection's current NAME), then points at the clone.
                creation.destroy_test_db(old_database_name=clone_name, verbosity=verbosity)
            else:
                connections[alias].settings_dict["NAME"] = clone_name
            clones.append((connections[alias], originals[alias], True))
        record_path.write_text(json.dumps(record))
    if not built_here:
        shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    return clones


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, media_root, tmp_path_factory
):
    """The bilingual demo site, loaded once per run: each test runs in a transaction on top
    of it. Replaces pytest-django's fixture of the same name, as its documentation shows
    for template databases; with xdist each worker gets a copy (clone_demo_databases)."""
    verbosity = request.config.option.verbose
    workerinput = getattr(request.config, "workerinput", None)
    with django_db_blocker.unblock():
        if workerinput is None:
            databases = setup_databases(
                verbosity=verbosity, interactive=False, serialized_aliases=()
            )
            load_demo()
        else:
            # The shared parent of every worker's basetemp: one folder per run.
            shared = tmp_path_factory.getbasetemp().parent
            databases = clone_demo_databases(
                workerinput["workerid"], workerinput["workercount"], shared, verbosity
            )
    yield
    with django_db_blocker.unblock():
        try:
            teardown_databases(databases, verbosity=verbosity)
        except Exception as error:  # noqa: BLE001 - as pytest-django: a warning, not a failure
            request.node.warn(pytest.PytestWarning(f"Could not drop the test database: {error!r}"))


@pytest.fixture(scope="module")
def module_transaction(django_db_setup, django_db_blocker):
    """For content a module's tests share but never change (built once, not once per test):
    a module-scoped fixture that requests this builds inside a transaction rolled back after
    the module's last test. Each test's own transaction (pytest-django's `db`) nests inside
    it as a savepoint, so what a test writes is still undone before the next one. Every test
    of the module after the first that asks for it sees that content: use it only in a
    module whose tests all ask for it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


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
def default_language():
    """LocaleMiddleware leaves the last request's language active in the thread: a test
    must start in the default language, whatever ran before it on this worker."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def clear_cache():
    """Wagtail caches site root paths, and the page cache whole pages: a rolled-back test
    must not leave its own behind, in any cache alias."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()
