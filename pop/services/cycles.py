"""Start a plan, start a new cycle (carrying chosen goals forward), move a cycle's status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pop.context import AppContext
from pop.domain.assessment import KnowledgeRating
from pop.domain.cycle import Cycle, CycleStatus
from pop.domain.goals import ActivityStatus, Goal, GoalStatus
from pop.errors import InputError
from pop.i18n import _


def default_period(today: date | None = None) -> tuple[str, date, date]:
    """A one-year plan period starting this month, with a title like "2026–2027"."""
    today = today or date.today()
    start = today.replace(day=1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    return f"{start.year}\u2013{end.year}", start, end


def start_plan(ctx: AppContext, name: str, today: date | None = None) -> Cycle:
    """Give the plan its owner's name and its first cycle (if it has none yet)."""
    profile = ctx.profile.get()
    if name.strip():
        profile.name = name.strip()
        ctx.profile.save(profile)
    current = ctx.current_cycle()
    if current is not None:
        return current
    title, start, end = default_period(today)
    catalogue = ctx.catalogue
    ctx.catalogues.store(catalogue)
    return ctx.cycles.create(title, catalogue.id, catalogue.version,
                             period_start=start, period_end=end)


@dataclass(frozen=True, slots=True)
class NewCycleResult:
    """What starting a new cycle did."""

    cycle: Cycle
    carried_goals: int
    carried_activities: int


def unfinished_goals(ctx: AppContext, cycle: Cycle) -> list[Goal]:
    """Goals of ``cycle`` that could be carried into a new cycle."""
    return [g for g in ctx.goals.for_cycle(cycle.id) if not g.status.is_finished]


def start_new_cycle(
    ctx: AppContext,
    title: str,
    carry_goal_ids: list[int],
    *,
    period_start: date | None = None,
    period_end: date | None = None,
) -> NewCycleResult:
    """Start a new cycle after the current one.

    Knowledge levels start from the previous cycle's, so the owner only updates what changed.
    The goals in ``carry_goal_ids`` are copied (marked as carried) with their open activities.
    """
    previous = ctx.current_cycle()
    if previous is None:
        raise InputError(_("There is no plan yet to continue from."))
    if not title.strip():
        raise InputError(_("Give the new plan period a name, for example 2027\u20132028."))
    catalogue = ctx.catalogue
    carried_goals = carried_activities = 0
    with ctx.db.transaction():
        ctx.catalogues.store(catalogue)
        cycle = ctx.cycles.create(title, catalogue.id, catalogue.version,
                                  period_start=period_start, period_end=period_end,
                                  previous_id=previous.id)
        for rating in ctx.assessments.knowledge(previous.id).values():
            if catalogue.block(rating.block_id) is not None:
                ctx.assessments.save_knowledge(
                    cycle.id, KnowledgeRating(rating.block_id, rating.level, rating.target,
                                              rating.priority, rating.learn_from))
        activities = ctx.activities.by_goal(previous.id)
        for goal in ctx.goals.for_cycle(previous.id):
            if goal.id not in carry_goal_ids:
                continue
            copy = ctx.goals.add(cycle.id, goal.title, goal.kind, carried_from=goal.id)
            for name in ("description", "success_criteria", "due_date", "willen", "kunnen",
                         "mogen", "support_time", "support_budget", "links"):
                setattr(copy, name, getattr(goal, name))
            copy.status = GoalStatus.IN_PROGRESS if goal.status is GoalStatus.IN_PROGRESS \
                else GoalStatus.OPEN
            ctx.goals.save(copy)
            carried_goals += 1
            for activity in activities.get(goal.id, []):
                if activity.status in (ActivityStatus.DONE, ActivityStatus.CANCELLED):
                    continue
                new = ctx.activities.add(cycle.id, activity.title, copy.id, activity.type)
                activity.id, activity.cycle_id, activity.goal_id = new.id, cycle.id, copy.id
                activity.position = new.position
                ctx.activities.save(activity)
                carried_activities += 1
    return NewCycleResult(cycle, carried_goals, carried_activities)


def change_status(ctx: AppContext, cycle_id: int, status: CycleStatus) -> Cycle:
    """Move a cycle one step forward (or one step back to correct a mistake)."""
    cycle = ctx.cycles.get(cycle_id)
    if cycle is None:
        raise InputError(_("This plan period no longer exists."))
    if cycle.status == status:
        return cycle
    if not cycle.status.can_move_to(status):
        raise InputError(_("A plan moves one step at a time: concept, discussed, agreed, "
                           "evaluated."))
    ctx.cycles.set_status(cycle_id, status)
    cycle.status = status
    return cycle
