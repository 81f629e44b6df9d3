"""Opening the plan file: settings, refusals that leave the file untouched, error messages."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from pop.context import open_workspace
from pop.errors import StorageError, StorageProblem
from pop.paths import DataPaths
from pop.storage.db import APPLICATION_ID, Database
from pop.storage.migrations import SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_connection_settings(ctx) -> None:
    pragmas = {
        name: ctx.db.scalar(f"PRAGMA {name}")
        for name in ("journal_mode", "synchronous", "foreign_keys", "trusted_schema",
                     "secure_delete", "application_id", "user_version")
    }
    assert pragmas == {
        "journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "trusted_schema": 0,
        "secure_delete": 1, "application_id": APPLICATION_ID, "user_version": SCHEMA_VERSION,
    }


def test_newer_database_is_refused_and_left_byte_identical(data_paths: DataPaths) -> None:
    ctx = open_workspace(data_paths)
    ctx.close()
    conn = sqlite3.connect(data_paths.database)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(data_paths.database)
    with pytest.raises(StorageError) as caught:
        open_workspace(data_paths)
    assert caught.value.problem is StorageProblem.NEWER_VERSION
    assert "newer version" in caught.value.message
    assert digest(data_paths.database) == before
    assert not data_paths.lock_file.exists()


@pytest.mark.parametrize("content", [b"hello, this is a text file\n" * 10, b"\x00" * 4096])
def test_not_a_database_is_refused(data_paths: DataPaths, content: bytes) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.database.write_bytes(content)
    with pytest.raises(StorageError) as caught:
        open_workspace(data_paths)
    assert caught.value.problem is StorageProblem.NOT_A_DATABASE
    assert data_paths.database.read_bytes() == content


def test_someone_elses_sqlite_file_is_refused(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    conn = sqlite3.connect(data_paths.database)
    conn.execute("PRAGMA application_id=1234")
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    before = digest(data_paths.database)
    with pytest.raises(StorageError) as caught:
        open_workspace(data_paths)
    assert caught.value.problem is StorageProblem.NOT_A_DATABASE
    assert digest(data_paths.database) == before


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, min(len(data), 4 * 4096), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def test_damaged_database_is_refused_with_a_clear_message(ctx, cycle, data_paths) -> None:
    for i in range(40):
        ctx.goals.add(cycle.id, f"goal {i} " + "text " * 50)
    ctx.close()
    damage(data_paths.database)
    before = digest(data_paths.database)
    with pytest.raises(StorageError) as caught:
        open_workspace(data_paths)
    assert caught.value.problem is StorageProblem.DAMAGED
    assert "damaged" in caught.value.message
    assert digest(data_paths.database) == before


def test_transaction_rolls_back_everything_on_error(ctx, cycle) -> None:
    with pytest.raises(RuntimeError), ctx.db.transaction():
        ctx.goals.add(cycle.id, "first")
        ctx.goals.add(cycle.id, "second")
        raise RuntimeError("boom")
    assert ctx.goals.for_cycle(cycle.id) == []


def test_read_only_folder_gives_clear_message(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError) as caught:
            open_workspace(DataPaths(folder / "data"))
        assert caught.value.problem is StorageProblem.READ_ONLY
    finally:
        folder.chmod(0o700)


def test_locked_database_is_reported_as_locked(ctx, cycle, data_paths) -> None:
    other = sqlite3.connect(data_paths.database, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        ctx.db.conn.execute("PRAGMA busy_timeout=50")
        with pytest.raises(StorageError) as caught:
            ctx.goals.add(cycle.id, "blocked")
        assert caught.value.problem is StorageProblem.LOCKED
    finally:
        other.rollback()
        other.close()


def test_read_only_connection_leaves_no_trace(ctx, cycle, data_paths) -> None:
    ctx.close()
    before = sorted(p.name for p in data_paths.root.iterdir())
    db = Database.connect_read_only(data_paths.database)
    assert db.integrity_problems() == []
    db.close()
    assert sorted(p.name for p in data_paths.root.iterdir()) == before
