"""Serving showcase entries (with the inquiry form) and the open data downloads."""

import csv
import io

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.ratelimit import over_limit
from showcase.forms import PRIVACY_NOTICE_VERSION, InquiryForm
from showcase.models import Inquiry, OcopProductPage, ShowcaseEntryPage, TechnologyPage


def serve_entry(entry, request, default_serve, *args, **kwargs):
    """GET shows the entry; POST takes an inquiry, then redirects (Post/Redirect/Get)."""
    if request.method != "POST":
        confirmation = None
        reference = request.GET.get("inquiry", "")[:20]
        if reference:
            confirmation = Inquiry.objects.filter(
                reference=reference, entry__translation_key=entry.translation_key
            ).first()
        request.inquiry_confirmation = confirmation
        response = default_serve(request, *args, **kwargs)
        if reference:
            # One business's confirmation: for that reader only, never in a shared cache.
            add_never_cache_headers(response)
        return response

    form = InquiryForm(request.POST, entry=entry)
    if form.is_spam:
        # Pretend success so the bot learns nothing; nothing is stored or sent.
        return redirect(entry.get_url(request) + "?inquiry=YC-SENT#inquiry")
    if form.is_valid():
        if over_limit(request, "inquiry", settings.RATE_LIMITS["inquiry"], 3600):
            form.add_error(
                None,
                _(
                    "You have sent several requests in a short time. "
                    "Please wait an hour, or call us."
                ),
            )
        else:
            inquiry = save_inquiry(entry, form.cleaned_data)
            return redirect(f"{entry.get_url(request)}?inquiry={inquiry.reference}#inquiry")
    request.inquiry_form = form
    response = TemplateResponse(
        request, entry.get_template(request), entry.get_context(request, *args, **kwargs)
    )
    response.status_code = 400
    return response


def save_inquiry(entry, data) -> Inquiry:
    """Store the inquiry (once per form token) and queue the notifications after commit."""
    from showcase.tasks import send_inquiry_notifications

    existing = Inquiry.objects.filter(form_token=data["form_token"]).first()
    if existing:
        return existing
    # Inquiries belong to the entry, not to one language version: file them under the
    # default-language page (the reader's language is kept in `language`).
    entry = entry.get_translation_or_none(Locale.get_default()) or entry
    try:
        with transaction.atomic():
            inquiry = Inquiry.objects.create(
                entry=entry,
                organization=data["organization"],
                contact_name=data["contact_name"],
                email=data["email"],
                phone=data["phone"],
                need=data["need"],
                message=data["message"],
                language=get_language(),
                consent=True,
                consent_at=timezone.now(),
                privacy_notice_version=PRIVACY_NOTICE_VERSION,
                form_token=data["form_token"],
            )
    except IntegrityError:  # the same form submitted twice at the same moment
        return Inquiry.objects.get(form_token=data["form_token"])
    transaction.on_commit(lambda: send_inquiry_notifications.enqueue(inquiry.pk))
    return inquiry


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


def open_data_rows(index, request):
    """Published entries of this language as plain dicts (no personal data)."""
    entries = ShowcaseEntryPage.objects.live().public().child_of(index)
    ocop = {p.pk: p for p in OcopProductPage.objects.filter(pk__in=entries)}
    technologies = {p.pk: p for p in TechnologyPage.objects.filter(pk__in=entries)}
    from showcase.models import Commune, ProductGroup, ResearchField

    names = {}
    for model in (Commune, ProductGroup, ResearchField):
        for record in model.objects.filter(locale=index.locale):
            names[(model, record.translation_key)] = record.name
    rows = []
    for entry in entries.select_related("commune", "product_group", "research_field").order_by(
        "title"
    ):
        product, tech = ocop.get(entry.pk), technologies.get(entry.pk)
        category = entry.product_group or entry.research_field
        rows.append(
            {
                "kind": entry.kind,
                "title": entry.title,
                "url": entry.get_full_url(request),
                "summary": entry.summary,
                "category": names.get((type(category), category.translation_key), "")
                if category
                else "",
                "stars": entry.stars,
                "score": product.score if product else None,
                "producer": product.producer if product else "",
                "commune": names.get((Commune, entry.commune.translation_key), "")
                if entry.commune
                else "",
                "decision_number": product.decision_number if product else "",
                "decision_date": product.decision_date.isoformat() if product else "",
                "valid_until": entry.expiry_date.isoformat() if entry.expiry_date else "",
                "trl": entry.trl,
                "ip_type": entry.ip_type,
                "ip_status": tech.ip_status if tech else "",
                "status": entry.status,
                "host_institution": tech.host_institution if tech else "",
                "state_funded": tech.state_funded if tech else None,
                "price": (
                    product.price
                    if product
                    else (
                        "negotiable"
                        if tech.price_negotiable and not tech.price_amount
                        else f"{tech.price_amount} {tech.price_currency}"
                    )
                ),
                "last_published": entry.last_published_at.isoformat()
                if entry.last_published_at
                else "",
            }
        )
    return rows


def open_data(index, request, data_format):
    rows = open_data_rows(index, request)
    filename = f"showcase-{index.locale.language_code}"
    if data_format == "json":
        response = JsonResponse(
            {
                "language": index.locale.language_code,
                "generated": timezone.now().isoformat(),
                "count": len(rows),
                "entries": rows,
            },
            json_dumps_params={"ensure_ascii": False, "indent": 1},
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
        return response
    if data_format != "csv":
        from django.http import Http404

        raise Http404
    buffer = io.StringIO()
    buffer.write("\ufeff")  # BOM: Excel then reads the file as UTF-8
    writer = csv.DictWriter(buffer, fieldnames=OPEN_DATA_COLUMNS)
    writer.writeheader()
    from core.exports import neutralize

    for row in rows:
        writer.writerow(
            {key: neutralize("" if value is None else value) for key, value in row.items()}
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response
