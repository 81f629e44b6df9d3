"""Start a new plan period: its name and dates, and which unfinished goals come along."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.choice import catalogue_in_use
from pop.context import AppContext
from pop.i18n import _
from pop.services.cycles import default_period, unfinished_goals
from ui.widgets.date_field import DateField
from ui.widgets.forms import add_row, form, heading, line_edit, muted

GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class NewCycleRequest:
    """What the user chose."""

    title: str
    period_start: date | None
    period_end: date | None
    carry_goal_ids: list[int]


class NewCycleDialog(QDialog):
    """Name, dates and the goals to carry forward (all unfinished goals ticked)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Start a new plan period"))
        self.resize(560, 520)
        current = ctx.current_cycle()
        start_from = (current.period_end + timedelta(days=1)
                      if current is not None and current.period_end else date.today())
        title, start, end = default_period(start_from)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(_(
            "Your knowledge levels come along, so you only change what changed. The current "
            "period stays readable."), self))
        in_use = catalogue_in_use(ctx)
        self.catalogue_note = muted(_(
            "The new period uses the catalogue \"{name}\" (version {version}).").format(
            name=in_use.name.get(), version=in_use.version), self)
        layout.addWidget(self.catalogue_note)
        rows = form()
        self.title_edit = line_edit(_("Name of the period"), "", 100)
        self.title_edit.setText(title)
        add_row(rows, _("Name of the period"), self.title_edit)
        self.start_field = DateField(_("From"), self)
        self.start_field.set_value(start)
        add_row(rows, _("From"), self.start_field, self.start_field.edit)
        self.end_field = DateField(_("Until"), self)
        self.end_field.set_value(end)
        add_row(rows, _("Until"), self.end_field, self.end_field.edit)
        layout.addLayout(rows)
        layout.addWidget(heading(_("Unfinished goals to carry forward"), self))
        self.goal_list = QListWidget(self)
        self.goal_list.setAccessibleName(_("Unfinished goals to carry forward"))
        goals = unfinished_goals(ctx, current) if current is not None else []
        for goal in goals:
            item = QListWidgetItem(goal.title or _("(goal without a name)"))
            item.setData(GOAL_ROLE, goal.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked)
            self.goal_list.addItem(item)
        if not goals:
            layout.addWidget(muted(_("All goals of this period are reached or stopped."), self))
            self.goal_list.setVisible(False)
        layout.addWidget(self.goal_list, 1)
        if not goals:
            layout.addStretch(1)  # the room left goes below the texts, not between them
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Start the new period"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout.addWidget(buttons)

    def request(self) -> NewCycleRequest:
        """The choices made."""
        carry = []
        for row in range(self.goal_list.count()):
            item = self.goal_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                carry.append(int(item.data(GOAL_ROLE)))
        return NewCycleRequest(self.title_edit.text().strip(), self.start_field.value(),
                               self.end_field.value(), carry)


def ask(parent: QWidget | None, ctx: AppContext) -> NewCycleRequest | None:
    """The new period's details, or ``None`` when cancelled."""
    dialog = NewCycleDialog(ctx, parent)
    try:
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
