"""Killing the app while someone types loses at most the last moment of typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pop.context import open_workspace
from pop.paths import DataPaths
from pop.services.cycles import start_plan

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

TYPIST = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pop.paths import DataPaths
from ui.app import application, prepare
from ui.prompts import ConsolePrompts
from ui.session import Session

app = application()
prepare(app, "nl")
session = Session(DataPaths(Path(sys.argv[1])), ConsolePrompts(), None)
window = session.start("journal")
window.show()
page = window.page("journal")
page.add_entry()
words = "Vandaag lukte het gesprek met de inwoner beter dan vorige week".split()
state = {"i": 0}

def type_word():
    i = state["i"]
    if i < len(words):
        page.kolb_edits["experience"].insertPlainText(("" if i == 0 else " ") + words[i])
        state["i"] += 1
        QTimer.singleShot(30, type_word)
    else:
        QTimer.singleShot(700, lambda: print("typed", flush=True))  # longer than the pause

QTimer.singleShot(0, type_word)
app.exec()
"""


def test_a_kill_after_typing_keeps_the_text(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ctx = open_workspace(DataPaths(data))
    start_plan(ctx, "Kim")
    ctx.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", TYPIST, str(data)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "typed"
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # no closing, no saving on the way out
        proc.wait()
        proc.stdout.close()
    ctx = open_workspace(DataPaths(data))
    try:
        assert ctx.db.integrity_problems() == []
        entry = ctx.journal.all()[0]
        assert entry.experience == ("Vandaag lukte het gesprek met de inwoner beter dan "
                                    "vorige week")
    finally:
        ctx.close()
