"""Goals and learning activities: the list of goals, and the chosen goal's editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pop.domain.goals import Goal
from pop.i18n import _
from ui.events import ACTIVITIES, GOALS
from ui.labels import GOAL_KIND, GOAL_STATUS, label
from ui.pages.base import PAGE_MARGIN, Page, PageEnv
from ui.pages.goal_editor import GoalEditor
from ui.widgets.forms import card, muted
from ui.widgets.two_line_list import two_line_list

GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


class GoalsPage(Page):
    """Choose a goal on the left, edit it on the right."""

    depends_on = frozenset({GOALS, ACTIVITIES})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("Goals and activities"), _(
            "What do you want to learn this period, and how? A few well-chosen goals work "
            "better than many."), parent)
        cycle = self.current_cycle()
        self._cycle_id = cycle.id if cycle else 0
        self._goals: list[Goal] = []
        self.body.setContentsMargins(PAGE_MARGIN, 6, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self._build_list(), 0)
        row.addWidget(self._build_editor(), 1)
        self.body.addLayout(row, 1)
        self.refresh()

    def _build_list(self) -> QWidget:
        panel = QWidget(self)
        panel.setMaximumWidth(self.fontMetrics().averageCharWidth() * 44)
        panel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, PAGE_MARGIN)
        layout.setSpacing(8)
        self.goal_list = two_line_list(_("Your goals"), panel)
        self.goal_list.currentItemChanged.connect(self._on_current_changed)
        layout.addWidget(self.goal_list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(_("New goal"), panel)
        self.add_button.setAccessibleName(_("New goal"))
        self.add_button.clicked.connect(self.add_goal)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.up_button = QToolButton(panel)
        self.up_button.setText("\u2191")
        self.up_button.setToolTip(_("Move up"))
        self.up_button.setAccessibleName(_("Move the goal up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QToolButton(panel)
        self.down_button.setText("\u2193")
        self.down_button.setToolTip(_("Move down"))
        self.down_button.setAccessibleName(_("Move the goal down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.delete_button = QToolButton(panel)
        self.delete_button.setText(_("Remove"))
        self.delete_button.setAccessibleName(_("Remove the goal"))
        self.delete_button.clicked.connect(self._delete)
        for button in (self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return panel

    def _build_editor(self) -> QWidget:
        self.editor_stack = QStackedWidget(self)
        empty_holder = QWidget(self)
        empty_layout = QVBoxLayout(empty_holder)
        empty_layout.setContentsMargins(0, 0, PAGE_MARGIN, 0)
        frame, layout = card(_("No goals yet"))
        layout.addWidget(muted(_(
            "Start with what you want to learn. Your knowledge levels, the feedback of others "
            "and your reflection give you ideas. Choose \u201cNew goal\u201d to begin."), frame))
        empty_layout.addWidget(frame)
        empty_layout.addStretch(1)
        self.editor_stack.addWidget(empty_holder)
        area = QScrollArea(self)
        area.setObjectName("pageScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        holder = QWidget(area)
        holder.setObjectName("pageContent")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, PAGE_MARGIN, PAGE_MARGIN)
        cycle = self.current_cycle()
        self.editor = GoalEditor(self, self.ctx.catalogue_for(cycle), holder)
        self.editor.goal_saved.connect(self._on_goal_saved)
        holder_layout.addWidget(self.editor)
        area.setWidget(holder)
        self.editor_scroll = area
        self.editor_stack.addWidget(area)
        return self.editor_stack

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the goals of the current period (keeping the chosen one)."""
        self.editor.flush()
        cycle = self.current_cycle()
        self._cycle_id = cycle.id if cycle else 0
        chosen = self.current_goal_id()
        self._goals = self.ctx.goals.for_cycle(self._cycle_id) if cycle else []
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        for goal in self._goals:
            item = QListWidgetItem(self._item_text(goal))
            item.setData(GOAL_ROLE, goal.id)
            self.goal_list.addItem(item)
        self.goal_list.blockSignals(False)
        ids = [g.id for g in self._goals]
        target = chosen if chosen in ids else (ids[0] if ids else None)
        if target is None:
            self._show(None)
        else:
            self.goal_list.blockSignals(True)
            self.goal_list.setCurrentRow(ids.index(target))
            self.goal_list.blockSignals(False)
            self._show(self._goal(target))
        self._update_buttons()

    @staticmethod
    def _item_text(goal: Goal) -> str:
        title = goal.title.strip() or _("(goal without a name)")
        kind = label(GOAL_KIND, goal.kind)
        return f"{title}\n{kind} \u00b7 {label(GOAL_STATUS, goal.status)}"

    def current_goal_id(self) -> int | None:
        """The id of the goal being edited."""
        item = self.goal_list.currentItem()
        return int(item.data(GOAL_ROLE)) if item is not None else None

    def _goal(self, goal_id: int) -> Goal | None:
        return next((g for g in self._goals if g.id == goal_id), None)

    def _show(self, goal: Goal | None) -> None:
        self.editor.show_goal(goal)
        self.editor_stack.setCurrentIndex(0 if goal is None else 1)

    def _on_current_changed(self, current: QListWidgetItem | None,
                            _previous: QListWidgetItem | None) -> None:
        goal_id = int(current.data(GOAL_ROLE)) if current is not None else None
        self._show(self._goal(goal_id) if goal_id is not None else None)
        self.editor_scroll.verticalScrollBar().setValue(0)
        self._update_buttons()

    def _on_goal_saved(self, goal: Goal) -> None:
        for row in range(self.goal_list.count()):
            item = self.goal_list.item(row)
            if item.data(GOAL_ROLE) == goal.id:
                item.setText(self._item_text(goal))

    def _update_buttons(self) -> None:
        row = self.goal_list.currentRow()
        has = row >= 0
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.goal_list.count() - 1)

    # --- actions ------------------------------------------------------------------------

    def add_goal(self) -> None:
        """Add a goal and start editing its name."""
        if not self._cycle_id:
            return
        self.editor.flush()
        holder: list[Goal] = []
        if not self.save(lambda: holder.append(self.ctx.goals.add(self._cycle_id, "")), GOALS):
            return
        self.refresh()
        row = [g.id for g in self._goals].index(holder[0].id)
        self.goal_list.setCurrentRow(row)
        self.editor.title_edit.setFocus()

    def _move(self, step: int) -> None:
        goal_id = self.current_goal_id()
        row = self.goal_list.currentRow()
        if goal_id is None:
            return
        self.editor.flush()
        if self.save(lambda: self.ctx.goals.move(goal_id, row + step), GOALS):
            self.refresh()

    def _delete(self) -> None:
        goal_id = self.current_goal_id()
        goal = self._goal(goal_id) if goal_id is not None else None
        if goal is None:
            return
        title = goal.title.strip() or _("(goal without a name)")
        if not self.env.prompts.confirm(self, _(
                "Remove the goal \u201c{title}\u201d? Its learning activities stay, without a "
                "goal.").format(title=title), _("Remove the goal")):
            return
        self.editor.flush()
        self.editor.goal = None
        if self.save(lambda: self.ctx.goals.delete(goal.id), GOALS, ACTIVITIES):
            self.refresh()

    def flush(self) -> None:
        """Save what waits in the editor."""
        self.editor.flush()
        super().flush()
