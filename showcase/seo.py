"""schema.org data for showcase entries."""

from django.templatetags.static import static
from django.utils.translation import gettext as _

from core.models import AgencyInfo


def _image(entry, request):
    if entry.image:
        rendition = entry.image.get_rendition("fill-1200x630|format-jpeg")
        return [request.build_absolute_uri(rendition.url)]
    return [request.build_absolute_uri(static("core/img/emblem.png"))]


def ocop_json_ld(product, request) -> dict:
    """Product: the producer as brand and manufacturer, the star rating as a property
    (an OCOP rating is an official evaluation, not an aggregate of reviews)."""
    producer = {"@type": "Organization", "name": product.producer}
    if product.website:
        producer["url"] = product.website
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.title,
        "description": product.summary,
        "url": product.get_full_url(request),
        "image": _image(product, request),
        "brand": producer,
        "manufacturer": producer,
        "category": product.product_group_name,
        "additionalProperty": [
            {
                "@type": "PropertyValue",
                "name": "OCOP",
                "value": product.stars,
                "unitText": _("stars"),
                "maxValue": 5,
                "minValue": 3,
            },
            {
                "@type": "PropertyValue",
                "name": _("OCOP evaluation score"),
                "value": product.score,
                "maxValue": 100,
            },
            {
                "@type": "PropertyValue",
                "name": _("Recognition decision"),
                "value": product.decision_number,
            },
        ],
    }
    if product.traceability_url:
        data["sameAs"] = product.traceability_url
    return data


def technology_json_ld(technology, request) -> dict:
    """A technology offered for transfer: a Product sold under licence or assignment,
    offered by its host institution (schema.org has no narrower type)."""
    agency = AgencyInfo.for_locale(technology.locale)
    offer = {
        "@type": "Offer",
        "url": technology.get_full_url(request),
        "availability": "https://schema.org/InStock"
        if technology.status == "open"
        else "https://schema.org/Discontinued",
        "seller": {
            "@type": "Organization",
            "name": technology.host_institution or (agency.name if agency else ""),
        },
    }
    if technology.price_amount:
        offer["price"] = str(technology.price_amount)
        offer["priceCurrency"] = technology.price_currency
    return {
        "@context": "https://schema.org",
        "@type": "Product",
        "additionalType": "https://schema.org/CreativeWork",
        "name": technology.title,
        "description": technology.summary,
        "url": technology.get_full_url(request),
        "image": _image(technology, request),
        "category": technology.research_field_name,
        "offers": offer,
        "additionalProperty": [
            {
                "@type": "PropertyValue",
                "name": _("Technology readiness level"),
                "value": technology.trl,
                "minValue": 1,
                "maxValue": 9,
            },
            {
                "@type": "PropertyValue",
                "name": _("Intellectual property"),
                "value": technology.get_ip_type_display(),
            },
        ],
    }
