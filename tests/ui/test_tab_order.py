"""Tab visits every control of a page once, in the order the page is read: top to bottom,
and left to right within a row (a column or card is finished before the next one)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QScrollArea, QWidget

from tests.ui.test_quality import every_page, is_inner_part  # noqa: F401 - the fixture
from ui.widgets.tab_order import reading_order


def _tab_stops(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and not is_inner_part(w)
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QScrollArea)
            and w.parentWidget() is not None and not w.parentWidget().inherits("QTabWidget")]


def test_tab_visits_every_control_in_reading_order(every_page) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    lang, window, pages = every_page
    if lang != "nl":
        return
    problems = []
    for name, page in pages:
        window.show_page(name)
        QApplication.processEvents()
        order = reading_order(page)
        for widget in _tab_stops(page):
            if widget not in order and not widget.inherits("QRadioButton"):
                problems.append(f"{name}: {widget.accessibleName() or type(widget).__name__}"
                                " is never reached")
        for before, after in zip(order, order[1:], strict=False):
            a, b = before.mapTo(page, QPoint(0, 0)), after.mapTo(page, QPoint(0, 0))
            if b.y() + after.height() <= a.y() and b.x() <= a.x():
                problems.append(f"{name}: {before.accessibleName()!r} -> "
                                f"{after.accessibleName()!r} goes back up")
    assert problems == []


@pytest.mark.parametrize("name", ["journal", "goals", "cycles", "export"])
def test_tab_and_shift_tab_follow_the_reading_order(make_page, qtbot, name) -> None:  # type: ignore[no-untyped-def]
    page = make_page(name)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    order = reading_order(page)
    assert len(order) > 5
    for before, after in zip(order, order[1:], strict=False):
        if not isinstance(before, QDateTimeEdit):  # Tab first walks day, month and year
            before.setFocus()
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert _owner(QApplication.focusWidget(), order) is after
        if not isinstance(after, QDateTimeEdit):
            after.setFocus()
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
            assert _owner(QApplication.focusWidget(), order) is before
    if name == "journal":  # the date comes after the title, not before it
        assert order.index(page.date_field.edit) == order.index(page.title_edit) + 1


def _owner(widget: QWidget | None, order: list[QWidget]) -> QWidget | None:
    while widget is not None and widget not in order:
        widget = widget.parentWidget()
    return widget


def test_tab_goes_to_the_ticked_answer_of_a_statement(make_page) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QRadioButton

    page = make_page("mindset")
    radios = [w for w in reading_order(page) if isinstance(w, QRadioButton)]
    by_group: dict[int, list[QRadioButton]] = {}
    for radio in radios:
        by_group.setdefault(id(radio.group()), []).append(radio)
    assert len(by_group) > 5
    for stops in by_group.values():
        group = stops[0].group()
        if group.checkedButton() is not None:
            assert stops == [group.checkedButton()]
        else:  # nothing chosen yet: every answer can be reached
            assert len(stops) == len(group.buttons())
