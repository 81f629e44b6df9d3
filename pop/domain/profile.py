"""The professional: who they are, their T-shape and their register."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class ProfessionalType(StrEnum):
    """How the professional describes their shape."""

    T_SHAPED = "t_shaped"
    GENERALIST = "generalist"
    SPECIALIST = "specialist"


@dataclass(slots=True)
class Profile:
    """Profile and T-shape of the plan's owner (one per database)."""

    plan_uid: str
    name: str = ""
    function: str = ""
    team: str = ""
    employer: str = ""
    parent_organisation: str = ""
    team_leader: str = ""
    professional_type: ProfessionalType = ProfessionalType.T_SHAPED
    specialism: str = ""
    specialism_blocks: list[str] = field(default_factory=list)
    register: str = ""
    register_number: str = ""
    register_start: date | None = None
    register_end: date | None = None
    register_targets: dict[str, float] = field(default_factory=dict)
    language: str = "nl"

    @property
    def first_name(self) -> str:
        """The name used in feedback forms ("Sanne")."""
        parts = self.name.split()
        return parts[0] if parts else ""

    @property
    def is_started(self) -> bool:
        """True once the owner has given at least a name."""
        return bool(self.name.strip())
