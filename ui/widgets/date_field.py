"""A date that may also be empty ("no date yet"), typed or picked from a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from pop.i18n import _

_EMPTY = QDate(1900, 1, 1)
DISPLAY_FORMAT = "d MMM yyyy"


class DateField(QWidget):
    """A date edit with a calendar and a button to clear it. Emits ``changed`` on user edits."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = QDateEdit(self)
        self._edit.setCalendarPopup(True)
        self._edit.setDisplayFormat(DISPLAY_FORMAT)
        self._edit.setMinimumDate(_EMPTY)
        self._edit.setSpecialValueText(_("no date"))
        self._edit.setDate(_EMPTY)
        self._edit.setAccessibleName(accessible_name)
        self._clear = QToolButton(self)
        self._clear.setText("×")
        self._clear.setAutoRaise(True)
        self._clear.setToolTip(_("Remove the date"))
        self._clear.setAccessibleName(_("Remove the date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._clear)
        self.setFocusProxy(self._edit)
        self._loading = False
        self._edit.dateChanged.connect(self._on_date_changed)
        self._clear.clicked.connect(self.clear)
        calendar = self._edit.calendarWidget()
        calendar.installEventFilter(self)
        self._update_clear()

    @property
    def edit(self) -> QDateEdit:
        """The date edit itself (for tab order and tests)."""
        return self._edit

    def value(self) -> date | None:
        """The date, or ``None`` when empty."""
        current = self._edit.date()
        if current == _EMPTY or not current.isValid():
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (no ``changed`` signal)."""
        self._loading = True
        try:
            self._edit.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY)
        finally:
            self._loading = False
        self._update_clear()

    def clear(self) -> None:
        """Remove the date (a user action: emits ``changed``)."""
        self._edit.setDate(_EMPTY)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the calendar on today, not on the year 1900, when no date is set."""
        if event.type() == QEvent.Type.Show and self.value() is None:
            self._edit.calendarWidget().setSelectedDate(QDate.currentDate())
        return False

    def _on_date_changed(self, _date: QDate) -> None:
        self._update_clear()
        if not self._loading:
            self.changed.emit()

    def _update_clear(self) -> None:
        self._clear.setEnabled(self.value() is not None)
