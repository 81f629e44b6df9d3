"""Geometry of the mirror (radar) chart: one spoke per competence, rings for the scale,
a polygon for the self-rating and one for the others; labels wrapped, never cut.

Shared by the Qt widget (``ui/widgets/mirror_chart.py``) and the PDF, so both draw the same
chart. Coordinates have their origin top-left with y pointing down (Qt); a PDF canvas flips
them with ``y_pdf = layout.height - y``.

Public API: :func:`layout_mirror_chart(analysis, catalogue, width, height, *, measure,
line_height, per_group, lang) <layout_mirror_chart>` -> :class:`MirrorChartLayout` with
``center``, ``radius``, ``rings`` (:class:`Ring`), ``axes`` (:class:`Spoke` with wrapped
``label_lines`` and a ``label_box``), ``series`` (:class:`Series`: ``key`` "self", "others"
or a group value, ``polygon`` of the points that have a value) and ``legend``
(:class:`LegendItem`). ``measure(text) -> width`` is the renderer's font metric.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from pop.catalogue.model import Catalogue
from pop.i18n import _
from pop.mirror.analysis import MirrorAnalysis
from pop.mirror.model import SCALE_MAX, SCALE_MIN

Measure = Callable[[str], float]


@dataclass(frozen=True, slots=True)
class Point:
    """A point (y down)."""

    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle (top-left origin)."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class Ring:
    """A scale value drawn as a ring (polygon through the spokes)."""

    value: int
    points: tuple[Point, ...]
    label_at: Point


@dataclass(frozen=True, slots=True)
class Spoke:
    """One competence's axis with its wrapped label."""

    competency_id: str
    end: Point
    label_lines: tuple[str, ...]
    label_box: Box
    align: str  # "left", "right" or "center": how each line sits inside label_box


@dataclass(frozen=True, slots=True)
class Series:
    """One polygon: values per spoke (None = no score) and the points to draw."""

    key: str
    label: str
    values: tuple[float | None, ...]
    points: tuple[Point | None, ...]

    @property
    def polygon(self) -> tuple[Point, ...]:
        """The points that have a value, in spoke order."""
        return tuple(p for p in self.points if p is not None)


@dataclass(frozen=True, slots=True)
class LegendItem:
    """A legend entry: a swatch at ``swatch`` and the text starting at ``text_at``."""

    key: str
    label: str
    swatch: Box
    text_at: Point


@dataclass(frozen=True, slots=True)
class MirrorChartLayout:
    """Everything needed to draw the chart."""

    width: float
    height: float
    center: Point
    radius: float
    line_height: float
    rings: tuple[Ring, ...]
    axes: tuple[Spoke, ...]
    series: tuple[Series, ...]
    legend: tuple[LegendItem, ...]

    def point(self, index: int, value: float) -> Point:
        """Where ``value`` lies on spoke ``index``."""
        return _polar(self.center, self.radius * value / SCALE_MAX, _angle(index, len(self.axes)))


def _angle(index: int, count: int) -> float:
    return -math.pi / 2 + 2 * math.pi * index / max(1, count)


def _polar(center: Point, r: float, angle: float) -> Point:
    return Point(center.x + r * math.cos(angle), center.y + r * math.sin(angle))


def _default_measure(size: float) -> Measure:
    return lambda text: len(text) * size * 0.55


