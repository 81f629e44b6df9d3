"""One Spiegelplan per data folder; a lock left by a crash is taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pop.context import open_workspace
from pop.errors import LockedWorkspace
from pop.lock import WorkspaceLock

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys, time
from pop.context import open_workspace
from pop.paths import resolve_data_dir
ctx = open_workspace(resolve_data_dir(sys.argv[1]))
print("ready", flush=True)
time.sleep(60)
"""


def start_holder(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_second_instance_gets_a_clear_message_and_changes_nothing(data_paths) -> None:
    holder = start_holder(data_paths.root)
    try:
        before = data_paths.database.read_bytes()
        with pytest.raises(LockedWorkspace) as caught:
            open_workspace(data_paths)
        assert str(holder.pid) in str(caught.value)
        assert data_paths.database.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_stale_lock_after_a_crash_is_taken_over(data_paths) -> None:
    holder = start_holder(data_paths.root)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    assert data_paths.lock_file.exists()
    started = time.perf_counter()
    ctx = open_workspace(data_paths)
    assert time.perf_counter() - started < 2
    ctx.close()
    assert not data_paths.lock_file.exists()


def test_garbage_lock_file_is_treated_as_stale(tmp_path: Path) -> None:
    lock_file = tmp_path / "x.lock"
    lock_file.write_text("{not json", encoding="utf-8")
    lock = WorkspaceLock(lock_file)
    lock.acquire()
    assert json.loads(lock_file.read_text())["pid"] == os.getpid()
    lock.release()


def test_same_process_cannot_take_it_twice(tmp_path: Path) -> None:
    first = WorkspaceLock(tmp_path / "x.lock")
    first.acquire()
    with pytest.raises(LockedWorkspace):
        WorkspaceLock(tmp_path / "x.lock").acquire()
    first.release()
