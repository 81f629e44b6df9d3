"""Per-section sharing choices: what goes into the PDF and what goes to the team leader."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Section(StrEnum):
    """The plan's sections that the owner can include or keep to themself."""

    CONTEXT = "context"
    KNOWLEDGE = "knowledge"
    MIRROR = "mirror"
    MINDSET = "mindset"
    PREFERENCES = "preferences"
    GOALS = "goals"
    TEAM_CONTRIBUTION = "team_contribution"
    EVALUATION = "evaluation"
    AGREEMENTS = "agreements"
    JOURNAL = "journal"

    @property
    def may_leave_for_leader(self) -> bool:
        """The mindset scan never goes to the team leader's bundle."""
        return self is not Section.MINDSET


@dataclass(frozen=True, slots=True)
class SharingChoice:
    """Whether a section goes into the conversation PDF and into the leader's plan file."""

    section: Section
    in_pdf: bool
    with_leader: bool


DEFAULT_SHARING: dict[Section, SharingChoice] = {
    section: SharingChoice(
        section,
        in_pdf=section is not Section.JOURNAL,
        with_leader=section
        in (
            Section.CONTEXT,
            Section.KNOWLEDGE,
            Section.PREFERENCES,
            Section.GOALS,
            Section.TEAM_CONTRIBUTION,
            Section.EVALUATION,
            Section.AGREEMENTS,
        ),
    )
    for section in Section
}
