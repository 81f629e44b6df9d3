"""Plan periods: the current period's dates, status, context and evaluations; earlier
periods to read; and starting a new period."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pop.domain.cycle import Cycle, CycleStatus, Evaluation, EvaluationKind, LearningLevel
from pop.errors import PopError
from pop.i18n import _
from pop.services.cycles import change_status, start_new_cycle
from ui.dialogs import new_cycle_dialog
from ui.events import CYCLE, GOALS, KNOWLEDGE, PLAN
from ui.labels import CYCLE_STATUS, LEARNING_LEVEL, choices, label
from ui.pages.base import Page, PageEnv
from ui.pages.cycle_summary import cycle_summary_html
from ui.widgets.autosave import Autosaver
from ui.widgets.date_field import DateField
from ui.widgets.forms import (
    GrowingTextEdit,
    add_row,
    card,
    combo,
    form,
    heading,
    line_edit,
    muted,
    select_data,
    set_text,
)
from ui.widgets.status_steps import StatusSteps

CYCLE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class EvaluationFields:
    """The fields of the mid-term or the end evaluation."""

    when: DateField
    text: GrowingTextEdit
    level: QComboBox
    steps: GrowingTextEdit


class CyclesPage(Page):
    """The current period on the left, all periods on the right, evaluations below."""

    depends_on = frozenset({CYCLE, GOALS, KNOWLEDGE})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("Plan periods"), _(
            "A plan covers a period, often a year. Move it forward after your conversation, "
            "evaluate it, and start the next one."), parent)
        self._cycle: Cycle | None = None
        self._saver = self.autosaver(self._save_cycle)
        self._evaluation_savers: dict[EvaluationKind, Autosaver] = {}
        self._evaluation_fields: dict[EvaluationKind, EvaluationFields] = {}
        content = self.scrolling_content()
        row = QHBoxLayout()
        row.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self._build_current())
        left.addWidget(self._build_context())
        row.addLayout(left, 3)
        row.addWidget(self._build_all(), 2, Qt.AlignmentFlag.AlignTop)
        content.addLayout(row)
        content.addWidget(self._build_evaluations())
        content.addStretch(1)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_current(self) -> QWidget:
        frame, layout = card(_("This plan period"))
        self.steps = StatusSteps(frame)
        layout.addWidget(self.steps)
        buttons = QHBoxLayout()
        self.forward_button = QPushButton("", frame)
        self.forward_button.clicked.connect(lambda: self._move(1))
        self.back_button = QPushButton(_("One step back"), frame)
        self.back_button.setAccessibleName(_("Move the status one step back"))
        self.back_button.clicked.connect(lambda: self._move(-1))
        buttons.addWidget(self.forward_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        rows = form()
        self.title_edit = line_edit(_("Name of the period"), "", 100)
        add_row(rows, _("Name of the period"), self.title_edit)
        self.start_field = DateField(_("From"), frame)
        self.end_field = DateField(_("Until"), frame)
        self.conversation_field = DateField(_("Development conversation"), frame)
        self.midterm_field = DateField(_("Mid-term evaluation"), frame)
        self.final_field = DateField(_("End evaluation"), frame)
        for text, field in ((_("From"), self.start_field), (_("Until"), self.end_field),
                            (_("Development conversation"), self.conversation_field),
                            (_("Mid-term evaluation"), self.midterm_field),
                            (_("End evaluation"), self.final_field)):
            add_row(rows, text, field, field.edit)
        layout.addLayout(rows)
        self._saver.watch(self.title_edit, self.start_field, self.end_field,
                          self.conversation_field, self.midterm_field, self.final_field)
        return frame

    def _build_context(self) -> QWidget:
        frame, layout = card(_("Context and ambition"))
        self.context_edit = GrowingTextEdit(_("What does your neighbourhood or team need?"), "", 2)
        self.ambition_edit = GrowingTextEdit(_("What do you want in your career?"), "", 2)
        self.team_edit = GrowingTextEdit(_("What do you bring to your team?"), _(
            "Topics on which colleagues can ask you, and what you will share."), 2)
        for text, edit in ((_("What does your neighbourhood or team need?"), self.context_edit),
                           (_("What do you want in your career?"), self.ambition_edit),
                           (_("What do you bring to your team?"), self.team_edit)):
            caption = heading(text, frame)
            caption.setBuddy(edit)
            layout.addWidget(caption)
            layout.addWidget(edit)
        self._saver.watch(self.context_edit, self.ambition_edit, self.team_edit)
        return frame

    def _build_all(self) -> QWidget:
        frame, layout = card(_("All plan periods"))
        self.cycle_list = QListWidget(frame)
        self.cycle_list.setAccessibleName(_("All plan periods"))
        self.cycle_list.currentItemChanged.connect(lambda *_args: self._show_summary())
        layout.addWidget(self.cycle_list)
        self.summary = QTextBrowser(frame)
        self.summary.setAccessibleName(_("Summary of the chosen period"))
        self.summary.setOpenLinks(False)
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        layout.addWidget(self.summary, 1)
        self.new_button = QPushButton(_("Start a new plan period…"), frame)
        self.new_button.setAccessibleName(_("Start a new plan period"))
        self.new_button.clicked.connect(self.start_new_period)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(muted(_("Unfinished goals can come along; you choose which."), frame))
        return frame

    def _build_evaluations(self) -> QWidget:
        frame, layout = card(_("Evaluation"), _(
            "Halfway and at the end you look back: what did you reach, what did you learn, "
            "and what is next?"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for column, (kind, title) in enumerate(((EvaluationKind.MIDTERM,
                                                 _("Mid-term evaluation")),
                                                (EvaluationKind.END, _("End evaluation")))):
            box = QVBoxLayout()
            box.setSpacing(6)
            box.addWidget(heading(title, frame))
            rows = form()
            when = DateField(_("{evaluation}: date").format(evaluation=title), frame)
            add_row(rows, _("Date"), when, when.edit)
            level = combo(_("What changed through the learning?"), choices(LEARNING_LEVEL))
            add_row(rows, _("Learning level"), level)
            box.addLayout(rows)
            text = GrowingTextEdit(_("{evaluation}: what did you reach?").format(
                evaluation=title), _("What did you reach, and what did you learn?"), 3)
            steps = GrowingTextEdit(_("{evaluation}: next steps").format(evaluation=title),
                                    _("Next steps"), 2)
            box.addWidget(text)
            box.addWidget(steps)
            box.addStretch(1)  # both columns start at the top, also when one text is longer
            grid.addLayout(box, 0, column)
            grid.setColumnStretch(column, 1)
            saver = self.autosaver(partial(self._save_evaluation, kind), frame)
            saver.watch(when, level, text, steps)
            self._evaluation_savers[kind] = saver
            self._evaluation_fields[kind] = EvaluationFields(when, text, level, steps)
        layout.addLayout(grid)
        return frame

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the current period and the list of all periods."""
        self.flush()
        cycle = self.current_cycle()
        self._cycle = cycle
        self.setEnabled(cycle is not None)
        if cycle is None:
            return
        with self.loading():
            set_text(self.title_edit, cycle.title)
            for field, value in ((self.start_field, cycle.period_start),
                                 (self.end_field, cycle.period_end),
                                 (self.conversation_field, cycle.conversation_date),
                                 (self.midterm_field, cycle.midterm_date),
                                 (self.final_field, cycle.end_date)):
                field.set_value(value)
            set_text(self.context_edit, cycle.context)
            set_text(self.ambition_edit, cycle.ambition)
            set_text(self.team_edit, cycle.team_contribution)
            for kind, fields in self._evaluation_fields.items():
                evaluation = self.ctx.cycles.evaluation(cycle.id, kind)
                fields.when.set_value(evaluation.date)
                select_data(fields.level, evaluation.learning_level.value)
                set_text(fields.text, evaluation.text)
                set_text(fields.steps, evaluation.next_steps)
        self._show_status(cycle.status)
        self._fill_list(cycle.id)

    def _show_status(self, status: CycleStatus) -> None:
        self.steps.set_status(status)
        order = list(CycleStatus)
        index = order.index(status)
        has_next = index + 1 < len(order)
        self.forward_button.setVisible(has_next)
        if has_next:
            text = _("Next step: {status}").format(status=label(CYCLE_STATUS, order[index + 1]))
            self.forward_button.setText(text)
            self.forward_button.setAccessibleName(text)
        self.back_button.setEnabled(index > 0)

    def _fill_list(self, current_id: int) -> None:
        chosen = self.cycle_list.currentItem()
        chosen_id = chosen.data(CYCLE_ROLE) if chosen is not None else current_id
        self.cycle_list.blockSignals(True)
        self.cycle_list.clear()
        for cycle in reversed(self.ctx.cycles.all()):
            text = f"{cycle.title}  \u00b7  {label(CYCLE_STATUS, cycle.status)}"
            if cycle.id == current_id:
                text += "  \u00b7  " + _("current")
            item = QListWidgetItem(text)
            item.setData(CYCLE_ROLE, cycle.id)
            self.cycle_list.addItem(item)
            if cycle.id == chosen_id:
                self.cycle_list.setCurrentItem(item)
        self.cycle_list.blockSignals(False)
        rows = max(2, min(self.cycle_list.count(), 6))
        self.cycle_list.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if self.cycle_list.count() > rows
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = max(self.cycle_list.sizeHintForRow(0), self.fontMetrics().lineSpacing())
        self.cycle_list.setFixedHeight(rows * row_height + 2 * self.cycle_list.frameWidth() + 12)
        self._show_summary()

    def _show_summary(self) -> None:
        item = self.cycle_list.currentItem()
        cycle = self.ctx.cycles.get(int(item.data(CYCLE_ROLE))) if item is not None else None
        self.summary.setHtml(cycle_summary_html(self.ctx, cycle) if cycle else "")

    # --- saving -------------------------------------------------------------------------

    def _save_cycle(self) -> None:
        cycle = self._cycle
        if cycle is None:
            return
        cycle.title = self.title_edit.text()
        cycle.period_start = self.start_field.value()
        cycle.period_end = self.end_field.value()
        cycle.conversation_date = self.conversation_field.value()
        cycle.midterm_date = self.midterm_field.value()
        cycle.end_date = self.final_field.value()
        cycle.context = self.context_edit.toPlainText()
        cycle.ambition = self.ambition_edit.toPlainText()
        cycle.team_contribution = self.team_edit.toPlainText()
        if self.save(lambda: self.ctx.cycles.save(cycle), CYCLE):
            self._fill_list(cycle.id)

    def _save_evaluation(self, kind: EvaluationKind) -> None:
        cycle = self._cycle
        if cycle is None:
            return
        fields = self._evaluation_fields[kind]
        evaluation = Evaluation(cycle.id, kind, fields.when.value(), fields.text.toPlainText(),
                                LearningLevel(fields.level.currentData() or ""),
                                fields.steps.toPlainText())
        if self.save(lambda: self.ctx.cycles.save_evaluation(evaluation), CYCLE):
            self._show_summary()

    def _move(self, step: int) -> None:
        cycle = self._cycle
        if cycle is None:
            return
        order = list(CycleStatus)
        index = order.index(cycle.status) + step
        if not 0 <= index < len(order):
            return
        target = order[index]
        if self.save(lambda: change_status(self.ctx, cycle.id, target), CYCLE):
            cycle.status = target
            self._show_status(target)
            self._fill_list(cycle.id)

    def start_new_period(self) -> None:
        """Ask for the new period and start it (every page then shows the new period)."""
        self.flush()
        window = self.window()
        flush_all = getattr(window, "flush_all", None)
        if callable(flush_all):
            flush_all()
        request = new_cycle_dialog.ask(self, self.ctx)
        if request is None:
            return
        try:
            start_new_cycle(self.ctx, request.title, request.carry_goal_ids,
                            period_start=request.period_start, period_end=request.period_end)
        except PopError as exc:
            self.env.prompts.error(self, exc.message)
            return
        self.env.events.saved.emit()
        self.cycle_list.setCurrentRow(-1)
        self.env.events.changed.emit(PLAN)
