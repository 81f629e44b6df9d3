"""The team page: import (choose, drop, open from the file manager, progress, all or none),
the overview, a member's notes and agreements, sharing your own plan."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pop.exchange.agreements_file import read_agreements
from pop.exchange.bundle_read import read_bundle
from pop.exchange.plan_collect import collect
from pop.storage.team_repo import TeamRepository
from tests.team.helpers import demo_bundle


@pytest.fixture(scope="module")
def plan_files(tmp_path_factory) -> list[Path]:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("plans")
    files = []
    for seed in (1, 2, 3):
        path = root / f"plan{seed}.pop"
        path.write_bytes(demo_bundle(root, seed, now=datetime(2026, 4, seed)))
        files.append(path)
    return files


def _settled(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the import is over and the page shows every stored member (the overview
    and the list are rebuilt in steps after the write, later on a busy machine)."""
    qtbot.waitUntil(lambda: page.job is not None and not page.job.running, timeout=10_000)
    qtbot.waitUntil(lambda: page.member_list.count() == TeamRepository(page.ctx.db).count(),
                    timeout=10_000)


def _import(page, qtbot, files) -> None:  # type: ignore[no-untyped-def]
    page.import_files(files)
    _settled(page, qtbot)


def test_import_shows_overview_and_members(make_page, qtbot, plan_files, prompts) -> None:  # type: ignore[no-untyped-def]
    page = make_page("team")
    assert page.empty_note.isVisible() and not page.members_frame.isVisible()
    _import(page, qtbot, plan_files)
    assert not prompts.errors
    assert page.member_list.count() == 3
    model = page.overview_view.table.model()
    assert model.rowCount() == 3 and model.columnCount() == 22
    assert model.index(0, 0).data() in {"0", "1", "2", "3", "4", "\u2013"}
    assert "\u2013" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "imported: 3 new" in page.status.text()
    assert page.panel.isVisible() and page.panel.member is not None
    assert len(page.overview_view.cards) == 6
    assert all(card.isVisible() for card in page.overview_view.cards)  # shown one by one


