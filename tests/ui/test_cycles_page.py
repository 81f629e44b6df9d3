"""Plan periods: status moves one step at a time; a new period carries chosen goals."""

from __future__ import annotations

from pop.domain.cycle import CycleStatus, EvaluationKind


def test_status_moves_forward_and_back(make_page, sample_ctx) -> None:
    page = make_page("cycles")
    page.forward_button.click()
    assert sample_ctx.current_cycle().status is CycleStatus.DISCUSSED
    page.back_button.click()
    assert sample_ctx.current_cycle().status is CycleStatus.CONCEPT


def test_context_and_evaluation_are_saved(make_page, reopen) -> None:
    page = make_page("cycles")
    page.ambition_edit.setPlainText("Over twee jaar vraagbaak schulden in het team.")
    fields = page._evaluation_fields[EvaluationKind.MIDTERM]
    fields.text.setPlainText("Halverwege: twee van de drie doelen op koers.")
    page.flush()
    ctx = reopen()
    cycle = ctx.current_cycle()
    assert cycle.ambition == "Over twee jaar vraagbaak schulden in het team."
    assert ctx.cycles.evaluation(cycle.id, EvaluationKind.MIDTERM).text.startswith("Halverwege")


def test_new_period_carries_the_chosen_goals(make_page, monkeypatch, sample_ctx) -> None:
    from ui.dialogs.new_cycle_dialog import NewCycleRequest

    page = make_page("cycles")
    old = sample_ctx.current_cycle()
    goals = sample_ctx.goals.for_cycle(old.id)
    monkeypatch.setattr("ui.dialogs.new_cycle_dialog.ask", lambda *_a: NewCycleRequest(
        "2027\u20132028", None, None, [goals[0].id]))
    seen: list[str] = []
    page.env.events.changed.connect(seen.append)
    page.new_button.click()
    new = sample_ctx.current_cycle()
    assert new.id != old.id and new.title == "2027\u20132028"
    assert [g.title for g in sample_ctx.goals.for_cycle(new.id)] == [goals[0].title]
    assert "plan" in seen
    assert page.title_edit.text() == "2027\u20132028"


def test_earlier_periods_are_readable(make_page, sample_ctx) -> None:
    page = make_page("cycles")
    page.cycle_list.setCurrentRow(page.cycle_list.count() - 1)
    assert "2025" in page.summary.toPlainText()
    assert "Beter signaleren bij jongeren" in page.summary.toPlainText()


def test_new_cycle_dialog_suggests_the_next_period(themed_app, qtbot, sample_ctx) -> None:
    from ui.dialogs.new_cycle_dialog import NewCycleDialog

    dialog = NewCycleDialog(sample_ctx)
    qtbot.addWidget(dialog)
    request = dialog.request()
    assert request.title == "2027\u20132028"
    assert len(request.carry_goal_ids) == 2


def test_both_evaluations_start_at_the_top_side_by_side(make_page) -> None:
    from PySide6.QtWidgets import QApplication

    from pop.domain.cycle import EvaluationKind

    page = make_page("cycles")
    mid = page._evaluation_fields[EvaluationKind.MIDTERM]
    end = page._evaluation_fields[EvaluationKind.END]
    mid.text.setPlainText("Een lange terugblik.\n" * 12)  # one column grows
    QApplication.processEvents()
    assert mid.when.mapTo(page, mid.when.rect().topLeft()).y() == \
        end.when.mapTo(page, end.when.rect().topLeft()).y()
    page.flush()  # the typed text is saved now, not later on a closed plan
