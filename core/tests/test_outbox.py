"""The outbox (core/outbox.py) against real mail servers on loopback: refused, hanging,
working again; the retry schedule with the clock moved; what staff see and resend; the
schedule; the worker's priorities and its survival of a dropped database connection."""

import datetime
import time
from contextlib import contextmanager
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import OperationalError, transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core import outbox, schedule
from core.management.commands import run_worker
from core.outbox import RETRY_SCHEDULE, EmailStatus, MailOutage, OutgoingEmail
from core.roles import EDITORS, EVENT_MANAGERS
from tests.mail_servers import HangingServer, WorkingServer, free_port

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "email"]}
}


@pytest.fixture(autouse=True)
def empty_outbox(db):
    """The demo's own emails (its registrations were confirmed) are not these tests'."""
    OutgoingEmail.objects.all().delete()
    MailOutage.objects.all().delete()


@pytest.fixture
def smtp(settings):
    """Real SMTP sending; point settings.EMAIL_PORT at a server of the test's choosing."""
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()  # nothing listens there: connection refused
    settings.EMAIL_TIMEOUT = 2
    return settings


@pytest.fixture
def working_server():
    server = WorkingServer().start()
    yield server
    server.stop()


@contextmanager
def clock(moment):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def stored(**fields):
    """An outbox row as a test needs it, without queuing its delivery."""
    defaults = {"to": "a@example.vn", "subject": "S", "body": "B", "kind": "test"}
    return OutgoingEmail.objects.create(**{**defaults, "language": "vi", **fields})


def queue(to="doanhnghiep@example.vn", subject="Xác nhận đăng ký"):
    with transaction.atomic():
        return outbox.queue_email(
            to=to, subject=subject, body="Nội dung", kind="test", language="vi"
        )


@pytest.mark.engine_independent  # mail servers, not the database engine
def test_refused_connection_is_retried_for_more_than_a_day_then_marked_failed(
    smtp, django_capture_on_commit_callbacks
):
    # A second ahead: model defaults read the real clock, the code under test this one.
    start = timezone.now() + datetime.timedelta(seconds=1)
    with clock(start), django_capture_on_commit_callbacks(execute=True):
        email = queue()
    email.refresh_from_db()
    assert email.status == EmailStatus.QUEUED and email.attempts == 1
    assert "ConnectionRefusedError" in email.last_error
    assert email.next_attempt_at == start + RETRY_SCHEDULE[0]

    # Not due yet: nothing is tried, and the sweep leaves it to its own task.
    with clock(start + datetime.timedelta(seconds=30)):
        assert outbox.deliver(email.pk) == "skipped"
        assert outbox.sweep() == 0
    for step, wait in enumerate(RETRY_SCHEDULE[1:], start=2):
        email.refresh_from_db()
        moment = email.next_attempt_at
        with clock(moment):
            assert outbox.deliver(email.pk) == "retry"
        email.refresh_from_db()
        assert email.attempts == step and email.next_attempt_at == moment + wait
    email.refresh_from_db()
    with clock(email.next_attempt_at):
        assert outbox.deliver(email.pk) == "failed"
    email.refresh_from_db()
    assert email.status == EmailStatus.FAILED
    assert email.attempts == len(RETRY_SCHEDULE) + 1
    assert email.next_attempt_at - start >= datetime.timedelta(hours=24)
    outage = MailOutage.objects.get(ended_at=None)
    assert outage.failures == email.attempts


@pytest.mark.engine_independent  # mail servers, not the database engine
def test_a_server_that_never_answers_fails_the_try_within_the_timeout(smtp):
    server = HangingServer()
    smtp.EMAIL_PORT = server.port
    email = stored()
    began = time.monotonic()
    try:
        assert outbox.deliver(email.pk) == "retry"
    finally:
        server.stop()
    assert time.monotonic() - began < 10  # EMAIL_TIMEOUT (2 s), not forever
    email.refresh_from_db()
    assert email.status == EmailStatus.QUEUED and "timed out" in email.last_error.lower()


