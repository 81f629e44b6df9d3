"""Horizontal bars, one per row, with the label above each bar (long Dutch labels never cut).

Used for the mindset themes (score, with the previous period as a marker) and for register
hours (done, planned on top in a lighter tone, the target as a marker).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.theme import colours


@dataclass(frozen=True, slots=True)
class BarRow:
    """One bar: ``value`` (and optional ``extra`` on top) from ``low`` to ``high``."""

    label: str
    value: float | None
    low: float
    high: float
    text: str = ""
    extra: float = 0.0
    marker: float | None = None


class BarList(QWidget):
    """Rows of label + bar + value text."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BarRow] = []
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: list[BarRow]) -> None:
        """Show ``rows``."""
        self._rows = list(rows)
        self.setAccessibleDescription("; ".join(f"{r.label}: {r.text}" for r in rows if r.text))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing() * 2.25

    def hasHeightForWidth(self) -> bool:
        """Height follows the number of rows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """All rows."""
        return int(self._row_height() * len(self._rows) + 4)

    def sizeHint(self) -> QSize:
        """A comfortable default."""
        return QSize(320, self.heightForWidth(320))

    def minimumSizeHint(self) -> QSize:
        """At least the rows' height."""
        return QSize(160, self.heightForWidth(160))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw each row."""
        c = colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        line = metrics.lineSpacing()
        row_h = self._row_height()
        width = float(self.width())
        text_w = max((metrics.horizontalAdvance(r.text) + 14 for r in self._rows if r.text),
                     default=0.0)
        for index, row in enumerate(self._rows):
            top = index * row_h
            painter.setPen(c.text)
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRectF(0, top, width, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            bar_top = top + line + 2
            bar_h = line * 0.62
            track_w = max(20.0, width - text_w)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.grid)
            painter.drawRoundedRect(QRectF(0, bar_top, track_w, bar_h), 3, 3)
            span = row.high - row.low or 1.0
            if row.value is not None:
                share = max(0.0, min(1.0, (row.value - row.low) / span))
                extra = max(0.0, min(1.0 - share, row.extra / span))
                if extra > 0:
                    painter.setBrush(c.accent_soft)
                    painter.drawRoundedRect(QRectF(0, bar_top, track_w * (share + extra), bar_h),
                                            3, 3)
                if share > 0:
                    painter.setBrush(c.accent)
                    painter.drawRoundedRect(QRectF(0, bar_top, track_w * share, bar_h), 3, 3)
            if row.marker is not None:
                x = track_w * max(0.0, min(1.0, (row.marker - row.low) / span))
                painter.setPen(QPen(c.target, 2.5))
                painter.drawLine(QPointF(x, bar_top - 3), QPointF(x, bar_top + bar_h + 3))
            if row.text:
                painter.setPen(c.muted)
                painter.drawText(QRectF(track_w + 10, bar_top - line * 0.2, text_w, line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 row.text)
        painter.end()
