"""Every email the site sends goes through this outbox: a row written in the transaction
that saves what the email is about, then delivered by the worker, retried, and shown to
staff when it cannot be delivered.

Why a table of our own: django-tasks' database backend (what Wagtail 7 itself uses for
background work) has no retries and forgets a failed task. Here the row is the truth: a
submission and its email commit together or not at all; a failed send is tried again on
RETRY_SCHEDULE (more than 24 hours in all) and only then marked failed; the worker's
minute job (sweep) picks up any row whose task was lost (a worker killed mid-send, a
database that dropped the connection). See README, "Email".
"""

import logging
from datetime import timedelta
from email.headerregistry import Address

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import models, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from core.tasks import EMAIL_PRIORITY, EMAIL_QUEUE, enqueue_later, enqueue_with_transaction

logger = logging.getLogger(__name__)

# Wait before each new try after a failure: 8 tries over 32 hours and 36 minutes.
RETRY_SCHEDULE = [
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
    timedelta(hours=12),
    timedelta(hours=12),
]
# A row "being sent" for longer than this belongs to a worker that died or lost its
# database connection mid-send (each SMTP step is bounded by EMAIL_TIMEOUT).
SENDING_STALE_AFTER = timedelta(minutes=5)
# A queued row this late has lost its task; the sweep queues it again.
TASK_LOST_AFTER = timedelta(minutes=2)
ERROR_MAX_LENGTH = 500


class EmailStatus(models.TextChoices):
    QUEUED = "queued", _("waiting to be sent")
    SENDING = "sending", _("being sent")
    SENT = "sent", _("sent")
    FAILED = "failed", _("could not be delivered")


class OutgoingEmailQuerySet(models.QuerySet):
    def undelivered(self):
        """Waiting after at least one failed try, or given up: what staff must see."""
        return self.filter(
            models.Q(status=EmailStatus.FAILED)
            | models.Q(status__in=[EmailStatus.QUEUED, EmailStatus.SENDING], attempts__gt=0)
        )

    def about(self, submissions):
        """The emails about these submissions (a queryset of one model)."""
        return self.filter(
            content_type=ContentType.objects.get_for_model(submissions.model),
            object_id__in=[str(pk) for pk in submissions.values_list("pk", flat=True)],
        )


class OutgoingEmail(models.Model):
    """One message to one recipient. Holds personal data until retention removes it."""

    created_at = models.DateTimeField(_("queued at"), default=timezone.now, db_index=True)
    kind = models.CharField(_("kind"), max_length=40)
    reference = models.CharField(_("reference"), max_length=40, blank=True)
    to = models.EmailField(_("to"))
    from_email = models.CharField(_("from"), max_length=300)
    reply_to = models.EmailField(_("reply to"), blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("message"))
    html = models.TextField(blank=True, editable=False)  # an HTML alternative, if any
    # [{"filename": ..., "content": text, "mimetype": ...}]: calendar files.
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    priority = models.SmallIntegerField(default=0)

    status = models.CharField(
        _("status"), max_length=10, choices=EmailStatus.choices, default=EmailStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("tries"), default=0)
    next_attempt_at = models.DateTimeField(_("next try"), default=timezone.now)
    claimed_at = models.DateTimeField(null=True, editable=False)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    # What the email is about (a registration, an inquiry...): retention deletes the
    # emails of an anonymised submission with it.
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )
    object_id = models.CharField(max_length=40, blank=True, editable=False)
    about = GenericForeignKey("content_type", "object_id")

    objects = OutgoingEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at", "-pk"]
        permissions = [("resend_outgoingemail", _("Can send outgoing emails again"))]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.to}: {self.subject}"

    def message(self) -> EmailMultiAlternatives:
        message = EmailMultiAlternatives(
            self.subject,
            self.body,
            self.from_email,
            [self.to],
            reply_to=[self.reply_to] if self.reply_to else None,
        )
        if self.html:
            message.attach_alternative(self.html, "text/html")
        for attachment in self.attachments:
            message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
        return message


class MailOutage(models.Model):
    """A stretch of time during which sends failed; closed by the next successful send,
    which then tells the administrators (alert_recovery)."""

    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    failures = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M} ({self.failures})"


