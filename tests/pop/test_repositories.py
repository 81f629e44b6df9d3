"""Every plan section is stored and read back exactly, also after reopening the file."""

from __future__ import annotations

from datetime import date

import pytest

from pop.context import open_workspace
from pop.domain.assessment import (
    CompetencySelfRating,
    KnowledgeRating,
    MindsetAnswer,
    PreferenceScore,
    Priority,
    Reflection,
)
from pop.domain.cycle import (
    AgreementSource,
    CycleStatus,
    Evaluation,
    EvaluationKind,
    LearningLevel,
    Signature,
    SignatureRole,
    Verdict,
)
from pop.domain.goals import (
    ActivityStatus,
    ActivityType,
    GoalKind,
    GoalLink,
    GoalStatus,
    LinkKind,
    RegisterCategory,
)
from pop.domain.profile import ProfessionalType
from pop.domain.sharing import Section, SharingChoice
from pop.errors import InputError, StorageError
from tests.hostile_texts import CONTROL_TEXT, CONTROL_TEXT_CLEANED, HOSTILE_TEXTS


def reopen(ctx, data_paths):  # type: ignore[no-untyped-def]
    ctx.close()
    return open_workspace(data_paths)


def test_profile_round_trip(ctx, data_paths) -> None:
    profile = ctx.profile.get()
    profile.name = "Zoë van Dĳk"
    profile.function = "Sociaal werker <schulden>"
    profile.professional_type = ProfessionalType.SPECIALIST
    profile.specialism_blocks = ["LG3", "LG2"]
    profile.register = "registerplein"
    profile.register_start = date(2024, 1, 1)
    profile.register_end = date(2028, 12, 31)
    profile.register_targets = {"accredited": 80, "reflection": 40}
    ctx.profile.save(profile)
    ctx = reopen(ctx, data_paths)
    again = ctx.profile.get()
    assert again == profile
    assert again.first_name == "Zoë"
    ctx.close()


def test_cycle_fields_status_evaluations_signatures(ctx, cycle, data_paths) -> None:
    cycle.context = "Wijk met veel jonge gezinnen & schulden"
    cycle.conversation_date = date(2026, 3, 1)
    ctx.cycles.save(cycle)
    ctx.cycles.set_status(cycle.id, CycleStatus.DISCUSSED)
    ctx.cycles.save_evaluation(Evaluation(cycle.id, EvaluationKind.END, date(2027, 1, 5),
                                          "Goed jaar", LearningLevel.DOUBLE, "Verder"))
    ctx.cycles.save_signature(Signature(cycle.id, SignatureRole.LEADER, "Ahmed", date.today(),
                                        Verdict.SEEN, "abc123"))
    ctx = reopen(ctx, data_paths)
    again = ctx.cycles.get(cycle.id)
    assert again.context == cycle.context and again.status is CycleStatus.DISCUSSED
    end = ctx.cycles.evaluation(cycle.id, EvaluationKind.END)
    assert end.learning_level is LearningLevel.DOUBLE
    assert ctx.cycles.evaluation(cycle.id, EvaluationKind.MIDTERM).text == ""
    [signature] = ctx.cycles.signatures(cycle.id)
    assert signature.verdict is Verdict.SEEN and signature.fingerprint == "abc123"
    ctx.close()


def test_assessments_round_trip_and_ranges(ctx, cycle) -> None:
    ctx.assessments.save_knowledge(cycle.id, KnowledgeRating("LG3", 3, 4, Priority.HIGH, "Collega"))
    ctx.assessments.save_mindset(cycle.id, MindsetAnswer("M01", 5))
    ctx.assessments.save_reflection(cycle.id, Reflection("R01", "Ik vermeed...", True))
    ctx.assessments.save_preference(cycle.id, PreferenceScore("observing", 4))
    ctx.assessments.save_competency_rating(cycle.id, CompetencySelfRating("C01a", None))
    ctx.assessments.save_competency_rating(cycle.id, CompetencySelfRating("C01b", 4))
    assert ctx.assessments.knowledge(cycle.id)["LG3"].gap == 1
    assert ctx.assessments.mindset(cycle.id)["M01"].score == 5
    assert ctx.assessments.reflections(cycle.id)["R01"].include_in_pdf is True
    assert ctx.assessments.preferences(cycle.id)["observing"].score == 4
    ratings = ctx.assessments.competency_ratings(cycle.id)
    assert ratings["C01a"].score is None and ratings["C01b"].score == 4
    ctx.assessments.save_mindset(cycle.id, None, "M01")
    assert "M01" not in ctx.assessments.mindset(cycle.id)
    for bad in (
        lambda: ctx.assessments.save_knowledge(cycle.id, KnowledgeRating("LG1", 5)),
        lambda: ctx.assessments.save_mindset(cycle.id, MindsetAnswer("M02", 7)),
        lambda: ctx.assessments.save_preference(cycle.id, PreferenceScore("x", 0)),
        lambda: ctx.assessments.save_competency_rating(cycle.id, CompetencySelfRating("C02a", 6)),
    ):
        with pytest.raises(InputError):
            bad()


