"""Goals, their learning activities and progress notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class GoalKind(StrEnum):
    """A learning goal (what I want to learn) or a performance goal (what I want to reach)."""

    LEARNING = "learning"
    PERFORMANCE = "performance"


class GoalStatus(StrEnum):
    """Where a goal stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    STOPPED = "stopped"

    @property
    def is_finished(self) -> bool:
        """Achieved or stopped: not carried into a new cycle by default."""
        return self in (GoalStatus.ACHIEVED, GoalStatus.STOPPED)


class LinkKind(StrEnum):
    """What a goal answers."""

    BLOCK = "block"
    COMPETENCY = "competency"
    FINDING = "finding"


@dataclass(frozen=True, slots=True)
class GoalLink:
    """A link from a goal to a knowledge block, a competency or a mirror finding."""

    kind: LinkKind
    ref: str


@dataclass(slots=True)
class Goal:
    """A development goal with the three conditions for change (willen, kunnen, mogen)."""

    id: int
    cycle_id: int
    title: str
    kind: GoalKind = GoalKind.LEARNING
    description: str = ""
    success_criteria: str = ""
    due_date: date | None = None
    willen: str = ""
    kunnen: str = ""
    mogen: str = ""
    support_time: str = ""
    support_budget: str = ""
    status: GoalStatus = GoalStatus.OPEN
    evaluation: str = ""
    position: int = 0
    carried_from: int | None = None
    links: list[GoalLink] = field(default_factory=list)


@dataclass(slots=True)
class ProgressNote:
    """A dated note on how a goal is going."""

    id: int
    goal_id: int
    text: str
    date: date | None = None


class ActivityType(StrEnum):
    """Where the learning happens (70-20-10)."""

    PRACTICE = "70"
    SOCIAL = "20"
    FORMAL = "10"


class RegisterCategory(StrEnum):
    """How an activity counts for the professional register."""

    ACCREDITED = "accredited"
    REFLECTION = "reflection"
    OTHER = "other"
    NONE = "none"


class ActivityStatus(StrEnum):
    """Planned, busy, done or cancelled."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(slots=True)
class Activity:
    """A learning activity, usually for one goal."""

    id: int
    cycle_id: int
    title: str
    goal_id: int | None = None
    form_id: str = ""
    type: ActivityType = ActivityType.PRACTICE
    register_category: RegisterCategory = RegisterCategory.NONE
    date: date | None = None
    hours: float = 0.0
    cost_cents: int = 0
    budget_source: str = ""
    status: ActivityStatus = ActivityStatus.PLANNED
    accreditation_id: str = ""
    transfer_plan: str = ""
    reflection_after: str = ""
    position: int = 0

    @property
    def needs_transfer_plan(self) -> bool:
        """A formal training asks how the learning will be applied at work."""
        return self.type is ActivityType.FORMAL and not self.transfer_plan.strip()
