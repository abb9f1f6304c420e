"""The news section's taxonomies: topics of articles, issuing bodies and types of documents.

Kept apart from the page models so that feeds and views can use them without the pages.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.snippets import Taxonomy


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
