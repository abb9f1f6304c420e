"""Calendar views, the registration POST and the emailed cancel link.

The page views take the page first; events.routes lists them as the pages' sub-URLs."""

import calendar
import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.dates import MONTHS, WEEKDAYS_ABBR
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.dates import add_months, local_moment
from core.submissions import handle_submission, serve_confirmation
from events.choices import EventType, RegistrationStatus
from events.forms import RegistrationForm
from events.models import Registration
from events.registration import (
    DuplicateRegistration,
    RegistrationRefused,
    cancel_registration,
    take_seats,
)
from events.tokens import registration_for_token

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
    events = index.events().upcoming()
    context = listing_context(index, request, events, _("Upcoming events"))
    context["view"] = "upcoming"
    response = index.render(request, context_overrides=context)
    return expire_before(response, [event.end for event in context["events"]])


def archive(index, request):
    events = index.events().past().order_by("-start", "-pk")
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
        day = max(local_moment(event.start, all_day=True), weeks[0][0])
        last = min(local_moment(event.end, all_day=True), weeks[-1][-1])
        while day <= last:
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    last_day = datetime.date(year, month, calendar.monthrange(year, month)[1])
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
        "previous": add_months(first, -1),
        "following": add_months(first, 1),
        "types": EventType.choices,
        "selected_type": event_type,
        "month_events": [
            e
            for e in sorted(events, key=lambda e: e.start)
            if local_moment(e.start, all_day=True) <= last_day
            and local_moment(e.end, all_day=True) >= first
        ],
    }
    return index.render(request, context_overrides=context, template="pages/event_month.html")


def serve_event(event, request):
    """GET shows the event; POST registers a business (then redirects, or re-shows the
    form with messages)."""
    source = event.registration_source()

    def render_page(form=None, result=None):
        # Shown while registration is open or has a waiting list, or bound with its errors.
        form = form or RegistrationForm(event=source)
        return event.render(
            request, context_overrides={"registration_form": form, "registration_result": result}
        )

    if request.method != "POST":
        response = serve_confirmation(
            request,
            "registered",
            Registration.objects.filter(event__translation_key=event.translation_key),
            lambda registration: render_page(result=registration),
        )
        return expire_before(
            response,
            [source.registration_opens, source.registration_closes, source.start, source.end],
        )

    def save(form):
        try:
            outcome = take_seats(
                source,
                form.registration_fields(get_language()),
                form_token=form.cleaned_data["form_token"],
            )
        except RegistrationRefused as refused:
            form.add_error(None, refusal_message(refused.reason))
            return None
        except DuplicateRegistration as duplicate:
            form.add_error(
                form.field_of(duplicate.field),
                _(
                    "This business is already registered for this event. Use the link in "
                    "your confirmation email to change or cancel it."
                ),
            )
            return None
        return outcome.registration  # its email was queued with it (take_seats)

    def redirect_to(registration):
        if registration is None:  # the honeypot: back to the form, nothing said
            return event.get_url(request) + "#registration"
        return f"{event.get_url(request)}?registered={registration.code}#registration"

    return handle_submission(
        request,
        RegistrationForm(request.POST, event=source),
        model=Registration,
        rate_scope="registration",
        rate_message=_(
            "You have sent several registrations in a short time. Please wait an hour, or call us."
        ),
        save=save,
        redirect_to=redirect_to,
        render_invalid=lambda form: render_page(form=form),
    )


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
