"""Ordered schema migrations. Migration N brings the file from version N-1 to N.

Each runs in one transaction together with the ``user_version`` bump, so a failure halfway
leaves the file exactly as it was. Add a new module and append it to :data:`MIGRATIONS`;
never change a released one.
"""

from __future__ import annotations

from collections.abc import Callable

from pop.storage.db import Database
from pop.storage.migrations import (
    v001_plan,
    v002_feedback,
    v003_team,
    v004_team_attachments,
)

Migration = Callable[[Database], None]
MIGRATIONS: list[Migration] = [v001_plan.migrate, v002_feedback.migrate, v003_team.migrate,
                               v004_team_attachments.migrate]
SCHEMA_VERSION = len(MIGRATIONS)


def pending(db: Database) -> int:
    """How many migrations the file still needs."""
    return SCHEMA_VERSION - db.user_version


def migrate(db: Database, upto: int = SCHEMA_VERSION) -> list[int]:
    """Bring the file to version ``upto``; returns the versions applied."""
    applied: list[int] = []
    for version in range(db.user_version + 1, upto + 1):
        with db.transaction():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version={version}")
        applied.append(version)
    return applied
