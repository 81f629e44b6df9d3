"""The team overview in one structure: map, rules, go-to people, spread, shared needs, dates.

Built from the imported member plans and the leader's catalogue; the page and the team PDF
both show this one structure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pop.catalogue.model import Block, Catalogue
from pop.domain.assessment import KnowledgeRating
from pop.i18n import N_, _
from pop.scoring.preference_fit import strongest_preferences
from pop.scoring.tprofile import t_profile
from pop.team.knowledge_map import DomainCheck, MemberLevels, check_domains, go_to_people
from pop.team.model import TeamMember
from pop.team.needs import SharedNeed, shared_needs

LIFE_DOMAIN = "life_domain"
TYPE_LABELS = {"t_shaped": N_("T-shaped"), "generalist": N_("Generalist"),
               "specialist": N_("Specialist")}
SHAPE_LABELS = {"t_shaped": N_("T-shaped: broad and deep"),
                "specialist": N_("Deep, not yet broad"),
                "generalist": N_("Broad, not yet deep"),
                "developing": N_("Still growing in breadth and depth")}


@dataclass(frozen=True, slots=True)
class MapRow:
    """One member's row of the knowledge map."""

    member_id: int
    name: str
    shared: bool  # False: the member did not share knowledge levels
    levels: dict[str, int | None]


@dataclass(frozen=True, slots=True)
class UpcomingDate:
    """A conversation or evaluation coming up."""

    on: date
    name: str
    what: str
    member_id: int


@dataclass(frozen=True, slots=True)
class Spread:
    """How many members have something, with their names."""

    label: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TeamOverview:
    """Everything the team page and the team PDF show."""

    blocks: tuple[Block, ...]
    rows: tuple[MapRow, ...]
    domains: tuple[DomainCheck, ...]
    go_to: dict[str, tuple[str, ...]]
    needs: tuple[SharedNeed, ...]
    shapes: tuple[Spread, ...]
    profiles: tuple[Spread, ...]  # the T-profile the knowledge levels show
    specialisms: tuple[Spread, ...]
    preferences: tuple[Spread, ...]
    upcoming: tuple[UpcomingDate, ...]
    not_shared: tuple[str, ...]  # members without knowledge levels

    @property
    def gaps(self) -> list[DomainCheck]:
        """Life domains where a rule does not hold."""
        return [check for check in self.domains if not check.ok]


def build_overview(members: Sequence[TeamMember], catalogue: Catalogue,
                   today: date | None = None) -> TeamOverview:
    """The overview of ``members`` measured against ``catalogue``."""
    today = today or date.today()
    block_ids = [b.id for b in catalogue.blocks]
    rows = tuple(MapRow(m.id, m.name, m.plan.shares("knowledge"),
                        {r.block: r.level for r in m.plan.knowledge})
                 for m in members)
    levels = [MemberLevels(r.name, r.levels, r.shared) for r in rows]
    domains = check_domains(levels, [b.id for b in catalogue.blocks_in(LIFE_DOMAIN)])
    go_to = {block_id: people for block_id in block_ids
             if (people := go_to_people(levels, block_id))}
    plans = [m.plan for m in members]
    return TeamOverview(
        blocks=catalogue.blocks, rows=rows, domains=tuple(domains), go_to=go_to,
        needs=tuple(shared_needs(plans, block_ids)),
        shapes=_shapes(members), profiles=_profiles(members, catalogue),
        specialisms=_specialisms(members),
        preferences=_preferences(members, catalogue),
        upcoming=tuple(upcoming_dates(members, today)),
        not_shared=tuple(r.name for r in rows if not r.shared),
    )


def _shapes(members: Sequence[TeamMember]) -> tuple[Spread, ...]:
    result = []
    for key, label in TYPE_LABELS.items():
        names = tuple(m.name for m in members if m.plan.member.professional_type == key)
        if names:
            result.append(Spread(_(label), names))
    return tuple(result)


def _profiles(members: Sequence[TeamMember], catalogue: Catalogue) -> tuple[Spread, ...]:
    groups: dict[str, list[str]] = {key: [] for key in SHAPE_LABELS}
    for m in members:
        if not m.plan.shares("knowledge") or not m.plan.knowledge:
            continue
        ratings = {r.block: KnowledgeRating(r.block, r.level, r.target) for r in m.plan.knowledge}
        shape = t_profile(catalogue, ratings, m.plan.member.specialism_blocks).shape
        groups[str(shape)].append(m.name)
    return tuple(Spread(_(SHAPE_LABELS[key]), tuple(names))
                 for key, names in groups.items() if names)


def _specialisms(members: Sequence[TeamMember]) -> tuple[Spread, ...]:
    groups: dict[str, list[str]] = {}
    for m in members:
        key = m.plan.member.specialism.strip()
        if key:
            groups.setdefault(key, []).append(m.name)
    return tuple(Spread(label, tuple(names)) for label, names in
                 sorted(groups.items(), key=lambda item: (-len(item[1]), item[0].lower())))


def _preferences(members: Sequence[TeamMember], catalogue: Catalogue) -> tuple[Spread, ...]:
    result = []
    strongest = {m.id: {p.id for p in strongest_preferences(catalogue, m.plan.preferences)}
                 for m in members if m.plan.shares("preferences")}
    for preference in catalogue.preferences:
        names = tuple(m.name for m in members if preference.id in strongest.get(m.id, set()))
        result.append(Spread(preference.label.get(), names))
    return tuple(result)


def upcoming_dates(members: Sequence[TeamMember], today: date) -> list[UpcomingDate]:
    """Planned conversations and evaluations from today on, soonest first."""
    found: list[UpcomingDate] = []
    for m in members:
        cycle = m.plan.cycle
        candidates = (
            (m.meeting_date, _("conversation you planned")),
            (cycle.conversation_date, _("development conversation")),
            (cycle.midterm_date, _("mid-term evaluation")),
            (cycle.end_date, _("end evaluation")),
        )
        seen: set[date] = set()
        for on, what in candidates:
            if on is not None and on >= today and on not in seen:
                seen.add(on)
                found.append(UpcomingDate(on, m.name, what, m.id))
    found.sort(key=lambda d: (d.on, d.name.lower()))
    return found
