"""List items with a title and a quieter second line (goals, journal entries).

The item's text stays "title\\nsubtitle", so screen readers and tests read both lines.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.theme import colours

PAD_X, PAD_Y, GAP = 10, 7, 2
Index = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    """Draws "title\\nsubtitle" as a wrapped title over a muted, also wrapped, subtitle."""

    def _parts(self, index: Index) -> tuple[str, str]:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title, _sep, subtitle = text.partition("\n")
        return title, subtitle

    def _text_rect(self, option: QStyleOptionViewItem, text: str) -> QRect:
        metrics = QFontMetrics(option.font)
        width = max(40, option.rect.width() - 2 * PAD_X)
        return metrics.boundingRect(QRect(0, 0, width, 10_000),
                                    int(Qt.TextFlag.TextWordWrap), text)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Room for the wrapped title and the wrapped subtitle (never cut off)."""
        title, subtitle = self._parts(index)
        width = option.rect.width() or 260
        option.rect.setWidth(width)
        height = self._text_rect(option, title).height() + 2 * PAD_Y
        if subtitle:
            height += GAP + self._text_rect(option, subtitle).height()
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Selection background from the style; title and muted subtitle on top."""
        title, subtitle = self._parts(index)
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = option.widget if isinstance(option.widget, QWidget) else None
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter,
                              widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = text_colour if selected else colours(palette).muted
        painter.save()
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        title_height = self._text_rect(option, title).height()
        painter.setPen(text_colour)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title_height),
                         int(Qt.TextFlag.TextWordWrap), title)
        if subtitle:
            painter.setPen(muted)
            height = self._text_rect(option, subtitle).height()
            painter.drawText(QRect(rect.left(), rect.top() + title_height + GAP, rect.width(),
                                   height), int(Qt.TextFlag.TextWordWrap), subtitle)
        painter.restore()


def two_line_list(accessible_name: str, parent: QWidget | None = None) -> QListWidget:
    """A list whose items show a title with a quiet second line."""
    widget = QListWidget(parent)
    widget.setAccessibleName(accessible_name)
    widget.setItemDelegate(TwoLineDelegate(widget))
    widget.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setUniformItemSizes(False)
    widget.setWordWrap(True)
    return widget