@pytest.mark.engine_independent  # mail servers, not the database engine
def test_when_mail_works_again_waiting_emails_go_and_administrators_are_told(
    smtp, working_server, django_capture_on_commit_callbacks
):
    smtp.MAIL_ALERT_EMAILS = ["quantri@sokhcn.example.gov.vn"]
    with django_capture_on_commit_callbacks(execute=True):
        queue("a@example.vn"), queue("b@example.vn")
    assert {e.status for e in OutgoingEmail.objects.all()} == {EmailStatus.QUEUED}
    assert MailOutage.objects.filter(ended_at=None).exists()

    smtp.EMAIL_PORT = working_server.port
    with django_capture_on_commit_callbacks(execute=True):
        queue("c@example.vn")
    recipients = sorted(rcpt for rcpts, _ in working_server.messages for rcpt in rcpts)
    # The new one, the two that waited (not left for their next try), and the alert.
    assert recipients == [
        "a@example.vn",
        "b@example.vn",
        "c@example.vn",
        "quantri@sokhcn.example.gov.vn",
    ]
    alert = next(m for r, m in working_server.messages if r == ["quantri@sokhcn.example.gov.vn"])
    assert alert["Subject"] == "Email đã gửi được trở lại"
    body = alert.get_content()
    assert "2 lần gửi bị lỗi" in body and "http://testserver/admin/outgoing_emails/" in body
    assert not MailOutage.objects.filter(ended_at=None).exists()
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {EmailStatus.SENT}


