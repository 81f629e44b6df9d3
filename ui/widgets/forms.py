"""Small builders for calm, consistent forms: cards, labelled rows, quiet help text.

Every input gets an accessible name (its label), so screen readers and tests can find it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.theme import set_muted


def card(title: str | None = None, intro: str | None = None,
         parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A framed panel with an optional title and a quiet introduction."""
    frame = QFrame(parent)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(10)
    if title:
        heading = QLabel(title, frame)
        heading.setObjectName("cardTitle")
        heading.setWordWrap(True)
        heading.setAccessibleName(title)
        layout.addWidget(heading)
    if intro:
        layout.addWidget(muted(intro, frame))
    return frame, layout


def muted(text: str, parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    """A quiet, wrapping help text."""
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    set_muted(label)
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A small bold heading inside a card."""
    label = QLabel(text, parent)
    label.setObjectName("subTitle")
    label.setWordWrap(True)
    return label


def form(parent: QWidget | None = None) -> QFormLayout:
    """A form whose long labels wrap above their field instead of being cut off."""
    layout = QFormLayout()
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    layout.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.setHorizontalSpacing(14)
    layout.setVerticalSpacing(9)
    return layout


def add_row(layout: QFormLayout, label: str, field: QWidget | QLayout,
            accessible: QWidget | None = None) -> QLabel:
    """A labelled row; the label names the field for screen readers and is its buddy."""
    text = QLabel(label)
    text.setWordWrap(False)
    target = accessible if accessible is not None else (field if isinstance(field, QWidget)
                                                        else None)
    if target is not None:
        text.setBuddy(target.focusProxy() or target)
        name(target, label.replace("&", ""))
    layout.addRow(text, field)
    return text


def name(widget: QWidget, accessible_name: str) -> QWidget:
    """Give ``widget`` (and its focus proxy) an accessible name."""
    widget.setAccessibleName(accessible_name)
    proxy = widget.focusProxy()
    if proxy is not None and not proxy.accessibleName():
        proxy.setAccessibleName(accessible_name)
    return widget


def line_edit(accessible_name: str, placeholder: str = "", max_length: int = 500) -> QLineEdit:
    """A one-line text field."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    edit.setAccessibleName(accessible_name)
    edit.setClearButtonEnabled(False)
    return edit


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text field that grows with its text (between a few lines and a maximum).

    Tab moves to the next field (no keyboard trap); text is kept exactly as typed.
    """

    def __init__(self, accessible_name: str, placeholder: str = "", min_lines: int = 3,
                 max_lines: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: Any) -> None:
        lines = max(self._min_lines, min(self._max_lines, self._visual_lines()))
        line_height = QFontMetrics(self.font()).lineSpacing()
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        doc_margin = int(2 * self.document().documentMargin())
        self.setFixedHeight(lines * line_height + frame + doc_margin + 2)

    def _visual_lines(self) -> int:
        count = 0
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            count += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        return count

    def resizeEvent(self, event: Any) -> None:
        """Refit when the width (and so the wrapping) changes."""
        super().resizeEvent(event)
        self._fit()


def combo(accessible_name: str, items: Iterable[tuple[str, Any]], min_chars: int = 10) -> QComboBox:
    """A choice list; each item carries its value as user data."""
    box = QComboBox()
    box.setAccessibleName(accessible_name)
    for text, value in items:
        box.addItem(text, value)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(min_chars)
    return box


def select_data(box: QComboBox, value: Any) -> None:
    """Select the item whose user data equals ``value`` (the first item if none)."""
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


def divider(parent: QWidget | None = None) -> QFrame:
    """A thin horizontal line."""
    line = QFrame(parent)
    line.setObjectName("divider")
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    return line


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in ``layout`` (hidden at once, deleted later)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        else:
            inner = item.layout()
            if inner is not None:
                clear_layout(inner)


def set_text(widget: QLineEdit | QPlainTextEdit, value: str) -> None:
    """Show ``value`` (untouched when it is already there, so the cursor stays put).

    A one-line field shows the start of a long value, not its end.
    """
    if isinstance(widget, QLineEdit):
        if widget.text() != value:
            widget.setText(value)
            if not widget.hasFocus():
                widget.setCursorPosition(0)
    elif widget.toPlainText() != value:
        widget.setPlainText(value)
