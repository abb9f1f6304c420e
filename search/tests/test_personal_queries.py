"""The search report leaves out queries that are someone's email address or phone number,
however they are written, and keeps ordinary searches: document numbers, years, dates."""

import pytest

from search.models import SearchQueryLog

pytestmark = pytest.mark.django_db

PERSONAL = [
    "0912/345/678",
    "0912_345_678",
    "0912.345.678",
    "0912 345 678",
    "0912–345–678",
    "+84 912 345 678",
    "(+84) 912345678",
    "(028) 3829 1234",
    "034095001234",
    "lan@nongsansach.vn",
    "lan＠nongsansach.vn",
    "name(at)gmail.com",
    "name [at] gmail [dot] com",
    "name {AT} gmail.com",
    "name at gmail dot com",
    "tên a còng gmail chấm com",
]
ORDINARY = [
    "1285/QĐ-UBND",
    "25/CT-TTg",
    "13/2023/NĐ-CP",
    "123/2024/TT-BKHCN",
    "2024",
    "kế hoạch 2021-2025",
    "OCOP 2023 2024",
    "hội thảo 12/10/2024 - 15/11/2024",
    "khoa học",
    "research at university",
]


@pytest.mark.parametrize("query", PERSONAL)
def test_personal_data_never_reaches_the_report(client, demo, query):
    assert client.get("/search/", {"q": query}).status_code == 200
    assert client.get("/en/search/", {"q": query}).status_code == 200
    assert not SearchQueryLog.objects.exists()


@pytest.mark.parametrize("query", ORDINARY)
def test_ordinary_searches_are_counted(client, demo, query):
    assert client.get("/search/", {"q": query}).status_code == 200
    assert SearchQueryLog.objects.filter(language="vi", hits=1).count() == 1
