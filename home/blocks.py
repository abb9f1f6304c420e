"""Sections editors stack to build the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import RICH_TEXT_FEATURES, LinkBlock
from events.blocks import UpcomingEventsBlock
from news.blocks import FeaturedArticleBlock, LatestNewsBlock
from showcase.blocks import FeaturedShowcasesBlock


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
