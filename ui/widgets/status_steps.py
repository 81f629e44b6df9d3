"""The plan's status as a row of steps (draft → discussed → agreed → evaluated)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pop.domain.cycle import CycleStatus
from pop.i18n import _
from ui.labels import CYCLE_STATUS, label
from ui.theme import set_muted


class StatusSteps(QWidget):
    """Shows where the plan stands; the current step is highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._labels: dict[CycleStatus, QLabel] = {}
        for index, status in enumerate(CycleStatus):
            if index:
                arrow = QLabel("\u2192", self)
                set_muted(arrow)
                layout.addWidget(arrow)
            step = QLabel(f"{index + 1}. {label(CYCLE_STATUS, status)}", self)
            step.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(step)
            self._labels[status] = step
        layout.addStretch(1)

    def set_status(self, status: CycleStatus) -> None:
        """Highlight ``status``; earlier steps read as done, later ones quiet."""
        for step_status, step in self._labels.items():
            current = step_status == status
            step.setObjectName("badge" if current else "")
            font = step.font()
            font.setBold(current)
            step.setFont(font)
            set_muted(step, step_status.order > status.order)
        self.setAccessibleName(_("Status of the plan: {status}").format(
            status=label(CYCLE_STATUS, status)))
