"""Staff roles, least privilege first, checked through the admin as each role sees it.

Personal data (inquiries, registrations) is for Showcase managers and Event managers (and
superusers) only; Editors write but cannot publish; Moderators publish; the managers of
personal data cannot edit pages.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.roles import EDITORS, EVENT_MANAGERS, MODERATORS, SHOWCASE_MANAGERS
from core.text import slugify_vi
from events.models import EventPage, Registration
from news.models import NewsPage
from showcase.models import OcopProductPage
from tests import factories

pytestmark = pytest.mark.django_db

ROLES = [EDITORS, MODERATORS, SHOWCASE_MANAGERS, EVENT_MANAGERS]


def staff(*groups, superuser=False):
    name = "superuser" if superuser else "-".join(slugify_vi(g) for g in groups)
    user = get_user_model().objects.create_user(
        name, f"{name}@example.com", "pw", is_superuser=superuser, is_staff=superuser
    )
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    return user


def login_as(client, role):
    user = staff(superuser=True) if role == "superuser" else staff(role)
    client.force_login(user)
    return user


@pytest.fixture
def inquiry(demo):
    product = OcopProductPage.objects.filter(locale=demo["vi"], live=True).first()
    return factories.inquiry(product, "roles-1")


@pytest.fixture
def registration(demo):
    registration = Registration.objects.filter(anonymized=False).first()
    assert registration is not None, "the demo has registrations"
    return registration


def sidebar_urls(client):
    """The menu items' URLs of the admin's sidebar, as the browser's script builds it."""
    page = BeautifulSoup(client.get("/admin/").content, "html.parser")
    props = json.loads(page.select_one("#wagtail-sidebar-props").text)
    found = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("url"), str):
                found.append(node["url"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(props)
    return found


def refused(response):
    """Wagtail answers a permission failure with 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and "/login/" not in response["Location"]
    )


# --- Personal data -----------------------------------------------------------------------

PERSONAL_DATA = {
    "inquiries": (SHOWCASE_MANAGERS,),
    "registrations": (EVENT_MANAGERS,),
}


@pytest.mark.parametrize("role", [*ROLES, "superuser"])
@pytest.mark.parametrize("listing", ["inquiries", "registrations"])
def test_only_the_managers_of_personal_data_reach_its_list_and_exports(
    client, inquiry, registration, role, listing
):
    login_as(client, role)
    allowed = role == "superuser" or role in PERSONAL_DATA[listing]
    record = inquiry if listing == "inquiries" else registration
    reference = inquiry.reference if listing == "inquiries" else registration.code
    urls = [
        f"/admin/{listing}/",
        f"/admin/{listing}/?export=csv",
        f"/admin/{listing}/?export=xlsx",
        f"/admin/{listing}/inspect/{record.pk}/",
        f"/admin/{listing}/edit/{record.pk}/",
    ]
    for url in urls:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if allowed:
            assert response.status_code == 200, url
            if "export" in url or "inspect" in url:
                assert record.email.encode() in body or "xlsx" in url, url
            if "xlsx" not in url:
                assert reference.encode() in body, url
        else:
            assert refused(response), (url, response.status_code)
            assert record.email.encode() not in body and reference.encode() not in body, url
    menu = sidebar_urls(client)
    assert (f"/admin/{listing}/" in menu) is allowed, menu


@pytest.mark.parametrize("role", [EDITORS, MODERATORS, SHOWCASE_MANAGERS])
def test_roles_without_registrations_cannot_add_or_cancel_them(client, registration, role):
    login_as(client, role)
    before = Registration.objects.count()
    assert refused(client.post("/admin/registrations/new/", {"event": registration.event_id}))
    assert refused(
        client.post(f"/admin/registrations/edit/{registration.pk}/", {"note": "x", "cancel": "on"})
    )
    registration.refresh_from_db()
    assert Registration.objects.count() == before and registration.status != "cancelled"


@pytest.mark.parametrize("role", [EDITORS, MODERATORS, EVENT_MANAGERS])
def test_roles_without_inquiries_cannot_change_them(client, inquiry, role):
    login_as(client, role)
    assert refused(
        client.post(f"/admin/inquiries/edit/{inquiry.pk}/", {"status": "closed", "staff_note": "x"})
    )
    inquiry.refresh_from_db()
    assert inquiry.status == "new"


def test_page_header_shortcuts_to_personal_data_are_only_for_their_managers(
    client, inquiry, registration
):
    event = registration.event
    product = inquiry.entry
    login_as(client, MODERATORS)
    assert (
        "/admin/registrations/" not in client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    )
    assert (
        "/admin/inquiries/" not in client.get(f"/admin/pages/{product.pk}/edit/").content.decode()
    )


# --- Pages: write, publish ----------------------------------------------------------------


@pytest.fixture
def article(demo):
    return NewsPage.objects.filter(locale=demo["vi"], live=True).first()


def edit_form_actions(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    return response, BeautifulSoup(response.content, "html.parser")


def test_editors_write_drafts_but_cannot_publish(client, article):
    editor = login_as(client, EDITORS)
    response, form = edit_form_actions(client, article)
    assert response.status_code == 200
    assert form.select_one('[name="action-submit"]'), "Editors submit for moderation"
    assert not form.select_one('[name="action-publish"]')

    # Nor can they take a live page down.
    assert refused(client.get(f"/admin/pages/{article.pk}/unpublish/"))
    assert refused(client.post(f"/admin/pages/{article.pk}/unpublish/"))
    article.refresh_from_db()
    assert article.live
    assert not article.permissions_for_user(editor).can_publish()


def test_moderators_can_publish_and_unpublish(client, article):
    user = login_as(client, MODERATORS)
    response, form = edit_form_actions(client, article)
    assert response.status_code == 200
    assert form.select_one('[name="action-publish"]')
    permissions = article.permissions_for_user(user)
    assert permissions.can_publish() and permissions.can_unpublish()
    assert client.get(f"/admin/pages/{article.pk}/unpublish/").status_code == 200


@pytest.mark.parametrize("role", [EVENT_MANAGERS, SHOWCASE_MANAGERS])
def test_managers_of_personal_data_cannot_edit_pages(client, article, role):
    login_as(client, role)
    event = EventPage.objects.filter(live=True).first()
    for page in (article, event):
        assert refused(client.get(f"/admin/pages/{page.pk}/edit/"))
        assert refused(client.get(f"/admin/pages/{page.pk}/delete/"))
    assert refused(client.get(f"/admin/pages/add/news/newspage/{article.get_parent().pk}/"))


@pytest.mark.parametrize("role", ROLES)
def test_no_role_manages_users_groups_or_site_settings(client, role):
    login_as(client, role)
    for url in (
        "/admin/users/",
        "/admin/groups/",
        "/admin/sites/",
        "/admin/locales/",
        "/admin/workflows/list/",
    ):
        assert refused(client.get(url)), url


def test_staff_groups_exist_and_administrators_are_superusers(demo):
    assert set(ROLES) <= set(Group.objects.values_list("name", flat=True))
    # No group is a back door to everything: only superusers are administrators.
    for group in Group.objects.filter(name__in=ROLES):
        codenames = set(group.permissions.values_list("codename", flat=True))
        assert not codenames & {
            "add_user",
            "change_user",
            "delete_user",
            "add_group",
            "change_group",
            "delete_group",
        }, group.name
