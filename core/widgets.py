from wagtail.admin.widgets import SlugInput

from core.text import slug_formatters


class VietnameseSlugInput(SlugInput):
    """The admin's slug field, folding Vietnamese like core.text.slugify_vi does.

    Wagtail's built-in transliteration maps Đ to "Dj" (Serbian) and drops other
    Vietnamese letters, so the same folding table is sent as regex formatters.
    """

    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=formatters or slug_formatters(), locale=locale)
