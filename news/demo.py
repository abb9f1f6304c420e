"""Demo content for news: topics, issuing bodies, official documents and articles.

The texts live in news/demo_content.py (Vietnamese with English translations).
"""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from core.demo import (
    DemoContext,
    get_or_create_child,
    make_image,
    pairs_to_map,
    rich_text,
    taxonomy,
    translate,
)
from core.models import CustomDocument
from news import demo_content as content
from news.models import (
    DocumentRegisterPage,
    IssuingBody,
    NewsIndexPage,
    NewsPage,
    NewsPageDocument,
    OfficialDocumentPage,
    Topic,
)

NEWS_INDEX = {
    "slug": ("tin-tuc", "news"),
    "title": ("Tin tức", "News"),
    "intro": (
        "Tin hoạt động của Sở và thông tin về thị trường khoa học và công nghệ.",
        "News of the Department and of the science and technology market.",
    ),
}
REGISTER = {
    "slug": ("van-ban", "documents"),
    "title": ("Văn bản chỉ đạo, điều hành", "Official documents"),
    "intro": (
        "Quyết định, kế hoạch, chỉ thị và công văn về khoa học và công nghệ.",
        "Decisions, plans, directives and official letters on science and technology.",
    ),
}
LATEST_NEWS_HEADING = ("Tin mới", "Latest news")


def document_file(spec) -> CustomDocument:
    """A one-page PDF made from a generated picture: the demo downloads nothing."""
    title = f"{spec['number']} – {spec['title'][0]}"
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
    document.file.save(f"{spec['slug'][1]}.pdf", ContentFile(buffer.getvalue()), save=False)
    document.save()
    return document


def body_blocks(spec):
    blocks, pairs = [], []
    for block in spec:
        kind = block[0]
        if kind == "paragraph":
            blocks.append(("paragraph", rich_text(block[1])))
            pairs.append((block[1], block[2]))
        elif kind == "heading":
            blocks.append(("heading", {"text": block[1], "level": "h2"}))
            pairs.append((block[1], block[2]))
        elif kind == "list":
            vi = "\n".join(f"- {item}" for item in block[1])
            en = "\n".join(f"- {item}" for item in block[2])
            blocks.append(("paragraph", rich_text(vi)))
            pairs.append((vi, en))
        elif kind == "quote":
            blocks.append(("quote", {"text": block[1], "attribution": block[3]}))
            pairs += [(block[1], block[2]), (block[3], block[4])]
    return blocks, pairs


def load(ctx: DemoContext) -> None:
    home = ctx.pages["home"]
    topics = taxonomy(Topic, content.TOPICS, ctx)
    issuers = taxonomy(IssuingBody, content.ISSUERS, ctx)

    register = get_or_create_child(
        home,
        DocumentRegisterPage(
            title=REGISTER["title"][0],
            slug=REGISTER["slug"][0],
            intro=REGISTER["intro"][0],
            show_in_menus=True,
        ),
        ctx,
    )
    translate(register, pairs_to_map(*REGISTER.values()), ctx.en)
    documents = {}
    for spec in content.DOCUMENTS:
        document = get_or_create_child(
            register,
            OfficialDocumentPage(
                title=spec["title"][0],
                slug=spec["slug"][0],
                number=spec["number"],
                doc_type=spec["type"],
                issuer=issuers[spec["issuer"]],
                date_issued=datetime.date.fromisoformat(spec["date_issued"]),
                date_effective=(
                    datetime.date.fromisoformat(spec["date_effective"])
                    if spec["date_effective"]
                    else None
                ),
                summary=spec["summary"][0],
                file=document_file(spec),
            ),
            ctx,
        )
        if spec["translate"]:
            translate(document, pairs_to_map(spec["slug"], spec["title"], spec["summary"]), ctx.en)
        documents[spec["key"]] = document

    index = get_or_create_child(
        home,
        NewsIndexPage(
            title=NEWS_INDEX["title"][0],
            slug=NEWS_INDEX["slug"][0],
            intro=NEWS_INDEX["intro"][0],
            show_in_menus=True,
        ),
        ctx,
    )
    today = timezone.localdate()
    featured = None
    for spec in content.ARTICLES:
        body, pairs = body_blocks(spec["body"])
        article = index.get_children().filter(slug=spec["slug"][0]).first()
        if article is None:
            article = NewsPage(
                title=spec["title"][0],
                slug=spec["slug"][0],
                lead=spec["lead"][0],
                date=today - datetime.timedelta(days=spec["days_ago"]),
                featured_image=make_image(spec["image"][0], spec["image"][1:]),
                featured_image_caption=spec["caption"][0],
                author=spec["author"][0],
                body=body,
            )
            article.topics.set([topics[slug] for slug in spec["topics"]])
            article.tags.set(spec["tags"])
            for order, key in enumerate(spec["documents"]):
                article.document_links.add(
                    NewsPageDocument(document=documents[key], sort_order=order)
                )
            article = get_or_create_child(index, article, ctx)
        article = article.specific
        versions = [article]
        if spec["translate"]:
            versions.append(
                translate(
                    article,
                    pairs_to_map(
                        spec["slug"],
                        spec["title"],
                        spec["lead"],
                        spec["caption"],
                        spec["author"],
                        *pairs,
                    ),
                    ctx.en,
                )
            )
        # Backdated demo articles: "newest" listings follow their publication dates.
        published = timezone.make_aware(
            datetime.datetime.combine(article.date, datetime.time(8, 0))
        )
        NewsPage.objects.filter(pk__in=[v.pk for v in versions]).update(
            first_published_at=published
        )
        if spec["featured"]:
            featured = article

    pinned_now = featured is not None and index.featured_article_id is None
    if pinned_now:
        index.featured_article = featured
        index.save_revision().publish()
    # Translated after the articles, so the pinned article maps to its English version.
    translate(index, pairs_to_map(*NEWS_INDEX.values()), ctx.en, refresh=pinned_now)

    if "latest_news" not in {block.block_type for block in home.body}:
        # Right under the hero: news is what brings readers back.
        home.body.insert(1, ("featured_article", {"article": featured}))
        home.body.insert(2, ("latest_news", {"heading": LATEST_NEWS_HEADING[0], "count": 6}))
        home.save_revision().publish()
        translate(home, pairs_to_map(LATEST_NEWS_HEADING), ctx.en, refresh=True)
