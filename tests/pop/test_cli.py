"""The command-line contract: exit codes, one ``error:`` line, nothing changed on error."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from pop.cli import main
from tests.pop.test_db import damage

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pop", *args], cwd=ROOT, capture_output=True,
                          text=True, env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"})


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_init_check_backup_restore(tmp_path: Path, capsys) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "init"]) == 0
    assert main(["--data-dir", data, "check"]) == 0
    assert main(["--data-dir", data, "backup"]) == 0
    backup = next((tmp_path / "data" / "backups").glob("*-manual.sqlite3"))
    assert main(["--data-dir", data, "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Backup made" in out and "restored" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        [],
        ["init", "--seed", "3"],
        ["init", "--demo", "--seed", "-1"],
        ["restore", "/nonexistent/backup.sqlite3"],
        ["check"],
        ["load-catalogue", "/nonexistent/catalogue.json"],
    ],
)
def test_bad_input_exits_2_with_one_error_line(tmp_path: Path, argv: list[str]) -> None:
    result = run("--data-dir", str(tmp_path / "data"), *argv)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert not (tmp_path / "data" / "spiegelplan.sqlite3").exists()


def test_check_on_damaged_file_exits_2_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("--data-dir", str(data), "init", "--demo").returncode == 0
    damage(data / "spiegelplan.sqlite3")
    before = tree_digest(data)
    result = run("--data-dir", str(data), "check")
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "damaged" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert tree_digest(data) == before


def test_newer_database_refused_by_every_command(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init"]) == 0
    conn = sqlite3.connect(data / "spiegelplan.sqlite3")
    conn.execute("PRAGMA user_version=999")
    conn.close()
    before = tree_digest(data)
    for argv in (["check"], ["init"], ["backup"]):
        result = run("--data-dir", str(data), *argv)
        assert result.returncode == 2, argv
        assert "newer version" in result.stderr
    assert tree_digest(data) == before


def test_demo_refused_on_a_folder_with_a_plan(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("--data-dir", str(data), "init", "--demo", "--seed", "2").returncode == 0
    before = tree_digest(data)
    result = run("--data-dir", str(data), "init", "--demo")
    assert result.returncode == 2 and "already holds a plan" in result.stderr
    assert tree_digest(data) == before


def test_dutch_error_lines(tmp_path: Path) -> None:
    result = run("--lang", "nl", "--data-dir", str(tmp_path / "d"), "check")
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "nog geen plan" in result.stderr
