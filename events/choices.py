"""The events section's fixed vocabularies, a leaf module: models, forms, views, the
.ics and JSON-LD builders all read them, and it imports nothing of the section."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventType(models.TextChoices):
    FAIR = "fair", _("Fair or exhibition")
    MATCHMAKING = "matchmaking", _("Supply-demand matchmaking")
    WORKSHOP = "workshop", _("Workshop or seminar")
    TRAINING = "training", _("Training")
    OTHER = "other", _("Other event")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrantType(models.TextChoices):
    """Who registers: it decides which number identifies them (events.forms)."""

    ORGANIZATION = "organization", _("A Vietnamese organization (company, cooperative, institute…)")
    HOUSEHOLD = "household", _("A household business or an individual in Vietnam")
    FOREIGN = "foreign", _("A foreign organization or person")
