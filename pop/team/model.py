"""A team member as the leader holds them: the imported plan plus the leader's own notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from pop.exchange.shared_plan import SharedPlan


@dataclass(slots=True)
class TeamMember:
    """One imported member plan (the newest version) with the leader's notes."""

    id: int
    plan: SharedPlan
    checksum: str
    imported_at: datetime | None = None
    source_file: str = ""
    notes: str = ""
    meeting_date: date | None = None

    @property
    def name(self) -> str:
        """The member's name."""
        return self.plan.member.name


@dataclass(slots=True)
class TeamAgreement:
    """An agreement the leader wrote after the conversation with a member."""

    id: int
    member_id: int
    text: str
    date: date | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class TeamAttachment:
    """An evidence document that came with a member's plan (its bytes are read apart)."""

    id: int
    member_id: int
    name: str
    size: int
    media_type: str
    goal: str = ""
    activity: str = ""


class ImportAction(StrEnum):
    """What importing one file did."""

    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """One file of an import batch."""

    source: str
    name: str
    action: ImportAction
