"""Every dialog and the welcome, in Dutch and English: translated, every control named for
screen readers and reachable by Tab, no cut-off labels; Qt's own buttons and menus in Dutch.

The pages themselves are walked in ``test_quality.py``; this file walks what opens on top of
them (and what comes before them), with the same rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from pop.exchange.plan_collect import collect
from pop.i18n import set_language
from tests.ui.test_quality import (
    ENGLISH_WORDS,
    INPUTS,
    control_problems,
    cut_off_problem,
    english_patterns,
    is_inner_part,
    texts_of,
)
from ui.widgets.screen_fit import FRAME_ROOM, fitting


def _dialogs(ctx) -> dict[str, Callable[[], QWidget]]:  # type: ignore[no-untyped-def]
    from pop.catalogue.choice import summarize
    from pop.catalogue.model import Text
    from ui.dialogs.catalogue_dialog import CatalogueDialog
    from ui.dialogs.feedback_forms_dialog import FeedbackFormsDialog
    from ui.dialogs.goal_links_dialog import GoalLinksDialog
    from ui.dialogs.new_cycle_dialog import NewCycleDialog
    from ui.dialogs.paper_answers_dialog import PaperAnswersDialog
    from ui.dialogs.restore_dialog import RestoreDialog
    from ui.dialogs.share_dialog import ShareDialog
    from ui.welcome_view import WelcomeView

    cycle = ctx.current_cycle()
    catalogue = ctx.catalogue_for(cycle)
    goal = ctx.goals.for_cycle(cycle.id)[0]
    return {
        "welcome": lambda: WelcomeView(True),
        "feedback_forms": lambda: FeedbackFormsDialog(date(2026, 3, 31)),
        "goal_links": lambda: GoalLinksDialog(catalogue, list(goal.links)),
        "new_cycle": lambda: NewCycleDialog(ctx),
        "paper_answers": lambda: PaperAnswersDialog(catalogue, "Sam"),
        "share": lambda: ShareDialog(ctx, collect(ctx)),
        "restore": lambda: RestoreDialog([ctx.backup_now()]),
        "restore_without_backups": lambda: RestoreDialog([]),
        "catalogue": lambda: CatalogueDialog(summarize(catalogue)),
        "catalogue_of_an_organisation": lambda: CatalogueDialog(replace(
            summarize(catalogue), id="gemeente-zuid", version="2027.1", standard=False,
            name=Text("Catalogus Gemeente Zuid", "Municipality South catalogue"))),
    }


@pytest.fixture(scope="module", params=["nl", "en"])
def every_dialog(request, themed_app, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Every dialog built once per language for all the checks below (building them all is
    the slow part), on a sample plan of their own."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from pop.context import open_workspace
    from pop.paths import DataPaths
    from tests.ui.sample_plan import fill_sample_plan
    from ui.app import prepare

    ctx = open_workspace(DataPaths(tmp_path_factory.mktemp("dialogs") / "data"))
    fill_sample_plan(ctx)
    prepare(themed_app, request.param)
    built = []
    for name, make in _dialogs(ctx).items():
        widget = make()
        widget.show()
        QApplication.processEvents()
        built.append((name, widget))
    yield request.param, built
    for _name, widget in built:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.close()
    prepare(themed_app, "en")
    set_language("en")


def _widgets(top: QWidget) -> list[QWidget]:
    return [w for w in top.findChildren(QWidget) if w.isVisibleTo(top) and not is_inner_part(w)]


def test_every_dialog_text_is_dutch(every_dialog) -> None:  # type: ignore[no-untyped-def]
    lang, built = every_dialog
    if lang != "nl":
        pytest.skip("Dutch only")
    patterns = english_patterns()
    problems = []
    for name, top in built:
        texts = [top.windowTitle()] if isinstance(top, QDialog) else []
        for widget in [top, *_widgets(top)]:
            texts.extend(t for t in texts_of(widget) if t)
        for text in texts:
            plain = text.replace("&", "")
            if any(p.fullmatch(plain) for p in patterns) or ENGLISH_WORDS.search(plain):
                problems.append(f"{name}: {text!r}")
    assert problems == []


def test_every_dialog_control_is_named_and_reachable(every_dialog) -> None:  # type: ignore[no-untyped-def]
    _lang, built = every_dialog
    problems = []
    for name, top in built:
        for widget in _widgets(top):
            if isinstance(widget, INPUTS):
                problems.extend(f"{name}: {p}" for p in control_problems(widget))
    assert problems == []


def test_no_dialog_label_or_button_is_cut_off(every_dialog) -> None:  # type: ignore[no-untyped-def]
    lang, built = every_dialog
    problems = []
    for name, top in built:
        for widget in _widgets(top):
            problem = cut_off_problem(widget) if widget.isVisible() else None
            if problem:
                problems.append(f"{lang}/{name}: {problem}")
    assert problems == []


def test_qt_message_box_and_text_menu_are_dutch(themed_app, qtbot) -> None:
    from ui.app import prepare

    prepare(themed_app, "nl")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "Spiegelplan", "?",
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        buttons = {box.button(b).text().replace("&", "")
                   for b in (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel)}
        assert buttons == {"OK", "Annuleren"}
        edit = QLineEdit("tekst")
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        texts = {a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()}
        assert {"Knippen", "Kopiëren", "Plakken"} <= texts, texts
        assert not texts & {"Cut", "Copy", "Paste", "Undo", "Select All", "Delete"}
        menu.deleteLater()
    finally:
        prepare(themed_app, "en")



def test_every_dialog_fits_its_screen(every_dialog) -> None:  # type: ignore[no-untyped-def]
    lang, built = every_dialog
    room = QApplication.primaryScreen().availableGeometry().size()
    too_big = [f"{lang}/{name}: {top.width()}x{top.height()}" for name, top in built
               if isinstance(top, QDialog) and (top.height() > room.height() - FRAME_ROOM
                                                or top.width() > room.width() - FRAME_ROOM)]
    assert too_big == []


def test_a_big_dialog_shrinks_to_a_small_laptop_screen() -> None:
    """1366 x 768 with a taskbar leaves about 1366 x 728; the dialog's content scrolls."""
    from PySide6.QtCore import QSize

    assert fitting(QSize(900, 760), QSize(1366, 728)) == QSize(900, 648)
    assert fitting(QSize(660, 600), QSize(1920, 1040)) == QSize(660, 600)
    assert fitting(QSize(900, 760), QSize(300, 300)) == QSize(320, 320)  # never unusable
