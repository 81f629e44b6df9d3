"""Choose what a goal works on: knowledge building blocks and competencies."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Catalogue
from pop.domain.goals import GoalLink, LinkKind
from pop.i18n import _
from ui.widgets.forms import muted

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
REF_ROLE = Qt.ItemDataRole.UserRole + 2


class GoalLinksDialog(QDialog):
    """A checklist of blocks (grouped) and competencies."""

    def __init__(self, catalogue: Catalogue, links: list[GoalLink],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("What does this goal work on?"))
        self.resize(560, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(_("Tick the knowledge building blocks and competencies this goal "
                                 "helps you grow in."), self))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(_("Knowledge building blocks and competencies"))
        chosen = {(link.kind, link.ref) for link in links}
        for group in catalogue.block_groups:
            parent_item = self._group(group.label.get())
            for block in catalogue.blocks_in(group.id):
                self._option(parent_item, block.label.get(), LinkKind.BLOCK, block.id, chosen)
        competencies = self._group(_("Competencies (360° feedback)"))
        for competency in catalogue.competencies:
            self._option(competencies, competency.label.get(), LinkKind.COMPETENCY,
                         competency.id, chosen)
        findings = [link for link in links if link.kind is LinkKind.FINDING]
        if findings:
            kept = self._group(_("Findings from the feedback"))
            for link in findings:
                self._option(kept, link.ref, link.kind, link.ref, chosen)
        self.tree.expandAll()
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _group(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(item)
        return item

    @staticmethod
    def _option(parent: QTreeWidgetItem, text: str, kind: LinkKind, ref: str,
                chosen: set[tuple[LinkKind, str]]) -> None:
        item = QTreeWidgetItem([text])
        item.setData(0, KIND_ROLE, kind.value)
        item.setData(0, REF_ROLE, ref)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(0, Qt.CheckState.Checked if (kind, ref) in chosen
                           else Qt.CheckState.Unchecked)
        parent.addChild(item)

    def links(self) -> list[GoalLink]:
        """The ticked links, in list order."""
        found: list[GoalLink] = []
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            if group is None:
                continue
            for index in range(group.childCount()):
                item = group.child(index)
                if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                    found.append(GoalLink(LinkKind(item.data(0, KIND_ROLE)),
                                          str(item.data(0, REF_ROLE))))
        return found


def ask(parent: QWidget | None, catalogue: Catalogue,
        links: list[GoalLink]) -> list[GoalLink] | None:
    """The chosen links, or ``None`` when cancelled."""
    dialog = GoalLinksDialog(catalogue, links, parent)
    try:
        return dialog.links() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
