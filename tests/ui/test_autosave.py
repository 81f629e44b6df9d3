"""The autosaver waits for a pause in typing, saves on leaving a field, never while loading."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from ui.widgets.autosave import Autosaver


def make(qtbot, delay: int = 50):  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    edit, other, choice = QLineEdit(host), QLineEdit(host), QComboBox(host)
    choice.addItems(["a", "b"])
    for widget in (edit, other, choice):
        layout.addWidget(widget)
    saves: list[str] = []
    pending: list[int] = []
    saver = Autosaver(lambda: saves.append(edit.text()), host,
                      on_pending=lambda: pending.append(1), delay_ms=delay)
    saver.watch(edit, choice)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    return host, edit, other, choice, saver, saves, pending


def test_typing_is_saved_once_after_a_pause(themed_app, qtbot) -> None:
    _host, edit, _other, _choice, saver, saves, pending = make(qtbot)
    qtbot.keyClicks(edit, "abc")
    assert saves == [] and saver.pending and pending
    qtbot.waitUntil(lambda: saves == ["abc"], timeout=2000)
    assert not saver.pending


def test_leaving_the_field_saves_at_once(themed_app, qtbot) -> None:
    _host, edit, other, _choice, saver, saves, _pending = make(qtbot, delay=60_000)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    qtbot.keyClicks(edit, "x")
    assert saver.pending
    other.setFocus()
    qtbot.waitUntil(lambda: saves == ["x"], timeout=2000)


def test_a_choice_saves_without_waiting_and_loading_saves_nothing(themed_app, qtbot) -> None:
    _host, edit, _other, choice, saver, saves, _pending = make(qtbot, delay=60_000)
    choice.setCurrentIndex(1)
    assert saves == [""]
    with saver.paused():
        edit.setText("loaded")
        choice.setCurrentIndex(0)
    saver.flush()
    assert saves == [""]


def test_cancel_forgets_a_waiting_edit(themed_app, qtbot) -> None:
    _host, edit, _other, _choice, saver, saves, _pending = make(qtbot, delay=60_000)
    edit.setText("gone")
    saver.cancel()
    saver.flush()
    assert saves == []
