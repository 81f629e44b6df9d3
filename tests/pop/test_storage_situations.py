"""The plan file in trouble: locked, read-only, full, damaged, out-of-date index, daily backups.

Each test drives the real command line or the workspace and checks what the user sees and
that nothing was changed where nothing may change.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pop.catalogue.load import parse_catalogue, parse_catalogue_text
from pop.cli import main
from pop.context import open_workspace
from pop.errors import CatalogueError, StorageError, StorageProblem
from pop.paths import DataPaths
from pop.resource_files import resource_path
from pop.storage.backup import list_backups
from pop.storage.check import check_database
from tests.pop.test_db import damage

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def demo_plan(folder: Path) -> None:
    assert main(["--data-dir", str(folder), "init", "--demo", "--seed", "3"]) == 0


def error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: "), err
    return err[0]


# --- damaged plan: check names the way out, and restore takes it -----------------------------

def test_restore_puts_a_backup_in_place_of_a_damaged_plan(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    demo_plan(data)
    assert main(["--data-dir", str(data), "backup"]) == 0
    [backup] = list_backups(data / "backups")
    plan = data / "spiegelplan.sqlite3"
    damage(plan)
    damaged_bytes = plan.read_bytes()
    capsys.readouterr()

    assert main(["--data-dir", str(data), "check"]) == 2
    line = error_line(capsys)
    assert "damaged" in line and f'restore "{backup.path}"' in line

    assert main(["--data-dir", str(data), "restore", str(backup.path)]) == 0
    out = capsys.readouterr().out
    assert "damaged plan file was moved" in out
    [aside] = (data / "damaged").glob("spiegelplan-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged_bytes  # kept, never deleted
    assert main(["--data-dir", str(data), "check"]) == 0
    ctx = open_workspace(DataPaths(data))
    try:
        assert ctx.profile.get().name and len(ctx.journal.all()) >= 25
        assert ctx.db.scalar("PRAGMA journal_mode") == "wal"
    finally:
        ctx.close()


def test_restoring_a_bad_backup_over_a_damaged_plan_changes_nothing(tmp_path: Path,
                                                                     capsys) -> None:
    data = tmp_path / "data"
    demo_plan(data)
    assert main(["--data-dir", str(data), "backup"]) == 0
    [backup] = list_backups(data / "backups")
    damage(data / "spiegelplan.sqlite3")
    damage(backup.path)
    before = tree_digest(data)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "restore", str(backup.path)]) == 2
    assert f"The backup {backup.path} is damaged" in error_line(capsys)
    assert tree_digest(data) == before


def test_check_on_a_damaged_plan_without_backups_says_there_is_none(tmp_path: Path,
                                                                     capsys) -> None:
    data = tmp_path / "data"
    demo_plan(data)
    damage(data / "spiegelplan.sqlite3")
    capsys.readouterr()
    assert main(["--data-dir", str(data), "check"]) == 2
    assert "no backup of this plan" in error_line(capsys)
    before = tree_digest(data)
    assert main(["--data-dir", str(data), "backup"]) == 2  # opening refuses a damaged plan
    line = error_line(capsys)
    assert "is damaged" in line and "There is no backup of it yet" in line
    assert tree_digest(data) == before


# --- locked ----------------------------------------------------------------------------------

def test_check_on_a_locked_plan_says_locked_not_damaged(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    demo_plan(data)
    plan = data / "spiegelplan.sqlite3"
    other = sqlite3.connect(plan, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE profile SET name = name")
        other.execute("COMMIT")  # exclusive locking mode: the lock stays until closed
        before = plan.read_bytes()
        capsys.readouterr()
        assert main(["--data-dir", str(data), "check"]) == 2
        line = error_line(capsys)
        assert "used by another program" in line and "damaged" not in line
        assert plan.read_bytes() == before
    finally:
        other.close()


# --- disk full --------------------------------------------------------------------------------

def test_a_full_disk_is_reported_and_what_was_saved_stays(ctx, cycle) -> None:
    ctx.goals.add(cycle.id, "saved before")
    pages = ctx.db.scalar("PRAGMA page_count")
    ctx.db.conn.execute(f"PRAGMA max_page_count={pages}")  # the file cannot grow: as if full
    with pytest.raises(StorageError) as caught:
        for i in range(200):
            ctx.goals.add(cycle.id, f"goal {i} " + "x" * 5000)
    assert caught.value.problem is StorageProblem.DISK_FULL
    assert "disk is full" in caught.value.message
    assert "saved before" in [g.title for g in ctx.goals.for_cycle(cycle.id)]


# --- read-only folder and file (as an ordinary user: root ignores file permissions) -----------

@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's own tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="spiegelplan-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def run_as_user(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot act as an ordinary user")
        prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    env = {"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": str(home),
           "PYTHONDONTWRITEBYTECODE": "1"}
    if prefix and subprocess.run([*prefix, sys.executable, "-c", "import pop"], cwd=ROOT,
                                 capture_output=True, env=env, check=False).returncode != 0:
        pytest.skip("an ordinary user cannot read this checkout or its Python here")
    return subprocess.run([*prefix, sys.executable, "-m", "pop", *args], cwd=ROOT,
                          capture_output=True, text=True, env=env, check=False)


def give_to_user(path: Path) -> None:
    if os.geteuid() == 0:
        for item in [path, *path.rglob("*")]:
            os.chown(item, NOBODY, NOBODY)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_folder_and_file_get_the_read_only_message(shared_tmp: Path) -> None:
    empty = shared_tmp / "empty"
    empty.mkdir()
    with_plan = shared_tmp / "plan"
    demo_plan(with_plan)
    give_to_user(shared_tmp)
    empty.chmod(0o555)
    with_plan.chmod(0o555)

    result = run_as_user("--data-dir", str(empty), "init", home=shared_tmp)
    assert result.returncode == 2 and result.stderr.startswith("error: ")
    assert "read-only" in result.stderr and len(result.stderr.splitlines()) == 1
    assert list(empty.iterdir()) == []

    before = tree_digest(with_plan)
    result = run_as_user("--data-dir", str(with_plan), "backup", home=shared_tmp)
    assert result.returncode == 2 and "read-only" in result.stderr
    assert run_as_user("--data-dir", str(with_plan), "check", home=shared_tmp).returncode == 0
    assert tree_digest(with_plan) == before

    with_plan.chmod(0o755)  # the folder is writable, the plan file is not
    plan = with_plan / "spiegelplan.sqlite3"
    plan.chmod(0o444)
    result = run_as_user("--data-dir", str(with_plan), "init", home=shared_tmp)
    assert result.returncode == 2 and "read-only" in result.stderr
    assert plan.stat().st_mode & 0o777 == 0o444  # not made writable behind the user's back
    assert tree_digest(with_plan) == before


# --- journal search index ----------------------------------------------------------------------

def test_an_out_of_date_search_index_is_reported_and_repaired_on_opening(data_paths) -> None:
    ctx = open_workspace(data_paths)
    entry = ctx.journal.add(title="Huisbezoek")
    entry.reflection = "schuldhulpverlening bij gezin"
    ctx.journal.save(entry)
    ctx.db.execute("DELETE FROM journal_search")  # as if the index were lost
    assert ctx.journal.search("schuldhulp") == []
    [finding] = check_database(ctx.db)
    assert "search index" in finding.message and "repairs it" in finding.message
    ctx.close()

    again = open_workspace(data_paths)
    try:
        assert [e.id for e in again.journal.search("schuldhulp")] == [entry.id]
        assert check_database(again.db) == []
    finally:
        again.close()


# --- backups: before migration and restore elsewhere; otherwise at most one a day -------------

def test_opening_makes_at_most_one_backup_a_day(data_paths) -> None:
    open_workspace(data_paths).close()  # a new plan: nothing to back up yet
    assert list_backups(data_paths.backups) == []
    open_workspace(data_paths).close()
    open_workspace(data_paths).close()
    [first] = list_backups(data_paths.backups)
    assert first.reason == "daily"

    older = first.taken_at - timedelta(days=1, minutes=1)
    first.path.rename(first.path.with_name(
        f"spiegelplan-{older.strftime('%Y-%m-%d_%H-%M-%S')}-daily.sqlite3"))
    open_workspace(data_paths).close()
    backups = list_backups(data_paths.backups)
    assert [b.reason for b in backups] == ["daily", "daily"]
    assert datetime.now() - backups[0].taken_at < timedelta(minutes=5)


# --- catalogue files ---------------------------------------------------------------------------

RAW = json.loads(resource_path("catalogues", "default.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, "format_version: this field is missing"), (0, "format_version: expected"),
     ("1", "format_version: expected"), (True, "format_version: expected"),
     (2, "needs a newer Spiegelplan")],
)
def test_catalogue_format_version_messages(value: object, expected: str) -> None:
    data = copy.deepcopy(RAW)
    if value is None:
        del data["format_version"]
    else:
        data["format_version"] = value
    with pytest.raises(CatalogueError, match=expected):
        parse_catalogue(data)


def test_a_different_catalogue_under_a_known_id_and_version_is_refused(ctx) -> None:
    data = copy.deepcopy(RAW)
    data["id"], data["version"] = "gemeente-x", "1"
    first = parse_catalogue_text(json.dumps(data))
    ctx.use_catalogue(first)
    ctx.use_catalogue(parse_catalogue_text(json.dumps(data, indent=2)))  # same content: fine
    data["blocks"][0]["label"]["nl"] = "Gezondheid"
    with pytest.raises(CatalogueError, match="new version number"):
        ctx.use_catalogue(parse_catalogue_text(json.dumps(data)))
    assert ctx.catalogue == first
    same_as_default = copy.deepcopy(RAW)
    same_as_default["blocks"][0]["label"]["nl"] = "Gezondheid"
    with pytest.raises(CatalogueError):
        ctx.use_catalogue(parse_catalogue_text(json.dumps(same_as_default)))


# --- the data folder itself ---------------------------------------------------------------------

@pytest.mark.parametrize("command", [["init"], ["check"], ["backup"], ["init", "--demo"]])
def test_an_empty_or_file_data_dir_is_refused(tmp_path: Path, capsys, monkeypatch,
                                              command: list[str]) -> None:
    monkeypatch.setenv("SPIEGELPLAN_DATA_DIR", str(tmp_path / "would-be-used"))
    assert main(["--data-dir", "", *command]) == 2
    assert "--data-dir needs the name of a folder" in error_line(capsys)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine", encoding="utf-8")
    assert main(["--data-dir", str(a_file), *command]) == 2
    assert "is a file, not a folder" in error_line(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert a_file.read_text(encoding="utf-8") == "mine"