def test_goals_links_notes_and_activities(ctx, cycle, data_paths) -> None:
    goal = ctx.goals.add(cycle.id, "Schulden eerder signaleren", GoalKind.PERFORMANCE)
    goal.success_criteria = "Binnen 2 gesprekken"
    goal.due_date = date(2026, 12, 1)
    goal.willen, goal.kunnen, goal.mogen = "Ja", "Deels", "Tijd nodig"
    goal.status = GoalStatus.IN_PROGRESS
    goal.links = [GoalLink(LinkKind.BLOCK, "LG3"), GoalLink(LinkKind.COMPETENCY, "C03")]
    ctx.goals.save(goal)
    ctx.goals.add_note(goal.id, "Eerste stap gezet", date(2026, 2, 1))
    activity = ctx.activities.add(cycle.id, "Training schuldsignalering", goal.id,
                                  ActivityType.FORMAL)
    assert activity.needs_transfer_plan
    activity.register_category = RegisterCategory.ACCREDITED
    activity.hours, activity.cost_cents, activity.status = 7.5, 45000, ActivityStatus.DONE
    activity.transfer_plan = "Ik gebruik de signaalkaart bij elk huisbezoek."
    ctx.activities.save(activity)
    second = ctx.goals.add(cycle.id, "Tweede")
    ctx.goals.move(second.id, 0)
    ctx = reopen(ctx, data_paths)
    goals = ctx.goals.for_cycle(cycle.id)
    assert [g.title for g in goals] == ["Tweede", "Schulden eerder signaleren"]
    assert goals[1] == ctx.goals.get(goal.id)
    assert goals[1].links == goal.links and goals[1].kind is GoalKind.PERFORMANCE
    assert [n.text for n in ctx.goals.notes(goal.id)] == ["Eerste stap gezet"]
    [stored] = ctx.activities.by_goal(cycle.id)[goal.id]
    assert stored.hours == 7.5 and stored.cost_cents == 45000 and not stored.needs_transfer_plan
    ctx.goals.delete(goal.id)
    assert ctx.activities.get(activity.id).goal_id is None
    with pytest.raises(InputError):
        stored.hours = -1
        ctx.activities.save(stored)
    ctx.close()


def test_journal_search_is_accent_and_prefix_insensitive(ctx) -> None:
    entry = ctx.journal.add(date(2026, 1, 8), "Lastig keukentafelgesprek")
    entry.experience = "Een gesprek over schulden met een moeder; ik voelde me onzeker."
    entry.insight = "Ik moet eerder doorvragen naar de financiële situatie."
    entry.tags = ["Schulden", "#gesprek", "schulden"]
    ctx.journal.save(entry)
    other = ctx.journal.add(date(2026, 1, 9), "Intervisie")
    other.experience = "Casus over eenzaamheid"
    ctx.journal.save(other)
    assert [e.id for e in ctx.journal.search("financiele")] == [entry.id]
    assert [e.id for e in ctx.journal.search("keukentafel")] == [entry.id]
    assert [e.id for e in ctx.journal.search("eenzaam")] == [other.id]
    assert ctx.journal.search('"; DROP TABLE journal_entries; --') == []
    assert ctx.journal.search("NEAR( AND OR *") == []
    assert ctx.journal.get(entry.id).tags == ["schulden", "gesprek"]
    assert ctx.journal.get(entry.id).private is True
    ctx.journal.delete(entry.id)
    assert ctx.journal.search("financiele") == []


def test_evidence_size_limit_and_round_trip(ctx, cycle, monkeypatch) -> None:
    from pop.storage import evidence_repo

    activity = ctx.activities.add(cycle.id, "Cursus")
    stored = ctx.evidence.attach_bytes(activity.id, "../../certificaat.pdf", b"%PDF-1.4 data")
    assert stored.filename == "certificaat.pdf"
    assert ctx.evidence.data(stored.id) == b"%PDF-1.4 data"
    monkeypatch.setattr(evidence_repo, "MAX_EVIDENCE_BYTES", 10)
    with pytest.raises(StorageError) as caught:
        ctx.evidence.attach_bytes(activity.id, "groot.pdf", b"x" * 11)
    assert "too large" in caught.value.message
    assert len(ctx.evidence.for_activity(activity.id)) == 1


def test_agreements_and_sharing(ctx, cycle) -> None:
    ctx.agreements.add(cycle.id, "4 uur per maand meelopen", source=AgreementSource.LEADER,
                       author="Ahmed")
    [agreement] = ctx.agreements.for_cycle(cycle.id)
    assert agreement.source is AgreementSource.LEADER
    ctx.sharing.save(SharingChoice(Section.MINDSET, in_pdf=True, with_leader=True))
    assert ctx.sharing.all()[Section.MINDSET].with_leader is False
    ctx.sharing.save(SharingChoice(Section.JOURNAL, in_pdf=False, with_leader=True))
    assert ctx.sharing.all()[Section.JOURNAL].with_leader is True


@pytest.mark.parametrize("hostile", HOSTILE_TEXTS)
def test_hostile_text_is_stored_exactly(ctx, cycle, data_paths, hostile: str) -> None:
    goal = ctx.goals.add(cycle.id, hostile)
    goal.description = hostile
    ctx.goals.save(goal)
    entry = ctx.journal.add(date.today(), hostile)
    entry.reflection = hostile
    ctx.journal.save(entry)
    profile = ctx.profile.get()
    profile.function = hostile
    ctx.profile.save(profile)
    ctx = reopen(ctx, data_paths)
    assert ctx.goals.get(goal.id).title == hostile
    assert ctx.goals.get(goal.id).description == hostile
    assert ctx.journal.get(entry.id).reflection == hostile
    assert ctx.profile.get().function == hostile
    assert ctx.db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'goals'") == 1
    ctx.close()


def test_control_characters_are_removed(ctx, cycle) -> None:
    goal = ctx.goals.add(cycle.id, CONTROL_TEXT)
    assert ctx.goals.get(goal.id).title == CONTROL_TEXT_CLEANED
