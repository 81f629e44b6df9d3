"""Domain dataclasses of the 360-degree feedback: rater groups, rounds and rater responses.

Public API:

- :class:`RaterGroup` (``leader``, ``colleague``, ``client``, ``partner``) with
  :attr:`RaterGroup.label`, :attr:`RaterGroup.min_raters` and :attr:`RaterGroup.is_exempt`.
- :data:`ANONYMITY_MIN` (3): raters a group needs before anything of it is shown.
- :class:`FeedbackRound`, :class:`RaterResponse`, :class:`ReceivedAnswer`,
  :class:`GroupStatus`, :class:`RoundStatus`.
- :class:`ResponseSource` (``form`` = an imported PDF, ``paper`` = typed in by the owner).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from pop.i18n import N_, _

ANONYMITY_MIN = 3
SCALE_MIN, SCALE_MAX = 1, 5
OPEN_QUESTION_MAX_CHARS = 20_000

_LABELS = {
    "leader": N_("Team leader"),
    "colleague": N_("Colleagues"),
    "client": N_("Residents and clients"),
    "partner": N_("Chain partners"),
}
_ONE = {
    "leader": N_("team leader"),
    "colleague": N_("colleague"),
    "client": N_("resident or client"),
    "partner": N_("chain partner"),
}


class RaterGroup(StrEnum):
    """Who gives feedback; the order is the display order."""

    LEADER = "leader"
    COLLEAGUE = "colleague"
    CLIENT = "client"
    PARTNER = "partner"

    @property
    def label(self) -> str:
        """The group's name in the current language (plural)."""
        return _(_LABELS[self.value])

    @property
    def one_label(self) -> str:
        """One member of the group, in lower case."""
        return _(_ONE[self.value])

    @property
    def is_exempt(self) -> bool:
        """The team leader is not anonymous: one person, named as such."""
        return self is RaterGroup.LEADER

    @property
    def min_raters(self) -> int:
        """Raters needed before the group is shown."""
        return 1 if self.is_exempt else ANONYMITY_MIN

    @property
    def code(self) -> str:
        """A short code printed on a form (``TL``, ``CO``, ``IN``, ``KP``)."""
        return {"leader": "TL", "colleague": "CO", "client": "IN", "partner": "KP"}[self.value]


class ResponseSource(StrEnum):
    """How an answer came in."""

    FORM = "form"
    PAPER = "paper"


@dataclass(frozen=True, slots=True)
class FeedbackRound:
    """A request for feedback within one plan cycle."""

    id: int
    cycle_id: int
    uid: str
    title: str
    deadline: date | None
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class RaterResponse:
    """One rater's answers. ``scores`` maps statement id to 1..5 or ``None`` (can't judge);
    a statement left open is absent. ``comments`` maps open-question id to text."""

    id: int
    round_id: int
    group: RaterGroup
    serial: int | None
    source: ResponseSource
    scores: dict[str, int | None] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)

    @property
    def has_answers(self) -> bool:
        """At least one score on the scale or one written answer."""
        return has_answers(self.scores, self.comments)


@dataclass(frozen=True, slots=True)
class ReceivedAnswer:
    """One answer that came back (no content): for the owner's list and for removing."""

    response_id: int
    group: RaterGroup
    serial: int | None
    source: ResponseSource
    received_at: str

    @property
    def code(self) -> str:
        """``CO-03`` for a form; empty for a typed-in paper form."""
        return f"{self.group.code}-{self.serial:02d}" if self.serial is not None else ""


@dataclass(frozen=True, slots=True)
class GroupStatus:
    """Forms made and answers returned for one group of a round."""

    group: RaterGroup
    forms_made: int
    returned: int

    @property
    def shown(self) -> bool:
        """Enough answers to show this group anonymously."""
        return self.returned >= self.group.min_raters


@dataclass(frozen=True, slots=True)
class RoundStatus:
    """The state of a round, per group in display order."""

    round: FeedbackRound
    groups: tuple[GroupStatus, ...]

    @property
    def forms_made(self) -> int:
        """All forms made."""
        return sum(g.forms_made for g in self.groups)

    @property
    def returned(self) -> int:
        """All answers received (forms and paper)."""
        return sum(g.returned for g in self.groups)


def has_answers(scores: dict[str, int | None], comments: dict[str, str]) -> bool:
    """At least one score on the scale (not "can't judge") or one written answer."""
    return any(v is not None for v in scores.values()) or any(c.strip() for c in comments.values())
