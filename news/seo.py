"""schema.org data of the news section's pages, for search engines."""

from django.templatetags.static import static

from core.models import AgencyInfo
from news.feeds import publication_datetime


def article_json_ld(article, request, image_url: str | None, topics, tags) -> dict:
    """schema.org NewsArticle for search engines (headline, dates, image, author, publisher)."""
    agency = AgencyInfo.for_locale(article.locale)
    publisher_name = agency.name if agency else article.get_site().site_name
    if agency and agency.logo:
        logo_url = request.build_absolute_uri(agency.logo.get_rendition("fill-512x512").url)
    else:
        logo_url = request.build_absolute_uri(static("core/img/emblem.png"))
    modified = article.last_published_at or article.latest_revision_created_at
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.meta_description,
        "inLanguage": article.locale.language_code,
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.get_full_url(request)},
        "datePublished": publication_datetime(article).isoformat(),
        "dateModified": (modified or publication_datetime(article)).isoformat(),
        "author": {"@type": "Organization", "name": article.author or publisher_name},
        "publisher": {
            "@type": "Organization",
            "name": publisher_name,
            "logo": {"@type": "ImageObject", "url": logo_url},
        },
    }
    if image_url:
        data["image"] = [request.build_absolute_uri(image_url)]
    if topics:
        data["articleSection"] = [topic.name for topic in topics]
    if tags:
        data["keywords"] = ", ".join(tag.name for tag in tags)
    return data
