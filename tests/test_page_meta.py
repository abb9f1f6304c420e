"""Every public page describes itself to search engines, and the header does not move
after the first paint (both found by bench/lighthouse.py)."""

import pytest
from bs4 import BeautifulSoup

# Rendering, not the database engine: .ci/run runs these once, on SQLite.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_independent]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/en/",
        "/tin-tuc/",
        "/en/news/",
        "/trung-bay/",
        "/en/showcase/",
        "/su-kien/",
        "/en/events/",
        "/search/?q=cong+nghe",
        "/en/search/?q=technology",
    ],
)
def test_pages_without_a_search_description_still_have_one(client, demo, path):
    meta = soup(client.get(path)).find("meta", attrs={"name": "description"})
    assert meta is not None and len(meta["content"].strip()) > 20


def test_home_description_falls_back_to_the_banner_text(client, demo):
    page = soup(client.get("/"))
    banner = page.select_one(".hero__text").get_text(strip=True)
    assert page.find("meta", attrs={"name": "description"})["content"] == banner


def test_menu_is_served_folded(client, demo):
    """A menu served open and folded by script on phones would move the whole page down
    and up again once the script runs; wide screens unfold it by CSS."""
    menu = soup(client.get("/")).select_one("details[data-menu]")
    assert menu is not None and not menu.has_attr("open")


@pytest.mark.parametrize("path", ["/trung-bay/", "/en/showcase/"])
def test_showcase_filters_are_served_folded(client, demo, path):
    """Likewise the filter panel beside the showcase results (folded on phones)."""
    facets = soup(client.get(path)).select_one("details.facets")
    assert facets is not None and not facets.has_attr("open")
    assert facets.select("input[name=stars]")  # still in the page, for wide screens
