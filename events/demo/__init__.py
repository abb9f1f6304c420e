"""Demo content for the calendar: events around today, with some seats already taken.

Written for the demo agency "Sở Khoa học và Công nghệ tỉnh Hưng Yên". Facts (document numbers,
dates, tasks) come from real provincial documents on the science and technology market (see
../shared/seeds/), retold in our own words. Addresses follow the two-level map in force since
July 2025: street, commune or ward, province.

Data beside this file (conventions in core.demo):

- ``index.toml``: the calendar page; ``upcoming_events`` is its home-page block.
- ``events/``: one event per file. Dates are whole days relative to the day the loader first
  runs (``start_days``, ``end_days``, ``opens_days``, ``closes_days``; negative = past), so
  the demo always has past, current and upcoming events; times are local (an event without
  ``start_time`` lasts all day). An event without ``capacity`` takes no registrations;
  ``demo_registrations`` seats are taken by example registrations. ``agenda`` rows have a
  time, a title and an optional speaker; ``speakers`` rows a name and a role.
- ``images.toml``: the pictures, by name.
"""

import datetime
from pathlib import Path

from django.utils import timezone

from core.demo import (
    DemoContext,
    Images,
    english_texts,
    get_or_create_child,
    read,
    read_folder,
    rich_text,
    translate,
    vi_text,
)
from core.validators import example_tax_code
from events.models import (
    EventIndexPage,
    EventPage,
    Registration,
    RegistrationLock,
    RegistrationStatus,
)

DATA = Path(__file__).parent


def at(days: int, time: datetime.time | None, *, end_of_day=False) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    if time is None:
        time = datetime.time(23, 59) if end_of_day else datetime.time(0, 0)
    return timezone.make_aware(datetime.datetime.combine(day, time))


def add_event(index, spec, images, ctx):
    existing = index.get_children().filter(slug=vi_text(spec["slug"])).first()
    if existing:
        return existing.specific, False
    status = spec["status"]
    capacity = spec.get("capacity")
    page = EventPage(
        title=vi_text(spec["title"]),
        slug=vi_text(spec["slug"]),
        event_type=spec["type"],
        start=at(spec["start_days"], spec.get("start_time")),
        end=at(spec["end_days"], spec.get("end_time"), end_of_day=True),
        all_day="start_time" not in spec,
        status=status,
        status_note=vi_text(spec.get("status_note")),
        summary=vi_text(spec["summary"]),
        body=[("paragraph", rich_text(vi_text(text))) for text in spec["body"]],
        venue_name=vi_text(spec.get("venue")),
        street_address=vi_text(spec.get("street")),
        commune=vi_text(spec.get("commune")),
        province=spec.get("province", ""),
        online_url=spec.get("online_url", ""),
        organizer=vi_text(spec["organizer"]),
        co_organizers=vi_text(spec.get("co_organizers")),
        fee=spec["fee"],
        agenda=[
            (
                "session",
                {
                    "time": row["time"],
                    "title": vi_text(row["title"]),
                    "speaker": vi_text(row.get("speaker")),
                },
            )
            for row in spec.get("agenda", [])
        ],
        speakers=[
            (
                "speaker",
                {"name": vi_text(row["name"]), "role": vi_text(row["role"]), "photo": None},
            )
            for row in spec.get("speakers", [])
        ],
        registration_enabled=capacity is not None,
        capacity=capacity,
        max_per_registration=spec["max_per_registration"],
        registration_opens=at(spec["opens_days"], None),
        registration_closes=at(spec["closes_days"], None, end_of_day=True),
        waitlist_enabled=spec["waitlist"],
        listing_image=images.get(spec["image"]),
    )
    # The demo's postponed or cancelled events were never announced otherwise: record
    # them as told, so loading the demo sends no email.
    RegistrationLock.objects.get_or_create(
        event_key=page.translation_key,
        defaults={"notified_status": "" if status == "scheduled" else status},
    )
    return get_or_create_child(index, page, ctx), True


def fill_seats(event, count):
    """Demo registrations (on example.com addresses) so the demo shows nearly-full events."""
    now = timezone.now()
    for n in range(count):
        Registration.objects.create(
            event=event,
            status=RegistrationStatus.CONFIRMED,
            organization=f"Doanh nghiệp mẫu {n + 1}",
            tax_code=example_tax_code(n),
            country="VN",
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
    images = Images(DATA / "images.toml")
    index_spec = read(DATA / "index.toml")
    index = get_or_create_child(
        home,
        EventIndexPage(
            title=vi_text(index_spec["title"]),
            slug=vi_text(index_spec["slug"]),
            intro=vi_text(index_spec["intro"]),
            show_in_menus=True,
        ),
        ctx,
    )
    translate(index, english_texts(index_spec), ctx.en)
    for spec in read_folder(DATA / "events"):
        event, created = add_event(index, spec, images, ctx)
        if created and spec.get("demo_registrations"):
            fill_seats(event, spec["demo_registrations"])
        if spec.get("translate", True):
            translate(event, english_texts(spec), ctx.en)

    section = index_spec["upcoming_events"]
    if "upcoming_events" not in {block.block_type for block in home.body}:
        home.body.insert(
            3,
            (
                "upcoming_events",
                {"heading": vi_text(section["heading"]), "count": section["count"]},
            ),
        )
        home.save_revision().publish()
        translate(home, english_texts(section), ctx.en, refresh=True)
