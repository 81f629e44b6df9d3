"""The 360 questionnaire on screen: every behaviour statement with the 1–5 scale plus
"can't judge", grouped per competence. Used for the self-rating (first person) and for typing
in a paper form (third person)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from pop.catalogue.model import Catalogue, ScalePoint, Statement
from ui.widgets.forms import heading
from ui.widgets.scale_choice import ScaleChoice

CANNOT_JUDGE = 0  # the button value of "can't judge"; stored as None


class StatementScale(QWidget):
    """A grid of statements; ``changed(statement_id)`` on every user choice."""

    changed = Signal(str)

    def __init__(self, catalogue: Catalogue, rater_name: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        points = (*catalogue.competency_scale, ScalePoint(CANNOT_JUDGE, catalogue.cannot_judge))
        labels = [p.label.get() for p in points]
        metrics = self.fontMetrics()
        column = max(64, max(metrics.horizontalAdvance(w) for t in labels
                             for w in t.split()) + 12)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        heads = QWidget(self)
        head_grid = QGridLayout(heads)
        head_grid.setContentsMargins(0, 0, 0, 0)
        head_grid.setHorizontalSpacing(0)
        for index, text in enumerate(labels):
            label = QLabel(text, heads)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            label.setFixedWidth(column)
            label.setProperty("muted", "true")
            head_grid.addWidget(label, 0, index)
        grid.addWidget(heads, 0, 1, Qt.AlignmentFlag.AlignBottom)
        self._choices: dict[str, ScaleChoice] = {}
        row = 1
        for competency in catalogue.competencies:
            grid.addWidget(heading(competency.label.get(), self), row, 0, 1, 2)
            row += 1
            for statement in competency.statements:
                self._add(grid, row, statement, points, column, rater_name)
                row += 1
        grid.setColumnStretch(0, 1)

    def _add(self, grid: QGridLayout, row: int, statement: Statement,
             points: tuple[ScalePoint, ...], column: int, rater_name: str | None) -> None:
        text = (statement.for_rater(rater_name) if rater_name is not None
                else statement.self_text.get())
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(label, row, 0)
        choice = ScaleChoice(points, text, numbers=False, column_width=column, parent=self)
        choice.changed.connect(partial(self.changed.emit, statement.id))
        label.setBuddy(choice)
        grid.addWidget(choice, row, 1, Qt.AlignmentFlag.AlignVCenter)
        self._choices[statement.id] = choice

    def value(self, statement_id: str) -> int | None | bool:
        """1..5, ``None`` for can't judge, ``False`` when not answered."""
        chosen = self._choices[statement_id].value()
        if chosen is None:
            return False
        return None if chosen == CANNOT_JUDGE else chosen

    def answers(self) -> dict[str, int | None]:
        """Every answered statement (None = can't judge)."""
        result: dict[str, int | None] = {}
        for statement_id in self._choices:
            value = self.value(statement_id)
            if value is not False:
                result[statement_id] = value if isinstance(value, int) and not isinstance(
                    value, bool) else None
        return result

    def set_answers(self, answers: dict[str, int | None]) -> None:
        """Show ``answers`` (absent = not answered); no signal."""
        for statement_id, choice in self._choices.items():
            if statement_id not in answers:
                choice.set_value(None)
            else:
                value = answers[statement_id]
                choice.set_value(CANNOT_JUDGE if value is None else value)

    def choice(self, statement_id: str) -> ScaleChoice:
        """The scale of one statement (for tests)."""
        return self._choices[statement_id]
