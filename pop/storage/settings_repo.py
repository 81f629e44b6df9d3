"""Small typed settings kept in the plan file (not window geometry: that stays with Qt)."""

from __future__ import annotations

import json
from typing import Any

from pop.storage.db import Database


class SettingsRepository:
    """Key/value settings stored as JSON."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value, or ``default``."""
        raw = self.db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        if raw is None:
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def set(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
