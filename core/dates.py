"""Dates and times in the site's own time zone (settings.TIME_ZONE, Asia/Ho_Chi_Minh).

Moments are stored in UTC. Whatever shows one to a reader (pages, JSON-LD, .ics files,
emails) asks this module for its local form, so that no path shows the UTC date (a day
early for anything before 07:00 in Vietnam).
"""

import datetime

from dateutil.relativedelta import relativedelta
from django.utils import timezone


def local_moment(
    moment: datetime.datetime, *, all_day: bool = False
) -> datetime.datetime | datetime.date:
    """A stored moment as the site shows it: the local date for an all-day boundary,
    otherwise the aware local date and time (its ISO form carries +07:00)."""
    local = timezone.localtime(moment, timezone.get_default_timezone())
    return local.date() if all_day else local


def add_months(value: datetime.date, months: int) -> datetime.date:
    """Calendar months later (earlier if negative); the 31st becomes the month's last day.
    Works on dates and datetimes alike."""
    return value + relativedelta(months=months)
