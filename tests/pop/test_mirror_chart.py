"""Mirror chart geometry: everything inside the box, values on the right radius."""

from __future__ import annotations

import math

import pytest

from pop.catalogue.load import default_catalogue
from pop.charts.mirror_chart import layout_mirror_chart, wrap
from pop.mirror.analysis import analyse
from pop.mirror.model import RaterGroup, RaterResponse, ResponseSource

CAT = default_catalogue()


def sample():  # type: ignore[no-untyped-def]
    ids = [s.id for s in CAT.statements]
    responses = [RaterResponse(i, 1, RaterGroup.COLLEAGUE, i, ResponseSource.FORM,
                               dict.fromkeys(ids, 4)) for i in (1, 2, 3)]
    own = dict.fromkeys(ids, 3)
    own[CAT.competencies[0].statements[0].id] = None
    own[CAT.competencies[0].statements[1].id] = None
    return analyse(CAT, own, responses)


@pytest.mark.parametrize("size", [(320, 300), (520, 460), (900, 560)])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_labels_and_legend_stay_inside(size: tuple[int, int], lang: str) -> None:
    width, height = size
    layout = layout_mirror_chart(sample(), CAT, width, height, lang=lang, per_group=True)
    assert len(layout.axes) == 12 and layout.radius > 20
    for spoke in layout.axes:
        box = spoke.label_box
        assert box.x >= -0.5 and box.x + box.w <= width + 0.5, spoke
        assert box.y >= -0.5 and box.y + box.h <= height + 0.5, spoke
        assert all(line for line in spoke.label_lines)
    for item in layout.legend:
        assert item.swatch.x >= 0 and item.text_at.y <= height


def test_values_lie_on_their_rings() -> None:
    layout = layout_mirror_chart(sample(), CAT, 600, 500)
    self_series = next(s for s in layout.series if s.key == "self")
    others = next(s for s in layout.series if s.key == "others")
    assert self_series.points[0] is None and len(self_series.polygon) == 11
    point = others.points[3]
    assert point is not None
    distance = math.hypot(point.x - layout.center.x, point.y - layout.center.y)
    assert abs(distance - layout.radius * 4 / 5) < 1e-6
    assert [r.value for r in layout.rings] == [1, 2, 3, 4, 5]


def test_wrap_keeps_every_word() -> None:
    text = "Methodisch en doelgericht werken in de wijk"
    lines = wrap(text, 60, lambda s: len(s) * 6.0)
    assert " ".join(lines) == text and all(len(line) * 6 <= 60 or " " not in line
                                           for line in lines)


def test_legend_wraps_when_groups_are_shown_in_a_narrow_chart() -> None:
    layout = layout_mirror_chart(sample(), CAT, 220, 300, per_group=True)
    assert {item.key for item in layout.legend} == {"self", "others", "colleague"}
    assert all(item.swatch.x + item.swatch.w <= 220 for item in layout.legend)
