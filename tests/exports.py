"""Reading a staff export (CSV or XLSX) back as its header row and data rows."""

import csv
import io

from openpyxl import load_workbook


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def read_csv(response) -> tuple[list[str], list[dict]]:
    text = body(response).decode("utf-8")
    assert text.startswith("\ufeff"), "a BOM, so that Excel reads UTF-8"
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def read_xlsx(response) -> tuple[list[str], list[dict], dict]:
    """The header, the rows (cell values) and each column's number formats by heading."""
    sheet = load_workbook(io.BytesIO(body(response))).active
    rows = list(sheet.iter_rows())
    header = [cell.value for cell in rows[0]]
    data = [{h: cell.value for h, cell in zip(header, row, strict=True)} for row in rows[1:]]
    formats = {h: {row[i].number_format for row in rows[1:]} for i, h in enumerate(header)}
    return header, data, formats
