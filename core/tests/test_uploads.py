"""Uploads through the admin, as an Editor: only expected types and sizes, served safely."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image
from wagtail.models import Collection

from core.models import CustomDocument, CustomImage
from core.roles import EDITORS

pytestmark = pytest.mark.django_db

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script>'
    b'<rect width="10" height="10"/></svg>'
)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
    b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
ZIP = b"PK\x05\x06" + b"\x00" * 18  # an empty zip archive, as a .docx starts


def png_bytes(size=(8, 8)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_user("bientap", "bt@example.com", "pw")
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return user


def upload(client, kind, name, content, content_type="application/octet-stream"):
    url = "/admin/images/add/" if kind == "image" else "/admin/documents/add/"
    return client.post(
        url,
        {
            "title": name,
            "description": name,  # an image's alt text, required
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


def upload_multiple(client, kind, name, content):
    url = "/admin/images/multiple/add/" if kind == "image" else "/admin/documents/multiple/add/"
    response = client.post(
        url,
        {
            "files[]": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    return json.loads(response.content)


def errors_of(response):
    return " ".join(str(e) for e in response.context["form"].errors.get("file", []))


@pytest.mark.parametrize(
    ("kind", "name", "content", "content_type"),
    [
        ("image", "logo.svg", SVG, "image/svg+xml"),
        ("image", "page.html", HTML, "text/html"),
        ("image", "photo.png", HTML, "image/png"),  # HTML under an image's name
        ("document", "logo.svg", SVG, "image/svg+xml"),
        ("document", "page.html", HTML, "text/html"),
        ("document", "page.htm", HTML, "text/html"),
        ("document", "script.js", b"alert(1)", "text/javascript"),
        ("document", "report.pdf", HTML, "application/pdf"),  # HTML under a PDF's name
        ("document", "report.docx", HTML, "application/octet-stream"),
    ],
)
def test_scriptable_or_disguised_files_are_refused_with_a_message(
    client, editor, kind, name, content, content_type
):
    model = CustomImage if kind == "image" else CustomDocument
    before = model.objects.count()
    response = upload(client, kind, name, content, content_type)
    assert response.status_code == 200  # the form again
    assert errors_of(response)
    if kind == "document" and name.endswith((".pdf", ".docx")):
        # Refused for what it contains, not for its name (core.uploads.DocumentForm).
        with translation.override("vi"):
            expected = translation.gettext(
                "The content of this file does not match its type (.%(extension)s)."
            ) % {"extension": name.rsplit(".", 1)[1]}
        assert expected in errors_of(response)
    assert model.objects.count() == before
    # The multiple uploader (drag and drop) refuses it the same way.
    result = upload_multiple(client, kind, name, content)
    assert result["success"] is False and result["error_message"]
    assert model.objects.count() == before


def test_files_over_the_size_limits_are_refused(client, editor, settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    big_image = png_bytes() + b"\x00" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    response = upload(client, "image", "big.png", big_image, "image/png")
    assert response.status_code == 200 and "10" in errors_of(response)
    big_document = PDF + b"\x00" * settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    response = upload(client, "document", "big.pdf", big_document, "application/pdf")
    assert response.status_code == 200 and "20" in errors_of(response)
    assert not CustomImage.objects.filter(title__startswith="big").exists()
    assert not CustomDocument.objects.filter(title__startswith="big").exists()


def test_images_of_the_expected_types_are_accepted(client, editor):
    response = upload(client, "image", "photo.png", png_bytes(), "image/png")
    assert response.status_code == 302, errors_of(response)
    assert CustomImage.objects.filter(title="photo.png").exists()


def test_a_pdf_is_accepted_and_served_inline_with_safe_headers(client, editor):
    response = upload(client, "document", "quyet-dinh.pdf", PDF, "application/pdf")
    assert response.status_code == 302, errors_of(response)
    document = CustomDocument.objects.get(title="quyet-dinh.pdf")
    served = client.get(document.url)
    assert served.status_code == 200
    assert served["Content-Type"] == "application/pdf"
    assert served["Content-Disposition"].startswith("inline")
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'"
    assert b"".join(served.streaming_content) == PDF


def test_other_documents_are_always_downloads(client, editor):
    response = upload(client, "document", "bao-cao.docx", ZIP)
    assert response.status_code == 302, errors_of(response)
    served = client.get(CustomDocument.objects.get(title="bao-cao.docx").url)
    assert served.status_code == 200
    assert served["Content-Disposition"].startswith("attachment")
    assert served["X-Content-Type-Options"] == "nosniff"


def test_only_pdf_opens_in_the_browser(settings):
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == ["application/pdf"]
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert not {"svg", "html", "htm", "js", "xml"} & set(settings.WAGTAILDOCS_EXTENSIONS)
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
