"""The team knowledge map: members down, knowledge blocks across.

Every cell shows the level as a number and as a shade of one blue scale (light = 0, dark =
4), so it reads without colour vision; level 4 (go-to person) is bold. Column headers carry
the block's code with its full name as tooltip; a legend explains the shades.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pop.catalogue.model import Catalogue
from pop.i18n import _
from pop.team.overview import TeamOverview

LEVEL_COLOURS = ("#F1F4F8", "#D3E2F0", "#9FC1E0", "#4F89C0", "#1C4F85")
LEVEL_TEXT = ("#1B2733", "#1B2733", "#1B2733", "#FFFFFF", "#FFFFFF")
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1


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


class KnowledgeMapTable(QTableWidget):
    """The map as a read-only table (keyboard and screen reader friendly)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Knowledge map"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(32)

    def show_overview(self, overview: TeamOverview, catalogue: Catalogue,
                      rows: Sequence[int] | None = None) -> None:
        """Fill the table (``rows``: the row indexes of ``overview.rows`` to show)."""
        blocks = list(overview.blocks)
        chosen = [overview.rows[i] for i in rows] if rows is not None else list(overview.rows)
        self.setUpdatesEnabled(False)
        try:
            self.clear()
            self.setColumnCount(len(blocks))
            self.setRowCount(len(chosen))
            for col, block in enumerate(blocks):
                head = QTableWidgetItem(block.id)
                head.setToolTip(block.label.get())
                self.setHorizontalHeaderItem(col, head)
            bold = QFont(self.font())
            bold.setBold(True)
            brushes = [QBrush(QColor(c)) for c in LEVEL_COLOURS]
            pens = [QBrush(QColor(c)) for c in LEVEL_TEXT]
            level_names = {lv.value: lv.label.get() for lv in catalogue.levels}
            for r, row in enumerate(chosen):
                head = QTableWidgetItem(row.name)
                head.setData(MEMBER_ROLE, row.member_id)
                self.setVerticalHeaderItem(r, head)
                for col, block in enumerate(blocks):
                    level = row.levels.get(block.id) if row.shared else None
                    item = QTableWidgetItem("\u2013" if level is None else str(level))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setData(MEMBER_ROLE, row.member_id)
                    if level is None:
                        item.setToolTip(_("{name} \u2013 {block}: not shared or not filled in")
                                        .format(name=row.name, block=block.label.get()))
                    else:
                        item.setBackground(brushes[level])
                        item.setForeground(pens[level])
                        if level == 4:
                            item.setFont(bold)
                        item.setToolTip(f"{row.name} \u2013 {block.label.get()}: {level} "
                                        f"({level_names.get(level, '')})")
                    self.setItem(r, col, item)
            self.resizeRowsToContents()
        finally:
            self.setUpdatesEnabled(True)
        header_height = self.horizontalHeader().height()
        visible = min(len(chosen), 14)
        row_height = self.rowHeight(0) if chosen else 24
        self.setMinimumHeight(header_height + max(1, visible) * row_height + 6)
        self.setMaximumHeight(header_height + max(1, visible) * row_height + 24)