def absolute(path: str) -> str:
    """A link in an email: the site's public address (WAGTAILADMIN_BASE_URL) + path."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def sender(name: str | None = None) -> str:
    """DEFAULT_FROM_EMAIL with a display name (the agency's), so mail reads as from it."""
    if not name:
        return settings.DEFAULT_FROM_EMAIL
    username, domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)
    # Quoted where the name needs it; left in Unicode for Django to encode when sending.
    return str(Address(display_name=name, username=username, domain=domain))


def queue_email(
    *,
    to: str,
    subject: str,
    body: str,
    kind: str,
    language: str,
    from_email: str | None = None,
    reply_to: str = "",
    attachments: list[dict] | None = None,
    about: models.Model | None = None,
    reference: str = "",
    html: str = "",
) -> OutgoingEmail | None:
    """Queue one email, in the caller's transaction: call it inside the atomic block that
    saves what the email is about, so that both are committed or neither is."""
    if not to:
        return None
    email = OutgoingEmail.objects.create(
        to=to,
        subject=" ".join(subject.split())[:300],
        body=body,
        kind=kind,
        language=language,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        reply_to=reply_to,
        attachments=attachments or [],
        html=html,
        content_type=ContentType.objects.get_for_model(about) if about is not None else None,
        object_id=str(about.pk) if about is not None else "",
        reference=reference,
    )
    dispatch(email)
    return email


class OutboxEmailBackend(BaseEmailBackend):
    """EMAIL_BACKEND for everything else that sends mail (Wagtail's moderation emails,
    password resets, error reports): each message becomes outbox rows, one per recipient,
    so no request ever waits for the mail server and a failure is retried and shown."""

    def send_messages(self, email_messages):
        for message in email_messages:
            html = next(
                (
                    content
                    for content, mimetype in getattr(message, "alternatives", [])
                    if mimetype == "text/html"
                ),
                "",
            )
            for recipient in [*message.to, *message.cc, *message.bcc]:
                queue_email(
                    to=recipient,
                    subject=str(message.subject),
                    body=message.body,
                    html=html,
                    kind="site",
                    language=translation.get_language() or settings.LANGUAGE_CODE,
                    from_email=message.from_email,
                    reply_to=message.reply_to[0] if message.reply_to else "",
                )
        return len(email_messages)


def dispatch(email: OutgoingEmail) -> None:
    enqueue_with_transaction(deliver_email, email.pk)


@task(queue_name=EMAIL_QUEUE, priority=EMAIL_PRIORITY)
def deliver_email(email_id: int) -> str:
    return deliver(email_id)


def deliver(email_id: int) -> str:
    """One try at sending: "sent", "retry", "failed", or "skipped" when the row is not
    due (sent already, taken by another worker, or waiting for its next try)."""
    now = timezone.now()
    claimed = OutgoingEmail.objects.filter(
        pk=email_id, status=EmailStatus.QUEUED, next_attempt_at__lte=now
    ).update(status=EmailStatus.SENDING, claimed_at=now)
    if not claimed:
        return "skipped"
    email = OutgoingEmail.objects.get(pk=email_id)
    try:
        with get_connection(settings.OUTBOX_DELIVERY_BACKEND) as connection:
            connection.send_messages([email.message()])
    except Exception as error:  # noqa: BLE001 - any failure of the mail server is retried
        return record_failure(email, error)
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=EmailStatus.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1
    )
    end_outage()
    return "sent"


def record_failure(email: OutgoingEmail, error: Exception) -> str:
    description = f"{type(error).__name__}: {error}"[:ERROR_MAX_LENGTH]
    attempts = email.attempts + 1
    now = timezone.now()
    if attempts <= len(RETRY_SCHEDULE):
        status, next_at = EmailStatus.QUEUED, now + RETRY_SCHEDULE[attempts - 1]
    else:
        status, next_at = EmailStatus.FAILED, now
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=status, attempts=attempts, next_attempt_at=next_at, last_error=description
    )
    # No address or content in the log: the error and the row's id are enough.
    logger.warning("Email %s: try %s failed (%s)", email.pk, attempts, description)
    outage = MailOutage.objects.filter(ended_at=None).first() or MailOutage.objects.create()
    MailOutage.objects.filter(pk=outage.pk).update(
        failures=F("failures") + 1, last_error=description
    )
    if status == EmailStatus.QUEUED:
        enqueue_later(deliver_email, next_at, email.pk)
        return "retry"
    return "failed"


