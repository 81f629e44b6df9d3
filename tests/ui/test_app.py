"""The app as a whole: welcome, navigation, the example plan, saving feedback, closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from pop.context import open_workspace
from pop.paths import DataPaths
from pop.storage.inspect import plan_summary
from tests.ui.menu_actions import file_action
from tests.ui.sample_plan import fill_sample_plan
from ui.pages.registry import PAGE_NAMES
from ui.session import Session
from ui.workspace_opener import example_paths


@pytest.fixture
def session(themed_app, qtbot, data_paths, prompts):  # type: ignore[no-untyped-def]
    settings = QSettings(str(data_paths.root.parent / "ui.ini"), QSettings.Format.IniFormat)
    running = Session(data_paths, prompts, settings)
    yield running
    running.close()


@pytest.fixture
def filled(data_paths: DataPaths) -> DataPaths:
    ctx = open_workspace(data_paths)
    fill_sample_plan(ctx)
    ctx.close()
    return data_paths


def test_first_start_welcomes_and_starts_the_own_plan(session, qtbot) -> None:
    window = session.start()
    qtbot.addWidget(window)
    assert window.showing_welcome
    welcome = window._welcome
    assert not welcome.start_button.isEnabled()
    shortcuts = {a.shortcut().toString(): a for a in window.actions()}
    assert shortcuts["Ctrl+Q"].isEnabled()  # quitting always works; the pages wait
    assert not shortcuts["Ctrl+2"].isEnabled() and not shortcuts["Ctrl+P"].isEnabled()
    qtbot.keyClicks(welcome.name_edit, "Noor Bakker")
    welcome.start_button.click()
    assert not window.showing_welcome
    assert window.current_page_name() == "profile"
    assert shortcuts["Ctrl+2"].isEnabled() and shortcuts["Ctrl+F"].isEnabled()
    assert session.own_ctx.profile.get().name == "Noor Bakker"
    assert session.own_ctx.current_cycle() is not None


def test_example_plan_stays_apart_from_the_own_plan(session, qtbot, data_paths) -> None:
    window = session.start()
    qtbot.addWidget(window)
    example = session.show_example()
    assert example is not None and example is session.active_window
    qtbot.addWidget(example)
    assert example.env.example and "example" in example.banner_text.text().lower()
    assert example.env.ctx.paths.root == example_paths(data_paths).root
    assert example.env.ctx.profile.get().is_started
    summary = plan_summary(data_paths)
    assert summary is None or summary.is_empty
    session.back_to_own()
    assert session.example_window is None and session.active_window is window
    assert window.showing_welcome


def test_pages_are_built_on_first_visit_and_reached_by_shortcut(session, qtbot, filled) -> None:
    window = session.start()
    qtbot.addWidget(window)
    window.show()
    assert list(window.built_pages()) == ["profile"]
    window.show_page("journal")
    assert set(window.built_pages()) == {"profile", "journal"}
    shortcuts = {a.shortcut().toString(): a for a in window.actions()}
    assert "Ctrl+Q" in shortcuts
    shortcuts["Ctrl+2"].trigger()  # the window-wide shortcut of the second page
    assert window.current_page_name() == "knowledge"
    for name in PAGE_NAMES:
        window.show_page(name)
        assert window.current_page_name() == name
        assert window.stack.currentWidget() is window.page(name)


def test_status_bar_says_saved_and_closing_keeps_a_waiting_edit(session, qtbot, filled) -> None:
    window = session.start()
    qtbot.addWidget(window)
    page = window.page("profile")
    page.function_edit.setText("Wijkcoach")  # waits for the typing pause
    assert window.saved_label.text() == "Saving…"
    window.close()
    assert "Saved at" in window.saved_label.text()
    session.close()
    ctx = open_workspace(filled)
    try:
        assert ctx.profile.get().function == "Wijkcoach"
    finally:
        ctx.close()


def test_window_size_and_language_are_remembered(themed_app, qtbot, filled, prompts) -> None:
    settings = QSettings(str(filled.root.parent / "ui.ini"), QSettings.Format.IniFormat)
    first = Session(filled, prompts, settings)
    window = first.start()
    window.resize(790, 560)  # within the offscreen screen (800 x 600)
    window.show()
    window.language_chosen.emit("nl")
    window.close()
    first.close()
    second = Session(filled, prompts, settings)
    again = second.start()
    try:
        assert (again.width(), again.height()) == (790, 560)
        assert settings.value("language") == "nl"
    finally:
        second.close()


def test_plan_file_from_the_file_manager_goes_to_the_team_page(session, qtbot, filled,
                                                               tmp_path) -> None:
    window = session.start()
    qtbot.addWidget(window)
    bundle = tmp_path / "sanne.pop"
    bundle.write_bytes(b"PK")
    window.open_plan_file(bundle)
    assert window.current_page_name() == "team"
    team = window.page("team")  # the team page imports it (and says why this one fails)
    qtbot.waitUntil(lambda: not team.job.running, timeout=5000)
    assert team.pending_file == bundle and "sanne.pop" in team.status.text()


def test_a_leader_without_a_plan_of_their_own_gets_the_import_too(session, qtbot,
                                                                   tmp_path) -> None:
    window = session.start()  # an empty data folder: the welcome
    qtbot.addWidget(window)
    assert window.showing_welcome
    bundle = tmp_path / "sanne.pop"
    bundle.write_bytes(b"PK")
    window.open_plan_file(bundle)
    assert not window.showing_welcome and window.current_page_name() == "team"
    team = window.page("team")
    qtbot.waitUntil(lambda: not team.job.running, timeout=5000)
    assert team.pending_file == bundle and "sanne.pop" in team.status.text()


def test_a_page_can_ask_for_another(session, qtbot, filled) -> None:
    window = session.start()
    qtbot.addWidget(window)
    window.env.events.navigate.emit("evidence")
    assert window.current_page_name() == "evidence"


def test_locked_and_damaged_plans_get_clear_messages(themed_app, data_paths, prompts,
                                                     filled) -> None:
    from ui.workspace_opener import open_with_messages

    holder = open_workspace(filled)
    try:
        assert open_with_messages(filled, prompts) is None
        assert "already open" in prompts.errors[-1]
    finally:
        holder.close()
    ctx = open_workspace(filled)
    ctx.backup_now()
    ctx.close()
    data = bytearray(filled.database.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # damage a page
    filled.database.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(filled.database) + suffix).unlink(missing_ok=True)
    prompts.confirm_answer = True
    recovered = open_with_messages(filled, prompts)
    assert recovered is not None, prompts.errors
    try:
        assert prompts.questions and "backup" in prompts.questions[-1]
        assert recovered.profile.get().name == "Sanne de Vries"
        assert any(filled.damaged.iterdir())
    finally:
        recovered.close()


def test_no_window_is_left_behind(session, qtbot, filled) -> None:
    window = session.start()
    qtbot.addWidget(window)
    session.close()
    QApplication.processEvents()
    assert session.own_window is None and session.own_ctx is None


def test_arrow_keys_move_through_the_navigation_skipping_headings(session, qtbot,
                                                                  filled) -> None:
    from PySide6.QtCore import Qt

    window = session.start()
    qtbot.addWidget(window)
    window.show()
    window.show_page("mindset")
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # past the heading "The mirror"
    assert window.current_page_name() == "mirror"
    qtbot.keyClick(window.nav, Qt.Key.Key_Up)
    assert window.current_page_name() == "mindset"


def test_menu_backup_about_and_language(session, qtbot, filled, prompts) -> None:
    window = session.start()
    qtbot.addWidget(window)
    actions = {a.text(): a for m in window.menuBar().actions() for a in m.menu().actions()}
    actions["Make a &backup now"].trigger()
    assert "Backup made" in window.statusBar().currentMessage()
    assert any(filled.backups.iterdir())
    actions["&About Spiegelplan"].trigger()
    assert prompts.infos and str(filled.root) in prompts.infos[-1]
    language_menu = next(a.menu() for a in actions.values() if a.menu() is not None)
    dutch = next(a for a in language_menu.actions() if a.text() == "Nederlands")
    dutch.trigger()
    assert "next start" in prompts.infos[-1]
    assert session.settings.value("language") == "nl"


def test_navigation_items_have_room(session, qtbot, filled) -> None:
    window = session.start()
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    nav = window.nav
    line = nav.fontMetrics().height()
    rects = [nav.visualItemRect(nav.item(row)) for row in range(nav.count())]
    assert all(rect.height() >= line + 4 for rect in rects)
    assert all(a.bottom() < b.top() for a, b in zip(rects, rects[1:], strict=False))
    assert all(nav.fontMetrics().horizontalAdvance(nav.item(row).text()) < rects[row].width()
               for row in range(nav.count()))


def test_a_bug_is_told_calmly(themed_app, prompts, monkeypatch, capsys) -> None:
    import sys

    from ui.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(prompts)
    try:
        raise ValueError("boom")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert "ValueError: boom" in prompts.errors[-1]
    assert "safe" in prompts.errors[-1]
    assert "Traceback" in capsys.readouterr().err


QUITTER = r"""
import sys
from argparse import Namespace
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.app

