"""Migrations: from every earlier version to the current one; a failing step changes nothing."""

from __future__ import annotations

import pytest

from pop.paths import DataPaths
from pop.storage import migrations
from pop.storage.db import Database
from pop.storage.migrations import SCHEMA_VERSION, migrate


def schema(db: Database) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in db.query(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")]


@pytest.mark.parametrize("start", range(0, SCHEMA_VERSION + 1))
def test_migrates_from_every_earlier_version(tmp_path, start: int) -> None:
    path = tmp_path / "plan.sqlite3"
    db = Database.connect(path)
    migrate(db, upto=start)
    assert db.user_version == start
    if start >= 1:
        db.execute("INSERT INTO profile (id, plan_uid, name) VALUES (1, 'uid', 'Zoë')")
        db.execute("INSERT INTO cycles (title, catalogue_id, catalogue_version, created_at) "
                   "VALUES ('2025–2026', 'spiegelplan-default', '2026.1', '2025-01-01')")
    applied = migrate(db)
    assert applied == list(range(start + 1, SCHEMA_VERSION + 1))
    assert db.user_version == SCHEMA_VERSION
    assert db.query("PRAGMA foreign_key_check") == []
    if start >= 1:
        assert db.scalar("SELECT name FROM profile") == "Zoë"
        assert db.scalar("SELECT title FROM cycles") == "2025–2026"
    fresh = Database.connect(tmp_path / "fresh.sqlite3")
    migrate(fresh)
    assert schema(db) == schema(fresh)
    db.close()
    fresh.close()


def test_failing_migration_rolls_back_completely(tmp_path, monkeypatch) -> None:
    path = tmp_path / "plan.sqlite3"
    db = Database.connect(path)
    migrate(db)
    before = schema(db)

    def broken(database: Database) -> None:
        database.execute("ALTER TABLE goals ADD COLUMN half_done TEXT")
        database.execute("CREATE TABLE halfway (x)")
        raise RuntimeError("migration failed halfway")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(RuntimeError):
        migrate(db, upto=SCHEMA_VERSION + 1)
    assert db.user_version == SCHEMA_VERSION
    assert schema(db) == before
    db.close()


def test_backup_is_made_before_migrating_an_existing_plan(tmp_path) -> None:
    from pop.context import open_workspace
    from pop.storage.backup import list_backups

    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    db = Database.connect(paths.database)
    migrate(db, upto=SCHEMA_VERSION - 1) if SCHEMA_VERSION > 1 else migrate(db, upto=1)
    db.execute("INSERT INTO profile (id, plan_uid, name) VALUES (1, 'uid', 'Old')")
    db.close()
    if SCHEMA_VERSION == 1:
        pytest.skip("only one schema version so far")
    ctx = open_workspace(paths)
    ctx.close()
    reasons = [b.reason for b in list_backups(paths.backups)]
    assert "before-migration" in reasons
