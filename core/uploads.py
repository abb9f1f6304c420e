"""Uploads: documents must be what their extension says (see WAGTAILDOCS_* settings)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# The first bytes every file of an allowed document type starts with. Office Open XML and
# OpenDocument files are zip archives; the old Office formats are OLE compound files.
ZIP = (b"PK\x03\x04", b"PK\x05\x06")
OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
DOCUMENT_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "doc": OLE,
    "xls": OLE,
    "ppt": OLE,
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "ods": ZIP,
    "odp": ZIP,
    "zip": ZIP,
}


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files whose content does not match their type.

    The extension list (WAGTAILDOCS_EXTENSIONS) alone lets an HTML page renamed to .pdf
    through; a browser that sniffs it would run its scripts on our origin.
    """

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "read") and "file" in self.changed_data:
            extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
            signatures = DOCUMENT_SIGNATURES.get(extension)
            if signatures is not None:
                upload.seek(0)
                head = upload.read(8)
                upload.seek(0)
                if not head.startswith(signatures):
                    raise forms.ValidationError(
                        _("The content of this file does not match its type (.%(extension)s).")
                        % {"extension": extension},
                        code="content_mismatch",
                    )
        return upload
