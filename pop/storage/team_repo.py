"""The team leader's workspace: imported member plans, the leader's notes and agreements.

Importing is all-or-nothing: every decision (new member, newer version, same version, older
version) is made before anything is written; an older version refuses the whole batch, and
the rest is written in one transaction. A newer version replaces the plan and keeps the
leader's notes, meeting date and agreements; its attachments replace the older ones.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pop.errors import ImportRejected, InputError
from pop.exchange.bundle_read import ReadBundle
from pop.exchange.shared_plan import SharedPlan, to_dict
from pop.exchange.shared_plan_read import from_dict
from pop.i18n import _
from pop.storage.columns import iso_date, now_iso, parse_date, parse_datetime, text
from pop.storage.db import Database
from pop.team.model import (
    ImportAction,
    ImportResult,
    TeamAgreement,
    TeamAttachment,
    TeamMember,
)

_COLUMNS = "id, checksum, imported_at, source_file, notes, meeting_date"


def _compact(data: object) -> str:
    """JSON for the column (compact, so Python's fast encoder is used)."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


class TeamRepository:
    """Read and change the team leader's workspace.

    Parsed plans are kept per (member, checksum), so showing the overview again after an
    import only reads the plans that changed.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._plans: dict[tuple[int, str], SharedPlan] = {}

    def _member(self, row: sqlite3.Row) -> TeamMember:
        key = (int(row["id"]), str(row["checksum"]))
        plan = self._plans.get(key)
        if plan is None:
            text = self.db.scalar("SELECT plan_json FROM team_members WHERE id = ?", (key[0],))
            plan = from_dict(json.loads(text))
            self._plans[key] = plan
        return TeamMember(row["id"], plan, row["checksum"], parse_datetime(row["imported_at"]),
                          row["source_file"], row["notes"], parse_date(row["meeting_date"]))

    # --- members ------------------------------------------------------------------------

    def members(self) -> list[TeamMember]:
        """Every imported member, by name (plans already read are not read again)."""
        rows = self.db.query(f"SELECT {_COLUMNS} FROM team_members "
                             "ORDER BY name COLLATE NOCASE, id")
        return [self._member(r) for r in rows]

    def count(self) -> int:
        """How many members were imported."""
        return int(self.db.scalar("SELECT COUNT(*) FROM team_members") or 0)

    def get(self, member_id: int) -> TeamMember | None:
        """One member."""
        row = self.db.one(f"SELECT {_COLUMNS} FROM team_members WHERE id = ?", (member_id,))
        return self._member(row) if row is not None else None

    def plan_versions(self) -> dict[str, tuple[str, str]]:
        """Per plan id: the stored version's export time and checksum."""
        return {r["plan_uid"]: (r["exported_at"], r["checksum"]) for r in self.db.query(
            "SELECT plan_uid, exported_at, checksum FROM team_members")}

    def decide(self, bundles: Sequence[ReadBundle]) -> list[ImportResult]:
        """What importing ``bundles`` would do (nothing is written); refuses the whole batch
        when a file is older than what is stored or than another file in the batch."""
        stored = self.plan_versions()
        newest: dict[str, ReadBundle] = {}
        for bundle in bundles:
            uid = bundle.plan.plan_uid
            other = newest.get(uid)
            if other is not None and other.checksum != bundle.checksum:
                older, newer = sorted((other, bundle), key=lambda b: b.plan.exported_at)
                if older.plan.exported_at == newer.plan.exported_at:
                    raise ImportRejected(_(
                        "{first} and {second} are two different plan files of {name} made at "
                        "the same moment. Import only one of them. Nothing was imported."
                    ).format(first=other.source, second=bundle.source,
                             name=bundle.plan.member.name))
                raise ImportRejected(_(
                    "{older} is an older plan file of {name} than {newer}. Import only the "
                    "newest one. Nothing was imported.").format(
                        older=older.source, newer=newer.source, name=bundle.plan.member.name))
            newest[uid] = bundle
        results: list[ImportResult] = []
        for bundle in bundles:
            plan = bundle.plan
            before = stored.get(plan.plan_uid)
            action = ImportAction.ADDED
            if before is not None:
                exported_at = plan.exported_at.isoformat()
                if before[1] == bundle.checksum or before[0] == exported_at:
                    action = ImportAction.UNCHANGED
                elif exported_at < before[0]:
                    raise ImportRejected(_(
                        "{file} is an older version of the plan of {name} than the one you "
                        "already have (made {old}; yours is from {new}). Ask for the newest "
                        "plan file. Nothing was imported.").format(
                            file=bundle.source, name=plan.member.name,
                            old=exported_at[:16].replace("T", " "),
                            new=before[0][:16].replace("T", " ")))
                else:
                    action = ImportAction.REPLACED
            results.append(ImportResult(bundle.source, plan.member.name, action))
        return results

    def import_bundles(self, bundles: Sequence[ReadBundle],
                       results: Sequence[ImportResult] | None = None) -> list[ImportResult]:
        """Store checked bundles, all or none (see the module's description)."""
        results = list(results) if results is not None else self.decide(bundles)
        stamp = now_iso()
        with self.db.transaction():
            for bundle, result in zip(bundles, results, strict=True):
                if result.action is ImportAction.UNCHANGED:
                    continue
                plan = bundle.plan
                values = (text(plan.member.name), plan.exported_at.isoformat(), bundle.checksum,
                          bundle.plan_json or _compact(to_dict(plan)), text(bundle.source), stamp,
                          plan.plan_uid)
                self.db.execute(
                    "INSERT INTO team_members (name, exported_at, checksum, plan_json, "
                    "source_file, imported_at, plan_uid) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (plan_uid) DO UPDATE SET name = excluded.name, "
                    "exported_at = excluded.exported_at, checksum = excluded.checksum, "
                    "plan_json = excluded.plan_json, source_file = excluded.source_file, "
                    "imported_at = excluded.imported_at", values)
                if bundle.attachments or result.action is ImportAction.REPLACED:
                    self._store_attachments(bundle)
        self.remember(bundles)
        return results

    def remember(self, bundles: Sequence[ReadBundle]) -> None:
        """Keep the plans of stored bundles at hand (already read: no need to parse them
        again), also when another connection wrote them (see :func:`import_on_own_connection`)."""
        ids = {r["plan_uid"]: r["id"] for r in self.db.query(
            "SELECT id, plan_uid FROM team_members")}
        for bundle in bundles:
            member_id = ids.get(bundle.plan.plan_uid)
            if member_id is not None:
                self._plans[(member_id, bundle.checksum)] = bundle.plan

    def _store_attachments(self, bundle: ReadBundle) -> None:
        """The bundle's attachments in place of the member's earlier ones."""
        member_id = self.db.scalar("SELECT id FROM team_members WHERE plan_uid = ?",
                                   (bundle.plan.plan_uid,))
        self.db.execute("DELETE FROM team_attachments WHERE member_id = ?", (member_id,))
        for position, (goal, activity, file) in enumerate(bundle.plan.attachments()):
            self.db.execute(
                "INSERT INTO team_attachments (member_id, file, name, media_type, size, sha256, "
                "goal, activity, position, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (member_id, file.file, text(file.name), file.media_type, file.size,
                 file.sha256, text(goal.title), text(activity.title), position,
                 bundle.attachments[file.file]))

    def attachments(self, member_id: int) -> list[TeamAttachment]:
        """The evidence documents that came with the member's plan (without the bytes)."""
        rows = self.db.query(
            "SELECT id, member_id, name, size, media_type, goal, activity "
            "FROM team_attachments WHERE member_id = ? ORDER BY position, id", (member_id,))
        return [TeamAttachment(r["id"], r["member_id"], r["name"], r["size"], r["media_type"],
                               r["goal"], r["activity"]) for r in rows]

    def attachment_data(self, attachment_id: int) -> bytes:
        """The stored document; a clear message when it is no longer there."""
        value = self.db.scalar("SELECT data FROM team_attachments WHERE id = ?",
                               (attachment_id,))
        if value is None:
            raise InputError(_("This document is no longer in your overview."))
        return bytes(value)

    def remove(self, member_id: int) -> None:
        """Remove a member with the leader's notes and agreements about them."""
        with self.db.transaction():
            self.db.execute("DELETE FROM team_members WHERE id = ?", (member_id,))

    # --- the leader's notes -------------------------------------------------------------

    def save_notes(self, member_id: int, notes: str) -> None:
        """Save the leader's notes about a member (they never leave this database)."""
        with self.db.transaction():
            self._require(member_id)
            self.db.execute(
                "UPDATE team_members SET notes = ?, notes_updated_at = ? WHERE id = ?",
                (text(notes), now_iso(), member_id))

    def set_meeting_date(self, member_id: int, on: date | None) -> None:
        """The date of the next conversation the leader planned."""
        with self.db.transaction():
            self._require(member_id)
            self.db.execute("UPDATE team_members SET meeting_date = ? WHERE id = ?",
                            (iso_date(on), member_id))

    def _require(self, member_id: int) -> None:
        if self.db.scalar("SELECT 1 FROM team_members WHERE id = ?", (member_id,)) is None:
            raise InputError(_("This team member is no longer in your overview."))

    # --- agreements ---------------------------------------------------------------------

    def agreements(self, member_id: int) -> list[TeamAgreement]:
        """The leader's agreements with a member, in order."""
        rows = self.db.query(
            "SELECT * FROM team_agreements WHERE member_id = ? ORDER BY position, id",
            (member_id,))
        return [TeamAgreement(r["id"], r["member_id"], r["text"], parse_date(r["date"]),
                              r["position"]) for r in rows]

    def add_agreement(self, member_id: int, agreement_text: str,
                      on: date | None = None) -> TeamAgreement:
        """Add an agreement at the end of the member's list."""
        with self.db.transaction():
            self._require(member_id)
            position = int(self.db.scalar(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM team_agreements "
                "WHERE member_id = ?", (member_id,)))
            new_id = self.db.execute(
                "INSERT INTO team_agreements (member_id, date, text, position, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (member_id, iso_date(on), text(agreement_text), position, now_iso()))
        return TeamAgreement(new_id, member_id, text(agreement_text), on, position)

    def save_agreement(self, agreement: TeamAgreement) -> None:
        """Save a changed agreement."""
        with self.db.transaction():
            self.db.execute("UPDATE team_agreements SET text = ?, date = ? WHERE id = ?",
                            (text(agreement.text), iso_date(agreement.date), agreement.id))

    def delete_agreement(self, agreement_id: int) -> None:
        """Remove an agreement."""
        with self.db.transaction():
            self.db.execute("DELETE FROM team_agreements WHERE id = ?", (agreement_id,))


def import_on_own_connection(path: Path, bundles: Sequence[ReadBundle],
                             results: Sequence[ImportResult]) -> list[ImportResult]:
    """:meth:`TeamRepository.import_bundles` on a connection of its own, so it can run in a
    background thread while the window keeps working (SQLite lets one connection write while
    others read). All or none, like the method."""
    db = Database.connect(path)
    try:
        return TeamRepository(db).import_bundles(bundles, results)
    finally:
        db.close()
