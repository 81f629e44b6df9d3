"""The check finds a plan file whose structure was changed by another program."""

from __future__ import annotations

import sqlite3

import pytest

from pop.cli import main
from pop.storage.db import Database
from pop.storage.migrations import SCHEMA_VERSION, migrate
from pop.storage.schema_check import expected_schema, schema_gaps
from tests.pop.test_cli import tree_digest


def test_a_new_plan_lacks_nothing(ctx, cycle) -> None:
    gaps = schema_gaps(ctx.db)
    assert gaps.is_whole, gaps
    assert "journal_entries" in expected_schema(SCHEMA_VERSION).columns


@pytest.mark.parametrize("start", range(1, SCHEMA_VERSION))
def test_an_old_plan_brought_up_to_date_lacks_nothing(tmp_path, start: int) -> None:
    db = Database.connect(tmp_path / "old.sqlite3")
    migrate(db, upto=start)
    assert schema_gaps(db).is_whole  # judged against its own version
    migrate(db)
    assert schema_gaps(db).is_whole
    db.close()


def _changed_by_another_program(data, sql: str) -> None:
    conn = sqlite3.connect(data / "spiegelplan.sqlite3")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_dropped_column_is_damage_and_nothing_changes(tmp_path, capsys) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init", "--demo"]) == 0
    _changed_by_another_program(data, "ALTER TABLE goals DROP COLUMN success_criteria")
    before = tree_digest(data)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "check"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "goals.success_criteria" in err
    assert tree_digest(data) == before


def test_a_dropped_index_is_a_warning_only(tmp_path, capsys) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init"]) == 0
    index = sorted(expected_schema(SCHEMA_VERSION).indexes)[0]
    _changed_by_another_program(data, f"DROP INDEX {index}")
    capsys.readouterr()
    assert main(["--data-dir", str(data), "check"]) == 0
    captured = capsys.readouterr()
    assert "warning: " in captured.err and index in captured.err
    assert "in order" in captured.out

