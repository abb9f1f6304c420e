"""News articles and the register of official documents (their taxonomies: news.taxonomy)."""

from django import forms
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.admin.widgets.tags import AdminTagWidget
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import article_blocks
from core.images import image_specs
from core.models import BasePage, CustomImage
from core.routing import RoutesByPathMixin
from core.search import FoldedTextMixin
from core.snippets import default_locale_only
from news.seo import article_json_ld
from news.taxonomy import DocumentType, IssuingBody, NewsTag, Topic

CARD_IMAGE = image_specs("card")


class NewsIndexPage(RoutesByPathMixin, BasePage):
    """The news list of one language: newest first, filters in the URL, RSS feeds."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    featured_article = models.ForeignKey(
        "news.NewsPage",
        verbose_name=_("pinned article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the news list."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        PageChooserPanel("featured_article", "news.NewsPage"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    # One news section per language tree.
    max_count_per_parent = 1
    template = "pages/news_index_page.html"
    subpage_routes = "news.routes.index_routes"

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def published_articles(self):
        """Live, public articles of this index."""
        return NewsPage.objects.live().public().child_of(self)

    def articles(self):
        """The index's articles for listings, newest first (see NewsPage.listing)."""
        return NewsPage.listing().child_of(self)


class NewsPageTag(ItemBase):
    tag = models.ForeignKey(NewsTag, on_delete=models.CASCADE, related_name="tagged_items")
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class _DefaultLocaleTags(_ClusterTaggableManager):
    """Tags typed by editors are found or created in the default language: articles carry
    the Vietnamese tag, whose English translation readers of English pages see."""

    def _to_tag_model_instances(self, tags, tag_kwargs):
        return super()._to_tag_model_instances(tags, {**tag_kwargs, "locale": Locale.get_default()})


class DefaultLocaleTaggableManager(ClusterTaggableManager):
    def __get__(self, instance, model):
        return _DefaultLocaleTags(
            through=self.through, model=model, instance=instance, prefetch_cache_name=self.name
        )


class DefaultLocaleTagWidget(AdminTagWidget):
    """Suggests the default-language tags only (news.views.tag_autocomplete)."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-w-tag-url-value"] = reverse("news_tag_autocomplete")
        return context


class NewsPage(BasePage):
    """An article: lead, picture, body, topics and tags, linked official documents."""

    date = models.DateField(_("publication date"), default=timezone.localdate)
    lead = models.TextField(
        _("lead"),
        max_length=600,
        help_text=_("The opening summary (sapo) shown under the title and in lists."),
    )
    featured_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image_caption = models.CharField(_("image caption"), max_length=255, blank=True)
    body = StreamField(article_blocks(), blank=True, verbose_name=_("body"))
    author = models.CharField(
        _("author or source"),
        max_length=255,
        blank=True,
        help_text=_("For example: Phòng Quản lý công nghệ; or: Theo Báo Hưng Yên."),
    )
    topics = ParentalManyToManyField(
        Topic,
        verbose_name=_("topics"),
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_only,
    )
    tags = DefaultLocaleTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = BasePage.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("featured_image"), FieldPanel("featured_image_caption")],
            heading=_("Featured image"),
        ),
        FieldPanel("body"),
        InlinePanel("document_links", label=_("Official documents announced")),
        InlinePanel("related_links", label=_("Related articles"), max_num=6),
    ]
    settings_panels = [
        FieldPanel("date"),
        FieldPanel("author"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags", widget=DefaultLocaleTagWidget),
        *BasePage.settings_panels,
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("featured_image"),
        SynchronizedField("topics"),
        SynchronizedField("tags"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []
    template = "pages/news_page.html"

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @classmethod
    def listing(cls):
        """Live, public articles with what their cards need (image renditions, topics), newest
        first: the news index, its feeds and the home page's latest news all list these."""
        return (
            cls.objects.live()
            .public()
            .select_related("locale")
            .prefetch_related(
                Prefetch(
                    "featured_image", queryset=CustomImage.objects.prefetch_renditions(*CARD_IMAGE)
                ),
                "topics",
            )
            .order_by("-date", "-first_published_at", "-pk")
        )

    @property
    def meta_description(self) -> str:
        return super().meta_description or self.lead

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = list(self.topics.all())
        context["topics"] = Topic.localize_all(topics)
        context["tags"] = NewsTag.localize_all(list(self.tags.all()))
        context["documents"] = self.localized_documents()
        context["related"] = self.related_articles(topics)
        context["og_type"] = "article"
        image_url = None
        if self.featured_image:
            # The same JPEG rendition as og:image (components/social_meta.html).
            image_url = self.featured_image.get_rendition("fill-1200x630|format-jpeg").url
        context["json_ld"] = article_json_ld(
            self, request, image_url, context["topics"], context["tags"]
        )
        return context

    def localized_documents(self):
        links = list(self.document_links.select_related("document"))
        keys = [link.document.translation_key for link in links if link.document]
        by_key = {
            doc.translation_key: doc
            for doc in OfficialDocumentPage.objects.live()
            .public()
            .filter(translation_key__in=keys, locale=self.locale)
            .select_related("issuer", "file")
        }
        return [by_key[key] for key in keys if key in by_key]

    def related_articles(self, topics, limit=3):
        """Chosen by the editor, else the newest articles sharing a topic."""
        chosen_keys = [
            link.article.translation_key
            for link in self.related_links.select_related("article")
            if link.article
        ]
        base = (
            NewsPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .exclude(pk=self.pk)
            .select_related("featured_image")
        )
        if chosen_keys:
            by_key = {a.translation_key: a for a in base.filter(translation_key__in=chosen_keys)}
            return [by_key[key] for key in chosen_keys if key in by_key][:limit]
        if not topics:
            return []
        return list(
            base.filter(topics__in=topics)
            .distinct()
            .order_by("-date", "-first_published_at")[:limit]
        )


