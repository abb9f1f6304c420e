"""The events calendar: fairs, matchmaking events, workshops and trainings, with
registration for businesses that never overbooks (see events.registration).

Dependencies run one way: this module imports the section's leaves (events.choices,
events.seo, events.panels) and core; views, forms, the seat rules, the .ics builder, tasks
and signals import it. The pages' sub-URLs are therefore named by dotted path (events.routes)."""

import hashlib
import uuid
from typing import Any
from urllib.parse import quote_plus

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.addresses import AddressFields
from core.blocks import DocumentBlock, content_blocks
from core.dates import add_months, local_moment
from core.facts import is_source
from core.models import BasePage
from core.routing import RoutesByPathMixin
from core.submissions import REDACTED, PublicSubmission, reference_code
from events.choices import EventStatus, EventType, RegistrantType, RegistrationStatus
from events.panels import RegistrationsPanel
from events.seo import event_json_ld


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Time"))
    title = blocks.CharBlock(label=_("Session"))
    speaker = blocks.CharBlock(label=_("Speaker"), required=False)

    class Meta:
        icon = "time"
        label = _("Session")


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"))
    role = blocks.CharBlock(label=_("Position and organization"), required=False)
    photo = ImageChooserBlock(label=_("Photo"), required=False)

    class Meta:
        icon = "user"
        label = _("Speaker")


class EventPageQuerySet(PageQuerySet):
    def listed(self):
        """Live, public events in calendar order: what the calendar, its feed and the home
        page's block list."""
        return self.live().public().select_related("listing_image").order_by("start", "pk")

    def upcoming(self):
        """Not over yet (an event under way is still upcoming)."""
        return self.filter(end__gte=timezone.now())

    def past(self):
        return self.filter(end__lt=timezone.now())

    def registration_sources(self):
        """The versions that hold registrations (default language, see registration_source):
        what staff choose an event from."""
        return self.filter(locale=Locale.get_default())


