"""Share your plan with your team leader: exactly what leaves the laptop, an optional
password, and a warning about text that looks like client data before anything is written."""

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
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pop.context import AppContext
from pop.exchange.bundle_format import MIN_PASSWORD
from pop.exchange.plan_collect import preview, shared_texts
from pop.exchange.shared_plan import SharedPlan
from pop.i18n import _
from pop.privacy.client_data import Finding, scan
from ui.widgets.forms import add_row, form, heading, muted

MAX_FINDINGS_SHOWN = 12


@dataclass(frozen=True, slots=True)
class ShareRequest:
    """What the owner confirmed."""

    plan: SharedPlan
    password: str | None


class ShareDialog(QDialog):
    """What goes along, what stays, the client-data check and the password."""

    def __init__(self, ctx: AppContext, plan: SharedPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(_("Share your plan with your team leader"))
        self.resize(640, 680)
        layout = QVBoxLayout(self)
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_("Save plan file\u2026"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.password, self.repeat):
            edit.textChanged.connect(self._update)
        self._update()

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
        self.password_note.setText(problem or _(
            "With a password the file can be sent by e-mail safely. Give the password to your "
            "team leader in another way, for example by phone."))
        confirmed = self.confirm_box is None or self.confirm_box.isChecked()
        self.ok.setEnabled(not problem and confirmed)

    def request(self) -> ShareRequest:
        """What was chosen."""
        return ShareRequest(self.plan, self.password.text() or None)


def ask(parent: QWidget | None, ctx: AppContext, plan: SharedPlan) -> ShareRequest | None:
    """The confirmed share request, or ``None`` when cancelled."""
    dialog = ShareDialog(ctx, plan, parent)
    try:
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
