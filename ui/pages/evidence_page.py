"""Evidence and hours: documents attached to learning activities, and the hours per register
category over the register period against your targets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from pop.catalogue.model import Catalogue
from pop.domain.goals import Activity
from pop.errors import PopError
from pop.i18n import _
from pop.scoring.register_hours import CategoryHours, register_hours
from ui.events import ACTIVITIES, EVIDENCE, GOALS, PROFILE
from ui.labels import ACTIVITY_STATUS, label
from ui.pages.base import Page, PageEnv
from ui.widgets.bar_list import BarList, BarRow
from ui.widgets.date_field import DISPLAY_FORMAT
from ui.widgets.forms import card, muted

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 2
FILE_FILTER_ALL = "*"


def hours_text(value: float) -> str:
    """Hours without needless decimals, in the user's locale ("12" or "7,5")."""
    decimals = 0 if float(value).is_integer() else 1
    return QLocale().toString(float(value), "f", decimals)


def size_text(size: int) -> str:
    """A file size for people."""
    if size < 1024 * 1024:
        return _("{size} kB").format(size=max(1, round(size / 1024)))
    return _("{size} MB").format(size=QLocale().toString(size / (1024 * 1024), "f", 1))


class EvidencePage(Page):
    """Register hours on top; activities and their documents below."""

    depends_on = frozenset({ACTIVITIES, EVIDENCE, GOALS, PROFILE})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("Evidence and hours"), _(
            "Keep certificates and other proof with your learning activities, and see how "
            "your hours add up for your register."), parent)
        cycle = self.current_cycle()
        self._catalogue: Catalogue = self.ctx.catalogue_for(cycle)
        self._activities: dict[int, Activity] = {}
        self.body.addWidget(self._build_hours())
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self._build_activities(), 3)
        row.addWidget(self._build_documents(), 2)
        self.body.addLayout(row, 1)
        self.body.addSpacing(16)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_hours(self) -> QWidget:
        frame, layout = card(_("Hours for your register"))
        self.register_label = muted("", frame)
        layout.addWidget(self.register_label)
        self.hours_bars = BarList(_("Hours per register category"), frame)
        layout.addWidget(self.hours_bars)
        self.hours_hint = QLabel("", frame)
        self.hours_hint.setWordWrap(True)
        layout.addWidget(self.hours_hint)
        self.profile_button = QPushButton(_("Set your register and targets"), frame)
        self.profile_button.setAccessibleName(_("Set your register and targets"))
        self.profile_button.clicked.connect(lambda: self.env.events.navigate.emit("profile"))
        layout.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def _build_activities(self) -> QWidget:
        frame, layout = card(_("Learning activities of this period"))
        self.tree = QTreeWidget(frame)
        self.tree.setAccessibleName(_("Learning activities"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([_("Activity"), _("Status"), _("Hours"), _("Evidence")])
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_args: self._show_documents())
        layout.addWidget(self.tree, 1)
        return frame

    def _build_documents(self) -> QWidget:
        frame, layout = card(_("Documents"))
        self.activity_label = QLabel("", frame)
        self.activity_label.setWordWrap(True)
        layout.addWidget(self.activity_label)
        self.documents = QListWidget(frame)
        self.documents.setAccessibleName(_("Documents of the activity"))
        self.documents.currentItemChanged.connect(lambda *_args: self._update_buttons())
        self.no_documents = muted(_("No documents with this activity yet."), frame)
        self.no_documents.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.documents_stack = QStackedWidget(frame)
        self.documents_stack.addWidget(self.documents)
        self.documents_stack.addWidget(self.no_documents)
        layout.addWidget(self.documents_stack, 1)
        self.documents_hint = muted(_(
            "Attach a certificate, an attendance list or a signed statement of your "
            "reflection hours. Documents are kept inside your plan file."), frame)
        layout.addWidget(self.documents_hint)
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(_("Attach a document…"), frame)
        self.attach_button.setAccessibleName(_("Attach a document"))
        self.attach_button.clicked.connect(self._attach)
        self.export_button = QPushButton(_("Save a copy…"), frame)
        self.export_button.setAccessibleName(_("Save a copy of the document"))
        self.export_button.clicked.connect(self._export)
        self.remove_button = QPushButton(_("Remove"), frame)
        self.remove_button.setAccessibleName(_("Remove the document"))
        self.remove_button.clicked.connect(self._remove)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        return frame

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload hours, activities and documents."""
        self._show_hours()
        self._fill_tree()
        self._show_documents()

    def _show_hours(self) -> None:
        profile = self.ctx.profile.get()
        rows = register_hours(self.ctx.activities.all(), profile.register_targets,
                              profile.register_start, profile.register_end)
        labels = {info.id: info.label.get() for info in self._catalogue.register_categories}
        register = next((r.label.get() for r in self._catalogue.registers
                         if r.id == profile.register), "")
        parts = [register] if register else []
        if profile.register_number:
            parts.append(_("number {number}").format(number=profile.register_number))
        if profile.register_start or profile.register_end:
            parts.append(_("period {start} to {end}").format(
                start=self._date(profile.register_start), end=self._date(profile.register_end)))
        self.register_label.setText("  \u00b7  ".join(parts) if parts else _(
            "No register chosen yet. The hours below count every activity."))
        self.hours_bars.set_rows([self._bar(row, labels.get(row.category.value, ""))
                                  for row in rows])
        missing = not profile.register_targets
        self.hours_hint.setText(_("Set a target per category on the profile page to see how far "
                                  "along you are.") if missing else self._progress_text(rows))
        self.profile_button.setVisible(missing or not register)

    @staticmethod
    def _date(value: object) -> str:
        if not isinstance(value, date):
            return "\u2026"
        return QLocale().toString(QDate(value.year, value.month, value.day), DISPLAY_FORMAT)

    @staticmethod
    def _bar(row: CategoryHours, name: str) -> BarRow:
        high = max(row.target or 0.0, row.done + row.planned, 1.0)
        if row.target:
            text = _("{done} of {target} points").format(done=hours_text(row.done),
                                                         target=hours_text(row.target))
        else:
            text = _("{done} hours").format(done=hours_text(row.done))
        if row.planned:
            text += "  \u00b7  " + _("{planned} planned").format(planned=hours_text(row.planned))
        return BarRow(name, row.done, 0.0, high, text, extra=row.planned, marker=row.target)

    @staticmethod
    def _progress_text(rows: list[CategoryHours]) -> str:
        open_targets = [r for r in rows if r.target and not r.met]
        if not open_targets:
            return _("You have reached every target. Well done.")
        if any(r.planned for r in rows):
            return _("Dark: hours done. Light: planned. The orange line is your target.")
        return _("The bar shows the hours you have done. The orange line is your target.")

    def _fill_tree(self) -> None:
        chosen = self._current_activity_id()
        cycle = self.current_cycle()
        self.tree.blockSignals(True)
        self.tree.clear()
        self._activities = {}
        if cycle is not None:
            goals = {g.id: g for g in self.ctx.goals.for_cycle(cycle.id)}
            counts: dict[int, int] = {}
            for evidence in self.ctx.evidence.for_cycle(cycle.id):
                counts[evidence.activity_id] = counts.get(evidence.activity_id, 0) + 1
            for goal_id, activities in self.ctx.activities.by_goal(cycle.id).items():
                goal = goals.get(goal_id) if goal_id is not None else None
                heading = (goal.title or _("(goal without a name)")) if goal else _(
                    "Activities without a goal")
                group = QTreeWidgetItem([heading, "", "", ""])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                for activity in activities:
                    self._activities[activity.id] = activity
                    count = counts.get(activity.id, 0)
                    item = QTreeWidgetItem([
                        activity.title or _("(activity without a name)"),
                        label(ACTIVITY_STATUS, activity.status), hours_text(activity.hours),
                        str(count) if count else "\u2013"])
                    item.setData(0, ACTIVITY_ROLE, activity.id)
                    group.addChild(item)
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        self.tree.blockSignals(False)
        items = self._activity_items()
        target = next((i for i in items if i.data(0, ACTIVITY_ROLE) == chosen), None)
        if target is None and items:
            target = items[0]
        if target is not None:
            self.tree.setCurrentItem(target)

    def _activity_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            if group is None:
                continue
            for index in range(group.childCount()):
                child = group.child(index)
                if child is not None:
                    items.append(child)
        return items

    def _current_activity_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ACTIVITY_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _show_documents(self) -> None:
        activity_id = self._current_activity_id()
        activity = self._activities.get(activity_id) if activity_id is not None else None
        self.documents.clear()
        if activity is None:
            self.activity_label.setText(_("Choose a learning activity to see its documents."))
        else:
            self.activity_label.setText(activity.title or _("(activity without a name)"))
            for evidence in self.ctx.evidence.for_activity(activity.id):
                item = QListWidgetItem(f"{evidence.filename}  \u00b7  {size_text(evidence.size)}")
                item.setData(EVIDENCE_ROLE, evidence.id)
                item.setData(ACTIVITY_ROLE, evidence.filename)
                self.documents.addItem(item)
            if self.documents.count():
                self.documents.setCurrentRow(0)
        has_documents = self.documents.count() > 0
        self.documents_stack.setCurrentWidget(
            self.documents if has_documents else self.no_documents)
        self.attach_button.setEnabled(activity is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.documents.currentItem() is not None
        self.export_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # --- actions ------------------------------------------------------------------------

    def _attach(self) -> None:
        activity_id = self._current_activity_id()
        if activity_id is None:
            return
        path = self.env.prompts.open_file(self, _("Attach a document"),
                                          _("All files ({pattern})").format(
                                              pattern=FILE_FILTER_ALL))
        if path is None:
            return
        if self.save(lambda: self.ctx.evidence.attach_file(activity_id, path), EVIDENCE):
            self._fill_tree()
            self._show_documents()

    def _export(self) -> None:
        item = self.documents.currentItem()
        if item is None:
            return
        evidence_id = int(item.data(EVIDENCE_ROLE))
        target = self.env.prompts.save_file(self, _("Save a copy"), str(item.data(ACTIVITY_ROLE)),
                                            _("All files ({pattern})").format(
                                                pattern=FILE_FILTER_ALL))
        if target is None:
            return
        from pop.atomic import atomic_write_bytes

        try:
            atomic_write_bytes(target, self.ctx.evidence.data(evidence_id))
        except PopError as exc:
            self.env.prompts.error(self, exc.message)
            return
        self.env.events.saved.emit()

    def _remove(self) -> None:
        item = self.documents.currentItem()
        if item is None:
            return
        name = str(item.data(ACTIVITY_ROLE))
        if not self.env.prompts.confirm(self, _("Remove the document \u201c{name}\u201d from your "
                                                "plan?").format(name=name), _("Remove")):
            return
        evidence_id = int(item.data(EVIDENCE_ROLE))
        if self.save(lambda: self.ctx.evidence.delete(evidence_id), EVIDENCE):
            self._fill_tree()
            self._show_documents()

