"""The owner's sharing choices per section."""

from __future__ import annotations

from pop.domain.sharing import DEFAULT_SHARING, Section, SharingChoice
from pop.storage.db import Database


class SharingRepository:
    """Read and save what goes into the PDF and what goes to the team leader."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> dict[Section, SharingChoice]:
        """The choice for every section (defaults where the owner chose nothing)."""
        choices = dict(DEFAULT_SHARING)
        for row in self.db.query("SELECT * FROM sharing"):
            try:
                section = Section(row["section"])
            except ValueError:
                continue
            choices[section] = SharingChoice(
                section, bool(row["in_pdf"]),
                bool(row["with_leader"]) and section.may_leave_for_leader,
            )
        return choices

    def save(self, choice: SharingChoice) -> None:
        """Save one section's choice (the mindset scan never goes to the leader)."""
        with_leader = choice.with_leader and choice.section.may_leave_for_leader
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO sharing (section, in_pdf, with_leader) VALUES (?, ?, ?) "
                "ON CONFLICT (section) DO UPDATE SET in_pdf = excluded.in_pdf, "
                "with_leader = excluded.with_leader",
                (Section(choice.section).value, int(choice.in_pdf), int(with_leader)),
            )
