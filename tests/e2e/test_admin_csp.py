"""The Wagtail admin works under its own Content-Security-Policy (no violations reported).

The public pages' strict policy is exercised by every other browser test: a violation is
a console error, which fails them (conftest.BrowserProblems).
"""

import pytest
from django.contrib.auth import get_user_model

from news.models import NewsPage

pytestmark = pytest.mark.e2e


@pytest.fixture
def admin_account():
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username="csp-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    if created or not user.check_password("csp-horse-battery"):
        user.set_password("csp-horse-battery")
        user.save()
    return user


def test_admin_signs_in_and_edits_a_page_without_policy_violations(page, admin_account):
    response = page.goto("/admin/login/")
    assert "'unsafe-inline'" in response.headers["content-security-policy"]
    page.fill("input[name=username]", "csp-admin")
    page.fill("input[name=password]", "csp-horse-battery")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    article = NewsPage.objects.filter(live=True).first()
    for url in (
        "/admin/",
        f"/admin/pages/{article.pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
        f"/admin/pages/{article.get_parent().pk}/",
    ):
        response = page.goto(url)
        assert response.status == 200, url
        page.wait_for_load_state("networkidle")
    # The edit view's preview panel frames the admin's own preview view.
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.locator("[data-side-panel-toggle]").count() > 0
