"""Goals: add and edit goals and activities; the SMART check points out what is missing."""

from __future__ import annotations

from datetime import date

from pop.domain.goals import ActivityStatus, ActivityType, GoalLink, LinkKind
from pop.scoring.smart_check import HintKind


def hint_texts(page) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QLabel

    QApplication.processEvents()  # new labels are shown by the event loop
    frame = page.editor.smart_frame
    return " ".join(w.text() for w in frame.findChildren(QLabel) if w.isVisibleTo(frame))


def test_new_goal_is_saved_and_smart_check_guides(make_page, qtbot, reopen) -> None:
    page = make_page("goals")
    count = page.goal_list.count()
    page.add_goal()
    assert page.goal_list.count() == count + 1
    editor = page.editor
    qtbot.keyClicks(editor.title_edit, "Gesprekken voeren met jongeren over geld")
    editor.criteria_edit.setPlainText("Drie gesprekken gevoerd")
    page.flush()
    texts = hint_texts(page)
    from pop.scoring.smart_check import SmartHint

    assert SmartHint(HintKind.NO_DATE).message in texts
    assert SmartHint(HintKind.NO_CRITERIA).message not in texts
    editor.due_field.set_value(date(2026, 12, 1))
    editor.due_field.changed.emit()
    assert SmartHint(HintKind.NO_DATE).message not in hint_texts(page)
    goal_id = page.current_goal_id()
    stored = reopen().goals.get(goal_id)
    assert stored.title == "Gesprekken voeren met jongeren over geld"
    assert stored.due_date == date(2026, 12, 1)
    assert stored.success_criteria == "Drie gesprekken gevoerd"


def test_links_come_from_the_dialog(make_page, monkeypatch, sample_ctx) -> None:
    page = make_page("goals")
    chosen = [GoalLink(LinkKind.BLOCK, "LG5"), GoalLink(LinkKind.COMPETENCY, "C01")]
    monkeypatch.setattr("ui.dialogs.goal_links_dialog.ask", lambda *_args: chosen)
    page.editor.links_button.click()
    goal = sample_ctx.goals.get(page.current_goal_id())
    assert goal.links == chosen
    assert page._goal(goal.id) is not None
    assert "Opvoeden" in page.editor.links_label.text() or page.editor.links_label.text()


def test_activity_is_added_edited_and_asks_for_a_transfer_plan(make_page, qtbot,
                                                                reopen) -> None:
    page = make_page("goals")
    page.goal_list.setCurrentRow(1)
    editor = page.editor
    before = len(editor._activities)
    editor.add_activity_button.click()
    activity_editor = editor._activities[-1]
    assert len(editor._activities) == before + 1
    qtbot.keyClicks(activity_editor.title_edit, "E-learning armoede")
    activity_editor.form_combo.setCurrentIndex(activity_editor.form_combo.findData("e_learning"))
    activity_editor.status_combo.setCurrentIndex(
        activity_editor.status_combo.findData(ActivityStatus.DONE.value))
    activity_editor.hours_spin.setValue(3.5)
    activity_editor.cost_spin.setValue(19.99)
    page.flush()
    assert activity_editor.transfer_note.isVisibleTo(activity_editor)
    assert "E-learning armoede" in hint_texts(page)
    activity_editor.transfer_edit.setPlainText("Ik deel de checklist in het teamoverleg.")
    page.flush()
    assert "E-learning armoede" not in hint_texts(page)
    stored = reopen().activities.get(activity_editor.activity.id)
    assert stored.type is ActivityType.FORMAL and stored.hours == 3.5
    assert stored.cost_cents == 1999
    assert stored.transfer_plan == "Ik deel de checklist in het teamoverleg."


def test_progress_note_and_removing_a_goal(make_page, prompts, sample_ctx) -> None:
    page = make_page("goals")
    goal_id = page.current_goal_id()
    page.editor.add_note_button.click()
    notes = sample_ctx.goals.notes(goal_id)
    assert notes and notes[-1].text == ""
    page.delete_button.click()
    assert prompts.questions and sample_ctx.goals.get(goal_id) is None
    prompts.confirm_answer = False
    other = page.current_goal_id()
    page.delete_button.click()
    assert sample_ctx.goals.get(other) is not None


def test_empty_plan_shows_a_friendly_start(make_page, data_paths, tmp_path) -> None:
    from pop.context import open_workspace
    from pop.paths import DataPaths
    from pop.services.cycles import start_plan

    ctx = open_workspace(DataPaths(tmp_path / "empty"))
    try:
        start_plan(ctx, "Kim")
        page = make_page("goals", ctx)
        assert page.editor_stack.currentIndex() == 0
        page.add_goal()
        assert page.editor_stack.currentIndex() == 1
    finally:
        ctx.close()


def test_long_dutch_choices_of_an_activity_are_not_cut_off(make_page) -> None:
    from PySide6.QtWidgets import QApplication, QComboBox

    from pop.i18n import set_language
    from tests.ui.test_quality import cut_off_problem

    set_language("nl")  # the catalogue's Dutch names are the long ones
    try:
        page = make_page("goals")
        page.resize(1085, 760)  # the room beside the navigation in a 1280-wide window
        editor = page.editor
        editor.add_activity_button.click()
        activity = editor._activities[-1]
        for combo_box, value in ((activity.category_combo, "other"),
                                 (activity.type_combo, "20")):
            combo_box.setCurrentIndex(combo_box.findData(value))
        QApplication.processEvents()
        assert "deskundigheid" in activity.category_combo.currentText()
        problems = [cut_off_problem(c) for c in activity.findChildren(QComboBox)]
        assert [p for p in problems if p] == []
    finally:
        set_language("en")
