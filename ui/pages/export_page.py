"""The conversation PDF: choose the sections and the language, write the PDF, open it; and
record the signatures ("akkoord" / "voor gezien") for the plan as it is.

The section choices are the owner's sharing choices: a change here is saved and is the
default next time. The private journal is never offered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QWidget,
)

from pop.domain.cycle import SignatureRole
from pop.domain.sharing import Section, SharingChoice
from pop.errors import PopError
from pop.i18n import _, current_language
from pop.report.conversation_pdf import (
    client_data_warnings,
    export_conversation_pdf,
    offered_sections,
    suggested_file_name,
)
from pop.report.labels import SECTION_TITLES
from pop.services.signing import current_fingerprint, sign
from ui.events import ACTIVITIES, CYCLE, GOALS, KNOWLEDGE, MINDSET, PREFERENCES, PROFILE
from ui.pages.base import Page, PageEnv
from ui.pages.export_signing import SignatureRow
from ui.widgets.forms import card, muted

SHARING = "sharing"


def open_in_viewer(path: Path) -> None:
    """Show ``path`` in the system's PDF viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExportPage(Page):
    """Make the PDF for the development conversation."""

    depends_on = frozenset({PROFILE, KNOWLEDGE, MINDSET, PREFERENCES, GOALS, ACTIVITIES, CYCLE})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("Conversation PDF"), _(
            "A clean document for your development conversation. You choose what goes in; "
            "your journal stays private and never goes into the PDF."), parent)
        self.opener = open_in_viewer  # tests replace this
        self.last_file: Path | None = None
        self._boxes: dict[Section, QCheckBox] = {}
        content = self.scrolling_content()
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self._build_sections(), 3, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._build_output(), 2, Qt.AlignmentFlag.AlignTop)
        content.addLayout(row)
        content.addWidget(self._build_signing())
        content.addStretch(1)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_sections(self) -> QWidget:
        frame, layout = card(_("What goes into the PDF"), _(
            "The cover and the signature page are always included. Your choices are saved."))
        for section in offered_sections():
            box = QCheckBox(_(SECTION_TITLES[section]), frame)
            box.setAccessibleName(_(SECTION_TITLES[section]))
            box.toggled.connect(lambda checked, s=section: self._on_section(s, checked))
            layout.addWidget(box)
            self._boxes[section] = box
        layout.addWidget(muted(_("The journal is private: it is never offered here."), frame))
        return frame

    def _build_output(self) -> QWidget:
        frame, layout = card(_("Language and file"))
        self.dutch = QRadioButton(_("Dutch"), frame)
        self.english = QRadioButton(_("English"), frame)
        for button in (self.dutch, self.english):
            button.setAccessibleName(button.text())
            layout.addWidget(button)
        self.make_button = QPushButton(_("Make the PDF\u2026"), frame)
        self.make_button.setObjectName("primary")
        self.make_button.setAccessibleName(_("Make the PDF"))
        self.make_button.clicked.connect(self.make_pdf)
        layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result = muted("", frame)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        self.open_button = QPushButton(_("Open the PDF"), frame)
        self.open_button.setAccessibleName(_("Open the PDF"))
        self.open_button.clicked.connect(self._open_last)
        self.open_button.setVisible(False)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_signing(self) -> QWidget:
        frame, layout = card(_("Signatures"), _(
            "After the conversation, record who signed and when: \u201cagreed\u201d, or "
            "\u201cseen\u201d when someone has read the plan but does not (fully) agree. The "
            "signature is tied to the plan's content fingerprint, so a later change is "
            "visible in the PDF."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.rows = {role: SignatureRow(grid, index, role, frame, self._record)
                     for index, role in enumerate(SignatureRole)}
        layout.addLayout(grid)
        self.fingerprint_label = muted("", frame)
        layout.addWidget(self.fingerprint_label)
        return frame

    # --- filling ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the sharing choices, the plan's language and the signatures."""
        cycle = self.current_cycle()
        sharing = self.ctx.sharing.all()
        profile = self.ctx.profile.get()
        with self.loading():
            for section, box in self._boxes.items():
                box.blockSignals(True)
                box.setChecked(sharing[section].in_pdf)
                box.blockSignals(False)
            (self.english if profile.language == "en" else self.dutch).setChecked(True)
            self.make_button.setEnabled(cycle is not None)
            if cycle is None:
                self.fingerprint_label.setText(_("Start your plan first."))
                return
            code = current_fingerprint(self.ctx, cycle.id)
            self.fingerprint_label.setText(
                _("Content fingerprint of the plan now: {code}").format(code=code))
            signed = {s.role: s for s in self.ctx.cycles.signatures(cycle.id)}
            defaults = {SignatureRole.EMPLOYEE: profile.name,
                        SignatureRole.LEADER: profile.team_leader}
            for role, row in self.rows.items():
                row.show(signed.get(role), defaults[role], code, current_language())

    # --- actions ------------------------------------------------------------------------

    def chosen_sections(self) -> list[Section]:
        """The sections ticked now."""
        return [section for section, box in self._boxes.items() if box.isChecked()]

    def language(self) -> str:
        """The PDF's language."""
        return "en" if self.english.isChecked() else "nl"

    def _on_section(self, section: Section, checked: bool) -> None:
        current = self.ctx.sharing.all()[section]
        self.save(lambda: self.ctx.sharing.save(
            SharingChoice(section, in_pdf=checked, with_leader=current.with_leader)), SHARING)

    def make_pdf(self) -> None:
        """Ask where to save, write the PDF, offer to open it."""
        cycle = self.current_cycle()
        if cycle is None:
            return
        try:
            warnings = client_data_warnings(self.ctx, cycle_id=cycle.id,
                                            sections=self.chosen_sections())
        except PopError as exc:
            self.env.prompts.error(self, exc.message)
            return
        if warnings and not self.env.prompts.confirm(self, _(
                "These texts look like the personal data of a resident. A PDF leaves this "
                "laptop, so check them first:\n\n{lines}\n\nMake the PDF anyway?").format(
                lines="\n".join(f"\u2022 {line}" for line in warnings[:12])),
                _("Make the PDF anyway"), _("Cancel")):
            return
        name = suggested_file_name(self.ctx.profile.get().name, cycle.title, self.language())
        target = self.env.prompts.save_file(self, _("Save the conversation PDF"),
                                            str(Path.home() / name), _("PDF files (*.pdf)"))
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export_conversation_pdf(self.ctx, target, cycle_id=cycle.id,
                                             lang=self.language(),
                                             sections=self.chosen_sections())
        except PopError as exc:
            QApplication.restoreOverrideCursor()
            self.env.prompts.error(self, exc.message)
            return
        QApplication.restoreOverrideCursor()
        self.last_file = result.path
        self.result.setText(_("Saved as {file}").format(file=result.path))
        self.open_button.setVisible(True)
        if self.env.prompts.confirm(self, _("The PDF is ready. Open it now?"),
                                    _("Open the PDF"), _("Not now")):
            self.opener(result.path)

    def _open_last(self) -> None:
        if self.last_file is not None:
            self.opener(self.last_file)

    def _record(self, role: SignatureRole) -> None:
        cycle = self.current_cycle()
        if cycle is None:
            return
        name, when, verdict = self.rows[role].values()
        if self.save(lambda: sign(self.ctx, cycle.id, role, name, when, verdict), CYCLE):
            self.refresh()
