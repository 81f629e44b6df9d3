"""Pure scoring: mindset, T-profile, change since the previous cycle, register hours."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from pop.catalogue.load import default_catalogue
from pop.domain.assessment import KnowledgeRating
from pop.domain.goals import Activity, ActivityStatus, RegisterCategory
from pop.scoring.change import block_changes
from pop.scoring.mindset import score_mindset
from pop.scoring.register_hours import register_hours
from pop.scoring.tprofile import Shape, t_profile

CAT = default_catalogue()
ITEMS = CAT.mindset.items


def test_all_growth_answers_give_the_growth_band() -> None:
    answers = {i.id: (6 if i.key == "growth" else 1) for i in ITEMS}
    result = score_mindset(CAT.mindset, answers)
    assert result.total == 6.0 and result.band.id == "growth" and result.complete
    assert set(result.per_theme.values()) == {6.0}


def test_all_fixed_answers_give_the_fixed_band() -> None:
    answers = {i.id: (1 if i.key == "growth" else 6) for i in ITEMS}
    result = score_mindset(CAT.mindset, answers)
    assert result.total == 1.0 and result.band.id == "fixed"


def test_mixed_band_and_rounding_edge() -> None:
    answers = {i.id: 4 if i.key == "growth" else 3 for i in ITEMS}  # all 4 in growth direction
    assert score_mindset(CAT.mindset, answers).band.id == "growth"
    answers = {i.id: 3 if i.key == "growth" else 4 for i in ITEMS}  # all 3
    assert score_mindset(CAT.mindset, answers).band.id == "fixed"
    growth_direction = [4] * 11 + [3]
    pairs = zip(ITEMS, growth_direction, strict=True)
    answers = {i.id: v if i.key == "growth" else 7 - v for i, v in pairs}
    result = score_mindset(CAT.mindset, answers)
    assert 3.9 <= result.total < 4.0 and result.band.id == "mixed"


def test_partial_answers_and_no_answers() -> None:
    assert score_mindset(CAT.mindset, {}).total is None
    result = score_mindset(CAT.mindset, {ITEMS[0].id: 5, "unknown": 3, ITEMS[1].id: 9})
    assert result.answered == 1 and not result.complete


@given(st.dictionaries(st.sampled_from([i.id for i in ITEMS]), st.integers(1, 6)))
def test_mindset_total_always_on_the_scale(answers) -> None:
    result = score_mindset(CAT.mindset, answers)
    if answers:
        assert 1.0 <= result.total <= 6.0 and result.band is not None
        assert all(v is None or 1.0 <= v <= 6.0 for v in result.per_theme.values())


def ratings(levels: dict[str, int]) -> dict[str, KnowledgeRating]:
    return {bid: KnowledgeRating(bid, lv, min(4, lv + 1)) for bid, lv in levels.items()}


def breadth_ids() -> list[str]:
    return [b.id for b in CAT.blocks if b.group in ("life_domain", "generic")]


def test_t_shaped_profile() -> None:
    levels = dict.fromkeys(breadth_ids(), 2)
    levels["LG3"] = 4
    profile = t_profile(CAT, ratings(levels), ["LG3"])
    assert profile.shape is Shape.T_SHAPED and profile.depth == 4
    assert profile.breadth_coverage == 1.0
    assert [b.block_id for b in profile.bars if b.is_specialism] == ["LG3"]


def test_specialist_generalist_developing() -> None:
    deep_only = {"LG7": 4}
    assert t_profile(CAT, ratings(deep_only), ["LG7"]).shape is Shape.SPECIALIST
    broad = dict.fromkeys(breadth_ids(), 2)
    assert t_profile(CAT, ratings(broad), []).shape is Shape.GENERALIST
    assert t_profile(CAT, {}, []).shape is Shape.DEVELOPING


def test_block_changes() -> None:
    changes = block_changes(ratings({"LG1": 1, "LG2": 3}), ratings({"LG1": 3, "LG4": 2}))
    assert changes["LG1"].delta == 2
    assert changes["LG2"].delta is None and changes["LG4"].previous is None


def test_register_hours_inside_period() -> None:
    def act(hours: float, cat: RegisterCategory, status: ActivityStatus, day: date | None):
        return Activity(1, 1, "x", register_category=cat, hours=hours, status=status, date=day)

    result = register_hours(
        [act(8, RegisterCategory.ACCREDITED, ActivityStatus.DONE, date(2025, 3, 1)),
         act(4, RegisterCategory.ACCREDITED, ActivityStatus.PLANNED, date(2025, 6, 1)),
         act(2, RegisterCategory.REFLECTION, ActivityStatus.DONE, date(2019, 1, 1)),
         act(3, RegisterCategory.REFLECTION, ActivityStatus.DONE, None)],
        {"accredited": 10}, date(2024, 1, 1), date(2028, 12, 31))
    by = {r.category: r for r in result}
    accredited, reflection = by[RegisterCategory.ACCREDITED], by[RegisterCategory.REFLECTION]
    assert accredited.done == 8 and accredited.planned == 4
    assert accredited.share == 0.8 and not accredited.met
    assert reflection.done == 3 and reflection.target is None
