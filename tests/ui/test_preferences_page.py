"""Learning preferences: scores are saved; the activities of the strongest ones appear."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel


def test_score_is_saved_and_fit_follows(make_page, reopen) -> None:
    page = make_page("preferences")
    choice, chosen_label = page._choices["discovering"]
    choice.button(5).click()
    assert chosen_label.text() == page._catalogue.preference_scale[-1].label.get()
    QApplication.processEvents()  # new labels are shown by the event loop
    shown = " ".join(w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page))
    discovering = next(p for p in page._catalogue.preferences if p.id == "discovering")
    assert discovering.activities.get()[0] in shown
    assert reopen().assessments.preferences(page._cycle_id)["discovering"].score == 5


def test_button_leads_to_the_goals(make_page) -> None:
    page = make_page("preferences")
    asked: list[str] = []
    page.env.events.navigate.connect(asked.append)
    page.goals_button.click()
    assert asked == ["goals"]