def test_bad_file_in_a_batch_imports_nothing(make_page, qtbot, plan_files, prompts,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    bad = tmp_path / "kapot.pop"
    bad.write_bytes(b"not a zip")
    page = make_page("team")
    _import(page, qtbot, [*plan_files, bad])
    assert prompts.errors and "kapot.pop" in prompts.errors[0]
    assert TeamRepository(page.ctx.db).count() == 0
    assert page.member_list.count() == 0


def test_drop_and_open_from_file_manager(make_page, qtbot, plan_files) -> None:  # type: ignore[no-untyped-def]
    page = make_page("team")
    page.drop_zone.dropped.emit([plan_files[0]])
    qtbot.waitUntil(lambda: not page.job.running, timeout=10_000)
    page.open_plan_file(plan_files[1])
    _settled(page, qtbot)
    assert page.member_list.count() == 2 and page.pending_file is None


def test_stop_imports_nothing(make_page, qtbot, plan_files, prompts) -> None:  # type: ignore[no-untyped-def]
    page = make_page("team")
    page.import_files(plan_files * 2)
    page.job.stop()
    qtbot.waitUntil(lambda: not page.job.running, timeout=10_000)
    assert TeamRepository(page.ctx.db).count() == 0
    assert any("stopped" in e for e in prompts.errors)


def test_notes_meeting_and_agreements(make_page, qtbot, plan_files, prompts,  # type: ignore[no-untyped-def]
                                      tmp_path: Path) -> None:
    page = make_page("team")
    _import(page, qtbot, plan_files)
    panel = page.panel
    member = panel.member
    panel.notes.setPlainText("Werkdruk bespreken <b>&</b>")
    page.flush()
    assert TeamRepository(page.ctx.db).get(member.id).notes == "Werkdruk bespreken <b>&</b>"
    panel.agreement_edit.setText("Volgt in het voorjaar de training")
    panel.add_button.click()
    assert panel.agreement_list.count() == 1
    prompts.save_answer = tmp_path / "afspraken"
    panel.export_button.click()
    content = read_agreements(tmp_path / "afspraken.popa")
    assert content.plan_uid == member.plan.plan_uid
    assert [t for t, _d in content.agreements] == ["Volgt in het voorjaar de training"]
    assert prompts.infos
    page.refresh()  # the notes survive a refresh and a newer plan file
    assert panel.notes.toPlainText() == "Werkdruk bespreken <b>&</b>"


def test_preparation_sheet_shows_goals_and_questions(make_page, qtbot, plan_files) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    page = make_page("team")
    _import(page, qtbot, plan_files)
    texts = " ".join(w.text() for w in page.panel.findChildren(QLabel))
    assert "Questions to ask" in texts and "How are you learning" in texts
    goal = next(g for g in page.panel.member.plan.goals if g.status in ("open", "in_progress"))
    assert goal.title in texts


def test_team_pdf_from_the_page(make_page, qtbot, plan_files, prompts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = make_page("team")
    _import(page, qtbot, plan_files)
    prompts.save_answer = tmp_path / "team"
    page.pdf_button.click()
    assert (tmp_path / "team.pdf").read_bytes().startswith(b"%PDF")


def test_share_dialog_warns_about_client_data(themed_app, qtbot, sample_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.share_dialog import ShareDialog

    cycle = sample_ctx.current_cycle()
    cycle.context = "Mevrouw met BSN 111222333 belde op 06-12345678."
    sample_ctx.cycles.save(cycle)
    dialog = ShareDialog(sample_ctx, collect(sample_ctx))
    qtbot.addWidget(dialog)
    assert len(dialog.findings) == 2 and dialog.confirm_box is not None
    assert not dialog.ok.isEnabled()
    dialog.confirm_box.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.password.setText("lang genoeg wachtwoord")
    assert not dialog.ok.isEnabled()
    dialog.repeat.setText("lang genoeg wachtwoord")
    assert dialog.ok.isEnabled()
    assert dialog.request().password == "lang genoeg wachtwoord"
    assert "111222333" in dialog.texts.toPlainText()


def test_share_plan_writes_the_file(make_page, prompts, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs import share_dialog

    page = make_page("team")
    monkeypatch.setattr(share_dialog, "ask", lambda parent, ctx, plan: share_dialog.ShareRequest(
        plan, None))
    prompts.save_answer = tmp_path / "mijn plan"
    page.share_plan()
    read = read_bundle(tmp_path / "mijn plan.pop")
    assert read.plan.member.name == page.ctx.profile.get().name


def test_filled_team_page_is_dutch_named_and_not_cut_off(themed_app, qtbot, sample_ctx,  # type: ignore[no-untyped-def]
                                                          prompts, plan_files) -> None:
    from PySide6.QtWidgets import QWidget

    from pop.i18n import set_language
    from tests.ui.test_quality import (
        ENGLISH_WORDS,
        INPUTS,
        control_problems,
        cut_off_problem,
        english_patterns,
        is_inner_part,
    )
    from tests.ui.test_quality import texts_of as quality_texts
    from ui.app import prepare
    from ui.dialogs.share_dialog import ShareDialog
    from ui.events import AppEvents
    from ui.pages.base import PageEnv
    from ui.pages.team_page import TeamPage

    TeamRepository(sample_ctx.db).import_bundles([read_bundle(p) for p in plan_files])
    prepare(themed_app, "nl")
    set_language("nl")
    try:
        page = TeamPage(PageEnv(sample_ctx, AppEvents(), prompts))
        qtbot.addWidget(page)
        page.resize(1240, 820)
        page.show()
        dialog = ShareDialog(sample_ctx, collect(sample_ctx))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(20)
        patterns = english_patterns()
        problems = []
        for root in (page, dialog):
            for widget in root.findChildren(QWidget):
                if not widget.isVisibleTo(root) or is_inner_part(widget):
                    continue
                for text in quality_texts(widget):
                    plain = text.replace("&", "")
                    if text and (any(p.fullmatch(plain) for p in patterns)
                                 or ENGLISH_WORDS.search(plain)):
                        problems.append(f"English: {text!r}")
                if isinstance(widget, INPUTS):
                    problems.extend(p for p in control_problems(widget)
                                    if p.endswith("without a name"))
                problem = cut_off_problem(widget) if widget.isVisible() else None
                if problem:
                    problems.append(f"cut off: {problem}")
        assert problems == []
    finally:
        prepare(themed_app, "en")
        set_language("en")


def test_protected_file_opened_from_file_manager_retries_with_password(  # type: ignore[no-untyped-def]
        make_page, qtbot, prompts, tmp_path: Path) -> None:
    path = tmp_path / "beveiligd.pop"
    path.write_bytes(demo_bundle(tmp_path, 5, password="wachtwoord123"))
    page = make_page("team")
    page.open_plan_file(path)
    qtbot.waitUntil(lambda: not page.job.running, timeout=10_000)
    assert prompts.errors and "password" in prompts.errors[-1]
    assert page.retry_button.isVisible()
    page.password.setText("wachtwoord123")
    page.retry_button.click()
    _settled(page, qtbot)
    assert page.member_list.count() == 1 and not page.retry_button.isVisible()


def test_import_asks_first_and_backs_up(make_page, qtbot, plan_files, prompts) -> None:  # type: ignore[no-untyped-def]
    from pop.storage.backup import list_backups

    page = make_page("team")
    prompts.confirm_answer = False
    _import(page, qtbot, plan_files)
    assert prompts.questions and "Import the plans of" in prompts.questions[-1]
    assert TeamRepository(page.ctx.db).count() == 0 and not prompts.errors
    prompts.confirm_answer = True
    _import(page, qtbot, plan_files)
    assert TeamRepository(page.ctx.db).count() == 3
    assert any("before-import" in b.path.name for b in list_backups(page.ctx.paths.backups))
    asked = len(prompts.questions)
    _import(page, qtbot, plan_files)  # all up to date: nothing to ask
    assert len(prompts.questions) == asked and "already up to date" in page.status.text()


def test_find_a_member_and_jump_from_the_map(make_page, qtbot, plan_files) -> None:  # type: ignore[no-untyped-def]
    page = make_page("team")
    _import(page, qtbot, plan_files)
    names = [m.name for m in page.repo.members()]
    last = names[-1]
    page.find_edit.setText(last.split()[0][:4].lower())
    assert 1 <= page.member_list.count() < 3 or names.count(last) > 1
    assert page.panel.member is not None and page.panel.member.name.casefold().startswith(
        last.split()[0][:4].lower())
    page.find_edit.setText("zzz-niemand")
    assert page.member_list.count() == 0
    table = page.overview_view.table
    page.show_member_by_id(table.model().index(0, 3).data(Qt.ItemDataRole.UserRole + 1))
    assert page.find_edit.text() == "" and page.panel.member.name == names[0]


def test_notes_meeting_and_agreements_survive_a_restart(make_page, qtbot, plan_files,  # type: ignore[no-untyped-def]
                                                        reopen) -> None:
    from datetime import date

    page = make_page("team")
    _import(page, qtbot, plan_files)
    panel = page.panel
    member_id = panel.member.id
    panel.notes.setPlainText("Wil graag meer met LVB werken")
    panel.meeting.set_value(date(2026, 6, 15))
    panel.meeting.changed.emit()
    panel.agreement_edit.setText("Meekijken bij het wijkteam in het najaar")
    panel.add_button.click()
    page.flush()
    repo = TeamRepository(reopen().db)
    member = repo.get(member_id)
    assert member is not None and member.notes == "Wil graag meer met LVB werken"
    assert member.meeting_date == date(2026, 6, 15)
    assert [a.text for a in repo.agreements(member_id)] == [
        "Meekijken bij het wijkteam in het najaar"]
