"""StreamField blocks shared by every app, and the curated palettes editors pick from."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class LinkValue(blocks.StructValue):
    """A link to a page (in the reader's language when translated) or to any address."""

    def localized_page(self):
        """The chosen page in the active language, looked up once per language: menus
        ask for both the URL and the text of every link on every page."""
        page = self.get("page")
        if page is None:
            return None
        language = get_language()
        if getattr(self, "_localized_for", None) != language:
            self._localized_page, self._localized_for = page.localized, language
        return self._localized_page

    def get_url(self):
        page = self.localized_page()
        if page:
            return page.url
        return self.get("url") or ""

    def get_text(self):
        page = self.localized_page()
        return self.get("text") or (page.title if page else self.get("url", ""))


class LinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Leave empty to use the page title.")
    )
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": blocks.BlockValidationError(_("Choose a page or enter an address."))
                }
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        label=_("Level"), choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A heading that splits the text into sections.")
        preview_value = {"text": "Nhiệm vụ và giải pháp", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/image_block.html"
        description = _("A photo with its caption; the credit comes from the image itself.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Said by"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        description = _("A statement worth highlighting, with who said it.")
        preview_value = {
            "text": "Khoa học và công nghệ là động lực phát triển.",
            "attribution": "Giám đốc Sở",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, help_text=_("Leave empty to use the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "blocks/document_block.html"
        description = _("A file readers can download, with its type and size.")


def paragraph_block():
    return blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Text with bold, italics, lists and links."),
        preview_value="<p>Sở Khoa học và Công nghệ thông báo…</p>",
    )


def content_blocks():
    """The palette for general content pages."""
    return [
        ("paragraph", paragraph_block()),
        ("heading", HeadingBlock()),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        (
            "table",
            TableBlock(
                label=_("Table"),
                icon="table",
                template="blocks/table_block.html",
                description=_("Rows and columns, such as contacts or targets."),
            ),
        ),
        ("document", DocumentBlock()),
    ]


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    images = blocks.ListBlock(ImageBlock(), label=_("Images"), min_num=2)

    class Meta:
        icon = "image"
        label = _("Image gallery")
        template = "blocks/gallery_block.html"
        description = _("Several photos in a grid, each with its caption.")


class VideoLinkBlock(blocks.StructBlock):
    """A link to a video, not an embed: pages must not depend on third-party scripts."""

    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(
        label=_("Video address"), help_text=_("YouTube, the provincial TV station, or a file link.")
    )
    duration = blocks.CharBlock(label=_("Duration"), required=False, max_length=20)

    class Meta:
        icon = "media"
        label = _("Video link")
        template = "blocks/video_link_block.html"
        description = _("A link to a video hosted elsewhere; nothing is loaded from it.")
        preview_value = {
            "title": "Chợ công nghệ và thiết bị 2026",
            "url": "https://www.youtube.com/",
            "duration": "3:20",
        }


def article_blocks():
    """The palette for news articles: the general palette plus galleries and videos."""
    return [*content_blocks(), ("gallery", GalleryBlock()), ("video", VideoLinkBlock())]
