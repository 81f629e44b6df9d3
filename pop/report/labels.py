"""Readable names for the plan's fixed choices and the PDF's section titles (English ids,
translated with ``_()`` where printed)."""

from __future__ import annotations

from pop.domain.cycle import CycleStatus, LearningLevel, SignatureRole, Verdict
from pop.domain.goals import ActivityStatus, GoalKind, GoalStatus
from pop.domain.sharing import Section
from pop.i18n import N_

SECTION_TITLES: dict[Section, str] = {
    Section.CONTEXT: N_("Context and ambition"),
    Section.KNOWLEDGE: N_("Self-image: T-profile"),
    Section.MIRROR: N_("Mirror: 360° feedback"),
    Section.MINDSET: N_("Growth mindset"),
    Section.PREFERENCES: N_("Learning preferences"),
    Section.GOALS: N_("Development goals and activities"),
    Section.TEAM_CONTRIBUTION: N_("What I offer the team"),
    Section.EVALUATION: N_("Evaluation"),
    Section.AGREEMENTS: N_("Agreements"),
    Section.JOURNAL: N_("Journal"),
}
SIGNING_TITLE = N_("Signatures")

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
    LearningLevel.NONE: "",
    LearningLevel.SINGLE: N_("Single loop: I do it better"),
    LearningLevel.DOUBLE: N_("Double loop: I look at it differently"),
    LearningLevel.TRIPLE: N_("Triple loop: my principles changed"),
}
VERDICT = {
    Verdict.AGREED: N_("Agreed"),
    Verdict.SEEN: N_("Seen"),
}
ROLE = {
    SignatureRole.EMPLOYEE: N_("Employee"),
    SignatureRole.LEADER: N_("Team leader"),
}
