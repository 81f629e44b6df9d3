"""The editor of one goal: what, why, by when, the SMART check, willen/kunnen/mogen, the
learning activities and the progress notes. Used by the goals page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Catalogue
from pop.domain.goals import Activity, Goal, GoalKind, GoalStatus, LinkKind
from pop.i18n import _
from pop.scoring.smart_check import smart_check
from ui.dialogs import goal_links_dialog
from ui.events import ACTIVITIES, GOALS
from ui.labels import GOAL_KIND, GOAL_STATUS, choices
from ui.widgets.activity_editor import ActivityEditor
from ui.widgets.date_field import DateField
from ui.widgets.forms import (
    GrowingTextEdit,
    add_row,
    card,
    clear_layout,
    combo,
    form,
    heading,
    line_edit,
    muted,
    select_data,
    set_text,
)
from ui.widgets.progress_notes import ProgressNotes

if TYPE_CHECKING:
    from ui.pages.base import Page


class GoalEditor(QWidget):
    """Edits the goal given to :meth:`show_goal`; every change is saved as it is made."""

    goal_saved = Signal(object)  # the Goal

    def __init__(self, page: Page, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.catalogue = catalogue
        self.goal: Goal | None = None
        self._activities: list[ActivityEditor] = []
        self._saver = page.autosaver(self._save_goal, self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._build_goal_card())
        column.addWidget(self._build_smart())
        column.addWidget(self._build_conditions())
        column.addWidget(self._build_activities())
        column.addWidget(self._build_progress())
        column.addStretch(1)

    # --- building -----------------------------------------------------------------------

    def _build_goal_card(self) -> QWidget:
        frame, layout = card()
        self.carried_label = muted(_("Carried forward from the previous plan period."), frame)
        layout.addWidget(self.carried_label)
        rows = form()
        self.title_edit = line_edit(_("Goal"), _("What do you want to reach? For example: "
                                                 "sort out a debt file myself"), 300)
        add_row(rows, _("Goal"), self.title_edit)
        line = QHBoxLayout()
        self.kind_combo = combo(_("Kind of goal"), choices(GOAL_KIND))
        self.status_combo = combo(_("Status"), choices(GOAL_STATUS))
        self.due_field = DateField(_("Reached by"), frame)
        for text, widget in ((_("Kind of goal"), self.kind_combo), (_("Status"),
                             self.status_combo), (_("Reached by"), self.due_field)):
            box = QVBoxLayout()
            box.setSpacing(2)
            caption = QLabel(text, frame)
            caption.setProperty("muted", "true")
            caption.setBuddy(widget.focusProxy() or widget)
            box.addWidget(caption)
            box.addWidget(widget)
            line.addLayout(box, 1)
        rows.addRow(line)
        self.description_edit = GrowingTextEdit(_("Why this goal?"), _(
            "What do you want to be able to do, and why does it matter for your work?"), 2)
        add_row(rows, _("Why this goal?"), self.description_edit)
        self.criteria_edit = GrowingTextEdit(_("How will you see it?"), _(
            "What will you or others notice when you have reached it?"), 2)
        add_row(rows, _("How will you see it?"), self.criteria_edit)
        links_line = QHBoxLayout()
        self.links_label = QLabel("", frame)
        self.links_label.setWordWrap(True)
        links_line.addWidget(self.links_label, 1)
        self.links_button = QPushButton(_("Choose…"), frame)
        self.links_button.setAccessibleName(_("Choose what this goal works on"))
        self.links_button.clicked.connect(self._choose_links)
        links_line.addWidget(self.links_button, 0, Qt.AlignmentFlag.AlignTop)
        add_row(rows, _("Works on"), links_line, self.links_button)
        layout.addLayout(rows)
        self._saver.watch(self.title_edit, self.kind_combo, self.status_combo, self.due_field,
                          self.description_edit, self.criteria_edit)
        return frame

    def _build_smart(self) -> QWidget:
        self.smart_frame = QFrame(self)
        self.smart_frame.setObjectName("hint")
        layout = QVBoxLayout(self.smart_frame)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(heading(_("SMART check"), self.smart_frame))
        self.smart_grid = QGridLayout()
        self.smart_grid.setHorizontalSpacing(10)
        self.smart_grid.setVerticalSpacing(4)
        self.smart_grid.setColumnStretch(1, 1)
        layout.addLayout(self.smart_grid)
        return self.smart_frame

    def _build_conditions(self) -> QWidget:
        frame, layout = card(_("Want, can, may"), _(
            "Change needs three things: you want it, you can do it, and your work allows it."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.willen_edit = GrowingTextEdit(_("Do I want it?"), _("What motivates you?"), 4)
        self.kunnen_edit = GrowingTextEdit(_("Can I do it?"), _("What do you need to learn?"), 4)
        self.mogen_edit = GrowingTextEdit(_("May I do it?"), _(
            "Time, budget, support from your employer"), 4)
        for column, (text, edit) in enumerate(((_("Do I want it?"), self.willen_edit),
                                               (_("Can I do it?"), self.kunnen_edit),
                                               (_("May I do it?"), self.mogen_edit))):
            caption = heading(text, frame)
            caption.setBuddy(edit)
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        rows = form()
        self.time_edit = line_edit(_("Time from your employer"), _("for example: 4 hours a "
                                                                   "month"), 200)
        self.budget_edit = line_edit(_("Budget"), _("for example: € 450 from the training "
                                                     "budget"), 200)
        add_row(rows, _("Time from your employer"), self.time_edit)
        add_row(rows, _("Budget"), self.budget_edit)
        layout.addLayout(rows)
        self._saver.watch(self.willen_edit, self.kunnen_edit, self.mogen_edit, self.time_edit,
                          self.budget_edit)
        return frame

    def _build_activities(self) -> QWidget:
        frame, layout = card(_("Learning activities"), _(
            "How will you learn it? Mix learning in your work (70), with and from others (20) "
            "and formal learning (10)."))
        self.activities_box = QVBoxLayout()
        self.activities_box.setSpacing(10)
        layout.addLayout(self.activities_box)
        self.add_activity_button = QPushButton(_("Add a learning activity"), frame)
        self.add_activity_button.setAccessibleName(_("Add a learning activity"))
        self.add_activity_button.clicked.connect(self._add_activity)
        layout.addWidget(self.add_activity_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_progress(self) -> QWidget:
        frame, layout = card(_("Progress"), _(
            "Short notes on how it is going, and how you look back on the goal."))
        self.notes = ProgressNotes(self.page, frame)
        self.add_note_button = self.notes.add_button
        layout.addWidget(self.notes)
        caption = heading(_("Evaluation of this goal"), frame)
        self.evaluation_edit = GrowingTextEdit(_("Evaluation of this goal"), _(
            "What did you reach, and what did you learn?"), 2)
        caption.setBuddy(self.evaluation_edit)
        layout.addWidget(caption)
        layout.addWidget(self.evaluation_edit)
        self._saver.watch(self.evaluation_edit)
        return frame

    # --- showing ------------------------------------------------------------------------

    def show_goal(self, goal: Goal | None) -> None:
        """Edit ``goal`` (saving what waited for the previous one first)."""
        self.flush()
        self.goal = goal
        self.setEnabled(goal is not None)
        if goal is None:
            self.notes.show_goal(None)
            return
        with self._saver.paused():
            for edit, value in ((self.title_edit, goal.title), (self.time_edit,
                                goal.support_time), (self.budget_edit, goal.support_budget)):
                set_text(edit, value)
            for text_edit, value in ((self.description_edit, goal.description),
                                     (self.criteria_edit, goal.success_criteria),
                                     (self.willen_edit, goal.willen),
                                     (self.kunnen_edit, goal.kunnen),
                                     (self.mogen_edit, goal.mogen),
                                     (self.evaluation_edit, goal.evaluation)):
                set_text(text_edit, value)
            select_data(self.kind_combo, goal.kind.value)
            select_data(self.status_combo, goal.status.value)
            self.due_field.set_value(goal.due_date)
        self.carried_label.setVisible(goal.carried_from is not None)
        self._show_links()
        self._load_activities()
        self.notes.show_goal(goal.id)
        self._update_smart()

    def flush(self) -> None:
        """Save what waits (goal, activities, notes)."""
        self._saver.flush()
        for editor in self._activities:
            editor.flush()
        self.notes.flush()

    def _show_links(self) -> None:
        goal = self.goal
        if goal is None:
            return
        names = []
        for link in goal.links:
            names.append(link.ref if link.kind is LinkKind.FINDING
                         else self.catalogue.label_of(link.ref))
        self.links_label.setText(", ".join(names) if names else _("Nothing chosen yet"))
        self.links_label.setProperty("muted", "false" if names else "true")
        self.links_label.style().polish(self.links_label)

    # --- saving -------------------------------------------------------------------------

    def _collect(self) -> Goal | None:
        goal = self.goal
        if goal is None:
            return None
        goal.title = self.title_edit.text()
        goal.kind = GoalKind(self.kind_combo.currentData())
        goal.status = GoalStatus(self.status_combo.currentData())
        goal.due_date = self.due_field.value()
        goal.description = self.description_edit.toPlainText()
        goal.success_criteria = self.criteria_edit.toPlainText()
        goal.willen = self.willen_edit.toPlainText()
        goal.kunnen = self.kunnen_edit.toPlainText()
        goal.mogen = self.mogen_edit.toPlainText()
        goal.support_time = self.time_edit.text()
        goal.support_budget = self.budget_edit.text()
        goal.evaluation = self.evaluation_edit.toPlainText()
        return goal

    def _save_goal(self) -> None:
        goal = self._collect()
        if goal is None:
            return
        if self.page.save(lambda: self.page.ctx.goals.save(goal), GOALS):
            self._update_smart()
            self.goal_saved.emit(goal)

    def _choose_links(self) -> None:
        goal = self.goal
        if goal is None:
            return
        chosen = goal_links_dialog.ask(self, self.catalogue, list(goal.links))
        if chosen is None:
            return
        goal.links = chosen
        self._show_links()
        self._saver.save_now()

    # --- the SMART check ----------------------------------------------------------------

    def _update_smart(self) -> None:
        goal = self.goal
        clear_layout(self.smart_grid)
        if goal is None:
            return
        activities = [editor.activity for editor in self._activities]
        hints = smart_check(goal, activities)
        if not hints:
            done = QLabel(_("This goal is specific, measurable, achievable, relevant and has a "
                            "date. Well done."), self.smart_frame)
            done.setWordWrap(True)
            self.smart_grid.addWidget(done, 0, 0, 1, 2)
            return
        for row, hint in enumerate(hints):
            badge = QLabel(hint.letter or "\u2022", self.smart_frame)
            badge.setObjectName("badge")
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setMinimumWidth(self.fontMetrics().horizontalAdvance("MM") + 8)
            text = QLabel(hint.message, self.smart_frame)
            text.setWordWrap(True)
            self.smart_grid.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
            self.smart_grid.addWidget(text, row, 1)

    # --- activities ---------------------------------------------------------------------

    def _load_activities(self) -> None:
        for editor in self._activities:
            editor.hide()
            editor.setParent(None)
            editor.deleteLater()
        self._activities = []
        goal = self.goal
        if goal is None:
            return
        for activity in self.page.ctx.activities.by_goal(goal.cycle_id).get(goal.id, []):
            self._append_activity(activity)

    def _append_activity(self, activity: Activity) -> ActivityEditor:
        editor = ActivityEditor(activity, self.catalogue, self._save_activity,
                                lambda save, parent: self.page.autosaver(save, parent), self)
        editor.removed.connect(self._remove_activity)
        editor.saved.connect(self._update_smart)
        self.activities_box.addWidget(editor)
        self._activities.append(editor)
        return editor

    def _save_activity(self, activity: Activity) -> bool:
        return self.page.save(lambda: self.page.ctx.activities.save(activity), ACTIVITIES)

    def _add_activity(self) -> None:
        goal = self.goal
        if goal is None:
            return
        holder: list[Activity] = []
        if not self.page.save(lambda: holder.append(
                self.page.ctx.activities.add(goal.cycle_id, "", goal.id)), ACTIVITIES):
            return
        editor = self._append_activity(holder[0])
        editor.title_edit.setFocus()
        self._update_smart()

    def _remove_activity(self, activity_id: int) -> None:
        editor = next((e for e in self._activities if e.activity.id == activity_id), None)
        if editor is None:
            return
        title = editor.activity.title or _("this activity")
        if not self.page.env.prompts.confirm(self, _(
                "Remove \u201c{title}\u201d? Evidence attached to it is removed too.").format(
                title=title), _("Remove")):
            return
        if self.page.save(lambda: self.page.ctx.activities.delete(activity_id), ACTIVITIES):
            self._activities.remove(editor)
            editor.hide()
            editor.deleteLater()
            self._update_smart()
