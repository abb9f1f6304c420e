"""Builders for focused event tests."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from tests.factories import EventIndexPageFactory, EventPageFactory


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
