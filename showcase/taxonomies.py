"""The showcase's taxonomies: OCOP product groups, research fields, communes and wards."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail_localize.fields import SynchronizedField

from core.addresses import Province
from core.snippets import Taxonomy


class ProductGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("OCOP product group")
        verbose_name_plural = _("OCOP product groups")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_product_group_slug_per_locale"
            )
        ]


class ResearchField(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("research field")
        verbose_name_plural = _("research fields")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_research_field_slug_per_locale"
            )
        ]


class Commune(Taxonomy):
    """A commune or ward (the level below the province since July 2025)."""

    province = models.CharField(_("province or city"), max_length=32, choices=Province.choices)

    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("province")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("commune or ward")
        verbose_name_plural = _("communes and wards")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_commune_slug_per_locale"
            )
        ]
