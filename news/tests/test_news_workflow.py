"""Editors write and submit; Moderators publish; scheduled publishing works."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import WorkflowState

from core.roles import EDITORS, MODERATORS
from core.text import slugify_vi
from news.models import NewsPage
from tests import factories

pytestmark = pytest.mark.django_db


def staff(name, group):
    user = get_user_model().objects.create_user(name, f"{name}@example.com", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def news(db):
    home = factories.site_with_home()
    return factories.news_index(home)


def add_form_data(title):
    return {
        # The admin's slug field fills this from the title (see test_slugs).
        "title": title,
        "slug": slugify_vi(title),
        "lead": "Tóm tắt bài viết",
        "date": timezone.localdate().isoformat(),
        "body-count": "0",
        "featured_image_caption": "",
        "author": "",
        "document_links-TOTAL_FORMS": "0",
        "document_links-INITIAL_FORMS": "0",
        "document_links-MIN_NUM_FORMS": "0",
        "document_links-MAX_NUM_FORMS": "1000",
        "related_links-TOTAL_FORMS": "0",
        "related_links-INITIAL_FORMS": "0",
        "related_links-MIN_NUM_FORMS": "0",
        "related_links-MAX_NUM_FORMS": "6",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "tags": "",
        "listing_summary": "",
        "seo_title": "",
        "search_description": "",
    }


def test_editor_cannot_publish_but_can_submit_for_moderation(client, news):
    editor = staff("bientap", EDITORS)
    client.force_login(editor)
    url = f"/admin/pages/add/news/newspage/{news.pk}/"
    assert client.get(url).status_code == 200

    client.post(url, {**add_form_data("Bài của biên tập viên"), "action-publish": "1"})
    page = NewsPage.objects.get(title="Bài của biên tập viên")
    assert not page.live, "an editor's publish request must not publish"
    assert page.slug == "bai-cua-bien-tap-vien"

    edit = f"/admin/pages/{page.pk}/edit/"
    response = client.post(edit, {**add_form_data("Bài của biên tập viên"), "action-submit": "1"})
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    page.refresh_from_db()
    assert not page.live


def test_moderator_approves_and_publishes(client, news):
    editor = staff("bientap", EDITORS)
    moderator = staff("kiemduyet", MODERATORS)
    page = factories.article(news, "Chờ duyệt", publish=False)
    page.get_latest_revision()
    workflow = page.get_workflow()
    workflow.start(page, editor)
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state

    client.force_login(moderator)
    url = f"/admin/pages/{page.pk}/edit/"
    assert client.get(url).status_code == 200
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
        {"comment": "Đồng ý"},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_moderator_can_unpublish_editor_cannot(client, news):
    page = factories.article(news, "Đang đăng")
    client.force_login(staff("bientap", EDITORS))
    client.post(f"/admin/pages/{page.pk}/unpublish/")
    page.refresh_from_db()
    assert page.live
    client.force_login(staff("kiemduyet", MODERATORS))
    client.post(f"/admin/pages/{page.pk}/unpublish/")
    page.refresh_from_db()
    assert not page.live


def test_scheduled_publishing_and_expiry(client, news):
    page = factories.article(news, "Hẹn giờ đăng", publish=False)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=2)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    assert client.get("/tin-tuc/hen-gio-dang/").status_code == 404

    later = timezone.now() + datetime.timedelta(hours=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live
    assert client.get("/tin-tuc/hen-gio-dang/").status_code == 200

    NewsPage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live and page.expired
    assert client.get("/tin-tuc/hen-gio-dang/").status_code == 404
