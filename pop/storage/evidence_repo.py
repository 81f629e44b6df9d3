"""Evidence documents, kept inside the database with a size limit."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from pop.domain.evidence import MAX_EVIDENCE_BYTES, Evidence
from pop.errors import InputError, StorageProblem
from pop.i18n import _
from pop.storage.columns import now_iso, parse_datetime, text
from pop.storage.db import Database
from pop.storage.errors import storage_error


def _size_label(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


class EvidenceRepository:
    """Attach, list, read and remove evidence."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def for_activity(self, activity_id: int) -> list[Evidence]:
        """Evidence of one activity (without the bytes)."""
        rows = self.db.query(
            "SELECT id, activity_id, filename, mime_type, size, added_at, note FROM evidence "
            "WHERE activity_id = ? ORDER BY id", (activity_id,)
        )
        return [Evidence(r["id"], r["activity_id"], r["filename"], r["mime_type"], r["size"],
                         parse_datetime(r["added_at"]), r["note"]) for r in rows]

    def for_cycle(self, cycle_id: int) -> list[Evidence]:
        """Evidence of every activity in a cycle."""
        rows = self.db.query(
            "SELECT e.id, e.activity_id, e.filename, e.mime_type, e.size, e.added_at, e.note "
            "FROM evidence e JOIN activities a ON a.id = e.activity_id WHERE a.cycle_id = ? "
            "ORDER BY e.id", (cycle_id,)
        )
        return [Evidence(r["id"], r["activity_id"], r["filename"], r["mime_type"], r["size"],
                         parse_datetime(r["added_at"]), r["note"]) for r in rows]

    def attach_bytes(
        self, activity_id: int, filename: str, data: bytes, note: str = ""
    ) -> Evidence:
        """Store a document; refused with a clear message above the size limit."""
        if len(data) > MAX_EVIDENCE_BYTES:
            raise storage_error(StorageProblem.TOO_LARGE, self.db.path,
                                limit=_size_label(MAX_EVIDENCE_BYTES))
        if len(data) == 0:
            raise InputError(_("This file is empty, so there is nothing to attach."))
        name = text(Path(filename).name)[:200] or "document"
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self.db.transaction():
            if self.db.scalar("SELECT 1 FROM activities WHERE id = ?", (activity_id,)) is None:
                raise InputError(_("This activity no longer exists."))
            new_id = self.db.execute(
                "INSERT INTO evidence (activity_id, filename, mime_type, size, data, note, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (activity_id, name, mime, len(data), data, text(note), now_iso()),
            )
        return Evidence(new_id, activity_id, name, mime, len(data), None, text(note))

    def attach_file(self, activity_id: int, path: str | Path, note: str = "") -> Evidence:
        """Read a file from disk and store it (size checked before reading)."""
        file = Path(path)
        try:
            size = file.stat().st_size
            if size > MAX_EVIDENCE_BYTES:
                raise storage_error(StorageProblem.TOO_LARGE, self.db.path,
                                    limit=_size_label(MAX_EVIDENCE_BYTES))
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(_("{file} could not be read: {reason}").format(
                file=file.name, reason=exc.strerror or exc)) from exc
        return self.attach_bytes(activity_id, file.name, data, note)

    def data(self, evidence_id: int) -> bytes:
        """The stored document."""
        value = self.db.scalar("SELECT data FROM evidence WHERE id = ?", (evidence_id,))
        return bytes(value) if value is not None else b""

    def delete(self, evidence_id: int) -> None:
        """Remove a document."""
        with self.db.transaction():
            self.db.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
