"""Demo content for news: topics, issuing bodies, official documents and articles.

Written for the demo agency "Sở Khoa học và Công nghệ tỉnh Hưng Yên". Facts (numbers, dates,
targets, tasks) come from real provincial documents on the science and technology market
(see ../shared/seeds/), retold in our own words.

Data beside this file (conventions in core.demo):

- ``topics.toml`` / ``issuers.toml`` / ``tags.toml``: ``[slug]`` with ``vi`` and ``en`` names.
- ``document-register.toml`` and ``news-index.toml``: the two index pages; ``latest_news``
  is the block the news index adds to the home page.
- ``documents/``: one official document per file: number, type, issuer (an issuer's slug),
  date_issued, date_effective (optional), slug, title and summary.
- ``articles/``: one article per file: days_ago (its date, relative to the loading day),
  topics (slugs), tags (slugs), documents (their numbers), image (a name in
  ``images.toml``), slug, title, lead, author, caption, ``featured`` for the one pinned
  article and body blocks (``paragraph``, ``heading``, ``list``, ``quote``).
"""

import datetime
import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from core.demo import (
    DemoContext,
    Images,
    body_blocks,
    english_texts,
    get_or_create_child,
    read,
    read_folder,
    taxonomy,
    translate,
    vi_text,
)
from core.models import CustomDocument
from news.models import (
    DocumentRegisterPage,
    IssuingBody,
    NewsIndexPage,
    NewsPage,
    NewsPageDocument,
    NewsTag,
    OfficialDocumentPage,
    Topic,
)

DATA = Path(__file__).parent


def document_file(spec) -> CustomDocument:
    """A one-page PDF made from a generated picture: the demo downloads nothing."""
    title = f"{spec['number']} – {vi_text(spec['title'])}"
    existing = CustomDocument.objects.filter(title=title).first()
    if existing:
        return existing
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    try:
        font = ImageFont.load_default(size=36)
    except TypeError:
        font = ImageFont.load_default()
    draw.text((100, 120), spec["number"], fill="black", font=font)
    draw.text((100, 200), "DEMO", fill=(163, 32, 26), font=font)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    document = CustomDocument(title=title)
    document.file.save(f"{spec['slug']['en']}.pdf", ContentFile(buffer.getvalue()), save=False)
    document.save()
    return document


def index_page(model, spec):
    return model(
        title=vi_text(spec["title"]),
        slug=vi_text(spec["slug"]),
        intro=vi_text(spec["intro"]),
        show_in_menus=True,
    )


def load(ctx: DemoContext) -> None:
    home = ctx.pages["home"]
    topics = taxonomy(Topic, read(DATA / "topics.toml"), ctx)
    issuers = taxonomy(IssuingBody, read(DATA / "issuers.toml"), ctx)
    tags = taxonomy(NewsTag, read(DATA / "tags.toml"), ctx)
    images = Images(DATA / "images.toml")

    register_spec = read(DATA / "document-register.toml")
    register = get_or_create_child(home, index_page(DocumentRegisterPage, register_spec), ctx)
    translate(register, english_texts(register_spec), ctx.en)
    documents = {}
    for spec in read_folder(DATA / "documents"):
        document = get_or_create_child(
            register,
            OfficialDocumentPage(
                title=vi_text(spec["title"]),
                slug=vi_text(spec["slug"]),
                number=spec["number"],
                doc_type=spec["type"],
                issuer=issuers[spec["issuer"]],
                date_issued=spec["date_issued"],
                date_effective=spec.get("date_effective"),
                summary=vi_text(spec["summary"]),
                file=document_file(spec),
            ),
            ctx,
        )
        if spec.get("translate", True):
            translate(document, english_texts(spec), ctx.en)
        documents[spec["number"]] = document

    index_spec = read(DATA / "news-index.toml")
    index = get_or_create_child(home, index_page(NewsIndexPage, index_spec), ctx)
    today = timezone.localdate()
    featured = None
    for spec in read_folder(DATA / "articles"):
        slug = vi_text(spec["slug"])
        article = index.get_children().filter(slug=slug).first()
        if article is None:
            article = NewsPage(
                title=vi_text(spec["title"]),
                slug=slug,
                lead=vi_text(spec["lead"]),
                date=today - datetime.timedelta(days=spec["days_ago"]),
                featured_image=images.get(spec["image"]),
                featured_image_caption=vi_text(spec["caption"]),
                author=vi_text(spec["author"]),
                body=body_blocks(spec["body"]),
            )
            article.topics.set([topics[topic] for topic in spec["topics"]])
            article.tags.set([tags[tag] for tag in spec["tags"]])
            for order, number in enumerate(spec["documents"]):
                article.document_links.add(
                    NewsPageDocument(document=documents[number], sort_order=order)
                )
            article = get_or_create_child(index, article, ctx)
        article = article.specific
        versions = [article]
        if spec.get("translate", True):
            versions.append(translate(article, english_texts(spec), ctx.en))
        # Backdated demo articles: "newest" listings follow their publication dates.
        published = timezone.make_aware(
            datetime.datetime.combine(article.date, datetime.time(8, 0))
        )
        NewsPage.objects.filter(pk__in=[v.pk for v in versions]).update(
            first_published_at=published
        )
        if spec.get("featured"):
            featured = article

    pinned_now = featured is not None and index.featured_article_id is None
    if pinned_now:
        index.featured_article = featured
        index.save_revision().publish()
    # Translated after the articles, so the pinned article maps to its English version.
    translate(index, english_texts(index_spec), ctx.en, refresh=pinned_now)

    latest_news = index_spec["latest_news"]
    if "latest_news" not in {block.block_type for block in home.body}:
        # Right under the hero: news is what brings readers back.
        home.body.insert(1, ("featured_article", {"article": featured}))
        home.body.insert(
            2,
            (
                "latest_news",
                {"heading": vi_text(latest_news["heading"]), "count": latest_news["count"]},
            ),
        )
        home.save_revision().publish()
        translate(home, english_texts(latest_news), ctx.en, refresh=True)
