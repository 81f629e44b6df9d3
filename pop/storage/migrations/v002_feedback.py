"""Schema: 360-degree feedback (rounds, forms, rater answers).

Rater-level answers live only here, on the owner's laptop. The competence self-ratings stay
in v001's ``competency_self_ratings``.
"""

from __future__ import annotations

from pop.storage.db import Database

_GROUP = "CHECK (rater_group IN ('leader', 'colleague', 'client', 'partner'))"

STATEMENTS = (
    # The per-plan secret that signs the hidden identifiers of the request forms.
    """CREATE TABLE feedback_secret (
        id INTEGER PRIMARY KEY CHECK (id = 1), secret BLOB NOT NULL)""",
    """CREATE TABLE feedback_rounds (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        uid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        created_at TEXT NOT NULL)""",
    """CREATE INDEX feedback_rounds_cycle ON feedback_rounds (cycle_id)""",
    f"""CREATE TABLE feedback_forms (
        round_id INTEGER NOT NULL REFERENCES feedback_rounds(id) ON DELETE CASCADE,
        rater_group TEXT NOT NULL {_GROUP},
        serial INTEGER NOT NULL CHECK (serial >= 1),
        made_at TEXT NOT NULL,
        PRIMARY KEY (round_id, rater_group, serial))""",
    f"""CREATE TABLE feedback_responses (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES feedback_rounds(id) ON DELETE CASCADE,
        rater_group TEXT NOT NULL {_GROUP},
        serial INTEGER CHECK (serial IS NULL OR serial >= 1),
        source TEXT NOT NULL CHECK (source IN ('form', 'paper')),
        received_at TEXT NOT NULL,
        UNIQUE (round_id, rater_group, serial))""",
    """CREATE TABLE feedback_scores (
        response_id INTEGER NOT NULL REFERENCES feedback_responses(id) ON DELETE CASCADE,
        statement_id TEXT NOT NULL,
        score INTEGER CHECK (score BETWEEN 1 AND 5),
        PRIMARY KEY (response_id, statement_id))""",
    """CREATE TABLE feedback_comments (
        response_id INTEGER NOT NULL REFERENCES feedback_responses(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        in_pdf INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (response_id, question_id))""",
)


def migrate(db: Database) -> None:
    """Create the feedback tables."""
    for statement in STATEMENTS:
        db.execute(statement)
