"""Make feedback request forms: for which group, how many, the return date and the folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pop.i18n import _
from pop.mirror.model import RaterGroup
from ui.widgets.date_field import DateField
from ui.widgets.forms import add_row, combo, form, line_edit, muted, select_data


@dataclass(frozen=True, slots=True)
class FormsRequest:
    """What the user chose."""

    group: RaterGroup
    count: int
    deadline: date | None
    folder: Path


class FeedbackFormsDialog(QDialog):
    """Group, number, return date and folder."""

    def __init__(self, deadline: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Make feedback forms"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(_(
            "Each rater gets their own form: a PDF they fill in with any PDF reader, without "
            "this app. Send the forms by e-mail or print them. No names are asked."), self))
        rows = form()
        self.group_box = combo(_("For whom"), [(g.label, g) for g in RaterGroup], 18)
        select_data(self.group_box, RaterGroup.COLLEAGUE)
        add_row(rows, _("For whom"), self.group_box)
        self.count_box = QSpinBox(self)
        self.count_box.setRange(1, 50)
        self.count_box.setValue(4)
        add_row(rows, _("Number of forms"), self.count_box)
        self.deadline_field = DateField(_("Return by"), self)
        self.deadline_field.set_value(deadline or date.today() + timedelta(days=21))
        add_row(rows, _("Return by"), self.deadline_field, self.deadline_field.edit)
        folder_row = QHBoxLayout()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        if not documents or not Path(documents).is_dir():
            documents = str(Path.home())
        self.folder_edit = line_edit(_("Folder"), "", 1000)
        self.folder_edit.setText(documents)
        folder_row.addWidget(self.folder_edit, 1)
        choose = QPushButton(_("Choose\u2026"), self)
        choose.setAccessibleName(_("Choose a folder"))
        choose.clicked.connect(self._choose)
        folder_row.addWidget(choose)
        add_row(rows, _("Folder"), folder_row, self.folder_edit)
        layout.addLayout(rows)
        layout.addWidget(muted(_(
            "Ask at least 3 people per group (your team leader is the exception): a group is "
            "only shown when 3 or more of them answer. Ask a few more, because not everyone "
            "sends the form back."), self))
        self.group_box.currentIndexChanged.connect(self._group_changed)
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Make the forms"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _group_changed(self) -> None:
        if self.group_box.currentData() is RaterGroup.LEADER:
            self.count_box.setValue(1)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _("Choose a folder"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def request(self) -> FormsRequest:
        """The choices made."""
        return FormsRequest(RaterGroup(self.group_box.currentData()), self.count_box.value(),
                            self.deadline_field.value(), Path(self.folder_edit.text().strip()))


def ask(parent: QWidget | None, deadline: date | None) -> FormsRequest | None:
    """The forms to make, or ``None`` when cancelled."""
    dialog = FeedbackFormsDialog(deadline, parent)
    try:
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