def end_outage() -> None:
    """The first send that works after failures: close the outage, send what is waiting
    now rather than at its next scheduled try, and tell the administrators."""
    with transaction.atomic():
        outage = MailOutage.objects.select_for_update().filter(ended_at=None).first()
        if outage is None:
            return
        outage.ended_at = timezone.now()
        outage.save(update_fields=["ended_at"])
        waiting = list(
            OutgoingEmail.objects.filter(status=EmailStatus.QUEUED, attempts__gt=0).values_list(
                "pk", flat=True
            )
        )
        OutgoingEmail.objects.filter(pk__in=waiting).update(next_attempt_at=outage.ended_at)
        for pk in waiting:
            dispatch(OutgoingEmail(pk=pk))
        alert_recovery(outage, len(waiting))


def alert_recovery(outage: MailOutage, waiting: int) -> None:
    """Email the administrators that mail works again: since when it failed, how many
    tries, and what is left for them to look at. Sent through the outbox itself."""
    recipients = list(settings.MAIL_ALERT_EMAILS) or list(
        get_user_model()
        .objects.filter(is_superuser=True, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    with translation.override(settings.LANGUAGE_CODE):  # staff read Vietnamese
        context = {
            "outage": outage,
            "waiting": waiting,
            "failed": OutgoingEmail.objects.filter(
                status=EmailStatus.FAILED, next_attempt_at__gte=outage.started_at
            ).count(),
            "admin_url": absolute(reverse("outgoing_emails:index")),
        }
        subject = render_to_string("emails/mail_recovered_subject.txt", context)
        body = render_to_string("emails/mail_recovered.txt", context)
    for address in recipients:
        queue_email(
            to=address,
            subject=subject,
            body=body,
            kind="mail_recovered",
            language=settings.LANGUAGE_CODE,
        )


def resend(emails) -> int:
    """Staff's "send again": failed or waiting emails are tried now, with a fresh
    schedule of retries."""
    rows = list(
        emails.filter(status__in=[EmailStatus.QUEUED, EmailStatus.FAILED]).values_list(
            "pk", flat=True
        )
    )
    with transaction.atomic():
        OutgoingEmail.objects.filter(pk__in=rows).update(
            status=EmailStatus.QUEUED, attempts=0, next_attempt_at=timezone.now()
        )
        for pk in rows:
            dispatch(OutgoingEmail(pk=pk))
    return len(rows)


def sweep() -> int:
    """The worker's minute job: give back rows of a worker that died mid-send, and queue
    again every row whose task was lost. Returns how many were queued."""
    now = timezone.now()
    stale = OutgoingEmail.objects.filter(
        status=EmailStatus.SENDING, claimed_at__lt=now - SENDING_STALE_AFTER
    )
    given_back = list(stale.values_list("pk", flat=True)[:1000])
    OutgoingEmail.objects.filter(pk__in=given_back).update(
        status=EmailStatus.QUEUED, next_attempt_at=now
    )
    lost = list(
        OutgoingEmail.objects.filter(
            status=EmailStatus.QUEUED, next_attempt_at__lte=now - TASK_LOST_AFTER
        ).values_list("pk", flat=True)[:1000]
    )
    for pk in [*given_back, *lost]:
        dispatch(OutgoingEmail(pk=pk))
    return len(given_back) + len(lost)


def purge(now=None) -> int:
    """Retention: delivered emails after OUTBOX_KEEP_SENT_DAYS, undeliverable ones after
    OUTBOX_KEEP_FAILED_DAYS (staff have had time to see them)."""
    now = now or timezone.now()
    sent = OutgoingEmail.objects.filter(
        status=EmailStatus.SENT, sent_at__lt=now - timedelta(days=settings.OUTBOX_KEEP_SENT_DAYS)
    )
    failed = OutgoingEmail.objects.filter(
        status=EmailStatus.FAILED,
        next_attempt_at__lt=now - timedelta(days=settings.OUTBOX_KEEP_FAILED_DAYS),
    )
    return sent.delete()[0] + failed.delete()[0]
