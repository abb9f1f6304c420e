"""The home page and general content pages (About, Contact, Personal data policy)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import content_blocks
from core.models import BasePage
from home.blocks import home_sections


class HomePage(BasePage):
    """One per language: the Vietnamese site root and its English translation."""

    body = StreamField(home_sections(), blank=True, verbose_name=_("sections"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    # Site roots live directly under Wagtail's root; translations are siblings there.
    parent_page_types = ["wagtailcore.Page"]
    template = "pages/home_page.html"

    @property
    def meta_description(self) -> str:
        # Without a search description, the banner's text says what the site is about.
        hero = next((block.value for block in self.body if block.block_type == "hero"), None)
        return super().meta_description or (hero.get("text", "") if hero else "")

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class ContentPage(BasePage):
    """A general page made of free content blocks."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(content_blocks(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    template = "pages/content_page.html"

    @property
    def meta_description(self) -> str:
        return super().meta_description or self.intro

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
