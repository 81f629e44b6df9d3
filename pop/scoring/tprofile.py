"""The T-profile: breadth across the life domains and generic competences, depth in the
specialism.

Breadth counts how many breadth blocks reach at least "signaleren" (level 1) and their mean
level; depth is the highest level among the specialism blocks. From these a shape is
suggested — the owner decides what they call themself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from pop.catalogue.model import Catalogue
from pop.domain.assessment import KnowledgeRating

BREADTH_GROUPS = ("life_domain", "generic")
SIGNAL_LEVEL = 1
SUPPORT_LEVEL = 3


class Shape(StrEnum):
    """A suggested shape."""

    T_SHAPED = "t_shaped"
    SPECIALIST = "specialist"
    GENERALIST = "generalist"
    DEVELOPING = "developing"


@dataclass(frozen=True, slots=True)
class TBar:
    """One block in the T-profile chart."""

    block_id: str
    group: str
    level: int | None
    target: int | None
    is_specialism: bool


@dataclass(frozen=True, slots=True)
class TProfile:
    """Breadth, depth and the bars for the chart."""

    breadth_coverage: float
    breadth_mean: float
    depth: int
    depth_blocks: tuple[str, ...]
    shape: Shape
    bars: tuple[TBar, ...]
    rated: int


def t_profile(
    catalogue: Catalogue,
    ratings: Mapping[str, KnowledgeRating],
    specialism_blocks: Sequence[str],
) -> TProfile:
    """Compute the T-profile for a set of ratings."""
    breadth_blocks = [b for b in catalogue.blocks if b.group in BREADTH_GROUPS]
    levels = {bid: r.level for bid, r in ratings.items()}
    breadth_levels = [levels.get(b.id) for b in breadth_blocks]
    known = [lv for lv in breadth_levels if lv is not None]
    coverage = (
        sum(1 for lv in known if lv >= SIGNAL_LEVEL) / len(breadth_blocks)
        if breadth_blocks
        else 0.0
    )
    mean = sum(known) / len(breadth_blocks) if breadth_blocks else 0.0
    specialism = [bid for bid in specialism_blocks if catalogue.block(bid) is not None]
    if not specialism:
        rated = [(lv, bid) for bid, lv in levels.items() if lv is not None and catalogue.block(bid)]
        specialism = [max(rated)[1]] if rated else []
    depth = max((levels.get(bid) or 0 for bid in specialism), default=0)
    bars = tuple(
        TBar(b.id, b.group, levels.get(b.id), ratings[b.id].target if b.id in ratings else None,
             b.id in specialism)
        for b in catalogue.blocks
    )
    return TProfile(
        breadth_coverage=round(coverage, 3),
        breadth_mean=round(mean, 2),
        depth=depth,
        depth_blocks=tuple(specialism),
        shape=_shape(coverage, mean, depth),
        bars=bars,
        rated=sum(1 for lv in levels.values() if lv is not None),
    )


def _shape(coverage: float, mean: float, depth: int) -> Shape:
    broad = coverage >= 1.0 and mean >= 1.5
    deep = depth >= SUPPORT_LEVEL
    if broad and deep:
        return Shape.T_SHAPED
    if deep:
        return Shape.SPECIALIST
    if broad:
        return Shape.GENERALIST
    return Shape.DEVELOPING
