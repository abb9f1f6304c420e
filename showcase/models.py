"""The showcase: OCOP products and research results/technologies, and business inquiries.

Both kinds of entry share one concrete page table (ShowcaseEntryPage) that holds what the
index filters and counts on, so a listing with facet counts is a handful of queries
whatever the number of entries; each kind adds its own details in its own table.

The pages are the top of the section: they call the modules below them with themselves
as the argument (views, forms, filters, seo), and those never import this module. Fixed
lists are in showcase.choices, taxonomies in showcase.taxonomies, inquiries (a
core.submissions.PublicSubmission) in showcase.inquiries; showcase.blocks and the admin
(wagtail_hooks) sit above.
"""

import contextlib
from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.addresses import address_lines
from core.blocks import RICH_TEXT_FEATURES, DocumentBlock, ImageBlock, paragraph_block
from core.dates import add_months
from core.images import PageImageRenditionField
from core.models import BasePage
from core.routing import RoutesByPathMixin
from core.search import FoldedTextMixin
from core.snippets import default_locale_only
from core.validators import normalize_tax_code, validate_tax_code
from showcase.choices import (
    Currency,
    DecisionLevel,
    EntryKind,
    IPStatus,
    IPType,
    ProducerType,
    TechnologyStatus,
)
from showcase.filters import ShowcaseFilters
from showcase.forms import InquiryForm
from showcase.inquiries import Inquiry as Inquiry  # registered here, the app's models module
from showcase.inquiries import new_reference as new_reference  # showcase migration 0001
from showcase.seo import ocop_json_ld, technology_json_ld
from showcase.taxonomies import Commune, ProductGroup, ResearchField

OCOP_VALIDITY_MONTHS = 36


TRL_DESCRIPTIONS = {
    1: _("Basic principles observed"),
    2: _("Technology concept formulated"),
    3: _("Experimental proof of concept"),
    4: _("Technology validated in the laboratory"),
    5: _("Technology validated in a relevant environment"),
    6: _("Technology demonstrated in a relevant environment"),
    7: _("System prototype demonstrated in an operational environment"),
    8: _("System complete and qualified"),
    9: _("Actual system proven in operation"),
}
TRL_CHOICES = [
    (level, format_lazy("TRL {} – {}", level, text)) for level, text in TRL_DESCRIPTIONS.items()
]


def stars_for_score(score: int | None) -> int | None:
    """Decision 148/QĐ-TTg: 50–69 points, 3 stars; 70–89, 4 stars; 90–100, 5 stars."""
    if score is None or score < 50:
        return None
    if score < 70:
        return 3
    if score < 90:
        return 4
    return 5


def gallery_blocks():
    return [("image", ImageBlock())]


# --- Pages -----------------------------------------------------------------------------


