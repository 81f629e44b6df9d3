"""The example plan: complete, believable, different per seed, consistent."""

from __future__ import annotations

from datetime import date

import pytest

from pop.context import open_workspace
from pop.demo.generator import create_demo
from pop.domain.cycle import EvaluationKind
from pop.domain.goals import ActivityType
from pop.errors import InputError
from pop.paths import DataPaths
from pop.storage.check import check_database

TODAY = date(2026, 11, 22)


def make(tmp_path, seed: int):  # type: ignore[no-untyped-def]
    ctx = open_workspace(DataPaths(tmp_path / f"seed{seed}"))
    name = create_demo(ctx, seed=seed, today=TODAY)
    return ctx, name


def test_every_section_is_filled(tmp_path) -> None:
    ctx, name = make(tmp_path, 1)
    try:
        profile = ctx.profile.get()
        assert profile.name == name and profile.function and profile.team and profile.team_leader
        assert profile.specialism_blocks and profile.register_targets
        previous, current = ctx.cycles.all()
        assert current.previous_id == previous.id and current.context and current.team_contribution
        catalogue = ctx.catalogue_for(current)
        assert len(ctx.assessments.knowledge(current.id)) == len(catalogue.blocks)
        assert len(ctx.assessments.mindset(current.id)) == len(catalogue.mindset.items)
        assert len(ctx.assessments.preferences(current.id)) == len(catalogue.preferences)
        assert len(ctx.assessments.competency_ratings(current.id)) == len(catalogue.statements)
        assert any(r.include_in_pdf for r in ctx.assessments.reflections(current.id).values())
        goals = ctx.goals.for_cycle(current.id)
        assert len(goals) >= 3 and all(g.success_criteria and g.willen and g.links for g in goals)
        activities = ctx.activities.for_cycle(current.id)
        assert {a.type for a in activities} >= {ActivityType.FORMAL, ActivityType.SOCIAL}
        assert all(a.transfer_plan for a in activities if a.type is ActivityType.FORMAL)
        assert ctx.goals.notes(goals[0].id)
        entries = ctx.journal.all()
        assert 25 <= len(entries) <= 35 and any(e.is_success for e in entries)
        assert any(e.private for e in entries) and any(not e.private for e in entries)
        assert all(e.date <= TODAY for e in entries)
        assert ctx.evidence.for_cycle(previous.id) or ctx.evidence.for_cycle(current.id)
        assert ctx.cycles.evaluation(previous.id, EvaluationKind.END).text
        assert ctx.agreements.for_cycle(current.id)
        assert len(ctx.cycles.signatures(previous.id)) == 2
        assert check_database(ctx.db) == []
        text = " ".join(g.title + g.description for g in goals) + profile.function
        assert "{" not in text and "}" not in text
    finally:
        ctx.close()


def test_seeds_give_different_people_and_specialisms(tmp_path) -> None:
    people = []
    for seed in range(1, 6):
        ctx, name = make(tmp_path, seed)
        people.append((name, ctx.profile.get().specialism))
        ctx.close()
    assert len({name for name, _ in people}) >= 4
    assert len({spec for _, spec in people}) == 5


def test_same_seed_same_person(tmp_path) -> None:
    ctx1, name1 = make(tmp_path, 7)
    ctx1.close()
    ctx2 = open_workspace(DataPaths(tmp_path / "again"))
    assert create_demo(ctx2, seed=7, today=TODAY) == name1
    ctx2.close()


def test_demo_refuses_a_workspace_with_a_plan(ctx, cycle) -> None:
    with pytest.raises(InputError):
        create_demo(ctx, seed=1)
