"""The team page: sharing your own plan with your team leader, and (for team leaders) the
members' plan files, the team overview and each member's conversation.

Plan files come in by choosing several at once, by dragging them onto the page, or by
opening one from the file manager (:meth:`TeamPage.open_plan_file`). Many files are read a
few at a time with a progress bar, so the window stays responsive; all files or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Catalogue
from pop.errors import PopError
from pop.i18n import _
from pop.storage.team_repo import TeamRepository
from pop.team.importing import changes_anything, preview, summary
from pop.team.model import ImportResult, TeamMember
from pop.team.overview import TeamOverview, build_overview
from ui.pages import team_sharing
from ui.pages.base import Page, PageEnv
from ui.pages.team_import import PlanImport
from ui.pages.team_member_panel import MemberPanel
from ui.pages.team_overview_view import TeamOverviewView
from ui.widgets.forms import card, muted
from ui.widgets.knowledge_map_table import MEMBER_ROLE as MAP_MEMBER_ROLE
from ui.widgets.member_list import MemberList

TEAM = "team"
STEP_MS = 15  # between heavy steps: long enough for the window to handle input and paint


class DropZone(QFrame):
    """A calm area that accepts plan files dragged onto it."""

    dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hint")
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(muted(_("Drag plan files (.pop) here, as many as you like."), self))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files."""
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the dropped files over."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class TeamPage(Page):
    """Share your plan; import and overview your team's plans."""

    depends_on = frozenset({TEAM})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("Team"), _(
            "Share your plan with your team leader. Team leaders see here the plans their "
            "members share: who knows what, where the team is thin, and each conversation."),
            parent)
        self.repo = TeamRepository(self.ctx.db)
        self.job: PlanImport | None = None
        self._members: list[TeamMember] = []
        self._declined = False
        self.pending_file: Path | None = None
        self._building: tuple[list[TeamMember], Catalogue] | None = None  # overview on its way
        content = self.scrolling_content()
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self._build_own(), 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._build_import(), 1, Qt.AlignmentFlag.AlignTop)
        content.addLayout(top)
        self.empty_note = muted(_(
            "No plan files imported yet. When your team members share their plan with you, "
            "import their files here to see the team's knowledge map."), self)
        content.addWidget(self.empty_note)
        self.overview_view = TeamOverviewView(self)
        content.addWidget(self.overview_view)
        content.addWidget(self._build_members())
        content.addStretch(1)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_own(self) -> QWidget:
        frame, layout = card(_("Your own plan"), _(
            "Send your team leader a plan file with what you choose to share, and add the "
            "agreements they send back to your plan."), self)
        self.share_button = QPushButton(_("Share your plan with your team leader\u2026"), frame)
        self.share_button.clicked.connect(self.share_plan)
        layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.agreements_button = QPushButton(_("Add agreements from your team leader\u2026"),
                                              frame)
        self.agreements_button.clicked.connect(self.add_leader_agreements)
        layout.addWidget(self.agreements_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_import(self) -> QWidget:
        frame, layout = card(_("Team members' plan files"), parent=self)
        self.drop_zone = DropZone(frame)
        self.drop_zone.dropped.connect(self.import_files)
        layout.addWidget(self.drop_zone)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(_("Choose plan files\u2026"), frame)
        self.choose_button.clicked.connect(self._choose_files)
        buttons.addWidget(self.choose_button)
        self.pdf_button = QPushButton(_("Save team PDF\u2026"), frame)
        self.pdf_button.clicked.connect(self.save_team_pdf)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.password = QLineEdit(frame)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_("Password of protected plan files"))
        self.password.setPlaceholderText(_("Password (only for protected files)"))
        layout.addWidget(self.password)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(frame)
        self.progress.setAccessibleName(_("Import progress"))
        self.progress.setVisible(False)
        progress_row.addWidget(self.progress, 1)
        self.stop_button = QPushButton(_("Stop"), frame)
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self._stop)
        progress_row.addWidget(self.stop_button)
        layout.addLayout(progress_row)
        self.status = muted("", frame)
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.retry_button = QPushButton(_("Try the opened file again"), frame)
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self._retry)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_members(self) -> QWidget:
        self.members_frame, layout = card(_("Team members"), _(
            "Choose a member to prepare the conversation, keep your notes and record "
            "agreements."), self)
        row = QHBoxLayout()
        row.setSpacing(16)
        column = QVBoxLayout()
        self.find_edit = QLineEdit(self.members_frame)
        self.find_edit.setAccessibleName(_("Find a team member"))
        self.find_edit.setPlaceholderText(_("Find a team member"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._filter_members)
        column.addWidget(self.find_edit)
        self.member_list = MemberList(_("Team members"), self.members_frame)
        self.member_list.setMinimumWidth(220)
        self.member_list.setMaximumWidth(320)
        self.member_list.setMinimumHeight(260)
        self.member_list.selectionModel().currentChanged.connect(
            lambda *_args: self._on_member())
        column.addWidget(self.member_list)
        column.addStretch(1)
        self.find_edit.setMaximumWidth(320)
        row.addLayout(column)
        self.overview_view.table.clicked.connect(
            lambda index: self.show_member_by_id(index.data(MAP_MEMBER_ROLE)))
        self.panel = MemberPanel(self.env, self.repo, lambda: self.ctx.catalogue,
                                 lambda save, parent: self.autosaver(save, parent),
                                 self.members_frame)
        self.panel.removed.connect(self.refresh)
        row.addWidget(self.panel, 1)
        layout.addLayout(row)
        return self.members_frame

    # --- showing ------------------------------------------------------------------------

    def _refresh_in_steps(self) -> None:
        """After an import: the overview first, the member list and panel after a paint."""
        members = self.repo.members()
        if not members or self.members_frame.isVisible():
            self.refresh()
            return
        self.empty_note.setVisible(False)
        self.pdf_button.setEnabled(True)
        catalogue = self.ctx.catalogue
        from ui.background import BackgroundCall

        self._building = (members, catalogue)
        call = BackgroundCall(lambda: build_overview(members, catalogue))  # a big team: slow
        call.done.connect(self._show_in_steps)  # a method: dropped if the page closed first
        call.failed.connect(self._overview_failed)
        call.start_now()

    def _overview_failed(self, message: str) -> None:
        self.env.prompts.error(self, message)

    def _show_in_steps(self, overview: TeamOverview) -> None:
        if self._building is None:
            return
        members, catalogue = self._building
        self._building = None

        def fill() -> None:
            self.overview_view.show_overview(overview, catalogue)
            QTimer.singleShot(STEP_MS, show)

        def show() -> None:
            self.overview_view.reveal_in_steps(STEP_MS, lambda: self._show_members(members))

        QTimer.singleShot(STEP_MS, fill)

    def search_field(self) -> QWidget | None:
        """Edit > Find looks for a team member."""
        return self.find_edit

    def refresh(self) -> None:
        """Load the imported members and rebuild the overview."""
        members = self.repo.members()
        has_team = bool(members)
        self.empty_note.setVisible(not has_team)
        self.overview_view.setVisible(has_team)
        self.pdf_button.setEnabled(has_team)
        if has_team:
            catalogue = self.ctx.catalogue
            self.overview_view.show_overview(build_overview(members, catalogue), catalogue)
        self._show_members(members)

    def _show_members(self, members: list[TeamMember]) -> None:
        has_team = bool(members)
        self.members_frame.setVisible(has_team)
        chosen = self.panel.member.id if self.panel.member is not None else None
        self._members = members
        self.member_list.member_model.show(self._matching(members))
        if not has_team:
            self.panel.show_member(None)
            return
        selection = self.member_list.selectionModel()
        selection.blockSignals(True)
        self.member_list.choose_row(max(0, self.member_list.member_model.row_of(chosen)))
        selection.blockSignals(False)
        self._on_member()

    def _matching(self, members: list[TeamMember]) -> list[TeamMember]:
        needle = self.find_edit.text().strip().casefold()
        return [m for m in members if needle in m.name.casefold()] if needle else members

    def _filter_members(self) -> None:
        chosen = self.member_list.current_member_id()
        self.member_list.member_model.show(self._matching(self._members))
        row = self.member_list.member_model.row_of(chosen)
        if row < 0 and self.member_list.count():
            row = 0
        self.member_list.choose_row(row)

    def show_member_by_id(self, member_id: object) -> None:
        """Show one member's conversation (e.g. after a click on their row in the map)."""
        if not isinstance(member_id, int):
            return
        if self.member_list.member_model.row_of(member_id) < 0:
            self.find_edit.clear()
        self.member_list.choose_row(self.member_list.member_model.row_of(member_id))
        area = self.findChild(QScrollArea, "pageScroll")
        if area is not None:
            area.ensureWidgetVisible(self.members_frame, 0, 0)

    def _on_member(self) -> None:
        self.flush()
        member_id = self.member_list.current_member_id()
        member = self.repo.get(member_id) if member_id is not None else None
        shown = self.panel.member
        if (member is not None and shown is not None and member.id == shown.id
                and member.checksum == shown.checksum and self.panel.isVisible()):
            return  # the same version is on screen already (with the notes typed there)
        with self.loading():
            self.panel.show_member(member)

    # --- importing ----------------------------------------------------------------------

    def _choose_files(self) -> None:
        from ui.dialogs import plan_files_dialog

        paths = plan_files_dialog.ask(self)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: Sequence[Path]) -> None:
        """Import ``paths`` (all or none), with progress."""
        if self.job is not None and self.job.running:
            return
        self.job = PlanImport(self.repo, list(paths), self.password.text() or None,
                              lambda: self.ctx.backup_now("before-import"), self)
        self.job.progress.connect(self._on_progress)
        self.job.ready.connect(self._on_ready)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.choose_button.setEnabled(False)
        self.stop_button.setVisible(len(paths) > 1)
        self.progress.setVisible(len(paths) > 1)
        self.job.start()

    def open_plan_file(self, path: Path) -> None:
        """A plan file opened from the file manager: import it."""
        self.pending_file = path
        self.import_files([path])

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(_("{done} of {total} files checked").format(
            done=done, total=total))

    def _on_ready(self, results: list[ImportResult]) -> None:
        """Everything is read and checked: ask before writing (nothing to ask if unchanged)."""
        job = self.job
        if job is None:
            return
        if changes_anything(results) and not self.env.prompts.confirm(
                self, preview(results), _("Import")):
            self._declined = True
            job.stop()
            return
        job.proceed()

    def _end_job(self, message: str) -> None:
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        self.choose_button.setEnabled(True)
        self.status.setText(message)
        self.status.setVisible(True)

    def _on_finished(self, results: list[object]) -> None:
        self.pending_file = None
        self.retry_button.setVisible(False)
        text = summary(results)  # type: ignore[arg-type]
        self._end_job(text)
        self.env.events.saved.emit()
        QTimer.singleShot(STEP_MS, self._refresh_in_steps)  # a paint between the steps

    def _on_failed(self, message: str) -> None:
        self._end_job(message)
        self.retry_button.setVisible(self.pending_file is not None)
        if not self._declined:  # the user's own "no" needs no error message
            self.env.prompts.error(self, message)
        self._declined = False

    def _retry(self) -> None:
        """Import the file opened from the file manager again (e.g. after typing a password)."""
        if self.pending_file is not None:
            self.retry_button.setVisible(False)
            self.import_files([self.pending_file])

    def _stop(self) -> None:
        if self.job is not None:
            self.job.stop()

    # --- your own plan ------------------------------------------------------------------

    def share_plan(self) -> None:
        """Show what leaves the laptop, check for client data, then write the plan file."""
        team_sharing.share_plan(self)

    def add_leader_agreements(self) -> None:
        """Add the agreements file from the team leader to this plan."""
        team_sharing.add_leader_agreements(self)

    def save_team_pdf(self) -> None:
        """Write the team overview PDF."""
        from pop.team.team_pdf import write_team_pdf

        path = self.env.prompts.save_file(self, _("Save team PDF"), _("team overview") + ".pdf",
                                          _("PDF files (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_team_pdf(self.repo.members(), self.ctx.catalogue, path,
                           self.ctx.profile.get().team)
        except PopError as exc:
            self.env.prompts.error(self, exc.message)
            return
        self.env.prompts.info(self, _("The team PDF is saved as {file}.").format(
            file=path.name))
