"""Knowledge: rate yourself on every knowledge building block, grouped, with the T-profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Block, Catalogue
from pop.domain.assessment import KnowledgeRating, Priority
from pop.domain.labels import PRIORITY
from pop.i18n import N_, _
from pop.scoring.change import BlockChange, block_changes
from pop.scoring.tprofile import Shape, TProfile, t_profile
from ui.events import KNOWLEDGE, PROFILE
from ui.pages.base import PAGE_MARGIN, Page, PageEnv
from ui.widgets.forms import (
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
from ui.widgets.level_chooser import LevelChooser, LevelCombo
from ui.widgets.tprofile_chart import TProfileChart

BLOCK_ROLE = Qt.ItemDataRole.UserRole + 1
SHAPE_TEXTS = {
    Shape.T_SHAPED: N_("Your levels show a T-shape: broad, with depth in your specialism."),
    Shape.SPECIALIST: N_("Your levels show depth in your specialism; the breadth can grow."),
    Shape.GENERALIST: N_("Your levels show breadth; the depth of a specialism can grow."),
    Shape.DEVELOPING: N_("Your T-profile is taking shape; rate more blocks to see it."),
}


class KnowledgePage(Page):
    """A grouped list of blocks, the chosen block's levels, and the T-profile chart."""

    depends_on = frozenset({KNOWLEDGE, PROFILE})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("Knowledge"), _(
            "How much do you know of each knowledge building block? Choose a block, then "
            "your level now and the level you want to reach."), parent)
        cycle = self.current_cycle()
        self._cycle_id = cycle.id if cycle else 0
        self._catalogue: Catalogue = self.ctx.catalogue_for(cycle)
        self._ratings: dict[str, KnowledgeRating] = {}
        self._changes: dict[str, BlockChange] = {}
        self._block: Block | None = None
        self._saver = self.autosaver(self._save)
        self.body.setContentsMargins(PAGE_MARGIN, 6, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.views = QTabWidget(self)
        self.views.setAccessibleName(_("Views of your knowledge"))
        self.views.addTab(self._build_chart_view(), _("T-profile"))
        self.views.addTab(self._build_tree(), _("List with levels"))
        row.addWidget(self.views, 12)
        row.addWidget(self._build_details(), 9)
        self.body.addLayout(row, 1)
        self.refresh()
        first = self._first_block_item()
        if first is not None:
            self.tree.setCurrentItem(first)

    # --- building -----------------------------------------------------------------------

    def _build_tree(self) -> QWidget:
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(_("Knowledge building blocks"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([_("Knowledge building block"), _("Now"), _("Target"),
                                   _("Priority")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for group in self._catalogue.block_groups:
            group_item = QTreeWidgetItem([group.label.get(), "", "", ""])
            font = group_item.font(0)
            font.setBold(True)
            group_item.setFont(0, font)
            group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group_item.setToolTip(0, group.description.get())
            self.tree.addTopLevelItem(group_item)
            group_item.setFirstColumnSpanned(True)
            for block in self._catalogue.blocks_in(group.id):
                item = QTreeWidgetItem([block.label.get(), "", "", ""])
                item.setData(0, BLOCK_ROLE, block.id)
                item.setToolTip(0, block.description.get())
                group_item.addChild(item)
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        return self.tree

    def _build_details(self) -> QWidget:
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
        column.addWidget(self._build_block_card())
        column.addStretch(1)
        area.setWidget(content)
        area.setMinimumWidth(self.fontMetrics().averageCharWidth() * 46)
        return area

    def _build_block_card(self) -> QWidget:
        frame, layout = card()
        self.block_title = QLabel("", frame)
        self.block_title.setObjectName("cardTitle")
        self.block_title.setWordWrap(True)
        layout.addWidget(self.block_title)
        self.block_description = muted("", frame)
        layout.addWidget(self.block_description)
        self.block_topics = muted("", frame)
        layout.addWidget(self.block_topics)
        self.specialism_check = QCheckBox(_("Part of my specialism"), frame)
        self.specialism_check.setAccessibleName(_("Part of my specialism"))
        self.specialism_check.setToolTip(_("Your specialism is the depth of your T."))
        self.specialism_check.toggled.connect(self._on_specialism_toggled)
        layout.addWidget(self.specialism_check)
        layout.addWidget(heading(_("Your level now"), frame))
        self.level_chooser = LevelChooser(self._catalogue.levels, _("Your level now"), frame)
        layout.addWidget(self.level_chooser)
        rows = form()
        self.target_combo = LevelCombo(self._catalogue.levels, _("Level you want to reach"),
                                       _("No target level"), frame)
        add_row(rows, _("Level you want to reach"), self.target_combo, self.target_combo.combo)
        self.priority_combo = combo(_("Priority this period"),
                                    [(_(text), int(p)) for p, text in PRIORITY.items()])
        add_row(rows, _("Priority this period"), self.priority_combo)
        self.learn_from_edit = line_edit(_("Learn from whom or where"), _(
            "for example: colleague Ahmed, the debt counsellors, an e-learning"), 300)
        add_row(rows, _("Learn from whom or where"), self.learn_from_edit)
        layout.addLayout(rows)
        self._saver.watch(self.level_chooser, self.target_combo, self.priority_combo,
                          self.learn_from_edit)
        return frame

    def _build_chart_view(self) -> QWidget:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        content = QWidget(area)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        self.summary_label = QLabel("", content)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.shape_label = muted("", content)
        layout.addWidget(self.shape_label)
        self.chart = TProfileChart(content)
        self.chart.block_clicked.connect(self.select_block)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        area.setWidget(content)
        return area

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the ratings of the current period and redraw."""
        cycle = self.current_cycle()
        self._cycle_id = cycle.id if cycle else 0
        self._ratings = self.ctx.assessments.knowledge(self._cycle_id) if cycle else {}
        previous = self.ctx.cycles.previous(cycle) if cycle else None
        before = self.ctx.assessments.knowledge(previous.id) if previous else {}
        self._changes = block_changes(before, self._ratings) if previous else {}
        self._update_tree()
        self._show_block()
        self._update_chart()

    def _update_tree(self) -> None:
        for item in self._block_items():
            block_id = item.data(0, BLOCK_ROLE)
            rating = self._ratings.get(block_id)
            level = rating.level if rating else None
            change = self._changes.get(block_id)
            now = "" if level is None else str(level)
            if change is not None and change.delta:
                now += " \u2191" if change.delta > 0 else " \u2193"
                item.setToolTip(1, _("Previous period: {level}").format(level=change.previous))
            item.setText(1, now)
            item.setText(2, "" if not rating or rating.target is None else str(rating.target))
            priority = rating.priority if rating else Priority.NONE
            item.setText(3, _(PRIORITY[priority]) if priority else "")

    def _show_block(self) -> None:
        block = self._block
        enabled = block is not None
        for widget in (self.level_chooser, self.target_combo, self.priority_combo,
                       self.learn_from_edit, self.specialism_check):
            widget.setEnabled(enabled)
        with self.loading():
            if block is None:
                self.block_title.setText(_("Choose a knowledge building block"))
                self.block_description.setText("")
                self.block_topics.setText("")
                return
            rating = self._ratings.get(block.id, KnowledgeRating(block.id))
            self.block_title.setText(block.label.get())
            self.block_description.setText(block.description.get())
            topics = ", ".join(block.topics.get())
            self.block_topics.setText(_("Topics: {topics}").format(topics=topics) if topics
                                      else "")
            self.block_topics.setVisible(bool(topics))
            self.level_chooser.set_value(rating.level)
            self.target_combo.set_value(rating.target)
            select_data(self.priority_combo, int(rating.priority))
            set_text(self.learn_from_edit, rating.learn_from)
            self.specialism_check.blockSignals(True)
            self.specialism_check.setChecked(
                block.id in self.ctx.profile.get().specialism_blocks)
            self.specialism_check.blockSignals(False)

    def _update_chart(self) -> None:
        profile = self.ctx.profile.get()
        shape = t_profile(self._catalogue, self._ratings, profile.specialism_blocks)
        self.chart.set_data(shape, self._catalogue, self._block.id if self._block else "")
        self.summary_label.setText(self._summary(shape))
        self.shape_label.setText(_(SHAPE_TEXTS[shape.shape]))

    def _summary(self, shape: TProfile) -> str:
        breadth = [b for b in self._catalogue.blocks if b.group in ("life_domain", "generic")]
        covered = round(shape.breadth_coverage * len(breadth))
        depth_names = ", ".join(self._catalogue.label_of(b) for b in shape.depth_blocks)
        text = _("Breadth: {covered} of {total} life domains and generic competencies at least "
                 "at level 1 (signalling).").format(covered=covered, total=len(breadth))
        if depth_names:
            text += " " + _("Depth: level {depth} in {blocks}.").format(
                depth=shape.depth, blocks=depth_names)
        return text

    # --- choosing and saving ------------------------------------------------------------

    def select_block(self, block_id: str) -> None:
        """Show one block (from the chart or a test)."""
        for item in self._block_items():
            if item.data(0, BLOCK_ROLE) == block_id:
                self.tree.setCurrentItem(item)
                return

    def _on_current_changed(self, current: QTreeWidgetItem | None,
                            _previous: QTreeWidgetItem | None) -> None:
        self._saver.flush()
        block_id = current.data(0, BLOCK_ROLE) if current is not None else None
        self._block = self._catalogue.block(block_id) if block_id else None
        self._show_block()
        self.chart.set_selected(block_id or "")

    def _save(self) -> None:
        block = self._block
        if block is None or not self._cycle_id:
            return
        rating = KnowledgeRating(
            block.id, self.level_chooser.value(), self.target_combo.value(),
            Priority(self.priority_combo.currentData() or 0), self.learn_from_edit.text())
        if self.save(lambda: self.ctx.assessments.save_knowledge(self._cycle_id, rating),
                     KNOWLEDGE):
            self._ratings[block.id] = rating
            self._update_tree()
            self._update_chart()

    def _on_specialism_toggled(self, checked: bool) -> None:
        block = self._block
        if block is None:
            return
        profile = self.ctx.profile.get()
        blocks = [b for b in profile.specialism_blocks if b != block.id]
        if checked:
            blocks.append(block.id)
        profile.specialism_blocks = blocks
        if self.save(lambda: self.ctx.profile.save(profile), PROFILE):
            self._update_chart()

    # --- helpers ------------------------------------------------------------------------

    def _block_items(self) -> list[QTreeWidgetItem]:
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

    def _first_block_item(self) -> QTreeWidgetItem | None:
        items = self._block_items()
        return items[0] if items else None
