"""The sub-URLs of the calendar and of each event page (wagtail RoutablePageMixin).

The page models name these lists by dotted path (RoutesByPathMixin.subpage_routes) and
import them on the first request, as Django imports ROOT_URLCONF: the views import the
models, never the other way round. Each view takes the page, then the request."""

from django.urls import path

from events import ical, views

event_index_routes = [
    path("", views.upcoming, name="upcoming"),
    path("archive/", views.archive, name="archive"),
    path("<int:year>/<int:month>/", views.month_calendar, name="month"),
    path("ical/", ical.calendar_feed, name="ical"),
]

event_page_routes = [
    path("", views.serve_event, name="event_view"),
    path("ical/", ical.event_file, name="ical"),
]
