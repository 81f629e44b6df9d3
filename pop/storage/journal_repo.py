"""The reflection journal, with full-text search (SQLite FTS5).

The search index is kept up to date here, in the same transaction as the entry (SQLite's
``trusted_schema=OFF`` rightly forbids doing it with triggers).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date

from pop.domain.journal import JournalEntry, normalise_tags
from pop.storage.columns import (
    dump,
    iso_date,
    json_list,
    now_iso,
    parse_date,
    parse_datetime,
    text,
)
from pop.storage.db import Database

_TEXT_FIELDS = (
    "title", "experience", "reflection", "insight", "next_step", "success", "my_part",
)
_WORD = re.compile(r"\w+", re.UNICODE)


def _entry(row: sqlite3.Row) -> JournalEntry:
    return JournalEntry(
        id=row["id"], date=parse_date(row["date"]) or date.today(), title=row["title"],
        experience=row["experience"], reflection=row["reflection"], insight=row["insight"],
        next_step=row["next_step"], success=row["success"], my_part=row["my_part"],
        tags=json_list(row["tags"]), goal_id=row["goal_id"], private=bool(row["private"]),
        created_at=parse_datetime(row["created_at"]), updated_at=parse_datetime(row["updated_at"]),
    )


def search_expression(query: str) -> str:
    """Turn what a user types into a safe FTS5 query: every word, as a prefix, must occur."""
    words = _WORD.findall(query)
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words[:12])


class JournalRepository:
    """Create, read, change, remove and search journal entries."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self, *, include_private: bool = True) -> list[JournalEntry]:
        """All entries, newest first."""
        where = "" if include_private else "WHERE private = 0"
        rows = self.db.query(f"SELECT * FROM journal_entries {where} ORDER BY date DESC, id DESC")
        return [_entry(r) for r in rows]

    def get(self, entry_id: int) -> JournalEntry | None:
        """One entry."""
        row = self.db.one("SELECT * FROM journal_entries WHERE id = ?", (entry_id,))
        return _entry(row) if row else None

    def add(self, on: date | None = None, title: str = "") -> JournalEntry:
        """Start a new (private) entry."""
        stamp = now_iso()
        with self.db.transaction():
            new_id = self.db.execute(
                "INSERT INTO journal_entries (date, title, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                (iso_date(on or date.today()), text(title), stamp, stamp),
            )
            self._index(new_id)
        entry = self.get(new_id)
        assert entry is not None
        return entry

    def save(self, entry: JournalEntry) -> None:
        """Save every field of ``entry`` and refresh its search index."""
        values: dict[str, object] = {name: text(getattr(entry, name)) for name in _TEXT_FIELDS}
        values.update(
            date=iso_date(entry.date), tags=dump(normalise_tags([text(t) for t in entry.tags])),
            goal_id=entry.goal_id, private=int(entry.private), updated_at=now_iso(),
            id=entry.id,
        )
        assignments = ", ".join(f"{key} = :{key}" for key in values if key != "id")
        with self.db.transaction():
            self.db.execute(f"UPDATE journal_entries SET {assignments} WHERE id = :id", values)
            self._index(entry.id)

    def delete(self, entry_id: int) -> None:
        """Remove an entry and its index."""
        with self.db.transaction():
            self.db.execute("DELETE FROM journal_search WHERE rowid = ?", (entry_id,))
            self.db.execute("DELETE FROM journal_entries WHERE id = ?", (entry_id,))

    def search(self, query: str, *, limit: int = 200) -> list[JournalEntry]:
        """Entries matching every word of ``query`` (prefixes, accents ignored), best first."""
        expression = search_expression(query)
        if not expression:
            return self.all()[:limit]
        rows = self.db.query(
            "SELECT e.* FROM journal_search s JOIN journal_entries e ON e.id = s.rowid "
            "WHERE journal_search MATCH ? ORDER BY bm25(journal_search), e.date DESC LIMIT ?",
            (expression, limit),
        )
        return [_entry(r) for r in rows]

    def tags(self) -> list[str]:
        """Every tag in use, sorted."""
        found: set[str] = set()
        for row in self.db.query("SELECT tags FROM journal_entries"):
            found.update(json_list(row["tags"]))
        return sorted(found)

    def _index(self, entry_id: int) -> None:
        row = self.db.one("SELECT * FROM journal_entries WHERE id = ?", (entry_id,))
        self.db.execute("DELETE FROM journal_search WHERE rowid = ?", (entry_id,))
        if row is None:
            return
        body = "\n".join(row[name] for name in _TEXT_FIELDS[1:])
        self.db.execute(
            "INSERT INTO journal_search (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
            (entry_id, row["title"], body, " ".join(json_list(row["tags"]))),
        )

    def index_is_current(self) -> bool:
        """True when every entry, and nothing else, is in the search index."""
        entries = int(self.db.scalar("SELECT COUNT(*) FROM journal_entries") or 0)
        indexed = int(self.db.scalar(
            "SELECT COUNT(*) FROM journal_search s JOIN journal_entries e ON e.id = s.rowid")
            or 0)
        total = int(self.db.scalar("SELECT COUNT(*) FROM journal_search") or 0)
        return entries == indexed == total

    def rebuild_index(self) -> int:
        """Rebuild the whole search index (done on opening when it is not current); returns
        the entries indexed."""
        with self.db.transaction():
            self.db.execute("DELETE FROM journal_search")
            ids = [r["id"] for r in self.db.query("SELECT id FROM journal_entries")]
            for entry_id in ids:
                self._index(entry_id)
        return len(ids)
