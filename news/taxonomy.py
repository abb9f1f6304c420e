"""The news section's taxonomies: topics of articles, issuing bodies and types of documents.

Kept apart from the page models so that feeds and views can use them without the pages.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from core.facts import FactsFromSourceMixin, FactsModelForm
from core.snippets import LocalizedRecordsMixin, Taxonomy
from core.text import slugify_vi


class Topic(Taxonomy):
    description = models.TextField(_("description"), blank=True)

    class Meta(Taxonomy.Meta):
        app_label = "news"
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]


class IssuingBody(Taxonomy):
    class Meta(Taxonomy.Meta):
        app_label = "news"
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing bodies")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_issuer_slug_per_locale")
        ]


class NewsTag(FactsFromSourceMixin, LocalizedRecordsMixin, TagBase):
    """A tag of articles. Articles carry the Vietnamese tag (translations copy it); readers
    see its translation. The ASCII slug, shared by every translation, keys ``?tag=``."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False)

    override_translatable_fields = [SynchronizedField("slug")]
    base_form_class = FactsModelForm

    class Meta(TranslatableMixin.Meta):
        app_label = "news"
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="unique_tag_name_per_locale"),
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_tag_slug_per_locale"),
        ]

    def slugify(self, tag, i=None):
        """Folded like every slug of the site (taggit would keep the diacritics)."""
        slug = slugify_vi(tag)[:96]
        return f"{slug}-{i}" if i is not None else slug


class DocumentType(models.TextChoices):
    DECISION = "decision", _("Decision")
    PLAN = "plan", _("Plan")
    DIRECTIVE = "directive", _("Directive")
    OFFICIAL_LETTER = "official_letter", _("Official letter")
    NOTICE = "notice", _("Notice")
    REPORT = "report", _("Report")
    RESOLUTION = "resolution", _("Resolution")
    DECREE = "decree", _("Decree")
    CIRCULAR = "circular", _("Circular")
    OTHER = "other", _("Other document")
