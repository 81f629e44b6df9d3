"""The signing part of the export page: who signs, when, and "akkoord" or "voor gezien".

Recording a signature binds it to the plan's content fingerprint (see
:mod:`pop.services.signing`); the row says whether the plan still has that content.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from pop.domain.cycle import Signature, SignatureRole, Verdict
from pop.i18n import _
from pop.report.formats import long_date
from pop.report.labels import ROLE, VERDICT
from ui.widgets.date_field import DateField
from ui.widgets.forms import combo, line_edit, muted, select_data


class SignatureRow:
    """One person's signature: name, date, verdict, a button to record it, and its state."""

    def __init__(self, grid: QGridLayout, row: int, role: SignatureRole, parent: QWidget,
                 on_record: Callable[[SignatureRole], None]) -> None:
        self.role = role
        who = _(ROLE[role])
        title = QLabel(who, parent)
        title.setObjectName("subTitle")
        self.name = line_edit(_("Name ({who})").format(who=who), _("Name"), max_length=120)
        self.date = DateField(_("Date of signing ({who})").format(who=who), parent)
        self.verdict = combo(_("Verdict ({who})").format(who=who),
                             [(_(VERDICT[v]), v.value) for v in Verdict], min_chars=12)
        self.button = QPushButton(_("Record"), parent)
        self.button.setAccessibleName(_("Record the signature ({who})").format(who=who))
        self.button.clicked.connect(lambda: on_record(role))
        self.state = muted("", parent)
        grid.addWidget(title, row * 2, 0)
        grid.addWidget(self.name, row * 2, 1)
        grid.addWidget(self.date, row * 2, 2)
        grid.addWidget(self.verdict, row * 2, 3)
        grid.addWidget(self.button, row * 2, 4)
        grid.addWidget(self.state, row * 2 + 1, 1, 1, 4)

    def show(self, signature: Signature | None, default_name: str, fingerprint_now: str,
             lang: str) -> None:
        """Fill the row from a recorded signature (or the defaults)."""
        if signature is None:
            self.name.setText(default_name)
            self.date.set_value(date.today())
            select_data(self.verdict, Verdict.AGREED.value)
            self.state.setText(_("Not signed yet."))
            return
        self.name.setText(signature.name)
        self.date.set_value(signature.date)
        select_data(self.verdict, signature.verdict.value)
        when = long_date(signature.date, lang)
        if signature.fingerprint == fingerprint_now:
            self.state.setText(_("Signed on {date} for the plan as it is now.").format(date=when))
        else:
            self.state.setText(_(
                "Signed on {date} for an earlier version (fingerprint {code}). The plan has "
                "changed since; record the signature again after the new conversation.").format(
                date=when, code=signature.fingerprint))

    def values(self) -> tuple[str, date | None, Verdict]:
        """What was filled in."""
        return self.name.text(), self.date.value(), Verdict(self.verdict.currentData())
