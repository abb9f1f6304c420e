"""Helpers for the demo content loader: data files, generated images, idempotent pages and
real translations.

An app contributes demo content with a ``demo`` package: ``<app>/demo/__init__.py`` defines
``load(context)`` and the data lies beside it as TOML files, one file per item (read with the
standard library's tomllib). The ``load_demo`` command calls the apps' loaders in
INSTALLED_APPS order, so a section can link to what an earlier one created. Everything is
looked up before it is created, so running the loader twice changes nothing.

Conventions of the data files:

- A translatable text is a table with both languages side by side: ``{vi = "…", en = "…"}``.
  The page is created from the Vietnamese; the English becomes a real wagtail-localize
  translation. An item with ``translate = false`` stays Vietnamese-only.
- Pages are referenced by their Vietnamese slug, taxonomies by slug, official documents by
  number and pictures by name (each section's ``images.toml``; the demo downloads nothing).
- Files in a folder are loaded in file-name order (hence the ``01-`` prefixes): it is the
  order of the pages in the tree.
- Dates relative to the loading day are whole days (``days_ago``, ``start_days``…).
"""

import html
import io
import logging
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

from django.apps import apps
from django.core.files.images import ImageFile
from django.utils.module_loading import module_has_submodule
from PIL import Image, ImageDraw
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core.models import CustomImage

logger = logging.getLogger(__name__)

DEMO_MODULE = "demo"


@dataclass
class DemoContext:
    """What the app loaders share: locales, the home pages and a log of what was created."""

    vi: Locale
    en: Locale
    created: list[str] = field(default_factory=list)
    pages: dict[str, Page] = field(default_factory=dict)

    def note(self, what: str) -> None:
        self.created.append(what)


def loaders() -> list[ModuleType]:
    """The ``demo`` modules of the installed apps that define ``load``, in INSTALLED_APPS order."""
    modules = []
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, DEMO_MODULE):
            module = import_module(f"{config.name}.{DEMO_MODULE}")
            if callable(getattr(module, "load", None)):
                modules.append(module)
    return modules


def data_files() -> Iterator[Path]:
    """Every demo data file of every app, in loading order (for tools that reuse the texts)."""
    for module in loaders():
        yield from sorted(Path(str(module.__file__)).parent.rglob("*.toml"))


def read(path: Path) -> dict:
    with path.open("rb") as file:
        return tomllib.load(file)


def read_folder(folder: Path) -> list[dict]:
    """The items of a folder, one per file, in file-name order."""
    return [read(path) for path in sorted(folder.glob("*.toml"))]


def vi_text(text: dict | None) -> str:
    """The Vietnamese of a ``{vi, en}`` text; an absent text is empty."""
    return text["vi"] if text else ""


def english_texts(data) -> dict[str, str]:
    """Every ``{vi, en}`` text found anywhere in ``data``, as a Vietnamese-to-English lookup."""
    mapping = {}

    def collect(value):
        if isinstance(value, dict):
            if isinstance(value.get("vi"), str) and isinstance(value.get("en"), str):
                mapping[value["vi"]] = value["en"]
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(data)
    return mapping


DEMO_CREDIT = {"vi": "Sở KH&CN Hưng Yên", "en": "Hung Yen Department of Science and Technology"}


def make_image(
    title: str,
    colors: tuple[str, str],
    *,
    size=(1600, 900),
    alt: dict[str, str] | None = None,
    credit: dict[str, str] | None = None,
):
    """A generated picture (gradient and rings): the demo downloads nothing.

    ``alt`` and ``credit`` are texts by language (``{vi = "…", en = "…"}``); without them
    the title is the Vietnamese alt text and the agency the credit.
    """
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
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
    image = CustomImage(title=title)
    for kind, texts in (("alt", alt or {"vi": title}), ("credit", credit or DEMO_CREDIT)):
        for language, text in texts.items():
            image.set_text(kind, language, text)
    image.file = ImageFile(buffer, name=f"demo-{abs(hash(title)) % 10**8}.jpg")
    image.save()
    return image


class Images:
    """A section's pictures by name, from its ``images.toml``: ``[name]`` with ``colors =
    [a, b]``, and the ``alt`` text and ``credit`` in both languages."""

    def __init__(self, path: Path):
        self.specs = read(path)

    def get(self, name: str):
        spec = self.specs[name]
        return make_image(
            name, tuple(spec["colors"]), alt=spec.get("alt"), credit=spec.get("credit")
        )


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


def rich_text(*paragraphs: str | list[str]) -> str:
    """Paragraphs as rich text; a list of strings is a bullet list."""
    parts = []
    for paragraph in paragraphs:
        if isinstance(paragraph, list):
            items = "".join(f"<li>{html.escape(item, quote=False)}</li>" for item in paragraph)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{html.escape(paragraph, quote=False)}</p>")
    return "".join(parts)


def body_blocks(items: list[dict]) -> list[tuple]:
    """StreamField data (core.blocks' body blocks) in Vietnamese from ``[[body]]`` tables:
    ``paragraph`` and ``heading`` with ``vi``/``en``, ``list`` with ``items`` (texts), and
    ``quote`` with ``vi``/``en`` and an ``attribution`` text."""
    blocks: list[tuple[str, Any]] = []
    for item in items:
        kind = item["type"]
        if kind == "paragraph":
            blocks.append(("paragraph", rich_text(item["vi"])))
        elif kind == "heading":
            blocks.append(("heading", {"text": item["vi"], "level": "h2"}))
        elif kind == "list":
            blocks.append(("paragraph", rich_text([entry["vi"] for entry in item["items"]])))
        elif kind == "quote":
            blocks.append(
                ("quote", {"text": item["vi"], "attribution": vi_text(item.get("attribution"))})
            )
        else:
            raise ValueError(f"Unknown demo body block {kind!r}")
    return blocks


def taxonomy(model, table: dict[str, dict], ctx: DemoContext) -> dict:
    """Translated taxonomy records from a ``[slug] vi = … en = …`` table; other keys of an
    entry are model fields (e.g. ``province``)."""
    records = {}
    for slug, entry in table.items():
        record = model.objects.filter(slug=slug, locale=ctx.vi).first()
        if record is None:
            values = {key: value for key, value in entry.items() if key not in ("vi", "en")}
            record = model.objects.create(slug=slug, name=entry["vi"], locale=ctx.vi, **values)
            ctx.note(f"{model.__name__} {slug}")
        translate(record, {entry["vi"]: entry["en"]}, ctx.en)
        records[slug] = record
    return records
