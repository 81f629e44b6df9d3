"""File > Use your organisation's catalogue: the dialog shows the catalogue in use, a checked
file is confirmed in plain words and then used by new plan periods only, a broken file gets
the core's message and changes nothing, and the standard catalogue can come back."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLabel

from pop.catalogue.load import default_catalogue
from pop.context import ACTIVE_CATALOGUE_KEY
from pop.services.cycles import start_new_cycle
from tests.pop.test_catalogue_choice import write_organisation_catalogue
from tests.ui.menu_actions import file_action
from ui.dialogs.catalogue_dialog import CatalogueDialog

MENU_TEXT = "Use your organisation's catalogue…"


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window("cycles")


def use_menu(window, monkeypatch, button: str | None) -> list[CatalogueDialog]:  # type: ignore[no-untyped-def]
    """Choose the menu item and click ``button`` in the dialog (None: close it)."""
    shown: list[CatalogueDialog] = []

    def fake_exec(dialog: CatalogueDialog) -> int:
        shown.append(dialog)
        if button is None:
            dialog.reject()
        else:
            getattr(dialog, button).click()
        return dialog.result()

    monkeypatch.setattr(CatalogueDialog, "exec", fake_exec)
    file_action(window, MENU_TEXT).trigger()
    return shown


def label_texts(dialog: CatalogueDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_an_organisation_catalogue_is_taken_into_use_for_new_periods(
        window, qtbot, sample_ctx, prompts, monkeypatch, tmp_path) -> None:
    current = sample_ctx.current_cycle()
    prompts.open_answer = write_organisation_catalogue(tmp_path, blocks=6)
    shown = use_menu(window, monkeypatch, "choose_button")
    assert "This is the standard catalogue of Spiegelplan" in label_texts(shown[0])
    assert shown[0].standard_button is None  # nothing to go back to yet
    question = prompts.questions[-1]
    assert '"Municipality South catalogue" (version 2027.1)' in question
    assert "6 knowledge blocks and 12 competencies" in question
    assert f'current period "{current.title}" and earlier periods keep' in question
    assert prompts.errors == []
    assert (sample_ctx.catalogue.id, sample_ctx.catalogue.version) == ("gemeente-zuid", "2027.1")
    assert sample_ctx.catalogue_for(sample_ctx.cycles.get(current.id)) == default_catalogue()
    assert "Municipality South catalogue" in window.statusBar().currentMessage()
    from ui.dialogs.new_cycle_dialog import NewCycleDialog

    asking = NewCycleDialog(sample_ctx)  # starting a period says which catalogue it gets
    qtbot.addWidget(asking)
    assert asking.catalogue_note.text() == ('The new period uses the catalogue '
                                            '"Municipality South catalogue" (version 2027.1).')
    new = start_new_cycle(sample_ctx, "2027\u20132028", []).cycle
    assert (new.catalogue_id, new.catalogue_version) == ("gemeente-zuid", "2027.1")
    assert len(sample_ctx.catalogue_for(new).blocks) == 6

    again = use_menu(window, monkeypatch, None)  # the dialog now shows it
    assert "Municipality South catalogue" in label_texts(again[0])
    assert "Version 2027.1 · 6 knowledge blocks · 12 competencies" in label_texts(again[0])
    assert again[0].standard_button is not None


def test_a_broken_file_gets_the_core_message_and_nothing_changes(
        window, sample_ctx, prompts, monkeypatch, tmp_path) -> None:
    path = write_organisation_catalogue(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["competencies"][0]["statements"][0]["rater"]["nl"] = "Legt snel contact"  # no {name}
    path.write_text(json.dumps(data), encoding="utf-8")
    prompts.open_answer = path
    use_menu(window, monkeypatch, "choose_button")
    assert prompts.errors == ["Catalogue not valid: competencies[0].statements[0].rater.nl: "
                              "the rater text must hold {name} exactly once"]
    assert prompts.questions == []
    assert sample_ctx.settings.get(ACTIVE_CATALOGUE_KEY) is None
    assert ("gemeente-zuid", "2027.1") not in sample_ctx.catalogues.versions()


def test_saying_no_or_choosing_no_file_changes_nothing(window, sample_ctx, prompts,
                                                       monkeypatch, tmp_path) -> None:
    use_menu(window, monkeypatch, "choose_button")  # the file chooser was cancelled
    assert prompts.questions == [] and prompts.errors == []
    prompts.open_answer = write_organisation_catalogue(tmp_path)
    prompts.confirm_answer = False
    use_menu(window, monkeypatch, "choose_button")
    assert len(prompts.questions) == 1
    assert sample_ctx.catalogue == default_catalogue()
    assert sample_ctx.settings.get(ACTIVE_CATALOGUE_KEY) is None


def test_back_to_the_standard_catalogue(window, sample_ctx, prompts, monkeypatch,
                                        tmp_path) -> None:
    prompts.open_answer = write_organisation_catalogue(tmp_path)
    use_menu(window, monkeypatch, "choose_button")
    assert sample_ctx.catalogue.id == "gemeente-zuid"
    use_menu(window, monkeypatch, "standard_button")
    assert "standard catalogue of Spiegelplan again" in prompts.questions[-1]
    assert sample_ctx.catalogue == default_catalogue()
    assert "standard catalogue" in window.statusBar().currentMessage()
    new = start_new_cycle(sample_ctx, "2027\u20132028", []).cycle
    assert (new.catalogue_id, new.catalogue_version) == (default_catalogue().id,
                                                         default_catalogue().version)


def test_the_same_file_again_is_already_in_use(window, sample_ctx, prompts, monkeypatch,
                                               tmp_path) -> None:
    prompts.open_answer = write_organisation_catalogue(tmp_path)
    use_menu(window, monkeypatch, "choose_button")
    use_menu(window, monkeypatch, "choose_button")
    assert len(prompts.questions) == 1
    assert prompts.infos == ["This catalogue is already in use for new plan periods."]
