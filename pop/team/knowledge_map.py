"""The team knowledge map and its rules: "weten wie waarvan is".

Rules per life domain (a proposal based on the kennisbouwstenen, see the domain research):

* everyone can at least signal (level 1, "signaleren") on every life domain;
* at least two people can support residents themselves (level 3 or more), so the team never
  leans on one person (a single point of failure);
* the go-to person ("vraagbaak") of a block is whoever is at level 4.

Members who did not share their knowledge levels are left out of the rules (and named as such).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

SIGNAL_LEVEL = 1
SUPPORT_LEVEL = 3
GO_TO_LEVEL = 4
MIN_SUPPORTERS = 2


@dataclass(frozen=True, slots=True)
class MemberLevels:
    """One member's levels per block (``None`` = not filled in)."""

    name: str
    levels: Mapping[str, int | None]
    shared: bool = True


class Coverage(StrEnum):
    """How well the team covers a life domain."""

    OK = "ok"
    THIN = "thin"  # exactly one supporter: a single point of failure
    GAP = "gap"  # nobody can support


@dataclass(frozen=True, slots=True)
class DomainCheck:
    """The rules for one life domain, with names."""

    block_id: str
    below_signal: tuple[str, ...]  # members under "signaleren" (or not filled in)
    supporters: tuple[str, ...]  # members at level 3 or more
    go_to: tuple[str, ...]  # members at level 4

    @property
    def coverage(self) -> Coverage:
        """OK, thin (single point of failure) or a gap."""
        if not self.supporters:
            return Coverage.GAP
        return Coverage.THIN if len(self.supporters) < MIN_SUPPORTERS else Coverage.OK

    @property
    def single_point(self) -> str | None:
        """The one person the team leans on, if there is exactly one."""
        return self.supporters[0] if len(self.supporters) == 1 else None

    @property
    def everyone_signals(self) -> bool:
        """True when every member can at least signal here."""
        return not self.below_signal

    @property
    def ok(self) -> bool:
        """Both rules hold."""
        return self.everyone_signals and self.coverage is Coverage.OK


def go_to_people(members: Sequence[MemberLevels], block_id: str) -> tuple[str, ...]:
    """Who is the go-to person (level 4) for ``block_id``."""
    return tuple(m.name for m in members if m.shared and m.levels.get(block_id) == GO_TO_LEVEL)


def check_domain(members: Sequence[MemberLevels], block_id: str) -> DomainCheck:
    """Apply the rules to one life domain."""
    counted = [m for m in members if m.shared]
    below = tuple(m.name for m in counted
                  if (m.levels.get(block_id) is None
                      or (m.levels.get(block_id) or 0) < SIGNAL_LEVEL))
    supporters = tuple(m.name for m in counted if (m.levels.get(block_id) or 0) >= SUPPORT_LEVEL)
    return DomainCheck(block_id, below, supporters, go_to_people(members, block_id))


def check_domains(members: Sequence[MemberLevels],
                  domain_ids: Sequence[str]) -> list[DomainCheck]:
    """The rules for every life domain, in catalogue order."""
    return [check_domain(members, block_id) for block_id in domain_ids]
