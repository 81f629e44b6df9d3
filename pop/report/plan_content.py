"""Everything the conversation PDF shows, read once from the workspace (no reportlab here).

The same snapshot feeds the PDF and the content fingerprint, so what is printed and what is
fingerprinted can never drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pop.catalogue.model import Catalogue
from pop.context import AppContext
from pop.domain.assessment import (
    CompetencySelfRating,
    KnowledgeRating,
    MindsetAnswer,
    PreferenceScore,
    Reflection,
)
from pop.domain.cycle import Agreement, Cycle, Evaluation, EvaluationKind, Signature
from pop.domain.goals import Activity, Goal, ProgressNote
from pop.domain.profile import Profile
from pop.domain.sharing import Section, SharingChoice
from pop.errors import InputError
from pop.i18n import _

if TYPE_CHECKING:
    from pop.mirror.load import CycleMirror

# The sections a conversation PDF can hold, in the order they are printed. The journal is
# private: it is never offered for the PDF.
PDF_SECTIONS: tuple[Section, ...] = (
    Section.CONTEXT,
    Section.KNOWLEDGE,
    Section.MIRROR,
    Section.MINDSET,
    Section.PREFERENCES,
    Section.GOALS,
    Section.TEAM_CONTRIBUTION,
    Section.EVALUATION,
    Section.AGREEMENTS,
)


@dataclass(slots=True)
class PlanContent:
    """A snapshot of one plan cycle with everything the PDF may print."""

    profile: Profile
    cycle: Cycle
    catalogue: Catalogue
    knowledge: dict[str, KnowledgeRating]
    mindset: dict[str, MindsetAnswer]
    reflections: dict[str, Reflection]
    preferences: dict[str, PreferenceScore]
    competency_ratings: dict[str, CompetencySelfRating]
    goals: list[Goal]
    notes: dict[int, list[ProgressNote]]
    activities: list[Activity]
    agreements: list[Agreement]
    evaluations: dict[EvaluationKind, Evaluation]
    signatures: list[Signature]
    sharing: dict[Section, SharingChoice] = field(default_factory=dict)
    mirror: CycleMirror | None = None

    def activities_of(self, goal_id: int | None) -> list[Activity]:
        """The activities of one goal (``None``: those without a goal), in order."""
        return [a for a in self.activities if a.goal_id == goal_id]

    def evaluation(self, kind: EvaluationKind) -> Evaluation | None:
        """An evaluation that has been written (``None`` when still empty)."""
        found = self.evaluations.get(kind)
        if found is None or not (found.text.strip() or found.next_steps.strip()):
            return None
        return found


def default_sections(content_or_sharing: PlanContent | dict[Section, SharingChoice]
                     ) -> frozenset[Section]:
    """The sections the owner's sharing choices put into the PDF."""
    sharing = (content_or_sharing.sharing if isinstance(content_or_sharing, PlanContent)
               else content_or_sharing)
    return frozenset(s for s in PDF_SECTIONS if s in sharing and sharing[s].in_pdf)


def resolve_cycle(ctx: AppContext, cycle_id: int | None) -> Cycle:
    """The cycle asked for, or the current one; a clear message when there is none."""
    if cycle_id is None:
        cycle = ctx.current_cycle()
        if cycle is None:
            raise InputError(_("This plan has no plan period yet, so there is nothing to "
                               "export. Start your plan in the app first."))
        return cycle
    found = ctx.cycles.get(cycle_id)
    if found is None:
        known = ", ".join(str(c.id) for c in ctx.cycles.all()) or "-"
        raise InputError(_("There is no plan period with number {id}. Known numbers: "
                           "{known}.").format(id=cycle_id, known=known))
    return found


def gather(ctx: AppContext, cycle: Cycle) -> PlanContent:
    """Read the whole cycle from the workspace."""
    goals = ctx.goals.for_cycle(cycle.id)
    return PlanContent(
        profile=ctx.profile.get(),
        cycle=cycle,
        catalogue=ctx.catalogue_for(cycle),
        knowledge=ctx.assessments.knowledge(cycle.id),
        mindset=ctx.assessments.mindset(cycle.id),
        reflections=ctx.assessments.reflections(cycle.id),
        preferences=ctx.assessments.preferences(cycle.id),
        competency_ratings=ctx.assessments.competency_ratings(cycle.id),
        goals=goals,
        notes={g.id: ctx.goals.notes(g.id) for g in goals},
        activities=ctx.activities.for_cycle(cycle.id),
        agreements=ctx.agreements.for_cycle(cycle.id),
        evaluations={kind: ctx.cycles.evaluation(cycle.id, kind) for kind in EvaluationKind},
        signatures=ctx.cycles.signatures(cycle.id),
        sharing=ctx.sharing.all(),
        mirror=_mirror(ctx, cycle),
    )


def _mirror(ctx: AppContext, cycle: Cycle) -> CycleMirror | None:
    """The 360 mirror of the cycle (already under the anonymity rules), when this version
    has the 360 feedback."""
    try:
        from pop.mirror.load import cycle_mirror
    except ImportError:  # pragma: no cover - a version without the mirror
        return None
    return cycle_mirror(ctx, cycle.id)
