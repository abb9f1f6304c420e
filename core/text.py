"""Vietnamese text folding: one definition for slugs (and later, search).

Folding = NFC normalisation, then removing every diacritic (đ/Đ included, which
Unicode does not decompose and Django's slugify silently drops), then lowercasing.
"""

import re
import unicodedata

from django.utils.text import slugify

# Base letters of the Vietnamese alphabet with their marked forms, lowercase. Kept
# explicit (rather than relying on NFD alone) because the admin's slug field needs
# the same table as JavaScript regex formatters.
VIETNAMESE_LETTERS = {
    "a": "àáạảãâầấậẩẫăằắặẳẵ",
    "e": "èéẹẻẽêềếệểễ",
    "i": "ìíịỉĩ",
    "o": "òóọỏõôồốộổỗơờớợởỡ",
    "u": "ùúụủũưừứựửữ",
    "y": "ỳýỵỷỹ",
    "d": "đ",
}

_TRANSLATION = {
    ord(marked): base
    for base, marks in VIETNAMESE_LETTERS.items()
    for marked in marks + marks.upper()
}


def fold(text: str) -> str:
    """'Đồng Tháp' -> 'dong thap'. Also strips any other combining mark."""
    text = unicodedata.normalize("NFC", text or "").translate(_TRANSLATION)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slugify_vi(text: str) -> str:
    """'Đào tạo chuyển đổi số' -> 'dao-tao-chuyen-doi-so'."""
    return slugify(fold(text))


def slug_formatters() -> list[tuple[re.Pattern, str]]:
    """Regex replacements for Wagtail's SlugInput, so the admin folds like slugify_vi."""
    formatters = [
        (re.compile(f"[{marks}]", re.IGNORECASE), base)
        for base, marks in VIETNAMESE_LETTERS.items()
    ]
    # Decomposed input (some keyboards send base letter + combining mark).
    formatters.append((re.compile("[\u0300-\u036f]"), ""))
    return formatters
