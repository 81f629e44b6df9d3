"""The reflection journal: entries along Kolb's cycle and successes of the week."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(slots=True)
class JournalEntry:
    """One journal entry; private unless the owner shares it."""

    id: int
    date: date
    title: str = ""
    experience: str = ""
    reflection: str = ""
    insight: str = ""
    next_step: str = ""
    success: str = ""
    my_part: str = ""
    tags: list[str] = field(default_factory=list)
    goal_id: int | None = None
    private: bool = True
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_success(self) -> bool:
        """True when the entry records a success of the week."""
        return bool(self.success.strip())


def normalise_tags(raw: str | list[str]) -> list[str]:
    """Tags from user input: split on commas or ``#``, trimmed, lower case, unique, in order."""
    parts = raw if isinstance(raw, list) else raw.replace("#", ",").split(",")
    seen: list[str] = []
    for part in parts:
        tag = " ".join(part.strip().lstrip("#").lower().split())
        if tag and tag not in seen:
            seen.append(tag[:40])
    return seen