def staff(group_name):
    user = get_user_model().objects.create_user(f"u-{group_name}", "u@example.vn", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.mark.engine_independent  # mail servers, not the database engine
def test_staff_see_what_failed_and_send_it_again(
    client, smtp, working_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        email = queue("khachhang@example.vn", "Đăng ký đã được xác nhận")
    OutgoingEmail.objects.filter(pk=email.pk).update(status=EmailStatus.FAILED, attempts=8)

    client.force_login(staff(EVENT_MANAGERS))
    dashboard = client.get("/admin/").content.decode()
    assert "Email đang không gửi được" in dashboard and "1 email chưa được gửi" in dashboard
    listing = client.get("/admin/outgoing_emails/?status=failed").content.decode()
    for shown in ("khachhang@example.vn", "Đăng ký đã được xác nhận", "ConnectionRefusedError"):
        assert shown in listing
    assert "không gửi được" in listing and "Gửi lại tất cả email chưa gửi được" in listing
    inspect = client.get(f"/admin/outgoing_emails/inspect/{email.pk}/").content.decode()
    assert "Nội dung" in inspect

    confirm = client.get(f"/admin/outgoing_emails/resend/{email.pk}/")
    assert "khachhang@example.vn" in confirm.content.decode()
    smtp.EMAIL_PORT = working_server.port
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/outgoing_emails/resend/")
    assert response.status_code == 302
    assert [rcpts for rcpts, _ in working_server.messages] == [["khachhang@example.vn"]]
    email.refresh_from_db()
    assert email.status == EmailStatus.SENT
    assert "Email đang không gửi được" not in client.get("/admin/").content.decode()


@pytest.mark.engine_independent  # mail servers, not the database engine
def test_editors_neither_see_the_outbox_nor_resend(client, smtp):
    stored(
        to="a@example.vn",
        status=EmailStatus.FAILED,
        attempts=8,
    )
    client.force_login(staff(EDITORS))
    assert "Email đang không gửi được" not in client.get("/admin/").content.decode()
    assert client.get("/admin/outgoing_emails/").status_code in (302, 403)
    # Wagtail turns the refusal into a redirect with a message; nothing is sent again.
    assert client.post("/admin/outgoing_emails/resend/").status_code in (302, 403)
    assert OutgoingEmail.objects.get().status == EmailStatus.FAILED


@pytest.mark.engine_independent  # mail servers, not the database engine
def test_nobody_types_an_email_into_the_outbox(client, admin_user):
    client.force_login(admin_user)
    assert client.get("/admin/outgoing_emails/new/").status_code in (302, 403)


def test_the_sweep_gives_back_what_a_dead_worker_held_and_requeues_lost_tasks(settings):
    settings.TASKS = DATABASE_TASKS
    now = timezone.now()
    held = stored(
        to="a@example.vn",
        status=EmailStatus.SENDING,
        claimed_at=now - datetime.timedelta(minutes=6),
    )
    lost = stored(
        to="b@example.vn",
        next_attempt_at=now - datetime.timedelta(minutes=3),
    )
    DBTaskResult.objects.all().delete()
    with clock(now + datetime.timedelta(minutes=3)):
        assert outbox.sweep() == 2
    held.refresh_from_db()
    assert held.status == EmailStatus.QUEUED
    queued = DBTaskResult.objects.filter(task_path="core.outbox.deliver_email")
    assert sorted(r.args_kwargs["args"][0] for r in queued) == sorted([held.pk, lost.pk])
    assert {r.queue_name for r in queued} == {"email"}


def test_each_slot_of_each_job_is_queued_once(settings):
    settings.TASKS = DATABASE_TASKS
    DBTaskResult.objects.all().delete()
    moment = timezone.make_aware(datetime.datetime(2026, 12, 3, 1, 59, 30))  # local time
    first = schedule.enqueue_due(moment)
    assert set(first) == set(schedule.JOBS)  # nothing ran before: every job's latest slot
    assert schedule.enqueue_due(moment + datetime.timedelta(seconds=20)) == []
    later = schedule.enqueue_due(moment + datetime.timedelta(seconds=40))  # 02:00:10
    assert set(later) == {"email_sweep", "publish_scheduled", "retention"}
    assert DBTaskResult.objects.filter(task_path="core.schedule.run_job").count() == len(
        first
    ) + len(later)


def test_the_worker_takes_emails_first_and_survives_a_dropped_connection(
    settings, smtp, working_server
):
    settings.TASKS = DATABASE_TASKS
    smtp.EMAIL_PORT = working_server.port
    DBTaskResult.objects.all().delete()
    schedule.register(schedule.Job("test_noop", "core.tests.test_outbox.noop"))
    try:
        for _ in range(3):
            schedule.run_job.enqueue("test_noop")
        email = queue("truoc@example.vn")
        real_get_locked = DBTaskResult.objects.get_queryset().__class__.get_locked
        calls = {"n": 0}

        def flaky_get_locked(queryset):
            calls["n"] += 1
            if calls["n"] == 1:
                raise OperationalError("server closed the connection unexpectedly")
            return real_get_locked(queryset)

        order = []
        with (
            mock.patch.object(
                DBTaskResult.objects.get_queryset().__class__, "get_locked", flaky_get_locked
            ),
            mock.patch.object(run_worker.time, "sleep") as slept,
            # Its per-loop check would close the test's own (transaction-held) connection.
            mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"),
            mock.patch(
                "django_tasks_db.management.commands.db_worker.Worker.run_task",
                autospec=True,
                side_effect=lambda worker, result: (
                    order.append(result.task_path) or real_run_task(worker, result)
                ),
            ),
        ):
            worker = run_worker.ResilientWorker(
                queue_names=["*"],
                interval=0,
                batch=True,
                backend_name="default",
                startup_delay=False,
                max_tasks=None,
                worker_id="test",
                excluded_queue_names=[],
            )
            worker.run()
        slept.assert_called()  # it waited, then went on
        assert order[0] == "core.outbox.deliver_email"
        # Queued last, run first: Wagtail's own tasks (reference index) and the jobs after.
        assert "core.outbox.deliver_email" not in order[1:]
        assert order.count("core.schedule.run_job") == 3 and order[-1] == "core.schedule.run_job"
        email.refresh_from_db()
        assert email.status == EmailStatus.SENT
        assert [r for r, _ in working_server.messages] == [["truoc@example.vn"]]
    finally:
        schedule.JOBS.pop("test_noop")


real_run_task = run_worker.Worker.run_task


def noop():
    return None


def test_retention_deletes_old_outbox_emails(settings):
    now = timezone.now()
    old = now - datetime.timedelta(days=settings.OUTBOX_KEEP_SENT_DAYS + 1)
    stored(
        to="cu@example.vn",
        status=EmailStatus.SENT,
        sent_at=old,
    )
    recent = stored(
        to="moi@example.vn",
        status=EmailStatus.SENT,
        sent_at=now,
    )
    waiting = stored(
        to="cho@example.vn",
        created_at=old,
    )
    assert outbox.purge(now) == 1
    assert set(OutgoingEmail.objects.values_list("pk", flat=True)) >= {recent.pk, waiting.pk}


@pytest.mark.engine_independent  # mail servers, not the database engine
def test_mail_sent_by_wagtail_or_django_goes_through_the_outbox_not_the_request(
    client, smtp, working_server, admin_user, django_capture_on_commit_callbacks
):
    """An admin's password reset with the mail server silent: the page answers at once,
    and the email waits in the outbox (it used to be a 500 after 60 s)."""
    smtp.EMAIL_BACKEND = "core.outbox.OutboxEmailBackend"
    smtp.EMAIL_TIMEOUT = 10  # sending in the request would take at least this long
    server = HangingServer()
    smtp.EMAIL_PORT = server.port
    admin_user.email = "quantri@sokhcn.example.gov.vn"
    admin_user.save()
    began = time.monotonic()
    try:
        response = client.post("/admin/password_reset/", {"email": admin_user.email})
    finally:
        server.stop()
    assert response.status_code == 302 and time.monotonic() - began < 8
    email = OutgoingEmail.objects.get(to=admin_user.email)
    assert email.kind == "site" and email.status == EmailStatus.QUEUED and email.attempts == 0
    assert "/admin/password_reset/confirm/" in email.body
    # Delivered by the worker (here: the sweep's resend) once a server answers.
    smtp.EMAIL_PORT = working_server.port
    with django_capture_on_commit_callbacks(execute=True):
        outbox.resend(OutgoingEmail.objects.filter(pk=email.pk))
    assert [rcpts for rcpts, _ in working_server.messages] == [[admin_user.email]]
