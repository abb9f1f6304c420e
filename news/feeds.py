"""RSS 2.0 feeds of the latest articles, per language and per topic."""

from datetime import datetime, time

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from core.models import AgencyInfo
from news.taxonomy import Topic

FEED_LENGTH = 20


def publication_datetime(article):
    """The moment of publication, on the article's (editable) publication date."""
    published = article.first_published_at
    if published and timezone.localdate(published) == article.date:
        return published
    return timezone.make_aware(datetime.combine(article.date, time(0)))


def news_feed_response(index, request, topic=None):
    articles = index.articles()
    if topic is not None:
        articles = articles.filter(topics__translation_key=topic.translation_key)
        topic = Topic.localize_all([topic], index.locale)[0]
    items = list(articles[:FEED_LENGTH])
    topic_names = Topic.translations_for([t for a in items for t in a.topics.all()], index.locale)
    agency = AgencyInfo.for_locale(index.locale)
    site_name = agency.name if agency else index.title
    feed = Rss201rev2Feed(
        title=f"{site_name} – {topic.name if topic else index.title}",
        link=index.get_full_url(request) + (f"?topic={topic.slug}" if topic else ""),
        description=index.intro or _("The latest news"),
        language=index.locale.language_code,
        feed_url=request.build_absolute_uri(),
        ttl="60",
    )
    for article in items:
        url = article.get_full_url(request)
        feed.add_item(
            title=article.title,
            link=url,
            description=article.lead,
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=publication_datetime(article),
            updateddate=article.last_published_at,
            author_name=article.author or None,
            categories=[topic_names[t.translation_key].name for t in article.topics.all()],
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
