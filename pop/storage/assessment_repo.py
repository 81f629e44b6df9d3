"""Self-assessments per cycle: knowledge levels, mindset scan, reflections, learning
preferences and competency self-ratings."""

from __future__ import annotations

from pop.domain.assessment import (
    COMPETENCY_MAX,
    COMPETENCY_MIN,
    LEVEL_MAX,
    LEVEL_MIN,
    MINDSET_MAX,
    MINDSET_MIN,
    PREFERENCE_MAX,
    PREFERENCE_MIN,
    CompetencySelfRating,
    KnowledgeRating,
    MindsetAnswer,
    PreferenceScore,
    Priority,
    Reflection,
    check_range,
)
from pop.errors import InputError
from pop.i18n import _
from pop.storage.columns import text
from pop.storage.db import Database


def _require(ok: bool, what: str) -> None:
    if not ok:
        raise InputError(_("{what} is outside the scale.").format(what=what))


class AssessmentRepository:
    """Read and save the self-assessments of a cycle."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- knowledge building blocks ------------------------------------------------------

    def knowledge(self, cycle_id: int) -> dict[str, KnowledgeRating]:
        """Ratings per block id (blocks never rated are absent)."""
        rows = self.db.query("SELECT * FROM knowledge_ratings WHERE cycle_id = ?", (cycle_id,))
        return {
            r["block_id"]: KnowledgeRating(r["block_id"], r["level"], r["target"],
                                           Priority(r["priority"]), r["learn_from"])
            for r in rows
        }

    def save_knowledge(self, cycle_id: int, rating: KnowledgeRating) -> None:
        """Save the rating of one block."""
        _require(check_range(rating.level, LEVEL_MIN, LEVEL_MAX), _("The level"))
        _require(check_range(rating.target, LEVEL_MIN, LEVEL_MAX), _("The target level"))
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO knowledge_ratings (cycle_id, block_id, level, target, priority, "
                "learn_from) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (cycle_id, block_id) DO "
                "UPDATE SET level = excluded.level, target = excluded.target, "
                "priority = excluded.priority, learn_from = excluded.learn_from",
                (cycle_id, rating.block_id, rating.level, rating.target,
                 int(Priority(rating.priority)), text(rating.learn_from)),
            )

    # --- mindset scan -------------------------------------------------------------------

    def mindset(self, cycle_id: int) -> dict[str, MindsetAnswer]:
        """Mindset answers per item id."""
        rows = self.db.query("SELECT * FROM mindset_answers WHERE cycle_id = ?", (cycle_id,))
        return {r["item_id"]: MindsetAnswer(r["item_id"], r["score"]) for r in rows}

    def save_mindset(self, cycle_id: int, answer: MindsetAnswer | None, item_id: str = "") -> None:
        """Save one answer; ``None`` clears the answer to ``item_id``."""
        with self.db.transaction():
            if answer is None:
                self.db.execute(
                    "DELETE FROM mindset_answers WHERE cycle_id = ? AND item_id = ?",
                    (cycle_id, item_id),
                )
                return
            _require(check_range(answer.score, MINDSET_MIN, MINDSET_MAX, allow_none=False),
                     _("The answer"))
            self.db.execute(
                "INSERT INTO mindset_answers (cycle_id, item_id, score) VALUES (?, ?, ?) "
                "ON CONFLICT (cycle_id, item_id) DO UPDATE SET score = excluded.score",
                (cycle_id, answer.item_id, answer.score),
            )

    # --- written reflections ------------------------------------------------------------

    def reflections(self, cycle_id: int) -> dict[str, Reflection]:
        """Written reflections per prompt id."""
        rows = self.db.query("SELECT * FROM reflections WHERE cycle_id = ?", (cycle_id,))
        return {
            r["prompt_id"]: Reflection(r["prompt_id"], r["text"], bool(r["include_in_pdf"]))
            for r in rows
        }

    def save_reflection(self, cycle_id: int, reflection: Reflection) -> None:
        """Save one written reflection."""
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO reflections (cycle_id, prompt_id, text, include_in_pdf) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (cycle_id, prompt_id) DO UPDATE SET "
                "text = excluded.text, include_in_pdf = excluded.include_in_pdf",
                (cycle_id, reflection.prompt_id, text(reflection.text),
                 int(reflection.include_in_pdf)),
            )

    # --- learning preferences -----------------------------------------------------------

    def preferences(self, cycle_id: int) -> dict[str, PreferenceScore]:
        """Learning-preference scores per preference id."""
        rows = self.db.query("SELECT * FROM preference_scores WHERE cycle_id = ?", (cycle_id,))
        return {r["preference_id"]: PreferenceScore(r["preference_id"], r["score"]) for r in rows}

    def save_preference(self, cycle_id: int, score: PreferenceScore) -> None:
        """Save one learning-preference score."""
        _require(check_range(score.score, PREFERENCE_MIN, PREFERENCE_MAX, allow_none=False),
                 _("The score"))
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO preference_scores (cycle_id, preference_id, score) VALUES (?, ?, ?) "
                "ON CONFLICT (cycle_id, preference_id) DO UPDATE SET score = excluded.score",
                (cycle_id, score.preference_id, score.score),
            )

    # --- competency self-ratings --------------------------------------------------------

    def competency_ratings(self, cycle_id: int) -> dict[str, CompetencySelfRating]:
        """Self-ratings per behaviour statement id (``score`` None = can't judge)."""
        rows = self.db.query(
            "SELECT * FROM competency_self_ratings WHERE cycle_id = ?", (cycle_id,)
        )
        return {r["statement_id"]: CompetencySelfRating(r["statement_id"], r["score"])
                for r in rows}

    def save_competency_rating(self, cycle_id: int, rating: CompetencySelfRating) -> None:
        """Save one self-rating."""
        _require(check_range(rating.score, COMPETENCY_MIN, COMPETENCY_MAX), _("The score"))
        with self.db.transaction():
            self.db.execute(
                "INSERT INTO competency_self_ratings (cycle_id, statement_id, score) "
                "VALUES (?, ?, ?) ON CONFLICT (cycle_id, statement_id) DO UPDATE SET "
                "score = excluded.score",
                (cycle_id, rating.statement_id, rating.score),
            )

    def clear_competency_rating(self, cycle_id: int, statement_id: str) -> None:
        """Remove a self-rating (back to unanswered)."""
        with self.db.transaction():
            self.db.execute(
                "DELETE FROM competency_self_ratings WHERE cycle_id = ? AND statement_id = ?",
                (cycle_id, statement_id),
            )
