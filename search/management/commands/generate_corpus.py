"""A synthetic bilingual corpus for search benchmarks: COUNT Vietnamese news articles drawn
from the demo content's vocabulary (itself written from the seeds), each with an English
version sharing its translation key.

Pages are added unpublished (so nothing is indexed one by one), then published in bulk
and indexed once with update_index. Benchmark databases only: it is not demo content.
"""

import datetime
import random
import time
from collections import Counter

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale

from core.demo import data_files, read
from core.search import WORD
from news.models import NewsIndexPage, NewsPage


def vocabulary(language: str) -> list[str]:
    """Words of the demo content ("vi" or "en"), most frequent first, so that drawing with
    Zipf-like weights gives text with a realistic spread of word frequencies."""
    texts = []

    def collect(value):
        if isinstance(value, dict):
            if isinstance(value.get(language), str):
                texts.append(value[language])
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for path in data_files():
        collect(read(path))
    counts = Counter(w.lower() for text in texts for w in WORD.findall(text) if not w.isdigit())
    return [word for word, _count in counts.most_common()]


def sentence(rng, words, weights, length):
    return " ".join(rng.choices(words, weights=weights, k=length))


BATCH = 500


class Command(BaseCommand):
    help = "Add COUNT synthetic bilingual articles for search benchmarks, then index them."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=2030)

    def handle(self, *args, count, seed, **options):
        rng = random.Random(seed)
        vi_words, en_words = vocabulary("vi"), vocabulary("en")
        vi_weights = [1 / (rank + 1) for rank in range(len(vi_words))]
        en_weights = [1 / (rank + 1) for rank in range(len(en_words))]
        vi, en = (Locale.objects.get(language_code=c) for c in ("vi", "en"))
        index_vi = NewsIndexPage.objects.get(locale=vi)
        index_en = index_vi.get_translation(en)
        start = NewsPage.objects.filter(slug__startswith="corpus-vi-").count()
        began = time.monotonic()
        today = timezone.localdate()
        for batch_start in range(start, start + count, BATCH):
            with transaction.atomic():
                for n in range(batch_start, min(batch_start + BATCH, start + count)):
                    date = today - datetime.timedelta(days=rng.randint(0, 2000))
                    vi_page = NewsPage(
                        title=sentence(rng, vi_words, vi_weights, 9).capitalize(),
                        slug=f"corpus-vi-{n}",
                        date=date,
                        live=False,
                        lead=sentence(rng, vi_words, vi_weights, 35),
                        body=[
                            ("paragraph", "<p>" + sentence(rng, vi_words, vi_weights, 150) + "</p>")
                        ],
                    )
                    index_vi.add_child(instance=vi_page)
                    en_page = NewsPage(
                        title=sentence(rng, en_words, en_weights, 9).capitalize(),
                        slug=f"corpus-en-{n}",
                        date=date,
                        live=False,
                        locale=en,
                        translation_key=vi_page.translation_key,
                        lead=sentence(rng, en_words, en_weights, 35),
                        body=[
                            ("paragraph", "<p>" + sentence(rng, en_words, en_weights, 150) + "</p>")
                        ],
                    )
                    index_en.add_child(instance=en_page)
            self.stdout.write(f"{min(batch_start + BATCH, start + count) - start} / {count}")
        now = timezone.now()
        NewsPage.objects.filter(slug__startswith="corpus-", live=False).update(
            live=True, has_unpublished_changes=False, first_published_at=now, last_published_at=now
        )
        call_command("update_index", verbosity=0)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # fresh statistics after a bulk load
        self.stdout.write(
            f"Added {count} articles in each language in "
            f"{time.monotonic() - began:.0f} s (indexing included)."
        )
