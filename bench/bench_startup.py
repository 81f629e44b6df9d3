"""Start to first painted main window on the demo plan, against a bare PySide6 window that
does the same (new interpreter, QApplication, one window shown and painted), side by side.

Measured from just before the process is started to the moment the child reports that the
window has been painted (its clock and ours are the same wall clock), so tearing down the
program afterwards is not counted for either of them.

Also: memory (resident set) of the app open on the demo plan.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure

ROOT = Path(__file__).resolve().parent.parent
RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 250

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Spiegelplan"))
window.resize(1240, 820)
window.show()
def done():
    window.grab()  # the first paint, finished
    print("painted", time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

APP = """
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

real_exec = QApplication.exec

def exec_once(self):
    def done():
        window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
        window.grab()  # the first paint, finished
        print("painted", time.time(), flush=True)
        if "--memory" in sys.argv:
            import resource
            print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        self.quit()
    QTimer.singleShot(0, done)
    return real_exec()

QApplication.exec = exec_once
import ui.launch
ui.launch.has_screen = lambda environ=None: True  # a real window, also on a server
sys.exit(ui.launch.main(["--data-dir", sys.argv[1], "--lang", "nl"]))
"""


def _run(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from starting the process to its first painted window, and its output."""
    started = time.time()
    result = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120, check=True)
    painted = next(float(line.split()[1]) for line in result.stdout.splitlines()
                   if line.startswith("painted "))
    return painted - started, result.stdout


def measure() -> list[Figure]:
    from pop.context import open_workspace
    from pop.demo.generator import create_demo
    from pop.paths import DataPaths

    env = dict(os.environ, SPIEGELPLAN_NO_SYSTEM_SETTINGS="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app runs from compiled bytecode (``python -m bench`` compiled ours).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        ctx = open_workspace(DataPaths(data))
        create_demo(ctx, seed=1)
        ctx.close()
        app_args = ["-c", APP, str(data)]
        bare_times, app_times = [], []
        _run(["-c", BARE], env)
        _run(app_args, env)
        for _round in range(5):
            bare_times.append(_run(["-c", BARE], env)[0])
            app_times.append(_run(app_args, env)[0])
        _seconds, out = _run([*app_args, "--memory"], env)
    bare, app = statistics.median(bare_times), statistics.median(app_times)
    ratio = app / bare
    memory_mb = int(out.strip().splitlines()[-1]) / 1024 if sys.platform != "darwin" else \
        int(out.strip().splitlines()[-1]) / (1024 * 1024)
    return [
        Figure("start to first painted window (demo plan)", ratio, "x bare",
               f"<= {RATIO_TARGET:g} x bare PySide6", ratio <= RATIO_TARGET,
               f"app {app * 1000:.0f} ms, bare {bare * 1000:.0f} ms"),
        Figure("memory, app open with demo data", memory_mb, "MB",
               f"<= {MEMORY_TARGET_MB} MB", memory_mb <= MEMORY_TARGET_MB, "peak resident"),
    ]
