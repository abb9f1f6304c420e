"""What readers search for: a daily count per folded query and language."""

import re

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import fold

# An email address or a phone/ID number typed into the search box is someone's personal
# data: such queries are answered but never written to the report (search.views). Matched
# on the folded query, whatever the separators: "0912/345/678", "+84 912 345 678",
# "name(at)gmail.com", "name [at] gmail [dot] com". Document numbers ("1285/QĐ-UBND") and
# years have fewer than 9 digits in a row; dates are taken out first.
_AT = r"(?:at|a cong)"
PERSONAL_QUERY = re.compile(
    r"[@\uff20]"  # @ and the full-width ＠
    rf"|[(\[{{<]\s*{_AT}\s*[)\]}}>]"  # (at) [at] {at} <at>
    rf"|\b{_AT}\s+\S+\s*(?:[(\[{{<]\s*)?\b(?:dot|cham)\b"  # name at gmail dot com
    r"|\d(?:[\s./_\-\u2013\u2014()]{0,3}\d){8,}"  # 9+ digits, any separators
)
DATE = re.compile(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\b")


def is_personal_query(query: str) -> bool:
    return bool(PERSONAL_QUERY.search(DATE.sub(" ", fold(query))))


class SearchQueryLog(models.Model):
    """Keyed by the folded query ("khoa học" and "khoa hoc" are one query) and language."""

    query = models.CharField(_("query"), max_length=200)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    day = models.DateField(_("day"), default=timezone.localdate)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(_("results last time"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "day"], name="one_log_row_per_query_language_day"
            )
        ]
        indexes = [models.Index(fields=["day", "language"])]

    def __str__(self):
        return self.query

    @classmethod
    def record(cls, query: str, language: str, results: int) -> None:
        if not query:
            return
        day = timezone.localdate()
        updated = cls.objects.filter(query=query, language=language, day=day).update(
            hits=F("hits") + 1, results=results
        )
        if not updated:
            try:
                with transaction.atomic():
                    cls.objects.create(
                        query=query, language=language, day=day, hits=1, results=results
                    )
            except IntegrityError:  # created meanwhile by another request
                cls.objects.filter(query=query, language=language, day=day).update(
                    hits=F("hits") + 1, results=results
                )
