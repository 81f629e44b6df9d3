"""Schema: evidence attachments that came with an imported member plan (team leader)."""

from __future__ import annotations

from pop.storage.db import Database

STATEMENTS = (
    """CREATE TABLE team_attachments (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES team_members(id) ON DELETE CASCADE,
        file TEXT NOT NULL,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        goal TEXT NOT NULL DEFAULT '',
        activity TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        data BLOB NOT NULL)""",
    """CREATE INDEX team_attachments_member ON team_attachments (member_id, position)""",
)


def migrate(db: Database) -> None:
    """Create the table of the team members' attachments."""
    for statement in STATEMENTS:
        db.execute(statement)
