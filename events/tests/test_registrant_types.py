"""Registering from anywhere: a Vietnamese organization (tax code), a household business or
an individual (personal identification number) or a foreign registrant (country), through
the public event page in both languages and the staff form."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import Locale

from core.demo import translate
from core.roles import EVENT_MANAGERS
from events.models import EventPage, Registration
from tests import events_factories as ef
from tests import factories

# Form rules, not the database engine: .ci/run runs these once, on SQLite.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_independent]

VALID_TAX_CODE = "0100109106"  # a real-format code with its check digit
VALID_PERSONAL_ID = "001085012345"  # Hà Nội, a man born in 1985


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture(scope="module")
def event_pages(module_transaction):
    """The event and its English translation, built once for the module: no test changes
    them (each test's registrations are rolled back with its own transaction)."""
    ef.delete_all_registrations()
    calendar = ef.calendar(factories.site_with_home())
    event = ef.event(calendar, "Hội thảo", capacity=20)
    english = translate(
        event,
        {
            "Hội thảo": "Workshop",
            "hoi-thao": "workshop",
            "Giới thiệu: Hội thảo": "About the workshop",
            "Sở Khoa học và Công nghệ": "Department of S and T",
            "Hội trường Sở": "Department hall",
        },
        Locale.objects.get(language_code="en"),
    )
    return {"vi": event.pk, "en": english.pk}


@pytest.fixture
def event(db, event_pages):
    # A fresh object in each test: nothing a test does to it in memory reaches the next.
    return EventPage.objects.get(pk=event_pages["vi"])


@pytest.fixture
def english(db, event_pages):
    return EventPage.objects.get(pk=event_pages["en"])


@pytest.fixture(params=["vi", "en"])
def page(request, event, english):
    """The event page in each language (the English one registers for the same event)."""
    return {"vi": event, "en": english}[request.param]


def register(client, page, **fields):
    form = soup(client.get(page.url)).select_one("#registration form")
    data = {
        "form_token": form.select_one('input[name="form_token"]')["value"],
        "website": "",
        "contact_name": "Nguyễn Thị Lan",
        "email": "lan@example.vn",
        "phone": "0912 345 678",
        "attendees": "1",
        "consent": "on",
        **fields,
    }
    return client.post(page.url, {k: v for k, v in data.items() if v is not None})


def field_error(response, name):
    error = soup(response).select_one(f"#id_{name}_error")
    return error.get_text(" ", strip=True) if error else ""


def test_the_form_asks_first_who_is_registering(client, page):
    form = soup(client.get(page.url)).select_one("#registration form")
    first = form.select_one(".form-field")
    assert first.name == "fieldset"
    assert {i["value"] for i in first.select('input[type="radio"]')} == {
        "organization",
        "household",
        "foreign",
    }
    # Each type's own field says which type it is for (shown by site.js, or all without it).
    assert form.select_one('[data-shown-for="registrant_type household"] input')["name"] == (
        "personal_id"
    )
    assert form.select_one('[data-shown-for="registrant_type foreign"] select')["name"] == (
        "country"
    )


@pytest.mark.parametrize(
    ("fields", "stored"),
    [
        (
            {
                "registrant_type": "organization",
                "organization": "Viettel",
                "tax_code": "0100109106",
            },
            {"tax_code": "0100109106", "country": "VN", "organization": "Viettel"},
        ),
        (
            {"registrant_type": "organization", "organization": "CN", "tax_code": "0100109106-001"},
            {"tax_code": "0100109106-001", "country": "VN"},
        ),
        (
            {"registrant_type": "organization", "organization": "CN", "tax_code": "0100109106001"},
            {"tax_code": "0100109106-001", "country": "VN"},
        ),
        (
            # The other types' fields, filled in without JavaScript, are ignored.
            {
                "registrant_type": "household",
                "personal_id": "001 085 012 345",
                "tax_code": "abc",
                "organization": "",
            },
            {"tax_code": VALID_PERSONAL_ID, "country": "VN", "organization": ""},
        ),
        (
            {
                "registrant_type": "foreign",
                "organization": "Institut Pasteur",
                "country": "FR",
                "tax_code": "1234567890",
                "phone": "+33 1 45 68 80 00",
            },
            {"tax_code": "", "country": "FR", "phone": "+33145688000"},
        ),
        (
            {"registrant_type": "foreign", "country": "JP", "organization": ""},
            {"tax_code": "", "country": "JP", "organization": ""},
        ),
    ],
)
def test_each_kind_of_registrant_is_accepted(client, page, fields, stored):
    response = register(client, page, **fields)
    assert response.status_code == 302, field_error(response, "tax_code")
    registration = Registration.objects.get()
    assert registration.registrant_type == fields["registrant_type"]
    for name, value in stored.items():
        assert str(getattr(registration, name)) == value, name


ERRORS = [
    # (fields, the field in error, the rule it names in Vietnamese, in English)
    (
        {"registrant_type": "organization", "tax_code": "1234567890"},
        "tax_code",
        "chữ số kiểm tra",
        "check digit",
    ),
    (
        {"registrant_type": "organization", "tax_code": "09001234"},
        "tax_code",
        "mã này có 8 chữ số",
        "this one has 8",
    ),
    (
        {"registrant_type": "organization", "tax_code": "09001234AB"},
        "tax_code",
        "chỉ gồm chữ số",
        "only digits",
    ),
    (
        {"registrant_type": "organization", "tax_code": "0100109106-000"},
        "tax_code",
        "số chi nhánh",
        "branch number",
    ),
    (
        {"registrant_type": "organization", "tax_code": ""},
        "tax_code",
        "nhập mã số thuế",
        "enter your organization's tax code",
    ),
    (
        {"registrant_type": "organization", "tax_code": VALID_TAX_CODE, "organization": ""},
        "organization",
        "tên tổ chức",
        "organization's name",
    ),
    (
        {"registrant_type": "household", "personal_id": "003085012345"},
        "personal_id",
        "003 không phải là mã tỉnh",
        "003 is not a province code",
    ),
    (
        {"registrant_type": "household", "personal_id": "001585012345"},
        "personal_id",
        "chữ số thứ 4",
        "4th digit",
    ),
    (
        {"registrant_type": "household", "personal_id": "00108501234"},
        "personal_id",
        "có 12 chữ số",
        "has 12 digits",
    ),
    (
        # A 10-digit tax code is not a personal identification number.
        {"registrant_type": "household", "personal_id": VALID_TAX_CODE},
        "personal_id",
        "có 12 chữ số",
        "has 12 digits",
    ),
    (
        {"registrant_type": "foreign", "organization": "ACME Ltd", "country": ""},
        "country",
        "chọn quốc gia",
        "choose your country",
    ),
    (
        {"registrant_type": "foreign", "country": "US", "phone": "555 0100"},
        "phone",
        "mã quốc gia",
        "country code",
    ),
    (
        {"registrant_type": None, "tax_code": VALID_TAX_CODE},
        "registrant_type",
        "cho biết ai đăng ký",
        "tell us who is registering",
    ),
]


@pytest.mark.parametrize(("fields", "field", "vi", "en"), ERRORS)
def test_bad_input_names_the_rule_and_saves_nothing(client, page, fields, field, vi, en):
    data = {"organization": "Công ty Thử", **fields}
    response = register(client, page, **data)
    assert response.status_code == 400
    expected = vi if page.locale.language_code == "vi" else en
    assert expected in field_error(response, field).lower()
    assert expected in soup(response).select_one(".error-summary").get_text(" ").lower()
    assert not Registration.objects.exists()


def test_registrants_without_a_number_are_not_duplicates_of_each_other(client, event):
    for email in ("a@example.fr", "b@example.de"):
        response = register(client, event, registrant_type="foreign", country="FR", email=email)
        assert response.status_code == 302
    assert Registration.objects.filter(tax_code="").count() == 2


def test_the_same_personal_id_twice_is_refused_on_its_field(client, event):
    register(client, event, registrant_type="household", personal_id=VALID_PERSONAL_ID)
    again = register(
        client, event, registrant_type="household", personal_id=VALID_PERSONAL_ID, email="x@y.vn"
    )
    assert again.status_code == 400
    assert "đã đăng ký" in field_error(again, "personal_id")
    assert Registration.objects.count() == 1


@pytest.mark.parametrize(
    ("language", "kind", "country"),
    [
        ("vi", "Tổ chức hoặc cá nhân nước ngoài", "Pháp"),
        ("en", "A foreign organization or person", "France"),
    ],
)
def test_confirmation_and_email_say_who_registered(
    client, event, english, django_capture_on_commit_callbacks, language, kind, country
):
    page = {"vi": event, "en": english}[language]
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, page, registrant_type="foreign", country="FR")
    confirmation = soup(client.get(response["Location"])).select_one(".confirmation").text
    assert kind in confirmation and country in confirmation
    body = mail.outbox[-1].body
    assert kind in body and country in body