class ShowcaseEntryPage(RoutesByPathMixin, FoldedTextMixin, BasePage):
    """What every showcase entry has, and everything the index filters and counts on."""

    # The index's text filter folds like site search: "nhan long" finds "Nhãn lồng".
    folded_text_fields = ("title", "summary")

    kind = models.CharField(_("kind"), max_length=20, choices=EntryKind.choices, editable=False)
    summary = models.TextField(_("summary"), max_length=800)
    image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    gallery = StreamField(gallery_blocks(), blank=True, verbose_name=_("image gallery"))
    commune = models.ForeignKey(
        Commune,
        verbose_name=_("commune or ward"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=default_locale_only,
    )
    # The contact notified of inquiries (a producer, a research institute's transfer office).
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    # Facets: OCOP products
    product_group = models.ForeignKey(
        ProductGroup,
        verbose_name=_("product group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=default_locale_only,
    )
    stars = models.PositiveSmallIntegerField(_("stars"), null=True, blank=True, editable=False)
    expiry_date = models.DateField(
        _("recognition valid until"), null=True, blank=True, editable=False
    )
    # Facets: technologies
    research_field = models.ForeignKey(
        ResearchField,
        verbose_name=_("field"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=default_locale_only,
    )
    trl = models.PositiveSmallIntegerField(
        _("technology readiness level"), null=True, blank=True, choices=TRL_CHOICES
    )
    ip_type = models.CharField(
        _("intellectual property"), max_length=20, blank=True, choices=IPType.choices
    )
    status = models.CharField(
        _("status"), max_length=20, blank=True, choices=TechnologyStatus.choices
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField(
            "image_thumbnail", serializer=PageImageRenditionField("fill-640x360", source="image")
        ),
        # Contacts stay off the API: inquiries go through the form, and a household
        # producer's phone is personal data.
        APIField("commune_name"),
    ]
    override_translatable_fields = [
        SynchronizedField("image"),
        SynchronizedField("commune"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("product_group"),
        SynchronizedField("research_field"),
        SynchronizedField("trl"),
        SynchronizedField("ip_type"),
        SynchronizedField("status"),
    ]

    parent_page_types = ["showcase.ShowcaseIndexPage"]
    subpage_types: list[str] = []
    subpage_routes = "showcase.routes.entry_routes"
    # Only the two kinds are created; this table is their shared part.
    is_creatable = False

    class Meta:
        verbose_name = _("showcase entry")
        verbose_name_plural = _("showcase entries")

    @classmethod
    def cards(cls):
        """Published entries with what a card shows (index listing, home page block)."""
        return (
            cls.objects.live()
            .public()
            .select_related("image", "product_group", "research_field", "commune")
        )

    @property
    def meta_description(self) -> str:
        return super().meta_description or self.summary

    @property
    def social_image_for_sharing(self):
        return self.listing_image or self.image

    @cached_property
    def localized_commune(self):
        """The commune in the page's language (looked up once per page object)."""
        return self.localized_taxonomy(self.commune)

    @property
    def commune_name(self) -> str:
        return self.localized_commune.name if self.commune else ""

    @property
    def is_expired(self) -> bool:
        return bool(self.expiry_date and self.expiry_date < timezone.localdate())

    def localized_taxonomy(self, record):
        return type(record).localize_all([record], self.locale)[0] if record else None

    def get_context(self, request, *args, inquiry_form=None, inquiry_confirmation=None, **kwargs):
        """`inquiry_form`: the bound form to show again (with its errors);
        `inquiry_confirmation`: the inquiry just sent (see showcase.views.serve_entry)."""
        context = super().get_context(request, *args, **kwargs)
        context["commune"] = self.localized_commune
        context["inquiry_form"] = inquiry_form or InquiryForm(entry=self)
        context["inquiry_confirmation"] = inquiry_confirmation
        context["json_ld"] = self.json_ld(request)
        return context


class OcopProductPage(ShowcaseEntryPage):
    """An OCOP product, with the particulars of Decision 148/QĐ-TTg (2023)."""

    score = models.PositiveSmallIntegerField(
        _("evaluation score"),
        validators=[MinValueValidator(50), MaxValueValidator(100)],
        help_text=_("50–69 points: 3 stars; 70–89: 4 stars; 90–100: 5 stars."),
    )
    producer = models.CharField(_("producer"), max_length=255)
    producer_type = models.CharField(
        _("type of producer"), max_length=20, choices=ProducerType.choices
    )
    # A company's or cooperative's, or a household business's 12-digit personal ID.
    tax_code = models.CharField(
        _("tax code"),
        max_length=14,
        validators=[validate_tax_code],
        help_text=_(
            "10 digits (13 for a branch: 10 digits, a dash and 3 digits), or the 12-digit "
            "personal identification number of a household business."
        ),
    )
    # The producer's commune is the entry's (a facet); see address_lines.
    street_address = models.CharField(_("street address"), max_length=255, blank=True)
    website = models.URLField(_("website"), blank=True)
    decision_number = models.CharField(_("recognition decision number"), max_length=60)
    decision_date = models.DateField(_("recognition decision date"))
    decision_level = models.CharField(
        _("decision issued by"),
        max_length=20,
        choices=DecisionLevel.choices,
        help_text=_("3 and 4 stars: the provincial People's Committee; 5 stars: the ministry."),
    )
    description = StreamField(
        [
            ("paragraph", paragraph_block()),
            ("image", ImageBlock()),
        ],
        blank=True,
        verbose_name=_("description"),
    )
    specifications = models.TextField(_("specifications and packaging"), blank=True)
    price = models.CharField(
        _("indicative price"),
        max_length=120,
        blank=True,
        help_text=_("For example: 120.000 đồng/hộp 1 kg."),
    )
    where_to_buy = models.TextField(_("where to buy"), blank=True)
    traceability_url = models.URLField(_("traceability link"), blank=True)
    brochure = models.ForeignKey(
        "core.CustomDocument",
        verbose_name=_("brochure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("product_group"),
                FieldRowPanel([FieldPanel("score"), FieldPanel("decision_level")]),
                FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
                HelpPanel(
                    _(
                        "The star rating and the 36-month validity are computed from the "
                        "score and the decision date."
                    )
                ),
            ],
            heading=_("OCOP rating"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("producer"),
                FieldPanel("producer_type"),
                FieldPanel("tax_code"),
                FieldPanel("street_address"),
                FieldPanel("commune"),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
                FieldPanel("website"),
                FieldPanel("contact_name"),
            ],
            heading=_("Producer"),
        ),
        FieldPanel("image"),
        FieldPanel("description"),
        FieldPanel("specifications"),
        FieldPanel("price"),
        FieldPanel("where_to_buy"),
        FieldPanel("traceability_url"),
        FieldPanel("gallery"),
        FieldPanel("brochure"),
    ]
    search_fields = ShowcaseEntryPage.search_fields + [
        index.SearchField("producer"),
        index.SearchField("description"),
    ]
    api_fields = ShowcaseEntryPage.api_fields + [
        APIField("product_group_name"),
        APIField("stars"),
        APIField("score"),
        APIField("producer"),
        APIField("producer_type"),
        APIField("tax_code"),
        APIField("street_address"),
        APIField("website"),
        APIField("decision_number"),
        APIField("decision_date"),
        APIField("decision_level"),
        APIField("expiry_date"),
        APIField("specifications"),
        APIField("price"),
        APIField("where_to_buy"),
        APIField("traceability_url"),
    ]
    override_translatable_fields = ShowcaseEntryPage.override_translatable_fields + [
        SynchronizedField("score"),
        SynchronizedField("producer_type"),
        SynchronizedField("tax_code"),
        SynchronizedField("website"),
        SynchronizedField("decision_number"),
        SynchronizedField("decision_date"),
        SynchronizedField("decision_level"),
        SynchronizedField("traceability_url"),
        SynchronizedField("brochure"),
    ]
    template = "pages/ocop_product_page.html"

    class Meta:
        verbose_name = _("OCOP product")
        verbose_name_plural = _("OCOP products")

    @property
    def product_group_name(self) -> str:
        group = self.localized_taxonomy(self.product_group)
        return group.name if group else ""

    def clean(self):
        super().clean()
        if self.tax_code:
            # One stored form ('0100109106-001'); a wrong code is reported by its validator.
            with contextlib.suppress(ValidationError):
                self.tax_code = normalize_tax_code(self.tax_code)
        stars = stars_for_score(self.score)
        if stars == 5 and self.decision_level == DecisionLevel.PROVINCIAL:
            raise ValidationError(
                {
                    "decision_level": _(
                        "Five-star products are recognised by the ministry, not the province."
                    )
                }
            )
        if stars in (3, 4) and self.decision_level == DecisionLevel.NATIONAL:
            raise ValidationError(
                {
                    "decision_level": _(
                        "Three- and four-star products are recognised by the provincial People's "
                        "Committee."
                    )
                }
            )

    def save(self, *args, **kwargs):
        self.kind = EntryKind.OCOP
        self.stars = stars_for_score(self.score)
        if self.decision_date:
            self.expiry_date = add_months(self.decision_date, OCOP_VALIDITY_MONTHS)
        super().save(*args, **kwargs)

    def json_ld(self, request):
        return ocop_json_ld(self, request)

    @cached_property
    def address_lines(self) -> list[str]:
        """The producer's address, its commune and province in the page's language."""
        commune = self.localized_commune
        return address_lines(
            self.street_address,
            commune.name if commune else "",
            commune.get_province_display() if commune else "",
        )


class TechnologyPage(ShowcaseEntryPage):
    """A research result or technology offered for transfer, or already commercialized."""

    advantages = RichTextField(_("advantages"), blank=True, features=RICH_TEXT_FEATURES)
    applications = RichTextField(_("applications"), blank=True, features=RICH_TEXT_FEATURES)
    ip_number = models.CharField(_("protection number"), max_length=60, blank=True)
    ip_status = models.CharField(
        _("protection status"), max_length=20, blank=True, choices=IPStatus.choices
    )
    project = models.CharField(_("research project"), max_length=400, blank=True)
    project_code = models.CharField(_("project code"), max_length=60, blank=True)
    host_institution = models.CharField(_("host institution"), max_length=255, blank=True)
    # Translated: academic titles differ by language (PGS.TS. / Assoc. Prof. Dr.).
    authors = models.CharField(_("authors"), max_length=400, blank=True)
    state_funded = models.BooleanField(_("funded by the state budget"), default=False)
    # Transfer modes, in the terms of the Law on Technology Transfer.
    transfer_license = models.BooleanField(_("licence of use (non-exclusive)"), default=False)
    transfer_exclusive_license = models.BooleanField(_("exclusive licence of use"), default=False)
    transfer_assignment = models.BooleanField(_("assignment of ownership"), default=False)
    transfer_capital = models.BooleanField(_("capital contribution"), default=False)
    transfer_consulting = models.BooleanField(
        _("technical consultancy and training"), default=False
    )
    price_amount = models.DecimalField(
        _("indicative price"), max_digits=15, decimal_places=0, null=True, blank=True
    )
    price_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.VND
    )
    price_negotiable = models.BooleanField(_("price negotiable"), default=False)
    story_partner = models.CharField(_("partner business"), max_length=255, blank=True)
    story_year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    story_outcome = models.TextField(_("outcome"), blank=True)
    documents = StreamField(
        [
            ("document", DocumentBlock()),
        ],
        blank=True,
        verbose_name=_("documents"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("research_field"),
        FieldPanel("image"),
        FieldPanel("advantages"),
        FieldPanel("applications"),
        MultiFieldPanel(
            [
                FieldPanel("trl"),
                FieldRowPanel(
                    [FieldPanel("ip_type"), FieldPanel("ip_number"), FieldPanel("ip_status")]
                ),
            ],
            heading=_("Maturity and protection"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("project"),
                FieldPanel("project_code"),
                FieldPanel("host_institution"),
                FieldPanel("authors"),
                FieldPanel("state_funded"),
            ],
            heading=_("Origin"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("transfer_license"),
                FieldPanel("transfer_exclusive_license"),
                FieldPanel("transfer_assignment"),
                FieldPanel("transfer_capital"),
                FieldPanel("transfer_consulting"),
                FieldRowPanel([FieldPanel("price_amount"), FieldPanel("price_currency")]),
                FieldPanel("price_negotiable"),
            ],
            heading=_("Transfer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("story_partner"),
                FieldPanel("story_year"),
                FieldPanel("story_outcome"),
            ],
            heading=_("Status and success story"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("commune"),
            ],
            heading=_("Contact for businesses"),
        ),
        FieldPanel("gallery"),
        FieldPanel("documents"),
    ]
    search_fields = ShowcaseEntryPage.search_fields + [
        index.SearchField("advantages"),
        index.SearchField("applications"),
        index.SearchField("host_institution"),
        index.SearchField("authors"),
    ]
    api_fields = ShowcaseEntryPage.api_fields + [
        APIField("research_field_name"),
        APIField("advantages"),
        APIField("applications"),
        APIField("trl"),
        APIField("ip_type"),
        APIField("ip_number"),
        APIField("ip_status"),
        APIField("project"),
        APIField("project_code"),
        APIField("host_institution"),
        APIField("authors"),
        APIField("state_funded"),
        APIField("transfer_modes"),
        APIField("price_amount"),
        APIField("price_currency"),
        APIField("price_negotiable"),
        APIField("status"),
        APIField("story_partner"),
        APIField("story_year"),
        APIField("story_outcome"),
    ]
    override_translatable_fields = ShowcaseEntryPage.override_translatable_fields + [
        SynchronizedField("ip_number"),
        SynchronizedField("ip_status"),
        SynchronizedField("project_code"),
        SynchronizedField("state_funded"),
        SynchronizedField("transfer_license"),
        SynchronizedField("transfer_exclusive_license"),
        SynchronizedField("transfer_assignment"),
        SynchronizedField("transfer_capital"),
        SynchronizedField("transfer_consulting"),
        SynchronizedField("price_amount"),
        SynchronizedField("price_currency"),
        SynchronizedField("price_negotiable"),
        SynchronizedField("story_year"),
    ]
    template = "pages/technology_page.html"

    class Meta:
        verbose_name = _("research result or technology")
        verbose_name_plural = _("research results and technologies")

    TRANSFER_FIELDS = [
        "transfer_license",
        "transfer_exclusive_license",
        "transfer_assignment",
        "transfer_capital",
        "transfer_consulting",
    ]

    @property
    def transfer_modes(self) -> list[str]:
        return [
            name.removeprefix("transfer_") for name in self.TRANSFER_FIELDS if getattr(self, name)
        ]

    @property
    def transfer_mode_labels(self) -> list[str]:
        return [
            str(self._meta.get_field(name).verbose_name)  # type: ignore[union-attr]
            for name in self.TRANSFER_FIELDS
            if getattr(self, name)
        ]

    @property
    def research_field_name(self) -> str:
        field = self.localized_taxonomy(self.research_field)
        return field.name if field else ""

    @property
    def trl_description(self):
        return TRL_DESCRIPTIONS.get(self.trl, "")

    def clean(self):
        super().clean()
        registrable = (IPType.PATENT, IPType.UTILITY_SOLUTION, IPType.PLANT_VARIETY)
        if self.ip_type in registrable and not self.ip_status:
            raise ValidationError({"ip_status": _("Say whether protection is filed or granted.")})
        if not (self.price_amount or self.price_negotiable):
            raise ValidationError(
                {"price_amount": _("Give an indicative price or tick “price negotiable”.")}
            )

    def save(self, *args, **kwargs):
        self.kind = EntryKind.TECHNOLOGY
        super().save(*args, **kwargs)

    def json_ld(self, request):
        return technology_json_ld(self, request)


class ShowcaseIndexPage(RoutesByPathMixin, BasePage):
    """The showcase of one language: filters with counts, open data downloads."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["showcase.OcopProductPage", "showcase.TechnologyPage"]
    max_count_per_parent = 1
    template = "pages/showcase_index_page.html"
    subpage_routes = "showcase.routes.index_routes"

    class Meta:
        verbose_name = _("showcase index")
        verbose_name_plural = _("showcase indexes")

    def entries(self):
        """This index's published entries: the section's queryset (filters, open data)."""
        return ShowcaseEntryPage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(ShowcaseFilters(self, request).context())
        return context

    def open_data_rows(self, request) -> list[dict]:
        """Published entries of this language as plain dicts (no personal data)."""
        entries = self.entries()
        ocop = {p.pk: p for p in OcopProductPage.objects.filter(pk__in=entries)}
        technologies = {p.pk: p for p in TechnologyPage.objects.filter(pk__in=entries)}
        names = {}
        for model in (Commune, ProductGroup, ResearchField):
            for record in model.objects.filter(locale=self.locale):
                names[(model, record.translation_key)] = record.name
        return [
            open_data_row(entry, request, ocop.get(entry.pk), technologies.get(entry.pk), names)
            for entry in entries.select_related(
                "commune", "product_group", "research_field"
            ).order_by("title")
        ]


def open_data_row(entry, request, product, technology, names) -> dict:
    """One entry of the open data download; `names` maps (taxonomy, key) to a name."""
    category = entry.product_group or entry.research_field
    tech = technology
    return {
        "kind": entry.kind,
        "title": entry.title,
        "url": entry.get_full_url(request),
        "summary": entry.summary,
        "category": names.get((type(category), category.translation_key), "") if category else "",
        "stars": entry.stars,
        "score": product.score if product else None,
        "producer": product.producer if product else "",
        "commune": names.get((Commune, entry.commune.translation_key), "") if entry.commune else "",
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
        "last_published": entry.last_published_at.isoformat() if entry.last_published_at else "",
    }
