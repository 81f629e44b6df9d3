"""Choose a backup of the open plan to put back (newest first), or make one when there is none.

The dialog only collects the choice; the restore itself is one core call
(:func:`pop.services.restore.restore_backup`), made by the File menu.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pop.i18n import _
from pop.services.restore import reason_text
from pop.storage.backup import BackupInfo
from ui.widgets.forms import heading, muted
from ui.widgets.two_line_list import two_line_list

MAKE_BACKUP: Literal["make-backup"] = "make-backup"
Choice = BackupInfo | Literal["make-backup"]
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


def moment_text(taken_at: datetime) -> str:
    """A backup's moment in the app's language: "Monday 23 November 2026 at 12:06"."""
    locale = QLocale()
    day = locale.toString(QDate(taken_at.year, taken_at.month, taken_at.day),
                          QLocale.FormatType.LongFormat)
    clock = locale.toString(QTime(taken_at.hour, taken_at.minute),
                            QLocale.FormatType.ShortFormat)
    return _("{date} at {time}").format(date=day, time=clock)


def size_text(size: int) -> str:
    """A file size the way people read it ("312 kB", "1,2 MB" in Dutch)."""
    decimals = 1 if size >= 1_000_000 else 0  # "312 kB", not "312,0 kB"
    return QLocale().formattedDataSize(size, decimals, QLocale.DataSizeFormat.DataSizeSIFormat)


class RestoreDialog(QDialog):
    """The backups, newest first, each with its moment, its reason and its size."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Restore a backup"))
        self.backups = list(backups)
        self.choice: Choice | None = None
        layout = QVBoxLayout(self)
        if self.backups:
            self.resize(560, 480)
            self._build_list(layout)
        else:
            self._build_empty(layout)

    def _build_list(self, layout: QVBoxLayout) -> None:
        layout.addWidget(muted(_(
            "Choose the moment your plan goes back to. Spiegelplan first makes a safety copy "
            "of your plan as it is now, so nothing is lost."), self))
        self.backup_list = two_line_list(_("Backups, newest first"), self)
        for index, info in enumerate(self.backups):
            item = QListWidgetItem(moment_text(info.taken_at) + "\n" + _(
                "{reason} · {size}").format(reason=reason_text(info.reason),
                                            size=size_text(info.size)))
            item.setData(INDEX_ROLE, index)
            self.backup_list.addItem(item)
        self.backup_list.setCurrentRow(0)
        self.backup_list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.backup_list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Restore this backup…"))
        self.backup_list.currentRowChanged.connect(lambda row: ok.setEnabled(row >= 0))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_empty(self, layout: QVBoxLayout) -> None:
        layout.setSpacing(12)
        layout.addWidget(heading(_("There are no backups of your plan yet."), self))
        text = QLabel(_("Spiegelplan makes one every day you open your plan, and before "
                        "Spiegelplan is updated. You can also make one now."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.make_button = QPushButton(_("Make a backup now"), self)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self._make_backup)
        row.addWidget(self.make_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addSpacing(6)
        layout.addLayout(row)
        self.resize(520, self.sizeHint().height())

    def _make_backup(self) -> None:
        self.choice = MAKE_BACKUP
        QDialog.accept(self)

    def accept(self) -> None:
        """Take the chosen backup."""
        item = self.backup_list.currentItem() if self.backups else None
        if item is None:
            return
        self.choice = self.backups[int(item.data(INDEX_ROLE))]
        super().accept()


def ask(parent: QWidget | None, backups: list[BackupInfo]) -> Choice | None:
    """The backup to put back, ``MAKE_BACKUP``, or ``None`` when cancelled."""
    dialog = RestoreDialog(backups, parent)
    try:
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
