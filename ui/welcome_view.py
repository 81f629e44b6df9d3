"""The first start on an empty plan: start your own plan, or look at an example first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pop.i18n import _
from ui.widgets.forms import card, line_edit, muted


class WelcomeView(QWidget):
    """A short welcome with two choices."""

    start_requested = Signal(str)  # the name the user typed
    example_requested = Signal()

    def __init__(self, example_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(18)
        title = QLabel(_("Welcome to Spiegelplan"), self)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(muted(_(
            "Spiegelplan helps you write your personal development plan: your own picture of "
            "your knowledge and growth, held against the feedback of others, turned into goals "
            "for your development conversation. Everything stays on this laptop."), self))
        cards = QGridLayout()
        cards.setHorizontalSpacing(18)
        cards.addWidget(self._own_plan_card(), 0, 0)
        cards.addWidget(self._example_card(example_available), 0, 1)
        cards.setColumnStretch(0, 1)
        cards.setColumnStretch(1, 1)
        column.addLayout(cards)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 0)
        row.addStretch(1)
        holder = QWidget(self)
        holder.setMaximumWidth(900)
        holder.setLayout(row)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _own_plan_card(self) -> QFrame:
        frame, layout = card(_("Start my own plan"), _(
            "Begin with your name; you fill in the rest at your own pace. Everything you type "
            "is saved at once."), self)
        self.name_edit = line_edit(_("Your name"), _("Your first name and surname"), 200)
        layout.addWidget(QLabel(_("Your name"), frame))
        layout.addWidget(self.name_edit)
        self.start_button = QPushButton(_("Start my plan"), frame)
        self.start_button.setDefault(True)
        self.start_button.setAccessibleName(_("Start my plan"))
        self.start_button.setEnabled(False)
        layout.addStretch(1)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.name_edit.textChanged.connect(
            lambda text: self.start_button.setEnabled(bool(text.strip())))
        self.name_edit.returnPressed.connect(self._start)
        self.start_button.clicked.connect(self._start)
        return frame

    def _example_card(self, available: bool) -> QFrame:
        frame, layout = card(_("Look at an example plan"), _(
            "Look around in a filled-in plan of an example colleague first. It is kept "
            "apart: your own plan stays empty until you start it yourself."), self)
        layout.addStretch(1)
        self.example_button = QPushButton(_("Show the example plan"), frame)
        self.example_button.setAccessibleName(_("Show the example plan"))
        self.example_button.setEnabled(available)
        if not available:
            layout.addWidget(muted(_("The example plan is not part of this version."), frame))
        layout.addWidget(self.example_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.example_button.clicked.connect(self.example_requested.emit)
        return frame

    def _start(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            self.start_requested.emit(name)
