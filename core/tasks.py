"""How the site's background tasks (django-tasks) are queued.

Emails have their own queue with a higher priority than everything else (search index
updates, scheduled jobs): the worker takes the highest priority first, so a burst of
indexing after a bulk import never holds a confirmation back by more than one task.
"""

from django.db import transaction

EMAIL_QUEUE = "email"
EMAIL_PRIORITY = 50
JOB_PRIORITY = -10


def enqueue_with_transaction(task_to_run, *args) -> None:
    """Queue the task in the caller's transaction where the backend stores tasks in the
    database (production): the task and the data it works on commit together. A backend
    that runs tasks at once (development, tests) runs it after the commit instead."""
    if task_to_run.get_backend().supports_defer:
        task_to_run.enqueue(*args)
    else:
        transaction.on_commit(lambda: task_to_run.enqueue(*args), robust=True)


def enqueue_later(task_to_run, when, *args) -> None:
    """Queue a task to run at `when`. Backends that cannot wait (they run at once) skip
    it: there, the outbox sweep is what tries again."""
    if task_to_run.get_backend().supports_defer:
        task_to_run.using(run_after=when).enqueue(*args)
