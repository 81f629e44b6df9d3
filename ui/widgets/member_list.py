"""The team members as a list (title: name; second line: function), as a model with a view
so a team of 1,000 costs nothing until it is scrolled."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from pop.team.model import TeamMember
from ui.widgets.two_line_list import TwoLineDelegate

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class MemberListModel(QAbstractListModel):
    """Name and function per member."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[int, str]] = []

    def show(self, members: Sequence[TeamMember]) -> None:
        """Show ``members`` in their order."""
        self.beginResetModel()
        self.items = [(m.id, m.name + (f"\n{m.plan.member.function}"
                                       if m.plan.member.function else "")) for m in members]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """How many members."""
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text ("name\\nfunction") and the member's id."""
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        member_id, text = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == MEMBER_ROLE:
            return member_id
        return None

    def row_of(self, member_id: int | None) -> int:
        """The row of a member (-1 if absent)."""
        return next((i for i, (mid, _t) in enumerate(self.items) if mid == member_id), -1)


class MemberList(QListView):
    """The list view."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_model = MemberListModel(self)
        self.setModel(self.member_model)
        self.setAccessibleName(accessible_name)
        self.setItemDelegate(TwoLineDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def count(self) -> int:
        """How many members are listed."""
        return self.member_model.rowCount()

    def current_member_id(self) -> int | None:
        """The chosen member's id."""
        index = self.currentIndex()
        return int(index.data(MEMBER_ROLE)) if index.isValid() else None

    def choose_row(self, row: int) -> None:
        """Make ``row`` the current one."""
        if 0 <= row < self.count():
            self.setCurrentIndex(self.member_model.index(row, 0))
