"""Type in one rater's answers from a paper form: the same questionnaire on screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Catalogue
from pop.i18n import _
from pop.mirror.model import RaterGroup
from ui.widgets.forms import GrowingTextEdit, add_row, combo, form, heading, muted, select_data
from ui.widgets.screen_fit import resize_to_fit
from ui.widgets.statement_scale import StatementScale


@dataclass(frozen=True, slots=True)
class PaperAnswers:
    """One rater's answers."""

    group: RaterGroup
    scores: dict[str, int | None]
    comments: dict[str, str]


class PaperAnswersDialog(QDialog):
    """The group, every statement, the three open questions."""

    def __init__(self, catalogue: Catalogue, first_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Type in a paper form"))
        outer = QVBoxLayout(self)
        outer.addWidget(muted(_(
            "Copy the answers of one paper form. Type the written answers word for word; "
            "then keep or destroy the paper as agreed with the rater."), self))
        rows = form()
        self.group_box = combo(_("Who filled it in"), [(g.label, g) for g in RaterGroup], 18)
        select_data(self.group_box, RaterGroup.CLIENT)
        add_row(rows, _("Who filled it in"), self.group_box)
        outer.addLayout(rows)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(area)
        layout = QVBoxLayout(inner)
        self.scale = StatementScale(catalogue, first_name, inner)
        layout.addWidget(self.scale)
        self.texts: dict[str, GrowingTextEdit] = {}
        for question in catalogue.open_questions:
            label = question.label.get().replace("{name}", first_name)
            layout.addWidget(heading(label, inner))
            edit = GrowingTextEdit(label, "", 2, 8, inner)
            layout.addWidget(edit)
            self.texts[question.id] = edit
        area.setWidget(inner)
        outer.addWidget(area, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Save the answers"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        resize_to_fit(self, 900, 720)

    def answers(self) -> PaperAnswers:
        """What was typed in."""
        return PaperAnswers(RaterGroup(self.group_box.currentData()), self.scale.answers(),
                            {qid: edit.toPlainText() for qid, edit in self.texts.items()})


def ask(parent: QWidget | None, catalogue: Catalogue, first_name: str) -> PaperAnswers | None:
    """One rater's answers, or ``None`` when cancelled."""
    dialog = PaperAnswersDialog(catalogue, first_name, parent)
    try:
        return dialog.answers() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
