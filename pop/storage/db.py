"""Open the plan's SQLite file safely and run statements with clear errors.

Settings per connection: WAL with ``synchronous=FULL`` (a committed edit survives a crash and
a power cut), foreign keys on, ``trusted_schema=OFF``, ``secure_delete=ON`` and our
``application_id``. Before anything is written, the file's header is read: a file that is
not ours, or that a newer Spiegelplan wrote, is refused and left byte-identical.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pop.errors import StorageError, StorageProblem
from pop.i18n import _
from pop.storage.errors import classify, storage_error

APPLICATION_ID = 0x53504C4E  # "SPLN"
SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=3000",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA secure_delete=ON",
)
Params = Sequence[Any] | dict[str, Any]


@dataclass(frozen=True, slots=True)
class FileHeader:
    """What the first 100 bytes of a database file say."""

    exists: bool
    size: int = 0
    is_sqlite: bool = False
    application_id: int = 0
    user_version: int = 0


def read_header(path: Path) -> FileHeader:
    """Read the SQLite header without opening the database (so nothing can change)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        return FileHeader(exists=False)
    except OSError as exc:
        raise classify(exc, path) from exc
    if size == 0:
        return FileHeader(exists=True, size=0)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return FileHeader(exists=True, size=size)
    user_version, = struct.unpack(">I", head[60:64])
    application_id, = struct.unpack(">I", head[68:72])
    return FileHeader(True, size, True, application_id, user_version)


def check_header(path: Path, supported_version: int) -> FileHeader:
    """Refuse files that are not ours or that a newer Spiegelplan wrote."""
    header = read_header(path)
    if not header.exists or header.size == 0:
        return header
    if not header.is_sqlite or header.application_id not in (0, APPLICATION_ID):
        raise storage_error(StorageProblem.NOT_A_DATABASE, path)
    if header.application_id == 0 and header.user_version != 0:
        raise storage_error(StorageProblem.NOT_A_DATABASE, path)
    if header.user_version > supported_version:
        raise StorageError(
            StorageProblem.NEWER_VERSION,
            _(
                "This plan was saved by a newer version of Spiegelplan (data version {found}; "
                "this version knows up to {known}). Install the newest Spiegelplan. Your file "
                "was not changed."
            ).format(found=header.user_version, known=supported_version),
        )
    return header


class Database:
    """One open connection to the plan file, with transactions and error translation."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0

    @classmethod
    def connect(cls, path: Path) -> Database:
        """Open (and create) the file read-write with the required settings."""
        if path.exists() and not os.access(path, os.W_OK):
            raise storage_error(StorageProblem.READ_ONLY, path)  # say so before any edit
        try:
            conn = sqlite3.connect(
                str(path), isolation_level=None, timeout=3.0, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise classify(exc, path) from exc
        conn.row_factory = sqlite3.Row
        database = cls(conn, path)
        try:
            for pragma in PRAGMAS:
                conn.execute(pragma)
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        except sqlite3.Error as exc:
            conn.close()
            raise classify(exc, path) from exc
        if os.name == "posix":
            try:
                os.chmod(path, path.stat().st_mode & 0o700)  # private: the owner only
            except OSError:
                pass
        return database

    @classmethod
    def connect_read_only(cls, path: Path) -> Database:
        """Open for reading only; leaves no trace when the file has no open journal."""
        wal = path.with_name(path.name + "-wal")
        flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        uri = path.resolve().as_uri() + "?" + flags
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=3.0,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise classify(exc, path) from exc
        conn.row_factory = sqlite3.Row
        return cls(conn, path)

    def close(self) -> None:
        """Close the connection (a clean close folds the WAL back into the file)."""
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    @property
    def user_version(self) -> int:
        """The schema version stored in the file."""
        return int(self.scalar("PRAGMA user_version") or 0)

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the last inserted row id."""
        try:
            cursor = self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc
        return int(cursor.lastrowid or 0)

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement for many rows."""
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """All rows of a query (rows never leave the storage package)."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc

    def one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """The first row of a query, or ``None``."""
        try:
            row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc
        return row

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or ``None``."""
        row = self.one(sql, params)
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action = one transaction; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise classify(exc, self.path) from exc

    def integrity_problems(self, quick: bool = False) -> list[str]:
        """Problems SQLite finds in the file (empty when all is well)."""
        pragma = "PRAGMA quick_check" if quick else "PRAGMA integrity_check"
        try:
            rows = self.conn.execute(pragma).fetchall()
        except sqlite3.DatabaseError as exc:
            try:
                error = classify(exc, self.path)
            except sqlite3.Error:  # an error SQLite does not name: treat it as damage
                return [str(exc)]
            if error.problem in (StorageProblem.DAMAGED, StorageProblem.NOT_A_DATABASE):
                return [str(exc)]
            raise error from exc  # locked, read-only, ...: a problem, but not damage
        messages = [str(row[0]) for row in rows]
        return [] if messages == ["ok"] else messages
