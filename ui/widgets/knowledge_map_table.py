"""The team knowledge map: members down, knowledge blocks across.

Every cell shows the level as a number and as a shade of one blue scale (light = 0, dark =
4), so it reads without colour vision; level 4 (go-to person) is bold. Column headers carry
the block's code with its full name as tooltip; a legend explains the shades.

A model with a view (not one widget item per cell): a team of 1,000 members is 22,000
cells, which the view asks for only when they are painted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from pop.catalogue.model import Block, Catalogue
from pop.i18n import _
from pop.team.overview import MapRow, TeamOverview

LEVEL_COLOURS = ("#F1F4F8", "#D3E2F0", "#9FC1E0", "#4F89C0", "#1C4F85")
LEVEL_TEXT = ("#1B2733", "#1B2733", "#1B2733", "#FFFFFF", "#FFFFFF")
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_VISIBLE_ROWS = 16
Index = QModelIndex | QPersistentModelIndex


def level_legend(catalogue: Catalogue, parent: QWidget | None = None) -> QWidget:
    """The shades with their number and name."""
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for level in catalogue.levels:
        label = QLabel(f" {level.value} \u00b7 {level.label.get()} ", box)
        label.setStyleSheet(
            f"background: {LEVEL_COLOURS[level.value]}; color: {LEVEL_TEXT[level.value]};"
            " border-radius: 3px; padding: 2px 6px;")
        label.setToolTip(level.descriptor.get())
        layout.addWidget(label)
    layout.addStretch(1)
    return box


class KnowledgeMapModel(QAbstractTableModel):
    """Levels per member (rows) and block (columns)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MapRow] = []
        self.blocks: list[Block] = []
        self.level_names: dict[int, str] = {}
        self._backgrounds = [QBrush(QColor(c)) for c in LEVEL_COLOURS]
        self._foregrounds = [QBrush(QColor(c)) for c in LEVEL_TEXT]
        self._bold = QFont()
        self._bold.setBold(True)

    def show(self, overview: TeamOverview, catalogue: Catalogue) -> None:
        """Show ``overview``."""
        self.beginResetModel()
        self.rows = list(overview.rows)
        self.blocks = list(overview.blocks)
        self.level_names = {lv.value: lv.label.get() for lv in catalogue.levels}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Members."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Blocks."""
        return 0 if parent.isValid() else len(self.blocks)

    def level(self, row: int, column: int) -> int | None:
        """The level in a cell (``None``: not shared or not filled in)."""
        member = self.rows[row]
        return member.levels.get(self.blocks[column].id) if member.shared else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Number, shade, tooltip and member id of a cell."""
        if not index.isValid():
            return None
        level = self.level(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "\u2013" if level is None else str(level)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == MEMBER_ROLE:
            return self.rows[index.row()].member_id
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            name, block = self.rows[index.row()].name, self.blocks[index.column()].label.get()
            if level is None:
                return _("{name} \u2013 {block}: not shared or not filled in").format(
                    name=name, block=block)
            return f"{name} \u2013 {block}: {level} ({self.level_names.get(level, '')})"
        if level is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._backgrounds[level]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foregrounds[level]
        if role == Qt.ItemDataRole.FontRole and level == 4:
            return self._bold
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Block codes across (full name as tooltip), member names down."""
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.blocks):
                block = self.blocks[section]
                if role == Qt.ItemDataRole.DisplayRole:
                    return block.id
                if role == Qt.ItemDataRole.ToolTipRole:
                    return block.label.get()
            return None
        if 0 <= section < len(self.rows) and role in (Qt.ItemDataRole.DisplayRole,
                                                     Qt.ItemDataRole.ToolTipRole):
            return self.rows[section].name
        return None


class KnowledgeMapTable(QTableView):
    """The map as a read-only table (keyboard and screen reader friendly)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map_model = KnowledgeMapModel(self)
        self.setModel(self.map_model)
        self.setAccessibleName(_("Knowledge map"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(32)

    def show_overview(self, overview: TeamOverview, catalogue: Catalogue) -> None:
        """Fill the table; its height fits up to :data:`MAX_VISIBLE_ROWS` members."""
        self.map_model.show(overview, catalogue)
        count = len(overview.rows)
        header_height = self.horizontalHeader().sizeHint().height()
        visible = max(1, min(count, MAX_VISIBLE_ROWS))
        row_height = self.verticalHeader().defaultSectionSize()
        height = header_height + visible * row_height + 2 * self.frameWidth()
        if count > visible:
            height += row_height // 2  # a half row shows that there is more below
        self.setFixedHeight(height + 2)
