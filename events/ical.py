"""iCalendar (RFC 5545): one event's .ics, and a subscribable feed of upcoming events.

Times are written in UTC; the UID is stored per event (not derived from its URL); the
SEQUENCE rises when the event changes; a cancelled event stays in the feed with
STATUS:CANCELLED so subscribers' calendars drop it. No personal data. It is given the
pages (events.routes, events.tasks) and imports no models.
"""

import datetime
from urllib.parse import urlparse

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from events.choices import EventStatus

FEED_PAST_DAYS = 30  # keep recently finished or cancelled events so clients update them


def uid_domain() -> str:
    return urlparse(settings.WAGTAILADMIN_BASE_URL).hostname or "sokhcn.local"


def vevent(event, request) -> Event:
    item = Event()
    item.add("uid", f"{event.ical_uid}@{uid_domain()}")
    item.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(datetime.UTC))
    item.add("sequence", event.ical_sequence)
    if event.all_day:
        # Local dates; DTEND is exclusive, so the day after the last.
        item.add("dtstart", event.local_start)
        item.add("dtend", event.local_end + datetime.timedelta(days=1))
    else:
        item.add("dtstart", event.start.astimezone(datetime.UTC))
        item.add("dtend", event.end.astimezone(datetime.UTC))
    item.add("summary", event.title)
    description = event.summary
    if event.status != EventStatus.SCHEDULED and event.status_note:
        description = f"{event.status_note}\n\n{description}"
    item.add("description", description)
    location = ", ".join(event.address_lines) or event.online_url
    if location:
        item.add("location", location)
    item.add("url", event.get_full_url(request))
    item.add(
        "status",
        {EventStatus.CANCELLED: "CANCELLED", EventStatus.POSTPONED: "TENTATIVE"}.get(
            event.status, "CONFIRMED"
        ),
    )
    item.add("categories", [event.get_event_type_display()])
    if event.last_published_at:
        item.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    return item


def calendar_for(events, request, name: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//So Khoa hoc va Cong nghe//Events//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for event in events:
        cal.add_component(vevent(event, request))
    return cal.to_ical()


def ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_file(event, request) -> HttpResponse:
    return ics_response(calendar_for([event], request, event.title), f"{event.slug}.ics")


def calendar_feed(index, request) -> HttpResponse:
    since = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    events = index.events().filter(end__gte=since)
    return ics_response(calendar_for(events, request, index.title), "calendar.ics")
