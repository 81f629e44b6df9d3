"""Offline by design: the whole command-line pipeline runs with socket creation made to fail,
tries no socket, and never imports ssl, http or Qt's network module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pop.cli import COMMAND_MODULES
from ui.pages.registry import PAGE_NAMES

ROOT = Path(__file__).resolve().parents[2]

GUARD = r"""
import atexit, json, socket, sys
LOG = sys.argv.pop(1)
attempts = []
def refuse(*args, **kwargs):
    attempts.append(repr(args)[:80])
    raise OSError("network disabled by the test")
class NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        refuse(*args)
socket.socket = NoSocket
socket.create_connection = refuse
socket.getaddrinfo = refuse
socket.socketpair = refuse
def report():
    banned = sorted(m for m in sys.modules if m in ("ssl", "http.client", "urllib.request",
                    "PySide6.QtNetwork", "requests"))
    with open(LOG, "w") as handle:
        json.dump({"attempts": attempts, "banned": banned}, handle)
atexit.register(report)
import runpy
sys.argv[0] = "pop"
runpy.run_module("pop", run_name="__main__")
"""


def run_guarded(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict]:
    log = tmp_path / "net.json"
    result = subprocess.run([sys.executable, "-c", GUARD, str(log), *args], cwd=ROOT,
                            capture_output=True, text=True)
    return result, json.loads(log.read_text())


def pipeline(data: Path, out: Path) -> list[list[str]]:
    steps = [["init", "--demo", "--seed", "3"], ["check"], ["backup"], ["self-test"]]
    optional = {
        "export-pdf": ["export-pdf", "--out", str(out / "plan.pdf")],
        "feedback-forms": ["feedback-forms", "--out", str(out / "forms"), "--group",
                           "colleague", "--count", "2"],
        "export-bundle": ["export-bundle", "--out", str(out / "plan.pop")],
        "import-bundle": ["import-bundle", str(out / "plan.pop")],
        "team-pdf": ["team-pdf", "--out", str(out / "team.pdf")],
    }
    names = [name.replace("_", "-") for name in COMMAND_MODULES]
    steps += [argv for name, argv in optional.items() if name in names]
    return [["--data-dir", str(data), *step] for step in steps]


def test_command_line_pipeline_opens_no_socket(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "forms").mkdir(parents=True)
    for argv in pipeline(tmp_path / "data", out):
        result, seen = run_guarded(tmp_path, *argv)
        assert result.returncode == 0, (argv, result.stderr)
        assert seen == {"attempts": [], "banned": []}, argv


def test_the_guard_really_refuses_sockets(tmp_path: Path) -> None:
    script = tmp_path / "probe.py"
    script.write_text("import socket\nsocket.socket()\n", encoding="utf-8")
    log = tmp_path / "net.json"
    guard = GUARD.replace('runpy.run_module("pop", run_name="__main__")',
                          f'runpy.run_path({str(script)!r})')
    result = subprocess.run([sys.executable, "-c", guard, str(log)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode != 0 and "network disabled" in result.stderr
    assert json.loads(log.read_text())["attempts"]


@pytest.mark.skipif(sys.platform != "linux", reason="network namespaces are Linux only")
def test_self_test_passes_without_any_network(tmp_path: Path) -> None:
    import shutil

    if shutil.which("unshare") is None:
        pytest.skip("unshare not available")
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("no permission to create a network namespace here")
    result = subprocess.run(["unshare", "-rn", sys.executable, "-m", "pop", "self-test"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout


APP_SESSION = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.pages.registry import PAGE_NAMES

real_exec = QApplication.exec

def visit_every_page(self):
    def visit():
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "show_page"))
        for name in PAGE_NAMES:
            window.show_page(name)
            QApplication.processEvents()
            window.grab()
        print("visited", len(PAGE_NAMES), flush=True)
        self.quit()
    QTimer.singleShot(0, visit)
    return real_exec()

QApplication.exec = visit_every_page
import ui.launch
ui.launch.has_screen = lambda environ=None: True
sys.exit(ui.launch.main(["--data-dir", sys.argv[1], "--lang", "nl"]))
"""


def test_an_app_session_on_every_page_opens_no_socket(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result, _seen = run_guarded(tmp_path, "--data-dir", str(data), "init", "--demo")
    assert result.returncode == 0, result.stderr
    script = tmp_path / "session.py"
    script.write_text(APP_SESSION, encoding="utf-8")
    log = tmp_path / "net.json"
    guard = GUARD.replace('sys.argv[0] = "pop"\nrunpy.run_module("pop", run_name="__main__")',
                          f'sys.argv[0] = {str(script)!r}\nrunpy.run_path({str(script)!r}, '
                          'run_name="__main__")')
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SPIEGELPLAN_NO_SYSTEM_SETTINGS="1")
    result = subprocess.run([sys.executable, "-c", guard, str(log), str(data)], cwd=ROOT,
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"visited {len(PAGE_NAMES)}" in result.stdout
    assert json.loads(log.read_text()) == {"attempts": [], "banned": []}