class EventIndexPage(RoutesByPathMixin, BasePage):
    """The calendar of one language: upcoming list, month view, archive, iCalendar feed."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    template = "pages/event_index_page.html"
    subpage_routes = "events.routes.event_index_routes"

    class Meta:
        verbose_name = _("events calendar")
        verbose_name_plural = _("events calendars")

    def events(self):
        return EventPage.objects.child_of(self).listed()


class EventPage(RoutesByPathMixin, AddressFields, BasePage):
    event_type = models.CharField(_("type"), max_length=20, choices=EventType.choices)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    all_day = models.BooleanField(
        _("all-day event"), default=False, help_text=_("Times are ignored; the dates are shown.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_note = models.CharField(
        _("note on the status"),
        max_length=255,
        blank=True,
        help_text=_("For a postponed or cancelled event: what happens next."),
    )
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(content_blocks(), blank=True, verbose_name=_("description"))
    venue_name = models.CharField(_("venue"), max_length=255, blank=True)
    # street_address, commune and province: AddressFields.
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("For online or hybrid events.")
    )
    organizer = models.CharField(_("organizer"), max_length=255)
    co_organizers = models.CharField(_("co-organizers"), max_length=500, blank=True)
    fee = models.PositiveIntegerField(_("fee (VND)"), default=0, help_text=_("0 for a free event."))
    agenda = StreamField([("session", AgendaItemBlock())], blank=True, verbose_name=_("agenda"))
    speakers = StreamField([("speaker", SpeakerBlock())], blank=True, verbose_name=_("speakers"))
    documents = StreamField(
        [("document", DocumentBlock())], blank=True, verbose_name=_("documents")
    )
    # Registration: these belong to the event, not to one language version; the
    # default-language page's values count (see registration_source).
    registration_enabled = models.BooleanField(_("online registration"), default=True)
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    max_per_registration = models.PositiveSmallIntegerField(
        _("maximum attendees per registration"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    waitlist_enabled = models.BooleanField(_("waiting list when full"), default=True)
    # iCalendar identity: a stable UID and a sequence raised when the event changes.
    ical_uid = models.UUIDField(default=uuid.uuid4, editable=False)
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)
    ical_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("status_note")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("street_address"),
                FieldPanel("commune"),
                FieldPanel("province"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("agenda"),
        FieldPanel("speakers"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [FieldPanel("organizer"), FieldPanel("co_organizers"), FieldPanel("fee")],
            heading=_("Organizers and fee"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("max_per_registration")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
                FieldPanel("waitlist_enabled"),
            ],
            heading=_("Registration"),
        ),
        RegistrationsPanel(heading=_("Registrations so far"), icon="group"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.FilterField("start"),
    ]
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "event_type",
            "start",
            "end",
            "all_day",
            "status",
            "province",
            "latitude",
            "longitude",
            "online_url",
            "fee",
            "registration_enabled",
            "capacity",
            "max_per_registration",
            "registration_opens",
            "registration_closes",
            "waitlist_enabled",
            # One calendar identity: every language's feed gives the same UID and SEQUENCE.
            "ical_uid",
            "ical_sequence",
            "ical_fingerprint",
        )
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []
    template = "pages/event_page.html"
    subpage_routes = "events.routes.event_page_routes"

    objects = PageManager.from_queryset(EventPageQuerySet)()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start"])]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes < self.registration_opens
        ):
            raise ValidationError(
                {"registration_closes": _("Registration cannot close before it opens.")}
            )
        if self.registration_enabled and not self.capacity:
            raise ValidationError(
                {"capacity": _("Give the number of seats, or turn online registration off.")}
            )

    def save(self, *args, **kwargs):
        # Translations take the sequence from the Vietnamese version (core.facts).
        if not kwargs.get("update_fields") and is_source(self):
            fingerprint = self.compute_fingerprint()
            if self.ical_fingerprint and fingerprint != self.ical_fingerprint:
                self.ical_sequence += 1
            self.ical_fingerprint = fingerprint
        super().save(*args, **kwargs)

    def compute_fingerprint(self) -> str:
        """What calendar applications must be told about when it changes."""
        parts = [
            self.title,
            self.start,
            self.end,
            self.all_day,
            self.status,
            self.venue_name,
            self.street_address,
            self.commune,
            self.province,
            self.online_url,
        ]
        return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()

    # --- Derived information --------------------------------------------------------

    @property
    def meta_description(self) -> str:
        return super().meta_description or self.summary

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not self.venue_name

    @property
    def is_hybrid(self) -> bool:
        return bool(self.online_url) and bool(self.venue_name)

    @property
    def address_lines(self) -> list[str]:
        """The venue's name, then its address (AddressFields)."""
        return (
            [self.venue_name, *super().address_lines] if self.venue_name else super().address_lines
        )

    @property
    def map_url(self) -> str:
        """An OpenStreetMap link (no script, no embed)."""
        if self.latitude is not None and self.longitude is not None:
            return (
                f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
                f"#map=17/{self.latitude}/{self.longitude}"
            )
        # The address alone finds the place; a venue name without one is the best left.
        address = ", ".join(super().address_lines or self.address_lines)
        return (
            f"https://www.openstreetmap.org/search?query={quote_plus(address)}" if address else ""
        )

    @property
    def local_start(self):
        """The start as readers see it: a local date if all-day, else a local date and time.
        Pages, JSON-LD, .ics files and emails all show this (core.dates)."""
        return local_moment(self.start, all_day=self.all_day)

    @property
    def local_end(self):
        return local_moment(self.end, all_day=self.all_day)

    @property
    def is_multi_day(self) -> bool:
        return local_moment(self.start, all_day=True) != local_moment(self.end, all_day=True)

    def registration_source(self) -> "EventPage":
        """The version of this event whose seats and registrations count (default language)."""
        if self.locale_id == Locale.get_default().pk:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self

    def registration_totals(self) -> dict[str, dict[str, int]]:
        """Registrations and attendees per status, in every language version of the event:
        the one count behind the seats taken and the staff's totals."""
        totals: dict[str, dict[str, int]] = {
            status: {"registrations": 0, "attendees": 0} for status in RegistrationStatus.values
        }
        rows = (
            Registration.objects.filter(event__translation_key=self.translation_key)
            .values("status")
            .annotate(registrations=Count("pk"), attendees=Sum("attendees"))
        )
        for row in rows:
            totals[row["status"]] = {
                "registrations": row["registrations"],
                "attendees": row["attendees"] or 0,
            }
        return totals

    def seats_taken(self) -> int:
        """Seats held by confirmed registrations: behind the page's words and the rule that
        never overbooks."""
        return self.registration_totals()[RegistrationStatus.CONFIRMED]["attendees"]

    def registration_state(self, now=None) -> dict:
        """Where registration stands (counted on the default-language version), for the
        page's words and for refusing a POST."""
        event = self.registration_source()
        now = now or timezone.now()
        taken = event.seats_taken() if event.capacity else 0
        left = max((event.capacity or 0) - taken, 0)
        state: dict[str, Any] = {
            "capacity": event.capacity,
            "taken": taken,
            "left": left,
            "closes": event.registration_closes,
            "opens": event.registration_opens,
            "open": False,
            "waitlist": False,
            "reason": None,
        }
        if not event.registration_enabled or not event.capacity:
            state["reason"] = "none"
        elif event.status == EventStatus.CANCELLED:
            state["reason"] = "cancelled"
        elif event.end < now or (event.registration_closes and event.registration_closes < now):
            state["reason"] = "closed"
        elif event.registration_opens and event.registration_opens > now:
            state["reason"] = "not_yet"
        elif left > 0:
            state["open"] = True
        elif event.waitlist_enabled:
            state["waitlist"] = True
        else:
            state["reason"] = "full"
        return state

    def get_context(self, request, *args, **kwargs):
        # The registration form and result come from events.views.serve_event.
        context = super().get_context(request, *args, **kwargs)
        state = self.registration_state()
        context["registration"] = state
        context["json_ld"] = event_json_ld(self, request, state)
        return context


