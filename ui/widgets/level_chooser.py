"""Choose a knowledge level 0–4 while reading what each level means in practice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Level
from pop.i18n import _
from ui.theme import set_muted


class LevelChooser(QWidget):
    """One radio button per level, each with its descriptor underneath.

    Arrow keys move between levels; the descriptor of every level stays visible while
    choosing. Emits ``changed`` on a user choice.
    """

    changed = Signal()

    def __init__(self, levels: tuple[Level, ...], accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._buttons: dict[int, QRadioButton] = {}
        for level in levels:
            text = f"{level.value} \u00b7 {level.label.get()}"
            button = QRadioButton(text, self)
            button.setAccessibleName(text)
            button.setAccessibleDescription(level.descriptor.get())
            self._group.addButton(button, level.value)
            self._buttons[level.value] = button
            layout.addWidget(button)
            descriptor = QLabel(level.descriptor.get(), self)
            descriptor.setWordWrap(True)
            descriptor.setContentsMargins(26, 0, 0, 6)
            descriptor.setTextFormat(Qt.TextFormat.PlainText)
            set_muted(descriptor)
            layout.addWidget(descriptor)
        self._loading = False
        self._group.idToggled.connect(self._on_toggled)

    def value(self) -> int | None:
        """The chosen level, or ``None``."""
        chosen = self._group.checkedId()
        return chosen if chosen >= 0 else None

    def set_value(self, value: int | None) -> None:
        """Show ``value`` (no ``changed`` signal)."""
        self._loading = True
        try:
            if value is None or value not in self._buttons:
                self._group.setExclusive(False)
                for button in self._buttons.values():
                    button.setChecked(False)
                self._group.setExclusive(True)
            else:
                self._buttons[value].setChecked(True)
        finally:
            self._loading = False

    def button(self, value: int) -> QRadioButton:
        """The radio button of one level (for tests)."""
        return self._buttons[value]

    def _on_toggled(self, _id: int, checked: bool) -> None:
        if checked and not self._loading:
            self.changed.emit()


class LevelCombo(QWidget):
    """A compact level choice (e.g. the target level) with the chosen level's descriptor."""

    changed = Signal()

    def __init__(self, levels: tuple[Level, ...], accessible_name: str,
                 empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(accessible_name)
        self.combo.addItem(empty_text, None)
        self._descriptors: dict[int, str] = {}
        for level in levels:
            self.combo.addItem(f"{level.value} \u00b7 {level.label.get()}", level.value)
            self.combo.setItemData(self.combo.count() - 1, level.descriptor.get(),
                                   Qt.ItemDataRole.ToolTipRole)
            self._descriptors[level.value] = level.descriptor.get()
        self.descriptor = QLabel("", self)
        self.descriptor.setWordWrap(True)
        set_muted(self.descriptor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.descriptor)
        self.setFocusProxy(self.combo)
        self._loading = False
        self.combo.currentIndexChanged.connect(self._on_index)
        self.combo.highlighted.connect(self._on_highlighted)

    def value(self) -> int | None:
        """The chosen level, or ``None``."""
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def set_value(self, value: int | None) -> None:
        """Show ``value`` (no ``changed`` signal)."""
        self._loading = True
        try:
            index = self.combo.findData(value) if value is not None else 0
            self.combo.setCurrentIndex(max(0, index))
        finally:
            self._loading = False
        self._show(value)

    def _on_index(self, _index: int) -> None:
        self._show(self.value())
        if not self._loading:
            self.changed.emit()

    def _on_highlighted(self, index: int) -> None:
        data = self.combo.itemData(index)
        self._show(int(data) if data is not None else None)

    def _show(self, value: int | None) -> None:
        text = self._descriptors.get(value, "") if value is not None else ""
        self.descriptor.setText(text or _("No target level chosen yet."))
