"""Goals with their links and progress notes."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date

from pop.domain.goals import Goal, GoalKind, GoalLink, GoalStatus, LinkKind, ProgressNote
from pop.errors import InputError
from pop.i18n import _
from pop.storage.columns import iso_date, now_iso, parse_date, text
from pop.storage.db import Database

_TEXT_FIELDS = (
    "title", "description", "success_criteria", "willen", "kunnen", "mogen",
    "support_time", "support_budget", "evaluation",
)


def _goal(row: sqlite3.Row, links: list[GoalLink]) -> Goal:
    return Goal(
        id=row["id"], cycle_id=row["cycle_id"], title=row["title"],
        kind=GoalKind(row["kind"]), description=row["description"],
        success_criteria=row["success_criteria"], due_date=parse_date(row["due_date"]),
        willen=row["willen"], kunnen=row["kunnen"], mogen=row["mogen"],
        support_time=row["support_time"], support_budget=row["support_budget"],
        status=GoalStatus(row["status"]), evaluation=row["evaluation"],
        position=row["position"], carried_from=row["carried_from"], links=links,
    )


class GoalRepository:
    """Create, read, change and remove goals and their progress notes."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def for_cycle(self, cycle_id: int) -> list[Goal]:
        """The goals of a cycle, in the owner's order."""
        rows = self.db.query(
            "SELECT * FROM goals WHERE cycle_id = ? ORDER BY position, id", (cycle_id,)
        )
        links: dict[int, list[GoalLink]] = defaultdict(list)
        for link in self.db.query(
            "SELECT l.* FROM goal_links l JOIN goals g ON g.id = l.goal_id "
            "WHERE g.cycle_id = ? ORDER BY l.rowid", (cycle_id,)
        ):
            links[link["goal_id"]].append(GoalLink(LinkKind(link["kind"]), link["ref"]))
        return [_goal(r, links[r["id"]]) for r in rows]

    def get(self, goal_id: int) -> Goal | None:
        """One goal."""
        row = self.db.one("SELECT * FROM goals WHERE id = ?", (goal_id,))
        if row is None:
            return None
        links = [GoalLink(LinkKind(r["kind"]), r["ref"]) for r in self.db.query(
            "SELECT * FROM goal_links WHERE goal_id = ? ORDER BY rowid", (goal_id,))]
        return _goal(row, links)

    def add(self, cycle_id: int, title: str, kind: GoalKind = GoalKind.LEARNING,
            carried_from: int | None = None) -> Goal:
        """Add a goal at the end of the list."""
        with self.db.transaction():
            position = int(self.db.scalar(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM goals WHERE cycle_id = ?",
                (cycle_id,)))
            stamp = now_iso()
            new_id = self.db.execute(
                "INSERT INTO goals (cycle_id, kind, title, position, carried_from, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (cycle_id, GoalKind(kind).value, text(title), position, carried_from, stamp,
                 stamp),
            )
        goal = self.get(new_id)
        assert goal is not None
        return goal

    def save(self, goal: Goal) -> None:
        """Save every field of ``goal`` and its links."""
        values: dict[str, object] = {name: text(getattr(goal, name)) for name in _TEXT_FIELDS}
        values.update(
            kind=GoalKind(goal.kind).value, status=GoalStatus(goal.status).value,
            due_date=iso_date(goal.due_date), updated_at=now_iso(), id=goal.id,
        )
        assignments = ", ".join(f"{key} = :{key}" for key in values if key != "id")
        with self.db.transaction():
            if self.db.scalar("SELECT 1 FROM goals WHERE id = ?", (goal.id,)) is None:
                raise InputError(_("This goal no longer exists."))
            self.db.execute(f"UPDATE goals SET {assignments} WHERE id = :id", values)
            self.db.execute("DELETE FROM goal_links WHERE goal_id = ?", (goal.id,))
            self.db.execute_many(
                "INSERT OR IGNORE INTO goal_links (goal_id, kind, ref) VALUES (?, ?, ?)",
                [(goal.id, LinkKind(link.kind).value, link.ref) for link in goal.links],
            )

    def move(self, goal_id: int, new_position: int) -> None:
        """Put a goal at another place in its cycle's list."""
        goal = self.get(goal_id)
        if goal is None:
            return
        ids = [g.id for g in self.for_cycle(goal.cycle_id) if g.id != goal_id]
        ids.insert(max(0, min(new_position, len(ids))), goal_id)
        with self.db.transaction():
            self.db.execute_many(
                "UPDATE goals SET position = ? WHERE id = ?", list(enumerate(ids))
            )

    def delete(self, goal_id: int) -> None:
        """Remove a goal (its activities stay, without a goal)."""
        with self.db.transaction():
            self.db.execute("DELETE FROM goals WHERE id = ?", (goal_id,))

    # --- progress notes -----------------------------------------------------------------

    def notes(self, goal_id: int) -> list[ProgressNote]:
        """Progress notes of a goal, oldest first."""
        rows = self.db.query(
            "SELECT * FROM progress_notes WHERE goal_id = ? ORDER BY date, id", (goal_id,)
        )
        return [ProgressNote(r["id"], r["goal_id"], r["text"], parse_date(r["date"]))
                for r in rows]

    def add_note(self, goal_id: int, note_text: str, on: date | None = None) -> ProgressNote:
        """Add a progress note."""
        with self.db.transaction():
            new_id = self.db.execute(
                "INSERT INTO progress_notes (goal_id, date, text, created_at) VALUES (?, ?, ?, ?)",
                (goal_id, iso_date(on or date.today()), text(note_text), now_iso()),
            )
        return ProgressNote(new_id, goal_id, text(note_text), on or date.today())

    def save_note(self, note: ProgressNote) -> None:
        """Save a changed progress note."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE progress_notes SET date = ?, text = ? WHERE id = ?",
                (iso_date(note.date), text(note.text), note.id),
            )

    def delete_note(self, note_id: int) -> None:
        """Remove a progress note."""
        with self.db.transaction():
            self.db.execute("DELETE FROM progress_notes WHERE id = ?", (note_id,))
