"""Layout of the T-profile chart: one row per knowledge block, grouped, with the current level
as a bar and the target level as a marker; the specialism rows are highlighted.

Rows read like a list, so long Dutch block names never need rotating or cutting.
"""

from __future__ import annotations

from dataclasses import dataclass

from pop.catalogue.model import Catalogue
from pop.scoring.tprofile import TProfile

LEVEL_MAX = 4


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle (top-left origin)."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class TRow:
    """One block's row."""

    block_id: str
    label: str
    top: float
    height: float
    bar: Rect | None
    target_x: float | None
    level: int | None
    target: int | None
    is_specialism: bool


@dataclass(frozen=True, slots=True)
class THeader:
    """A group heading (life domains, generic competences, target groups)."""

    group: str
    label: str
    top: float
    height: float


@dataclass(frozen=True, slots=True)
class TTick:
    """A level on the axis, with its short label."""

    value: int
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class TChartLayout:
    """Everything needed to draw the chart."""

    width: float
    height: float
    label_width: float
    plot_x: float
    plot_w: float
    axis_top: float
    headers: tuple[THeader, ...]
    rows: tuple[TRow, ...]
    ticks: tuple[TTick, ...]

    def level_x(self, value: float) -> float:
        """The x position of a level value."""
        return self.plot_x + self.plot_w * value / LEVEL_MAX


def layout_tprofile(
    profile: TProfile,
    catalogue: Catalogue,
    width: float,
    *,
    row_height: float = 18.0,
    header_height: float = 26.0,
    label_width: float | None = None,
    axis_height: float = 22.0,
    groups: tuple[str, ...] | None = None,
    lang: str | None = None,
) -> TChartLayout:
    """Place every row, heading and tick for a chart ``width`` units wide."""
    label_w = label_width if label_width is not None else min(260.0, width * 0.42)
    plot_x = label_w + 8.0
    plot_w = max(40.0, width - plot_x - 6.0)
    wanted = groups or tuple(g.id for g in catalogue.block_groups)
    bars = {bar.block_id: bar for bar in profile.bars}
    headers: list[THeader] = []
    rows: list[TRow] = []
    y = axis_height
    bar_h = row_height * 0.56
    for group in catalogue.block_groups:
        if group.id not in wanted:
            continue
        headers.append(THeader(group.id, group.label.get(lang), y, header_height))
        y += header_height
        for block in catalogue.blocks_in(group.id):
            info = bars.get(block.id)
            level = info.level if info else None
            target = info.target if info else None
            bar = None
            if level is not None:
                bar = Rect(plot_x, y + (row_height - bar_h) / 2, plot_w * level / LEVEL_MAX, bar_h)
            target_x = plot_x + plot_w * target / LEVEL_MAX if target is not None else None
            rows.append(TRow(block.id, block.label.get(lang), y, row_height, bar, target_x, level,
                             target, bool(info and info.is_specialism)))
            y += row_height
    ticks = tuple(
        TTick(lv.value, plot_x + plot_w * lv.value / LEVEL_MAX, lv.label.get(lang))
        for lv in catalogue.levels
    )
    return TChartLayout(width, y + 4.0, label_w, plot_x, plot_w, axis_height, tuple(headers),
                        tuple(rows), ticks)
