"""Feedback storage: rounds, form serials, responses, duplicates, comment choice; the demo."""

from __future__ import annotations

from datetime import date

import pytest

from pop.context import open_workspace
from pop.demo.generator import create_demo
from pop.errors import InputError
from pop.mirror.load import cycle_mirror
from pop.mirror.model import RaterGroup, ResponseSource
from pop.mirror.shared import shareable_mirror
from pop.paths import DataPaths
from pop.storage.feedback_repo import FeedbackRepository


def test_rounds_forms_and_responses(ctx, cycle) -> None:  # type: ignore[no-untyped-def]
    repo = FeedbackRepository(ctx.db)
    secret = repo.secret()
    assert len(secret) == 32 and repo.secret() == secret
    fr = repo.create_round(cycle.id, "Ronde 1", date(2026, 12, 1))
    assert repo.latest_round(cycle.id) == fr and repo.round_by_uid(fr.uid) == fr
    assert repo.make_forms(fr.id, RaterGroup.COLLEAGUE, 3) == [1, 2, 3]
    assert repo.make_forms(fr.id, RaterGroup.COLLEAGUE, 2) == [4, 5]
    assert repo.form_made(fr.id, RaterGroup.COLLEAGUE, 5)
    assert not repo.form_made(fr.id, RaterGroup.CLIENT, 1)
    with pytest.raises(InputError):
        repo.make_forms(fr.id, RaterGroup.CLIENT, 0)
    rid = repo.add_response(fr.id, RaterGroup.COLLEAGUE, {"C01a": 4, "C01b": None},
                            {"keep": "Goed <b>zo</b> & 😀"}, serial=2)
    with pytest.raises(InputError):
        repo.add_response(fr.id, RaterGroup.COLLEAGUE, {"C01a": 3}, {}, serial=2)
    with pytest.raises(InputError):
        repo.add_response(fr.id, RaterGroup.COLLEAGUE, {"C01a": 6}, {}, serial=3)
    (stored,) = repo.responses(fr.id)
    assert stored.id == rid and stored.scores == {"C01a": 4, "C01b": None}
    assert stored.comments == {"keep": "Goed <b>zo</b> & 😀"}
    new_id = repo.add_response(fr.id, RaterGroup.COLLEAGUE, {"C01a": 2}, {}, serial=2,
                               replace=True)
    assert [r.scores for r in repo.responses(fr.id)] == [{"C01a": 2}]
    repo.add_response(fr.id, RaterGroup.COLLEAGUE, {"C01a": 5}, {"tip": "x"},
                      source=ResponseSource.PAPER)
    status = repo.status(fr.id)
    colleague = next(g for g in status.groups if g.group is RaterGroup.COLLEAGUE)
    assert (colleague.forms_made, colleague.returned) == (5, 2) and status.returned == 2
    paper = next(r for r in repo.responses(fr.id) if r.source is ResponseSource.PAPER)
    repo.set_comment_in_pdf(paper.id, "tip", True)
    assert repo.selected_comments(fr.id) == {(paper.id, "tip")}
    repo.delete_response(new_id)
    assert len(repo.responses(fr.id)) == 1


def test_demo_has_a_complete_round_with_one_group_suppressed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx = open_workspace(DataPaths(tmp_path / "demo"))
    try:
        create_demo(ctx, seed=3, today=date(2026, 11, 22))
        current = ctx.current_cycle()
        assert current is not None
        mirror = cycle_mirror(ctx, current.id)
        assert mirror.status is not None
        returned = {g.group: g.returned for g in mirror.status.groups}
        assert returned == {RaterGroup.LEADER: 1, RaterGroup.COLLEAGUE: 4,
                            RaterGroup.CLIENT: 3, RaterGroup.PARTNER: 2}
        assert all(g.forms_made >= g.returned for g in mirror.status.groups)
        analysis = mirror.analysis
        assert analysis.suppressed == (RaterGroup.PARTNER,)
        assert analysis.shown_groups == (RaterGroup.LEADER, RaterGroup.COLLEAGUE,
                                         RaterGroup.CLIENT)
        quadrants = analysis.quadrants()
        assert all(quadrants[q] for q in ("blind_spot", "hidden_strength"))  # type: ignore[index]
        assert any(c.in_pdf for c in analysis.comments)
        assert {c.group for c in analysis.comments} == set(analysis.shown_groups)
        assert shareable_mirror(ctx, current.id) is None  # not shared with the leader by default
        shared = shareable_mirror(ctx, current.id, audience="pdf")
        assert shared is not None
        data = shared.as_dict()
        assert data["suppressed_groups"] == ["partner"]
        assert all("partner" not in c["groups"] for c in data["competences"])
    finally:
        ctx.close()
