"""One learning activity, edited in place: form, 70-20-10 type, register category, date,
hours, cost, status, and after a formal training the transfer plan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Catalogue
from pop.domain.goals import Activity, ActivityStatus, ActivityType, RegisterCategory
from pop.i18n import _
from pop.scoring.smart_check import asks_transfer_plan
from pop.services.activities import apply_form, euros_to_cents
from ui.labels import ACTIVITY_STATUS, choices
from ui.widgets.autosave import Autosaver
from ui.widgets.date_field import DateField
from ui.widgets.forms import GrowingTextEdit, combo, line_edit, muted, name, select_data, set_text

SaveFn = Callable[[Activity], bool]
COLUMNS = 2  # two fields side by side: the (long, Dutch) names of forms and categories fit


class ActivityEditor(QFrame):
    """Edits one activity; every change is saved through ``save``."""

    removed = Signal(int)  # activity id
    saved = Signal()

    def __init__(self, activity: Activity, catalogue: Catalogue, save: SaveFn,
                 make_saver: Callable[[Callable[[], object], QWidget], Autosaver],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activity")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.activity = activity
        self._catalogue = catalogue
        self._save_fn = save
        self._saver = make_saver(self._save, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.title_edit = line_edit(_("Activity"), _("What will you do? For example: "
                                                     "training on debt counselling"), 300)
        top.addWidget(self.title_edit, 1)
        self.remove_button = QToolButton(self)
        self.remove_button.setText(_("Remove"))
        self.remove_button.setAccessibleName(_("Remove this activity"))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self.activity.id))
        top.addWidget(self.remove_button)
        layout.addLayout(top)
        layout.addLayout(self._build_grid())
        self.transfer_label = QLabel(_("Transfer plan: how will you apply this in your work?"),
                                     self)
        self.transfer_label.setWordWrap(True)
        self.transfer_edit = GrowingTextEdit(_("Transfer plan"), _(
            "For example: I use the checklist from the training in every first home visit."),
            2, 10, self)
        self.transfer_label.setBuddy(self.transfer_edit)
        self.transfer_note = muted(_("You finished this training: write down how you will use "
                                     "it, so the learning reaches your work."), self)
        layout.addWidget(self.transfer_label)
        layout.addWidget(self.transfer_note)
        layout.addWidget(self.transfer_edit)
        reflection_label = QLabel(_("What did you learn from it?"), self)
        self.reflection_edit = GrowingTextEdit(_("What did you learn from it?"), "", 2, 10, self)
        reflection_label.setBuddy(self.reflection_edit)
        layout.addWidget(reflection_label)
        layout.addWidget(self.reflection_edit)
        self._saver.watch(self.title_edit, self.type_combo, self.category_combo,
                          self.status_combo, self.date_field, self.hours_spin, self.cost_spin,
                          self.budget_edit, self.accreditation_edit, self.transfer_edit,
                          self.reflection_edit)
        self.form_combo.currentIndexChanged.connect(self._on_form_changed)
        self.load(activity)

    def _build_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        forms = [(_("Other form"), "")] + [(f.label.get(), f.id)
                                           for f in self._catalogue.activity_forms]
        self.form_combo = combo(_("Form"), forms)
        types = [(f"{t.id} \u00b7 {t.label.get()}", t.id) for t in self._catalogue.activity_types]
        self.type_combo = combo(_("Where you learn"), types)
        categories = [(c.label.get(), c.id) for c in self._catalogue.register_categories]
        self.category_combo = combo(_("Register category"), categories)
        self.status_combo = combo(_("Status"), choices(ACTIVITY_STATUS))
        self.date_field = DateField(_("Date"), self)
        self.hours_spin = QDoubleSpinBox(self)
        self.hours_spin.setRange(0, 10_000)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSuffix(" " + _("hours"))
        self.cost_spin = QDoubleSpinBox(self)
        self.cost_spin.setRange(0, 1_000_000)
        self.cost_spin.setDecimals(2)
        self.cost_spin.setPrefix("\u20ac ")
        self.budget_edit = line_edit(_("Paid from"), _("for example: training budget"), 200)
        self.accreditation_edit = line_edit(_("Accreditation number"), "", 60)
        cells = [
            (_("Form"), self.form_combo), (_("Where you learn"), self.type_combo),
            (_("Register category"), self.category_combo), (_("Status"), self.status_combo),
            (_("Date"), self.date_field), (_("Hours"), self.hours_spin),
            (_("Cost"), self.cost_spin), (_("Paid from"), self.budget_edit),
            (_("Accreditation number"), self.accreditation_edit),
        ]
        for index, (text, widget) in enumerate(cells):
            row, column = divmod(index, COLUMNS)
            label = QLabel(text, self)
            label.setProperty("muted", "true")
            target = widget.focusProxy() or widget
            label.setBuddy(target)
            name(widget, text)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(label)
            box.addWidget(widget)
            grid.addLayout(box, row, column)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        return grid

    # --- loading and saving -------------------------------------------------------------

    def load(self, activity: Activity) -> None:
        """Show ``activity`` without saving."""
        self.activity = activity
        with self._saver.paused():
            self.form_combo.blockSignals(True)
            select_data(self.form_combo, activity.form_id)
            self.form_combo.blockSignals(False)
            for edit, value in ((self.title_edit, activity.title),
                                (self.budget_edit, activity.budget_source),
                                (self.accreditation_edit, activity.accreditation_id)):
                set_text(edit, value)
            select_data(self.type_combo, activity.type.value)
            select_data(self.category_combo, activity.register_category.value)
            select_data(self.status_combo, activity.status.value)
            self.date_field.set_value(activity.date)
            self.hours_spin.setValue(activity.hours)
            self.cost_spin.setValue(activity.cost_cents / 100)
            for text_edit, value in ((self.transfer_edit, activity.transfer_plan),
                                     (self.reflection_edit, activity.reflection_after)):
                set_text(text_edit, value)
        self._update_visibility()

    def _collect(self) -> Activity:
        a = self.activity
        a.title = self.title_edit.text()
        a.form_id = self.form_combo.currentData() or ""
        a.type = ActivityType(self.type_combo.currentData())
        a.register_category = RegisterCategory(self.category_combo.currentData())
        a.status = ActivityStatus(self.status_combo.currentData())
        a.date = self.date_field.value()
        a.hours = round(self.hours_spin.value(), 1)
        a.cost_cents = euros_to_cents(self.cost_spin.value())
        a.budget_source = self.budget_edit.text()
        a.accreditation_id = self.accreditation_edit.text()
        a.transfer_plan = self.transfer_edit.toPlainText()
        a.reflection_after = self.reflection_edit.toPlainText()
        return a

    def _save(self) -> None:
        if self._save_fn(self._collect()):
            self._update_visibility()
            self.saved.emit()

    def flush(self) -> None:
        """Save a waiting edit now."""
        self._saver.flush()

    def _on_form_changed(self, _index: int) -> None:
        apply_form(self._catalogue, self._collect(), self.form_combo.currentData() or "")
        with self._saver.paused():
            select_data(self.type_combo, self.activity.type.value)
            select_data(self.category_combo, self.activity.register_category.value)
        self._saver.save_now()

    def _update_visibility(self) -> None:
        formal = ActivityType(self.type_combo.currentData()) is ActivityType.FORMAL
        for widget in (self.transfer_label, self.transfer_edit):
            widget.setVisible(formal)
        self.transfer_note.setVisible(formal and asks_transfer_plan(self.activity)
                                      and not self.transfer_edit.toPlainText().strip())
        accredited = self.category_combo.currentData() == RegisterCategory.ACCREDITED.value
        self.accreditation_edit.setEnabled(accredited)
