"""Add synthetic articles (for benchmarks): Vietnamese with English translations."""

import datetime
import random

from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.models import Locale

from core.demo import translate
from news.models import NewsIndexPage, NewsPage, Topic

WORDS_VI = (
    "thị trường khoa học công nghệ chuyển giao thương mại hóa kết quả nghiên cứu "
    "doanh nghiệp đổi mới sáng tạo sản phẩm OCOP sở hữu trí tuệ tỉnh kế hoạch "
    "chương trình hỗ trợ kết nối cung cầu hội chợ đào tạo tập huấn"
).split()
WORDS_EN = (
    "science technology market transfer commercialization research results business "
    "innovation product OCOP intellectual property province plan programme support "
    "supply demand matchmaking fair training workshop"
).split()


class Command(BaseCommand):
    help = "Add COUNT synthetic articles to the Vietnamese news index (and translate most)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=2030)

    def handle(self, *args, count, seed, **options):
        rng = random.Random(seed)
        vi = Locale.objects.get(language_code="vi")
        en = Locale.objects.get(language_code="en")
        index = NewsIndexPage.objects.get(locale=vi)
        topics = list(Topic.objects.filter(locale=vi))
        start = NewsPage.objects.filter(slug__startswith="bai-tong-hop-").count()
        for n in range(start, start + count):
            title = f"Bài tổng hợp {n}: " + " ".join(rng.choices(WORDS_VI, k=8))
            page = NewsPage(
                title=title,
                slug=f"bai-tong-hop-{n}",
                lead=" ".join(rng.choices(WORDS_VI, k=30)),
                date=timezone.localdate() - datetime.timedelta(days=rng.randint(0, 900)),
                body=[("paragraph", "<p>" + " ".join(rng.choices(WORDS_VI, k=120)) + "</p>")],
            )
            page.topics.set(rng.sample(topics, k=min(2, len(topics))))
            index.add_child(instance=page)
            page.save_revision().publish()
            if n % 5:  # most articles get an English version
                page.refresh_from_db()
                english = {
                    page.title: f"Digest {n}: " + " ".join(rng.choices(WORDS_EN, k=8)),
                    page.slug: f"digest-{n}",
                    page.lead: " ".join(rng.choices(WORDS_EN, k=30)),
                }
                body_text = page.body[0].value.source.removeprefix("<p>").removesuffix("</p>")
                english[body_text] = " ".join(rng.choices(WORDS_EN, k=120))
                translate(page, english, en)
        self.stdout.write(f"Added {count} articles.")
