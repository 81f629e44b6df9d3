"""The mirror (radar) chart drawn with QPainter from
:func:`pop.charts.mirror_chart.layout_mirror_chart`: rings for the scale, one spoke per
competence with its wrapped label, a polygon for you and one for the others, and a legend.
The PDF draws the same geometry.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pop.catalogue.model import Catalogue
from pop.charts.mirror_chart import MirrorChartLayout, Series, layout_mirror_chart
from pop.i18n import _, current_language
from pop.mirror.analysis import MirrorAnalysis
from ui.theme import colours


def _number(value: float | None) -> str:
    return "\u2013" if value is None else QLocale().toString(float(value), "f", 1)


GROUP_COLOURS = {"leader": "#7a4fa0", "colleague": "#3d8a4c", "client": "#b8433c",
                 "partner": "#2b8793"}


class MirrorChart(QWidget):
    """Self against others per competence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._analysis: MirrorAnalysis | None = None
        self._catalogue: Catalogue | None = None
        self._per_group = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(_("Mirror chart: your own score and the others' per competence"))
        self.setMinimumSize(360, 340)

    def set_data(self, analysis: MirrorAnalysis, catalogue: Catalogue,
                 per_group: bool = False) -> None:
        """Draw ``analysis`` (with ``per_group`` also a line for each shown group)."""
        self._analysis, self._catalogue, self._per_group = analysis, catalogue, per_group
        self.update()

    def hasHeightForWidth(self) -> bool:
        """Nearly square."""
        return True

    def heightForWidth(self, width: int) -> int:
        """A little less tall than wide."""
        return max(340, int(width * 0.82))

    def sizeHint(self) -> QSize:
        """A comfortable default."""
        return QSize(520, 430)

    def chart_layout(self) -> MirrorChartLayout | None:
        """The geometry at the current size (also for tests)."""
        if self._analysis is None or self._catalogue is None:
            return None
        metrics = QFontMetricsF(self.font())
        return layout_mirror_chart(
            self._analysis, self._catalogue, float(self.width()), float(self.height()),
            measure=metrics.horizontalAdvance, line_height=metrics.lineSpacing(),
            per_group=self._per_group, lang=current_language())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Rings, spokes, labels, polygons, legend."""
        layout = self.chart_layout()
        if layout is None:
            return
        c = colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        painter.setPen(QPen(c.grid.darker(112), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ring in layout.rings:
            painter.drawPolygon(QPolygonF([QPointF(p.x, p.y) for p in ring.points]))
        for spoke in layout.axes:
            painter.drawLine(QPointF(layout.center.x, layout.center.y),
                             QPointF(spoke.end.x, spoke.end.y))
        painter.setPen(c.muted)
        for ring in layout.rings:
            painter.drawText(QPointF(ring.label_at.x, ring.label_at.y + metrics.ascent() * 0.9),
                             str(ring.value))
        painter.setPen(c.text)
        align = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight,
                 "center": Qt.AlignmentFlag.AlignHCenter}
        for spoke in layout.axes:
            box = spoke.label_box
            for index, text in enumerate(spoke.label_lines):
                rect = QRectF(box.x - 1, box.y + index * layout.line_height, box.w + 2,
                              layout.line_height)
                painter.drawText(rect, align[spoke.align] | Qt.AlignmentFlag.AlignVCenter, text)
        styles = self._styles(c.accent, c.target, c.dark)
        for series in layout.series:
            self._draw_series(painter, series, *styles.get(series.key, styles["others"]))
        for item in layout.legend:
            stroke, fill, dashed = styles.get(item.key, styles["others"])
            painter.setPen(QPen(stroke, 2,
                                Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
            painter.setBrush(fill)
            painter.drawRect(QRectF(item.swatch.x, item.swatch.y, item.swatch.w, item.swatch.h))
            painter.setPen(c.text)
            painter.drawText(QPointF(item.text_at.x, item.text_at.y + metrics.ascent()),
                             item.label)
        painter.end()

    def spoke_at(self, x: float, y: float) -> int | None:
        """The index of the spoke nearest to a point inside the chart (None outside it)."""
        layout = self.chart_layout()
        if layout is None or not layout.axes:
            return None
        dx, dy = x - layout.center.x, y - layout.center.y
        if math.hypot(dx, dy) > layout.radius * 1.15 or math.hypot(dx, dy) < 4:
            return None
        step = 2 * math.pi / len(layout.axes)
        angle = (math.atan2(dy, dx) + math.pi / 2) % (2 * math.pi)
        return int(round(angle / step)) % len(layout.axes)

    def event(self, event: QEvent) -> bool:
        """Tooltips: the competence with your score and the others'."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.spoke_at(event.pos().x(), event.pos().y())
            if index is None or self._analysis is None or self._catalogue is None:
                QToolTip.hideText()
                event.ignore()
                return True
            mirror = self._analysis.competences[index]
            competency = self._catalogue.competency(mirror.competency_id)
            lines = [competency.label.get() if competency else mirror.competency_id,
                     _("You: {score}").format(score=_number(mirror.self_score)),
                     _("Others: {score}").format(score=_number(mirror.others))]
            QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            return True
        return super().event(event)

    @staticmethod
    def _styles(accent: QColor, warm: QColor,
                dark: bool) -> dict[str, tuple[QColor, QColor, bool]]:
        others_fill = QColor(accent)
        others_fill.setAlpha(60)
        self_fill = QColor(warm)
        self_fill.setAlpha(40)
        styles = {"others": (accent, others_fill, False), "self": (warm, self_fill, True)}
        for key, colour in GROUP_COLOURS.items():
            line = QColor(colour).lighter(150) if dark else QColor(colour)
            styles[key] = (line, QColor(0, 0, 0, 0), False)
        return styles

    @staticmethod
    def _draw_series(painter: QPainter, series: Series, line: QColor, fill: QColor,
                     dashed: bool) -> None:
        points = [QPointF(p.x, p.y) for p in series.polygon]
        if not points:
            return
        painter.setPen(QPen(line, 2.2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
        painter.setBrush(fill)
        if len(points) >= 3:
            painter.drawPolygon(QPolygonF(points))
        painter.setBrush(line)
        painter.setPen(Qt.PenStyle.NoPen)
        for point in points:
            painter.drawEllipse(point, 3.2, 3.2)
