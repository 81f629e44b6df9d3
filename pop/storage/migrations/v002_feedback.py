"""Schema: 360-degree feedback (rounds, forms, rater answers)."""

from __future__ import annotations

from pop.storage.db import Database


def migrate(db: Database) -> None:
    """Nothing yet; tables are added here until this migration is released."""
