"""One team member on the team page: the conversation preparation sheet, the evidence
documents the member sent along (saved as a copy, never opened by the app), the leader's own
notes and next conversation date, and the agreements that go back to the member as a file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Catalogue
from pop.errors import PopError
from pop.exchange.bundle_attachments import size_text
from pop.i18n import N_, _
from pop.storage.team_repo import TeamRepository
from pop.team.agreements_export import export_agreements
from pop.team.attachments import save_copy, suggested_name
from pop.team.model import TeamAttachment, TeamMember
from pop.team.preparation import PreparationSheet, preparation_sheet
from ui.pages.base import PageEnv
from ui.widgets.date_field import DateField
from ui.widgets.forms import GrowingTextEdit, add_row, card, form, line_edit, set_text

AGREEMENT_ROLE = Qt.ItemDataRole.UserRole + 2
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 3
GOAL_KINDS = {"learning": N_("learning goal"), "performance": N_("performance goal")}


class MemberPanel(QWidget):
    """The selected member. ``removed`` tells the page to refresh its overview."""

    removed = Signal()

    def __init__(self, env: PageEnv, repo: TeamRepository, catalogue: Callable[[], Catalogue],
                 autosaver: Callable[[Callable[[], object], QWidget], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.repo = repo
        self._catalogue = catalogue
        self.member: TeamMember | None = None
        self.attachments: list[TeamAttachment] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        frame, self.sheet_box = card(_("Conversation preparation"), parent=self)
        self.sheet_text = QLabel("", frame)
        self.sheet_text.setWordWrap(True)
        self.sheet_text.setTextFormat(Qt.TextFormat.RichText)
        self.sheet_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_box.addWidget(self.sheet_text)
        layout.addWidget(frame)

        self.files_frame, files = card(_("Evidence documents"), _(
            "The member sent these along with their plan. Save a copy to open it with your own "
            "programs; Spiegelplan never opens a document itself."), parent=self)
        self.file_list = QListWidget(self.files_frame)
        self.file_list.setAccessibleName(_("Evidence documents"))
        self.file_list.setWordWrap(True)
        self.file_list.setSpacing(2)
        self.file_list.itemActivated.connect(lambda _item: self._save_copy())
        files.addWidget(self.file_list)
        file_buttons = QHBoxLayout()
        file_buttons.addStretch(1)
        self.save_copy_button = QPushButton(_("Save a copy\u2026"), self.files_frame)
        self.save_copy_button.setAccessibleName(_("Save a copy of the chosen document"))
        self.save_copy_button.clicked.connect(self._save_copy)
        file_buttons.addWidget(self.save_copy_button)
        files.addLayout(file_buttons)
        layout.addWidget(self.files_frame)

        notes_frame, notes = card(_("Your notes"), _(
            "Only for you: your notes stay in your own plan file and never go to the member."),
            parent=self)
        rows = form()
        self.meeting = DateField(_("Next conversation"), notes_frame)
        add_row(rows, _("Next conversation"), self.meeting, self.meeting.edit)
        notes.addLayout(rows)
        self.notes = GrowingTextEdit(_("Your notes"), _("What do you want to discuss?"),
                                     min_lines=4, parent=notes_frame)
        notes.addWidget(self.notes)
        saver = autosaver(self._save_notes, self)
        saver.watch(self.notes)  # type: ignore[attr-defined]
        self.meeting.changed.connect(self._save_meeting)
        layout.addWidget(notes_frame)

        agree_frame, agree = card(_("Agreements after the conversation"), _(
            "Write down what you agreed. Send them to the member as an agreements file: it "
            "goes into the agreements of their plan and their PDF."), parent=self)
        self.agreement_list = QListWidget(agree_frame)
        self.agreement_list.setAccessibleName(_("Agreements"))
        self.agreement_list.setWordWrap(True)
        self.agreement_list.setMaximumHeight(120)
        agree.addWidget(self.agreement_list)
        line = QHBoxLayout()
        self.agreement_edit = line_edit(_("New agreement"), _("For example: follows the "
                                                              "training in spring"), 2000)
        self.agreement_edit.returnPressed.connect(self._add_agreement)
        line.addWidget(self.agreement_edit, 1)
        self.add_button = QPushButton(_("Add"), agree_frame)
        self.add_button.setAccessibleName(_("Add agreement"))
        self.add_button.clicked.connect(self._add_agreement)
        line.addWidget(self.add_button)
        agree.addLayout(line)
        buttons = QHBoxLayout()
        self.remove_agreement_button = QPushButton(_("Remove chosen agreement"), agree_frame)
        self.remove_agreement_button.clicked.connect(self._remove_agreement)
        buttons.addWidget(self.remove_agreement_button)
        buttons.addStretch(1)
        self.export_button = QPushButton(_("Save agreements file\u2026"), agree_frame)
        self.export_button.clicked.connect(self._export)
        buttons.addWidget(self.export_button)
        agree.addLayout(buttons)
        layout.addWidget(agree_frame)

        self.remove_button = QPushButton(_("Remove this member from your overview\u2026"), self)
        self.remove_button.clicked.connect(self._remove_member)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    # --- showing ------------------------------------------------------------------------

    def show_member(self, member: TeamMember | None) -> None:
        """Show ``member`` (or nothing)."""
        self.member = member
        self.setVisible(member is not None)
        if member is None:
            return
        sheet = preparation_sheet(member, self._catalogue(),
                                  self.repo.agreements(member.id))
        self._fill_sheet(sheet)
        self.notes.blockSignals(True)
        set_text(self.notes, member.notes)
        self.notes.blockSignals(False)
        self.meeting.blockSignals(True)
        self.meeting.set_value(member.meeting_date)
        self.meeting.blockSignals(False)
        self._fill_agreements()
        self._fill_attachments()

    def _fill_attachments(self) -> None:
        self.file_list.clear()
        self.attachments = self.repo.attachments(self.member.id) if self.member else []
        for attachment in self.attachments:
            item = QListWidgetItem(_("{name} \u00b7 {size} \u00b7 activity: {activity}").format(
                name=attachment.name, size=size_text(attachment.size),
                activity=attachment.activity))
            item.setToolTip(_("Goal: {goal}").format(goal=attachment.goal))
            item.setData(ATTACHMENT_ROLE, attachment.id)
            self.file_list.addItem(item)
        if self.attachments:
            self.file_list.setCurrentRow(0)
        rows = min(max(len(self.attachments), 1), 5)
        self.file_list.setFixedHeight(rows * (self.file_list.fontMetrics().height() + 8) + 10)
        self.files_frame.setVisible(bool(self.attachments))

    def _fill_sheet(self, sheet: PreparationSheet) -> None:
        """The sheet as one selectable text: headings in bold, user text escaped."""
        parts: list[str] = []

        def head(text: str) -> None:
            parts.append(f"<p style='margin-top:8px; margin-bottom:2px'><b>{escape(text)}</b></p>")

        def lines(items: list[str], quiet: bool = False) -> None:
            body = "<br>".join(escape(item).replace("\n", "<br>") for item in items)
            colour = " style='color:gray'" if quiet else ""
            parts.append(f"<p{colour}>{body}</p>")

        about = " \u00b7 ".join(x for x in (sheet.name, sheet.function, sheet.specialism,
                                             sheet.period) if x)
        head(about)
        head(_("Goals and the support they need"))
        if not sheet.goals:
            lines([_("No open goals shared.")], quiet=True)
        for goal in sheet.goals:
            due = _(", due {day}").format(day=goal.due.strftime("%d-%m-%Y")) if goal.due else ""
            items = [f"\u2022 {goal.title} ({_(GOAL_KINDS.get(goal.kind, goal.kind))}{due})"]
            if goal.success:
                items.append("\u2003" + _("Success when: {text}").format(text=goal.success))
            items += ["\u2003" + line for line in goal.support]
            if goal.activities:
                items.append("\u2003" + _("Activities: {list}").format(
                    list="; ".join(goal.activities)))
            lines(items)
        if sheet.growth:
            head(_("Wants to grow on"))
            lines([f"\u2022 {line}" for line in sheet.growth])
        if sheet.documents:
            head(_("Evidence documents sent along"))
            lines([f"\u2022 {doc.line}" for doc in sheet.documents])
        head(_("Shared mirror highlights"))
        if sheet.mirror_highlights:
            lines([f"\u2022 {line}" for line in sheet.mirror_highlights])
        else:
            lines([_("The member did not share the 360° feedback summary.")
                   if not sheet.mirror_shared else
                   _("No clear blind spots or strengths in the summary.")], quiet=True)
        if sheet.team_contribution:
            head(_("What the member offers the team"))
            lines([sheet.team_contribution])
        head(_("Questions to ask"))
        lines([f"\u2022 {q}" for q in sheet.questions])
        self.sheet_text.setText("".join(parts))
        self.sheet_text.setAccessibleName(_("Conversation preparation") + ": " + about)

    def _fill_agreements(self) -> None:
        self.agreement_list.clear()
        if self.member is None:
            return
        for agreement in self.repo.agreements(self.member.id):
            item = QListWidgetItem(agreement.text)
            item.setData(AGREEMENT_ROLE, agreement.id)
            self.agreement_list.addItem(item)
        has_any = self.agreement_list.count() > 0
        self.export_button.setEnabled(has_any)
        self.remove_agreement_button.setEnabled(has_any)

    # --- actions ------------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except PopError as exc:
            self.env.prompts.error(self, exc.message)
            return False
        self.env.events.saved.emit()
        return True

    def _save_notes(self) -> None:
        if self.member is not None:
            member_id, text = self.member.id, self.notes.toPlainText()
            if self._run(lambda: self.repo.save_notes(member_id, text)):
                self.member.notes = text

    def _save_meeting(self) -> None:
        if self.member is not None:
            member_id, on = self.member.id, self.meeting.value()
            if self._run(lambda: self.repo.set_meeting_date(member_id, on)):
                self.member.meeting_date = on

    def _add_agreement(self) -> None:
        text = self.agreement_edit.text().strip()
        if self.member is None or not text:
            return
        member_id = self.member.id
        if self._run(lambda: self.repo.add_agreement(member_id, text, date.today())):
            self.agreement_edit.clear()
            self._fill_agreements()

    def _remove_agreement(self) -> None:
        item = self.agreement_list.currentItem() or self.agreement_list.item(
            self.agreement_list.count() - 1)
        if item is None:
            return
        agreement_id = int(item.data(AGREEMENT_ROLE))
        if self._run(lambda: self.repo.delete_agreement(agreement_id)):
            self._fill_agreements()

    def _export(self) -> None:
        member = self.member
        if member is None:
            return
        suggested = _("agreements {name}").format(name=member.name) + ".popa"
        path = self.env.prompts.save_file(self, _("Save agreements file"), suggested,
                                          _("Agreements files (*.popa)"))
        if path is None:
            return
        if path.suffix != ".popa":
            path = path.with_name(path.name + ".popa")
        if self._run(lambda: export_agreements(self.repo.db, member, path)):
            self.env.prompts.info(self, _(
                "The agreements for {name} are saved in {file}. Send this file to {name}: "
                "they add it to their plan from the Team page.").format(
                    name=member.name, file=path.name))

    def _save_copy(self) -> None:
        item = self.file_list.currentItem()
        if item is None:
            return
        chosen = int(item.data(ATTACHMENT_ROLE))
        attachment = next((a for a in self.attachments if a.id == chosen), None)
        if attachment is None:
            return
        path = self.env.prompts.save_file(self, _("Save a copy of the document"),
                                          suggested_name(attachment), _("All files (*)"))
        if path is None:
            return
        try:
            save_copy(self.repo, attachment, path)
        except PopError as exc:
            self.env.prompts.error(self, exc.message)
        else:
            self.env.prompts.info(self, _("A copy of {name} is saved as {file}.").format(
                name=attachment.name, file=path.name))

    def _remove_member(self) -> None:
        member = self.member
        if member is None:
            return
        if not self.env.prompts.confirm(self, _(
                "Remove {name} from your overview? Your notes and agreements about {name} are "
                "removed too.").format(name=member.name), _("Remove")):
            return
        if self._run(lambda: self.repo.remove(member.id)):
            self.show_member(None)
            self.removed.emit()
