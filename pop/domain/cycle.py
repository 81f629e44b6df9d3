"""Plan cycles, their status, evaluations, agreements and signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class CycleStatus(StrEnum):
    """A plan moves forward: concept, discussed, agreed (signed), evaluated."""

    CONCEPT = "concept"
    DISCUSSED = "discussed"
    AGREED = "agreed"
    EVALUATED = "evaluated"

    @property
    def order(self) -> int:
        """Position in the cycle, from 0."""
        return list(CycleStatus).index(self)

    def can_move_to(self, other: CycleStatus) -> bool:
        """One step forward, or one step back to correct a mistake."""
        return abs(other.order - self.order) == 1


@dataclass(slots=True)
class Cycle:
    """One plan period, e.g. 2026–2027."""

    id: int
    title: str
    period_start: date | None = None
    period_end: date | None = None
    status: CycleStatus = CycleStatus.CONCEPT
    conversation_date: date | None = None
    midterm_date: date | None = None
    end_date: date | None = None
    context: str = ""
    ambition: str = ""
    team_contribution: str = ""
    catalogue_id: str = ""
    catalogue_version: str = ""
    previous_id: int | None = None
    created_at: datetime | None = None


class EvaluationKind(StrEnum):
    """Mid-term or end evaluation."""

    MIDTERM = "midterm"
    END = "end"


class LearningLevel(StrEnum):
    """Single, double or triple loop: what changed through the learning."""

    NONE = ""
    SINGLE = "single"
    DOUBLE = "double"
    TRIPLE = "triple"


@dataclass(slots=True)
class Evaluation:
    """The mid-term or end evaluation of a cycle."""

    cycle_id: int
    kind: EvaluationKind
    date: date | None = None
    text: str = ""
    learning_level: LearningLevel = LearningLevel.NONE
    next_steps: str = ""


class AgreementSource(StrEnum):
    """Who wrote the agreement."""

    OWN = "own"
    LEADER = "leader"


@dataclass(slots=True)
class Agreement:
    """Something agreed in the development conversation."""

    id: int
    cycle_id: int
    text: str
    date: date | None = None
    source: AgreementSource = AgreementSource.OWN
    author: str = ""
    position: int = 0


class SignatureRole(StrEnum):
    """Who signs."""

    EMPLOYEE = "employee"
    LEADER = "leader"


class Verdict(StrEnum):
    """A signature means agreement, or only "seen"."""

    AGREED = "akkoord"
    SEEN = "voor_gezien"


@dataclass(slots=True)
class Signature:
    """A recorded signature with the content fingerprint it covered."""

    cycle_id: int
    role: SignatureRole
    name: str
    date: date | None
    verdict: Verdict = Verdict.AGREED
    fingerprint: str = ""
