"""Shared models: user, image and document models, agency identity, base page."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from core.addresses import AddressFields
from core.facts import FactsFromSourceMixin, FactsFromSourcePageMixin, FactsModelForm, FactsPageForm
from core.outbox import MailOutage, OutgoingEmail  # noqa: F401 - models of this app
from core.schedule import ScheduledRun  # noqa: F401 - a model of this app
from core.search import folded_search_fields
from core.text import slugify_vi
from core.widgets import VietnameseSlugInput


class User(AbstractUser):
    """Custom from the first migration: changing the user model later loses data."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"


class CustomImage(AbstractImage):
    """Wagtail's image with a credit, and its alt text and credit in every language.

    The default language's texts are Wagtail's `description` (the alt text) and `credit`;
    the other languages' are in `localized_texts` ({"en": {"alt": …, "credit": …}}),
    edited on the image form (core.uploads.ImageForm). Read them through `alt_for` and
    `credit_for`, which fall back to the default language.
    """

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or source, shown under the image."),
    )
    # Named so: Wagtail sets a `decorative` attribute on every instance (ImageBlock).
    is_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_(
            "Only decoration, telling readers nothing: screen readers skip it (empty alt text)."
        ),
    )
    localized_texts = models.JSONField(_("texts in other languages"), default=dict, blank=True)

    admin_form_fields = (
        "title",
        "file",
        "description",
        "is_decorative",
        "credit",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )
    # Image texts by kind: the field holding the default language's, for the fallback.
    TEXT_FIELDS = {"alt": "description", "credit": "credit"}

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def text_for(self, kind: str, language: str | None = None) -> str:
        """The image's `kind` text ("alt" or "credit") in `language` (default: the active
        one), else in the default language."""
        language = language or get_language()
        if language != settings.LANGUAGE_CODE:
            text = (self.localized_texts or {}).get(language, {}).get(kind, "")
            if text:
                return text
        return getattr(self, self.TEXT_FIELDS[kind])

    def set_text(self, kind: str, language: str, text: str) -> None:
        """Store the image's `kind` text in `language` (empty: none in that language)."""
        if language == settings.LANGUAGE_CODE:
            setattr(self, self.TEXT_FIELDS[kind], text)
            return
        texts = {**(self.localized_texts or {})}
        in_language = {**texts.get(language, {}), kind: text}
        texts[language] = {key: value for key, value in in_language.items() if value}
        self.localized_texts = {code: value for code, value in texts.items() if value}

    def alt_for(self, language: str | None = None) -> str:
        """The alt text; empty for a decorative image, the title when none was written."""
        if self.is_decorative:
            return ""
        return self.text_for("alt", language) or self.title

    def credit_for(self, language: str | None = None) -> str:
        return self.text_for("credit", language)

    @property
    def default_alt_text(self):
        # Wagtail's own rendering (renditions' alt, the API, the rich text editor) reads
        # this: the active language's text.
        return self.alt_for()

    @property
    def credit_text(self) -> str:
        """The credit in the active language, for templates."""
        return self.credit_for()


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    admin_form_fields = WagtailDocument.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class AgencyInfo(FactsFromSourceMixin, TranslatableMixin, AddressFields, models.Model):
    """The agency's name, logo and contacts shown in the header and footer of every page.

    A translatable snippet (one record, translated into each language) shown under
    Settings in the admin: Wagtail's own settings models cannot be translated.
    """

    name = models.CharField(
        _("agency name"),
        max_length=255,
        help_text=_("For example: Sở Khoa học và Công nghệ tỉnh Hưng Yên."),
    )
    parent_body = models.CharField(
        _("governing body"),
        max_length=255,
        blank=True,
        help_text=_("Shown above the name, e.g. Ủy ban nhân dân tỉnh Hưng Yên."),
    )
    logo = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Square image; the default emblem is used when empty."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    working_hours = models.TextField(
        _("working hours"),
        blank=True,
        help_text=_("One line per period, e.g. Monday to Friday: 7:30–11:30, 13:30–17:00."),
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    zalo_url = models.URLField(_("Zalo official account"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("personal data policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every form that collects personal data, and the footer."),
    )
    footer_note = models.TextField(
        _("footer note"),
        blank=True,
        help_text=_("Licence and the person responsible for the content, as the law requires."),
    )

    base_form_class = FactsModelForm
    panels = [
        MultiFieldPanel(
            [FieldPanel("parent_body"), FieldPanel("name"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [FieldPanel("street_address"), FieldPanel("commune"), FieldPanel("province")],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("working_hours")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url"), FieldPanel("zalo_url")],
            heading=_("Social links"),
        ),
        FieldPanel("privacy_page"),
        FieldPanel("footer_note"),
    ]

    # Contacts are the same in every language; only names and texts are translated.
    override_translatable_fields = [
        SynchronizedField("logo"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("province"),
        SynchronizedField("facebook_url"),
        SynchronizedField("youtube_url"),
        SynchronizedField("zalo_url"),
        SynchronizedField("privacy_page"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("agency information")
        verbose_name_plural = _("agency information")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        others = AgencyInfo.objects.exclude(translation_key=self.translation_key)
        if others.exists():
            raise ValidationError(
                _("The agency information already exists: edit it or translate it instead.")
            )

    CACHE_KEY = "agency-info:{language}"

    @classmethod
    def for_locale(cls, locale: Locale | None = None):
        """The record in the given (or active) language, else the default language's.

        Shown on every page, so it is cached until the next edit (see core.signals).
        """
        language = locale.language_code if locale else get_language()
        key = cls.CACHE_KEY.format(language=language)
        found = cache.get(key)
        if found is None:
            records = {
                info.locale.language_code: info
                for info in cls.objects.select_related("logo", "locale", "privacy_page")
            }
            found = (
                records.get(language)
                or records.get(settings.LANGUAGE_CODE)
                or next(iter(records.values()), None)
                or False
            )
            cache.set(key, found, 300)
        return found or None

    @classmethod
    def clear_cache(cls):
        cache.delete_many(
            [cls.CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES]
        )


class BasePage(FactsFromSourcePageMixin, Page):
    """Every page type's base: ASCII slugs folded from Vietnamese, listing and social fields;
    language-independent facts come from the Vietnamese version (core.facts)."""

    base_form_class = FactsPageForm

    listing_summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_(
            "Shown on cards and lists; also the description for search engines when that is empty."
        ),
    )
    listing_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("image for cards and sharing"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug", widget=VietnameseSlugInput()),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
            ],
            heading=_("For search engines"),
        ),
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("For lists and social networks"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("For site menus")),
    ]

    class Meta:
        abstract = True

    def _set_core_field_defaults(self):
        # Wagtail slugifies titles with Django's slugify, which drops "đ" entirely
        # ("Đào tạo" -> "ao-tao"); fold Vietnamese first.
        if not self.slug and self.path:
            base_slug = slugify_vi(self.title)
            if base_slug:
                self.slug = self._get_autogenerated_slug(base_slug)
        super()._set_core_field_defaults()

    @property
    def meta_description(self) -> str:
        # Index pages have an introduction: a better snippet than none at all.
        return self.search_description or self.listing_summary or getattr(self, "intro", "")

    @classmethod
    def get_search_fields(cls):
        # Every page type's text is indexed with a folded copy (see core.search).
        return folded_search_fields(super().get_search_fields())

    @property
    def social_image_for_sharing(self):
        """The picture social networks show: the listing image, else the page's own."""
        return self.listing_image or getattr(self, "featured_image", None)
