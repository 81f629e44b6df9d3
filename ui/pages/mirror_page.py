"""The 360-degree mirror: your self-rating, the feedback round (forms out, answers back, paper
answers), the chart of you against the others, the quadrants, the table, the comments and
what you share. Every rule (anonymity, gaps, quadrants) lives in :mod:`pop.mirror`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Catalogue
from pop.domain.assessment import CompetencySelfRating
from pop.domain.sharing import Section, SharingChoice
from pop.errors import PopError
from pop.exchange.feedback_import import AlreadyImported, add_paper_response, import_feedback
from pop.i18n import _, ngettext
from pop.mirror.analysis import MirrorComment
from pop.mirror.load import CycleMirror, cycle_mirror
from pop.mirror.model import ReceivedAnswer
from pop.mirror.requests import make_request_forms
from pop.storage.feedback_repo import FeedbackRepository
from ui.events import PROFILE
from ui.pages import mirror_sections as sections
from ui.pages.base import Page, PageEnv
from ui.widgets.drop_zone import DropZone, local_files
from ui.widgets.forms import card, clear_layout, muted
from ui.widgets.mirror_chart import MirrorChart
from ui.widgets.statement_scale import StatementScale

MIRROR = "mirror"  # the event kind this page announces
PDF_FILTER = "PDF (*.pdf)"


class MirrorPage(Page):
    """Self-rating, the round, the mirror and its choices."""

    depends_on = frozenset({MIRROR, PROFILE})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("360° feedback"), _(
            "How do others see your work? Rate yourself, ask your team leader, colleagues, "
            "residents and chain partners for feedback with a form they fill in on their own "
            "computer, and compare. Groups are only shown when at least 3 people answered."),
            parent)
        cycle = self.current_cycle()
        self._cycle_id = cycle.id if cycle else 0
        self._catalogue: Catalogue = self.ctx.catalogue_for(cycle)
        self._mirror: CycleMirror | None = None
        self._per_group = False
        self.setAcceptDrops(True)
        content = self.scrolling_content()
        content.addWidget(self._build_round())
        self.mirror_card, self.mirror_layout = card(_("Your mirror"))
        content.addWidget(self.mirror_card)
        self.table_card, self.table_layout = card(_("Per competence"))
        content.addWidget(self.table_card)
        self.comments_card, self.comments_layout = card(_("What the raters wrote"), _(
            "Tick the comments you want to discuss; only those go into your conversation PDF "
            "and your plan file."))
        self.comments_body = QVBoxLayout()
        self.comments_layout.addLayout(self.comments_body)
        content.addWidget(self.comments_card)
        content.addWidget(self._build_sharing())
        content.addWidget(self._build_self_rating())
        content.addStretch(1)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_round(self) -> QWidget:
        frame, layout = card(_("Feedback round"))
        self.status_layout = QVBoxLayout()
        layout.addLayout(self.status_layout)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(_("Make forms\u2026"), frame)
        self.make_button.clicked.connect(self.make_forms)
        self.import_button = QPushButton(_("Import returned forms\u2026"), frame)
        self.import_button.clicked.connect(self._choose_files)
        self.paper_button = QPushButton(_("Type in a paper form\u2026"), frame)
        self.paper_button.clicked.connect(self.type_paper_form)
        for button in (self.make_button, self.import_button, self.paper_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.drop_zone = DropZone(_("Or drag returned forms (PDF) here to import them."),
                                  parent=frame)
        self.drop_zone.dropped.connect(self.import_files)
        layout.addWidget(self.drop_zone)
        self.received_button = QToolButton(frame)
        self.received_button.setCheckable(True)
        self.received_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.received_button.setArrowType(Qt.ArrowType.RightArrow)
        self.received_button.setAutoRaise(True)
        self.received_button.toggled.connect(self._toggle_received)
        layout.addWidget(self.received_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.received_box = QWidget(frame)
        self.received_layout = QVBoxLayout(self.received_box)
        self.received_layout.setContentsMargins(0, 0, 0, 0)
        self.received_box.setVisible(False)
        layout.addWidget(self.received_box)
        return frame

    def _toggle_received(self, shown: bool) -> None:
        self.received_box.setVisible(shown)
        self.received_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)

    def _build_sharing(self) -> QWidget:
        frame, layout = card(_("Sharing"), _(
            "Answers per person and names never leave this computer. A group with fewer than "
            "3 answers is never shown, not here and not in a PDF or plan file."))
        self.in_pdf_box = QCheckBox(_("Show the mirror in my conversation PDF"), frame)
        self.leader_box = QCheckBox(
            _("Share the summary (scores per group and ticked comments) with my team leader"),
            frame)
        for box in (self.in_pdf_box, self.leader_box):
            box.toggled.connect(self._save_sharing)
            layout.addWidget(box)
        return frame

    def _build_self_rating(self) -> QWidget:
        frame, layout = card(_("Your self-rating"), _(
            "Rate yourself on the same behaviour the raters see. Choose how often you do it; "
            "choose \u201ccan't judge\u201d when you do not know."))
        self.self_progress = muted("", frame)
        layout.addWidget(self.self_progress)
        self.self_scale = StatementScale(self._catalogue, None, frame)
        self.self_scale.changed.connect(self._on_self_rating)
        layout.addWidget(self.self_scale)
        return frame

    def _show_progress(self) -> None:
        total = len(self._catalogue.statements)
        done = len(self.self_scale.answers())
        self.self_progress.setText(_("{done} of {total} sentences answered.").format(
            done=done, total=total))

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the round, the analysis and the choices."""
        with self.loading():
            cycle = self.current_cycle()
            self._cycle_id = cycle.id if cycle else 0
            for button in (self.make_button, self.import_button, self.paper_button):
                button.setEnabled(cycle is not None)
            self._mirror = cycle_mirror(self.ctx, cycle.id) if cycle else None
            clear_layout(self.status_layout)
            status = self._mirror.status if self._mirror else None
            sections.fill_status(self.status_layout, status, self)
            received = (FeedbackRepository(self.ctx.db).received(status.round.id)
                        if status else [])
            self.received_button.setText(_("Answers received ({n})").format(n=len(received)))
            self.received_button.setVisible(status is not None)
            clear_layout(self.received_layout)
            sections.fill_received(self.received_layout, received, self.remove_answer, self)
            self._fill_results()
            choice = self.ctx.sharing.all()[Section.MIRROR]
            for box, value in ((self.in_pdf_box, choice.in_pdf),
                               (self.leader_box, choice.with_leader)):
                box.blockSignals(True)
                box.setChecked(value)
                box.blockSignals(False)
            own = ({sid: r.score for sid, r in
                    self.ctx.assessments.competency_ratings(self._cycle_id).items()}
                   if cycle else {})
            self.self_scale.set_answers(own)
            self._show_progress()

    def _fill_results(self) -> None:
        for layout in (self.mirror_layout, self.table_layout):
            while layout.count() > 1:  # keep the card title
                item = layout.takeAt(1)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
                elif item is not None and (inner := item.layout()) is not None:
                    clear_layout(inner)
        clear_layout(self.comments_body)
        mirror = self._mirror
        analysis = mirror.analysis if mirror else None
        if analysis is None or not analysis.has_feedback:
            self.mirror_layout.addWidget(muted(_(
                "The mirror appears here as soon as enough answers are back: at least 3 per "
                "group, or your team leader's."), self.mirror_card))
            if analysis is not None and (note := sections.suppressed_note(analysis, self)):
                self.mirror_layout.addWidget(note)
            self.table_card.setVisible(False)
            self.comments_card.setVisible(False)
            return
        self.table_card.setVisible(True)
        self.comments_card.setVisible(True)
        if not analysis.has_self_rating:
            self.mirror_layout.addWidget(muted(_(
                "Fill in your self-rating below to see where you and the others agree."),
                self.mirror_card))
        note = sections.suppressed_note(analysis, self)
        if note is not None:
            self.mirror_layout.addWidget(note)
        row = QHBoxLayout()
        row.setSpacing(18)
        left = QVBoxLayout()
        self.chart = MirrorChart(self.mirror_card)
        self.chart.set_data(analysis, self._catalogue, self._per_group)
        left.addWidget(self.chart)
        self.per_group_box = QCheckBox(_("Also show each group separately"), self.mirror_card)
        self.per_group_box.setChecked(self._per_group)
        self.per_group_box.toggled.connect(self._on_per_group)
        left.addWidget(self.per_group_box, 0, Qt.AlignmentFlag.AlignHCenter)
        row.addLayout(left, 3)
        side = QVBoxLayout()
        sections.fill_quadrants(side, analysis, self._catalogue, self.mirror_card)
        side.addStretch(1)
        row.addLayout(side, 2)
        self.mirror_layout.addLayout(row)
        sections.fill_table(self.table_layout, analysis, self._catalogue, self.table_card)
        sections.fill_comments(self.comments_body, analysis, self._catalogue,
                               self._first_name(), self._on_comment_toggled,
                               self.comments_card)

    # --- actions ------------------------------------------------------------------------

    def make_forms(self) -> None:
        """Ask for group, number, date and folder; write the forms."""
        from ui.dialogs import feedback_forms_dialog

        status = self._mirror.status if self._mirror else None
        deadline = status.round.deadline if status else None
        if deadline is not None and deadline < date.today():
            deadline = None  # a finished round: the dialog proposes a new return date
        request = feedback_forms_dialog.ask(self, deadline)
        if request is None:
            return
        try:
            made = make_request_forms(self.ctx, request.folder, request.group, request.count,
                                      deadline=request.deadline)
        except PopError as exc:
            self.env.prompts.error(self, exc.message)
            return
        self.announce(MIRROR)
        self.refresh()
        self.env.prompts.info(self, ngettext(
            "{n} form saved in {folder}. Send it to the rater; they fill it in and send the "
            "file back to you.",
            "{n} forms saved in {folder}. Send each rater one form; they fill it in and send "
            "the file back to you.", len(made.paths)).format(n=len(made.paths),
                                                            folder=request.folder))

    def _choose_files(self) -> None:
        chooser = getattr(self.env.prompts, "open_files", None)
        if chooser is not None:
            paths = list(chooser(self, _("Import returned forms"), PDF_FILTER))
        else:
            single = self.env.prompts.open_file(self, _("Import returned forms"), PDF_FILTER)
            paths = [single] if single else []
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> bool:
        """Import the files (all or none); offers to replace forms imported before."""
        try:
            report = import_feedback(self.ctx, paths)
        except AlreadyImported as exc:
            question = exc.message + " " + _("Replace the earlier answers with these?")
            if not self.env.prompts.confirm(self, question, _("Replace")):
                return False
            try:
                report = import_feedback(self.ctx, paths, replace=True)
            except PopError as again:
                self.env.prompts.error(self, again.message)
                return False
        except PopError as exc:
            self.env.prompts.error(self, exc.message)
            return False
        self.announce(MIRROR)
        self.refresh()
        self.env.prompts.info(self, report.summary() + "\n\n" + _(
            "The answers are now safely in your plan. You can delete the returned files."))
        return True

    def type_paper_form(self) -> None:
        """Type in one rater's answers from paper."""
        from ui.dialogs import paper_answers_dialog

        answers = paper_answers_dialog.ask(self, self._catalogue, self._first_name())
        if answers is None or self._cycle_id == 0:
            return
        try:
            status = self._mirror.status if self._mirror else None
            round_id = status.round.id if status else self._new_round()
            add_paper_response(self.ctx, round_id, answers.group, answers.scores,
                               answers.comments)
        except PopError as exc:
            self.env.prompts.error(self, exc.message)
            return
        self.announce(MIRROR)
        self.refresh()

    def _first_name(self) -> str:
        words = self.ctx.profile.get().name.split()
        return words[0] if words else _("the professional")

    def _new_round(self) -> int:
        from pop.mirror.requests import ensure_round

        return ensure_round(self.ctx).id

    def _on_self_rating(self, statement_id: str) -> None:
        value = self.self_scale.value(statement_id)
        if value is False:
            return
        score = value if isinstance(value, int) and not isinstance(value, bool) else None
        if self._cycle_id and self.save(lambda: self.ctx.assessments.save_competency_rating(
                self._cycle_id, CompetencySelfRating(statement_id, score)), MIRROR):
            self._mirror = cycle_mirror(self.ctx, self._cycle_id)
            self._fill_results()
            self._show_progress()

    def remove_answer(self, answer: ReceivedAnswer) -> None:
        """Remove one rater's answers (e.g. a paper form typed in by mistake)."""
        who = answer.group.one_label
        how = (_("form {code}").format(code=answer.code) if answer.code
               else _("typed in from paper"))
        question = _("Remove the answers of this {who} ({how})? They disappear from the "
                     "mirror; you can import or type them in again.").format(who=who, how=how)
        if not self.env.prompts.confirm(self, question, _("Remove")):
            return
        repo = FeedbackRepository(self.ctx.db)
        if self.save(lambda: repo.delete_response(answer.response_id), MIRROR):
            self.refresh()

    def _on_per_group(self, checked: bool) -> None:
        self._per_group = checked
        if self._mirror is not None:
            self.chart.set_data(self._mirror.analysis, self._catalogue, checked)

    def _on_comment_toggled(self, comment: MirrorComment, checked: bool) -> None:
        repo = FeedbackRepository(self.ctx.db)
        response_id, question_id = comment.key
        self.save(lambda: repo.set_comment_in_pdf(response_id, question_id, checked), MIRROR)

    def _save_sharing(self) -> None:
        choice = SharingChoice(Section.MIRROR, self.in_pdf_box.isChecked(),
                               self.leader_box.isChecked())
        self.save(lambda: self.ctx.sharing.save(choice), MIRROR)

    # --- drag and drop onto the whole page ------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Returned forms may be dropped anywhere on the page."""
        if local_files(event, ".pdf"):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the dropped forms."""
        files = local_files(event, ".pdf")
        if files:
            event.acceptProposedAction()
            self.import_files(files)