def act():
    window = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "mainWindow" and w.isVisible())
    window.page("profile").team_edit.setText("Wijkteam West")  # waits for the typing pause
    next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+Q").trigger()

QTimer.singleShot(0, act)
print(ui.app.run(Namespace(data_dir=sys.argv[1], lang="en", page="profile", screenshot=None,
                           file=None)))
"""


def test_quit_from_the_menu_saves_what_waits(filled) -> None:
    # In its own process: ending the main loop cannot be undone within one process.
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SPIEGELPLAN_NO_SYSTEM_SETTINGS="1")
    result = subprocess.run([sys.executable, "-c", QUITTER, str(filled.root)],
                            cwd=Path(__file__).resolve().parents[2], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "0", result.stderr
    ctx = open_workspace(filled)
    try:
        assert ctx.profile.get().team == "Wijkteam West"
    finally:
        ctx.close()


def test_the_app_has_its_own_window_icon(themed_app) -> None:
    from ui.app import window_icon

    icon = window_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == {32, 64, 256}


def test_find_goes_to_the_search_field(session, qtbot, filled) -> None:
    window = session.start("goals")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    find = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+F")
    find.trigger()  # a page without search: the journal's search
    assert window.current_page_name() == "journal"
    assert QApplication.focusWidget() is window.page("journal").search_edit
    window.show_page("profile")
    qtbot.keyClick(window.page("profile").name_edit, "f", Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "journal"
    assert QApplication.focusWidget() is window.page("journal").search_edit


def test_print_shortcut_makes_the_conversation_pdf(session, qtbot, filled, prompts,
                                                   tmp_path: Path) -> None:
    window = session.start("journal")
    qtbot.addWidget(window)
    prompts.save_answer = tmp_path / "gesprek.pdf"
    prompts.confirm_answer = False  # do not open it afterwards
    pdf = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+P")
    pdf.trigger()
    assert window.current_page_name() == "export"
    assert (tmp_path / "gesprek.pdf").read_bytes().startswith(b"%PDF")
    assert not prompts.errors


def test_new_journal_entry_and_new_goal_from_any_page(session, qtbot, filled) -> None:
    window = session.start("profile")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ctx = window.env.ctx
    entries_before = len(ctx.journal.all())
    qtbot.keyClick(window.page("profile").name_edit, "n", Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "journal"
    journal = window.page("journal")
    assert QApplication.focusWidget() is journal.title_edit
    assert len(ctx.journal.all()) == entries_before + 1
    cycle = ctx.current_cycle()
    goals_before = len(ctx.goals.for_cycle(cycle.id))
    file_action(window, "New goal").trigger()
    assert window.current_page_name() == "goals"
    assert len(ctx.goals.for_cycle(cycle.id)) == goals_before + 1
    assert QApplication.focusWidget() is window.page("goals").editor.title_edit
