"""360-degree feedback: rounds, the forms made for them and the answers that came back.

Public API (:class:`FeedbackRepository`, built on the open :class:`Database`):
``secret()``, ``rounds(cycle_id)``, ``round(round_id)``, ``round_by_uid(uid)``,
``latest_round(cycle_id)``, ``create_round(...)``, ``save_round(...)``, ``delete_round(...)``,
``make_forms(round_id, group, count)`` (reserves serials), ``form_made(...)``,
``status(round_id)``, ``responses(round_id)``, ``received(round_id)``, ``find_response(...)``,
``add_response(...)``,
``delete_response(...)``, ``selected_comments(round_id)``, ``set_comment_in_pdf(...)``.

Every write is one transaction (nested in a caller's, so a batch import is all-or-nothing).
"""

from __future__ import annotations

import secrets
import sqlite3
import uuid
from collections.abc import Mapping
from datetime import date

from pop.errors import InputError
from pop.i18n import _
from pop.mirror.model import (
    OPEN_QUESTION_MAX_CHARS,
    SCALE_MAX,
    SCALE_MIN,
    FeedbackRound,
    GroupStatus,
    RaterGroup,
    RaterResponse,
    ReceivedAnswer,
    ResponseSource,
    RoundStatus,
)
from pop.storage.columns import iso_date, now_iso, parse_date, text
from pop.storage.db import Database

MAX_FORMS_PER_GROUP = 200


def _round(row: sqlite3.Row) -> FeedbackRound:
    return FeedbackRound(row["id"], row["cycle_id"], row["uid"], row["title"],
                         parse_date(row["deadline"]), row["created_at"])


