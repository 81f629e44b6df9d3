"""A gentle SMART check for a goal: points out what would make it easier to work on.

It never blocks anything. Each hint names the SMART letter it is about (or the conditions
for change, or the transfer plan after a formal training) and says, in plain words, what
could be added.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pop.domain.goals import Activity, ActivityStatus, ActivityType, Goal
from pop.i18n import N_, _

MIN_TITLE_WORDS = 3


class HintKind(StrEnum):
    """What a hint is about."""

    NO_TITLE = "no_title"
    TOO_SHORT = "too_short"
    NO_CRITERIA = "no_criteria"
    NO_ACTIVITY = "no_activity"
    NO_LINK = "no_link"
    NO_DATE = "no_date"
    DATE_PASSED = "date_passed"
    CONDITIONS = "conditions"
    TRANSFER_PLAN = "transfer_plan"


_LETTER = {
    HintKind.NO_TITLE: "S", HintKind.TOO_SHORT: "S", HintKind.NO_CRITERIA: "M",
    HintKind.NO_ACTIVITY: "A", HintKind.NO_LINK: "R", HintKind.NO_DATE: "T",
    HintKind.DATE_PASSED: "T", HintKind.CONDITIONS: "", HintKind.TRANSFER_PLAN: "",
}

_MESSAGES = {
    HintKind.NO_TITLE: N_("Give the goal a short name that says what you want to reach."),
    HintKind.TOO_SHORT: N_(
        "Make the goal specific: what will you do differently, and in which situations?"),
    HintKind.NO_CRITERIA: N_(
        "How will you see that you reached it? Write down what you or others will notice."),
    HintKind.NO_ACTIVITY: N_("Which learning activity helps you reach this goal?"),
    HintKind.NO_LINK: N_(
        "Which knowledge building block or competency does this goal work on?"),
    HintKind.NO_DATE: N_("By when do you want to have reached it? Choose a date."),
    HintKind.DATE_PASSED: N_(
        "The date has passed. Is the goal reached, or do you choose a new date?"),
    HintKind.CONDITIONS: N_(
        "Fill in the three conditions: do you want it, can you do it, and may you do it "
        "(time, budget, support)?"),
    HintKind.TRANSFER_PLAN: N_(
        "After the training \u201c{activity}\u201d: how will you apply what you learned in "
        "your work?"),
}


@dataclass(frozen=True, slots=True)
class SmartHint:
    """One suggestion for a goal."""

    kind: HintKind
    activity_id: int | None = None
    activity_title: str = ""

    @property
    def letter(self) -> str:
        """The SMART letter (S, M, A, R or T), or "" for the other checks."""
        return _LETTER[self.kind]

    @property
    def message(self) -> str:
        """The suggestion in the current language."""
        return _(_MESSAGES[self.kind]).format(activity=self.activity_title)


def smart_check(goal: Goal, activities: Iterable[Activity],
                today: date | None = None) -> list[SmartHint]:
    """Suggestions for ``goal`` with its ``activities`` (empty when nothing is missing)."""
    today = today or date.today()
    activities = [a for a in activities if a.status is not ActivityStatus.CANCELLED]
    hints: list[SmartHint] = []
    title = goal.title.strip()
    if not title:
        hints.append(SmartHint(HintKind.NO_TITLE))
    elif len(title.split()) < MIN_TITLE_WORDS and not goal.description.strip():
        hints.append(SmartHint(HintKind.TOO_SHORT))
    if not goal.success_criteria.strip():
        hints.append(SmartHint(HintKind.NO_CRITERIA))
    if not activities:
        hints.append(SmartHint(HintKind.NO_ACTIVITY))
    if not goal.links:
        hints.append(SmartHint(HintKind.NO_LINK))
    if goal.due_date is None:
        hints.append(SmartHint(HintKind.NO_DATE))
    elif goal.due_date < today and not goal.status.is_finished:
        hints.append(SmartHint(HintKind.DATE_PASSED))
    if not (goal.willen.strip() and goal.kunnen.strip() and goal.mogen.strip()):
        hints.append(SmartHint(HintKind.CONDITIONS))
    for activity in activities:
        if (activity.type is ActivityType.FORMAL and activity.status is ActivityStatus.DONE
                and not activity.transfer_plan.strip()):
            hints.append(SmartHint(HintKind.TRANSFER_PLAN, activity.id, activity.title))
    return hints


def asks_transfer_plan(activity: Activity) -> bool:
    """A formal training that is done (or under way) asks how it will be applied at work."""
    return activity.type is ActivityType.FORMAL and activity.status in (
        ActivityStatus.DONE, ActivityStatus.IN_PROGRESS)