class NewsPageDocument(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="document_links")
    document = models.ForeignKey(
        "news.OfficialDocumentPage",
        verbose_name=_("official document"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [PageChooserPanel("document", "news.OfficialDocumentPage")]


class NewsPageRelatedArticle(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(
        NewsPage, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("article", "news.NewsPage")]


class DocumentRegisterPage(RoutesByPathMixin, BasePage):
    """The register of official documents: filter by type, year and issuer, find by number."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.OfficialDocumentPage"]
    max_count_per_parent = 1
    template = "pages/document_register_page.html"
    subpage_routes = "news.routes.register_routes"

    class Meta:
        verbose_name = _("official documents register")
        verbose_name_plural = _("official documents registers")

    def documents(self):
        """Live documents of this register (the listing also keeps to public ones)."""
        return OfficialDocumentPage.objects.live().child_of(self)


class OfficialDocumentPage(FoldedTextMixin, BasePage):
    """A decision, plan, directive or letter: its particulars, summary and file."""

    # The register's number filter folds like site search: "2209/QD-UBND" finds "2209/QĐ-UBND".
    folded_text_fields = ("number",)

    number = models.CharField(
        _("number"), max_length=60, help_text=_("As issued, e.g. 4556/QĐ-UBND.")
    )
    doc_type = models.CharField(_("type"), max_length=20, choices=DocumentType.choices)
    issuer = models.ForeignKey(
        IssuingBody,
        verbose_name=_("issuing body"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=default_locale_only,
    )
    date_issued = models.DateField(_("date issued"))
    date_effective = models.DateField(_("date effective"), null=True, blank=True)
    signer = models.CharField(_("signed by"), max_length=160, blank=True)
    summary = models.TextField(_("summary of contents"), max_length=2000)
    file = models.ForeignKey(
        "core.CustomDocument",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("number"),
                FieldPanel("doc_type"),
                FieldPanel("issuer"),
                FieldPanel("date_issued"),
                FieldPanel("date_effective"),
                FieldPanel("signer"),
            ],
            heading=_("Particulars"),
        ),
        FieldPanel("summary"),
        FieldPanel("file"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("number", boost=3),
        index.AutocompleteField("number"),
        index.SearchField("summary"),
        index.FilterField("doc_type"),
        index.FilterField("date_issued"),
    ]
    override_translatable_fields = [
        SynchronizedField("number"),
        SynchronizedField("doc_type"),
        SynchronizedField("issuer"),
        SynchronizedField("date_issued"),
        SynchronizedField("date_effective"),
        SynchronizedField("file"),
    ]

    parent_page_types = ["news.DocumentRegisterPage"]
    subpage_types: list[str] = []
    template = "pages/official_document_page.html"

    class Meta:
        verbose_name = _("official document")
        verbose_name_plural = _("official documents")

    @property
    def meta_description(self) -> str:
        return super().meta_description or self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issuer"] = IssuingBody.localize_all([self.issuer])[0] if self.issuer else None
        context["articles"] = (
            NewsPage.objects.live()
            .public()
            .filter(
                locale=self.locale,
                document_links__document__translation_key=self.translation_key,
            )
            .distinct()
            .order_by("-date")
        )
        return context
