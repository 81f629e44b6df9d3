"""File > Restore a backup: the dialog lists the backups, the confirmation says what happens,
the window shows the restored plan, and a safety copy keeps what was written after."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QListWidget

from pop.i18n import set_language
from pop.services.restore import backups_of
from pop.storage.backup import BackupInfo
from tests.pop.test_db import damage
from tests.ui.menu_actions import file_action
from ui.dialogs.restore_dialog import MAKE_BACKUP, RestoreDialog


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window("goals")


def choose(monkeypatch, pick) -> list[RestoreDialog]:  # type: ignore[no-untyped-def]
    """Answer the dialog: ``pick(dialog)`` acts in it as the user would."""
    shown: list[RestoreDialog] = []

    def fake_exec(dialog: RestoreDialog) -> int:
        shown.append(dialog)
        pick(dialog)
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)
    return shown


def pick_row(path: Path):  # type: ignore[no-untyped-def]
    def pick(dialog: RestoreDialog) -> None:
        row = next(i for i, b in enumerate(dialog.backups) if b.path == path)
        dialog.backup_list.setCurrentRow(row)
        dialog.accept()
    return pick


def goal_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    goals = window.page("goals").goal_list
    return [goals.item(i).text().split("\n")[0] for i in range(goals.count())]


def type_new_goal(window, qtbot, title: str) -> None:  # type: ignore[no-untyped-def]
    page = window.page("goals")
    page.add_goal()
    qtbot.keyClicks(page.editor.title_edit, title)


def test_restore_from_the_menu_brings_back_the_earlier_plan(window, qtbot, sample_ctx, prompts,
                                                            monkeypatch) -> None:
    type_new_goal(window, qtbot, "Goal A")
    file_action(window, "Make a backup now").trigger()
    chosen = backups_of(sample_ctx)[0]
    type_new_goal(window, qtbot, "Goal B")  # still waiting to be saved
    shown = choose(monkeypatch, pick_row(chosen.path))
    file_action(window, "Restore a backup…").trigger()
    assert [b.path for b in shown[0].backups] == [chosen.path]
    assert "safety copy" in prompts.questions[-1]
    assert "goes back to how it was on" in prompts.questions[-1]
    assert prompts.errors == []
    titles = goal_titles(window)
    assert "Goal A" in titles and "Goal B" not in titles
    stored = [g.title for g in sample_ctx.goals.for_cycle(sample_ctx.current_cycle().id)]
    assert "Goal A" in stored and "Goal B" not in stored
    safety = [b for b in backups_of(sample_ctx) if b.reason == "before-restore"]
    assert len(safety) == 1
    with sqlite3.connect(safety[0].path) as copy:  # what was typed after the backup is kept
        assert ("Goal B",) in copy.execute("SELECT title FROM goals").fetchall()
    assert "Backup restored" in window.statusBar().currentMessage()


def test_saying_no_to_the_confirmation_changes_nothing(window, qtbot, sample_ctx, prompts,
                                                       monkeypatch) -> None:
    chosen = sample_ctx.backup_now()
    type_new_goal(window, qtbot, "Goal B")
    prompts.confirm_answer = False
    choose(monkeypatch, pick_row(chosen.path))
    file_action(window, "Restore a backup…").trigger()
    assert "Goal B" in goal_titles(window)  # saved on the way (a restore waits for edits)
    assert [b.path for b in backups_of(sample_ctx)] == [chosen.path]


def test_a_damaged_backup_gets_the_clear_message_and_nothing_is_lost(
        window, qtbot, sample_ctx, prompts, monkeypatch) -> None:
    chosen = sample_ctx.backup_now()
    damage(chosen.path)
    type_new_goal(window, qtbot, "Goal B")
    choose(monkeypatch, pick_row(chosen.path))
    file_action(window, "Restore a backup…").trigger()
    assert len(prompts.errors) == 1 and "is damaged, so it cannot be restored" in prompts.errors[0]
    assert "Goal B" in goal_titles(window)
    stored = [g.title for g in sample_ctx.goals.for_cycle(sample_ctx.current_cycle().id)]
    assert "Goal B" in stored


def test_without_backups_the_dialog_says_so_and_offers_to_make_one(window, sample_ctx,
                                                                   monkeypatch) -> None:
    assert backups_of(sample_ctx) == []
    shown = choose(monkeypatch, lambda dialog: dialog.make_button.click())
    file_action(window, "Restore a backup…").trigger()
    texts = " ".join(label.text() for label in shown[0].findChildren(QLabel))
    assert "There are no backups of your plan yet" in texts
    assert [b.reason for b in backups_of(sample_ctx)] == ["manual"]
    assert "Backup made" in window.statusBar().currentMessage()


def test_the_dialog_reads_in_dutch_newest_first(themed_app, qtbot) -> None:
    from ui.app import prepare

    older = BackupInfo(Path("a.sqlite3"), datetime(2026, 3, 1, 9, 30), "daily", 312_000)
    newer = BackupInfo(Path("b.sqlite3"), datetime(2026, 3, 2, 14, 5), "before-migration",
                       1_250_000)
    prepare(themed_app, "nl")
    try:
        dialog = RestoreDialog([newer, older])
        qtbot.addWidget(dialog)
        items = [dialog.backup_list.item(i).text() for i in range(dialog.backup_list.count())]
        assert items[0].startswith("maandag 2 maart 2026 om 14:05")
        assert "voordat Spiegelplan werd bijgewerkt · 1,3 MB" in items[0]
        assert items[1] == "zondag 1 maart 2026 om 09:30\ndagelijkse reservekopie · 312 kB"
        dialog.backup_list.setCurrentRow(1)
        dialog.accept()
        assert dialog.choice == older
    finally:
        prepare(themed_app, "en")
        set_language("en")


def test_the_empty_dialog_has_no_list_and_returns_make_backup(themed_app, qtbot) -> None:
    dialog = RestoreDialog([])
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "There are no backups of your plan yet" in texts
    assert dialog.findChildren(QListWidget) == []
    dialog.make_button.click()
    assert dialog.choice == MAKE_BACKUP and dialog.result() == QDialog.DialogCode.Accepted
