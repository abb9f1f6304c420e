"""Personal data is not kept forever: anonymize registrations of events that ended
more than N months ago (default: settings.REGISTRATION_RETENTION_MONTHS)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from core.dates import add_months
from events.models import Registration


class Command(BaseCommand):
    help = "Anonymize registrations of events that ended more than --months months ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months", type=int, default=getattr(settings, "REGISTRATION_RETENTION_MONTHS", 12)
        )

    def handle(self, *args, months, **options):
        cutoff = add_months(timezone.now(), -months)
        count = Registration.objects.filter(event__end__lt=cutoff, anonymized=False).anonymize()
        self.stdout.write(
            f"Anonymized {count} registrations of events ended before {timezone.localdate(cutoff)}."
        )
