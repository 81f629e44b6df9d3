"""Share your plan with your team leader: exactly what leaves the laptop, an optional
password, and a warning about text that looks like client data before anything is written.

Evidence documents go along only when the goals are shared and the owner ticks them one by
one (nothing is ticked at first: documents may hold personal data). The content of every
ticked document is checked for client data too (:mod:`pop.privacy.attachment_check`); what
could not be checked is said plainly."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pop.context import AppContext
from pop.exchange import bundle_format as fmt
from pop.exchange.bundle_attachments import (
    EvidenceChoice,
    check_evidence,
    chosen_summary,
    evidence_count,
    goals_shared,
    shareable_evidence,
    size_text,
)
from pop.exchange.bundle_format import MIN_PASSWORD
from pop.exchange.plan_collect import preview, shared_texts
from pop.exchange.shared_plan import SharedPlan
from pop.i18n import _
from pop.privacy.attachment_check import DocumentCheck
from pop.privacy.client_data import Finding, scan
from ui.widgets.forms import add_row, form, heading, muted
from ui.widgets.screen_fit import resize_to_fit

MAX_FINDINGS_SHOWN = 12
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True, slots=True)
class ShareRequest:
    """What the owner confirmed."""

    plan: SharedPlan
    password: str | None
    evidence_ids: tuple[int, ...] = ()  # the evidence documents the owner ticked


class ShareDialog(QDialog):
    """What goes along, what stays, the client-data check and the password."""

    def __init__(self, ctx: AppContext, plan: SharedPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self._checks: dict[int, DocumentCheck] = {}
        self.setWindowTitle(_("Share your plan with your team leader"))
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)  # small laptop screens: the content scrolls, buttons stay
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(10)
        layout.addWidget(muted(_(
            "This is exactly what goes into the plan file. You choose per section what you "
            "share on the Conversation PDF page. Your mindset scan, private journal entries, "
            "single feedback answers and the names of raters never leave this laptop."), self))
        for line in preview(ctx, plan):
            mark = "\u2713 " + _("goes along") if line.included else "\u2715 " + _("stays here")
            label = QLabel(f"{mark} \u2013 {line.label}: {line.detail}", self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            if not line.included:
                label.setProperty("muted", "true")
            layout.addWidget(label)
        self.evidence: list[EvidenceChoice] = shareable_evidence(ctx)
        self.evidence_line = QLabel("", self)
        self.evidence_line.setWordWrap(True)
        self.evidence_line.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.evidence_line)
        self.evidence_list: QListWidget | None = None
        if self.evidence:
            layout.addWidget(self._evidence_frame())
        elif not goals_shared(ctx) and evidence_count(ctx):
            self.evidence_line.setText("\u2715 " + _("stays here") + " \u2013 " + _(
                "Evidence documents: they can only go along with your goals, and you do not "
                "share your goals."))
            self.evidence_line.setProperty("muted", "true")
        else:
            self.evidence_line.setVisible(False)
        self.texts_button = QPushButton(_("Show every text that goes along"), self)
        self.texts_button.setCheckable(True)
        layout.addWidget(self.texts_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.texts = QPlainTextEdit(self)
        self.texts.setReadOnly(True)
        self.texts.setAccessibleName(_("Every text that goes along"))
        self.texts.setPlainText("\n\n".join(f"{where}:\n{text}"
                                            for where, text in shared_texts(plan)))
        self.texts.setVisible(False)
        self.texts_button.toggled.connect(self.texts.setVisible)
        layout.addWidget(self.texts, 1)

        self.findings: list[Finding] = scan(shared_texts(plan))
        self.confirm_box: QCheckBox | None = None
        if self.findings:
            layout.addWidget(self._findings_frame())

        rows = form()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_("optional, at least {n} characters").format(
            n=MIN_PASSWORD))
        add_row(rows, _("Password"), self.password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        add_row(rows, _("Password again"), self.repeat)
        layout.addLayout(rows)
        self.password_note = muted(_(
            "With a password the file can be sent by e-mail safely. Give the password to your "
            "team leader in another way, for example by phone."), self)
        layout.addWidget(self.password_note)
        layout.addStretch(1)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_("Save plan file\u2026"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        resize_to_fit(self, 660, 760)
        for edit in (self.password, self.repeat):
            edit.textChanged.connect(self._update)
        self._update()

    def _evidence_frame(self) -> QFrame:
        frame = QFrame(self)
        box = QVBoxLayout(frame)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(4)
        box.addWidget(heading(_("Evidence documents"), frame))
        box.addWidget(muted(_(
            "A document can hold personal data, of you or of others. Tick only what your team "
            "leader may see. Nothing is ticked unless you do it."), frame))
        self.evidence_list = QListWidget(frame)
        self.evidence_list.setAccessibleName(_("Evidence documents to send along"))
        for choice in self.evidence:
            item = QListWidgetItem(f"{choice.name}  \u00b7  {size_text(choice.size)}  \u00b7  "
                                   f"{choice.activity}")
            item.setToolTip(_("Goal: {goal}").format(goal=choice.goal))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(EVIDENCE_ROLE, choice.id)
            self.evidence_list.addItem(item)
        rows = min(len(self.evidence), 5)
        self.evidence_list.setMaximumHeight(
            rows * (self.evidence_list.fontMetrics().height() + 10) + 8)
        self.evidence_list.itemChanged.connect(lambda _item: self._ticks_changed())
        box.addWidget(self.evidence_list)
        self.documents_heading = heading(_("Does a ticked document say something about a "
                                           "resident?"), frame)
        box.addWidget(self.documents_heading)
        self.documents_text = QPlainTextEdit(frame)  # scrolls when many documents are ticked
        self.documents_text.setReadOnly(True)
        self.documents_text.setFrameShape(QFrame.Shape.NoFrame)
        self.documents_text.setFixedHeight(6 * self.documents_text.fontMetrics().lineSpacing()
                                           + 12)
        self.documents_text.setAccessibleName(_("Check of the ticked documents"))
        box.addWidget(self.documents_text)
        self.documents_confirm = QCheckBox(_("I opened these documents: they hold no client "
                                             "data"), frame)
        self.documents_confirm.toggled.connect(self._update)
        box.addWidget(self.documents_confirm)
        for widget in (self.documents_heading, self.documents_text, self.documents_confirm):
            widget.setVisible(False)
        return frame

    def _ticks_changed(self) -> None:
        """Another document ticked: the owner confirms the documents again."""
        self.documents_confirm.blockSignals(True)
        self.documents_confirm.setChecked(False)
        self.documents_confirm.blockSignals(False)
        self._update()

    def document_checks(self) -> list[DocumentCheck]:
        """The content check of each ticked document (each document read once)."""
        ticked = self.ticked()
        missing = [c for c in ticked if c.id not in self._checks]
        for choice, check in zip(missing, check_evidence(self.ctx, missing), strict=True):
            self._checks[choice.id] = check
        return [self._checks[c.id] for c in ticked]

    def _show_document_checks(self) -> bool:
        """Show what the check of the ticked documents found; True when the owner still has to
        confirm them."""
        checks = self.document_checks()
        lines: list[str] = []
        for check in checks:
            lines += [f"\u2022 {finding.message}" for finding in check.findings]
            if check.note:
                lines.append(f"\u2022 {check.note}")
        clean = [c.name for c in checks if not c.findings and not c.note]
        if clean:
            lines.append("\u2022 " + _("Checked, nothing looks like client data: "
                                        "{names}.").format(names=", ".join(clean)))
        found = any(check.findings for check in checks)
        if found:
            lines.append(_("Open the document to see what it is. Untick it, or confirm that it "
                           "is fine."))
        self.documents_text.setPlainText("\n".join(lines))
        self.documents_text.setVisible(bool(lines))
        self.documents_heading.setVisible(found)
        self.documents_confirm.setVisible(found)
        return found and not self.documents_confirm.isChecked()

    def ticked(self) -> list[EvidenceChoice]:
        """The evidence documents the owner ticked."""
        if self.evidence_list is None:
            return []
        ids = {int(self.evidence_list.item(i).data(EVIDENCE_ROLE))
               for i in range(self.evidence_list.count())
               if self.evidence_list.item(i).checkState() == Qt.CheckState.Checked}
        return [c for c in self.evidence if c.id in ids]

    def _findings_frame(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("warnHint")
        box = QVBoxLayout(frame)
        box.addWidget(heading(_("Does this text say something about a resident?"), frame))
        box.addWidget(muted(_(
            "These texts look like client data. Change them in your plan first, or confirm that "
            "they are fine (for example the phone number of an organisation)."), frame))
        lines = [f"\u2022 {f.message}" for f in self.findings[:MAX_FINDINGS_SHOWN]]
        if len(self.findings) > MAX_FINDINGS_SHOWN:
            lines.append(_("\u2026 and {n} more").format(
                n=len(self.findings) - MAX_FINDINGS_SHOWN))
        found = QLabel("\n".join(lines), frame)
        found.setWordWrap(True)
        found.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(found)
        self.confirm_box = QCheckBox(_("I checked these texts: they hold no client data"), frame)
        self.confirm_box.toggled.connect(self._update)
        box.addWidget(self.confirm_box)
        return frame

    def _update(self) -> None:
        password, repeat = self.password.text(), self.repeat.text()
        problem = ""
        if password and len(password) < MIN_PASSWORD:
            problem = _("The password needs at least {n} characters.").format(n=MIN_PASSWORD)
        elif password and password != repeat:
            problem = _("The two passwords are not the same yet.")
        ticked = self.ticked()
        if self.evidence:
            mark = "\u2713 " + _("goes along") if ticked else "\u2715 " + _("stays here")
            self.evidence_line.setText(f"{mark} \u2013 " + _("Evidence documents: {what}").format(
                what=chosen_summary(ticked)))
            if sum(c.size for c in ticked) > fmt.MAX_ATTACHMENTS_TOTAL or len(
                    ticked) > fmt.MAX_ATTACHMENTS:
                problem = _("The ticked documents are together more than a plan file can "
                            "carry ({limit}). Tick fewer.").format(
                                limit=size_text(fmt.MAX_ATTACHMENTS_TOTAL))
        self.password_note.setText(problem or _(
            "With a password the file can be sent by e-mail safely. Give the password to your "
            "team leader in another way, for example by phone."))
        confirmed = self.confirm_box is None or self.confirm_box.isChecked()
        if self.evidence_list is not None and self._show_document_checks():
            confirmed = False
        self.ok.setEnabled(not problem and confirmed)

    def request(self) -> ShareRequest:
        """What was chosen."""
        return ShareRequest(self.plan, self.password.text() or None,
                            tuple(c.id for c in self.ticked()))


def ask(parent: QWidget | None, ctx: AppContext, plan: SharedPlan) -> ShareRequest | None:
    """The confirmed share request, or ``None`` when cancelled."""
    dialog = ShareDialog(ctx, plan, parent)
    try:
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
