"""Learning preferences: how you like to learn, and the learning activities that fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pop.catalogue.model import Catalogue, Preference
from pop.domain.assessment import PreferenceScore
from pop.i18n import _
from pop.scoring.preference_fit import strongest_preferences
from ui.events import PREFERENCES
from ui.pages.base import Page, PageEnv
from ui.widgets.forms import card, clear_layout, divider, heading, muted
from ui.widgets.scale_choice import ScaleChoice


class PreferencesPage(Page):
    """Score the five learning preferences; see what fits the strongest ones."""

    depends_on = frozenset({PREFERENCES})

    def __init__(self, env: PageEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, _("Learning preferences"), _(
            "Everyone learns in their own way. How well does each way of learning fit you? "
            "The learning activities that suit you best follow from it."), parent)
        cycle = self.current_cycle()
        self._cycle_id = cycle.id if cycle else 0
        self._catalogue: Catalogue = self.ctx.catalogue_for(cycle)
        self._scores: dict[str, int] = {}
        self._choices: dict[str, tuple[ScaleChoice, QLabel]] = {}
        content = self.scrolling_content()
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self._build_scores(), 3, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._build_fit(), 2, Qt.AlignmentFlag.AlignTop)
        content.addLayout(row)
        content.addStretch(1)
        self.refresh()

    def _build_scores(self) -> QWidget:
        frame, layout = card(_("How do you like to learn?"))
        points = self._catalogue.preference_scale
        for index, preference in enumerate(self._catalogue.preferences):
            if index:
                layout.addWidget(divider(frame))
            layout.addWidget(heading(preference.label.get(), frame))
            layout.addWidget(muted(preference.description.get(), frame))
            line = QHBoxLayout()
            choice = ScaleChoice(points, _("How well does \u201c{preference}\u201d fit you?")
                                 .format(preference=preference.label.get()), parent=frame)
            chosen = muted("", frame, wrap=False)
            line.addWidget(choice)
            line.addWidget(chosen, 1)
            layout.addLayout(line)
            choice.changed.connect(lambda pid=preference.id: self._on_score(pid))
            self._choices[preference.id] = (choice, chosen)
        return frame

    def _build_fit(self) -> QWidget:
        frame, layout = card(_("What fits you"))
        self.fit_intro = muted("", frame)
        layout.addWidget(self.fit_intro)
        self.fit_box = QVBoxLayout()
        self.fit_box.setSpacing(10)
        layout.addLayout(self.fit_box)
        self.goals_button = QPushButton(_("Plan activities with your goals"), frame)
        self.goals_button.setAccessibleName(_("Plan activities with your goals"))
        self.goals_button.clicked.connect(lambda: self.env.events.navigate.emit("goals"))
        layout.addWidget(self.goals_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def refresh(self) -> None:
        """Load the scores of the current period."""
        cycle = self.current_cycle()
        self._cycle_id = cycle.id if cycle else 0
        stored = self.ctx.assessments.preferences(self._cycle_id) if cycle else {}
        self._scores = {key: s.score for key, s in stored.items()}
        with self.loading():
            for preference_id, (choice, _label) in self._choices.items():
                choice.set_value(self._scores.get(preference_id))
        self._update_fit()

    def _label_for(self, value: int | None) -> str:
        for point in self._catalogue.preference_scale:
            if point.value == value:
                return point.label.get()
        return ""

    def _update_fit(self) -> None:
        for choice, label in self._choices.values():
            label.setText(self._label_for(choice.value()))
        clear_layout(self.fit_box)
        strongest = strongest_preferences(self._catalogue, self._scores)
        if not strongest:
            self.fit_intro.setText(_(
                "Score the ways of learning on the left; the activities that fit the ones that "
                "suit you best appear here."))
            self.goals_button.setVisible(False)
            return
        names = ", ".join(p.label.get() for p in strongest)
        self.fit_intro.setText(_("You learn best through: {names}. These learning activities "
                                 "fit that well:").format(names=names))
        for preference in strongest:
            self.fit_box.addWidget(self._fit_block(preference))
        self.goals_button.setVisible(True)

    def _fit_block(self, preference: Preference) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(heading(preference.label.get(), box))
        grid = QGridLayout()
        grid.setContentsMargins(6, 0, 0, 0)
        grid.setVerticalSpacing(2)
        for row, activity in enumerate(preference.activities.get()):
            bullet = QLabel("\u2022", box)
            text = QLabel(activity, box)
            text.setWordWrap(True)
            grid.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        return box

    def _on_score(self, preference_id: str) -> None:
        value = self._choices[preference_id][0].value()
        if value is None or not self._cycle_id:
            return
        score = PreferenceScore(preference_id, value)
        if self.save(lambda: self.ctx.assessments.save_preference(self._cycle_id, score),
                     PREFERENCES):
            self._scores[preference_id] = value
            self._update_fit()
