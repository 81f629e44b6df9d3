"""Self-assessments: knowledge levels, mindset scan, reflections, learning preferences and
competency self-ratings."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

LEVEL_MIN, LEVEL_MAX = 0, 4
MINDSET_MIN, MINDSET_MAX = 1, 6
PREFERENCE_MIN, PREFERENCE_MAX = 1, 5
COMPETENCY_MIN, COMPETENCY_MAX = 1, 5


class Priority(IntEnum):
    """How important it is to grow on a block this period."""

    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(slots=True)
class KnowledgeRating:
    """Self-assessment on one knowledge building block."""

    block_id: str
    level: int | None = None
    target: int | None = None
    priority: Priority = Priority.NONE
    learn_from: str = ""

    @property
    def gap(self) -> int:
        """How many levels the target lies above the current level (0 if none)."""
        if self.level is None or self.target is None:
            return 0
        return max(0, self.target - self.level)


@dataclass(slots=True)
class MindsetAnswer:
    """One answer of the mindset scan (1..6, as the owner ticked it)."""

    item_id: str
    score: int


@dataclass(slots=True)
class Reflection:
    """A written answer to a reflection prompt."""

    prompt_id: str
    text: str = ""
    include_in_pdf: bool = False


@dataclass(slots=True)
class PreferenceScore:
    """How well a learning preference fits (1..5)."""

    preference_id: str
    score: int


@dataclass(slots=True)
class CompetencySelfRating:
    """Self-rating of one behaviour statement: 1..5, or ``None`` for "can't judge"."""

    statement_id: str
    score: int | None


def check_range(value: int | None, low: int, high: int, *, allow_none: bool = True) -> bool:
    """True when ``value`` lies in ``low..high`` (or is ``None`` and that is allowed)."""
    if value is None:
        return allow_none
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
