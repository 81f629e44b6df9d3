"""Look into a plan file without changing it (for commands that must not write on error)."""

from __future__ import annotations

from dataclasses import dataclass

from pop.paths import DataPaths
from pop.storage.db import Database, check_header
from pop.storage.migrations import SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """How much a plan file holds."""

    name: str
    cycles: int
    goals: int
    journal_entries: int

    @property
    def is_empty(self) -> bool:
        """True when nothing was written in the plan yet."""
        return not self.name and self.cycles == 0 and self.journal_entries == 0


def plan_summary(paths: DataPaths) -> PlanSummary | None:
    """A summary of the plan file, or ``None`` when there is none (read-only)."""
    header = check_header(paths.database, SCHEMA_VERSION)
    if not header.exists or header.size == 0 or header.user_version == 0:
        return None
    db = Database.connect_read_only(paths.database)
    try:
        name = db.scalar("SELECT name FROM profile WHERE id = 1") or ""
        return PlanSummary(
            name=str(name),
            cycles=int(db.scalar("SELECT COUNT(*) FROM cycles") or 0),
            goals=int(db.scalar("SELECT COUNT(*) FROM goals") or 0),
            journal_entries=int(db.scalar("SELECT COUNT(*) FROM journal_entries") or 0),
        )
    finally:
        db.close()
