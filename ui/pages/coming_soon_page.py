"""A calm placeholder for sections whose work has not landed yet (mirror, export, team)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pop.i18n import _
from ui.pages.base import Page, PageEnv
from ui.widgets.forms import card, muted


class ComingSoonPage(Page):
    """Says what the section will do, and that it is coming."""

    def __init__(self, env: PageEnv, title: str, intro: str, promise: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(env, title, intro, parent)
        self.pending_file: Path | None = None
        frame, layout = card(_("Coming soon"))
        layout.addWidget(muted(promise))
        self.file_note = QLabel("", frame)
        self.file_note.setWordWrap(True)
        self.file_note.setVisible(False)
        layout.addWidget(self.file_note)
        holder = QVBoxLayout()
        holder.addWidget(frame, 0, Qt.AlignmentFlag.AlignTop)
        holder.addStretch(1)
        self.body.addLayout(holder)
        frame.setMaximumWidth(720)

    def open_plan_file(self, path: Path) -> None:
        """Remember a plan file opened from the file manager until the page can import it."""
        self.pending_file = path
        self.file_note.setText(_(
            "You opened {file}. Importing plan files will be possible here soon; nothing was "
            "changed."
        ).format(file=path.name))
        self.file_note.setVisible(True)


def mirror_page(env: PageEnv) -> Page:
    """The 360-degree feedback section (placeholder)."""
    return ComingSoonPage(
        env, _("360° feedback"),
        _("The picture others give back: your team leader, colleagues, residents and chain "
          "partners."),
        _("Here you will rate yourself on the competencies, make feedback forms that raters "
          "fill in with any PDF reader, read the returned forms back, and see yourself next to "
          "each group of raters: blind spots and hidden strengths. A group is shown only when "
          "at least three people answered."))


def export_page(env: PageEnv) -> Page:
    """The conversation PDF (placeholder)."""
    return ComingSoonPage(
        env, _("Conversation PDF"),
        _("A clean document for your development conversation."),
        _("Here you will choose which sections go into the PDF for your conversation with your "
          "team leader, and which parts you share in a plan file. What is private never leaves "
          "this laptop."))


def team_page(env: PageEnv) -> Page:
    """The team leader's overview (placeholder)."""
    return ComingSoonPage(
        env, _("Team"),
        _("For team leaders: the plans your team members share with you."),
        _("Here a team leader will import the plan files of team members, prepare each "
          "conversation, record agreements, and see the team's knowledge map: who knows what, "
          "where the team is thin, and which learning needs several members share."))
