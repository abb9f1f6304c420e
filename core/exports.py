"""How staff read records: admin lists, inspect views and spreadsheet exports (CSV, XLSX).

One rule, generic over model fields, for every section's staff screens:
- a column is named by the field's verbose name, in the staff member's language;
- a choice reads as its label, a boolean as Yes/No, None as nothing, a related record as
  its name;
- a moment reads in local time (core.dates), as the staff member's language writes it
  (its DATETIME_FORMAT); XLSX keeps it a date cell, shown in that format;
- no cell, CSV or XLSX, is one a spreadsheet would evaluate as a formula.
Exports keep the field names as their data keys (list_export); only the headings are human.
"""

import datetime
from collections import OrderedDict
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import StreamingHttpResponse
from django.utils import formats, translation
from django.utils.translation import gettext
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView
from wagtail.admin.views.mixins import ExcelDateFormatter, SpreadsheetExportMixin
from wagtail.coreutils import multigetattr

from core.dates import local_moment

# A cell starting with one of these is run as a formula by spreadsheet programs
# (CSV/formula injection); OWASP adds tab and carriage return.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """Prefix a quote to text a spreadsheet would treat as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def readable(row: Any, name: str, model: type[models.Model] | None = None) -> Any:
    """The value of `name` in `row` (a model instance, or a dict of `model`'s values) as
    staff read it. Moments stay datetimes, in local time: as_text() writes them."""
    value = row[name] if isinstance(row, dict) else multigetattr(row, name)
    try:
        field: Any = (model or type(row))._meta.get_field(name)
    except (AttributeError, FieldDoesNotExist):
        field = None
    if getattr(field, "choices", None):
        value = dict(field.flatchoices).get(value, value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime.datetime):
        return local_moment(value)
    if isinstance(value, models.Model):
        return str(value)
    return value


def as_text(value: Any) -> Any:
    """A readable() value for a page or a CSV cell: dates in the staff member's format."""
    if isinstance(value, datetime.datetime):
        return formats.date_format(value, "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    return value


def staff_text(row: Any, name: str, model: type[models.Model] | None = None) -> Any:
    """What a list cell or an inspect view shows."""
    return as_text(readable(row, name, model))


class StaffColumn(Column):
    """A list column read by the rule above (Wagtail's shows True/False, codes for a report's
    choices, the viewer's own time zone)."""

    def __init__(self, name, *, model=None, **kwargs):
        super().__init__(name, **kwargs)
        self.model = model

    def get_value(self, instance):
        return staff_text(instance, self.name, self.model)


class StaffInspectView(InspectView):
    """A record's every field, read by the rule above (Wagtail's shows True and None)."""

    def get_field_display_value(self, field_name, field):
        return staff_text(self.object, field_name)


class SafeSpreadsheetExportMixin:
    """For Wagtail's generic IndexView and ReportView: lists and exports read by the rule
    above; CSV with a UTF-8 BOM (so Excel shows Vietnamese), no cell a formula."""

    # Wagtail's, moments read locally (a datetime, a kind of date, stays checked first).
    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            "csv": as_text,
            # A date cell in local time; generate_xlsx_row gives it the language's format.
            "xlsx": lambda value: value.replace(tzinfo=None),
        },
        datetime.date: {"csv": as_text},
    }

    def _get_custom_column(self, field_name, column_class=Column, **kwargs):
        # Every plain column of a generated list (list_display) follows the rule too.
        if column_class is Column:
            column_class = StaffColumn
        return super()._get_custom_column(field_name, column_class, **kwargs)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # A report's rows may be dicts (values()): their model gives the fields' choices.
        self.export_model = queryset.model
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        return OrderedDict(
            (name, readable(item, name, self.export_model)) for name in self.list_export
        )

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        excel_format = ExcelDateFormatter().format(formats.get_format("DATETIME_FORMAT"))
        return super().generate_xlsx_row(worksheet, row_dict, date_format=excel_format)

    def preprocess_field_value(self, field, value, export_format):
        return neutralize(super().preprocess_field_value(field, value, export_format))

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        # The rows are written after the view returns, outside the admin's language.
        language = translation.get_language()

        def stream():
            with translation.override(language):
                yield from self.stream_csv(queryset)

        response = StreamingHttpResponse(stream(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response
