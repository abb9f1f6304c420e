"""The database search backend, with title matches weighted on SQLite too.

modelsearch ranks SQLite FTS5 results with bm25() over the whole row, so a word in the
title counts no more than a word in the body. FTS5's bm25() takes per-column weights
(the columns are autocomplete, body, title): weigh the title, ignore the autocomplete
copy. PostgreSQL already ranks by field weights (title is weight A).
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_search_backend

TITLE_WEIGHT = 5.0


def title_weighted_sqlite_compiler():
    # Imported on SQLite only: these modules fail to load where no FTS5 table model exists.
    from modelsearch.backends.database.sqlite.query import BM25  # noqa: PLC0415 - SQLite only
    from modelsearch.backends.database.sqlite.sqlite import (  # noqa: PLC0415 - SQLite only
        SQLiteFTSIndexEntry,
        SQLiteSearchQueryCompiler,
    )

    class TitleWeightedBM25(BM25):
        def as_sql(self, compiler, connection, function=None, template=None):
            table = SQLiteFTSIndexEntry._meta.db_table
            return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []

    class TitleWeightedSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
        def _build_rank_expression(self, vectors, config):
            # bm25() already scores every term of the MATCH across the columns; lower is
            # better, as modelsearch expects.
            return TitleWeightedBM25()

    return TitleWeightedSQLiteQueryCompiler


def SearchBackend(params):  # the name Wagtail looks up in a backend module
    backend = database_search_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        backend.query_compiler_class = title_weighted_sqlite_compiler()
    return backend
