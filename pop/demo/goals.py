"""Example goals with activities, progress notes and evidence, for both cycles."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pop.context import AppContext
from pop.demo.certificate import certificate_pdf
from pop.demo.content import demo_content
from pop.demo.person import DemoPerson
from pop.domain.goals import (
    ActivityStatus,
    ActivityType,
    Goal,
    GoalKind,
    GoalLink,
    GoalStatus,
    LinkKind,
    RegisterCategory,
)


def choose_goals(person: DemoPerson, levels: dict[str, int], count: int,
                 exclude: set[str]) -> list[dict[str, Any]]:
    """A deepening goal, a broadening goal and a generic one, if the pools allow."""
    rng = person.rng
    pool = [g for g in demo_content()["goals"] if g["id"] not in exclude]
    main = person.specialism["main_block"]
    deepen = [g for g in pool if main in g["for_blocks"]
              and g.get("perspective", "any") in ("deepen", "any")]
    broaden = [g for g in pool if main not in g["for_blocks"]
               and g.get("perspective", "any") in ("broaden", "any")
               and any(b.startswith("LG") and levels.get(b, 0) <= 2 for b in g["for_blocks"])]
    generic = [g for g in pool if all(b.startswith("GC") for b in g["for_blocks"])]
    chosen: list[dict[str, Any]] = []
    fitting = [g for g in pool if (main in g["for_blocks"]) == (
        g.get("perspective", "any") != "broaden")]
    for candidates in (deepen, broaden, generic, fitting):
        options = [g for g in candidates if g not in chosen]
        if options and len(chosen) < count:
            chosen.append(rng.choice(options))
    while len(chosen) < count:
        chosen.append(rng.choice([g for g in pool if g not in chosen]))
    return chosen


def _goal_status(due: date, today: date, finished_cycle: bool, rng_value: float) -> GoalStatus:
    if finished_cycle:
        return GoalStatus.ACHIEVED if rng_value < 0.75 else GoalStatus.IN_PROGRESS
    return GoalStatus.IN_PROGRESS if due > today or rng_value < 0.7 else GoalStatus.ACHIEVED


def add_goal(ctx: AppContext, person: DemoPerson, cycle_id: int, data: dict[str, Any],
             start: date, end: date, *, finished_cycle: bool) -> Goal:
    """One goal with its activities and notes."""
    rng = person.rng
    goal = ctx.goals.add(cycle_id, person.fill(data["title"]), GoalKind(data["kind"]))
    for name in ("description", "success_criteria", "willen", "kunnen", "mogen",
                 "support_time", "support_budget"):
        setattr(goal, name, person.fill(data.get(name, "")))
    goal.due_date = end - timedelta(days=rng.choice([0, 30, 61, 92]))
    goal.status = _goal_status(goal.due_date, person.today, finished_cycle, rng.random())
    goal.links = [GoalLink(LinkKind.BLOCK, b) for b in data["for_blocks"]] + [
        GoalLink(LinkKind.COMPETENCY, c) for c in data.get("competencies", [])]
    if finished_cycle or goal.status is GoalStatus.ACHIEVED:
        goal.evaluation = person.fill(data.get("evaluation", ""))
    ctx.goals.save(goal)
    horizon = min(end, person.today)
    for note in data.get("progress_notes", [])[: rng.randint(1, 3)]:
        ctx.goals.add_note(goal.id, person.fill(note), person.day_between(start, horizon))
    for activity_data in data["activities"]:
        _add_activity(ctx, person, cycle_id, goal.id, activity_data, start, end)
    return goal


def _add_activity(ctx: AppContext, person: DemoPerson, cycle_id: int, goal_id: int,
                  data: dict[str, Any], start: date, end: date) -> None:
    rng = person.rng
    activity = ctx.activities.add(cycle_id, person.fill(data["title"]), goal_id,
                                  ActivityType(data["type"]))
    activity.form_id = data["form"]
    activity.register_category = RegisterCategory(data["register"])
    activity.date = person.day_between(start, end - timedelta(days=20))
    activity.hours = float(data["hours"])
    activity.cost_cents = int(round(float(data["cost"]) * 100))
    activity.budget_source = data.get("budget_source", "")
    past = activity.date <= person.today
    activity.status = ActivityStatus.DONE if past else (
        ActivityStatus.IN_PROGRESS if rng.random() < 0.3 else ActivityStatus.PLANNED)
    if activity.type is ActivityType.FORMAL:
        activity.transfer_plan = person.fill(data.get("transfer_plan", ""))
        if activity.register_category is RegisterCategory.ACCREDITED:
            activity.accreditation_id = f"PE-{rng.randint(300000, 499999)}"
    if past:
        activity.reflection_after = person.fill(data.get("reflection_after", ""))
    ctx.activities.save(activity)
    if past and activity.type is ActivityType.FORMAL:
        ctx.evidence.attach_bytes(
            activity.id, f"bewijs-van-deelname-{activity.id}.pdf",
            certificate_pdf(activity.title, person.name, activity.date.strftime("%d-%m-%Y")),
            note="Bewijs van deelname")


def add_loose_reflection_hours(ctx: AppContext, person: DemoPerson, cycle_id: int,
                               start: date) -> None:
    """Intervisie sessions not tied to one goal (they count for the register)."""
    day = start + timedelta(days=14)
    number = 1
    while day < person.today:
        activity = ctx.activities.add(cycle_id, f"Intervisie teambijeenkomst {number}", None,
                                      ActivityType.SOCIAL)
        activity.form_id = "intervisie"
        activity.register_category = RegisterCategory.REFLECTION
        activity.date, activity.hours, activity.status = day, 2.0, ActivityStatus.DONE
        ctx.activities.save(activity)
        day += timedelta(days=42)
        number += 1
