"""Spreadsheet exports of personal data for staff: Excel-friendly and formula-safe."""

from django.http import StreamingHttpResponse

# A cell starting with one of these is run as a formula by spreadsheet programs
# (CSV/formula injection); OWASP adds tab and carriage return.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """Prefix a quote to text a spreadsheet would treat as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """For Wagtail's generic IndexView: CSV with a UTF-8 BOM (so Excel shows Vietnamese),
    and no cell, CSV or XLSX, that a spreadsheet would evaluate as a formula."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralize(super().preprocess_field_value(field, value, export_format))

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = StreamingHttpResponse(
            self.stream_csv(queryset), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response
