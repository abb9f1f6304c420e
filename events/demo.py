"""Demo content for the calendar: events around today, with some seats already taken.

The texts live in events/demo_content.py. Dates are relative to the day the loader first
runs, so the demo always has past, current and upcoming events.
"""

import datetime

from django.utils import timezone

from core.demo import (
    DemoContext,
    get_or_create_child,
    make_image,
    pairs_to_map,
    rich_text,
    translate,
)
from events import demo_content as content
from events.models import (
    EventIndexPage,
    EventPage,
    Registration,
    RegistrationLock,
    RegistrationStatus,
)

INDEX = {
    "slug": ("su-kien", "events"),
    "title": ("Sự kiện", "Events"),
    "intro": (
        "Chợ công nghệ, kết nối cung cầu, hội thảo và tập huấn dành cho doanh nghiệp.",
        "Technology fairs, supply-demand matchmaking, workshops and trainings for businesses.",
    ),
}
HOME_SECTION = ("Sự kiện sắp diễn ra", "Upcoming events")


def at(days: int, clock: str | None, *, end_of_day=False) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    if clock:
        hour, minute = (int(x) for x in clock.split(":"))
        time = datetime.time(hour, minute)
    else:
        time = datetime.time(23, 59) if end_of_day else datetime.time(0, 0)
    return timezone.make_aware(datetime.datetime.combine(day, time))


def text(pair):
    return pair[0] if pair else ""


def add_event(index, spec, ctx):
    existing = index.get_children().filter(slug=spec["slug"][0]).first()
    if existing:
        return existing.specific, False
    all_day = spec["start_time"] is None
    page = EventPage(
        title=spec["title"][0],
        slug=spec["slug"][0],
        event_type=spec["type"],
        start=at(spec["start_days"], spec["start_time"]),
        end=at(spec["end_days"], spec["end_time"], end_of_day=True),
        all_day=all_day,
        status=spec["status"],
        status_note=spec["status_note"][0],
        summary=spec["summary"][0],
        body=[("paragraph", rich_text(vi)) for vi, _en in spec["body"]],
        venue_name=text(spec["venue"]),
        street_address=text(spec["street"]),
        commune=text(spec["commune"]),
        province=spec["province"] or "",
        online_url=spec["online_url"],
        organizer=spec["organizer"][0],
        co_organizers=spec["co_organizers"][0],
        fee=spec["fee"],
        agenda=[
            (
                "session",
                {
                    "time": datetime.time(*map(int, clock.split(":"))),
                    "title": title[0],
                    "speaker": text(speaker),
                },
            )
            for clock, title, speaker in spec["agenda"]
        ],
        speakers=[
            ("speaker", {"name": name[0], "role": role[0], "photo": None})
            for name, role in spec["speakers"]
        ],
        registration_enabled=spec["capacity"] is not None,
        capacity=spec["capacity"],
        max_per_registration=spec["max_per_registration"],
        registration_opens=at(spec["opens_days"], None),
        registration_closes=at(spec["closes_days"], None, end_of_day=True),
        waitlist_enabled=spec["waitlist"],
        listing_image=make_image(spec["title"][0][:60], ("#073463", "#a3201a")),
    )
    # The demo's postponed or cancelled events were never announced otherwise: record
    # them as told, so loading the demo sends no email.
    RegistrationLock.objects.get_or_create(
        event_key=page.translation_key,
        defaults={"notified_status": "" if spec["status"] == "scheduled" else spec["status"]},
    )
    return get_or_create_child(index, page, ctx), True


def event_strings(spec):
    pairs = [spec["slug"], spec["title"], spec["summary"], *spec["body"], spec["organizer"]]
    for pair in (
        spec["venue"],
        spec["street"],
        spec["commune"],
        spec["status_note"],
        spec["co_organizers"],
    ):
        if pair and pair[0]:
            pairs.append(pair)
    for _clock, title, speaker in spec["agenda"]:
        pairs.append(title)
        if speaker:
            pairs.append(speaker)
    for name, role in spec["speakers"]:
        pairs += [name, role]
    return pairs_to_map(*pairs)


def fill_seats(event, count):
    """Demo registrations (on example.com addresses) so the demo shows nearly-full events."""
    now = timezone.now()
    for n in range(count):
        Registration.objects.create(
            event=event,
            status=RegistrationStatus.CONFIRMED,
            organization=f"Doanh nghiệp mẫu {n + 1}",
            tax_code=f"{900000000 + n:010d}",
            contact_name=f"Người liên hệ {n + 1}",
            email=f"demo{n + 1}@example.com",
            phone="0912000000",
            attendees=1,
            language="vi",
            consent=True,
            consent_at=now,
            privacy_notice_version="1.0",
        )


def load(ctx: DemoContext) -> None:
    home = ctx.pages["home"]
    index = get_or_create_child(
        home,
        EventIndexPage(
            title=INDEX["title"][0],
            slug=INDEX["slug"][0],
            intro=INDEX["intro"][0],
            show_in_menus=True,
        ),
        ctx,
    )
    translate(index, pairs_to_map(*INDEX.values()), ctx.en)
    for spec in content.EVENTS:
        event, created = add_event(index, spec, ctx)
        if created and spec["demo_registrations"]:
            fill_seats(event, spec["demo_registrations"])
        if spec["translate"]:
            translate(event, event_strings(spec), ctx.en)

    if "upcoming_events" not in {block.block_type for block in home.body}:
        home.body.insert(3, ("upcoming_events", {"heading": HOME_SECTION[0], "count": 3}))
        home.save_revision().publish()
        translate(home, pairs_to_map(HOME_SECTION), ctx.en, refresh=True)
