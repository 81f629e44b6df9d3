"""File > Use your organisation's catalogue: which catalogue new plan periods use, and the
way to choose another file or to go back to the standard one.

The dialog only shows and collects the choice; reading, checking and taking a catalogue into
use are core calls (:mod:`pop.catalogue.choice`), made by :mod:`ui.catalogue_action`.
"""

from __future__ import annotations

from typing import Final, Literal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.choice import CatalogueSummary
from pop.i18n import _, ngettext
from ui.widgets.forms import card, muted

CHOOSE_FILE: Final = "choose-file"
USE_STANDARD: Final = "use-standard"
Choice = Literal["choose-file", "use-standard"]


def blocks_text(summary: CatalogueSummary) -> str:
    """"14 knowledge blocks"."""
    return ngettext("{n} knowledge block", "{n} knowledge blocks",
                    summary.blocks).format(n=summary.blocks)


def competencies_text(summary: CatalogueSummary) -> str:
    """"12 competencies"."""
    return ngettext("{n} competency", "{n} competencies",
                    summary.competencies).format(n=summary.competencies)


def counts_text(summary: CatalogueSummary) -> str:
    """"Version 2026.1 · 14 knowledge blocks · 12 competencies"."""
    return " · ".join((_("Version {version}").format(version=summary.version),
                       blocks_text(summary), competencies_text(summary)))


class CatalogueDialog(QDialog):
    """The catalogue in use, with "choose a file" and (when needed) "standard again"."""

    def __init__(self, summary: CatalogueSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Your organisation's catalogue"))
        self.choice: Choice | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(muted(_(
            "The catalogue holds the knowledge blocks, competencies and questions of your "
            "plan. Your organisation can give you a catalogue file of its own."), self))
        layout.addWidget(self._in_use_card(summary))
        layout.addWidget(muted(_(
            "A new catalogue is for new plan periods. Your current period and earlier "
            "periods keep the catalogue they were made with."), self))
        layout.addStretch(1)
        layout.addLayout(self._buttons(summary))
        self.resize(600, self.heightForWidth(600))  # wrapped texts: as high as needed

    def _in_use_card(self, summary: CatalogueSummary) -> QFrame:
        frame, box = card(_("In use for new plan periods"), parent=self)
        self.name_label = QLabel(summary.name.get(), frame)
        self.name_label.setObjectName("subTitle")
        self.name_label.setWordWrap(True)
        box.addWidget(self.name_label)
        self.counts_label = QLabel(counts_text(summary), frame)
        self.counts_label.setWordWrap(True)
        box.addWidget(self.counts_label)
        if summary.standard:
            box.addWidget(muted(_("This is the standard catalogue of Spiegelplan."), frame,
                                wrap=False))
        return frame

    def _buttons(self, summary: CatalogueSummary) -> QHBoxLayout:
        row = QHBoxLayout()
        self.choose_button = QPushButton(_("Choose a catalogue file…"), self)
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(lambda: self._choose(CHOOSE_FILE))
        row.addWidget(self.choose_button)
        self.standard_button: QPushButton | None = None
        if not summary.standard:
            self.standard_button = QPushButton(_("Use the standard catalogue again"), self)
            self.standard_button.clicked.connect(lambda: self._choose(USE_STANDARD))
            row.addWidget(self.standard_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        return row

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def ask(parent: QWidget | None, summary: CatalogueSummary) -> Choice | None:
    """``CHOOSE_FILE``, ``USE_STANDARD``, or ``None`` when closed."""
    dialog = CatalogueDialog(summary, parent)
    try:
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
