"""Create the example plan: a T-shaped professional with every section filled in believable
detail, a previous cycle, about thirty journal entries.

Each seed gives a different person (name, team, specialism, levels, goals), so many demo
plans together make a realistic team. Dates are placed around ``today`` so the example
always looks current.
"""

from __future__ import annotations

from datetime import date, timedelta

from pop.context import AppContext
from pop.demo import assessments, feedback, goals, journal
from pop.demo.content import demo_content
from pop.demo.person import TARGETS, DemoPerson, choose_person
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
from pop.domain.profile import ProfessionalType
from pop.errors import InputError
from pop.i18n import _


def create_demo(ctx: AppContext, seed: int = 1, today: date | None = None) -> str:
    """Fill the (empty) workspace with the example plan of ``seed``; returns the person's name."""
    if ctx.cycles.all() or ctx.profile.get().is_started:
        raise InputError(_("This data folder already holds a plan; the example needs an "
                           "empty one."))
    person = choose_person(seed, today or date.today())
    catalogue = ctx.catalogue
    with ctx.db.transaction():
        ctx.catalogues.store(catalogue)
        _profile(ctx, person)
        previous = ctx.cycles.create(
            f"{person.previous_start.year}\u2013{person.previous_start.year + 1}",
            catalogue.id, catalogue.version, period_start=person.previous_start,
            period_end=person.current_start - timedelta(days=1))
        current = ctx.cycles.create(
            f"{person.current_start.year}\u2013{person.current_end.year}",
            catalogue.id, catalogue.version, period_start=person.current_start,
            period_end=person.current_end, previous_id=previous.id)
        levels = assessments.add_knowledge(ctx, person, catalogue, current.id, previous.id)
        assessments.add_mindset(ctx, person, catalogue, current.id, previous.id)
        assessments.add_preferences(ctx, person, catalogue, current.id, previous.id)
        assessments.add_competency_ratings(ctx, person, catalogue, current.id)
        feedback.add_feedback(ctx, person, catalogue, current.id)
        current_goals = _goals(ctx, person, levels, previous.id, current.id)
        journal.add_journal(ctx, person, current_goals)
        _cycle_texts(ctx, person, previous.id, current.id)
        _agreements_and_signatures(ctx, person, previous.id, current.id)
    return person.name


def _profile(ctx: AppContext, person: DemoPerson) -> None:
    spec = person.specialism
    profile = ctx.profile.get()
    profile.name = person.name
    profile.function = spec["function"]
    profile.team = person.team
    profile.employer = person.employer
    profile.parent_organisation = person.parent_organisation
    profile.team_leader = person.leader
    profile.professional_type = ProfessionalType(spec.get("professional_type", "t_shaped"))
    profile.specialism = spec["label"]
    profile.specialism_blocks = [spec["main_block"]]
    profile.register = spec.get("register", "registerplein")
    prefix = "SKJ" if profile.register == "skj" else "RSW"
    profile.register_number = f"{prefix}-{person.rng.randint(1000000, 9999999)}"
    profile.register_start = date(person.today.year - person.rng.randint(1, 3), 1, 1)
    profile.register_end = date(profile.register_start.year + 5, 12, 31)
    profile.register_targets = dict(TARGETS.get(profile.register, TARGETS["registerplein"]))
    profile.language = "nl"
    ctx.profile.save(profile)


def _goals(ctx: AppContext, person: DemoPerson, levels: dict[str, int], previous_id: int,
           current_id: int) -> list:  # type: ignore[type-arg]
    old = goals.choose_goals(person, levels, 3, exclude=set())
    previous_end = person.current_start - timedelta(days=1)
    old_goals = [goals.add_goal(ctx, person, previous_id, data, person.previous_start,
                                previous_end, finished_cycle=True) for data in old]
    new = goals.choose_goals(person, levels, 3, exclude={g["id"] for g in old})
    current = [goals.add_goal(ctx, person, current_id, data, person.current_start,
                              person.current_end, finished_cycle=False) for data in new]
    carried = next((g for g in old_goals if not g.status.is_finished), None)
    if carried is not None:
        copy = ctx.goals.add(current_id, carried.title, carried.kind, carried_from=carried.id)
        for name in ("description", "success_criteria", "willen", "kunnen", "mogen",
                     "support_time", "support_budget", "links"):
            setattr(copy, name, getattr(carried, name))
        copy.due_date = person.current_end - timedelta(days=120)
        copy.status = carried.status
        ctx.goals.save(copy)
        current.append(copy)
    goals.add_loose_reflection_hours(ctx, person, previous_id, person.previous_start)
    goals.add_loose_reflection_hours(ctx, person, current_id, person.current_start)
    return current


def _cycle_texts(ctx: AppContext, person: DemoPerson, previous_id: int, current_id: int) -> None:
    content, spec, rng = demo_content(), person.specialism, person.rng
    for cycle_id, conversation in ((previous_id, person.previous_start + timedelta(days=20)),
                                   (current_id, person.current_start + timedelta(days=20))):
        cycle = ctx.cycles.get(cycle_id)
        assert cycle is not None
        cycle.context, cycle.ambition = person.fill(spec["context"]), person.fill(spec["ambition"])
        cycle.team_contribution = person.fill(spec["team_offer"])
        cycle.conversation_date = conversation
        cycle.midterm_date = conversation + timedelta(days=182)
        cycle.end_date = conversation + timedelta(days=350)
        ctx.cycles.save(cycle)
    midterms, ends = content["midterm_evaluations"], content["end_evaluations"]
    ctx.cycles.save_evaluation(Evaluation(
        previous_id, EvaluationKind.MIDTERM, person.previous_start + timedelta(days=190),
        person.fill(rng.choice(midterms))))
    ctx.cycles.save_evaluation(Evaluation(
        previous_id, EvaluationKind.END, person.current_start - timedelta(days=10),
        person.fill(rng.choice(ends)), rng.choice([LearningLevel.SINGLE, LearningLevel.DOUBLE]),
        "Doorgaan met wat werkt en het meegenomen doel afronden."))
    midpoint = person.current_start + timedelta(days=182)
    if person.today >= midpoint:
        ctx.cycles.save_evaluation(Evaluation(current_id, EvaluationKind.MIDTERM, midpoint,
                                              person.fill(rng.choice(midterms))))
    ctx.cycles.set_status(previous_id, CycleStatus.DISCUSSED)
    ctx.cycles.set_status(previous_id, CycleStatus.AGREED)
    ctx.cycles.set_status(previous_id, CycleStatus.EVALUATED)
    ctx.cycles.set_status(current_id, CycleStatus.DISCUSSED)


def _agreements_and_signatures(ctx: AppContext, person: DemoPerson, previous_id: int,
                               current_id: int) -> None:
    pool = demo_content()["agreements"]
    rng = person.rng
    for cycle_id, count, start in ((previous_id, 2, person.previous_start),
                                   (current_id, 3, person.current_start)):
        for text in rng.sample(pool, k=count):
            ctx.agreements.add(cycle_id, person.fill(text), on=start + timedelta(days=20),
                               source=AgreementSource.OWN)
    signed_on = person.previous_start + timedelta(days=24)
    ctx.cycles.save_signature(Signature(previous_id, SignatureRole.EMPLOYEE, person.name,
                                        signed_on, Verdict.AGREED))
    ctx.cycles.save_signature(Signature(previous_id, SignatureRole.LEADER, person.leader,
                                        signed_on, Verdict.AGREED))
