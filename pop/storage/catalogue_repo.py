"""Catalogue versions used by this plan, kept in the file so an old plan always reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pop.storage.columns import now_iso
from pop.storage.db import Database

if TYPE_CHECKING:
    from pop.catalogue.model import Catalogue


class CatalogueRepository:
    """Store catalogue files and find them back by id and version."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def store(self, catalogue: Catalogue) -> None:
        """Keep a copy of ``catalogue`` (once per id and version)."""
        if not catalogue.source_json:
            return
        with self.db.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO catalogues (id, version, json, installed_at) "
                "VALUES (?, ?, ?, ?)",
                (catalogue.id, catalogue.version, catalogue.source_json, now_iso()),
            )

    def find(self, catalogue_id: str, version: str) -> Catalogue | None:
        """A stored catalogue, or ``None``."""
        raw = self.db.scalar(
            "SELECT json FROM catalogues WHERE id = ? AND version = ?", (catalogue_id, version)
        )
        if not raw:
            return None
        from pop.catalogue.load import parse_catalogue_text  # only when needed: a quick start

        return parse_catalogue_text(raw)

    def versions(self) -> list[tuple[str, str]]:
        """(id, version) of every stored catalogue."""
        return [(r["id"], r["version"]) for r in
                self.db.query("SELECT id, version FROM catalogues ORDER BY installed_at")]
