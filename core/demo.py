"""Helpers for the demo content loader: generated images, idempotent pages, real translations.

Each app has a ``demo.py`` with a ``load(context)`` function; the ``load_demo``
command calls them in order. Everything is looked up before it is created, so
running the loader twice changes nothing.
"""

import html
import io
import logging
from dataclasses import dataclass, field

from django.core.files.images import ImageFile
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core.models import CustomImage

logger = logging.getLogger(__name__)


@dataclass
class DemoContext:
    """What the app loaders share: locales, the home pages and a log of what was created."""

    vi: Locale
    en: Locale
    created: list[str] = field(default_factory=list)
    pages: dict[str, Page] = field(default_factory=dict)

    def note(self, what: str) -> None:
        self.created.append(what)


def make_image(title: str, colors: tuple[str, str], *, size=(1600, 900)):
    """A generated picture (gradient and rings): the demo downloads nothing."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    from PIL import Image, ImageDraw

    width, height = size
    start = tuple(int(colors[0][i : i + 2], 16) for i in (1, 3, 5))
    end = tuple(int(colors[1][i : i + 2], 16) for i in (1, 3, 5))
    picture = Image.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    for x in range(width):
        t = x / (width - 1)
        color = tuple(round(a + (b - a) * t) for a, b in zip(start, end, strict=True))
        draw.line([(x, 0), (x, height)], fill=color)
    for i in range(6):
        r = height // 3 + i * 60
        draw.ellipse(
            [width * 0.7 - r, height * 0.5 - r, width * 0.7 + r, height * 0.5 + r],
            outline=(255, 255, 255),
            width=3,
        )
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    image = CustomImage(title=title, description=title, credit="Sở KH&CN Hưng Yên")
    image.file = ImageFile(buffer, name=f"demo-{abs(hash(title)) % 10**8}.jpg")
    image.save()
    return image


def get_or_create_child(parent: Page, page: Page, context: DemoContext | None = None) -> Page:
    """Add ``page`` under ``parent`` unless a page with its slug is already there; publish it."""
    existing = parent.get_children().filter(slug=page.slug, locale=parent.locale).first()
    if existing:
        return existing.specific
    page.locale = parent.locale
    parent.add_child(instance=page)
    page.save_revision().publish()
    if context:
        context.note(f"page {page.url_path}")
    return page


def translate(
    instance,
    english: dict[str, str],
    target: Locale,
    *,
    publish: bool = True,
    refresh: bool = False,
):
    """Create (or, with ``refresh``, update) the English version through wagtail-localize.

    ``english`` maps each Vietnamese source string to its translation. The result is
    a real translation (editable in wagtail-localize's editor), not a separate copy.
    Strings translated earlier keep their translation.
    """
    existing = instance.get_translation_or_none(target)
    if existing is not None and not refresh:
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=target, defaults={"enabled": True}
    )
    missing = []
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    done = set(
        StringTranslation.objects.filter(
            locale=target, translation_of__in=[s.string for s in segments]
        ).values_list("translation_of_id", "context_id")
    )
    for segment in segments:
        if (segment.string_id, segment.context_id) in done:
            continue
        data = segment.string.data
        plain = html.unescape(data)
        if plain not in english:
            missing.append(plain)
            continue
        text = english[plain]
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=target,
            context=segment.context,
            defaults={
                "data": html.escape(text, quote=False) if plain != data else text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    if missing:
        logger.warning("Untranslated demo strings for %r: %s", instance, missing)
    # wagtail-localize publishes new page translations in transaction.on_commit with a
    # stale page object, which resets the parent's child count when the loader runs in
    # a transaction; save a draft and publish it here instead.
    draftable = isinstance(instance, DraftStateMixin)
    translation.save_target(publish=not draftable)
    translated = instance.get_translation(target)
    if publish and draftable:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated


def rich_text(*paragraphs: str) -> str:
    """Paragraphs as rich text; a paragraph starting with '- ' lines is a bullet list."""
    parts = []
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        if all(line.startswith("- ") for line in lines):
            items = "".join(f"<li>{html.escape(line[2:], quote=False)}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{html.escape(paragraph, quote=False)}</p>")
    return "".join(parts)


def pairs_to_map(*pairs) -> dict[str, str]:
    """Flatten (vietnamese, english) pairs, including multi-line bullet lists, into a lookup."""
    mapping = {}
    for vi, en in pairs:
        vi_lines, en_lines = vi.split("\n"), en.split("\n")
        if len(vi_lines) > 1 and all(line.startswith("- ") for line in vi_lines):
            for vi_line, en_line in zip(vi_lines, en_lines, strict=True):
                mapping[vi_line[2:]] = en_line[2:]
        else:
            mapping[vi] = en
    return mapping


def taxonomy(model, rows, ctx: DemoContext, **extra_fields) -> dict:
    """Translated taxonomy records from (slug, vietnamese, english, *extra) rows.

    `extra_fields` names the columns after the English name, e.g. province="".
    """
    records = {}
    for slug, vi, en, *extra in rows:
        record = model.objects.filter(slug=slug, locale=ctx.vi).first()
        if record is None:
            values = dict(zip(extra_fields, extra, strict=False))
            record = model.objects.create(slug=slug, name=vi, locale=ctx.vi, **values)
            ctx.note(f"{model.__name__} {slug}")
        translate(record, {vi: en}, ctx.en)
        records[slug] = record
    return records
