"""A full disk, a read-only database and a locked database each give a clear message and
lose nothing that was saved before."""

from __future__ import annotations

import sqlite3

import pytest

from pop.context import open_workspace
from pop.errors import StorageError, StorageProblem


def test_full_disk_gives_a_clear_message_and_keeps_earlier_work(ctx, cycle, data_paths) -> None:
    kept = ctx.goals.add(cycle.id, "saved before the disk filled up")
    pages = ctx.db.scalar("PRAGMA page_count")
    ctx.db.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own "disk is full" path
    with pytest.raises(StorageError) as caught:
        goal = ctx.goals.add(cycle.id, "big")
        goal.description = "x" * 200_000
        ctx.goals.save(goal)
    assert caught.value.problem is StorageProblem.DISK_FULL
    assert "disk is full" in caught.value.message and "safe" in caught.value.message
    ctx.close()
    again = open_workspace(data_paths)
    assert kept.title in [g.title for g in again.goals.for_cycle(cycle.id)]
    assert again.db.integrity_problems() == []
    again.close()


def test_read_only_database_gives_a_clear_message(ctx, cycle) -> None:
    kept = ctx.goals.add(cycle.id, "already saved")
    ctx.db.execute("PRAGMA query_only=1")
    with pytest.raises(StorageError) as caught:
        ctx.goals.add(cycle.id, "cannot be saved")
    assert caught.value.problem is StorageProblem.READ_ONLY
    ctx.db.execute("PRAGMA query_only=0")
    assert [g.title for g in ctx.goals.for_cycle(cycle.id)] == [kept.title]


def test_database_locked_by_another_program(ctx, cycle, data_paths) -> None:
    other = sqlite3.connect(data_paths.database, timeout=0.05)
    other.execute("BEGIN EXCLUSIVE")
    ctx.db.conn.execute("PRAGMA busy_timeout=20")
    try:
        with pytest.raises(StorageError) as caught:
            ctx.goals.add(cycle.id, "while locked")
        assert caught.value.problem is StorageProblem.LOCKED
    finally:
        other.rollback()
        other.close()
    ctx.goals.add(cycle.id, "after the lock")
    assert [g.title for g in ctx.goals.for_cycle(cycle.id)] == ["after the lock"]
