"""Sections editors stack to build the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import RICH_TEXT_FEATURES, LinkBlock
from news.blocks import FeaturedArticleBlock, LatestNewsBlock


class HeroBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    image = ImageChooserBlock(label=_("Background image"), required=False)
    call_to_action = LinkBlock(label=_("Call to action"), required=False)

    class Meta:
        icon = "pick"
        label = _("Hero")
        template = "blocks/hero_block.html"
        description = _("A large banner at the top: heading, short text, image and one button.")


class RichTextSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    body = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Text section")
        template = "blocks/rich_text_section_block.html"
        description = _("A heading and a few paragraphs.")
        preview_value = {
            "heading": "Giới thiệu",
            "body": "<p>Sở Khoa học và Công nghệ là cơ quan chuyên môn…</p>",
        }


class HighlightCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=200)
    link = LinkBlock(label=_("Link"))


class HighlightedLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    cards = blocks.ListBlock(HighlightCardBlock(), label=_("Cards"), min_num=1, max_num=6)

    class Meta:
        icon = "list-ul"
        label = _("Highlighted links")
        template = "blocks/highlighted_links_block.html"
        description = _("A row of up to six cards leading to important pages.")


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
        from wagtail.models import Locale

        from showcase.models import Commune, ProductGroup, ResearchField, ShowcaseEntryPage

        context = super().get_context(value, parent_context)
        chosen = [page for page in value["entries"] if page]
        locale = Locale.get_active()
        # Chosen in Vietnamese; shown in the reader's language when translated. Two queries
        # for all cards (translations, then untranslated originals), not two per card.
        entries = (
            ShowcaseEntryPage.objects.live()
            .public()
            .select_related("image", "product_group", "research_field", "commune")
        )
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


class UpcomingEventsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    count = blocks.IntegerBlock(label=_("Number of events"), default=3, min_value=1, max_value=8)

    class Meta:
        icon = "date"
        label = _("Upcoming events")
        template = "blocks/upcoming_events_block.html"
        description = _("The next events of this language's calendar, updated automatically.")
        preview_value = {"heading": "Sự kiện sắp diễn ra", "count": 3}

    def get_context(self, value, parent_context=None):
        from django.utils import timezone
        from wagtail.models import Locale

        from events.models import EventPage

        context = super().get_context(value, parent_context)
        context["events"] = list(
            EventPage.objects.live()
            .public()
            .filter(locale=Locale.get_active(), end__gte=timezone.now())
            .order_by("start")[: value["count"]]
        )
        return context


def home_sections():
    return [
        ("hero", HeroBlock()),
        ("text_section", RichTextSectionBlock()),
        ("highlighted_links", HighlightedLinksBlock()),
        ("featured_article", FeaturedArticleBlock()),
        ("latest_news", LatestNewsBlock()),
        ("featured_showcases", FeaturedShowcasesBlock()),
        ("upcoming_events", UpcomingEventsBlock()),
    ]
