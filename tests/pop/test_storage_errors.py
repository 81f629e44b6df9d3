"""Every storage failure becomes one plain message of the right kind."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from pop.errors import StorageProblem
from pop.storage.errors import classify


def sqlite_error(kind: type[sqlite3.Error], message: str, name: str) -> sqlite3.Error:
    exc = kind(message)
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("exc", "problem"),
    [
        (sqlite_error(sqlite3.OperationalError, "database is locked", "SQLITE_BUSY"),
         StorageProblem.LOCKED),
        (sqlite_error(sqlite3.OperationalError, "attempt to write a readonly database",
                      "SQLITE_READONLY"), StorageProblem.READ_ONLY),
        (sqlite_error(sqlite3.OperationalError, "database or disk is full", "SQLITE_FULL"),
         StorageProblem.DISK_FULL),
        (sqlite_error(sqlite3.DatabaseError, "database disk image is malformed",
                      "SQLITE_CORRUPT"), StorageProblem.DAMAGED),
        (sqlite_error(sqlite3.DatabaseError, "file is not a database", "SQLITE_NOTADB"),
         StorageProblem.NOT_A_DATABASE),
        (OSError(errno.ENOSPC, "No space left on device"), StorageProblem.DISK_FULL),
        (PermissionError(errno.EACCES, "Permission denied"), StorageProblem.READ_ONLY),
    ],
)
def test_classification(exc: BaseException, problem: StorageProblem, tmp_path: Path) -> None:
    error = classify(exc, tmp_path / "spiegelplan.sqlite3")
    assert error.problem is problem
    assert error.message and "\n" not in error.message


def test_dutch_messages(tmp_path: Path) -> None:
    from pop.i18n import using_language

    with using_language("nl"):
        error = classify(sqlite_error(sqlite3.OperationalError, "database or disk is full",
                                      "SQLITE_FULL"), tmp_path / "x.sqlite3")
    assert "schijf" in error.message.lower()


def test_unknown_errors_are_not_hidden(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.ProgrammingError):
        classify(sqlite3.ProgrammingError("misuse"), tmp_path / "x")
