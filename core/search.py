"""Diacritic-insensitive search, the same on SQLite FTS5 and PostgreSQL.

Every searchable field is indexed twice: as written and folded (see core.text.fold), so
"thi truong" finds "thị trường", "Dong Thap" finds "Đồng Tháp", and a query typed with its
diacritics still finds the text (its folded copy is searched too). A page whose words
match exactly, diacritics included, matches both copies and ranks first.

Queries are reduced to words before they reach the search engine: punctuation, quotes
inside words, SQL or FTS syntax never get through. A quoted part becomes a phrase.

Listing filters that match part of a field (the showcase index's words, a document's
number) fold the same way through a stored folded copy (FoldedTextMixin).
"""

import re
import warnings
from dataclasses import dataclass

from django.db import connection, models
from django.db.models import Q
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from modelsearch import index
from modelsearch.query import And, Boost, Or, Phrase, PlainText

from core.text import fold

MAX_QUERY_LENGTH = 200
EXACT_FORM_BOOST = 3.0
# modelsearch's PostgreSQL backend applies Boost to ranking but warns that it cannot put
# it in the tsquery itself, which is what we want.
warnings.filterwarnings("ignore", message="The Boost query is not supported")
WORD = re.compile(r"\w+", re.UNICODE)


def with_folded_copy(value) -> str:
    """The indexed text: the original, then its folded copy when they differ."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = " ".join(str(v) for v in value if v)
    text = strip_tags(str(value))
    folded = fold(text)
    return text if folded == text.lower() else f"{text} {folded}"


class FoldedSearchField(index.SearchField):
    def get_value(self, obj):
        return with_folded_copy(super().get_value(obj))


class FoldedAutocompleteField(index.AutocompleteField):
    def get_value(self, obj):
        return with_folded_copy(super().get_value(obj))


def folded_search_fields(fields):
    """Replace search and autocomplete fields by their folding versions (others as they are)."""
    converted = []
    for field in fields:
        if isinstance(field, index.SearchField) and not isinstance(field, FoldedSearchField):
            converted.append(FoldedSearchField(field.field_name, boost=field.boost, **field.kwargs))
        elif isinstance(field, index.AutocompleteField) and not isinstance(
            field, FoldedAutocompleteField
        ):
            converted.append(FoldedAutocompleteField(field.field_name, **field.kwargs))
        else:
            converted.append(field)
    return converted


def clean_query(raw: str) -> str:
    """What the reader typed, made safe to show and to log: one line, a sane length."""
    text = "".join(c if c.isprintable() else " " for c in (raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


@dataclass(frozen=True)
class ParsedQuery:
    words: list[str]
    phrases: list[list[str]]

    @property
    def folded_key(self) -> str:
        """The query's identity for promotions and the log: "khoa học" = "khoa hoc"."""
        parts = [" ".join(p) for p in self.phrases] + self.words
        return fold(" ".join(parts))

    @property
    def terms(self) -> list[str]:
        return self.words + [w for p in self.phrases for w in p]

    def __bool__(self):
        return bool(self.words or self.phrases)


def parse_query(text: str) -> ParsedQuery:
    """Words, and phrases in double quotes (an unbalanced quote is ignored)."""
    phrases, words = [], []
    parts = text.split('"')
    for position, part in enumerate(parts):
        tokens = WORD.findall(part)
        inside_quotes = position % 2 == 1 and position < len(parts) - 1
        if inside_quotes and len(tokens) > 1:
            phrases.append(tokens)
        else:
            words += tokens
    return ParsedQuery(words[:20], phrases[:5])


def build_query(parsed: ParsedQuery):
    """All words must match (in either form); the best matches first."""
    parts = []
    if parsed.words:
        exact = " ".join(parsed.words)
        folded = fold(exact)
        if folded == exact.lower():
            parts.append(PlainText(exact, operator="and"))
        else:
            as_typed = PlainText(exact, operator="and")
            if connection.vendor == "postgresql":
                # Rank text written with the reader's diacritics above its folded look-alikes
                # (SQLite's bm25 already favours rows matching both forms).
                as_typed = Boost(as_typed, EXACT_FORM_BOOST)
            parts.append(Or([as_typed, PlainText(folded, operator="and")]))
    for phrase in parsed.phrases:
        parts.append(Phrase(fold(" ".join(phrase))))
    return parts[0] if len(parts) == 1 else And(parts)


def fold_preserving_length(text: str) -> str:
    """fold() one character at a time, so positions in the result match the original."""
    return "".join(fold(c)[:1] or c for c in text)


def highlight(text: str, terms: list[str], length: int = 240):
    """An excerpt around the first match, with matched words in <mark>, HTML-escaped."""
    text = " ".join(strip_tags(text or "").split())
    folded = fold_preserving_length(text)
    needles = sorted({fold(t) for t in terms if t}, key=len, reverse=True)
    spans = []
    for needle in needles:
        for match in re.finditer(rf"(?<!\w){re.escape(needle)}", folded):
            spans.append((match.start(), match.end()))
    spans.sort()
    start = max(0, spans[0][0] - length // 3) if spans else 0
    end = min(len(text), start + length)
    pieces: list[str] = []
    cursor = start
    for a, b in spans:
        if a < cursor or a >= end:
            continue
        pieces.append(escape(text[cursor:a]))
        pieces.append(f"<mark>{escape(text[a : min(b, end)])}</mark>")
        cursor = min(b, end)
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)


def fold_for_filter(*values) -> str:
    """Folded text with its whitespace collapsed; one line per value, so that a filter's
    words never match across two fields."""
    return "\n".join(" ".join(fold(value or "").split()) for value in values)


class FoldedTextMixin(models.Model):
    """A stored folded copy of a few text fields, for listing filters that ignore diacritics
    and case exactly as site search does ("nhan long" finds "Nhãn lồng", "2209/QD-UBND"
    finds "2209/QĐ-UBND"). Plain LIKE on a column: the same on SQLite and PostgreSQL.

    Subclasses name the fields in folded_text_fields; the copy is refreshed on every save
    that writes one of them (a draft revision writes none of them on the live row)."""

    folded_text = models.TextField(editable=False, blank=True, default="")
    folded_text_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or set(update_fields) & set(self.folded_text_fields):
            self.folded_text = fold_for_filter(
                *(getattr(self, name) for name in self.folded_text_fields)
            )
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "folded_text"}
        return super().save(*args, **kwargs)


def folded_contains(text: str) -> Q:
    """Rows of a FoldedTextMixin model one of whose folded fields contains the folded text."""
    return Q(folded_text__contains=fold_for_filter(text))


# The hook each section registers its result types with, in its wagtail_hooks.py:
#   @hooks.register(SEARCH_RESULT_TYPE_HOOK, order=100)
#   def news_results(): return SearchResultType("news", _("News"), NewsPage)
# Site search lists them as tabs, by hook order; "pages" is everything else.
SEARCH_RESULT_TYPE_HOOK = "register_search_result_type"


@dataclass(frozen=True)
class SearchResultType:
    name: str  # its ?type= value
    label: str
    model: type  # pages of this model and its subclasses
