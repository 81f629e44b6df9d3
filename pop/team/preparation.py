"""The conversation preparation sheet for one member.

What the member shared (goals, the support they need, their knowledge targets, shared mirror
highlights when the member shared them, the evidence documents they sent along), the
questions a good leader asks, and the leader's own notes and agreements.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pop.catalogue.model import Catalogue
from pop.i18n import N_, _, current_language
from pop.team.attachments import SharedDocument, shared_documents
from pop.team.model import TeamAgreement, TeamMember

QUESTIONS = (
    N_("How are you learning at the moment? What helps you most?"),
    N_("What do you need from me, from the team or from the organisation?"),
    N_("What were your successes since our last conversation, and what was your part?"),
    N_("Which goal matters most to you this period, and why?"),
    N_("Where do you hit a limit: wanting, being able, or being allowed?"),
    N_("What would you like to teach colleagues?"),
)


@dataclass(frozen=True, slots=True)
class GoalSheet:
    """One goal with the support it needs."""

    title: str
    kind: str
    status: str
    due: date | None
    success: str
    support: tuple[str, ...]  # lines such as "Time: ..."
    activities: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PreparationSheet:
    """Everything for one conversation."""

    name: str
    function: str
    specialism: str
    period: str
    goals: tuple[GoalSheet, ...]
    growth: tuple[str, ...]  # "Inkomen: 2 → 3"
    team_contribution: str
    mirror_highlights: tuple[str, ...]
    mirror_shared: bool
    questions: tuple[str, ...]
    notes: str
    agreements: tuple[TeamAgreement, ...]
    own_agreements: tuple[str, ...]  # agreements already in the member's plan
    documents: tuple[SharedDocument, ...] = ()  # evidence the member sent along


QUADRANT_LINES = (
    ("blind_spot", N_("Blind spot: {label} (self {self}, others {others})")),
    ("hidden_strength", N_("Hidden strength: {label} (self {self}, others {others})")),
    ("open_strength", N_("Recognised strength: {label} (others {others})")),
)


def _score(value: Any) -> str:
    return f"{value:.1f}" if isinstance(value, int | float) and not isinstance(value, bool) \
        else "\u2013"


def mirror_highlights(mirror: dict[str, Any] | None, limit: int = 8) -> tuple[str, ...]:
    """Readable lines from the shared mirror summary: blind spots, hidden and recognised
    strengths, then a few comments the member chose to share."""
    if not mirror:
        return ()
    competences = [c for c in mirror.get("competences") or [] if isinstance(c, dict)]
    lines: list[str] = []
    for quadrant, template in QUADRANT_LINES:
        for item in competences:
            if item.get("quadrant") != quadrant:
                continue
            label = item.get("label")
            text = (label.get(current_language()) or label.get("nl")) if isinstance(
                label, dict) else None
            lines.append(_(template).format(label=text if isinstance(text, str) else
                                            str(item.get("id", "")),
                                            self=_score(item.get("self")),
                                            others=_score(item.get("others"))))
    for comment in (mirror.get("comments") or [])[:3]:
        if isinstance(comment, dict) and isinstance(comment.get("text"), str):
            lines.append("\u201c" + comment["text"].strip() + "\u201d")
    return tuple(dict.fromkeys(lines))[:limit]


def _support(goal: Any) -> tuple[str, ...]:
    lines = []
    for label, value in ((N_("Time"), goal.support_time), (N_("Budget"), goal.support_budget),
                         (N_("Allowed (mogen)"), goal.mogen), (N_("Able (kunnen)"), goal.kunnen)):
        if value.strip():
            lines.append(f"{_(label)}: {value.strip()}")
    return tuple(lines)


def preparation_sheet(member: TeamMember, catalogue: Catalogue,
                      agreements: list[TeamAgreement]) -> PreparationSheet:
    """The preparation sheet of ``member``."""
    plan = member.plan
    goals = tuple(
        GoalSheet(g.title, g.kind, g.status, g.due_date, g.success_criteria, _support(g),
                  tuple(a.title for a in g.activities))
        for g in plan.goals if g.status in ("open", "in_progress"))
    growth = []
    for rating in plan.knowledge:
        if rating.target is not None and rating.target > (rating.level or 0):
            before = "–" if rating.level is None else str(rating.level)
            growth.append(f"{catalogue.label_of(rating.block)}: {before} \u2192 {rating.target}")
    return PreparationSheet(
        name=plan.member.name, function=plan.member.function,
        specialism=plan.member.specialism, period=plan.cycle.title, goals=goals,
        growth=tuple(growth), team_contribution=plan.team_contribution,
        mirror_highlights=mirror_highlights(plan.mirror), mirror_shared=plan.mirror is not None,
        questions=tuple(_(q) for q in QUESTIONS), notes=member.notes,
        agreements=tuple(agreements),
        own_agreements=tuple(a.text for a in plan.agreements),
        documents=shared_documents(plan),
    )
