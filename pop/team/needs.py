"""Learning needs several members share: the basis for one joint training instead of five.

A member needs a block when their target level lies above their current level, or when one
of their open goals is linked to the block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pop.exchange.shared_plan import SharedPlan

MIN_MEMBERS = 2


@dataclass(frozen=True, slots=True)
class SharedNeed:
    """A block that two or more members want to grow on."""

    block_id: str
    names: tuple[str, ...]
    via_goal: tuple[str, ...]  # those of ``names`` with a goal on the block

    @property
    def count(self) -> int:
        """How many members share the need."""
        return len(self.names)


def needs_of(plan: SharedPlan) -> tuple[set[str], set[str]]:
    """The blocks a member wants to grow on: (via targets, via open goals)."""
    by_target = {r.block for r in plan.knowledge
                 if r.target is not None and r.target > (r.level or 0)}
    by_goal = {block for g in plan.goals if g.status in ("open", "in_progress")
               for block in g.blocks}
    return by_target, by_goal


def shared_needs(plans: Sequence[SharedPlan], known_blocks: Sequence[str] | None = None,
                 minimum: int = MIN_MEMBERS) -> list[SharedNeed]:
    """Blocks needed by at least ``minimum`` members, most shared first (then block order)."""
    names: dict[str, list[str]] = {}
    goals: dict[str, list[str]] = {}
    for plan in plans:
        by_target, by_goal = needs_of(plan)
        for block in by_target | by_goal:
            names.setdefault(block, []).append(plan.member.name)
            if block in by_goal:
                goals.setdefault(block, []).append(plan.member.name)
    order = {b: i for i, b in enumerate(known_blocks or sorted(names))}
    found = [SharedNeed(block, tuple(who), tuple(goals.get(block, ())))
             for block, who in names.items()
             if len(who) >= minimum and (known_blocks is None or block in order)]
    found.sort(key=lambda need: (-need.count, order.get(need.block_id, len(order))))
    return found
