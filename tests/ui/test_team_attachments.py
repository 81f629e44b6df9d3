"""Evidence documents in the app: ticked one by one in the share dialog (nothing at first),
shown in the team member panel with name, size and activity, saved as a copy."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from pop.domain.sharing import Section, SharingChoice
from pop.exchange.bundle_attachments import collect_bundle
from pop.exchange.bundle_read import read_bundle
from pop.exchange.bundle_write import bundle_bytes
from pop.exchange.plan_collect import collect
from pop.storage.team_repo import TeamRepository


def test_share_dialog_lists_documents_unticked(themed_app, qtbot, sample_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.share_dialog import ShareDialog

    dialog = ShareDialog(sample_ctx, collect(sample_ctx))
    qtbot.addWidget(dialog)
    assert dialog.evidence_list is not None and dialog.evidence_list.count() == 1
    item = dialog.evidence_list.item(0)
    assert "certificaat.pdf" in item.text() and "Training Schuldenwijzer" in item.text()
    assert "kB" in item.text()
    assert item.checkState() == Qt.CheckState.Unchecked
    assert "stays here" in dialog.evidence_line.text()
    assert dialog.request().evidence_ids == ()
    item.setCheckState(Qt.CheckState.Checked)
    assert "goes along" in dialog.evidence_line.text()
    assert "1 document" in dialog.evidence_line.text()
    assert len(dialog.request().evidence_ids) == 1


def test_share_dialog_without_shared_goals_keeps_documents(themed_app, qtbot,  # type: ignore[no-untyped-def]
                                                           sample_ctx) -> None:
    from ui.dialogs.share_dialog import ShareDialog

    sample_ctx.sharing.save(SharingChoice(Section.GOALS, True, False))
    dialog = ShareDialog(sample_ctx, collect(sample_ctx))
    qtbot.addWidget(dialog)
    assert dialog.evidence_list is None
    assert "stays here" in dialog.evidence_line.text()
    assert dialog.request().evidence_ids == ()


def test_share_plan_writes_the_ticked_documents(make_page, prompts, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch) -> None:
    from ui.dialogs import share_dialog

    page = make_page("team")
    [document] = page.ctx.evidence.for_cycle(page.ctx.current_cycle().id)
    monkeypatch.setattr(share_dialog, "ask", lambda parent, ctx, plan: share_dialog.ShareRequest(
        plan, None, (document.id,)))
    prompts.save_answer = tmp_path / "mijn plan"
    page.share_plan()
    read = read_bundle(tmp_path / "mijn plan.pop")
    assert list(read.attachments.values()) == [b"%PDF-1.4 certificaat"]


def test_member_panel_shows_documents_and_saves_a_copy(make_page, qtbot, prompts,  # type: ignore[no-untyped-def]
                                                       sample_ctx, tmp_path: Path) -> None:
    from tests.team.helpers import member_workspace

    member = member_workspace(tmp_path, 3)
    try:
        bundle = collect_bundle(member, now=datetime(2026, 5, 1), all_evidence=True)
        plain = collect(member, now=datetime(2026, 5, 1))
    finally:
        member.close()
    with_files = tmp_path / "met.pop"
    with_files.write_bytes(bundle_bytes(bundle.plan, None, bundle.attachments))
    repo = TeamRepository(sample_ctx.db)
    repo.import_bundles([read_bundle(with_files)])
    page = make_page("team")
    [team_member] = repo.members()
    page.panel.show_member(team_member)
    assert page.panel.files_frame.isVisible()
    assert page.panel.file_list.count() == len(bundle.attachments)
    text = page.panel.file_list.item(0).text()
    [(_goal, activity, file)] = bundle.plan.attachments()[:1]
    assert file.name in text and activity.title in text
    sheet = page.panel.sheet_text.text()  # the preparation sheet lists them too
    assert "Evidence documents sent along" in sheet and file.name in sheet
    prompts.save_answer = tmp_path / "kopie.pdf"
    page.panel.save_copy_button.click()
    assert (tmp_path / "kopie.pdf").read_bytes() == bundle.attachments[file.file]
    assert prompts.infos and not prompts.errors
    # a newer plan without documents: the list is gone
    newer = tmp_path / "zonder.pop"
    from dataclasses import replace

    newer.write_bytes(bundle_bytes(replace(plain, exported_at=datetime(2026, 6, 1))))
    repo.import_bundles([read_bundle(newer)])
    page.panel.show_member(repo.get(team_member.id))
    assert not page.panel.files_frame.isVisible()
    assert "Evidence documents sent along" not in page.panel.sheet_text.text()


def test_document_name_like_client_data_is_asked_first(make_page, prompts, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    from ui.dialogs import share_dialog

    page = make_page("team")
    [document] = page.ctx.evidence.for_cycle(page.ctx.current_cycle().id)
    page.ctx.db.execute("UPDATE evidence SET filename = 'brief 06-12345678.pdf' WHERE id = ?",
                        (document.id,))
    monkeypatch.setattr(share_dialog, "ask", lambda parent, ctx, plan: share_dialog.ShareRequest(
        plan, None, (document.id,)))
    prompts.save_answer = tmp_path / "mijn plan"
    prompts.confirm_answer = False
    page.share_plan()
    assert not (tmp_path / "mijn plan.pop").exists()
    prompts.confirm_answer = True
    page.share_plan()
    assert (tmp_path / "mijn plan.pop").exists()


def test_share_dialog_checks_the_content_of_ticked_documents(themed_app, qtbot,  # type: ignore[no-untyped-def]
                                                             sample_ctx) -> None:
    from ui.dialogs.share_dialog import ShareDialog

    [document] = sample_ctx.evidence.for_cycle(sample_ctx.current_cycle().id)
    sample_ctx.evidence.attach_bytes(document.activity_id, "verslag.txt",
                                     b"Adres: Dorpsstraat 12, BSN 111222333")
    sample_ctx.evidence.attach_bytes(document.activity_id, "foto.png", b"\x89PNG 123456782")
    dialog = ShareDialog(sample_ctx, collect(sample_ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.evidence_list is not None and dialog.evidence_list.count() == 3
    assert not dialog.documents_text.isVisible()
    items = {dialog.evidence_list.item(i).text().split()[0]: dialog.evidence_list.item(i)
             for i in range(3)}
    items["foto.png"].setCheckState(Qt.CheckState.Checked)
    text = dialog.documents_text.toPlainText()
    assert "foto.png" in text and "not checked" in text
    assert not dialog.documents_confirm.isVisible() and dialog.ok.isEnabled()
    items["verslag.txt"].setCheckState(Qt.CheckState.Checked)
    text = dialog.documents_text.toPlainText()
    assert "verslag.txt" in text and "BSN" in text and "address" in text
    assert "111222333" not in text and "Dorpsstraat" not in text
    assert dialog.documents_confirm.isVisible() and not dialog.ok.isEnabled()
    dialog.documents_confirm.setChecked(True)
    assert dialog.ok.isEnabled()
    items["certificaat.pdf"].setCheckState(Qt.CheckState.Checked)  # a new tick: confirm again
    assert not dialog.documents_confirm.isChecked() and not dialog.ok.isEnabled()
    assert "certificaat.pdf" in dialog.documents_text.toPlainText()
    items["verslag.txt"].setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.documents_confirm.isVisible() and dialog.ok.isEnabled()
