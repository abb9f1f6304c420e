"""Registrations as staff read them: the list, the inspect view, CSV and XLSX exports, the
event filter, and the event editor's registrations panel."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.users.models import UserProfile

from core.roles import EVENT_MANAGERS, MODERATORS
from events.models import EventIndexPage, EventPage, Registration
from tests import events_factories as ef
from tests.exports import read_csv, read_xlsx
from tests.test_roles import login_as

pytestmark = pytest.mark.django_db

# 01:30 UTC is 08:30 in Hà Nội (+07:00).
REGISTERED = datetime.datetime(2026, 3, 1, 1, 30, tzinfo=datetime.UTC)
HEADINGS_VI = [
    "Mã đăng ký",
    "Sự kiện",
    "Trạng thái",
    "Tổ chức",
    "Mã số thuế",
    "Người liên hệ",
    "Chức vụ",
    "Thư điện tử",
    "Điện thoại",
    "Người tham dự",
    "Đồng ý: xử lý đăng ký này",
    "Lĩnh vực",
    "Đăng ký gian hàng",
    "Ngôn ngữ",
    "Đồng ý: nhận tin về các sự kiện sắp tới",
    "Thời điểm đồng ý",
    "Thời điểm đăng ký",
    "Thời điểm điểm danh",
]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def register(event, n=0, **fields):
    values = {
        "event": event,
        "status": "confirmed",
        "organization": f"Hợp tác xã Thử nghiệm {n}",
        "tax_code": f"0988{n:06d}",
        "contact_name": "Phạm Văn Hùng",
        "email": f"hung{n}@htx.example.vn",
        "phone": "0912000111",
        "attendees": 1,
        "language": "vi",
        "consent": True,
        "consent_at": REGISTERED,
        "privacy_notice_version": "1.0",
        "created_at": REGISTERED,
    }
    values.update(fields)
    return Registration.objects.create(**values)


@pytest.fixture
def event(demo):
    return EventPage.objects.filter(locale=demo["vi"]).first()


@pytest.fixture
def known(event):
    return register(event, 99, booth_requested=True, news_consent=False, attendees=2)


def row_of(rows, registration):
    [row] = [row for row in rows if row["Mã đăng ký"] == registration.code]
    return row


def test_csv_export_reads_in_vietnamese_and_local_time(client, known):
    login_as(client, EVENT_MANAGERS)
    header, rows = read_csv(client.get("/admin/registrations/?export=csv"))
    for heading in HEADINGS_VI:
        assert heading in header
    assert not {"organization", "tax_code", "contact_name", "created_at"} & set(header)
    row = row_of(rows, known)
    assert row["Thời điểm đăng ký"] == "08:30, 01/03/2026"
    assert row["Thời điểm đồng ý"] == "08:30, 01/03/2026"
    assert row["Trạng thái"] == "Đã xác nhận"
    assert row["Sự kiện"] == known.event.title
    assert row["Đăng ký gian hàng"] == "Có"
    assert row["Đồng ý: nhận tin về các sự kiện sắp tới"] == "Không"
    assert row["Thời điểm điểm danh"] == ""  # not checked in: empty, not "None"
    assert row["Ngôn ngữ"] == "Tiếng Việt"
    assert row["Người tham dự"] == "2"


def test_xlsx_export_keeps_local_date_cells_in_vietnamese_format(client, known):
    login_as(client, EVENT_MANAGERS)
    header, rows, formats = read_xlsx(client.get("/admin/registrations/?export=xlsx"))
    assert header[:3] == ["Mã đăng ký", "Sự kiện", "Trạng thái"]
    row = row_of(rows, known)
    assert row["Thời điểm đăng ký"] == datetime.datetime(2026, 3, 1, 8, 30)
    assert formats["Thời điểm đăng ký"] == {"hh:mm, dd/mm/yyyy"}
    assert row["Trạng thái"] == "Đã xác nhận"
    assert row["Đăng ký gian hàng"] == "Có"
    assert row["Đồng ý: nhận tin về các sự kiện sắp tới"] == "Không"
    assert row["Thời điểm điểm danh"] is None


def test_export_follows_an_english_staff_members_language(client, known):
    user = login_as(client, EVENT_MANAGERS)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    header, rows = read_csv(client.get("/admin/registrations/?export=csv"))
    assert {"Registration code", "Tax code", "Registered at", "Booth requested"} <= set(header)
    [row] = [row for row in rows if row["Registration code"] == known.code]
    assert row["Registered at"] == "1 March 2026, 08:30"
    assert row["Status"] == "Confirmed"
    assert row["Booth requested"] == "Yes"


def test_list_and_inspect_view_read_in_local_time(client, known):
    login_as(client, EVENT_MANAGERS)
    listing = soup(client.get("/admin/registrations/", {"q": known.code}))
    [line] = [tr for tr in listing.select("tbody tr") if known.code in tr.text]
    cells = [td.text.strip() for td in line.select("td")]
    assert "08:30, 01/03/2026" in cells and "Đã xác nhận" in cells
    assert known.event.title in cells
    inspect = soup(client.get(f"/admin/registrations/inspect/{known.pk}/"))
    values = {dt.text.strip(): dt.find_next("dd").text.strip() for dt in inspect.select("dt")}
    assert values["Thời điểm đăng ký"] == "08:30, 01/03/2026"
    assert values["Trạng thái"] == "Đã xác nhận"
    assert values["Đăng ký gian hàng"] == "Có"
    assert values["Thời điểm điểm danh"] == ""
    assert "None" not in values.values() and "True" not in values.values()


def test_event_filter_offers_only_the_vietnamese_events(client, demo, known):
    login_as(client, EVENT_MANAGERS)
    listing = soup(client.get("/admin/registrations/"))
    offered = {int(o["value"]) for o in listing.select('[name="event"] option') if o["value"]}
    vietnamese = set(EventPage.objects.filter(locale=demo["vi"]).values_list("pk", flat=True))
    assert EventPage.objects.filter(locale=demo["en"]).exists(), "the demo has English copies"
    assert offered == vietnamese


@pytest.fixture
def counted(demo):
    """A new event with known registrations: 2 confirmed (5 seats), 1 waiting (4)."""
    index = EventIndexPage.objects.get(locale=demo["vi"])
    event = ef.event(index, "Hội chợ đếm chỗ", capacity=20, max_per_registration=5)
    registrations = [
        register(event, 1, attendees=3),
        register(event, 2, attendees=2),
        register(event, 3, attendees=4, status="waitlisted"),
        register(event, 4, attendees=5, status="cancelled"),
    ]
    return event, registrations


def panel_of(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return soup(response).select_one(".registrations-panel")


def totals(panel):
    return {
        tr["data-status"]: [td.text.strip() for td in tr.select("td")]
        for tr in panel.select("tr[data-status]")
    }


def test_event_editor_shows_totals_and_links_to_its_registrations(client, counted, known):
    event, registrations = counted
    login_as(client, "superuser")
    panel = panel_of(client, event)
    assert "Tình hình đăng ký" in panel.find_parent("section").text  # the heading
    assert totals(panel) == {"confirmed": ["2", "5"], "waitlisted": ["1", "4"]}
    assert "Còn trống: 15 trên 20 chỗ." in panel.select_one("[data-seats]").text
    link = panel.select_one("a")["href"]
    assert link == f"/admin/registrations/?event={event.pk}"
    listed = soup(client.get(link)).select_one("tbody").text
    assert all(r.code in listed for r in registrations)
    assert known.code not in listed  # another event's


def test_english_editor_shows_the_vietnamese_events_totals(client, demo, counted):
    event, _registrations = counted
    english = event.copy_for_translation(demo["en"])
    login_as(client, "superuser")
    panel = panel_of(client, english)
    assert totals(panel) == {"confirmed": ["2", "5"], "waitlisted": ["1", "4"]}
    assert event.title in panel.text
    assert panel.select_one("a")["href"] == f"/admin/registrations/?event={event.pk}"


def test_panel_is_only_for_those_who_may_see_registrations(client, counted):
    event, _registrations = counted
    login_as(client, MODERATORS)
    assert panel_of(client, event) is None
