"""Backup file names: the moment is read from the name; a name that only looks like ours is
passed over instead of breaking the list."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from pop.storage.backup import list_backups


def test_the_moment_and_reason_come_from_the_name(tmp_path) -> None:
    (tmp_path / "spiegelplan-2026-03-01_09-30-05-daily.sqlite3").write_bytes(b"x")
    (tmp_path / "spiegelplan-2026-03-01_09-30-05-2-before-restore.sqlite3").write_bytes(b"xy")
    (tmp_path / "notes.txt").write_text("not a backup")
    found = sorted(list_backups(tmp_path), key=lambda b: b.reason)
    assert [(b.taken_at, b.reason, b.size) for b in found] == [
        (datetime(2026, 3, 1, 9, 30, 5), "before-restore", 2),
        (datetime(2026, 3, 1, 9, 30, 5), "daily", 1),
    ]


@given(st.tuples(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99),
                 st.integers(0, 99), st.integers(0, 99), st.integers(0, 99)))
def test_an_impossible_moment_in_a_name_is_passed_over(tmp_path_factory, parts) -> None:
    folder = tmp_path_factory.mktemp("backups")
    year, month, day, hour, minute, second = parts
    name = (f"spiegelplan-{year:04d}-{month:02d}-{day:02d}_{hour:02d}-{minute:02d}-"
            f"{second:02d}-daily.sqlite3")
    (folder / name).write_bytes(b"x")
    try:
        expected = [datetime(year, month, day, hour, minute, second)]
    except ValueError:
        expected = []
    assert [b.taken_at for b in list_backups(folder)] == expected
