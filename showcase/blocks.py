"""The showcase's block for the home page: products and technologies chosen by editors."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale

from showcase.models import ShowcaseEntryPage
from showcase.taxonomies import Commune, ProductGroup, ResearchField


class FeaturedShowcasesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    entries = blocks.ListBlock(
        blocks.PageChooserBlock(page_type=["showcase.OcopProductPage", "showcase.TechnologyPage"]),
        label=_("Products and technologies"),
        min_num=1,
        max_num=8,
    )

    class Meta:
        icon = "pick"
        label = _("Featured showcases")
        template = "blocks/featured_showcases_block.html"
        description = _("OCOP products and technologies chosen by the editors.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = [page for page in value["entries"] if page]
        locale = Locale.get_active()
        # Chosen in Vietnamese; shown in the reader's language when translated. Two queries
        # for all cards (translations, then untranslated originals), not two per card.
        entries = ShowcaseEntryPage.cards()
        translated = {
            page.translation_key: page
            for page in entries.filter(
                locale=locale, translation_key__in=[p.translation_key for p in chosen]
            )
        }
        missing = [p.pk for p in chosen if p.translation_key not in translated]
        originals = {page.pk: page for page in entries.filter(pk__in=missing)} if missing else {}
        context["entries"] = [
            page
            for page in (translated.get(p.translation_key) or originals.get(p.pk) for p in chosen)
            if page is not None
        ]

        def taxonomy(model):
            return dict(model.objects.filter(locale=locale).values_list("slug", "name"))

        # Category and commune names in the reader's language, as on the showcase index.
        context["names"] = {
            "group": taxonomy(ProductGroup),
            "field": taxonomy(ResearchField),
            "commune": taxonomy(Commune),
        }
        return context
