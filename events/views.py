"""Calendar views, the registration POST and the emailed cancel link."""

import calendar
import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.dates import MONTHS, WEEKDAYS_ABBR
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.ratelimit import over_limit
from events.forms import RegistrationForm
from events.models import EventType, Registration, RegistrationStatus
from events.registration import (
    DuplicateRegistration,
    RegistrationRefused,
    cancel_registration,
    registration_for_token,
    take_seats,
)

EVENTS_PER_PAGE = 12


def refusal_message(reason: str) -> str:
    return {
        "closed": _("Registration for this event is closed."),
        "not_yet": _("Registration for this event has not opened yet."),
        "cancelled": _("This event has been cancelled: registration is closed."),
        "full": _("This event is full and has no waiting list."),
        "none": _("This event does not take registrations online."),
        "too_many": _("Too many attendees for one registration."),
    }.get(reason, _("Registration is not possible at the moment."))


def calendar_now() -> dict:
    today = timezone.localdate()
    return {"now_year": today.year, "now_month": today.month}


def selected_type(request):
    value = request.GET.get("type", "")
    return value if value in EventType.values else ""


def listing_context(index, request, events, title):
    event_type = selected_type(request)
    if event_type:
        events = events.filter(event_type=event_type)
    return {
        **calendar_now(),
        "events": Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page")),
        "types": EventType.choices,
        "selected_type": event_type,
        "view_title": title,
    }


def expire_before(response, moments):
    """Cached copies of the page (core/cache.py, a CDN) must not outlive the next moment
    its words change by themselves: registration opening or closing, an event ending.
    Nothing is saved at those moments, so no signal clears the cache."""
    now = timezone.now()
    coming = [moment for moment in moments if moment and moment > now]
    if coming:
        seconds = int((min(coming) - now).total_seconds()) + 1
        if seconds < settings.PAGE_CACHE_SECONDS:
            patch_cache_control(response, max_age=seconds)
    return response


def upcoming(index, request):
    events = index.events().filter(end__gte=timezone.now())
    context = listing_context(index, request, events, _("Upcoming events"))
    context["view"] = "upcoming"
    response = index.render(request, context_overrides=context)
    return expire_before(response, [event.end for event in context["events"]])


def archive(index, request):
    events = index.events().filter(end__lt=timezone.now()).order_by("-start", "-pk")
    context = listing_context(index, request, events, _("Past events"))
    context["view"] = "archive"
    return index.render(request, context_overrides=context)


def month_calendar(index, request, year, month):
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        raise Http404
    first = datetime.date(year, month, 1)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    start = timezone.make_aware(datetime.datetime.combine(weeks[0][0], datetime.time.min))
    end = timezone.make_aware(datetime.datetime.combine(weeks[-1][-1], datetime.time.max))
    events = list(index.events().filter(start__lte=end, end__gte=start))
    event_type = selected_type(request)
    if event_type:
        events = [e for e in events if e.event_type == event_type]
    by_day = {}
    for event in events:
        day = max(timezone.localdate(event.start), weeks[0][0])
        last = min(timezone.localdate(event.end), weeks[-1][-1])
        while day <= last:
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    last_day = datetime.date(year, month, calendar.monthrange(year, month)[1])
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    context = {
        **calendar_now(),
        "view": "month",
        "month_name": MONTHS[month],
        "year": year,
        "weekdays": [WEEKDAYS_ABBR[i] for i in range(7)],
        "weeks": [
            [
                {
                    "date": day,
                    "in_month": day.month == month,
                    "today": day == timezone.localdate(),
                    "events": by_day.get(day, []),
                }
                for day in week
            ]
            for week in weeks
        ],
        "previous": previous,
        "following": following,
        "types": EventType.choices,
        "selected_type": event_type,
        "month_events": [
            e
            for e in sorted(events, key=lambda e: e.start)
            if timezone.localdate(e.start) <= last_day and timezone.localdate(e.end) >= first
        ],
    }
    return index.render(request, context_overrides=context, template="pages/event_month.html")


def serve_event(event, request):
    """GET shows the event; POST registers a business (then redirects, or re-shows the
    form with messages)."""
    if request.method != "POST":
        code = request.GET.get("registered", "")[:20]
        request.registration_result = (
            Registration.objects.filter(
                code=code, event__translation_key=event.translation_key
            ).first()
            if code
            else None
        )
        response = event.render(
            request, context_overrides={"registration_result": request.registration_result}
        )
        if code:
            # One business's confirmation: for that reader only, never in a shared cache.
            add_never_cache_headers(response)
        source = event.registration_source()
        return expire_before(
            response,
            [source.registration_opens, source.registration_closes, source.start, source.end],
        )

    source = event.registration_source()
    form = RegistrationForm(request.POST, event=source)
    if form.is_spam:
        return redirect(event.get_url(request) + "#registration")
    error = None
    if form.is_valid():
        if over_limit(request, "registration", settings.RATE_LIMITS["registration"], 3600):
            error = _(
                "You have sent several registrations in a short time. Please wait an "
                "hour, or call us."
            )
        else:
            try:
                outcome = take_seats(
                    source,
                    form.registration_fields(get_language()),
                    form_token=form.cleaned_data["form_token"],
                )
            except RegistrationRefused as refused:
                error = refusal_message(refused.reason)
            except DuplicateRegistration as duplicate:
                form.add_error(
                    duplicate.field,
                    _(
                        "This business is already registered for this event. Use the link in "
                        "your confirmation email to change or cancel it."
                    ),
                )
            else:
                if outcome.created:
                    from django.db import transaction

                    from events.tasks import send_registration_email

                    registration = outcome.registration
                    transaction.on_commit(
                        lambda: send_registration_email.enqueue(registration.pk, "confirmation")
                    )
                return redirect(
                    f"{event.get_url(request)}?registered={outcome.registration.code}#registration"
                )
    if error:
        form.add_error(None, error)
    request.registration_form = form
    response = event.render(request)
    response.status_code = 400
    return response


@never_cache  # one registration's details, behind a secret link
@require_http_methods(["GET", "POST"])
def cancel(request, token):
    """The emailed cancel link: GET asks to confirm (mail scanners follow links), POST
    cancels, frees the seats and withdraws consent."""
    registration = registration_for_token(token)
    if registration is None:
        return render(request, "pages/registration_cancel.html", {"invalid": True}, status=404)
    event = registration.event.localized
    if request.method == "POST" and registration.status != RegistrationStatus.CANCELLED:
        cancel_registration(registration)
        registration.refresh_from_db()
        return render(
            request,
            "pages/registration_cancel.html",
            {"registration": registration, "event": event, "done": True},
        )
    return render(
        request,
        "pages/registration_cancel.html",
        {
            "registration": registration,
            "event": event,
            "done": registration.status == RegistrationStatus.CANCELLED,
        },
    )
