"""Browser tests: Debian's Chromium driven by Playwright against a live server.

The live server runs in a thread of the test process on top of the demo site that
the root conftest.py loads once. pytest-django's `live_server` is not used: it forces
transactional tests, whose flush after each test would delete the demo for the tests that
run after it. Here the browser's writes are committed and kept; the root conftest.py runs this
package last so no other test sees them.
"""

import os
import re
from pathlib import Path

import axe_playwright_python
import pytest
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    # No DNS at all: a stray CDN asset fails at once (and fails the test) instead of loading.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
]
# axe-core as shipped inside the axe-playwright-python wheel: no Node or npm needed.
AXE_SOURCE_PATH = Path(axe_playwright_python.__file__).resolve().parent / "axe.min.js"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # The system Chromium from apt: `playwright install` (a CDN download) is never needed.
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def live_url(django_db_setup, django_db_blocker):
    """The demo site served over HTTP by a thread of this process, with static files."""
    # Server threads close their database connection after each request: a browser's
    # keep-alive socket would otherwise hold one open past the session, and PostgreSQL
    # then refuses to drop the test database.
    max_ages = {
        alias: connections.settings[alias].get("CONN_MAX_AGE", 0) for alias in connections.settings
    }
    for alias in max_ages:
        connections.settings[alias]["CONN_MAX_AGE"] = 0
    with django_db_blocker.unblock():
        # StaticFilesHandler serves from the finders (app static folders), as runserver does.
        thread = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        url = f"http://127.0.0.1:{thread.port}"
        # Emailed links (the registration cancel link) point at this server.
        base_url_before = settings.WAGTAILADMIN_BASE_URL
        settings.WAGTAILADMIN_BASE_URL = url
        try:
            yield url
        finally:
            settings.WAGTAILADMIN_BASE_URL = base_url_before
            thread.terminate()
            for alias, max_age in max_ages.items():
                connections.settings[alias]["CONN_MAX_AGE"] = max_age


@pytest.fixture(autouse=True)
def db(live_url):
    """Replaces pytest-django's `db` here: database access without a transaction around
    the test (the live server must see what the browser wrote, and the test must see what
    the server wrote). pytest-django creates the test database only for a session with
    tests that ask for `db`, hence the name."""
    yield
    # While Playwright's event loop runs in this thread, Django keeps the thread's
    # connections in a context variable, out of reach of the teardown at the end of the
    # session: close them now, or PostgreSQL refuses to drop the test database.
    connections.close_all()


@pytest.fixture(scope="session")
def base_url(live_url):
    """pytest-playwright opens relative URLs (page.goto("/tin-tuc/")) on the live server."""
    return live_url


class BrowserProblems:
    """Console errors, uncaught exceptions and failed requests seen by one page.

    A Content-Security-Policy violation, a missing stylesheet or a script error all end
    up here; a test fails if any is left that it did not expect.
    """

    def __init__(self):
        self.seen: list[str] = []
        self.allowed: list[re.Pattern] = []

    def allow(self, pattern: str):
        """Expect problems matching `pattern` (e.g. the 400 of a rejected form)."""
        self.allowed.append(re.compile(pattern))

    def watch(self, page):
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.seen.append(f"page error: {error}"))
        page.on("requestfailed", self._request_failed)
        return page

    def _console(self, message):
        if message.type == "error":
            location = message.location.get("url", "")
            self.seen.append(f"console error: {message.text} ({location})")

    def _request_failed(self, request):
        failure = request.failure or ""
        # A request abandoned because the page navigated away (a click on submit while an
        # image or fetch is loading) is not a fault; a broken or blocked asset fails with a
        # status or another net:: error.
        if "ERR_ABORTED" in failure:
            return
        self.seen.append(f"request failed: {request.method} {request.url} {failure}")

    def unexpected(self) -> list[str]:
        return [p for p in self.seen if not any(a.search(p) for a in self.allowed)]


@pytest.fixture
def browser_problems():
    return BrowserProblems()


@pytest.fixture
def page(page, browser_problems):
    """pytest-playwright's page, failing the test on any console error or failed request."""
    browser_problems.watch(page)
    yield page
    problems = browser_problems.unexpected()
    assert not problems, "The browser reported problems:\n" + "\n".join(problems)


@pytest.fixture
def new_page(browser, base_url):
    """Pages in fresh contexts (another person: own cookies, own session), also watched."""
    contexts, watchers = [], []

    def open_page(**context_args):
        context = browser.new_context(base_url=base_url, **context_args)
        contexts.append(context)
        problems = BrowserProblems()
        watchers.append(problems)
        return problems.watch(context.new_page())

    yield open_page
    for context in contexts:
        context.close()
    problems = [p for w in watchers for p in w.unexpected()]
    assert not problems, "The browser reported problems:\n" + "\n".join(problems)


@pytest.fixture(scope="session")
def axe_source():
    return AXE_SOURCE_PATH.read_text()


@pytest.fixture
def axe(axe_source):
    """axe(page) -> serious and critical violations as readable strings."""

    def run(page, context=None, impacts=("serious", "critical")):
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.evaluate(axe_source)  # through DevTools: the page's CSP does not apply
        violations = page.evaluate(
            "([c, o]) => axe.run(c || document, o).then(r => r.violations)",
            [
                context,
                {
                    "runOnly": {
                        "type": "tag",
                        "values": [
                            "wcag2a",
                            "wcag2aa",
                            "wcag21a",
                            "wcag21aa",
                            "wcag22aa",
                            "best-practice",
                        ],
                    }
                },
            ],
        )
        return [
            f"{v['id']} ({v['impact']}): {v['help']} -> "
            + "; ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:6])
            for v in violations
            if v["impact"] in impacts
        ]

    return run
