"""What changed per knowledge block since the previous cycle."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pop.domain.assessment import KnowledgeRating


@dataclass(frozen=True, slots=True)
class BlockChange:
    """The level before and now; ``delta`` is ``None`` when either is unknown."""

    block_id: str
    previous: int | None
    current: int | None

    @property
    def delta(self) -> int | None:
        """Levels gained (positive) or lost (negative)."""
        if self.previous is None or self.current is None:
            return None
        return self.current - self.previous


def block_changes(
    previous: Mapping[str, KnowledgeRating], current: Mapping[str, KnowledgeRating]
) -> dict[str, BlockChange]:
    """Per block id, the change from ``previous`` to ``current``."""
    ids = sorted(set(previous) | set(current))
    return {
        bid: BlockChange(
            bid,
            previous[bid].level if bid in previous else None,
            current[bid].level if bid in current else None,
        )
        for bid in ids
    }
