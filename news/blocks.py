"""The news section's blocks for the home page: the latest articles and one featured article."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale

from news.models import NewsPage, Topic


class LatestNewsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    count = blocks.IntegerBlock(label=_("Number of articles"), default=4, min_value=1, max_value=12)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Latest news")
        template = "blocks/latest_news_block.html"
        description = _("The newest articles of this language, updated automatically.")
        preview_value = {"heading": "Tin mới", "count": 4}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        articles = list(NewsPage.listing().filter(locale=Locale.get_active())[: value["count"]])
        context["articles"] = articles
        # The cards name their topics in the reader's language, as the news index does.
        context["topic_names"] = Topic.translations_for(
            [topic for article in articles for topic in article.topics.all()]
        )
        return context


class FeaturedArticleBlock(blocks.StructBlock):
    article = blocks.PageChooserBlock(label=_("Article"), page_type="news.NewsPage")

    class Meta:
        icon = "pick"
        label = _("Featured article")
        template = "blocks/featured_article_block.html"
        description = _("One article chosen by the editors, shown large.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = value["article"]
        article = None
        if chosen is not None:
            # Chosen in Vietnamese; shown in the reader's language when translated and live.
            articles = NewsPage.listing()
            article = (
                articles.filter(
                    translation_key=chosen.translation_key, locale=Locale.get_active()
                ).first()
                or articles.filter(pk=chosen.pk).first()
            )
        context["article"] = article
        return context
