"""PostgreSQL: index the expression the database search backend matches on.

modelsearch matches `title || body` against the query. Without an index on that
expression, PostgreSQL has no statistics for it, estimates one match, and joins pages to
index entries with a nested loop: a six-word query took minutes on 40,000 pages. A GIN
index on the expression gives both the index scan and the statistics (then: 0.05 s).
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
        "USING GIN ((title || body))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