class RegistrationLock(models.Model):
    """One row per event, outside the page (whose fields revisions overwrite).

    Every path that takes seats updates it first, inside the transaction, which
    serialises them (a row lock on PostgreSQL, the write lock on SQLite). It also records
    which status change registrants have been told about."""

    event_key = models.UUIDField(unique=True)
    touched_at = models.DateTimeField(default=timezone.now)
    notified_status = models.CharField(max_length=20, blank=True)

    def __str__(self):
        return str(self.event_key)


def new_code() -> str:
    return reference_code("DK-")


class Registration(PublicSubmission):
    """A business's registration for an event (personal data; see due_for_anonymization)."""

    code = models.CharField(
        _("registration code"), max_length=20, unique=True, default=new_code, editable=False
    )
    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    status = models.CharField(_("status"), max_length=20, choices=RegistrationStatus.choices)
    registrant_type = models.CharField(
        _("type of registrant"),
        max_length=20,
        choices=RegistrantType.choices,
        default=RegistrantType.ORGANIZATION,
    )
    # Vietnam for the Vietnamese types; the registrant's own for a foreign one.
    country = CountryField(verbose_name=_("country"), blank=True)
    # Optional for an individual (events.forms.RegistrantFields).
    organization = models.CharField(_("organization"), max_length=200, blank=True)
    # An organization's tax code, or the personal identification number of a household
    # business or an individual (their tax code since 1 July 2025); empty if foreign.
    tax_code = models.CharField(_("tax code"), max_length=14, blank=True)
    sector = models.CharField(_("sector"), max_length=120, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=120)
    position = models.CharField(_("position"), max_length=120, blank=True)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=20)
    attendees = models.PositiveSmallIntegerField(_("attendees"))
    booth_requested = models.BooleanField(_("booth requested"), default=False)
    products = models.TextField(_("products to exhibit"), blank=True, max_length=1000)
    note = models.TextField(_("note"), blank=True, max_length=1000)
    # Language, consent, form token, anonymized: core.submissions.PublicSubmission; these
    # two keep their own words, beside the optional consent to news.
    consent = models.BooleanField(_("consent: handling this registration"))
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, db_index=True)
    news_consent = models.BooleanField(_("consent: news of future events"), default=False)
    news_consent_at = models.DateTimeField(_("news consent given at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    promoted_at = models.DateTimeField(
        _("promoted from the waiting list at"), null=True, blank=True
    )
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)

    reference_field = "code"
    # The cancel link's salt since the first emails: links already sent keep working.
    token_salt = "events.registration.cancel"
    personal_data = {
        "organization": REDACTED,
        "tax_code": "",
        "sector": "",
        "contact_name": REDACTED,
        "position": "",
        "email": "anonymized@invalid",
        "phone": "",
        "products": "",
        "note": "",
        "news_consent": False,
    }

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # One active registration per business and event, even under concurrency.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled") & Q(anonymized=False),
                name="one_active_registration_per_email",
            ),
            models.UniqueConstraint(
                fields=["event", "tax_code"],
                # Foreign registrants have no Vietnamese number.
                condition=~Q(status="cancelled") & Q(anonymized=False) & ~Q(tax_code=""),
                name="one_active_registration_per_tax_code",
            ),
        ]

    def __str__(self):
        return f"{self.code} – {self.organization or self.contact_name}"

    @classmethod
    def due_for_anonymization(cls, now):
        """REGISTRATION_RETENTION_MONTHS after the event ended."""
        cutoff = add_months(now, -settings.REGISTRATION_RETENTION_MONTHS)
        return cls.objects.filter(event__end__lt=cutoff)

    def waitlist_position(self) -> int | None:
        if self.status != RegistrationStatus.WAITLISTED:
            return None
        return (
            Registration.objects.filter(
                event=self.event,
                status=RegistrationStatus.WAITLISTED,
            )
            .filter(
                Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
            )
            .count()
            + 1
        )
