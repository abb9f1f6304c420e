"""A synthetic bilingual corpus for search benchmarks: COUNT Vietnamese news articles from
the seeds' vocabulary, each with an English version sharing its translation key.

Pages are added unpublished (so nothing is indexed one by one), then published in bulk
and indexed once with update_index. Benchmark databases only: it is not demo content.
"""

import datetime
import random
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPage

VI_WORDS = (
    "thị trường khoa học công nghệ chuyển giao thương mại hóa kết quả nghiên cứu doanh "
    "nghiệp đổi mới sáng tạo sản phẩm OCOP sở hữu trí tuệ tỉnh kế hoạch chương trình hỗ "
    "trợ kết nối cung cầu hội chợ đào tạo tập huấn dừa sáp nhãn lồng Hưng Yên Đồng Tháp "
    "Trà Vinh Bình Định Lạng Sơn Thanh Hóa ngân sách nhà nước tổ chức trung gian sàn giao "
    "dịch thiết bị cơ sở dữ liệu quốc gia chỉ thị quyết định công văn năng suất chất lượng"
).split()
EN_WORDS = (
    "science technology market transfer commercialization research results business "
    "innovation product OCOP intellectual property province plan programme support supply "
    "demand matchmaking fair training coconut longan budget intermediary exchange equipment "
    "database national directive decision letter productivity quality"
).split()
BATCH = 500


class Command(BaseCommand):
    help = "Add COUNT synthetic bilingual articles for search benchmarks, then index them."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=2030)

    def handle(self, *args, count, seed, **options):
        rng = random.Random(seed)
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
                        title=" ".join(rng.choices(VI_WORDS, k=9)).capitalize(),
                        slug=f"corpus-vi-{n}", date=date, live=False,
                        lead=" ".join(rng.choices(VI_WORDS, k=35)),
                        body=[("paragraph", "<p>" + " ".join(rng.choices(VI_WORDS, k=150))
                               + "</p>")],
                    )
                    index_vi.add_child(instance=vi_page)
                    en_page = NewsPage(
                        title=" ".join(rng.choices(EN_WORDS, k=9)).capitalize(),
                        slug=f"corpus-en-{n}", date=date, live=False, locale=en,
                        translation_key=vi_page.translation_key,
                        lead=" ".join(rng.choices(EN_WORDS, k=35)),
                        body=[("paragraph", "<p>" + " ".join(rng.choices(EN_WORDS, k=150))
                               + "</p>")],
                    )
                    index_en.add_child(instance=en_page)
            self.stdout.write(f"{min(batch_start + BATCH, start + count) - start} / {count}")
        now = timezone.now()
        NewsPage.objects.filter(slug__startswith="corpus-", live=False).update(
            live=True, has_unpublished_changes=False, first_published_at=now,
            last_published_at=now)
        call_command("update_index", verbosity=0)
        self.stdout.write(f"Added {count} articles in each language in "
                          f"{time.monotonic() - began:.0f} s (indexing included).")
