"""The mirror analysis: the owner's self-rating against the raters, under the 360 rules.

Public API:

- :func:`analyse(catalogue, self_scores, responses, selected_comments=frozenset())
  <analyse>` -> :class:`MirrorAnalysis`. Pure: no database, no Qt.
- :class:`MirrorAnalysis`: ``competences`` (one :class:`CompetenceMirror` per catalogue
  competence, in catalogue order), ``groups`` (the shown :class:`GroupSummary` list),
  ``suppressed`` (groups that answered but too few to show: only their name is kept),
  ``comments`` (:class:`MirrorComment` of shown groups), ``quadrants()``, ``has_feedback``.
- :class:`Quadrant` (Johari): open strength, blind spot, hidden strength, shared
  development point. :data:`GAP_THRESHOLD` = a third of the scale range (4/3 on 1..5).

The rules (DESIGN.md, "360 rules"):

1. A group is shown only when at least :data:`~pop.mirror.model.ANONYMITY_MIN` (3) raters of
   it answered; the team leader is exempt and labelled as one person.
2. A group below its threshold is left out entirely: no score, no count, no comment, and it
   feeds no other figure (the "others" mean is built from shown groups only), so it can never
   be worked out by subtraction. Only its name remains, for the note "too few people answered".
3. Within a shown group, a competence is scored only when at least 3 of its raters (the leader
   exempt) gave a score on it; otherwise that cell stays empty and feeds nothing either.
4. Blind spot: self minus others >= :data:`GAP_THRESHOLD`; hidden strength: others minus self
   >= the same. Otherwise the competence is an open strength when the mean of self and others
   is at least :data:`STRENGTH_CUT`, else a shared development point.
5. "Can't judge" (``None``) is not counted. Each rater weighs equally (per-rater mean first).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from statistics import fmean

from pop.catalogue.model import Catalogue, Competency
from pop.i18n import N_, _
from pop.mirror.model import ANONYMITY_MIN, SCALE_MAX, SCALE_MIN, RaterGroup, RaterResponse

GAP_THRESHOLD = (SCALE_MAX - SCALE_MIN) / 3
STRENGTH_CUT = 3.5
_EPS = 1e-9

_QUADRANT_LABELS = {
    "open_strength": N_("Open strength"),
    "blind_spot": N_("Blind spot"),
    "hidden_strength": N_("Hidden strength"),
    "shared_development": N_("Shared development point"),
}
_QUADRANT_HELP = {
    "open_strength": N_("You and the others both see this as a strength."),
    "blind_spot": N_("You rate yourself clearly higher than the others do."),
    "hidden_strength": N_("The others rate you clearly higher than you do yourself."),
    "shared_development": N_("You and the others agree there is room to grow."),
}


class Quadrant(StrEnum):
    """The four Johari quadrants of the mirror."""

    OPEN_STRENGTH = "open_strength"
    BLIND_SPOT = "blind_spot"
    HIDDEN_STRENGTH = "hidden_strength"
    SHARED_DEVELOPMENT = "shared_development"

    @property
    def label(self) -> str:
        """The quadrant's name in the current language."""
        return _(_QUADRANT_LABELS[self.value])

    @property
    def explanation(self) -> str:
        """One plain sentence on what the quadrant means."""
        return _(_QUADRANT_HELP[self.value])


@dataclass(frozen=True, slots=True)
class GroupScore:
    """A shown group's score on one competence (``mean`` None: too few scored it)."""

    group: RaterGroup
    mean: float | None


@dataclass(frozen=True, slots=True)
class CompetenceMirror:
    """Self against others on one competence."""

    competency_id: str
    self_score: float | None
    groups: tuple[GroupScore, ...]
    others: float | None

    @property
    def gap(self) -> float | None:
        """Self minus others (positive: you rate yourself higher)."""
        if self.self_score is None or self.others is None:
            return None
        return self.self_score - self.others

    @property
    def quadrant(self) -> Quadrant | None:
        """The Johari quadrant, when both self and others have a score."""
        gap = self.gap
        if gap is None or self.self_score is None or self.others is None:
            return None
        if gap >= GAP_THRESHOLD - _EPS:
            return Quadrant.BLIND_SPOT
        if -gap >= GAP_THRESHOLD - _EPS:
            return Quadrant.HIDDEN_STRENGTH
        if (self.self_score + self.others) / 2 >= STRENGTH_CUT - _EPS:
            return Quadrant.OPEN_STRENGTH
        return Quadrant.SHARED_DEVELOPMENT

    def group_mean(self, group: RaterGroup) -> float | None:
        """The score of ``group`` (None when not shown or too few scored it)."""
        return next((g.mean for g in self.groups if g.group is group), None)


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """A shown group: how many raters answered."""

    group: RaterGroup
    raters: int

    @property
    def label(self) -> str:
        """"Team leader (one person)", "Colleagues (4)"."""
        if self.group.is_exempt and self.raters == 1:
            return _("{group} (one person)").format(group=self.group.label)
        return f"{self.group.label} ({self.raters})"


