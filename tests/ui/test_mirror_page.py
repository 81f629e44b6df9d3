"""The mirror page: self-rating saves, forms are made, returned forms import (also by drag and
drop, with an offer to replace), paper answers, the chart and the anonymity note, choices."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton

from pop.context import open_workspace
from pop.demo.generator import create_demo
from pop.domain.sharing import Section
from pop.mirror.model import RaterGroup
from pop.mirror.requests import make_request_forms
from pop.paths import DataPaths
from pop.storage.feedback_repo import FeedbackRepository
from tests.pop.feedback_fill import fill_form
from ui.dialogs.feedback_forms_dialog import FormsRequest
from ui.dialogs.paper_answers_dialog import PaperAnswers


@pytest.fixture
def demo_ctx(tmp_path):  # type: ignore[no-untyped-def]
    ctx = open_workspace(DataPaths(tmp_path / "demo"))
    create_demo(ctx, seed=2, today=date(2026, 11, 22))
    yield ctx
    ctx.close()


def texts(page) -> str:  # type: ignore[no-untyped-def]
    QApplication.processEvents()  # widgets added to a shown page appear on the next loop
    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def test_demo_mirror_shows_chart_table_quadrants_and_the_note(make_page, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page("mirror", demo_ctx)
    shown = texts(page)
    assert "Chain partners: too few people answered" in shown
    assert "Team leader (one person)" in shown and "Blind spot" in shown
    layout = page.chart.chart_layout()
    assert layout is not None and len(layout.axes) == 12
    assert {s.key for s in layout.series} == {"self", "others"}
    for index, spoke in enumerate(layout.axes):  # hovering near a spoke names that competence
        x = layout.center.x + (spoke.end.x - layout.center.x) * 0.7
        y = layout.center.y + (spoke.end.y - layout.center.y) * 0.7
        assert page.chart.spoke_at(x, y) == index
    assert page.chart.spoke_at(layout.center.x, layout.center.y) is None
    partner_texts = [c.text for c in page._mirror.analysis.comments
                     if c.group is RaterGroup.PARTNER]
    assert partner_texts == []
    assert "Ons eerder betrekken" not in shown  # a partner's comment never appears


def test_comment_choice_and_sharing_are_saved(make_page, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make_page("mirror", demo_ctx)
    QApplication.processEvents()
    boxes = [b for b in page.comments_card.findChildren(QCheckBox) if b.isVisible()]
    first = next(b for b in boxes if not b.isChecked())
    first.click()
    fr = FeedbackRepository(demo_ctx.db).latest_round(page._cycle_id)
    assert fr is not None
    before = len(FeedbackRepository(demo_ctx.db).selected_comments(fr.id))
    assert before >= 4
    page.leader_box.click()
    assert demo_ctx.sharing.all()[Section.MIRROR].with_leader


def test_self_rating_is_saved(make_page, reopen) -> None:  # type: ignore[no-untyped-def]
    page = make_page("mirror")
    assert "No feedback round yet" in texts(page)
    statement = page._catalogue.statements[0].id
    page.self_scale.choice(statement).button(4).click()
    page.self_scale.choice(page._catalogue.statements[1].id).button(0).click()
    assert page.self_progress.text().startswith("2 of 24")
    ratings = reopen().assessments.competency_ratings(page._cycle_id)
    assert ratings[statement].score == 4
    assert ratings[page._catalogue.statements[1].id].score is None


def test_make_forms_import_replace_and_paper(  # type: ignore[no-untyped-def]
        make_page, sample_ctx, prompts, tmp_path, monkeypatch) -> None:
    from ui.dialogs import feedback_forms_dialog, paper_answers_dialog

    page = make_page("mirror")
    out = tmp_path / "forms"
    out.mkdir()
    monkeypatch.setattr(feedback_forms_dialog, "ask", lambda parent, deadline: FormsRequest(
        RaterGroup.COLLEAGUE, 3, date.today(), out))
    page.make_button.click()
    made = sorted(out.glob("*.pdf"))
    assert len(made) == 3 and "3 forms saved" in prompts.infos[-1]
    assert "Colleagues" in texts(page)
    for path in made:
        path.write_bytes(fill_form(path.read_bytes(), {"C01a": "4", "C01b": "3"},
                                   {"keep": "Blijf luisteren"}))
    prompts.open_answer = made[0]
    page.import_button.click()
    assert "1 form imported" in prompts.infos[-1]
    page.drop_zone.dropped.emit([Path(p) for p in made])  # drag and drop, one imported before
    assert prompts.questions and "imported before" in prompts.questions[-1]
    assert "3 forms imported" in prompts.infos[-1]
    assert page._mirror is not None and page._mirror.analysis.shown_groups == (
        RaterGroup.COLLEAGUE,)
    monkeypatch.setattr(paper_answers_dialog, "ask", lambda parent, cat, name: PaperAnswers(
        RaterGroup.LEADER, {"C01a": 5}, {"tip": "Ga zo door"}))
    page.paper_button.click()
    assert page._mirror.analysis.shown_groups == (RaterGroup.LEADER, RaterGroup.COLLEAGUE)
    bad = tmp_path / "bad.pdf"
    bad.write_text("not a pdf")
    prompts.open_answer = bad
    page.import_button.click()
    assert "not a PDF" in prompts.errors[-1]


def test_forms_from_the_page_match_the_command(sample_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x"
    out.mkdir()
    made = make_request_forms(sample_ctx, out, RaterGroup.LEADER, 1)
    assert made.paths[0].name.startswith("feedback-sanne-")


def test_hostile_comments_are_shown_exactly(make_page, sample_ctx) -> None:  # type: ignore[no-untyped-def]
    from pop.exchange.feedback_import import add_paper_response
    from pop.mirror.requests import ensure_round
    from tests.hostile_texts import HOSTILE_TEXTS

    round_id = ensure_round(sample_ctx).id
    chosen = HOSTILE_TEXTS[:12] + ["x" * 20_000, "   leading and trailing spaces   "]
    for text in chosen:
        add_paper_response(sample_ctx, round_id, RaterGroup.COLLEAGUE, {"C01a": 3},
                           {"keep": text})
    page = make_page("mirror")
    shown = {label.text() for label in page.comments_card.findChildren(QLabel)}
    assert all(text in shown for text in chosen)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_page_is_named_reachable_and_uncut(make_page, demo_ctx, themed_app, lang) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QWidget

    from tests.ui.test_quality import INPUTS, is_inner_part
    from ui.app import prepare

    prepare(themed_app, lang)
    try:
        page = make_page("mirror", demo_ctx)
        page.resize(1280, 820)
        QApplication.processEvents()
        problems = []
        for widget in page.findChildren(QWidget):
            if not widget.isVisible() or is_inner_part(widget):
                continue
            if isinstance(widget, INPUTS):
                label = widget.accessibleName() or (
                    widget.text() if isinstance(widget, QAbstractButton) else "")
                if not label.strip():
                    problems.append(f"{type(widget).__name__} without a name")
            if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
                needed = widget.fontMetrics().horizontalAdvance(widget.text())
                if widget.contentsRect().width() + 1 < needed:
                    problems.append(f"label cut: {widget.text()!r}")
            elif (isinstance(widget, QAbstractButton) and widget.text()
                  and widget.width() + 1 < widget.sizeHint().width()):
                problems.append(f"button cut: {widget.text()!r}")
        assert problems == []
    finally:
        prepare(themed_app, "en")


def test_an_answer_can_be_removed(make_page, demo_ctx, prompts) -> None:  # type: ignore[no-untyped-def]
    page = make_page("mirror", demo_ctx)
    assert page.received_button.text() == "Answers received (10)"
    page.received_button.click()
    QApplication.processEvents()
    removes = [b for b in page.received_box.findChildren(QPushButton) if b.isVisible()]
    assert len(removes) == 10 and "form TL-01" in removes[0].accessibleName()
    removes[0].click()  # the team leader's form
    assert prompts.questions and "team leader" in prompts.questions[-1]
    assert page.received_button.text() == "Answers received (9)"
    assert RaterGroup.LEADER not in page._mirror.analysis.shown_groups
