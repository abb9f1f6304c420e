"""What English showcase pages say about people, places and decisions is in English."""

import pytest
from bs4 import BeautifulSoup

# Rendering, not the database engine: .ci/run runs these once, on SQLite.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_independent]

TECHNOLOGY = {
    "vi": "/trung-bay/say-bom-nhiet-hong-ngoai-long-nhan/",
    "en": "/en/showcase/heat-pump-infrared-drying-for-longan/",
}
FIVE_STAR_PRODUCT = "/en/showcase/da-trach-lotus-scented-tea/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def details(page) -> dict[str, str]:
    return {dt.text.strip(): dt.find_next_sibling("dd").text.strip() for dt in page.select("dt")}


def test_authors_academic_titles_are_translated(client, demo):
    assert details(soup(client.get(TECHNOLOGY["vi"])))["Tác giả"] == (
        "PGS.TS. Nguyễn Văn An; ThS. Trần Thị Bình; KS. Vũ Đức Thắng"
    )
    assert details(soup(client.get(TECHNOLOGY["en"])))["Authors"] == (
        "Assoc. Prof. Dr. Nguyen Van An; MSc. Tran Thi Binh; Eng. Vu Duc Thang"
    )


def test_the_recognition_decision_names_its_issuer_once(client, demo):
    decision = details(soup(client.get(FIVE_STAR_PRODUCT)))["Recognition decision"]
    assert decision.endswith("· Ministry (national level)")
    assert "((" not in decision and "))" not in decision


def test_province_names_follow_the_language(client, demo):
    footer = {
        lang: soup(client.get(url)).footer.text for lang, url in (("vi", "/"), ("en", "/en/"))
    }
    assert "Hưng Yên" in footer["vi"]
    assert "Hung Yen" in footer["en"] and "Hưng Yên" not in footer["en"]
