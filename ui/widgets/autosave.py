"""Save as you type: a short pause after typing, leaving a field, or closing the window saves.

An :class:`Autosaver` wraps one save function (one repository call, one transaction). Typing
restarts a 400 ms timer; leaving the field or :meth:`Autosaver.flush` saves at once. While a
page loads data into its fields the saver is paused, so loading never writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

DELAY_MS = 400


class Autosaver(QObject):
    """Debounced saving of one thing (a profile, a goal, a journal entry...)."""

    def __init__(self, save: Callable[[], object], parent: QObject,
                 on_pending: Callable[[], None] | None = None, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._on_pending = on_pending
        self._paused = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)

    @property
    def pending(self) -> bool:
        """True while an edit waits to be saved."""
        return self._timer.isActive()

    def schedule(self) -> None:
        """An edit happened: save after a short pause."""
        if self._paused:
            return
        self._timer.start()
        if self._on_pending is not None:
            self._on_pending()

    def save_now(self) -> None:
        """An edit happened that needs no pause (a choice, a date): save at once."""
        if self._paused:
            return
        self._timer.stop()
        self._run()

    def flush(self) -> None:
        """Save a waiting edit now (leaving a field, switching page, closing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._run()

    def cancel(self) -> None:
        """Forget a waiting edit (the thing it belongs to was removed)."""
        self._timer.stop()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Fill fields without saving."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def _run(self) -> None:
        self._save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving a watched field saves what was typed."""
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def watch(self, *widgets: QWidget) -> None:
        """Save when any of ``widgets`` changes (typing waits; choices save at once)."""
        for widget in widgets:
            self._connect(widget)
            widget.installEventFilter(self)

    def _connect(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _text: self.schedule())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.schedule)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _index: self.save_now())
        elif isinstance(widget, QDoubleSpinBox | QSpinBox):
            widget.valueChanged.connect(lambda _value: self.schedule())
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda _checked: self.save_now())
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(self.flush)
        else:
            signal = getattr(widget, "changed", None)
            if signal is not None:
                signal.connect(lambda *_args: self.save_now())

