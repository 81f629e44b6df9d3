"""Agreements from the development conversation."""

from __future__ import annotations

from datetime import date

from pop.domain.cycle import Agreement, AgreementSource
from pop.storage.columns import iso_date, now_iso, parse_date, text
from pop.storage.db import Database


class AgreementRepository:
    """Read, add, change and remove agreements."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def for_cycle(self, cycle_id: int) -> list[Agreement]:
        """The agreements of a cycle, in order."""
        rows = self.db.query(
            "SELECT * FROM agreements WHERE cycle_id = ? ORDER BY position, id", (cycle_id,)
        )
        return [
            Agreement(r["id"], r["cycle_id"], r["text"], parse_date(r["date"]),
                      AgreementSource(r["source"]), r["author"], r["position"])
            for r in rows
        ]

    def add(
        self,
        cycle_id: int,
        agreement_text: str,
        *,
        on: date | None = None,
        source: AgreementSource = AgreementSource.OWN,
        author: str = "",
    ) -> Agreement:
        """Add an agreement at the end of the list."""
        with self.db.transaction():
            position = int(self.db.scalar(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM agreements WHERE cycle_id = ?",
                (cycle_id,)))
            new_id = self.db.execute(
                "INSERT INTO agreements (cycle_id, date, text, source, author, position, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (cycle_id, iso_date(on), text(agreement_text), AgreementSource(source).value,
                 text(author), position, now_iso()),
            )
        return Agreement(new_id, cycle_id, text(agreement_text), on, AgreementSource(source),
                         text(author), position)

    def save(self, agreement: Agreement) -> None:
        """Save a changed agreement."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE agreements SET date = ?, text = ?, author = ? WHERE id = ?",
                (iso_date(agreement.date), text(agreement.text), text(agreement.author),
                 agreement.id),
            )

    def delete(self, agreement_id: int) -> None:
        """Remove an agreement."""
        with self.db.transaction():
            self.db.execute("DELETE FROM agreements WHERE id = ?", (agreement_id,))
