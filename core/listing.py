"""Helpers for listings built from the query string (pages: Paginator.get_page())."""


def parse_year(value: str | None) -> int | None:
    if value and value.isdigit() and len(value) == 4:
        return int(value)
    return None
