import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded and generated files go to a temporary folder, never the checkout."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def demo(db):
    """The bilingual demo site, as the README's first command loads it."""
    call_command("load_demo", "--no-admin", "--host", "testserver", "--port", "80", verbosity=0)
    return {
        "vi": Locale.objects.get(language_code="vi"),
        "en": Locale.objects.get(language_code="en"),
    }


@pytest.fixture
def page_by_slug():
    def get(slug):
        return Page.objects.get(slug=slug).specific

    return get
