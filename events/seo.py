"""schema.org Event data for event pages (a leaf: it is given the page, and imports no
models)."""

from typing import Any

from django.templatetags.static import static

from events.choices import EventStatus


def event_json_ld(event, request, state) -> dict:
    status = {EventStatus.CANCELLED: "EventCancelled", EventStatus.POSTPONED: "EventPostponed"}.get(
        event.status, "EventScheduled"
    )
    location: dict[str, Any] | list[dict[str, Any]]
    if event.is_online:
        mode, location = (
            "OnlineEventAttendanceMode",
            {"@type": "VirtualLocation", "url": event.online_url},
        )
    else:
        place = {
            "@type": "Place",
            "name": event.venue_name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.street_address,
                "addressLocality": event.commune,
                "addressRegion": event.get_province_display(),
                "addressCountry": "VN",
            },
        }
        if event.is_hybrid:
            mode = "MixedEventAttendanceMode"
            location = [place, {"@type": "VirtualLocation", "url": event.online_url}]
        else:
            mode, location = "OfflineEventAttendanceMode", place
    # The dates the page shows for an all-day event, else times with the offset of the
    # event's own time zone (+07:00).
    start, end = event.local_start.isoformat(), event.local_end.isoformat()
    availability = (
        "InStock"
        if state["open"]
        else "LimitedAvailability"
        if state["waitlist"]
        else "SoldOut"
        if state["reason"] == "full"
        else "Discontinued"
    )
    image = (
        event.listing_image.get_rendition("fill-1200x630|format-jpeg").url
        if event.listing_image
        else static("core/img/emblem.png")
    )
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": start,
        "endDate": end,
        "eventStatus": f"https://schema.org/{status}",
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "location": location,
        "image": [request.build_absolute_uri(image)],
        "organizer": {"@type": "Organization", "name": event.organizer},
        "inLanguage": event.locale.language_code,
        "url": event.get_full_url(request),
        "offers": {
            "@type": "Offer",
            "price": str(event.fee),
            "priceCurrency": "VND",
            "availability": f"https://schema.org/{availability}",
            "url": event.get_full_url(request),
            **(
                {"validFrom": event.registration_opens.isoformat()}
                if event.registration_opens
                else {}
            ),
        },
    }
