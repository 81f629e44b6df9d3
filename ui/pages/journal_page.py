"""Journal: reflection along Kolb's cycle and the successes of the week; private by default,
found again with instant full-text search."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pop.domain.journal import JournalEntry, normalise_tags
from pop.i18n import N_, _
from ui.events import GOALS, JOURNAL
from ui.pages.base import PAGE_MARGIN, Page, PageEnv
from ui.widgets.date_field import DISPLAY_FORMAT, DateField
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
from ui.widgets.two_line_list import two_line_list

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
KOLB = (
    ("experience", N_("1. Experience"), N_("What happened? What did you do?")),
    ("reflection", N_("2. Reflection"), N_("What did you think and feel? What struck you?")),
    ("insight", N_("3. Insight"), N_("What do you understand now? What did you learn?")),
    ("next_step", N_("4. Next step"), N_("What will you try next time?")),
)


def short_date(value: date) -> str:
    """A date as "8 mei 2026" in the user's language."""
    return QLocale().toString(QDate(value.year, value.month, value.day), DISPLAY_FORMAT)


class JournalPage(Page):
    """Entries on the left (with search), the chosen entry on the right."""

    depends_on = frozenset({JOURNAL, GOALS})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("Journal"), _(
            "Reflect on what happens in your work, step by step, and keep your successes. "
            "Entries are private unless you choose to share them."), parent)
        self._entries: list[JournalEntry] = []
        self._entry: JournalEntry | None = None
        self._saver = self.autosaver(self._save)
        self.body.setContentsMargins(PAGE_MARGIN, 6, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self._build_list(), 0)
        row.addWidget(self._build_editor(), 1)
        self.body.addLayout(row, 1)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        panel = QWidget(self)
        panel.setMaximumWidth(self.fontMetrics().averageCharWidth() * 44)
        panel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, PAGE_MARGIN)
        layout.setSpacing(8)
        self.search_edit = line_edit(_("Search the journal"), _("Search…"), 200)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._fill_list())
        layout.addWidget(self.search_edit)
        self.tag_combo = combo(_("Show entries with label"), [(_("All labels"), "")])
        self.tag_combo.currentIndexChanged.connect(lambda _index: self._fill_list())
        layout.addWidget(self.tag_combo)
        self.entry_list = two_line_list(_("Journal entries"), panel)
        self.entry_list.currentItemChanged.connect(self._on_current_changed)
        layout.addWidget(self.entry_list, 1)
        self.count_label = muted("", panel)
        layout.addWidget(self.count_label)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(_("New entry"), panel)
        self.add_button.setAccessibleName(_("New entry"))
        self.add_button.clicked.connect(self.add_entry)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.delete_button = QToolButton(panel)
        self.delete_button.setText(_("Remove"))
        self.delete_button.setAccessibleName(_("Remove the entry"))
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        return panel

    def _build_editor(self) -> QWidget:
        self.editor_stack = QStackedWidget(self)
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(0, 0, PAGE_MARGIN, 0)
        frame, layout = card(_("Your journal is still empty"))
        layout.addWidget(muted(_(
            "Write about a moment from your work: what happened, what you thought, what you "
            "learned and what you will try next. Choose \u201cNew entry\u201d to begin."), frame))
        empty_layout.addWidget(frame)
        empty_layout.addStretch(1)
        self.editor_stack.addWidget(empty)
        area = QScrollArea(self)
        area.setObjectName("pageScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        content = QWidget(area)
        content.setObjectName("pageContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, PAGE_MARGIN, PAGE_MARGIN)
        column.setSpacing(16)
        column.addWidget(self._build_entry_card())
        column.addWidget(self._build_kolb_card())
        column.addWidget(self._build_success_card())
        column.addStretch(1)
        area.setWidget(content)
        self.editor_stack.addWidget(area)
        return self.editor_stack

    def _build_entry_card(self) -> QWidget:
        frame, layout = card()
        rows = form()
        self.title_edit = line_edit(_("Title"), _("For example: home visit with family K."), 200)
        add_row(rows, _("Title"), self.title_edit)
        self.date_field = DateField(_("Date"), frame)
        add_row(rows, _("Date"), self.date_field, self.date_field.edit)
        self.goal_combo = combo(_("Goal"), [(_("No goal"), None)])
        add_row(rows, _("Goal"), self.goal_combo)
        self.tags_edit = line_edit(_("Labels"), _("for example: debts, home visit"), 300)
        add_row(rows, _("Labels"), self.tags_edit)
        layout.addLayout(rows)
        self.private_check = QCheckBox(_("Private: only for me"), frame)
        self.private_check.setAccessibleName(_("Private: only for me"))
        layout.addWidget(self.private_check)
        layout.addWidget(muted(_("A private entry never goes into a PDF or a plan file."),
                               frame))
        self._saver.watch(self.title_edit, self.date_field, self.goal_combo, self.tags_edit,
                          self.private_check)
        return frame

    def _build_kolb_card(self) -> QWidget:
        frame, layout = card(_("Reflection in four steps"), _(
            "Follow the learning cycle: from what you experienced to what you try next."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.kolb_edits: dict[str, GrowingTextEdit] = {}
        for index, (field, title, question) in enumerate(KOLB):
            row, column = divmod(index, 2)
            box = QVBoxLayout()
            box.setSpacing(2)
            caption = heading(_(title), frame)
            edit = GrowingTextEdit(f"{_(title)}: {_(question)}", _(question), 4, 16, frame)
            caption.setBuddy(edit)
            box.addWidget(caption)
            box.addWidget(edit)
            grid.addLayout(box, row, column)
            self.kolb_edits[field] = edit
            self._saver.watch(edit)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        return frame

    def _build_success_card(self) -> QWidget:
        frame, layout = card(_("Success of the week"), _(
            "Small successes count too. Naming your own part makes it something to build on."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.success_edit = GrowingTextEdit(_("What was the success?"), "", 2, 10, frame)
        self.my_part_edit = GrowingTextEdit(_("What was your part in it?"), "", 2, 10, frame)
        for column, (text, edit) in enumerate(((_("What was the success?"), self.success_edit),
                                               (_("What was your part in it?"),
                                                self.my_part_edit))):
            caption = QLabel(text, frame)
            caption.setBuddy(edit)
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column)
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        self._saver.watch(self.success_edit, self.my_part_edit)
        return frame

    # --- loading ------------------------------------------------------------------------

    def search_field(self) -> QWidget | None:
        """Edit > Find searches the journal."""
        return self.search_edit

    def refresh(self) -> None:
        """Reload goals, labels and entries (keeping the chosen entry)."""
        self._saver.flush()
        cycle = self.current_cycle()
        goals = self.ctx.goals.for_cycle(cycle.id) if cycle else []
        with self.loading():
            current_goal = self.goal_combo.currentData()
            self.goal_combo.clear()
            self.goal_combo.addItem(_("No goal"), None)
            for goal in goals:
                self.goal_combo.addItem(goal.title or _("(goal without a name)"), goal.id)
            select_data(self.goal_combo, current_goal)
            chosen_tag = self.tag_combo.currentData()
            self.tag_combo.blockSignals(True)
            self.tag_combo.clear()
            self.tag_combo.addItem(_("All labels"), "")
            for tag in self.ctx.journal.tags():
                self.tag_combo.addItem(tag, tag)
            select_data(self.tag_combo, chosen_tag or "")
            self.tag_combo.blockSignals(False)
        self._fill_list()

    def _fill_list(self) -> None:
        self._saver.flush()
        chosen = self._entry.id if self._entry else None
        query = self.search_edit.text().strip()
        entries = self.ctx.journal.search(query) if query else self.ctx.journal.all()
        tag = self.tag_combo.currentData()
        if tag:
            entries = [e for e in entries if tag in e.tags]
        self._entries = entries
        self.entry_list.blockSignals(True)
        self.entry_list.clear()
        for entry in entries:
            item = QListWidgetItem(self._item_text(entry))
            item.setData(ENTRY_ROLE, entry.id)
            item.setToolTip(_("Private") if entry.private else _("Shared"))
            self.entry_list.addItem(item)
        self.entry_list.blockSignals(False)
        ids = [e.id for e in entries]
        total = len(self.ctx.journal.all()) if (query or tag) else len(entries)
        self.count_label.setText(_("{shown} of {total} entries").format(
            shown=len(entries), total=total) if (query or tag) else "")
        self.count_label.setVisible(bool(query or tag))
        if chosen in ids:
            self.entry_list.setCurrentRow(ids.index(chosen))
            self._show(self._find(chosen))
        elif ids:
            self.entry_list.setCurrentRow(0)
            self._show(entries[0])
        else:
            self._show(None)
        self.delete_button.setEnabled(self._entry is not None)

    @staticmethod
    def _item_text(entry: JournalEntry) -> str:
        title = entry.title.strip() or _("(no title)")
        details = [short_date(entry.date)]
        if entry.is_success:
            details.append("\u2605 " + _("success"))
        if not entry.private:
            details.append(_("shared"))
        return title + "\n" + "  \u00b7  ".join(details)

    def _find(self, entry_id: int | None) -> JournalEntry | None:
        return next((e for e in self._entries if e.id == entry_id), None)

    def _on_current_changed(self, current: QListWidgetItem | None,
                            _previous: QListWidgetItem | None) -> None:
        self._saver.flush()
        entry_id = int(current.data(ENTRY_ROLE)) if current is not None else None
        self._show(self._find(entry_id))
        self.delete_button.setEnabled(self._entry is not None)

    def _show(self, entry: JournalEntry | None) -> None:
        self._entry = entry
        self.editor_stack.setCurrentIndex(0 if entry is None else 1)
        if entry is None:
            return
        with self.loading():
            set_text(self.title_edit, entry.title)
            set_text(self.tags_edit, ", ".join(entry.tags))
            self.date_field.set_value(entry.date)
            select_data(self.goal_combo, entry.goal_id)
            self.private_check.setChecked(entry.private)
            values = {"experience": entry.experience, "reflection": entry.reflection,
                      "insight": entry.insight, "next_step": entry.next_step}
            for field, kolb_edit in self.kolb_edits.items():
                set_text(kolb_edit, values[field])
            set_text(self.success_edit, entry.success)
            set_text(self.my_part_edit, entry.my_part)

    # --- saving -------------------------------------------------------------------------

    def _collect(self) -> JournalEntry | None:
        entry = self._entry
        if entry is None:
            return None
        entry.title = self.title_edit.text()
        entry.date = self.date_field.value() or entry.date
        entry.goal_id = self.goal_combo.currentData()
        entry.tags = normalise_tags(self.tags_edit.text())
        entry.private = self.private_check.isChecked()
        entry.experience = self.kolb_edits["experience"].toPlainText()
        entry.reflection = self.kolb_edits["reflection"].toPlainText()
        entry.insight = self.kolb_edits["insight"].toPlainText()
        entry.next_step = self.kolb_edits["next_step"].toPlainText()
        entry.success = self.success_edit.toPlainText()
        entry.my_part = self.my_part_edit.toPlainText()
        return entry

    def _save(self) -> None:
        entry = self._collect()
        if entry is None:
            return
        if self.save(lambda: self.ctx.journal.save(entry), JOURNAL):
            for row in range(self.entry_list.count()):
                item = self.entry_list.item(row)
                if item.data(ENTRY_ROLE) == entry.id:
                    item.setText(self._item_text(entry))

    def add_entry(self) -> None:
        """Start a new private entry dated today."""
        self._saver.flush()
        holder: list[JournalEntry] = []
        if not self.save(lambda: holder.append(self.ctx.journal.add(date.today())), JOURNAL):
            return
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.tag_combo.blockSignals(True)
        self.tag_combo.setCurrentIndex(0)
        self.tag_combo.blockSignals(False)
        self._entry = holder[0]
        self._fill_list()
        self.title_edit.setFocus()

    def _delete(self) -> None:
        entry = self._entry
        if entry is None:
            return
        title = entry.title.strip() or _("(no title)")
        if not self.env.prompts.confirm(self, _("Remove the entry \u201c{title}\u201d?").format(
                title=title), _("Remove the entry")):
            return
        self._saver.cancel()
        self._entry = None
        if self.save(lambda: self.ctx.journal.delete(entry.id), JOURNAL):
            self.refresh()
