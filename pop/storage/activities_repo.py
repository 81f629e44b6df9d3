"""Learning activities (70-20-10, register category, hours, costs, transfer plan)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from pop.domain.goals import Activity, ActivityStatus, ActivityType, RegisterCategory
from pop.errors import InputError
from pop.i18n import _
from pop.storage.columns import iso_date, now_iso, parse_date, text
from pop.storage.db import Database

_TEXT_FIELDS = (
    "title", "form_id", "budget_source", "accreditation_id", "transfer_plan", "reflection_after",
)


def _activity(row: sqlite3.Row) -> Activity:
    return Activity(
        id=row["id"], cycle_id=row["cycle_id"], title=row["title"], goal_id=row["goal_id"],
        form_id=row["form_id"], type=ActivityType(row["type"]),
        register_category=RegisterCategory(row["register_category"]),
        date=parse_date(row["date"]), hours=float(row["hours"]), cost_cents=row["cost_cents"],
        budget_source=row["budget_source"], status=ActivityStatus(row["status"]),
        accreditation_id=row["accreditation_id"], transfer_plan=row["transfer_plan"],
        reflection_after=row["reflection_after"], position=row["position"],
    )


class ActivityRepository:
    """Create, read, change and remove learning activities."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def for_cycle(self, cycle_id: int) -> list[Activity]:
        """All activities of a cycle, grouped by goal, in order."""
        rows = self.db.query(
            "SELECT * FROM activities WHERE cycle_id = ? ORDER BY goal_id IS NULL, goal_id, "
            "position, id", (cycle_id,)
        )
        return [_activity(r) for r in rows]

    def by_goal(self, cycle_id: int) -> dict[int | None, list[Activity]]:
        """Activities per goal id (``None``: not linked to a goal)."""
        grouped: dict[int | None, list[Activity]] = defaultdict(list)
        for activity in self.for_cycle(cycle_id):
            grouped[activity.goal_id].append(activity)
        return dict(grouped)

    def all(self) -> list[Activity]:
        """Activities of every cycle (for register hours over the register period)."""
        return [_activity(r) for r in self.db.query("SELECT * FROM activities ORDER BY date, id")]

    def get(self, activity_id: int) -> Activity | None:
        """One activity."""
        row = self.db.one("SELECT * FROM activities WHERE id = ?", (activity_id,))
        return _activity(row) if row else None

    def add(self, cycle_id: int, title: str, goal_id: int | None = None,
            activity_type: ActivityType = ActivityType.PRACTICE) -> Activity:
        """Add an activity (to a goal, or loose)."""
        with self.db.transaction():
            position = int(self.db.scalar(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM activities WHERE cycle_id = ? "
                "AND goal_id IS ?", (cycle_id, goal_id)))
            stamp = now_iso()
            new_id = self.db.execute(
                "INSERT INTO activities (cycle_id, goal_id, title, type, position, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (cycle_id, goal_id, text(title), ActivityType(activity_type).value, position,
                 stamp, stamp),
            )
        activity = self.get(new_id)
        assert activity is not None
        return activity

    def save(self, activity: Activity) -> None:
        """Save every field of ``activity``."""
        if activity.hours < 0 or activity.hours > 10_000 or activity.hours != activity.hours:
            raise InputError(_("The number of hours must be between 0 and 10,000."))
        if activity.cost_cents < 0:
            raise InputError(_("The cost cannot be negative."))
        values: dict[str, object] = {name: text(getattr(activity, name)) for name in _TEXT_FIELDS}
        values.update(
            goal_id=activity.goal_id, type=ActivityType(activity.type).value,
            register_category=RegisterCategory(activity.register_category).value,
            date=iso_date(activity.date), hours=float(activity.hours),
            cost_cents=int(activity.cost_cents), status=ActivityStatus(activity.status).value,
            updated_at=now_iso(), id=activity.id,
        )
        assignments = ", ".join(f"{key} = :{key}" for key in values if key != "id")
        with self.db.transaction():
            self.db.execute(f"UPDATE activities SET {assignments} WHERE id = :id", values)

    def delete(self, activity_id: int) -> None:
        """Remove an activity and its evidence."""
        with self.db.transaction():
            self.db.execute("DELETE FROM activities WHERE id = ?", (activity_id,))
