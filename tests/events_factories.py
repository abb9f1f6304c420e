"""Builders for focused event tests."""

import datetime

from django.db.models.signals import post_delete
from django.utils import timezone
from wagtail.models import Locale

from events.models import Registration
from events.signals import registration_changed
from tests.factories import EventIndexPageFactory, EventPageFactory


def delete_all_registrations():
    """A focused test's clean slate: none of the demo's registrations. The page cache's
    receiver is left out: for each row it looks up the event only to schedule cache purges
    after the commit, which a test never reaches (and it was most of this set-up's time)."""
    uid = "page_cache_registration_delete"
    post_delete.disconnect(registration_changed, sender=Registration, dispatch_uid=uid)
    try:
        Registration.objects.all().delete()
    finally:
        post_delete.connect(registration_changed, sender=Registration, dispatch_uid=uid)


def calendar(home):
    return EventIndexPageFactory(parent=home)


def event(
    index,
    title="Tập huấn đăng ký sở hữu trí tuệ",
    *,
    days=10,
    hour=8,
    length_hours=4,
    capacity=25,
    waitlist=True,
    event_type="training",
    max_per_registration=3,
    opens_days=-5,
    closes_days=None,
    **fields,
):
    start = timezone.make_aware(
        datetime.datetime.combine(
            timezone.localdate() + datetime.timedelta(days=days), datetime.time(hour, 0)
        )
    )
    return EventPageFactory(
        parent=index,
        locale=Locale.get_default(),
        title=title,
        event_type=event_type,
        start=start,
        end=start + datetime.timedelta(hours=length_hours),
        summary=fields.pop("summary", f"Giới thiệu: {title}"),
        organizer="Sở Khoa học và Công nghệ",
        venue_name=fields.pop("venue_name", "Hội trường Sở"),
        province="hung-yen",
        capacity=capacity,
        registration_enabled=capacity is not None,
        max_per_registration=max_per_registration,
        waitlist_enabled=waitlist,
        registration_opens=timezone.now() + datetime.timedelta(days=opens_days),
        registration_closes=(
            timezone.now() + datetime.timedelta(days=closes_days)
            if closes_days is not None
            else None
        ),
        **fields,
    )
