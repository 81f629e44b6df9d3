"""Plan cycles, their evaluations and signatures."""

from __future__ import annotations

import sqlite3
from datetime import date

from pop.domain.cycle import (
    Cycle,
    CycleStatus,
    Evaluation,
    EvaluationKind,
    LearningLevel,
    Signature,
    SignatureRole,
    Verdict,
)
from pop.storage.columns import iso_date, now_iso, parse_date, parse_datetime, text
from pop.storage.db import Database

_TEXT_FIELDS = ("title", "context", "ambition", "team_contribution")
_DATE_FIELDS = ("period_start", "period_end", "conversation_date", "midterm_date", "end_date")


def _cycle(row: sqlite3.Row) -> Cycle:
    return Cycle(
        id=row["id"],
        title=row["title"],
        period_start=parse_date(row["period_start"]),
        period_end=parse_date(row["period_end"]),
        status=CycleStatus(row["status"]),
        conversation_date=parse_date(row["conversation_date"]),
        midterm_date=parse_date(row["midterm_date"]),
        end_date=parse_date(row["end_date"]),
        context=row["context"],
        ambition=row["ambition"],
        team_contribution=row["team_contribution"],
        catalogue_id=row["catalogue_id"],
        catalogue_version=row["catalogue_version"],
        previous_id=row["previous_id"],
        created_at=parse_datetime(row["created_at"]),
    )


class CycleRepository:
    """Create, read and change plan cycles."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[Cycle]:
        """All cycles, oldest first."""
        return [_cycle(r) for r in self.db.query("SELECT * FROM cycles ORDER BY id")]

    def get(self, cycle_id: int) -> Cycle | None:
        """One cycle."""
        row = self.db.one("SELECT * FROM cycles WHERE id = ?", (cycle_id,))
        return _cycle(row) if row else None

    def current(self) -> Cycle | None:
        """The newest cycle (the one being worked on)."""
        row = self.db.one("SELECT * FROM cycles ORDER BY id DESC LIMIT 1")
        return _cycle(row) if row else None

    def previous(self, cycle: Cycle) -> Cycle | None:
        """The cycle before ``cycle``."""
        if cycle.previous_id is not None:
            return self.get(cycle.previous_id)
        row = self.db.one(
            "SELECT * FROM cycles WHERE id < ? ORDER BY id DESC LIMIT 1", (cycle.id,)
        )
        return _cycle(row) if row else None

    def create(
        self,
        title: str,
        catalogue_id: str,
        catalogue_version: str,
        *,
        period_start: date | None = None,
        period_end: date | None = None,
        previous_id: int | None = None,
    ) -> Cycle:
        """Start a new cycle."""
        with self.db.transaction():
            new_id = self.db.execute(
                "INSERT INTO cycles (title, period_start, period_end, catalogue_id, "
                "catalogue_version, previous_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (text(title), iso_date(period_start), iso_date(period_end), catalogue_id,
                 catalogue_version, previous_id, now_iso()),
            )
        cycle = self.get(new_id)
        assert cycle is not None
        return cycle

    def save(self, cycle: Cycle) -> None:
        """Save the editable fields (not the status: see :meth:`set_status`)."""
        values: dict[str, object] = {name: text(getattr(cycle, name)) for name in _TEXT_FIELDS}
        values.update({name: iso_date(getattr(cycle, name)) for name in _DATE_FIELDS})
        values["id"] = cycle.id
        assignments = ", ".join(f"{key} = :{key}" for key in values if key != "id")
        with self.db.transaction():
            self.db.execute(f"UPDATE cycles SET {assignments} WHERE id = :id", values)

    def set_status(self, cycle_id: int, status: CycleStatus) -> None:
        """Record the cycle's status."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE cycles SET status = ? WHERE id = ?", (CycleStatus(status).value, cycle_id)
            )

    # --- evaluations -------------------------------------------------------------------

    def evaluation(self, cycle_id: int, kind: EvaluationKind) -> Evaluation:
        """The mid-term or end evaluation (empty if not written yet)."""
        row = self.db.one(
            "SELECT * FROM evaluations WHERE cycle_id = ? AND kind = ?",
            (cycle_id, EvaluationKind(kind).value),
        )
        if row is None:
            return Evaluation(cycle_id, EvaluationKind(kind))
        return Evaluation(
            cycle_id, EvaluationKind(row["kind"]), parse_date(row["date"]), row["text"],
            LearningLevel(row["learning_level"]), row["next_steps"],
        )

    def save_evaluation(self, evaluation: Evaluation) -> None:
        """Save an evaluation."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO evaluations (cycle_id, kind, date, text, learning_level, next_steps) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (cycle_id, kind) DO UPDATE SET "
                "date = excluded.date, text = excluded.text, "
                "learning_level = excluded.learning_level, next_steps = excluded.next_steps",
                (evaluation.cycle_id, EvaluationKind(evaluation.kind).value,
                 iso_date(evaluation.date), text(evaluation.text),
                 LearningLevel(evaluation.learning_level).value, text(evaluation.next_steps)),
            )

    # --- signatures --------------------------------------------------------------------

    def signatures(self, cycle_id: int) -> list[Signature]:
        """Recorded signatures of a cycle (employee first)."""
        rows = self.db.query(
            "SELECT * FROM signatures WHERE cycle_id = ? ORDER BY role = 'leader', role",
            (cycle_id,),
        )
        return [
            Signature(r["cycle_id"], SignatureRole(r["role"]), r["name"], parse_date(r["date"]),
                      Verdict(r["verdict"]), r["fingerprint"])
            for r in rows
        ]

    def save_signature(self, signature: Signature) -> None:
        """Record (or replace) a signature."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO signatures (cycle_id, role, name, date, verdict, fingerprint, "
                "signed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cycle_id, role) DO UPDATE "
                "SET name = excluded.name, date = excluded.date, verdict = excluded.verdict, "
                "fingerprint = excluded.fingerprint, signed_at = excluded.signed_at",
                (signature.cycle_id, SignatureRole(signature.role).value, text(signature.name),
                 iso_date(signature.date), Verdict(signature.verdict).value,
                 signature.fingerprint, now_iso()),
            )
