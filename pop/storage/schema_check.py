"""Does the plan file still hold every table, column and index that Spiegelplan made?

A file edited with another program, or one half-restored by hand, can pass SQLite's own
integrity check while a table or column is gone; the app would then fail later, on some
page. This compares the file with the schema the migrations build (in memory), read with
sqlite-utils' schema introspection. Reading only: nothing is changed.

sqlite-utils is imported inside the functions: it is only needed by the ``check`` command.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pop.storage.db import Database
from pop.storage.migrations import migrate

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True, slots=True)
class Schema:
    """The parts of a schema the app depends on: columns per table, and index names."""

    columns: dict[str, tuple[str, ...]]
    indexes: frozenset[str]


@dataclass(frozen=True, slots=True)
class SchemaGaps:
    """What the file lacks compared with the schema Spiegelplan made."""

    missing_tables: tuple[str, ...]
    missing_columns: tuple[tuple[str, str], ...]  # (table, column)
    missing_indexes: tuple[str, ...]

    @property
    def is_whole(self) -> bool:
        """True when nothing is missing."""
        return not (self.missing_tables or self.missing_columns or self.missing_indexes)


def schema_of(conn: sqlite3.Connection) -> Schema:
    """The tables, columns and indexes of an open connection."""
    import sqlite_utils

    found = sqlite_utils.Database(conn)
    columns: dict[str, tuple[str, ...]] = {}
    indexes: set[str] = set()
    for name in found.table_names():
        table: sqlite_utils.db.Table = found.table(name)
        columns[name] = tuple(column.name for column in table.columns)
        indexes.update(index.name for index in table.indexes
                       if not index.name.startswith("sqlite_autoindex_"))
    return Schema(columns, frozenset(indexes))


def expected_schema(version: int) -> Schema:
    """The schema the migrations build up to ``version``, in a database in memory."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        migrate(Database(conn, Path(":memory:")), upto=version)
        return schema_of(conn)
    finally:
        conn.close()


def schema_gaps(db: Database) -> SchemaGaps:
    """What ``db`` lacks compared with the schema of its own data version."""
    expected = expected_schema(db.user_version)
    found = schema_of(db.conn)
    missing_tables = tuple(sorted(set(expected.columns) - set(found.columns)))
    missing_columns = tuple(sorted(
        (table, column)
        for table, columns in expected.columns.items() if table in found.columns
        for column in columns if column not in found.columns[table]))
    return SchemaGaps(missing_tables, missing_columns,
                      tuple(sorted(expected.indexes - found.indexes)))
