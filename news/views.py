"""The news section's views: the filtered news list, its feeds and the document register.

news.routes wires them to the routable index and the register (see core.routing); they
reach content through the page they are given (index.articles(), register.documents()).
"""

from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from wagtail.admin.views.tags import TAGS_AUTOCOMPLETE_LIMIT
from wagtail.models import Locale

from core.listing import parse_year
from core.search import folded_contains
from news.feeds import news_feed_response
from news.taxonomy import DocumentType, IssuingBody, NewsTag, Topic

ARTICLES_PER_PAGE = 12
DOCUMENTS_PER_PAGE = 20


def news_filters(request):
    """Validated filters from the query string; unknown values are dropped, with a note."""
    topic = year = None
    unknown = []
    slug = request.GET.get("topic", "")
    if slug:
        topic = (
            Topic.objects.filter(slug=slug[:80], locale=Locale.get_active()).first()
            or Topic.objects.filter(slug=slug[:80]).first()
        )
        if topic is None:
            unknown.append("topic")
    raw_year = request.GET.get("year", "")
    if raw_year:
        year = parse_year(raw_year)
        if year is None:
            unknown.append("year")
    tag = None
    tag_slug = request.GET.get("tag", "")[:100]
    if tag_slug:
        tag = NewsTag.objects.filter(slug=tag_slug, locale=Locale.get_default()).first()
        if tag is None:
            unknown.append("tag")
    return topic, year, tag, unknown


def news_index(index, request):
    """The news list: newest first, the pinned article on top when nothing is filtered."""
    topic, year, tag, unknown = news_filters(request)
    articles = index.articles()
    pinned = None
    if topic:
        articles = articles.filter(topics__translation_key=topic.translation_key)
    if year:
        articles = articles.filter(date__year=year)
    if tag:
        articles = articles.filter(tagged_items__tag=tag)
    if not (topic or year or tag) and index.featured_article_id:
        pinned = articles.filter(translation_key=index.featured_article.translation_key).first()
        if pinned:
            articles = articles.exclude(pk=pinned.pk)
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    topics = Topic.objects.filter(locale=Locale.get_active())
    years = [d.year for d in index.published_articles().dates("date", "year", order="DESC")]
    return index.render(
        request,
        context_overrides={
            "articles": page,
            "pinned": pinned if page.number == 1 else None,
            "topic": Topic.localize_all([topic])[0] if topic else None,
            "year": year,
            "tag": NewsTag.localize_all([tag])[0] if tag else None,
            "unknown_filters": unknown,
            "topics": topics,
            "years": years,
            "topic_names": Topic.translations_for(
                [t for article in page for t in article.topics.all()]
            ),
        },
    )


def tag_autocomplete(request):
    """The admin's tag suggestions: the default-language tags articles carry (as Wagtail's
    own view, which would offer the translations too)."""
    term = request.GET.get("term", "")
    names = (
        NewsTag.objects.filter(locale=Locale.get_default(), name__istartswith=term)
        .order_by("name")
        .values_list("name", flat=True)[:TAGS_AUTOCOMPLETE_LIMIT]
        if term
        else []
    )
    return JsonResponse(list(names), safe=False)


def news_feed(index, request, topic_slug=None):
    """The RSS feed of the index, or of one of its topics (404 for an unknown topic)."""
    topic = None
    if topic_slug:
        topic = Topic.objects.filter(slug=topic_slug[:80]).first()
        if topic is None:
            raise Http404
    return news_feed_response(index, request, topic)


def document_register(register, request):
    return register.render(request, context_overrides=document_register_context(register, request))


def document_register_context(register, request) -> dict:
    """The register's documents, filtered by type, year, issuer and (folded) number."""
    documents = (
        register.documents()
        .public()
        .select_related("issuer", "file")
        .order_by("-date_issued", "-pk")
    )
    doc_type = request.GET.get("type", "")
    if doc_type not in DocumentType.values:
        doc_type = ""
    if doc_type:
        documents = documents.filter(doc_type=doc_type)
    year = parse_year(request.GET.get("year"))
    if year:
        documents = documents.filter(date_issued__year=year)
    issuer = None
    issuer_slug = request.GET.get("issuer", "")[:80]
    if issuer_slug:
        issuer = IssuingBody.objects.filter(slug=issuer_slug).first()
        if issuer:
            documents = documents.filter(issuer__translation_key=issuer.translation_key)
    number = " ".join(request.GET.get("number", "").split())[:60]
    if number:
        documents = documents.filter(folded_contains(number))
    page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(request.GET.get("page"))
    issuers = IssuingBody.objects.filter(locale=Locale.get_default())
    return {
        "documents": page,
        "types": DocumentType.choices,
        "selected_type": doc_type,
        "years": [d.year for d in register.documents().dates("date_issued", "year", order="DESC")],
        "selected_year": year,
        "issuers": IssuingBody.localize_all(list(issuers)),
        "selected_issuer": issuer.slug if issuer else "",
        "number": number,
        "issuer_names": IssuingBody.translations_for([doc.issuer for doc in page if doc.issuer]),
        "filtered": bool(doc_type or year or issuer or number),
    }
