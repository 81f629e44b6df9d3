"""The T-profile chart drawn with QPainter from :func:`pop.charts.tprofile_chart.layout_tprofile`.

One row per knowledge block: the current level as a bar, the target level as a marker, the
specialism rows in a deeper colour. The same geometry draws the PDF chart.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pop.catalogue.model import Catalogue
from pop.charts.tprofile_chart import TChartLayout, TRow, layout_tprofile
from pop.i18n import _, current_language
from pop.scoring.tprofile import TProfile
from ui.theme import colours, scaled_font


class TProfileChart(QWidget):
    """Bars per block, grouped; click a row to choose that block."""

    block_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: TProfile | None = None
        self._catalogue: Catalogue | None = None
        self._layout: TChartLayout | None = None
        self._selected = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(_("T-profile chart"))
        self.setMinimumWidth(320)

    def set_data(self, profile: TProfile, catalogue: Catalogue, selected: str = "") -> None:
        """Draw ``profile`` (and mark the selected block)."""
        self._profile, self._catalogue, self._selected = profile, catalogue, selected
        self._layout = None
        self.updateGeometry()
        self.update()

    def set_selected(self, block_id: str) -> None:
        """Mark one block's row."""
        self._selected = block_id
        self.update()

    # --- geometry -----------------------------------------------------------------------

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing() * 1.3

    def _legend_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing() * 3.6

    def _layout_for(self, width: float) -> TChartLayout | None:
        if self._profile is None or self._catalogue is None:
            return None
        metrics = QFontMetricsF(self.font())
        row = self._row_height()
        longest = max((metrics.horizontalAdvance(b.label.get()) for b in self._catalogue.blocks),
                      default=100.0)
        plot_minimum = metrics.averageCharWidth() * 26
        label_width = max(width * 0.4, min(longest + 12, width - plot_minimum))
        return layout_tprofile(
            self._profile, self._catalogue, width, row_height=row,
            header_height=row * 1.3, axis_height=metrics.lineSpacing() * 1.6,
            label_width=label_width, lang=current_language())

    def hasHeightForWidth(self) -> bool:
        """The chart grows in height with its rows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Rows and legend at ``width``."""
        layout = self._layout_for(float(width))
        return int((layout.height if layout else 120) + self._legend_height())

    def sizeHint(self) -> QSize:
        """A comfortable default."""
        return QSize(560, self.heightForWidth(560))

    # --- drawing ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw axis, headers, rows, bars, target markers and the legend."""
        layout = self._layout_for(float(self.width()))
        self._layout = layout
        if layout is None:
            return
        c = colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        self._draw_axis(painter, layout, c.grid, c.muted, metrics)
        bold = scaled_font(1.0, bold=True)
        for header in layout.headers:
            painter.setFont(bold)
            painter.setPen(c.text)
            painter.drawText(QRectF(0, header.top, self.width(), header.height),
                             Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                             header.label)
        painter.setFont(self.font())
        for row in layout.rows:
            if row.block_id == self._selected:
                painter.fillRect(QRectF(0, row.top, self.width(), row.height), c.accent_faint)
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight,
                                       layout.label_width - 4)
            painter.setPen(c.text if row.level is not None else c.muted)
            painter.drawText(QRectF(0, row.top, layout.label_width, row.height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            if row.bar is not None and row.bar.w > 0:
                colour = c.specialism if row.is_specialism else c.accent
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(row.bar.x, row.bar.y, row.bar.w, row.bar.h), 3, 3)
            elif row.level == 0:
                painter.setPen(QPen(c.muted, 1))
                y = row.top + row.height / 2
                painter.drawLine(QPointF(layout.plot_x, y), QPointF(layout.plot_x + 6, y))
            if row.target_x is not None:
                self._draw_target(painter, row.target_x, row.top + row.height / 2,
                                  row.height * 0.28, c.target)
        self._draw_legend(painter, layout, metrics, c.accent, c.specialism, c.target, c.muted)
        painter.end()

    def _draw_axis(self, painter: QPainter, layout: TChartLayout, grid: QColor,
                   muted: QColor, metrics: QFontMetricsF) -> None:
        painter.setPen(QPen(grid, 1))
        for tick in layout.ticks:
            painter.drawLine(QPointF(tick.x, layout.axis_top), QPointF(tick.x, layout.height))
        painter.setPen(muted)
        for tick in layout.ticks:
            text = str(tick.value)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(tick.x - width / 2, metrics.ascent() + 2), text)

    @staticmethod
    def _draw_target(painter: QPainter, x: float, y: float, r: float, colour: QColor) -> None:
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r),
                                       QPointF(x - r, y)]))

    def _draw_legend(self, painter: QPainter, layout: TChartLayout, metrics: QFontMetricsF,
                     accent: QColor, specialism: QColor, target: QColor, muted: QColor) -> None:
        y = layout.height + metrics.lineSpacing() * 0.9
        x = 0.0
        box = metrics.ascent() * 0.8
        entries = ((accent, _("Level now")), (specialism, _("Specialism")),
                   (target, _("Target level")))
        for index, (colour, text) in enumerate(entries):
            if index == 2:
                self._draw_target(painter, x + box / 2, y - box / 2 + 1, box / 2, colour)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x, y - box, box, box), 2, 2)
            painter.setPen(muted)
            painter.drawText(QPointF(x + box + 6, y), text)
            x += box + 6 + metrics.horizontalAdvance(text) + 22
        levels = "   ".join(f"{t.value}\u00a0{t.label.replace(' ', chr(0xa0))}"
                             for t in layout.ticks)
        painter.drawText(QRectF(0, y + metrics.lineSpacing() * 0.4, self.width(),
                                metrics.lineSpacing() * 2.2),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                         | int(Qt.TextFlag.TextWordWrap), levels)

    def row_at(self, y: float) -> TRow | None:
        """The block row at height ``y``."""
        if self._layout is None:
            return None
        for row in self._layout.rows:
            if row.top <= y < row.top + row.height:
                return row
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Clicking a row chooses its block."""
        row = self.row_at(event.position().y())
        if row is not None:
            self.block_clicked.emit(row.block_id)
            return
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tooltips with the full block name and its levels."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
                event.ignore()
                return True
            parts = [row.label]
            if row.level is not None:
                parts.append(_("Level now: {level}").format(level=row.level))
            if row.target is not None:
                parts.append(_("Target level: {level}").format(level=row.target))
            QToolTip.showText(event.globalPos(), "\n".join(parts), self)
            return True
        return super().event(event)
