"""Inquiries as Showcase managers read them: CSV and XLSX exports, the list, the inspect view."""

import datetime

import pytest
from bs4 import BeautifulSoup

from core.roles import SHOWCASE_MANAGERS
from showcase.models import Inquiry, OcopProductPage
from tests.exports import read_csv, read_xlsx
from tests.test_roles import login_as

pytestmark = pytest.mark.django_db

# 01:30 UTC is 08:30 in Hà Nội (+07:00).
RECEIVED = datetime.datetime(2026, 3, 1, 1, 30, tzinfo=datetime.UTC)


@pytest.fixture
def inquiry(demo):
    return Inquiry.objects.create(
        entry=OcopProductPage.objects.filter(locale=demo["vi"], live=True).first(),
        organization="Công ty TNHH Thực phẩm Xanh",
        contact_name="Đỗ Minh Anh",
        email="anh@thucphamxanh.example.vn",
        phone="0912000222",
        need="buy",
        message="Xin báo giá",
        language="vi",
        consent=True,
        consent_at=RECEIVED,
        privacy_notice_version="1.0",
        created_at=RECEIVED,
        form_token="staff-exports-1",
    )


def row_of(rows, inquiry):
    [row] = [row for row in rows if row["Mã yêu cầu"] == inquiry.reference]
    return row


def test_csv_export_reads_in_vietnamese_and_local_time(client, inquiry):
    login_as(client, SHOWCASE_MANAGERS)
    header, rows = read_csv(client.get("/admin/inquiries/?export=csv"))
    assert header[:4] == ["Mã yêu cầu", "Thời điểm tiếp nhận", "Mục sản phẩm, công nghệ", "Tổ chức"]
    assert not {"reference", "contact_name", "created_at"} & set(header)
    row = row_of(rows, inquiry)
    assert row["Thời điểm tiếp nhận"] == "08:30, 01/03/2026"
    assert row["Mục sản phẩm, công nghệ"] == inquiry.entry.title
    assert row["Nhu cầu"] == "Mua sản phẩm"
    assert row["Trạng thái"] == "Mới"
    assert row["Ngôn ngữ"] == "Tiếng Việt"


def test_xlsx_export_keeps_a_local_date_cell(client, inquiry):
    login_as(client, SHOWCASE_MANAGERS)
    _header, rows, formats = read_xlsx(client.get("/admin/inquiries/?export=xlsx"))
    row = row_of(rows, inquiry)
    assert row["Thời điểm tiếp nhận"] == datetime.datetime(2026, 3, 1, 8, 30)
    assert formats["Thời điểm tiếp nhận"] == {"hh:mm, dd/mm/yyyy"}
    assert row["Nhu cầu"] == "Mua sản phẩm" and row["Trạng thái"] == "Mới"


def test_list_and_inspect_view_read_in_local_time(client, inquiry):
    login_as(client, SHOWCASE_MANAGERS)
    listing = BeautifulSoup(client.get("/admin/inquiries/").content, "html.parser")
    [line] = [tr for tr in listing.select("tbody tr") if inquiry.reference in tr.text]
    cells = [td.text.strip() for td in line.select("td")]
    assert "08:30, 01/03/2026" in cells and "Mua sản phẩm" in cells
    inspect = BeautifulSoup(
        client.get(f"/admin/inquiries/inspect/{inquiry.pk}/").content, "html.parser"
    )
    values = {dt.text.strip(): dt.find_next("dd").text.strip() for dt in inspect.select("dt")}
    assert values["Thời điểm tiếp nhận"] == "08:30, 01/03/2026"
    assert values["Thời điểm đồng ý"] == "08:30, 01/03/2026"
    assert values["Đồng ý xử lý dữ liệu cá nhân"] == "Có"
    assert values["Trạng thái"] == "Mới"
