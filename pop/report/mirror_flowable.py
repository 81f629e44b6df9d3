"""The mirror (radar) chart in the PDF, drawn from
:func:`pop.charts.mirror_chart.layout_mirror_chart` (the geometry the screen chart uses):
rings for the scale, one spoke per competence, the self-rating and the others' mean."""

from __future__ import annotations

from typing import Any

from pop.catalogue.model import Catalogue
from pop.charts.mirror_chart import MirrorChartLayout, layout_mirror_chart
from pop.mirror.analysis import MirrorAnalysis
from pop.report.canvas_text import draw_text, text_width
from pop.report.fonts import FAMILY
from pop.report.styles import ACCENT, FRAME_W, INK, MUTED, RULE, SIZE_SMALL, SPECIALISM

LABEL_SIZE = SIZE_SMALL
LINE_H = 10.5
COLOURS = {"self": SPECIALISM, "others": ACCENT}


def mirror_chart(analysis: MirrorAnalysis, catalogue: Catalogue, lang: str,
                 height: float = 280.0) -> Any:
    """A flowable with the chart, as wide as the text."""
    from reportlab.platypus import Flowable

    layout: MirrorChartLayout = layout_mirror_chart(
        analysis, catalogue, FRAME_W, height,
        measure=lambda text: text_width(text, FAMILY, LABEL_SIZE),
        line_height=LINE_H, lang=lang)

    class MirrorChart(Flowable):  # type: ignore[misc]
        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            return layout.width, layout.height

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            _draw_grid(c, layout)
            _draw_series(c, layout)
            c.restoreState()

    return MirrorChart()


def _draw_grid(c: Any, layout: MirrorChartLayout) -> None:
    """Rings, spokes, ring values and the competences' names."""
    from reportlab.lib import colors

    h = layout.height
    c.setStrokeColor(colors.HexColor(RULE))
    c.setLineWidth(0.5)
    for ring in layout.rings:
        _polygon(c, [(p.x, h - p.y) for p in ring.points], stroke=True, fill=False)
    for spoke in layout.axes:
        c.line(layout.center.x, h - layout.center.y, spoke.end.x, h - spoke.end.y)
    c.setFont(FAMILY, SIZE_SMALL - 1.5)
    c.setFillColor(colors.HexColor(MUTED))
    for ring in layout.rings:
        c.drawString(ring.label_at.x, h - ring.label_at.y - 3, str(ring.value))
    c.setFont(FAMILY, LABEL_SIZE)
    c.setFillColor(colors.HexColor(INK))
    for spoke in layout.axes:
        box = spoke.label_box
        for index, line in enumerate(spoke.label_lines):
            y = h - (box.y + (index + 0.78) * layout.line_height)
            if spoke.align == "left":
                draw_text(c, box.x, y, line)
            elif spoke.align == "right":
                draw_text(c, box.x + box.w, y, line, "right")
            else:
                draw_text(c, box.x + box.w / 2, y, line, "centre")


def _draw_series(c: Any, layout: MirrorChartLayout) -> None:
    """The polygons (self on top) and the legend."""
    from reportlab.lib import colors

    h = layout.height
    for series in reversed(layout.series):
        colour = colors.HexColor(COLOURS.get(series.key, MUTED))
        points = [(p.x, h - p.y) for p in series.polygon]
        if len(points) >= 3:
            c.setFillColor(colour)
            c.setFillAlpha(0.14)
            c.setStrokeColor(colour)
            c.setLineWidth(1.6)
            _polygon(c, points, stroke=True, fill=True)
            c.setFillAlpha(1)
        c.setFillColor(colour)
        for x, y in points:
            c.circle(x, y, 2.1, stroke=0, fill=1)
    c.setFont(FAMILY, SIZE_SMALL)
    for item in layout.legend:
        c.setFillColor(colors.HexColor(COLOURS.get(item.key, MUTED)))
        c.rect(item.swatch.x, h - item.swatch.y - item.swatch.h, item.swatch.w, item.swatch.h,
               stroke=0, fill=1)
        c.setFillColor(colors.HexColor(INK))
        draw_text(c, item.text_at.x, h - item.text_at.y - layout.line_height * 0.75,
                  item.label)


def _polygon(canvas: Any, points: list[tuple[float, float]], *, stroke: bool,
             fill: bool) -> None:
    if not points:
        return
    path = canvas.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    canvas.drawPath(path, stroke=int(stroke), fill=int(fill))
