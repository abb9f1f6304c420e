"""What every public submission shares (an inquiry, an event registration, any later form).

- PublicSubmission, an abstract model: reference code, language, consent with the notice
  version and time, consent withdrawal, a one-use form token, the time received, and the
  personal-data fields each kind declares once (`personal_data`) for anonymize().
- handle_submission() and serve_confirmation(), the two halves of a public form's view:
  spam guard, rate limit, idempotent create, post/redirect/get, a private confirmation.

Each kind keeps its own fields and rules on top (seats for registrations, for example).
"""

import logging
import secrets
from collections.abc import Callable
from typing import Any, ClassVar

from django.conf import settings
from django.core import signing
from django.db import DatabaseError, IntegrityError, connections, models, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from core.outbox import OutgoingEmail
from core.ratelimit import over_limit

logger = logging.getLogger(__name__)
TEMPORARY_FAULT_MESSAGE = _(
    "We could not save your form because of a temporary fault, and nothing was saved. "
    "Please send it again in a moment."
)

# The version of the personal data notice readers agree to; stored with each consent.
PRIVACY_NOTICE_VERSION = "1.0"
# What anonymize() leaves in a required text field.
REDACTED = "—"
REFERENCE_MAX_LENGTH = 20
RATE_LIMIT_WINDOW_SECONDS = 3600


def reference_code(prefix: str) -> str:
    """A short code a reader can quote on the phone: 'YC-' + 8 hexadecimal digits."""
    return prefix + secrets.token_hex(4).upper()


class SubmissionQuerySet(models.QuerySet):
    def create_once(self, **fields):
        """Create, or return the submission this form token already made: the same form
        sent twice at the same moment (a double click) makes one."""
        try:
            with transaction.atomic():
                return self.create(**fields), True
        except IntegrityError:
            existing = self.filter(form_token=fields["form_token"]).first()
            if existing is None:
                raise
            return existing, False

    def anonymize(self) -> int:
        """Overwrite the personal data (see PublicSubmission.personal_data); keep the rest
        (dates, counts, status) for statistics."""
        model: Any = self.model  # a PublicSubmission subclass
        # Their emails hold the same personal data: they go too (sent or not).
        OutgoingEmail.objects.about(self).delete()
        return self.update(**model.personal_data, form_token=None, anonymized=True)

    def with_reference(self, value: str):
        model: Any = self.model
        return self.filter(**{model.reference_field: value[:REFERENCE_MAX_LENGTH]})


class PublicSubmission(models.Model):
    """The shared part of a form the public sends in. Personal data: see anonymize()."""

    # The name of the reference field each kind declares (default: a reference_code).
    reference_field: ClassVar[str] = "reference"
    # The personal-data fields, and what anonymization leaves in each.
    personal_data: ClassVar[dict[str, Any]] = {}
    # Signs the self-service link emailed to the sender (cancel, withdraw consent).
    token_salt: ClassVar[str] = ""

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    consent = models.BooleanField(_("consent to personal data processing"))
    consent_at = models.DateTimeField(_("consent given at"), null=True)
    privacy_notice_version = models.CharField(_("privacy notice version"), max_length=20)
    consent_withdrawn_at = models.DateTimeField(_("consent withdrawn at"), null=True, blank=True)
    # One submission per form shown: a double click or a resubmission reuses the same token.
    # Emptied on anonymization; staff-made records have none.
    form_token = models.CharField(max_length=64, unique=True, null=True, editable=False)
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    anonymized = models.BooleanField(_("anonymized"), default=False)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def reference_code(self) -> str:
        return getattr(self, self.reference_field)

    @staticmethod
    def consent_fields(language: str) -> dict:
        """The consent given by sending the form now, under the current notice."""
        return {
            "language": language,
            "consent": True,
            "consent_at": timezone.now(),
            "privacy_notice_version": PRIVACY_NOTICE_VERSION,
        }

    def anonymize(self) -> None:
        type(self).objects.filter(pk=self.pk).anonymize()
        self.refresh_from_db()

    @classmethod
    def due_for_anonymization(cls, now) -> models.QuerySet:
        """What retention (manage.py apply_retention, daily) anonymizes now: each kind
        says after how long."""
        raise NotImplementedError

    def self_service_token(self) -> str:
        """The secret part of the link in the sender's email: the reference, signed."""
        return signing.dumps(self.reference_code, salt=self.token_salt)

    @classmethod
    def for_token(cls, token: str):
        try:
            reference = signing.loads(token, salt=cls.token_salt)
        except signing.BadSignature:
            return None
        return cls.objects.filter(**{cls.reference_field: reference}).first()


def serve_confirmation(request, param: str, submissions, render: Callable):
    """GET of a public form's page. After the redirect, ?<param>=<reference> names the
    submission to confirm; `render(submission_or_None)` returns the page."""
    value = request.GET.get(param, "")[:REFERENCE_MAX_LENGTH]
    submission = submissions.with_reference(value).first() if value else None
    response = render(submission)
    if value:
        # One business's confirmation: for that reader only, never in a shared cache.
        add_never_cache_headers(response)
    return response


def handle_submission(
    request,
    form,
    *,
    model: type[PublicSubmission],
    rate_scope: str,
    rate_message: str,
    save: Callable,
    redirect_to: Callable,
    render_invalid: Callable,
):
    """POST of a public form (post/redirect/get).

    `save(form)` stores a valid form and returns the submission, or returns None after
    adding errors to the form. `redirect_to(submission)` is the confirmation URL; it gets
    None for a bot caught by the honeypot, which is told it succeeded and stores nothing.
    `render_invalid(form)` re-shows the page with the bound form, sent with status 400.
    """
    if form.is_spam:
        return redirect(redirect_to(None))
    if form.is_valid():
        limit = settings.RATE_LIMITS[rate_scope]
        if over_limit(request, rate_scope, limit, RATE_LIMIT_WINDOW_SECONDS):
            form.add_error(None, rate_message)
        else:
            # A resubmitted form (back button, double click) shows what it already made.
            token = form.cleaned_data["form_token"]
            try:
                submission = model.objects.filter(form_token=token).first() or save(form)
            except DatabaseError:
                # The database went away mid-save (a restart, a dropped connection): the
                # transaction rolled back, so nothing is half-saved; the reader keeps the
                # filled-in form and sends it again (the same token makes it once).
                logger.warning("A %s was not saved: database error", model.__name__, exc_info=True)
                for connection in connections.all(initialized_only=True):
                    if not connection.in_atomic_block:  # a broken one reconnects on next use
                        connection.close_if_unusable_or_obsolete()
                form.add_error(None, TEMPORARY_FAULT_MESSAGE)
                response = render_invalid(form)
                response.status_code = 503
                response["Retry-After"] = "5"
                return response
            if submission is not None:
                return redirect(redirect_to(submission))
    response = render_invalid(form)
    response.status_code = 400
    return response
