"""Readable names for the plan's fixed choices (statuses, kinds), in the current language."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from pop.domain.cycle import CycleStatus, LearningLevel
from pop.domain.goals import ActivityStatus, GoalKind, GoalStatus
from pop.i18n import N_, _

GOAL_KIND = {
    GoalKind.LEARNING: N_("Learning goal"),
    GoalKind.PERFORMANCE: N_("Result goal"),
}
GOAL_STATUS = {
    GoalStatus.OPEN: N_("Not started"),
    GoalStatus.IN_PROGRESS: N_("Working on it"),
    GoalStatus.ACHIEVED: N_("Reached"),
    GoalStatus.STOPPED: N_("Stopped"),
}
ACTIVITY_STATUS = {
    ActivityStatus.PLANNED: N_("Planned"),
    ActivityStatus.IN_PROGRESS: N_("Busy"),
    ActivityStatus.DONE: N_("Done"),
    ActivityStatus.CANCELLED: N_("Cancelled"),
}
CYCLE_STATUS = {
    CycleStatus.CONCEPT: N_("Draft"),
    CycleStatus.DISCUSSED: N_("Discussed"),
    CycleStatus.AGREED: N_("Agreed and signed"),
    CycleStatus.EVALUATED: N_("Evaluated"),
}
LEARNING_LEVEL = {
    LearningLevel.NONE: N_("Not chosen"),
    LearningLevel.SINGLE: N_("Single loop: I do it better"),
    LearningLevel.DOUBLE: N_("Double loop: I look at it differently"),
    LearningLevel.TRIPLE: N_("Triple loop: my principles changed"),
}


K = TypeVar("K", bound=StrEnum)


def label(table: Mapping[K, str], key: K) -> str:
    """The translated name of ``key`` in one of the tables above."""
    return _(table[key])


def choices(table: Mapping[K, str]) -> list[tuple[str, str]]:
    """(name, stored value) pairs for a choice list, in order."""
    return [(_(text), key.value) for key, text in table.items()]
