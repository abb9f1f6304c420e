"""Personal data is kept only as long as it is needed: anonymize every kind of public
submission past its own period (PublicSubmission.due_for_anonymization), delete old
outbox emails and the schedule's old bookkeeping. Idempotent; the worker runs it daily
(core/schedule.py)."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils import timezone

from core import outbox, schedule
from core.submissions import PublicSubmission


def submission_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, PublicSubmission) and not model._meta.abstract
    ]


class Command(BaseCommand):
    help = "Anonymize submissions past their retention period; delete old outbox emails."

    def handle(self, *args, **options):
        now = timezone.now()
        for model in submission_models():
            count = model.due_for_anonymization(now).filter(anonymized=False).anonymize()
            self.stdout.write(f"{model._meta.label}: {count} anonymized")
        self.stdout.write(f"Outbox: {outbox.purge(now)} old emails deleted")
        schedule.prune(now)
