"""Upload forms: documents must be what their extension says (see WAGTAILDOCS_* settings);
images carry their alt text and credit in every language."""

import re
import zlib

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
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


# What runs code in a PDF: a JavaScript or Launch action (/S/JavaScript, /S/Launch, also
# what an /OpenAction runs), a script (/JS followed by its text or a reference) and the
# document-level script tree (/JavaScript followed by a dictionary or a reference). Keys and
# values only, so a link such as (https://example.vn/JS) is no match.
PDF_ACTIVE_NAME = re.compile(
    rb"/S\s*/(?:JavaScript|Launch)\b|/JS\s*[(<]|/(?:JS|JavaScript)\s*(?:<<|\d+\s+\d+\s+R)"
)
PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")  # /J#53 is /JS
PDF_STREAM = re.compile(rb"stream\r?\n")
PDF_INFLATED_MAX = 64 * 1024 * 1024  # all streams together: a compressed bomb stops here


def pdf_has_active_content(data: bytes) -> bool:
    """True if the PDF names a JavaScript or Launch action, in its objects or inside its
    compressed streams (object streams hide dictionaries there)."""

    def active(chunk: bytes) -> bool:
        return bool(
            PDF_ACTIVE_NAME.search(
                PDF_NAME_ESCAPE.sub(lambda m: bytes.fromhex(m[1].decode()), chunk)
            )
        )

    if active(data):
        return True
    budget = PDF_INFLATED_MAX
    for match in PDF_STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        if end < 0 or budget <= 0:
            break
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(data[match.end() : end], budget)
        except zlib.error:
            continue  # not Flate: images, fonts
        budget -= len(inflated)
        if active(inflated):
            return True
    return False


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
            if extension == "pdf":
                # PDF opens in the browser: one that runs scripts or programs is refused.
                data = upload.read()
                upload.seek(0)
                if pdf_has_active_content(data):
                    raise forms.ValidationError(
                        _(
                            "This PDF contains scripts or actions that open programs. Save it "
                            "again without them (for example with “Print to PDF”) and upload it "
                            "again."
                        ),
                        code="pdf_active_content",
                    )
        return upload


class ImageFileField(WagtailImageField):
    """Wagtail's image field, counting pixels from the file's header with our message.

    Wagtail decodes the whole image to count them, and Pillow raises on a decompression
    bomb before it can (a 500); the header alone tells the size.
    """

    def check_image_pixel_size(self, f):
        if self.max_image_pixels is None:
            return
        try:
            with PILImage.open(f) as image:
                pixels = image.width * image.height * getattr(image, "n_frames", 1)
        except PILImage.DecompressionBombError:
            pixels = None
        except (OSError, SyntaxError, ValueError):  # a format Pillow cannot read alone
            width, height = f.image.get_size()
            pixels = width * height * f.image.get_frame_count()
        finally:
            f.seek(0)
        if pixels is None or pixels > self.max_image_pixels:
            raise forms.ValidationError(
                _(
                    "This image has too many pixels: at most %(megapixels)s million. "
                    "Make it smaller and upload it again."
                )
                % {"megapixels": self.max_image_pixels // 1_000_000},
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    """Wagtail's image form with the alt text and credit in each of settings.LANGUAGES.

    The default language's texts are the model's `description` and `credit` fields; each
    other language adds an `alt_<code>` and a `credit_<code>` field, stored in
    `CustomImage.localized_texts`. The default language's alt text is required unless the
    image is decorative; the others are optional (the default language's shows instead).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        file_field = self.fields.get("file")
        if type(file_field) is WagtailImageField:
            # Wagtail's form factory builds the field itself; only its pixel check differs.
            file_field.__class__ = ImageFileField
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
