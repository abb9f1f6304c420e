"""One fact in every language: language-independent fields come from the Vietnamese page.

A fact is a field wagtail-localize synchronises rather than translates (dates, status,
seats, fee, stars, document numbers, links, images; see each model's
``override_translatable_fields``). wagtail-localize copies them only when someone presses
"Sync translated pages", so a correction in Vietnamese used to stay wrong in English.
Here the default-language version is the only source of facts:

- when it is published, its facts are copied into every translation in the same
  transaction (the live row and the latest draft), the fields wagtail-localize itself
  lists as synchronised (``copy_facts``), so the English page, its feeds, JSON-LD, calendar and
  the emails that read it change in that publish;
- whenever a translation is saved or a revision of it is made (the translation editor,
  the page editor, code), its facts are taken from the source first, so nobody can
  change them on the English side; the admin form shows them read-only there;
- the translation editor offers no per-language override for them.

Snippets (agency information, taxonomies) follow the same rule without revisions.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.managers import TaggableManager
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import Locale, Page
from wagtail.signals import page_published
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

READ_ONLY_HELP = _(
    "Set on the Vietnamese version and copied here when that is published: edit it there."
)


def fact_names(model) -> list[str]:
    """The model's facts: the fields wagtail-localize synchronises."""
    return [
        field.field_name
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField)
    ]


def copy_facts(source, target) -> None:
    """Copy the facts only. (wagtail-localize's copy_synchronised_fields also copies the
    structure of StreamFields and empty texts, to be filled with translated segments next:
    used alone it would put Vietnamese text into the English page.)"""
    for name in fact_names(type(source)):
        field = type(target)._meta.get_field(name)
        if isinstance(field, TaggableManager):
            continue  # its rows are the synchronised child relation (tagged_items)
        if isinstance(field, models.ManyToOneRel) and isinstance(field.remote_field, ParentalKey):
            source.copy_child_relation(name, target)
        elif isinstance(field, ParentalManyToManyField):
            setattr(target, name, list(getattr(source, name).all()))
        else:
            setattr(target, field.attname, getattr(source, field.attname))


def is_source(obj) -> bool:
    """Facts are written on the default-language version (or on a record that has none)."""
    return obj.locale_id is None or obj.locale_id == Locale.get_default().pk


def fact_source(obj):
    """The default-language version whose facts ``obj`` must show, or None if obj is it."""
    if is_source(obj) or not obj.translation_key:
        return None
    model = obj.specific_class if isinstance(obj, Page) else type(obj)
    source = (
        model.objects.filter(translation_key=obj.translation_key, locale=Locale.get_default())
        .exclude(pk=obj.pk)
        .first()
    )
    if source is None or type(source) is not type(obj):
        return None
    return source


def take_facts(obj) -> None:
    """Overwrite obj's facts (in memory) with its source's published ones."""
    source = fact_source(obj)
    if source is not None:
        copy_facts(source, obj)


class FactsFromSourceMixin:
    """For translatable snippets: saving takes facts from the source; saving the source
    passes them on to its translations."""

    def save(self, *args, **kwargs):
        if not kwargs.get("update_fields"):
            take_facts(self)
        super().save(*args, **kwargs)  # type: ignore[misc]
        if is_source(self) and not kwargs.get("update_fields"):
            for translation in self.get_translations():  # type: ignore[attr-defined]
                translation.save()


class FactsFromSourcePageMixin:
    """For pages: a translation's row and revisions always carry its source's facts; the
    source's publish passes them on (see ``publish_facts_to_translations``)."""

    def save(self, *args, **kwargs):
        # save_revision saves the row with update_fields (metadata only): no facts there.
        if not kwargs.get("update_fields") and not getattr(self, "alias_of_id", None):
            take_facts(self)
        return super().save(*args, **kwargs)  # type: ignore[misc]

    def save_revision(self, *args, **kwargs):
        if not getattr(self, "alias_of_id", None):
            take_facts(self)
        return super().save_revision(*args, **kwargs)  # type: ignore[misc]


def publish_facts_to_translations(sender, instance, **kwargs):
    """The source was published: copy its facts into each translation's live row and its
    latest revision (a draft in progress keeps its translated text), in this transaction."""
    if not isinstance(instance, FactsFromSourcePageMixin) or not is_source(instance):
        return
    source = instance
    translations = list(
        Page.objects.filter(translation_key=source.translation_key)
        .exclude(pk=source.pk)
        .filter(alias_of__isnull=True)
        .specific()
    )
    for translation in translations:
        if type(translation) is not type(source):
            continue
        if translation.live:
            copy_facts(source, translation)
            translation.save()
        revision = translation.latest_revision
        if revision is not None:
            draft = revision.as_object()
            copy_facts(source, draft)
            revision.content = draft.serializable_data()
            revision.save(update_fields=["content"])
    if translations:
        # Imported here: core.models imports this module, and core.cache needs other apps' models.
        from core.cache import purge_pages_after_commit  # noqa: PLC0415

        purge_pages_after_commit(translations)


def make_facts_fixed(models) -> None:
    """No per-language override of a fact in the translation editor: each model gets
    its derived field list with every synchronised field made non-overridable.
    Computed for all models before any is set (subclasses would inherit a parent's)."""
    fixed = {
        model: [
            SynchronizedField(field.field_name, overridable=False)
            if isinstance(field, SynchronizedField)
            else field
            for field in get_translatable_fields(model)
        ]
        for model in models
    }
    for model, fields in fixed.items():
        model.translatable_fields = fields


FACT_MODELS = (FactsFromSourceMixin, FactsFromSourcePageMixin)


def connect_signals() -> None:
    page_published.connect(publish_facts_to_translations, dispatch_uid="facts_to_translations")


class _ReadOnlyFactsMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)  # type: ignore[misc]
        instance = self.instance  # type: ignore[attr-defined]
        if instance.pk and not is_source(instance) and fact_source(instance) is not None:
            for name in fact_names(type(instance)):
                field = self.fields.get(name)  # type: ignore[attr-defined]
                if field is not None:
                    field.disabled = True
                    field.help_text = READ_ONLY_HELP


class FactsPageForm(_ReadOnlyFactsMixin, WagtailAdminPageForm):
    """Page editor form: a translation's facts are shown read-only."""


class FactsModelForm(_ReadOnlyFactsMixin, WagtailAdminModelForm):
    """Snippet editor form: a translation's facts are shown read-only."""
