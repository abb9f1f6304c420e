"""The page tree: where each page type may live, and that each renders where it lives.

Built from small factories (tests/factories.py), not from the demo.
"""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage, EventPage
from home.models import ContentPage, HomePage
from news.models import DocumentRegisterPage, NewsIndexPage, NewsPage, OfficialDocumentPage
from showcase.models import OcopProductPage, ShowcaseEntryPage, ShowcaseIndexPage, TechnologyPage
from tests import factories

SECTION_INDEXES = {NewsIndexPage, DocumentRegisterPage, ShowcaseIndexPage, EventIndexPage}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_pages_are_site_roots_under_wagtails_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedParentPageTypes(HomePage, {Page})
        # Wagtail's base Page is allowed everywhere it is not excluded, but never creatable.
        self.assertAllowedSubpageTypes(HomePage, {ContentPage, Page} | SECTION_INDEXES)
        self.assertFalse(Page.is_creatable)

    def test_content_pages_nest_under_the_home_page_and_each_other(self):
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertCanCreateAt(ContentPage, ContentPage)
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage, Page})

    def test_section_indexes_live_under_the_home_page_only(self):
        for index in SECTION_INDEXES:
            with self.subTest(index=index.__name__):
                self.assertCanCreateAt(HomePage, index)
                self.assertCanNotCreateAt(ContentPage, index)
                self.assertAllowedParentPageTypes(index, {HomePage})
                self.assertEqual(index.max_count_per_parent, 1)

    def test_news_articles_live_in_the_news_index(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertCanNotCreateAt(HomePage, NewsPage)

    def test_official_documents_live_in_the_register(self):
        self.assertAllowedSubpageTypes(DocumentRegisterPage, {OfficialDocumentPage})
        self.assertAllowedParentPageTypes(OfficialDocumentPage, {DocumentRegisterPage})
        self.assertAllowedSubpageTypes(OfficialDocumentPage, set())
        self.assertCanNotCreateAt(NewsIndexPage, OfficialDocumentPage)

    def test_showcase_entries_live_in_the_showcase_index(self):
        self.assertAllowedSubpageTypes(ShowcaseIndexPage, {OcopProductPage, TechnologyPage})
        for entry in (OcopProductPage, TechnologyPage):
            with self.subTest(entry=entry.__name__):
                self.assertAllowedParentPageTypes(entry, {ShowcaseIndexPage})
                self.assertAllowedSubpageTypes(entry, set())
                self.assertCanNotCreateAt(HomePage, entry)
        # The shared base of both entry kinds is not a page type of its own.
        self.assertFalse(ShowcaseEntryPage.is_creatable)
        self.assertCanNotCreateAt(ShowcaseIndexPage, ShowcaseEntryPage)

    def test_events_live_in_the_calendar(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertCanNotCreateAt(HomePage, EventPage)


class PageTreeBuiltFromFactoriesTests(WagtailPageTestCase):
    """One page of every type, each in its place, renders."""

    @classmethod
    def setUpTestData(cls):
        cls.home = factories.site_with_home()
        cls.content = factories.ContentPageFactory(parent=cls.home)
        cls.nested = factories.ContentPageFactory(parent=cls.content)
        cls.news = factories.NewsIndexPageFactory(parent=cls.home)
        cls.article = factories.NewsPageFactory(parent=cls.news)
        cls.register = factories.DocumentRegisterPageFactory(parent=cls.home)
        cls.document = factories.OfficialDocumentPageFactory(parent=cls.register)
        cls.showcase = factories.ShowcaseIndexPageFactory(parent=cls.home)
        cls.product = factories.OcopProductPageFactory(parent=cls.showcase)
        cls.technology = factories.TechnologyPageFactory(parent=cls.showcase)
        cls.calendar = factories.EventIndexPageFactory(parent=cls.home)
        cls.event = factories.EventPageFactory(parent=cls.calendar)

    def pages(self):
        return [
            self.home,
            self.content,
            self.nested,
            self.news,
            self.article,
            self.register,
            self.document,
            self.showcase,
            self.product,
            self.technology,
            self.calendar,
            self.event,
        ]

    def test_every_page_is_published_where_its_type_may_live(self):
        for page in self.pages():
            with self.subTest(page=type(page).__name__):
                self.assertTrue(page.live)
                self.assertIsNotNone(page.live_revision_id)
                parent = page.get_parent().specific_class
                self.assertIn(parent, type(page).allowed_parent_page_models())

    def test_every_page_renders(self):
        for page in self.pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(self.event, "ical/")
        self.assertPageIsRenderable(self.news, "feed/")

    def test_one_index_of_each_section_per_home_page(self):
        for index in SECTION_INDEXES:
            with self.subTest(index=index.__name__):
                self.assertFalse(index.can_create_at(self.home))
        self.assertTrue(ContentPage.can_create_at(self.home))

    def test_unpublished_factory_pages_stay_drafts(self):
        draft = factories.NewsPageFactory(parent=self.news, draft=True)
        self.assertFalse(draft.live)
        self.assertIsNone(draft.live_revision_id)
        self.assertIsNotNone(draft.latest_revision_id)
        self.assertPageIsRenderable(draft, accept_404=True)