class FeedbackRepository:
    """Read and save the feedback of the plan."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the secret that signs form identifiers -----------------------------------------

    def secret(self) -> bytes:
        """The plan's form-signing secret (made on first use; never leaves the file)."""
        value = self.db.scalar("SELECT secret FROM feedback_secret WHERE id = 1")
        if value is None:
            with self.db.transaction():
                self.db.execute("INSERT OR IGNORE INTO feedback_secret (id, secret) VALUES (1, ?)",
                                (secrets.token_bytes(32),))
            value = self.db.scalar("SELECT secret FROM feedback_secret WHERE id = 1")
        return bytes(value)

    # --- rounds -------------------------------------------------------------------------

    def rounds(self, cycle_id: int) -> list[FeedbackRound]:
        """The rounds of a cycle, oldest first."""
        return [_round(r) for r in self.db.query(
            "SELECT * FROM feedback_rounds WHERE cycle_id = ? ORDER BY id", (cycle_id,))]

    def round(self, round_id: int) -> FeedbackRound | None:
        """One round."""
        row = self.db.one("SELECT * FROM feedback_rounds WHERE id = ?", (round_id,))
        return _round(row) if row is not None else None

    def round_by_uid(self, uid: str) -> FeedbackRound | None:
        """The round with this identifier (as printed, hidden, on its forms)."""
        row = self.db.one("SELECT * FROM feedback_rounds WHERE uid = ?", (uid,))
        return _round(row) if row is not None else None

    def latest_round(self, cycle_id: int) -> FeedbackRound | None:
        """The newest round of a cycle."""
        rounds = self.rounds(cycle_id)
        return rounds[-1] if rounds else None

    def create_round(self, cycle_id: int, title: str, deadline: date | None) -> FeedbackRound:
        """Start a new round."""
        with self.db.transaction():
            new_id = self.db.execute(
                "INSERT INTO feedback_rounds (cycle_id, uid, title, deadline, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (cycle_id, uuid.uuid4().hex, text(title), iso_date(deadline), now_iso()))
        found = self.round(new_id)
        assert found is not None
        return found

    def save_round(self, round_id: int, title: str, deadline: date | None) -> None:
        """Change a round's title and deadline."""
        with self.db.transaction():
            self.db.execute("UPDATE feedback_rounds SET title = ?, deadline = ? WHERE id = ?",
                            (text(title), iso_date(deadline), round_id))

    def delete_round(self, round_id: int) -> None:
        """Remove a round with its forms and answers."""
        with self.db.transaction():
            self.db.execute("DELETE FROM feedback_rounds WHERE id = ?", (round_id,))

    # --- forms --------------------------------------------------------------------------

    def make_forms(self, round_id: int, group: RaterGroup, count: int) -> list[int]:
        """Reserve ``count`` new form serials for ``group``; returns them."""
        if not 1 <= count <= MAX_FORMS_PER_GROUP:
            raise InputError(_("Choose between 1 and {most} forms.").format(
                most=MAX_FORMS_PER_GROUP))
        group = RaterGroup(group)
        with self.db.transaction():
            last = int(self.db.scalar(
                "SELECT COALESCE(MAX(serial), 0) FROM feedback_forms "
                "WHERE round_id = ? AND rater_group = ?", (round_id, group.value)) or 0)
            serials = list(range(last + 1, last + 1 + count))
            made = now_iso()
            self.db.execute_many(
                "INSERT INTO feedback_forms (round_id, rater_group, serial, made_at) "
                "VALUES (?, ?, ?, ?)", [(round_id, group.value, s, made) for s in serials])
        return serials

    def form_made(self, round_id: int, group: RaterGroup, serial: int) -> bool:
        """Whether this form was made by this plan."""
        return self.db.one(
            "SELECT 1 FROM feedback_forms WHERE round_id = ? AND rater_group = ? AND serial = ?",
            (round_id, RaterGroup(group).value, serial)) is not None

    def status(self, round_id: int) -> RoundStatus:
        """Forms made and answers returned per group."""
        found = self.round(round_id)
        if found is None:
            raise InputError(_("This feedback round no longer exists."))
        made = {r[0]: r[1] for r in self.db.query(
            "SELECT rater_group, COUNT(*) FROM feedback_forms WHERE round_id = ? "
            "GROUP BY rater_group", (round_id,))}
        back = {r[0]: r[1] for r in self.db.query(
            "SELECT rater_group, COUNT(*) FROM feedback_responses WHERE round_id = ? "
            "GROUP BY rater_group", (round_id,))}
        return RoundStatus(found, tuple(
            GroupStatus(g, int(made.get(g.value, 0)), int(back.get(g.value, 0)))
            for g in RaterGroup))

    # --- responses ----------------------------------------------------------------------

    def responses(self, round_id: int) -> list[RaterResponse]:
        """Every response of a round with its answers."""
        rows = self.db.query("SELECT * FROM feedback_responses WHERE round_id = ? ORDER BY id",
                             (round_id,))
        scores: dict[int, dict[str, int | None]] = {r["id"]: {} for r in rows}
        comments: dict[int, dict[str, str]] = {r["id"]: {} for r in rows}
        for row in self.db.query(
                "SELECT s.* FROM feedback_scores s JOIN feedback_responses r "
                "ON r.id = s.response_id WHERE r.round_id = ?", (round_id,)):
            scores[row["response_id"]][row["statement_id"]] = row["score"]
        for row in self.db.query(
                "SELECT c.* FROM feedback_comments c JOIN feedback_responses r "
                "ON r.id = c.response_id WHERE r.round_id = ?", (round_id,)):
            comments[row["response_id"]][row["question_id"]] = row["text"]
        return [RaterResponse(r["id"], r["round_id"], RaterGroup(r["rater_group"]), r["serial"],
                              ResponseSource(r["source"]), scores[r["id"]], comments[r["id"]])
                for r in rows]

    def received(self, round_id: int) -> list[ReceivedAnswer]:
        """The answers that came back, in the order they arrived (no content)."""
        return [ReceivedAnswer(r["id"], RaterGroup(r["rater_group"]), r["serial"],
                               ResponseSource(r["source"]), r["received_at"])
                for r in self.db.query(
                    "SELECT id, rater_group, serial, source, received_at FROM feedback_responses "
                    "WHERE round_id = ? ORDER BY id", (round_id,))]

    def find_response(self, round_id: int, group: RaterGroup, serial: int) -> int | None:
        """The id of the response already imported from this form."""
        value = self.db.scalar(
            "SELECT id FROM feedback_responses WHERE round_id = ? AND rater_group = ? "
            "AND serial = ?", (round_id, RaterGroup(group).value, serial))
        return int(value) if value is not None else None

    def add_response(
        self,
        round_id: int,
        group: RaterGroup,
        scores: Mapping[str, int | None],
        comments: Mapping[str, str],
        *,
        serial: int | None = None,
        source: ResponseSource = ResponseSource.FORM,
        replace: bool = False,
    ) -> int:
        """Store one rater's answers; ``replace`` overwrites an earlier import of the form."""
        for statement_id, score in scores.items():
            if score is not None and (isinstance(score, bool) or not isinstance(score, int)
                                      or not SCALE_MIN <= score <= SCALE_MAX):
                raise InputError(_("The answer to {statement} is outside the scale.").format(
                    statement=statement_id))
        group = RaterGroup(group)
        with self.db.transaction():
            if serial is not None:
                existing = self.find_response(round_id, group, serial)
                if existing is not None:
                    if not replace:
                        raise InputError(_("This form was imported before."))
                    self.db.execute("DELETE FROM feedback_responses WHERE id = ?", (existing,))
            response_id = self.db.execute(
                "INSERT INTO feedback_responses (round_id, rater_group, serial, source, "
                "received_at) VALUES (?, ?, ?, ?, ?)",
                (round_id, group.value, serial, ResponseSource(source).value, now_iso()))
            self.db.execute_many(
                "INSERT INTO feedback_scores (response_id, statement_id, score) VALUES (?, ?, ?)",
                [(response_id, sid, score) for sid, score in scores.items()])
            self.db.execute_many(
                "INSERT INTO feedback_comments (response_id, question_id, text) VALUES (?, ?, ?)",
                [(response_id, qid, text(body)[:OPEN_QUESTION_MAX_CHARS])
                 for qid, body in comments.items() if body.strip()])
        return response_id

    def delete_response(self, response_id: int) -> None:
        """Remove one rater's answers."""
        with self.db.transaction():
            self.db.execute("DELETE FROM feedback_responses WHERE id = ?", (response_id,))

    # --- the owner's choice of comments for the PDF -------------------------------------

    def selected_comments(self, round_id: int) -> frozenset[tuple[int, str]]:
        """Keys (response id, question id) of the comments marked for the PDF."""
        return frozenset((r[0], r[1]) for r in self.db.query(
            "SELECT c.response_id, c.question_id FROM feedback_comments c "
            "JOIN feedback_responses r ON r.id = c.response_id "
            "WHERE r.round_id = ? AND c.in_pdf = 1", (round_id,)))

    def set_comment_in_pdf(self, response_id: int, question_id: str, in_pdf: bool) -> None:
        """Mark (or unmark) one comment for the PDF."""
        with self.db.transaction():
            self.db.execute(
                "UPDATE feedback_comments SET in_pdf = ? WHERE response_id = ? "
                "AND question_id = ?", (int(in_pdf), response_id, question_id))
