"""Readable names for the plan's fixed choices (statuses, kinds): English ids marked with
``N_()``, translated with ``_()`` where shown — on screen and in the PDF alike."""

from __future__ import annotations

from pop.domain.assessment import Priority
from pop.domain.cycle import CycleStatus, LearningLevel
from pop.domain.goals import ActivityStatus, GoalKind, GoalStatus
from pop.i18n import N_

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
PRIORITY = {
    Priority.NONE: N_("No priority"),
    Priority.LOW: N_("Low"),
    Priority.MEDIUM: N_("Medium"),
    Priority.HIGH: N_("High"),
}
