"""Schema: the team leader's workspace (imported member plans, notes, agreements)."""

from __future__ import annotations

from pop.storage.db import Database

_TEXT = "TEXT NOT NULL DEFAULT ''"

STATEMENTS = (
    f"""CREATE TABLE team_members (
        id INTEGER PRIMARY KEY,
        plan_uid TEXT NOT NULL UNIQUE,
        name {_TEXT},
        exported_at TEXT NOT NULL,
        checksum TEXT NOT NULL,
        plan_json TEXT NOT NULL,
        source_file {_TEXT},
        imported_at TEXT NOT NULL,
        notes {_TEXT},
        meeting_date TEXT,
        notes_updated_at TEXT)""",
    f"""CREATE TABLE team_agreements (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES team_members(id) ON DELETE CASCADE,
        date TEXT, text {_TEXT},
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL)""",
    """CREATE INDEX team_agreements_member ON team_agreements (member_id, position)""",
)


def migrate(db: Database) -> None:
    """Create the team leader's tables."""
    for statement in STATEMENTS:
        db.execute(statement)
