"""Tab follows the reading order: the order in which a page lays out its controls.

Qt's own tab order is the order in which widgets were given their parent, which differs from
what the user sees as soon as a composite control (a date field, a row built later) is made
before the fields above it. :func:`reading_order` walks the layouts instead: boxes in their
order, grids and forms row by row, the visible tab of a tab widget, the content of a scroll
area. :func:`move_focus` uses it for Tab and Shift+Tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QGridLayout,
    QLayout,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


def reading_order(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that Tab should visit, in reading order."""
    found: list[QWidget] = []
    _visit_widget(root, root, found, top=True)
    return found


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()


def _skipped_radio(widget: QWidget) -> bool:
    """An unticked radio button in a group with a ticked one: Tab goes to the ticked one only
    (the arrow keys move within the group)."""
    if not isinstance(widget, QRadioButton) or widget.isChecked():
        return False
    group = widget.group()
    if group is not None:
        peers = group.buttons() if group.exclusive() else []
    elif widget.autoExclusive() and widget.parentWidget() is not None:
        peers = [b for b in widget.parentWidget().findChildren(QRadioButton)
                 if b.autoExclusive() and b.parentWidget() is widget.parentWidget()]
    else:
        peers = []
    return any(peer.isChecked() for peer in peers if peer is not widget)


def _visit_widget(widget: QWidget, root: QWidget, found: list[QWidget], top: bool = False) -> None:
    if not top and not widget.isVisibleTo(root):
        return
    inner = widget.widget() if isinstance(widget, QScrollArea) else None
    if inner is not None:
        _visit_widget(inner, root, found)
        return
    if isinstance(widget, QTabWidget | QStackedWidget):
        if isinstance(widget, QTabWidget) and _takes_tab(widget):  # its tab bar takes focus
            found.append(widget)
        shown: QWidget | None = widget.currentWidget()
        if shown is not None:
            _visit_widget(shown, root, found)
        return
    layout = widget.layout()
    if not top and _takes_tab(widget) and (layout is None or isinstance(widget, QAbstractButton)):
        if not _skipped_radio(widget):
            found.append(widget)
        return
    if layout is not None:
        _visit_layout(layout, root, found)


def _visit_layout(layout: QLayout, root: QWidget, found: list[QWidget]) -> None:
    positions: list[tuple[tuple[int, int], int]] = []
    for index in range(layout.count()):
        if isinstance(layout, QGridLayout):
            grid_place: tuple[int, int, int, int] = layout.getItemPosition(index)  # type: ignore[assignment]
            positions.append(((grid_place[0], grid_place[1]), index))
        elif isinstance(layout, QFormLayout):
            form_place: tuple[int, QFormLayout.ItemRole] = layout.getItemPosition(index)  # type: ignore[assignment]
            positions.append(((form_place[0], int(form_place[1].value)), index))
        else:
            positions.append(((index, 0), index))
    for _key, index in sorted(positions):
        item = layout.itemAt(index)
        if item is None:
            continue
        child_widget, child_layout = item.widget(), item.layout()
        if child_widget is not None:
            _visit_widget(child_widget, root, found)
        elif child_layout is not None:
            _visit_layout(child_layout, root, found)


def move_focus(root: QWidget, forward: bool) -> bool:
    """Move the focus inside ``root`` to the next (or previous) control in reading order.

    Returns False when the focus is not in ``root`` or is at its last (first) control, so the
    caller can let Qt leave ``root`` the usual way."""
    order = reading_order(root)
    current: QWidget | None = root.focusWidget()
    while current is not None and current is not root and current not in order:
        current = current.parentWidget()
    if current is None or current is root:
        return False
    index = order.index(current) + (1 if forward else -1)
    if not 0 <= index < len(order):
        return False
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    order[index].setFocus(reason)
    return True


def leave(root: QWidget, forward: bool) -> bool:
    """Move the focus to the first control outside ``root`` in Qt's chain (after the last, or
    before the first, control of ``root``)."""
    start = root.focusWidget() or root
    candidate = start.nextInFocusChain() if forward else start.previousInFocusChain()
    while candidate is not None and candidate is not start:
        if (not root.isAncestorOf(candidate) and candidate is not root
                and _takes_tab(candidate) and candidate.isVisible()):
            reason = (Qt.FocusReason.TabFocusReason if forward
                      else Qt.FocusReason.BacktabFocusReason)
            candidate.setFocus(reason)
            return True
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
    return False
