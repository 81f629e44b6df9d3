"""A row of radio buttons for a rating scale (1–5, 1–6), usable with the arrow keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from pop.catalogue.model import ScalePoint


class ScaleChoice(QWidget):
    """One radio button per scale point; emits ``changed`` on a user choice.

    Each button is named "<value> – <label>" for screen readers; with ``numbers`` the buttons
    show their value, otherwise only the round button (the column heading says what it means).
    """

    changed = Signal()

    def __init__(self, points: tuple[ScalePoint, ...], accessible_name: str,
                 numbers: bool = True, column_width: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0 if column_width else 12)
        self._buttons: dict[int, QRadioButton] = {}
        for point in points:
            button = QRadioButton(str(point.value) if numbers else "", self)
            button.setAccessibleName(f"{accessible_name}: {point.value} \u2013 {point.label.get()}")
            button.setToolTip(point.label.get())
            if column_width:
                holder = QWidget(self)
                holder.setFixedWidth(column_width)
                inner = QHBoxLayout(holder)
                inner.setContentsMargins(0, 0, 0, 0)
                inner.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
                button.setParent(holder)
                layout.addWidget(holder)
            else:
                layout.addWidget(button)
            self._group.addButton(button, point.value)
            self._buttons[point.value] = button
        if not column_width:
            layout.addStretch(1)
        self._loading = False
        self._group.idToggled.connect(self._on_toggled)

    def value(self) -> int | None:
        """The chosen value, or ``None``."""
        chosen = self._group.checkedId()
        return chosen if chosen >= 0 else None

    def set_value(self, value: int | None) -> None:
        """Show ``value`` (no ``changed`` signal)."""
        self._loading = True
        try:
            if value in self._buttons:
                self._buttons[value].setChecked(True)
            else:
                self._group.setExclusive(False)
                for button in self._buttons.values():
                    button.setChecked(False)
                self._group.setExclusive(True)
        finally:
            self._loading = False

    def button(self, value: int) -> QRadioButton:
        """The button of one scale point (for tests)."""
        return self._buttons[value]

    def _on_toggled(self, _id: int, checked: bool) -> None:
        if checked and not self._loading:
            self.changed.emit()
