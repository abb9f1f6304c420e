"""Translatable taxonomies (topics, issuing bodies, product groups, communes...).

Pages point at the default-language (Vietnamese) record, which wagtail-localize copies
unchanged into translations; templates show the record's translation in the reader's
language. A stable ASCII slug, shared by every translation, keys URL filters.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from core.facts import FactsFromSourceMixin, FactsModelForm
from core.text import slugify_vi


def default_locale_only():
    """limit_choices_to for links to taxonomy snippets: offer the Vietnamese records only."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class LocalizedRecordsMixin(TranslatableMixin):
    """Records that pages link in the default language and readers see in theirs."""

    class Meta(TranslatableMixin.Meta):
        abstract = True

    @classmethod
    def translations_for(cls, records, locale: Locale | None = None) -> dict:
        """{translation_key: record in the given (or active) language}, in one query;
        a record without a translation stands for itself."""
        locale = locale or Locale.get_active()
        keys = {record.translation_key for record in records}
        if not keys:
            return {}
        found = {
            r.translation_key: r
            for r in cls._default_manager.filter(translation_key__in=keys, locale=locale)
        }
        return {
            key: found.get(key) or next(r for r in records if r.translation_key == key)
            for key in keys
        }

    @classmethod
    def localize_all(cls, records, locale: Locale | None = None) -> list:
        mapping = cls.translations_for(records, locale)
        return [mapping[record.translation_key] for record in records]


class Taxonomy(FactsFromSourceMixin, LocalizedRecordsMixin, models.Model):
    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        blank=True,
        allow_unicode=False,
        help_text=_("Used in addresses of filtered lists; made from the name when empty."),
    )

    override_translatable_fields = [SynchronizedField("slug")]
    base_form_class = FactsModelForm

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify_vi(self.name)[:80]
        super().save(*args, **kwargs)
