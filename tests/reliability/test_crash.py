"""Crash safety: kill the core with SIGKILL at random moments while it saves; nothing
acknowledged is lost and the database stays intact. Same for atomic file writes."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pop.atomic import atomic_write_bytes

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

SAVER = r"""
import sys
from datetime import date
from pop.context import open_workspace
from pop.paths import resolve_data_dir
from pop.services.cycles import start_plan

ctx = open_workspace(resolve_data_dir(sys.argv[1]), daily_backup=False)
cycle = start_plan(ctx, "Kill Test")
start = int(sys.argv[2])
goal = ctx.goals.add(cycle.id, f"goal {start}")
print("ready", flush=True)
for i in range(start, start + 100000):
    with ctx.db.transaction():  # one user action: a goal edit plus a journal entry
        goal.description = f"edit {i}"
        ctx.goals.save(goal)
        entry = ctx.journal.add(date.today(), f"entry {i}")
        entry.reflection = f"reflection {i} " * 20
        ctx.journal.save(entry)
    print(i, flush=True)
"""


def run_and_kill(data: Path, start: int, rng: random.Random) -> int | None:
    """Start a saver, kill it at a random moment; return the last acknowledged save."""
    proc = subprocess.Popen([sys.executable, "-c", SAVER, str(data), str(start)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.005, 0.15))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    acknowledged = [int(line) for line in proc.stdout.read().split() if line.isdigit()]
    proc.stdout.close()
    return acknowledged[-1] if acknowledged else None


def kill_loop(tmp_path: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    data = tmp_path / "data"
    acknowledged: list[int] = []
    for round_number in range(kills):
        last = run_and_kill(data, round_number * 100000, rng)
        if last is not None:
            acknowledged.append(last)
    conn = sqlite3.connect(data / "spiegelplan.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        titles = {row[0] for row in conn.execute("SELECT title FROM journal_entries")}
        for last in acknowledged:
            assert f"entry {last}" in titles, f"acknowledged save {last} was lost"
        # every entry is complete: a half transaction is never visible
        for (reflection,) in conn.execute("SELECT reflection FROM journal_entries"):
            assert reflection == "" or reflection.count("reflection") == 20
        indexed = conn.execute("SELECT COUNT(*) FROM journal_search").fetchone()[0]
        entries = conn.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0]
        assert indexed == entries
    finally:
        conn.close()
    assert len(acknowledged) >= kills // 2


def test_twenty_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    kill_loop(tmp_path, kills=20, seed=20261122)


@pytest.mark.slow
def test_hundreds_of_kills(tmp_path: Path) -> None:
    kill_loop(tmp_path, kills=300, seed=7)


WRITER = r"""
import sys
from pop.atomic import atomic_write_bytes
target, size = sys.argv[1], int(sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    n += 1
    atomic_write_bytes(target, (str(n % 10) * size).encode())
"""


def test_killed_file_writes_never_leave_a_half_written_file(tmp_path: Path) -> None:
    target = tmp_path / "export.pdf"
    size = 2_000_000
    target.write_bytes(b"0" * size)
    rng = random.Random(5)
    for _ in range(10):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target), str(size)],
                                cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.01, 0.2))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        data = target.read_bytes()
        assert len(data) == size and len(set(data)) == 1, "a half-written file was left"
    leftovers = [p for p in tmp_path.iterdir() if p.name != "export.pdf"]
    assert all(p.name.endswith(".spiegelplan-tmp") for p in leftovers)
    old = time.time() - 3600
    for leftover in leftovers:
        os.utime(leftover, (old, old))
    atomic_write_bytes(target, b"new")  # the next write clears what a kill left behind
    assert [p.name for p in tmp_path.iterdir()] == ["export.pdf"]


def test_a_killed_pdf_export_leaves_the_previous_pdf_whole(tmp_path: Path) -> None:
    from pypdf import PdfReader

    data, target = tmp_path / "data", tmp_path / "plan.pdf"
    command = [sys.executable, "-m", "pop", "--data-dir", str(data)]
    subprocess.run([*command, "init", "--demo"], cwd=ROOT, check=True, capture_output=True)
    subprocess.run([*command, "export-pdf", "--out", str(target)], cwd=ROOT, check=True,
                   capture_output=True)
    pages = len(PdfReader(target).pages)
    rng = random.Random(11)
    for _ in range(6):
        proc = subprocess.Popen([*command, "export-pdf", "--out", str(target)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        raw = target.read_bytes()
        assert raw.startswith(b"%PDF") and raw.rstrip().endswith(b"%%EOF")
        assert len(PdfReader(target).pages) == pages, "a half-written PDF was left"
