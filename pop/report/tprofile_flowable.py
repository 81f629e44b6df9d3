"""The T-profile chart in the PDF, drawn from :func:`pop.charts.tprofile_chart.layout_tprofile`
(the geometry the screen chart uses): one flowable per block group, so a long catalogue
flows over pages, plus a legend.
"""

from __future__ import annotations

from typing import Any

from pop.catalogue.model import Catalogue
from pop.charts.tprofile_chart import TChartLayout, layout_tprofile
from pop.i18n import _
from pop.report.canvas_text import draw_text, fit_text, text_width
from pop.report.escape import has_rtl, plain_text
from pop.report.fonts import FAMILY
from pop.report.styles import (
    ACCENT,
    FRAME_W,
    INK,
    MUTED,
    PRIMARY,
    RULE,
    SIZE_SMALL,
    SPECIALISM,
    TARGET,
)
from pop.scoring.tprofile import TProfile

ROW_H, HEADER_H, AXIS_H = 13.5, 19.0, 13.0
FONT_SIZE = SIZE_SMALL + 0.5


def _ellipsis(value: str, width: float, font: str, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if has_rtl(value):
        return fit_text(value, font, size, width)
    value = plain_text(value)
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "\u2026", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "\u2026"


def _diamond(canvas: Any, x: float, y: float, r: float) -> None:
    path = canvas.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)


def _label_width(catalogue: Catalogue, lang: str) -> float:
    longest = max((text_width(b.label.get(lang), FAMILY, FONT_SIZE)
                   for b in catalogue.blocks), default=100.0)
    return min(longest + 10, FRAME_W * 0.6)


def tprofile_flowables(profile: TProfile, catalogue: Catalogue, lang: str) -> list[Any]:
    """The chart (one part per block group) and its legend."""
    label_w = _label_width(catalogue, lang)
    parts: list[Any] = []
    for group in catalogue.block_groups:
        if not catalogue.blocks_in(group.id):
            continue
        layout = layout_tprofile(profile, catalogue, FRAME_W, row_height=ROW_H,
                                 header_height=HEADER_H, axis_height=AXIS_H,
                                 label_width=label_w, groups=(group.id,), lang=lang)
        parts.append(_chart_part(layout))
    parts.append(_legend(catalogue, lang))
    return parts


def _chart_part(layout: TChartLayout) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    class TChartPart(Flowable):  # type: ignore[misc]
        """One block group of the chart."""

        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            return layout.width, layout.height

        def draw(self) -> None:
            c = self.canv
            height = layout.height

            def flip(y: float) -> float:
                return height - y

            c.saveState()
            c.setStrokeColor(colors.HexColor(RULE))
            c.setLineWidth(0.4)
            c.setFont(FAMILY, SIZE_SMALL - 1)
            c.setFillColor(colors.HexColor(MUTED))
            for tick in layout.ticks:
                c.line(tick.x, flip(layout.axis_top + HEADER_H - 2), tick.x, flip(height - 2))
                c.drawCentredString(tick.x, flip(layout.axis_top + HEADER_H - 5), str(tick.value))
            for header in layout.headers:
                c.setFont(f"{FAMILY}-Bold", SIZE_SMALL + 0.5)
                c.setFillColor(colors.HexColor(PRIMARY))
                draw_text(c, 0, flip(header.top + header.height - 6), header.label)
            c.setFont(FAMILY, FONT_SIZE)
            for row in layout.rows:
                mid = flip(row.top + row.height / 2)
                c.setFillColor(colors.HexColor(INK if row.level is not None else MUTED))
                label = _ellipsis(row.label, layout.label_width - 6, FAMILY, FONT_SIZE)
                draw_text(c, 0, mid - FONT_SIZE * 0.35, label)
                if row.bar is not None and row.bar.w > 0:
                    c.setFillColor(colors.HexColor(SPECIALISM if row.is_specialism else ACCENT))
                    c.roundRect(row.bar.x, flip(row.bar.y + row.bar.h), row.bar.w, row.bar.h,
                                1.5, stroke=0, fill=1)
                elif row.level == 0:
                    c.setStrokeColor(colors.HexColor(MUTED))
                    c.setLineWidth(0.8)
                    c.line(layout.plot_x, mid, layout.plot_x + 5, mid)
                if row.target_x is not None:
                    c.setStrokeColor(colors.white)
                    c.setLineWidth(0.6)
                    c.setFillColor(colors.HexColor(TARGET))
                    _diamond(c, row.target_x, mid, row.height * 0.27)
            c.restoreState()

    return TChartPart()


def _legend(catalogue: Catalogue, lang: str) -> Any:
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    entries = ((ACCENT, _("Level now")), (SPECIALISM, _("Specialism")),
               (TARGET, _("Target level")))
    levels = "   ".join(f"{lv.value} = {lv.label.get(lang)}"
                        for lv in catalogue.levels)

    class Legend(Flowable):  # type: ignore[misc]
        """Colour keys and the level names."""

        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            return FRAME_W, 30.0

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            x, y, box = 0.0, 20.0, 7.0
            c.setFont(FAMILY, SIZE_SMALL)
            for index, (colour, name) in enumerate(entries):
                c.setFillColor(colors.HexColor(colour))
                if index == 2:
                    c.setStrokeColor(colors.white)
                    _diamond(c, x + box / 2, y + box / 2 - 0.5, box / 2 + 0.5)
                else:
                    c.roundRect(x, y - 0.5, box, box, 1, stroke=0, fill=1)
                c.setFillColor(colors.HexColor(MUTED))
                c.drawString(x + box + 4, y, name)
                x += box + 4 + stringWidth(name, FAMILY, SIZE_SMALL) + 16
            draw_text(c, 0, y - 14, _ellipsis(levels, FRAME_W, FAMILY, SIZE_SMALL))
            c.restoreState()

    return Legend()
