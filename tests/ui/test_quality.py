"""Every page, in Dutch and English: translated, named for screen readers, reachable by
keyboard, and without cut-off labels."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from pop.i18n import set_language, translations
from ui.pages.registry import PAGE_NAMES
from ui.session import Session

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_WORDS = re.compile(r"\b(the|your|you|with|and|what|how|this|from|which|when)\b",
                           re.IGNORECASE)
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton,
          QAbstractItemView)


def english_patterns() -> list[re.Pattern[str]]:
    """Every English text in the source that is not the same in Dutch, as a pattern."""
    spec = importlib.util.spec_from_file_location("i18n_sync", ROOT / "tools" / "i18n_sync.py")
    assert spec is not None and spec.loader is not None
    sync = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sync)
    dutch = translations("nl")
    patterns = []
    for texts in sync.all_texts().values():
        for msgid in texts:
            if dutch.get(msgid) != msgid and len(msgid) > 3:
                body = re.escape(msgid.replace("&", ""))
                # A placeholder stands for a value (a number, a date, a name): no sentence.
                patterns.append(re.compile(re.sub(r"\\\{\w*\\\}", r"\\S+", body)))
    return patterns


def texts_of(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text().replace("&", "")
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        yield from (header.text(i) for i in range(header.columnCount()))
    yield widget.accessibleName()
    yield widget.toolTip()


def is_inner_part(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a spin box's line edit, a combo's list)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def control_problems(widget: QWidget) -> list[str]:
    """What keeps a control from screen readers or the keyboard: no name, no Tab stop."""
    label = widget.accessibleName() or (
        widget.text() if isinstance(widget, QAbstractButton) else "")
    problems = []
    if not label.strip():
        problems.append(f"{type(widget).__name__} without a name")
    if not widget.focusPolicy() & widget.focusPolicy().TabFocus:
        problems.append(f"{label or type(widget).__name__} not reachable by Tab")
    return problems


def cut_off_problem(widget: QWidget) -> str | None:
    """A label or button narrower than its text, described; None when it all shows."""
    if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
        lines = widget.text().split("\n")
        needed = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
        if widget.contentsRect().width() + 1 < needed:
            return f"label {widget.text()!r}"
    elif (isinstance(widget, QAbstractButton) and widget.text()
          and widget.width() + 1 < widget.sizeHint().width()):
        return f"button {widget.text()!r}"
    elif isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        room = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, widget)
        if room.width() + 1 < widget.fontMetrics().horizontalAdvance(widget.currentText()):
            return f"choice {widget.currentText()!r}"
    return None


@pytest.fixture(params=["nl", "en"])
def every_page(request, themed_app, qtbot, data_paths, prompts):  # type: ignore[no-untyped-def]
    from pop.context import open_workspace
    from tests.ui.sample_plan import fill_sample_plan
    from ui.app import prepare

    ctx = open_workspace(data_paths)
    fill_sample_plan(ctx)
    ctx.close()
    prepare(themed_app, request.param)
    session = Session(data_paths, prompts, None)
    window = session.start()
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    pages = []
    for name in PAGE_NAMES:
        page = window.show_page(name)
        QApplication.processEvents()
        pages.append((name, page))
    yield request.param, window, pages
    session.close()
    prepare(themed_app, "en")
    set_language("en")


def test_every_visible_text_is_translated(every_page) -> None:
    lang, window, pages = every_page
    if lang != "nl":
        pytest.skip("Dutch only")
    patterns = english_patterns()
    problems = []
    menu_texts = [a.text().replace("&", "") for m in window.menuBar().actions()
                  for a in [m, *m.menu().actions()]]
    for name, page in pages:
        window.show_page(name)
        QApplication.processEvents()
        texts = list(menu_texts)
        for widget in page.findChildren(QWidget):
            if widget.isVisibleTo(page):
                texts.extend(t for t in texts_of(widget) if t)
        for text in texts:
            if any(p.fullmatch(text.replace("&", "")) for p in patterns) or \
                    ENGLISH_WORDS.search(text):
                problems.append(f"{name}: {text!r}")
    assert problems == []


def test_every_control_has_a_name_and_takes_keyboard_focus(every_page) -> None:
    _lang, window, pages = every_page
    problems = []
    for name, page in pages:
        window.show_page(name)
        QApplication.processEvents()
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, INPUTS) or is_inner_part(widget):
                continue
            if not widget.isVisibleTo(page):
                continue
            problems.extend(f"{name}: {p}" for p in control_problems(widget))
    assert problems == []


def test_no_label_or_button_is_cut_off(every_page) -> None:
    lang, window, pages = every_page
    problems = []
    for name, page in pages:
        window.show_page(name)
        QApplication.processEvents()
        for widget in page.findChildren(QWidget):
            if not widget.isVisible() or is_inner_part(widget):
                continue
            problem = cut_off_problem(widget)
            if problem:
                problems.append(f"{lang}/{name}: {problem}")
    assert problems == []


def test_profile_fields_are_visited_in_reading_order(every_page) -> None:
    _lang, window, _pages = every_page
    page = window.show_page("profile")
    order = [page.name_edit, page.function_edit, page.team_edit, page.employer_edit,
             page.parent_edit, page.leader_edit]
    for current, following in zip(order, order[1:], strict=False):
        assert next_tab_stop(current) is following


def next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to from ``widget``."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget:
        if (candidate.focusPolicy() & candidate.focusPolicy().TabFocus
                and candidate.isVisible() and candidate.isEnabled()):
            return candidate
        candidate = candidate.nextInFocusChain()
    return widget


def test_qt_own_buttons_are_dutch(themed_app, qtbot) -> None:
    from ui.app import prepare

    prepare(themed_app, "nl")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace(
            "&", "") == "Annuleren"
    finally:
        prepare(themed_app, "en")
