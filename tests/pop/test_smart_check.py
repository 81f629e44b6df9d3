"""The SMART check points out what a goal misses, and nothing when it is complete."""

from __future__ import annotations

from datetime import date

from pop.domain.goals import (
    Activity,
    ActivityStatus,
    ActivityType,
    Goal,
    GoalLink,
    GoalStatus,
    LinkKind,
)
from pop.scoring.smart_check import HintKind, asks_transfer_plan, smart_check

TODAY = date(2026, 5, 1)


def complete_goal() -> Goal:
    return Goal(
        id=1, cycle_id=1, title="Zelf een schuldenpakket kunnen uitzoeken",
        success_criteria="Ik help drie inwoners zonder hulp van de specialist",
        due_date=date(2026, 12, 1), willen="ja", kunnen="met scholing", mogen="4 uur per week",
        links=[GoalLink(LinkKind.BLOCK, "LG3")],
    )


def activity(**changes: object) -> Activity:
    base = Activity(id=7, cycle_id=1, title="Training schulden", goal_id=1)
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def kinds(goal: Goal, activities: list[Activity]) -> list[HintKind]:
    return [h.kind for h in smart_check(goal, activities, TODAY)]


def test_complete_goal_has_no_hints() -> None:
    assert kinds(complete_goal(), [activity()]) == []


def test_goal_without_date_and_criteria_is_pointed_out() -> None:
    goal = complete_goal()
    goal.due_date = None
    goal.success_criteria = "  "
    hints = smart_check(goal, [activity()], TODAY)
    assert [h.kind for h in hints] == [HintKind.NO_CRITERIA, HintKind.NO_DATE]
    assert [h.letter for h in hints] == ["M", "T"]
    assert all(h.message for h in hints)


def test_missing_activity_link_conditions_and_short_title() -> None:
    goal = complete_goal()
    goal.title = "Schulden"
    goal.links = []
    goal.mogen = ""
    assert kinds(goal, []) == [HintKind.TOO_SHORT, HintKind.NO_ACTIVITY, HintKind.NO_LINK,
                               HintKind.CONDITIONS]


def test_short_title_with_description_is_fine_and_empty_title_is_not() -> None:
    goal = complete_goal()
    goal.title = "Schulden"
    goal.description = "Zelf een pakket uitzoeken"
    assert kinds(goal, [activity()]) == []
    goal.title = ""
    assert kinds(goal, [activity()]) == [HintKind.NO_TITLE]


def test_passed_date_only_for_unfinished_goals() -> None:
    goal = complete_goal()
    goal.due_date = date(2026, 1, 1)
    assert kinds(goal, [activity()]) == [HintKind.DATE_PASSED]
    goal.status = GoalStatus.ACHIEVED
    assert kinds(goal, [activity()]) == []


def test_cancelled_activities_do_not_count() -> None:
    assert kinds(complete_goal(), [activity(status=ActivityStatus.CANCELLED)]) == [
        HintKind.NO_ACTIVITY]


def test_transfer_plan_asked_after_a_finished_formal_training() -> None:
    done = activity(type=ActivityType.FORMAL, status=ActivityStatus.DONE)
    hints = smart_check(complete_goal(), [done], TODAY)
    assert [h.kind for h in hints] == [HintKind.TRANSFER_PLAN]
    assert hints[0].activity_id == 7
    assert "Training schulden" in hints[0].message
    done.transfer_plan = "Ik gebruik de checklist bij elk huisbezoek"
    assert kinds(complete_goal(), [done]) == []
    planned = activity(type=ActivityType.FORMAL, status=ActivityStatus.PLANNED)
    assert kinds(complete_goal(), [planned]) == []
    assert asks_transfer_plan(done) and not asks_transfer_plan(planned)
    assert not asks_transfer_plan(activity(status=ActivityStatus.DONE))
