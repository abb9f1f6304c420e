"""Serving showcase entries (with the inquiry form) and the open data downloads.

Below the page models: they call these functions with themselves as the argument, and
nothing here imports showcase.models (inquiries live in showcase.inquiries).
"""

import csv
import io

from django.db import transaction
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render as render_page
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from core.exports import neutralize
from core.submissions import PublicSubmission, handle_submission, serve_confirmation
from showcase.emails import queue_inquiry_emails
from showcase.forms import InquiryForm
from showcase.inquiries import Inquiry

# What a bot caught by the honeypot is sent to: the thanks, without a real reference.
SPAM_REFERENCE = "YC-SENT"


def serve_entry(entry, request):
    """GET shows the entry; POST takes an inquiry, then redirects (Post/Redirect/Get)."""

    def render(**context):
        return TemplateResponse(
            request, entry.get_template(request), entry.get_context(request, **context)
        )

    if request.method != "POST":
        inquiries = Inquiry.objects.filter(entry__translation_key=entry.translation_key)
        return serve_confirmation(
            request,
            "inquiry",
            inquiries,
            lambda inquiry: render(inquiry_confirmation=inquiry),
        )

    def redirect_to(inquiry):
        reference = inquiry.reference if inquiry else SPAM_REFERENCE
        return f"{entry.get_url(request)}?inquiry={reference}#inquiry"

    return handle_submission(
        request,
        InquiryForm(request.POST, entry=entry),
        model=Inquiry,
        rate_scope="inquiry",
        rate_message=_(
            "You have sent several requests in a short time. Please wait an hour, or call us."
        ),
        save=lambda form: save_inquiry(entry, form.cleaned_data),
        redirect_to=redirect_to,
        render_invalid=lambda form: render(inquiry_form=form),
    )


def save_inquiry(entry, data) -> Inquiry:
    """Store the inquiry (once per form token) with its emails, in one transaction."""
    # Inquiries belong to the entry, not to one language version: file them under the
    # default-language page (the reader's language is kept in `language`).
    entry = entry.get_translation_or_none(Locale.get_default()) or entry
    with transaction.atomic():
        inquiry, created = Inquiry.objects.create_once(
            entry=entry,
            organization=data["organization"],
            contact_name=data["contact_name"],
            email=data["email"],
            phone=data["phone"],
            need=data["need"],
            message=data["message"],
            form_token=data["form_token"],
            **PublicSubmission.consent_fields(get_language()),
        )
        if created:
            queue_inquiry_emails(inquiry)
    return inquiry


@never_cache  # one inquiry, behind a secret link
@require_http_methods(["GET", "POST"])
def withdraw(request, token):
    """The acknowledgement's link: GET asks to confirm (mail scanners follow links),
    POST withdraws consent, which removes the sender's details."""
    inquiry = Inquiry.for_token(token)
    template = "pages/inquiry_withdraw.html"
    if inquiry is None:
        return render_page(request, template, {"invalid": True}, status=404)
    if request.method == "POST" and not inquiry.anonymized:
        inquiry.withdraw_consent()
    entry = inquiry.entry.localized
    return render_page(
        request, template, {"inquiry": inquiry, "entry": entry, "done": inquiry.anonymized}
    )


OPEN_DATA_COLUMNS = [
    "kind",
    "title",
    "url",
    "summary",
    "category",
    "stars",
    "score",
    "producer",
    "commune",
    "decision_number",
    "decision_date",
    "valid_until",
    "trl",
    "ip_type",
    "ip_status",
    "status",
    "host_institution",
    "state_funded",
    "price",
    "last_published",
]


def showcase_index(index, request):
    return index.render(request)


def open_data(index, request, data_format):
    return open_data_response(index.open_data_rows(request), index.locale, data_format)


def open_data_response(rows, locale, data_format):
    """The open data download of one language's entries, as JSON or CSV."""
    filename = f"showcase-{locale.language_code}"
    if data_format == "json":
        response = JsonResponse(
            {
                "language": locale.language_code,
                "generated": timezone.now().isoformat(),
                "count": len(rows),
                "entries": rows,
            },
            json_dumps_params={"ensure_ascii": False, "indent": 1},
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
        return response
    if data_format != "csv":
        raise Http404
    buffer = io.StringIO()
    buffer.write("\ufeff")  # BOM: Excel then reads the file as UTF-8
    writer = csv.DictWriter(buffer, fieldnames=OPEN_DATA_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {key: neutralize("" if value is None else value) for key, value in row.items()}
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response
