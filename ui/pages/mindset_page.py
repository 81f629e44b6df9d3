"""Growth mindset: the self-scan, the result per theme, the written reflection, and the
comparison with the previous plan period. A reflection aid, not a test."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Catalogue, Prompt
from pop.domain.assessment import MindsetAnswer, Reflection
from pop.i18n import _
from pop.scoring.mindset import score_mindset
from pop.scoring.mindset_change import ThemeChange, mindset_changes
from ui.events import MINDSET
from ui.pages.base import Page, PageEnv
from ui.widgets.bar_list import BarList, BarRow
from ui.widgets.forms import GrowingTextEdit, card, heading, muted, set_text
from ui.widgets.scale_choice import ScaleChoice


def number(value: float | None) -> str:
    """A score with one decimal in the user's locale ("4,5" in Dutch)."""
    return "" if value is None else QLocale().toString(float(value), "f", 1)


class MindsetPage(Page):
    """The scan with its result, and the reflection prompts."""

    depends_on = frozenset({MINDSET})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("Growth mindset"), _(
            "How do you look at learning, effort and setbacks? Answer the statements, read "
            "the result, and write your reflection."), parent)
        cycle = self.current_cycle()
        self._cycle_id = cycle.id if cycle else 0
        self._catalogue: Catalogue = self.ctx.catalogue_for(cycle)
        self._answers: dict[str, int] = {}
        self._previous: dict[str, int] | None = None
        self._previous_title = ""
        self._scales: dict[str, ScaleChoice] = {}
        self._reflections: dict[str, tuple[GrowingTextEdit, QCheckBox]] = {}
        content = self.scrolling_content()
        content.addWidget(self._build_note())
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self._build_scan(), 3)
        row.addWidget(self._build_result(), 2, Qt.AlignmentFlag.AlignTop)
        content.addLayout(row)
        content.addWidget(self._build_reflection())
        content.addStretch(1)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_note(self) -> QWidget:
        frame = QFrame(self)
        frame.setObjectName("hint")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(2)
        layout.addWidget(heading(_("A reflection aid, not a test"), frame))
        note = QLabel(self._catalogue.mindset.note.get(), frame)
        note.setWordWrap(True)
        layout.addWidget(note)
        return frame

    def _build_scan(self) -> QWidget:
        frame, layout = card(_("The scan"), _(
            "How much do you agree? Choose 1 (strongly disagree) to 6 (strongly agree)."))
        scale = self._catalogue.mindset.scale
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        column_width = max(self.fontMetrics().horizontalAdvance("6") * 4, 34)
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        low, high = QLabel(scale[0].label.get(), frame), QLabel(scale[-1].label.get(), frame)
        for label in (low, high):
            label.setWordWrap(True)
            label.setMaximumWidth(column_width * 3 - 6)
            label.setProperty("muted", "true")
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(low, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        ends.addStretch(1)
        ends.addWidget(high, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        holder = QWidget(frame)
        holder.setLayout(ends)
        holder.setFixedWidth(column_width * len(scale))
        grid.addWidget(holder, 0, 1)
        for row, item in enumerate(self._catalogue.mindset.items, start=1):
            statement = QLabel(item.text.get(), frame)
            statement.setWordWrap(True)
            grid.addWidget(statement, row, 0)
            choice = ScaleChoice(scale, item.text.get(), numbers=True,
                                 column_width=column_width, parent=frame)
            choice.changed.connect(partial(self._on_answer, item.id))
            grid.addWidget(choice, row, 1, Qt.AlignmentFlag.AlignVCenter)
            statement.setBuddy(choice)
            self._scales[item.id] = choice
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        return frame

    def _build_result(self) -> QWidget:
        frame, layout = card(_("Your result"))
        self.band_label = heading("", frame)
        layout.addWidget(self.band_label)
        self.band_text = muted("", frame)
        layout.addWidget(self.band_text)
        self.themes = BarList(_("Result per theme"), frame)
        layout.addWidget(self.themes)
        self.legend = muted("", frame)
        layout.addWidget(self.legend)
        self.compare_label = QLabel("", frame)
        self.compare_label.setWordWrap(True)
        layout.addWidget(self.compare_label)
        return frame

    def _build_reflection(self) -> QWidget:
        frame, layout = card(_("Reflection"), _(
            "Write down what comes up. Tick \u201cin the PDF\u201d for the answers you want to "
            "discuss in your conversation; the rest stays private."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(14)
        for index, prompt in enumerate(self._catalogue.reflection_prompts):
            grid.addWidget(self._prompt_box(prompt, frame), index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        return frame

    def _prompt_box(self, prompt: Prompt, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        question = QLabel(prompt.text.get(), box)
        question.setWordWrap(True)
        layout.addWidget(question)
        layout.addStretch(1)  # a one-line question beside a two-line one: the boxes line up
        edit = GrowingTextEdit(prompt.text.get(), "", 3, 12, box)
        question.setBuddy(edit)
        layout.addWidget(edit)
        include = QCheckBox(_("In the PDF"), box)
        include.setAccessibleName(_("Include in the PDF: {question}").format(
            question=prompt.text.get()))
        layout.addWidget(include)
        saver = self.autosaver(partial(self._save_reflection, prompt.id), box)
        saver.watch(edit, include)
        self._reflections[prompt.id] = (edit, include)
        return box

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load answers, reflections and the previous period's answers."""
        cycle = self.current_cycle()
        self._cycle_id = cycle.id if cycle else 0
        stored = self.ctx.assessments.mindset(self._cycle_id) if cycle else {}
        self._answers = {key: a.score for key, a in stored.items()}
        previous = self.ctx.cycles.previous(cycle) if cycle else None
        self._previous = None
        if previous is not None:
            old = self.ctx.assessments.mindset(previous.id)
            self._previous = {key: a.score for key, a in old.items()} or None
            self._previous_title = previous.title
        reflections = self.ctx.assessments.reflections(self._cycle_id) if cycle else {}
        with self.loading():
            for item_id, choice in self._scales.items():
                choice.set_value(self._answers.get(item_id))
            for prompt_id, (edit, include) in self._reflections.items():
                stored_reflection = reflections.get(prompt_id, Reflection(prompt_id))
                set_text(edit, stored_reflection.text)
                include.setChecked(stored_reflection.include_in_pdf)
        self._update_result()

    def _update_result(self) -> None:
        mindset = self._catalogue.mindset
        result = score_mindset(mindset, self._answers)
        if result.band is None:
            self.band_label.setText(_("No answers yet"))
            self.band_text.setText(_("Answer the statements; your result appears here."))
        else:
            self.band_label.setText(result.band.label.get() + "  \u00b7  " + number(result.total))
            self.band_text.setText(result.band.explanation.get())
        if not result.complete and result.answered:
            self.band_text.setText(self.band_text.text() + " " + _(
                "{answered} of {items} statements answered.").format(
                answered=result.answered, items=result.items))
        changes = {c.theme_id: c for c in mindset_changes(
            mindset, self._previous or {}, self._answers)}
        rows = []
        for theme in mindset.themes:
            change = changes[theme.id]
            rows.append(BarRow(theme.label.get(), change.current, 1, 6, number(change.current),
                               marker=change.previous if self._previous else None))
        self.themes.set_rows(rows)
        self.legend.setVisible(self._previous is not None)
        self.legend.setText(_("The orange line is your score in the previous period ({period}); "
                              "6 is the most growth-oriented.").format(
                                  period=self._previous_title))
        self.compare_label.setText(self._comparison(list(changes.values()), mindset.themes))
        self.compare_label.setVisible(bool(self.compare_label.text()))

    def _comparison(self, changes: list[ThemeChange], themes: tuple[object, ...]) -> str:
        if self._previous is None:
            return ""
        labels = {t.id: t.label.get() for t in self._catalogue.mindset.themes}
        up = [labels[c.theme_id] for c in changes if c.direction > 0]
        down = [labels[c.theme_id] for c in changes if c.direction < 0]
        if not up and not down:
            return _("Compared with the previous period your answers are about the same.")
        parts = []
        if up:
            parts.append(_("More growth-oriented than in the previous period: {themes}.").format(
                themes=", ".join(up)))
        if down:
            parts.append(_("Less than in the previous period: {themes}.").format(
                themes=", ".join(down)))
        return " ".join(parts)

    # --- saving -------------------------------------------------------------------------

    def _on_answer(self, item_id: str) -> None:
        value = self._scales[item_id].value()
        if value is None or not self._cycle_id:
            return
        answer = MindsetAnswer(item_id, value)
        if self.save(lambda: self.ctx.assessments.save_mindset(self._cycle_id, answer), MINDSET):
            self._answers[item_id] = value
            self._update_result()

    def _save_reflection(self, prompt_id: str) -> None:
        if not self._cycle_id:
            return
        edit, include = self._reflections[prompt_id]
        reflection = Reflection(prompt_id, edit.toPlainText(), include.isChecked())
        self.save(lambda: self.ctx.assessments.save_reflection(self._cycle_id, reflection),
                  MINDSET)
