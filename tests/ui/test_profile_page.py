"""The profile page saves every edit as it is made; nothing needs a Save button."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pop.domain.profile import ProfessionalType


def test_typing_is_saved_after_a_pause_and_survives_a_restart(make_page, qtbot, reopen) -> None:
    page = make_page("profile")
    page.function_edit.setFocus()
    page.function_edit.selectAll()
    qtbot.keyClicks(page.function_edit, "Jongerenwerker <&>")
    page.function_edit.insert(" 🙂")  # QTest types ASCII only
    assert page.ctx.profile.get().function == "Sociaal werker"  # not yet: debounced
    qtbot.waitUntil(lambda: page.ctx.profile.get().function == "Jongerenwerker <&> 🙂",
                    timeout=3000)
    assert reopen().profile.get().function == "Jongerenwerker <&> 🙂"


def test_leaving_a_field_saves_at_once(make_page, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    page = make_page("profile")
    page.activateWindow()
    page.team_edit.setFocus()
    qtbot.waitUntil(page.team_edit.hasFocus, timeout=2000)
    page.team_edit.setText("Wijkteam Zuid")
    page.employer_edit.setFocus()
    QApplication.processEvents()
    # saved by leaving the field, well before the typing pause would have saved it
    assert page.ctx.profile.get().team == "Wijkteam Zuid"


def test_choices_register_targets_and_specialism_are_saved(make_page, qtbot, reopen) -> None:
    page = make_page("profile")
    generalist = next(b for b in page.type_group.buttons()
                      if b.property("kind") == ProfessionalType.GENERALIST.value)
    generalist.click()
    page.target_spins["reflection"].setValue(25)
    page.flush()
    item = next(page.blocks_list.item(r) for r in range(page.blocks_list.count())
                if page.blocks_list.item(r).data(Qt.ItemDataRole.UserRole) == "LG1")
    item.setCheckState(Qt.CheckState.Checked)
    profile = reopen().profile.get()
    assert profile.professional_type is ProfessionalType.GENERALIST
    assert profile.register_targets["reflection"] == 25
    assert "LG1" in profile.specialism_blocks


def test_loading_the_page_writes_nothing(make_page, sample_ctx) -> None:
    before = sample_ctx.db.scalar("SELECT updated_at FROM profile")
    page = make_page("profile")
    page.refresh()
    page.flush()
    assert sample_ctx.db.scalar("SELECT updated_at FROM profile") == before


def test_a_failing_save_is_told_once_and_shown_in_the_status(make_page, prompts,
                                                             monkeypatch) -> None:
    from pop.errors import StorageError, StorageProblem

    page = make_page("profile")
    failures: list[str] = []
    page.env.events.save_failed.connect(failures.append)

    def full(_profile: object) -> None:
        raise StorageError(StorageProblem.DISK_FULL, "De schijf is vol.")

    monkeypatch.setattr(page.ctx.profile, "save", full)
    for text in ("a", "ab", "abc"):
        page.function_edit.setText(text)
        page.flush()
    assert failures == ["De schijf is vol."] * 3
    assert prompts.errors == ["De schijf is vol."]
