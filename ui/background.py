"""One slow core call on a background thread, so the window keeps reacting (the import of many
plan files: writing them, building the team overview). The answer comes back as a signal on
the window's own thread. The core call gets nothing of Qt and touches no widget.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from pop.errors import PopError
from ui.prompts import bug_message


class BackgroundCall(QThread):
    """Runs ``work()`` once; emits ``done(result)`` or ``failed(message)`` when it ends.

    A running call is kept alive by the class itself (not by a window that may close
    first); :meth:`wait_for_all` lets the app finish them before it closes the plan.
    """

    done = Signal(object)
    failed = Signal(str)
    _running: set[BackgroundCall] = set()

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.finished.connect(self._ended)

    def start_now(self) -> None:
        """Start the call on its own thread."""
        BackgroundCall._running.add(self)
        self.start()

    def _ended(self) -> None:
        BackgroundCall._running.discard(self)
        self.deleteLater()

    @classmethod
    def wait_for_all(cls, milliseconds: int = 30_000) -> None:
        """Let every running call end (e.g. an import still writing) before closing up."""
        for call in list(cls._running):
            call.wait(milliseconds)

    def run(self) -> None:
        """On the background thread: the call, and one signal with its outcome."""
        try:
            result = self._work()
        except PopError as exc:
            self.failed.emit(exc.message)
            return
        except Exception as exc:  # a bug: keep the details, tell the user calmly
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
            self.failed.emit(bug_message(exc))
            return
        self.done.emit(result)
