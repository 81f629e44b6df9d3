"""A slow core call on a background thread: its answer or its error comes back on the
window's thread, and closing up waits for a call that still runs."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from pop.errors import InputError
from ui.background import BackgroundCall


def test_the_answer_comes_back_on_the_window_thread(qtbot) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    call = BackgroundCall(work)
    call.done.connect(lambda result: seen.update(result=result,
                                                 receiver=QThread.currentThread()))
    with qtbot.waitSignal(call.done, timeout=5000):
        call.start_now()
    qtbot.waitUntil(lambda: "receiver" in seen)
    assert seen["result"] == 42
    assert seen["worker"] != threading.get_ident()
    assert seen["receiver"] is QThread.currentThread()


def test_a_core_error_becomes_its_message_and_a_bug_a_calm_one(qtbot) -> None:
    messages: list[str] = []

    def refuse() -> None:
        raise InputError("Dit bestand is geen planbestand.")

    def bug() -> None:
        raise KeyError("oops")

    for work in (refuse, bug):
        call = BackgroundCall(work)
        call.failed.connect(messages.append)
        with qtbot.waitSignal(call.failed, timeout=5000):
            call.start_now()
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert messages[0] == "Dit bestand is geen planbestand."
    assert "What you saved before is safe" in messages[1] and "KeyError" in messages[1]


def test_closing_up_waits_for_a_running_call() -> None:
    finished: list[bool] = []

    def slow() -> None:
        time.sleep(0.3)
        finished.append(True)

    BackgroundCall(slow).start_now()
    BackgroundCall.wait_for_all()
    assert finished == [True]