def wrap(text: str, max_width: float, measure: Measure) -> tuple[str, ...]:
    """Break ``text`` at spaces so each line fits ``max_width`` (a long word gets a line)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and measure(trial) > max_width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return tuple(lines) or ("",)


def _label_box(anchor: Point, angle: float, lines: tuple[str, ...], measure: Measure,
               line_height: float) -> tuple[Box, str]:
    """Where a spoke's label goes: beside, above or below the spoke's end."""
    box_w = max(measure(line) for line in lines)
    box_h = len(lines) * line_height
    cos, sin = math.cos(angle), math.sin(angle)
    if cos > 0.25:
        align, x = "left", anchor.x
    elif cos < -0.25:
        align, x = "right", anchor.x - box_w
    else:
        align, x = "center", anchor.x - box_w / 2
    if sin < -0.25:
        y = anchor.y - box_h
    elif sin > 0.25:
        y = anchor.y
    else:
        y = anchor.y - box_h / 2
    return Box(x, y, box_w, box_h), align


def _entry_width(label: str, line_height: float, measure: Measure) -> float:
    return line_height * 1.6 + measure(label) + line_height * 1.5


def _legend_rows(entries: list[tuple[str, str]], width: float, line_height: float,
                 measure: Measure) -> list[list[tuple[str, str]]]:
    rows: list[list[tuple[str, str]]] = [[]]
    used = 0.0
    for entry in entries:
        needed = _entry_width(entry[1], line_height, measure)
        if rows[-1] and used + needed > width:
            rows.append([])
            used = 0.0
        rows[-1].append(entry)
        used += needed
    return rows


def layout_mirror_chart(
    analysis: MirrorAnalysis,
    catalogue: Catalogue,
    width: float,
    height: float,
    *,
    measure: Measure | None = None,
    line_height: float = 12.0,
    per_group: bool = False,
    lang: str | None = None,
) -> MirrorChartLayout:
    """Place the chart in a ``width`` x ``height`` box."""
    measure = measure or _default_measure(line_height / 1.3)
    count = len(analysis.competences)
    label_w = max(60.0, min(150.0, width * 0.2))
    entries = [("self", _("You")), ("others", _("Others"))]
    if per_group:
        entries += [(g.group.value, g.group.label) for g in analysis.groups]
    legend_rows = _legend_rows(entries, width, line_height, measure)
    legend_h = line_height * (0.8 + 1.4 * len(legend_rows))
    labels = []
    for mirror in analysis.competences:
        competency = catalogue.competency(mirror.competency_id)
        text = competency.label.get(lang) if competency else mirror.competency_id
        labels.append(wrap(text, label_w, measure))
    tallest = max((len(lines) for lines in labels), default=1) * line_height
    widest = max((measure(line) for lines in labels for line in lines), default=0.0)
    gap = 8.0
    radius = max(20.0, min(width / 2 - widest - gap - 4, (height - legend_h) / 2 - tallest - gap))
    center = Point(width / 2, (height - legend_h) / 2)
    rings = []
    for value in range(SCALE_MIN, SCALE_MAX + 1):
        r = radius * value / SCALE_MAX
        points = tuple(_polar(center, r, _angle(i, count)) for i in range(count))
        rings.append(Ring(value, points, Point(center.x + 3, center.y - r)))
    axes = []
    for index, (mirror, lines) in enumerate(zip(analysis.competences, labels, strict=True)):
        angle = _angle(index, count)
        end = _polar(center, radius, angle)
        anchor = _polar(center, radius + gap, angle)
        box, align = _label_box(anchor, angle, lines, measure, line_height)
        axes.append(Spoke(mirror.competency_id, end, lines, box, align))
    series_data: list[tuple[str, str, list[float | None]]] = [
        ("self", entries[0][1], [m.self_score for m in analysis.competences]),
        ("others", entries[1][1], [m.others for m in analysis.competences]),
    ]
    if per_group:
        for summary in analysis.groups:
            series_data.append((summary.group.value, summary.group.label,
                                [m.group_mean(summary.group) for m in analysis.competences]))
    series = tuple(
        Series(key, label, tuple(values), tuple(
            None if v is None else _polar(center, radius * v / SCALE_MAX, _angle(i, count))
            for i, v in enumerate(values)))
        for key, label, values in series_data)
    legend = []
    top = height - legend_h + line_height * 0.6
    for row in legend_rows:
        total = sum(_entry_width(label, line_height, measure) for _key, label in row)
        x = max(0.0, (width - total) / 2)
        for key, label in row:
            swatch = Box(x, top + line_height * 0.15, line_height * 1.2, line_height * 0.7)
            legend.append(LegendItem(key, label, swatch, Point(x + line_height * 1.6, top)))
            x += _entry_width(label, line_height, measure)
        top += line_height * 1.4
    return MirrorChartLayout(width, height, center, radius, line_height, tuple(rings),
                             tuple(axes), series, tuple(legend))