@dataclass(frozen=True, slots=True)
class MirrorComment:
    """An answer to an open question from a shown group. ``key`` identifies it for the
    owner's choice (response id, question id); it never leaves the laptop."""

    key: tuple[int, str]
    group: RaterGroup
    question_id: str
    text: str
    in_pdf: bool


@dataclass(frozen=True, slots=True)
class MirrorAnalysis:
    """Everything the mirror shows; built only from groups that may be shown."""

    competences: tuple[CompetenceMirror, ...]
    groups: tuple[GroupSummary, ...]
    suppressed: tuple[RaterGroup, ...]
    comments: tuple[MirrorComment, ...]
    has_self_rating: bool

    @property
    def has_feedback(self) -> bool:
        """At least one group is shown."""
        return bool(self.groups)

    @property
    def shown_groups(self) -> tuple[RaterGroup, ...]:
        """The groups shown, in display order."""
        return tuple(g.group for g in self.groups)

    def quadrants(self) -> dict[Quadrant, tuple[CompetenceMirror, ...]]:
        """Competences per quadrant (every quadrant present, possibly empty)."""
        result: dict[Quadrant, list[CompetenceMirror]] = {q: [] for q in Quadrant}
        for competence in self.competences:
            if competence.quadrant is not None:
                result[competence.quadrant].append(competence)
        for quadrant in (Quadrant.BLIND_SPOT, Quadrant.HIDDEN_STRENGTH):
            result[quadrant].sort(key=lambda c: -abs(c.gap or 0.0))
        return {q: tuple(items) for q, items in result.items()}

    def comments_of(self, group: RaterGroup) -> tuple[MirrorComment, ...]:
        """The comments of one shown group."""
        return tuple(c for c in self.comments if c.group is group)


def _mean(values: Iterable[int | None]) -> float | None:
    numbers = [v for v in values if v is not None]
    return fmean(numbers) if numbers else None


def _rater_mean(response: RaterResponse, competency: Competency) -> float | None:
    return _mean(response.scores.get(s.id) for s in competency.statements)


def _cell_minimum(group: RaterGroup) -> int:
    return 1 if group.is_exempt else ANONYMITY_MIN


def analyse(
    catalogue: Catalogue,
    self_scores: Mapping[str, int | None],
    responses: Iterable[RaterResponse],
    selected_comments: Iterable[tuple[int, str]] = frozenset(),
) -> MirrorAnalysis:
    """The mirror of ``responses`` against ``self_scores`` (statement id -> 1..5 / None).

    Responses without any answer are ignored. ``selected_comments`` holds the keys of the
    comments the owner marked for the PDF.
    """
    by_group: dict[RaterGroup, list[RaterResponse]] = {g: [] for g in RaterGroup}
    for response in responses:
        if response.has_answers:
            by_group[RaterGroup(response.group)].append(response)
    shown = [g for g in RaterGroup if len(by_group[g]) >= g.min_raters]
    suppressed = tuple(g for g in RaterGroup if 0 < len(by_group[g]) < g.min_raters)
    competences: list[CompetenceMirror] = []
    for competency in catalogue.competencies:
        scores: list[GroupScore] = []
        pooled: list[float] = []
        for group in shown:
            rater_means = [m for r in by_group[group]
                           if (m := _rater_mean(r, competency)) is not None]
            if len(rater_means) >= _cell_minimum(group):
                scores.append(GroupScore(group, fmean(rater_means)))
                pooled.extend(rater_means)
            else:
                scores.append(GroupScore(group, None))
        self_mean = _mean(self_scores.get(s.id) for s in competency.statements)
        competences.append(CompetenceMirror(competency.id, self_mean, tuple(scores),
                                            fmean(pooled) if pooled else None))
    chosen = set(selected_comments)
    order = {q.id: i for i, q in enumerate(catalogue.open_questions)}
    comments: list[MirrorComment] = []
    for group in shown:
        for response in by_group[group]:
            for question_id, text in response.comments.items():
                if text.strip() and question_id in order:
                    key = (response.id, question_id)
                    comments.append(MirrorComment(key, group, question_id, text, key in chosen))
    # Sorted by content, never by form order, so the list reveals nothing about who wrote what.
    comments.sort(key=lambda c: (shown.index(c.group), order[c.question_id], c.text))
    return MirrorAnalysis(
        competences=tuple(competences),
        groups=tuple(GroupSummary(g, len(by_group[g])) for g in shown),
        suppressed=suppressed,
        comments=tuple(comments),
        has_self_rating=any(v is not None for v in self_scores.values()),
    )
