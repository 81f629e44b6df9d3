"""Version 1: the professional's plan, every section of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pop.storage.db import Database

_TEXT = "TEXT NOT NULL DEFAULT ''"

STATEMENTS = (
    """CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE catalogues (
        id TEXT NOT NULL, version TEXT NOT NULL, json TEXT NOT NULL,
        installed_at TEXT NOT NULL, PRIMARY KEY (id, version))""",
    f"""CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        plan_uid TEXT NOT NULL,
        name {_TEXT}, function {_TEXT}, team {_TEXT}, employer {_TEXT},
        parent_organisation {_TEXT}, team_leader {_TEXT},
        professional_type TEXT NOT NULL DEFAULT 't_shaped'
            CHECK (professional_type IN ('t_shaped', 'generalist', 'specialist')),
        specialism {_TEXT}, specialism_blocks TEXT NOT NULL DEFAULT '[]',
        register {_TEXT}, register_number {_TEXT}, register_start TEXT, register_end TEXT,
        register_targets TEXT NOT NULL DEFAULT '{{}}',
        language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
        updated_at TEXT)""",
    f"""CREATE TABLE cycles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        period_start TEXT, period_end TEXT,
        status TEXT NOT NULL DEFAULT 'concept'
            CHECK (status IN ('concept', 'discussed', 'agreed', 'evaluated')),
        conversation_date TEXT, midterm_date TEXT, end_date TEXT,
        context {_TEXT}, ambition {_TEXT}, team_contribution {_TEXT},
        catalogue_id TEXT NOT NULL, catalogue_version TEXT NOT NULL,
        previous_id INTEGER REFERENCES cycles(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL)""",
    f"""CREATE TABLE knowledge_ratings (
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        block_id TEXT NOT NULL,
        level INTEGER CHECK (level BETWEEN 0 AND 4),
        target INTEGER CHECK (target BETWEEN 0 AND 4),
        priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
        learn_from {_TEXT},
        PRIMARY KEY (cycle_id, block_id))""",
    """CREATE TABLE mindset_answers (
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 6),
        PRIMARY KEY (cycle_id, item_id))""",
    f"""CREATE TABLE reflections (
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        prompt_id TEXT NOT NULL,
        text {_TEXT},
        include_in_pdf INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (cycle_id, prompt_id))""",
    """CREATE TABLE preference_scores (
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        preference_id TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        PRIMARY KEY (cycle_id, preference_id))""",
    """CREATE TABLE competency_self_ratings (
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        statement_id TEXT NOT NULL,
        score INTEGER CHECK (score BETWEEN 1 AND 5),
        PRIMARY KEY (cycle_id, statement_id))""",
    f"""CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'learning' CHECK (kind IN ('learning', 'performance')),
        title {_TEXT}, description {_TEXT}, success_criteria {_TEXT},
        due_date TEXT,
        willen {_TEXT}, kunnen {_TEXT}, mogen {_TEXT},
        support_time {_TEXT}, support_budget {_TEXT},
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'in_progress', 'achieved', 'stopped')),
        evaluation {_TEXT},
        position INTEGER NOT NULL DEFAULT 0,
        carried_from INTEGER REFERENCES goals(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    """CREATE INDEX goals_cycle ON goals (cycle_id, position)""",
    """CREATE TABLE goal_links (
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('block', 'competency', 'finding')),
        ref TEXT NOT NULL,
        PRIMARY KEY (goal_id, kind, ref))""",
    """CREATE TABLE progress_notes (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        date TEXT, text TEXT NOT NULL, created_at TEXT NOT NULL)""",
    """CREATE INDEX progress_notes_goal ON progress_notes (goal_id)""",
    f"""CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
        title {_TEXT}, form_id {_TEXT},
        type TEXT NOT NULL DEFAULT '70' CHECK (type IN ('70', '20', '10')),
        register_category TEXT NOT NULL DEFAULT 'none'
            CHECK (register_category IN ('accredited', 'reflection', 'other', 'none')),
        date TEXT,
        hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
        cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
        budget_source {_TEXT},
        status TEXT NOT NULL DEFAULT 'planned'
            CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
        accreditation_id {_TEXT}, transfer_plan {_TEXT}, reflection_after {_TEXT},
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    """CREATE INDEX activities_cycle ON activities (cycle_id, goal_id, position)""",
    f"""CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
        filename TEXT NOT NULL, mime_type TEXT NOT NULL,
        size INTEGER NOT NULL, data BLOB NOT NULL,
        note {_TEXT}, added_at TEXT NOT NULL)""",
    """CREATE INDEX evidence_activity ON evidence (activity_id)""",
    f"""CREATE TABLE journal_entries (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        title {_TEXT}, experience {_TEXT}, reflection {_TEXT}, insight {_TEXT},
        next_step {_TEXT}, success {_TEXT}, my_part {_TEXT},
        tags TEXT NOT NULL DEFAULT '[]',
        goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
        private INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    """CREATE INDEX journal_date ON journal_entries (date)""",
    """CREATE VIRTUAL TABLE journal_search USING fts5(
        title, body, tags, tokenize = 'unicode61 remove_diacritics 2')""",
    f"""CREATE TABLE agreements (
        id INTEGER PRIMARY KEY,
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        date TEXT, text {_TEXT},
        source TEXT NOT NULL DEFAULT 'own' CHECK (source IN ('own', 'leader')),
        author {_TEXT}, position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE sharing (
        section TEXT PRIMARY KEY,
        in_pdf INTEGER NOT NULL, with_leader INTEGER NOT NULL)""",
    f"""CREATE TABLE evaluations (
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('midterm', 'end')),
        date TEXT, text {_TEXT},
        learning_level TEXT NOT NULL DEFAULT ''
            CHECK (learning_level IN ('', 'single', 'double', 'triple')),
        next_steps {_TEXT},
        PRIMARY KEY (cycle_id, kind))""",
    f"""CREATE TABLE signatures (
        cycle_id INTEGER NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('employee', 'leader')),
        name {_TEXT}, date TEXT,
        verdict TEXT NOT NULL DEFAULT 'akkoord' CHECK (verdict IN ('akkoord', 'voor_gezien')),
        fingerprint {_TEXT}, signed_at TEXT NOT NULL,
        PRIMARY KEY (cycle_id, role))""",
)


def migrate(db: Database) -> None:
    """Create the plan's tables."""
    for statement in STATEMENTS:
        db.execute(statement)