def staff_client(client):
    user = get_user_model().objects.create_user("desk", "desk@example.com", "pw")
    user.groups.add(Group.objects.get(name=EVENT_MANAGERS))
    client.force_login(user)
    return client


def staff_data(event, **fields):
    return {
        "event": event.pk,
        "organization": "",
        "tax_code": "",
        "country": "",
        "contact_name": "B",
        "email": "b@x.vn",
        "phone": "0912345678",
        "attendees": "1",
        "language": "vi",
        "sector": "",
        "position": "",
        "note": "",
        "products": "",
        **fields,
    }


def test_staff_add_registrations_of_every_type(client, event):
    staff_client(client)
    url = "/admin/registrations/new/"
    foreign = client.post(url, staff_data(event, registrant_type="foreign", country="DE"))
    assert foreign.status_code == 302
    household = client.post(
        url,
        staff_data(event, registrant_type="household", tax_code=VALID_PERSONAL_ID, email="c@x.vn"),
    )
    assert household.status_code == 302
    stored = {r.registrant_type: (r.tax_code, str(r.country)) for r in Registration.objects.all()}
    assert stored == {"foreign": ("", "DE"), "household": (VALID_PERSONAL_ID, "VN")}

    wrong = client.post(
        url,
        staff_data(event, registrant_type="organization", tax_code="1234567890", email="d@x.vn"),
    )
    assert wrong.status_code == 200
    assert "chữ số kiểm tra" in wrong.content.decode().lower()
    assert Registration.objects.count() == 2


def test_the_country_list_is_in_the_reader_language_whoever_came_first(client, event, english):
    def countries(url):
        return [o.text for o in soup(client.get(url)).select("select[name=country] option")]

    english_names = countries(english.url)
    vietnamese_names = countries(event.url)
    assert "United States" in " ".join(english_names)
    assert "Hợp chủng quốc Hoa Kỳ" in vietnamese_names
    assert "Vatican City" not in vietnamese_names
    assert "Hợp chủng quốc Hoa Kỳ" not in countries(english.url)
