"""Backups: the backup API (not a file copy), verification, thinning, restore, recovery."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from pop.context import open_workspace
from pop.errors import StorageError
from pop.storage.backup import (
    backups_to_keep,
    list_backups,
    make_backup,
    restore_into,
    thin_backups,
)
from pop.storage.migrations import SCHEMA_VERSION
from pop.storage.recovery import recover_from_backup
from tests.pop.test_db import damage


def test_backup_holds_what_is_still_in_the_wal(ctx, cycle, data_paths, tmp_path) -> None:
    for i in range(50):
        ctx.goals.add(cycle.id, f"goal {i}")
    assert data_paths.database.with_name(data_paths.database.name + "-wal").stat().st_size > 0
    naive = tmp_path / "naive.sqlite3"
    shutil.copy(data_paths.database, naive)  # what a file copy would give
    path = make_backup(ctx.db, data_paths.backups, "manual")
    copy = sqlite3.connect(path)
    assert copy.execute("SELECT COUNT(*) FROM goals").fetchone()[0] == 50
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert path.name.endswith("-manual.sqlite3")


def test_thinning_keeps_recent_then_daily_weekly_monthly() -> None:
    now = datetime(2026, 11, 22, 12, 0)
    times = [now - timedelta(hours=6 * i) for i in range(4 * 400)]  # every 6 h for 400 days
    keep = backups_to_keep(times, now)
    recent = [t for t in times if now - t <= timedelta(days=2)]
    assert set(recent) <= keep
    daily = {t.date() for t in keep if timedelta(days=2) < now - t <= timedelta(days=14)}
    assert 12 <= len(daily) <= 13  # one per calendar day, the edge day may be partial
    assert not any(now - t > timedelta(days=366) for t in keep)
    assert max(times) in keep
    assert len(keep) < 60


def test_thinning_never_removes_the_newest(tmp_path) -> None:
    old = datetime(2020, 1, 1)
    assert backups_to_keep([old], datetime(2026, 1, 1)) == {old}


def test_thin_backups_removes_files(ctx, cycle, data_paths) -> None:
    start = datetime(2026, 1, 1)
    for day in range(30):
        make_backup(ctx.db, data_paths.backups, "daily", now=start + timedelta(days=day))
    thin_backups(data_paths.backups, now=start + timedelta(days=30))
    remaining = list_backups(data_paths.backups)
    assert 10 <= len(remaining) < 30


def test_restore_round_trip(ctx, cycle, data_paths) -> None:
    ctx.goals.add(cycle.id, "kept in the backup")
    backup = make_backup(ctx.db, data_paths.backups, "manual")
    ctx.goals.add(cycle.id, "added after the backup")
    safety = restore_into(ctx.db, backup, data_paths.backups, SCHEMA_VERSION)
    assert [g.title for g in ctx.goals.for_cycle(cycle.id)] == ["kept in the backup"]
    assert safety.exists()
    ctx.close()
    again = open_workspace(data_paths)
    assert [g.title for g in again.goals.for_cycle(cycle.id)] == ["kept in the backup"]
    again.close()


def test_restore_refuses_a_damaged_backup(ctx, cycle, data_paths) -> None:
    for i in range(60):
        ctx.goals.add(cycle.id, "x" * 200 + str(i))
    backup = make_backup(ctx.db, data_paths.backups, "manual")
    damage(backup)
    with pytest.raises(StorageError):
        restore_into(ctx.db, backup, data_paths.backups, SCHEMA_VERSION)
    assert len(ctx.goals.for_cycle(cycle.id)) == 60


def test_recovery_sets_damaged_file_aside_and_restores_newest_good(ctx, cycle, data_paths) -> None:
    for i in range(60):
        ctx.goals.add(cycle.id, "y" * 200 + str(i))
    make_backup(ctx.db, data_paths.backups, "daily")
    ctx.close()
    damage(data_paths.database)
    damaged_bytes = data_paths.database.read_bytes()
    with pytest.raises(StorageError):
        open_workspace(data_paths)
    info, aside = recover_from_backup(data_paths, SCHEMA_VERSION)
    assert aside.read_bytes() == damaged_bytes
    again = open_workspace(data_paths)
    assert len(again.goals.for_cycle(cycle.id)) == 60
    again.close()
