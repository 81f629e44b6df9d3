"""Dated progress notes of one goal, each edited in place and saved as it is typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from pop.domain.goals import ProgressNote
from pop.i18n import _
from ui.events import GOALS
from ui.widgets.date_field import DateField
from ui.widgets.forms import GrowingTextEdit, clear_layout

if TYPE_CHECKING:
    from ui.pages.base import Page


class ProgressNotes(QWidget):
    """The notes of the goal given to :meth:`show_goal`, with a button to add one."""

    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.goal_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.notes_box = QVBoxLayout()
        self.notes_box.setSpacing(8)
        layout.addLayout(self.notes_box)
        self.add_button = QPushButton(_("Add a progress note"), self)
        self.add_button.setAccessibleName(_("Add a progress note"))
        self.add_button.clicked.connect(self.add_note)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_goal(self, goal_id: int | None) -> None:
        """Show the notes of ``goal_id`` (saving what waited first)."""
        self.flush()
        clear_layout(self.notes_box)
        self.goal_id = goal_id
        if goal_id is None:
            return
        for note in self.page.ctx.goals.notes(goal_id):
            self.notes_box.addWidget(self._row(note))

    def flush(self) -> None:
        """Save what waits in any note."""
        from ui.widgets.autosave import Autosaver

        for saver in self.findChildren(Autosaver):
            saver.flush()

    def _row(self, note: ProgressNote) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        when = DateField(_("Date of the note"), row)
        when.set_value(note.date)
        text = GrowingTextEdit(_("Progress note"), "", 1, 8, row)
        text.setPlainText(note.text)
        remove = QToolButton(row)
        remove.setText(_("Remove"))
        remove.setAccessibleName(_("Remove this note"))
        layout.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)

        def save() -> None:
            note.date = when.value()
            note.text = text.toPlainText()
            self.page.save(lambda: self.page.ctx.goals.save_note(note), GOALS)

        saver = self.page.autosaver(save, row)
        saver.watch(when, text)

        def delete() -> None:
            saver.cancel()
            if self.page.save(lambda: self.page.ctx.goals.delete_note(note.id), GOALS):
                row.hide()
                row.deleteLater()

        remove.clicked.connect(delete)
        return row

    def add_note(self) -> None:
        """Add an empty note dated today and start typing in it."""
        goal_id = self.goal_id
        if goal_id is None:
            return
        holder: list[ProgressNote] = []
        if self.page.save(lambda: holder.append(self.page.ctx.goals.add_note(goal_id, "")),
                          GOALS):
            row = self._row(holder[0])
            self.notes_box.addWidget(row)
            row.findChildren(GrowingTextEdit)[0].setFocus()
