"""Build the mirror of a cycle from the database.

Public API: :func:`cycle_mirror(ctx, cycle_id, round_id=None) <cycle_mirror>` ->
:class:`CycleMirror` (the round used, its status and the :class:`MirrorAnalysis`).
Without ``round_id`` the newest round of the cycle is used.
"""

from __future__ import annotations

from dataclasses import dataclass

from pop.catalogue.model import Catalogue
from pop.context import AppContext
from pop.mirror.analysis import MirrorAnalysis, analyse
from pop.mirror.model import FeedbackRound, RoundStatus
from pop.storage.feedback_repo import FeedbackRepository


@dataclass(frozen=True, slots=True)
class CycleMirror:
    """The mirror of one cycle."""

    cycle_id: int
    catalogue: Catalogue
    round: FeedbackRound | None
    status: RoundStatus | None
    analysis: MirrorAnalysis


def self_scores(ctx: AppContext, cycle_id: int) -> dict[str, int | None]:
    """The owner's self-rating per statement id (None = can't judge)."""
    return {sid: r.score for sid, r in ctx.assessments.competency_ratings(cycle_id).items()}


def cycle_mirror(ctx: AppContext, cycle_id: int, round_id: int | None = None) -> CycleMirror:
    """Self-rating against the answers of ``round_id`` (default: the cycle's newest round)."""
    repo = FeedbackRepository(ctx.db)
    catalogue = ctx.catalogue_for(ctx.cycles.get(cycle_id))
    chosen = repo.round(round_id) if round_id is not None else repo.latest_round(cycle_id)
    if chosen is not None and chosen.cycle_id != cycle_id:
        chosen = None
    responses = repo.responses(chosen.id) if chosen is not None else []
    selected = repo.selected_comments(chosen.id) if chosen is not None else frozenset()
    analysis = analyse(catalogue, self_scores(ctx, cycle_id), responses, selected)
    status = repo.status(chosen.id) if chosen is not None else None
    return CycleMirror(cycle_id, catalogue, chosen, status, analysis)
