"""Small factories for focused test set-ups (the full demo is the `demo` fixture).

wagtail-factories' PageFactory places a page with ``parent=``; the page factories here also
save a revision and publish it (``draft=True``: a draft). The builder functions below are
the short forms most tests use.
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from core.demo import make_image
from core.text import slugify_vi
from events.models import EventIndexPage, EventPage
from home.models import ContentPage, HomePage
from news.models import (
    DocumentRegisterPage,
    IssuingBody,
    NewsIndexPage,
    NewsPage,
    OfficialDocumentPage,
    Topic,
)
from showcase.models import (
    Commune,
    Inquiry,
    OcopProductPage,
    ProductGroup,
    ResearchField,
    ShowcaseIndexPage,
    TechnologyPage,
)


def vietnamese():
    return Locale.objects.get(language_code="vi")


# --- Taxonomies ----------------------------------------------------------------------------


class TaxonomyFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    locale = factory.LazyFunction(vietnamese)
    slug = factory.LazyAttribute(lambda o: slugify_vi(o.name))


class TopicFactory(TaxonomyFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Chủ đề {n}")


class IssuingBodyFactory(TaxonomyFactory):
    class Meta:
        model = IssuingBody

    name = factory.Sequence(lambda n: f"Cơ quan ban hành {n}")


class ProductGroupFactory(TaxonomyFactory):
    class Meta:
        model = ProductGroup

    name = factory.Sequence(lambda n: f"Nhóm sản phẩm {n}")


class ResearchFieldFactory(TaxonomyFactory):
    class Meta:
        model = ResearchField

    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")


class CommuneFactory(TaxonomyFactory):
    class Meta:
        model = Commune

    name = factory.Sequence(lambda n: f"Xã Thử Nghiệm {n}")
    province = "hung-yen"


# --- Pages ---------------------------------------------------------------------------------


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page saved with a revision and published, as the admin does; ``draft=True`` keeps
    it an unpublished draft."""

    class Meta:
        abstract = True
        # The hook below saves the page itself; one more save would undo its revision ids.
        skip_postgeneration_save = True

    class Params:
        draft = factory.Trait(live=False)

    # Empty: BasePage folds the title into a slug that is unique among its siblings.
    slug = ""

    @factory.post_generation
    def revision(page, create, extracted, **kwargs):
        if create:
            revision = page.save_revision()
            if page.live:
                revision.publish()
            page.refresh_from_db()


class HomePageFactory(PublishedPageFactory):
    class Meta:
        model = HomePage

    title = "Trang chủ"
    slug = "trang-chu-test"
    locale = factory.LazyFunction(vietnamese)


class ContentPageFactory(PublishedPageFactory):
    class Meta:
        model = ContentPage

    title = factory.Sequence(lambda n: f"Trang nội dung {n}")
    intro = factory.LazyAttribute(lambda o: f"Giới thiệu: {o.title}")


class NewsIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Tin tức"
    slug = "tin-tuc"


class NewsPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Bài {n}")
    lead = factory.LazyAttribute(lambda o: f"Tóm tắt: {o.title}")
    date = factory.LazyFunction(timezone.localdate)


class DocumentRegisterPageFactory(PublishedPageFactory):
    class Meta:
        model = DocumentRegisterPage

    title = "Văn bản chỉ đạo, điều hành"
    slug = "van-ban"


class OfficialDocumentPageFactory(PublishedPageFactory):
    class Meta:
        model = OfficialDocumentPage

    number = factory.Sequence(lambda n: f"{n + 100}/QĐ-UBND")
    title = factory.LazyAttribute(lambda o: f"Quyết định {o.number}")
    doc_type = "decision"
    issuer = factory.SubFactory(IssuingBodyFactory)
    date_issued = datetime.date(2023, 12, 8)
    summary = factory.LazyAttribute(lambda o: f"Nội dung chính của {o.title}.")


class ShowcaseIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = ShowcaseIndexPage

    title = "Sản phẩm và công nghệ"
    slug = "trung-bay"


class OcopProductPageFactory(PublishedPageFactory):
    class Meta:
        model = OcopProductPage

    title = factory.Sequence(lambda n: f"Sản phẩm OCOP {n}")
    summary = factory.LazyAttribute(lambda o: f"Giới thiệu: {o.title}")
    product_group = factory.SubFactory(ProductGroupFactory)
    commune = factory.SubFactory(CommuneFactory)
    score = 75
    producer = "Hợp tác xã Thử Nghiệm"
    producer_type = "cooperative"
    tax_code = "0900123452"
    decision_number = "1285/QĐ-UBND"
    decision_date = factory.LazyFunction(timezone.localdate)
    decision_level = "provincial"


class TechnologyPageFactory(PublishedPageFactory):
    class Meta:
        model = TechnologyPage

    title = factory.Sequence(lambda n: f"Công nghệ {n}")
    summary = factory.LazyAttribute(lambda o: f"Giới thiệu: {o.title}")
    research_field = factory.SubFactory(ResearchFieldFactory)
    trl = 7
    ip_type = "none"
    status = "open"
    host_institution = "Viện Thử Nghiệm"
    price_negotiable = True


class EventIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = EventIndexPage

    title = "Sự kiện"
    slug = "su-kien"


class EventPageFactory(PublishedPageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Hội thảo {n}")
    event_type = "workshop"
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=4))
    summary = factory.LazyAttribute(lambda o: f"Giới thiệu: {o.title}")
    organizer = "Sở Khoa học và Công nghệ"
    province = "hung-yen"
    registration_enabled = False


# --- Builders ------------------------------------------------------------------------------


def site_with_home():
    """A fresh Vietnamese home page, made the default site's root (the demo's stays aside)."""
    Locale.objects.get_or_create(language_code="en")
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "testserver", "port": 80}
    )
    return home


def news_index(home, **kwargs):
    return NewsIndexPageFactory(parent=home, **kwargs)


def topic(name, slug=None):
    return Topic.objects.create(name=name, slug=slug or "", locale=vietnamese())


def article(index, title, *, days_ago=0, topics=(), image=False, publish=True, **fields):
    page = NewsPageFactory.build(
        title=title,
        lead=fields.pop("lead", f"Tóm tắt: {title}"),
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        **fields,
    )
    if image:
        page.featured_image = make_image(f"Ảnh {title}", ("#0a4a8c", "#1b7f79"), size=(320, 180))
    if topics:
        page.topics.set(topics)
    page.live = publish
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


def inquiry(entry, form_token: str, **fields) -> Inquiry:
    """A business's inquiry about an entry, saved as the public form saves it."""
    data = {
        "organization": "Hợp tác xã Rau sạch Tiên Lữ",
        "contact_name": "Lê Thị Hoa",
        "email": "hoa@rausach.example.vn",
        "phone": "0912000111",
        "need": "buy",
        "message": "Báo giá",
        "language": "vi",
        "consent": True,
        "consent_at": timezone.now(),
        "privacy_notice_version": "1.0",
        **fields,
    }
    return Inquiry.objects.create(entry=entry, form_token=form_token, **data)
