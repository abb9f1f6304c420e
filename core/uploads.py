"""Upload forms: documents must be what their extension says (see WAGTAILDOCS_* settings);
images carry their alt text and credit in every language."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

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


class ImageForm(BaseImageForm):
    """Wagtail's image form with the alt text and credit in each of settings.LANGUAGES.

    The default language's texts are the model's `description` and `credit` fields; each
    other language adds an `alt_<code>` and a `credit_<code>` field, stored in
    `CustomImage.localized_texts`. The default language's alt text is required unless the
    image is decorative; the others are optional (the default language's shows instead).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        default = settings.LANGUAGE_CODE
        kinds = {field: kind for kind, field in self.instance.TEXT_FIELDS.items()}
        stored = self.instance.localized_texts or {}
        fields = {}
        for name, field in self.fields.items():
            fields[name] = field
            kind = kinds.get(name)
            if kind is None:
                continue
            field.label = self.text_label(kind, names[default])
            if kind == "alt":
                field.help_text = _(
                    "What the image shows, for readers who cannot see it (screen readers, "
                    "images turned off)."
                )
            for code in self.other_languages():
                fields[f"{kind}_{code}"] = forms.CharField(
                    label=self.text_label(kind, names[code]),
                    max_length=255,
                    required=False,
                    initial=stored.get(code, {}).get(kind, ""),
                    help_text=_("Leave empty to show the text in %(language)s.")
                    % {"language": names[default]},
                )
        self.fields = fields

    @staticmethod
    def other_languages() -> list[str]:
        return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

    @staticmethod
    def text_label(kind: str, language: str) -> str:
        if kind == "alt":
            return _("Alt text (%(language)s)") % {"language": language}
        return _("Credit (%(language)s)") % {"language": language}

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("description") and not cleaned.get("is_decorative"):
            self.add_error(
                "description",
                _("Describe the image, or mark it as decorative if it tells nothing."),
            )
        for code in self.other_languages():
            for kind in self.instance.TEXT_FIELDS:
                self.instance.set_text(kind, code, cleaned.get(f"{kind}_{code}", "").strip())
        return cleaned
