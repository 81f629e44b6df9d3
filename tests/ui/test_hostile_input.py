"""Nasty text typed into the journal and the goals is stored and shown exactly."""

from __future__ import annotations

from tests.hostile_texts import HOSTILE_TEXTS
from ui.pages.journal_page import ENTRY_ROLE

# One-line fields (titles, at most 200 characters) get the texts without line breaks; every
# text, the 20,000-character ones included, goes into the multi-line fields.
ONE_LINE = [t for t in HOSTILE_TEXTS if len(t) <= 200 and "\n" not in t]


def test_journal_keeps_every_hostile_text(make_page, reopen) -> None:
    page = make_page("journal")
    written: dict[int, tuple[str, str]] = {}
    for number, text in enumerate(HOSTILE_TEXTS):
        page.add_entry()
        title = ONE_LINE[number % len(ONE_LINE)]
        page.title_edit.setText(title)
        page.kolb_edits["experience"].setPlainText(text)
        page.flush()
        entry_id = int(page.entry_list.currentItem().data(ENTRY_ROLE))
        written[entry_id] = (title, text)
        shown = page.entry_list.currentItem().text()
        assert shown.startswith(title.strip() or "(")
    context = reopen()
    for entry_id, (title, text) in written.items():
        stored = context.journal.get(entry_id)
        assert stored is not None
        assert (stored.title, stored.experience) == (title, text)


def test_goals_keep_every_hostile_text(make_page, reopen) -> None:
    page = make_page("goals")
    written: dict[int, tuple[str, str]] = {}
    for number, text in enumerate(HOSTILE_TEXTS):
        page.add_goal()
        editor = page.editor
        title = ONE_LINE[number % len(ONE_LINE)]
        editor.title_edit.setText(title)
        editor.criteria_edit.setPlainText(text)
        editor.willen_edit.setPlainText(text)
        page.flush()
        goal_id = page.current_goal_id()
        assert goal_id is not None
        written[goal_id] = (title, text)
        assert page.goal_list.currentItem().text().startswith(title.strip() or "(")
    context = reopen()
    for goal_id, (title, text) in written.items():
        goal = context.goals.get(goal_id)
        assert goal is not None
        assert (goal.title, goal.success_criteria, goal.willen) == (title, text, text)
