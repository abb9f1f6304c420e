"""Scheduled jobs, defined here in code and run by the task worker (`manage.py
run_worker`): no crontab for a province to write.

Each job has slots (every N minutes, or daily at a local time). The worker claims a slot
by inserting a ScheduledRun row, unique per job and slot, in the transaction that queues
the job: with several workers each slot runs once; a worker that was down runs the
latest missed slot when it comes back. Sections add their own jobs with register().
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task

from core.tasks import JOB_PRIORITY, enqueue_with_transaction

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    name: str
    # A dotted path to a function taking no arguments, or "manage.py <command> [args]".
    run: str
    every: datetime.timedelta | None = None
    daily_at: datetime.time | None = None  # local time (TIME_ZONE)
    # Only where tasks are stored in the database (the worker's own housekeeping).
    database_backend_only: bool = False

    def slot(self, now: datetime.datetime) -> datetime.datetime:
        """The start of the latest slot at or before `now`."""
        if self.every:
            step = int(self.every.total_seconds())
            return datetime.datetime.fromtimestamp(
                int(now.timestamp()) // step * step, tz=datetime.UTC
            )
        assert self.daily_at is not None, f"{self.name}: every or daily_at"
        local = timezone.localtime(now)
        today = local.replace(
            hour=self.daily_at.hour, minute=self.daily_at.minute, second=0, microsecond=0
        )
        return today if today <= local else today - datetime.timedelta(days=1)


JOBS: dict[str, Job] = {}


def register(job: Job) -> Job:
    JOBS[job.name] = job
    return job


MINUTE = datetime.timedelta(minutes=1)
register(Job("email_sweep", "core.outbox.sweep", every=MINUTE))
register(Job("publish_scheduled", "manage.py publish_scheduled", every=MINUTE))
# Personal data past its period, for every kind of submission, and old outbox rows.
register(Job("retention", "manage.py apply_retention", daily_at=datetime.time(2, 0)))
# Pages indexed by tasks that a worker restart lost are caught up once a day.
register(Job("search_index", "manage.py update_index", daily_at=datetime.time(3, 0)))
register(
    Job(
        "prune_task_results",
        "manage.py prune_db_task_results --min-age-days 14",
        daily_at=datetime.time(4, 0),
        database_backend_only=True,
    )
)


class ScheduledRun(models.Model):
    job = models.CharField(max_length=60)
    slot = models.DateTimeField()
    queued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "slot"], name="one_run_per_slot")]

    def __str__(self):
        return f"{self.job} {self.slot:%Y-%m-%d %H:%M}"


def enqueue_due(now: datetime.datetime | None = None) -> list[str]:
    """Queue every job whose current slot has not been queued yet; returns their names."""
    now = now or timezone.now()
    database_backend = run_job.get_backend().supports_defer
    queued = []
    for job in JOBS.values():
        if job.database_backend_only and not database_backend:
            continue
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(job=job.name, slot=job.slot(now))
                enqueue_with_transaction(run_job, job.name)
        except IntegrityError:
            continue  # this slot is queued already (by this or another worker)
        queued.append(job.name)
    return queued


@task(priority=JOB_PRIORITY)
def run_job(name: str) -> str:
    return run(name)


def run(name: str) -> str:
    job = JOBS[name]
    if job.run.startswith("manage.py "):
        command, *args = job.run.split()[1:]
        call_command(command, *args, verbosity=0)
    else:
        import_string(job.run)()
    return name


def prune(now: datetime.datetime) -> int:
    """Retention of the schedule's own bookkeeping."""
    cutoff = now - datetime.timedelta(days=settings.SCHEDULE_KEEP_DAYS)
    return ScheduledRun.objects.filter(queued_at__lt=cutoff).delete()[0]
