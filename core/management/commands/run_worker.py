"""The task worker: django-tasks-db's worker, made to survive and to run the schedule.

- A dropped or refused database connection (PostgreSQL restarted, a connection killed by
  the server or a proxy) does not end the process: connections are closed, the worker
  waits (1 s, doubling up to 30 s) and goes on. Only a signal stops it.
- Every SCHEDULE_INTERVAL seconds it queues the scheduled jobs that are due
  (core/schedule.py), so one supervised process is all a province runs (docs/deployment.md).
"""

import logging
import threading
import time

from django.db import DatabaseError, connections
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker

from core import schedule

logger = logging.getLogger("core.worker")

SCHEDULE_INTERVAL = 15
MAX_BACKOFF = 30


def close_connections() -> None:
    """Drop this thread's connections (a broken one reconnects on next use); one inside
    a transaction belongs to a caller (a test) and is left alone."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close()


class ResilientWorker(Worker):
    def run(self) -> None:
        backoff = 1.0
        while self.running:
            try:
                super().run()
                return  # --batch or --max-tasks: finished normally
            except DatabaseError as error:
                logger.warning("Database unavailable (%s); retrying in %.0f s", error, backoff)
                close_connections()
                time.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                self.startup_delay = False


def run_schedule_forever() -> None:
    while True:
        try:
            schedule.enqueue_due()
        except DatabaseError as error:
            logger.warning("Schedule not checked: database unavailable (%s)", error)
        finally:
            close_connections()  # this thread's own connection
        time.sleep(SCHEDULE_INTERVAL)


class Command(DbWorkerCommand):
    help = "Run the background worker: emails first, then other tasks and scheduled jobs."

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(queue_name="*")
        parser.add_argument(
            "--no-schedule",
            action="store_false",
            dest="schedule",
            help="Do not queue scheduled jobs from this process (another worker does).",
        )

    def handle(self, *args, schedule: bool = True, **options) -> None:  # type: ignore[override]
        self.configure_logging(options["verbosity"])
        queue_names = options["queue_name"].split(",")
        excluded = options["exclude_queues"].split(",") if options["exclude_queues"] else []
        worker = ResilientWorker(
            queue_names=queue_names,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            excluded_queue_names=excluded,
        )
        if schedule and not options["batch"]:
            threading.Thread(target=run_schedule_forever, daemon=True, name="schedule").start()
        worker.configure_signals()
        worker.run()
