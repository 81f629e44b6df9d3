"""The T-profile chart layout: rows in catalogue order, bars proportional to the level."""

from __future__ import annotations

from pop.catalogue.load import default_catalogue
from pop.charts.tprofile_chart import layout_tprofile
from pop.domain.assessment import KnowledgeRating
from pop.scoring.tprofile import t_profile

CAT = default_catalogue()


def test_layout_rows_bars_and_targets() -> None:
    ratings = {"LG1": KnowledgeRating("LG1", 2, 4), "LG3": KnowledgeRating("LG3", 4, 4)}
    layout = layout_tprofile(t_profile(CAT, ratings, ["LG3"]), CAT, 600, lang="nl")
    assert [r.block_id for r in layout.rows] == [b.id for b in CAT.blocks]
    assert [h.group for h in layout.headers] == ["life_domain", "generic", "target_group"]
    row1, row3 = layout.rows[0], layout.rows[2]
    assert row1.bar is not None and row3.bar is not None
    assert abs(row3.bar.w - 2 * row1.bar.w) < 1e-6
    assert row1.target_x == layout.level_x(4) and row3.is_specialism
    assert layout.rows[1].bar is None and layout.rows[1].target_x is None
    tops = [r.top for r in layout.rows]
    assert tops == sorted(tops) and layout.height > tops[-1]
    assert all(layout.plot_x + layout.plot_w <= 600 for _ in [0])
    assert [t.value for t in layout.ticks] == [0, 1, 2, 3, 4]


def test_group_filter_and_narrow_width() -> None:
    layout = layout_tprofile(t_profile(CAT, {}, []), CAT, 120, groups=("life_domain",))
    assert len(layout.rows) == 7 and layout.plot_w >= 40
