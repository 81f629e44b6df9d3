"""Profile: who you are, your T-shape and your professional register."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pop.domain.goals import RegisterCategory
from pop.domain.profile import ProfessionalType, Profile
from pop.i18n import N_, _
from ui.events import PROFILE
from ui.pages.base import Page, PageEnv
from ui.widgets.date_field import DateField
from ui.widgets.forms import add_row, card, combo, form, line_edit, muted, select_data, set_text

TYPE_TEXTS = {
    ProfessionalType.T_SHAPED: (
        N_("T-shaped professional"),
        N_("One specialism (the depth of the T) and the breadth to notice questions on every "
           "life domain."),
    ),
    ProfessionalType.GENERALIST: (
        N_("Generalist"),
        N_("Broad knowledge of all life domains, without one specialism."),
    ),
    ProfessionalType.SPECIALIST: (
        N_("Specialist"),
        N_("Deep knowledge of one field; the other life domains mostly through colleagues."),
    ),
}


class ProfilePage(Page):
    """Edit the profile; every change is saved as it is made."""

    depends_on = frozenset({PROFILE})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("Profile"), _(
            "Who you are and where you work. This is the first page of your plan."), parent)
        self._profile: Profile = self.ctx.profile.get()
        self._saver = self.autosaver(self._save)
        content = self.scrolling_content()
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(16)
        right.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        content.addLayout(columns)
        content.addStretch(1)
        left.addWidget(self._build_person())
        left.addWidget(self._build_register())
        left.addStretch(1)
        right.addWidget(self._build_shape())
        right.addStretch(1)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_person(self) -> QWidget:
        frame, layout = card(_("About you"))
        rows = form()
        self.name_edit = line_edit(_("Name"), _("First name and surname"), 200)
        self.function_edit = line_edit(_("Function"), _("for example: social worker"), 200)
        self.team_edit = line_edit(_("Team"), _("for example: wijkteam Noord"), 200)
        self.employer_edit = line_edit(_("Employer"), "", 200)
        self.parent_edit = line_edit(_("Parent organisation"), "", 200)
        self.leader_edit = line_edit(_("Team leader"), "", 200)
        for label, widget in ((_("Name"), self.name_edit), (_("Function"), self.function_edit),
                              (_("Team"), self.team_edit), (_("Employer"), self.employer_edit),
                              (_("Parent organisation"), self.parent_edit),
                              (_("Team leader"), self.leader_edit)):
            add_row(rows, label, widget)
            self._saver.watch(widget)
        layout.addLayout(rows)
        return frame

    def _build_shape(self) -> QWidget:
        frame, layout = card(_("Your T-shape"), _(
            "How do you see yourself? The knowledge page shows the T-profile of your levels."))
        self.type_group = QButtonGroup(frame)
        for index, (kind, (label, explanation)) in enumerate(TYPE_TEXTS.items()):
            radio = QRadioButton(_(label), frame)
            radio.setAccessibleName(_(label))
            radio.setAccessibleDescription(_(explanation))
            self.type_group.addButton(radio, index)
            radio.setProperty("kind", kind.value)
            layout.addWidget(radio)
            hint = muted(_(explanation), frame)
            hint.setContentsMargins(24, 0, 0, 4)
            layout.addWidget(hint)
        self.type_group.idToggled.connect(self._on_type_toggled)
        rows = form()
        self.specialism_edit = line_edit(_("Specialism"), _("for example: debt counselling"), 200)
        add_row(rows, _("Specialism"), self.specialism_edit)
        self._saver.watch(self.specialism_edit)
        layout.addLayout(rows)
        layout.addWidget(QLabel(_("Knowledge building blocks of your specialism"), frame))
        self.blocks_list = QListWidget(frame)
        self.blocks_list.setAccessibleName(_("Knowledge building blocks of your specialism"))
        self.blocks_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        catalogue = self.ctx.catalogue_for(self.current_cycle())
        for group in catalogue.block_groups:
            header = QListWidgetItem(group.label.get())
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.blocks_list.addItem(header)
            for block in catalogue.blocks_in(group.id):
                item = QListWidgetItem(block.label.get())
                item.setData(Qt.ItemDataRole.UserRole, block.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.blocks_list.addItem(item)
        self.blocks_list.itemChanged.connect(lambda _item: self._saver.save_now())
        layout.addWidget(self.blocks_list)
        layout.addWidget(muted(_(
            "These blocks form the depth of your T. You can also mark them on the knowledge "
            "page."), frame))
        return frame

    def _build_register(self) -> QWidget:
        frame, layout = card(_("Professional register"), _(
            "For re-registration you collect points in a register period, usually five years. "
            "Set your own targets: one hour of learning is one point."))
        catalogue = self.ctx.catalogue_for(self.current_cycle())
        rows = form()
        items = [(_("No register"), "")] + [(r.label.get(), r.id) for r in catalogue.registers]
        self.register_combo = combo(_("Register"), items)
        add_row(rows, _("Register"), self.register_combo)
        self.number_edit = line_edit(_("Registration number"), "", 60)
        add_row(rows, _("Registration number"), self.number_edit)
        self.start_field = DateField(_("Register period from"))
        self.end_field = DateField(_("Register period until"))
        add_row(rows, _("Register period from"), self.start_field, self.start_field.edit)
        add_row(rows, _("until"), self.end_field, self.end_field.edit)
        self.end_field.edit.setAccessibleName(_("Register period until"))
        self._saver.watch(self.register_combo, self.number_edit, self.start_field,
                          self.end_field)
        self.target_spins: dict[str, QDoubleSpinBox] = {}
        for info in catalogue.register_categories:
            if info.id == RegisterCategory.NONE.value:
                continue
            spin = QDoubleSpinBox()
            spin.setRange(0, 1000)
            spin.setDecimals(0)
            spin.setSuffix(" " + _("points"))
            spin.setSpecialValueText(_("no target"))
            spin.setToolTip(info.description.get())
            label = _("Target: {category}").format(category=info.label.get())
            add_row(rows, label, spin)
            self._saver.watch(spin)
            self.target_spins[info.id] = spin
        layout.addLayout(rows)
        return frame

    # --- loading and saving -------------------------------------------------------------

    def refresh(self) -> None:
        """Show the stored profile."""
        self._profile = self.ctx.profile.get()
        p = self._profile
        with self.loading():
            for edit, value in ((self.name_edit, p.name), (self.function_edit, p.function),
                                (self.team_edit, p.team), (self.employer_edit, p.employer),
                                (self.parent_edit, p.parent_organisation),
                                (self.leader_edit, p.team_leader),
                                (self.specialism_edit, p.specialism),
                                (self.number_edit, p.register_number)):
                set_text(edit, value)
            for button in self.type_group.buttons():
                button.setChecked(button.property("kind") == p.professional_type.value)
            select_data(self.register_combo, p.register)
            self.start_field.set_value(p.register_start)
            self.end_field.set_value(p.register_end)
            for key, spin in self.target_spins.items():
                spin.setValue(p.register_targets.get(key, 0.0))
            chosen = set(p.specialism_blocks)
            for row in range(self.blocks_list.count()):
                item = self.blocks_list.item(row)
                block_id = item.data(Qt.ItemDataRole.UserRole)
                if block_id:
                    item.setCheckState(Qt.CheckState.Checked if block_id in chosen
                                       else Qt.CheckState.Unchecked)

    def _on_type_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._saver.save_now()

    def _collect(self) -> Profile:
        p = self._profile
        p.name = self.name_edit.text()
        p.function = self.function_edit.text()
        p.team = self.team_edit.text()
        p.employer = self.employer_edit.text()
        p.parent_organisation = self.parent_edit.text()
        p.team_leader = self.leader_edit.text()
        p.specialism = self.specialism_edit.text()
        checked = self.type_group.checkedButton()
        if checked is not None:
            p.professional_type = ProfessionalType(checked.property("kind"))
        p.register = self.register_combo.currentData() or ""
        p.register_number = self.number_edit.text()
        p.register_start = self.start_field.value()
        p.register_end = self.end_field.value()
        p.register_targets = {key: spin.value() for key, spin in self.target_spins.items()
                              if spin.value() > 0}
        blocks = []
        for row in range(self.blocks_list.count()):
            item = self.blocks_list.item(row)
            block_id = item.data(Qt.ItemDataRole.UserRole)
            if block_id and item.checkState() == Qt.CheckState.Checked:
                blocks.append(str(block_id))
        p.specialism_blocks = blocks
        return p

    def _save(self) -> None:
        profile = self._collect()
        self.save(lambda: self.ctx.profile.save(profile), PROFILE)
