"""The mirror analysis: anonymity, the cell rule, gaps, quadrants, comments, sharing."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from pop.catalogue.load import default_catalogue
from pop.mirror.analysis import GAP_THRESHOLD, Quadrant, analyse
from pop.mirror.model import RaterGroup, RaterResponse, ResponseSource
from pop.mirror.shared import shared_from_analysis

CAT = default_catalogue()
C01 = CAT.competencies[0]
STATEMENTS = [s.id for s in CAT.statements]


def response(rid: int, group: RaterGroup, score: int | None = 4, comments=None,
             scores=None) -> RaterResponse:  # type: ignore[no-untyped-def]
    return RaterResponse(rid, 1, group, rid, ResponseSource.FORM,
                         scores if scores is not None else {s: score for s in STATEMENTS},
                         comments or {})


def test_leader_alone_is_shown_and_labelled_as_one_person() -> None:
    result = analyse(CAT, {}, [response(1, RaterGroup.LEADER, 3)])
    assert result.shown_groups == (RaterGroup.LEADER,)
    assert "one person" in result.groups[0].label
    assert result.competences[0].group_mean(RaterGroup.LEADER) == 3


def test_group_below_three_is_left_out_entirely() -> None:
    responses = [response(1, RaterGroup.LEADER, 3),
                 response(2, RaterGroup.PARTNER, 1, {"keep": "secret partner text"}),
                 response(3, RaterGroup.PARTNER, 1, {"tip": "another"})]
    result = analyse(CAT, {}, responses)
    assert result.suppressed == (RaterGroup.PARTNER,)
    assert result.shown_groups == (RaterGroup.LEADER,)
    assert all(c.others == 3 for c in result.competences)  # partners feed nothing
    assert not result.comments
    dumped = json.dumps(shared_from_analysis(CAT, result, None).as_dict())
    assert "secret partner text" not in dumped and '"partner": ' not in dumped


def test_three_colleagues_are_shown_with_their_mean() -> None:
    responses = [response(i, RaterGroup.COLLEAGUE, s) for i, s in ((1, 2), (2, 3), (3, 5))]
    result = analyse(CAT, {}, responses)
    assert result.shown_groups == (RaterGroup.COLLEAGUE,)
    assert abs(result.competences[0].group_mean(RaterGroup.COLLEAGUE) - 10 / 3) < 1e-9


def test_a_competence_scored_by_two_of_three_stays_empty_and_feeds_nothing() -> None:
    cant = {s.id: None for s in C01.statements}
    responses = [response(1, RaterGroup.COLLEAGUE, 4),
                 response(2, RaterGroup.COLLEAGUE, 4, scores={**dict.fromkeys(STATEMENTS, 2),
                                                              **cant}),
                 response(3, RaterGroup.COLLEAGUE, 5),
                 response(4, RaterGroup.LEADER, 1)]
    result = analyse(CAT, {}, responses)
    first = result.competences[0]
    assert first.group_mean(RaterGroup.COLLEAGUE) is None
    assert first.others == 1.0  # only the leader's shown cell
    assert result.competences[1].group_mean(RaterGroup.COLLEAGUE) is not None


def test_cant_judge_and_empty_forms_are_not_counted() -> None:
    empty = RaterResponse(9, 1, RaterGroup.COLLEAGUE, 9, ResponseSource.FORM,
                          dict.fromkeys(STATEMENTS), {"keep": "  "})
    responses = [response(1, RaterGroup.COLLEAGUE, 4), response(2, RaterGroup.COLLEAGUE, 4),
                 empty]
    result = analyse(CAT, {}, responses)
    assert result.shown_groups == () and result.suppressed == (RaterGroup.COLLEAGUE,)


def test_gap_rule_uses_a_third_of_the_range() -> None:
    assert abs(GAP_THRESHOLD - 4 / 3) < 1e-12
    own = {s.id: 5 for s in C01.statements}

    def quadrant_for(scores: tuple[int, int, int]) -> Quadrant | None:
        rs = [response(i, RaterGroup.COLLEAGUE, s) for i, s in enumerate(scores, 1)]
        return analyse(CAT, own, rs).competences[0].quadrant

    assert quadrant_for((4, 4, 3)) is Quadrant.BLIND_SPOT  # 5 - 3.67 = 1.33
    assert quadrant_for((4, 4, 4)) is Quadrant.OPEN_STRENGTH  # gap 1.0
    low_self = {s.id: 2 for s in C01.statements}
    rs = [response(i, RaterGroup.COLLEAGUE, 4) for i in (1, 2, 3)]
    assert analyse(CAT, low_self, rs).competences[0].quadrant is Quadrant.HIDDEN_STRENGTH
    rs = [response(i, RaterGroup.COLLEAGUE, 2) for i in (1, 2, 3)]
    mirror = analyse(CAT, low_self, rs)
    assert mirror.competences[0].quadrant is Quadrant.SHARED_DEVELOPMENT
    assert C01 and mirror.quadrants()[Quadrant.SHARED_DEVELOPMENT]


def test_comments_of_shown_groups_in_content_order_with_the_owners_choice() -> None:
    responses = [response(i, RaterGroup.COLLEAGUE, 4, {"keep": t})
                 for i, t in ((1, "zeta"), (2, "alpha"), (3, "mu"))]
    result = analyse(CAT, {}, responses, selected_comments={(3, "keep")})
    assert [c.text for c in result.comments] == ["alpha", "mu", "zeta"]
    assert [c.in_pdf for c in result.comments] == [False, True, False]
    shared = shared_from_analysis(CAT, result, None).as_dict()
    assert shared["comments"] == [{"group": "colleague", "question": "keep", "text": "mu"}]


scores = st.one_of(st.none(), st.integers(1, 5))
answers = st.fixed_dictionaries({}, optional={s: scores for s in STATEMENTS})
texts = st.dictionaries(st.sampled_from(["keep", "more", "tip"]), st.text(max_size=20),
                        max_size=3)
group_answers = st.lists(st.tuples(answers, texts), max_size=5)


@given(st.fixed_dictionaries({g: group_answers for g in RaterGroup}),
       st.lists(st.tuples(answers, texts), min_size=0, max_size=2), answers)
def test_no_group_under_its_threshold_ever_shows(data, other, own) -> None:  # type: ignore[no-untyped-def]
    def build(replacement):  # type: ignore[no-untyped-def]
        out, rid = [], 0
        for group, items in data.items():
            count = sum(1 for a, c in items if RaterResponse(0, 1, group, 0, ResponseSource.FORM,
                                                             a, c).has_answers)
            if 0 < count < group.min_raters and replacement is not None:
                items = replacement[: len(items)] + items[len(replacement):]
            for a, c in items:
                rid += 1
                out.append(RaterResponse(rid, 1, group, rid, ResponseSource.FORM, a, c))
        return out

    first = analyse(CAT, own, build(None))
    second = analyse(CAT, own, build(other))
    shown = set(first.shown_groups)
    for group in RaterGroup:
        answered = [r for r in build(None) if r.group is group and r.has_answers]
        assert (group in shown) == (len(answered) >= group.min_raters)
    for group in first.suppressed:
        assert all(g.group is not group for c in first.competences for g in c.groups)
        assert all(c.group is not group for c in first.comments)
    # changing what a suppressed group said changes nothing that is shown or shared
    if first.suppressed == second.suppressed:
        assert [c.others for c in first.competences] == [c.others for c in second.competences]
        one = shared_from_analysis(CAT, first, None).as_dict()
        two = shared_from_analysis(CAT, second, None).as_dict()
        assert one == two
    shared = shared_from_analysis(CAT, first, None).as_dict()
    for competence in shared["competences"]:
        assert set(competence["groups"]) <= {g.value for g in shown}
    assert {c["group"] for c in shared["comments"]} <= {g.value for g in shown}
