"""Gather what the owner shares with the team leader, following the sharing choices.

Per section the owner decides; some things never leave whatever is chosen: private journal
entries, the mindset scan, rater-level feedback and rater names (the mirror section carries
only the summary that :mod:`pop.mirror.shared` says may leave the laptop, when it exists).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pop.context import AppContext
from pop.domain.cycle import EvaluationKind
from pop.domain.goals import LinkKind
from pop.domain.sharing import Section
from pop.errors import InputError
from pop.exchange.shared_plan import (
    SharedActivity,
    SharedAgreement,
    SharedAttachment,
    SharedCycle,
    SharedEvaluation,
    SharedGoal,
    SharedJournalEntry,
    SharedMember,
    SharedPlan,
    SharedRating,
)
from pop.i18n import N_, _

SECTION_LABELS: dict[Section, str] = {
    Section.CONTEXT: N_("Context and ambition"),
    Section.KNOWLEDGE: N_("Knowledge levels"),
    Section.MIRROR: N_("360° feedback summary"),
    Section.MINDSET: N_("Growth mindset scan"),
    Section.PREFERENCES: N_("Learning preferences"),
    Section.GOALS: N_("Goals, support and activities"),
    Section.TEAM_CONTRIBUTION: N_("What you offer the team"),
    Section.EVALUATION: N_("Evaluations"),
    Section.AGREEMENTS: N_("Agreements"),
    Section.JOURNAL: N_("Journal entries you marked as shareable"),
}


def mirror_source() -> Callable[[AppContext, int], Any] | None:
    """``pop.mirror.shared.shareable_mirror`` once the mirror work has landed, else ``None``."""
    try:
        module = importlib.import_module("pop.mirror.shared")
    except ImportError:
        return None
    found = getattr(module, "shareable_mirror", None)
    return found if callable(found) else None


def _shared_mirror(ctx: AppContext, cycle_id: int) -> dict[str, Any] | None:
    source = mirror_source()
    if source is None:
        return None
    shared = source(ctx, cycle_id)
    if shared is None:
        return None
    data = shared.as_dict()
    return data if isinstance(data, dict) else None


def collect(ctx: AppContext, cycle_id: int | None = None, now: datetime | None = None,
            attached: Mapping[int, tuple[SharedAttachment, ...]] | None = None) -> SharedPlan:
    """The shared plan of ``cycle_id`` (default: the current cycle). ``attached`` lists the
    evidence the owner chose to send along, per activity id (see
    :mod:`pop.exchange.bundle_attachments`); only used when the goals are shared."""
    cycle = ctx.cycles.get(cycle_id) if cycle_id is not None else ctx.current_cycle()
    if cycle is None:
        raise InputError(_("There is no plan period to share yet.") if cycle_id is None else
                         _("There is no plan period with number {id}.").format(id=cycle_id))
    profile = ctx.profile.get()
    if not profile.is_started:
        raise InputError(_("Fill in your name on the profile page before you share your plan."))
    choices = ctx.sharing.all()
    shared = [s for s in Section if choices[s].with_leader and s.may_leave_for_leader]
    mirror = _shared_mirror(ctx, cycle.id) if Section.MIRROR in shared else None
    if mirror is None and Section.MIRROR in shared:
        shared.remove(Section.MIRROR)
    on = set(shared)
    goals = ctx.goals.for_cycle(cycle.id) if Section.GOALS in on else []
    activities = ctx.activities.for_cycle(cycle.id) if Section.GOALS in on else []
    return SharedPlan(
        plan_uid=profile.plan_uid,
        exported_at=now or datetime.now(),
        member=SharedMember(profile.name, profile.function, profile.team,
                            str(profile.professional_type), profile.specialism,
                            tuple(profile.specialism_blocks)),
        cycle=SharedCycle(cycle.title, cycle.period_start, cycle.period_end, str(cycle.status),
                          cycle.conversation_date, cycle.midterm_date, cycle.end_date),
        catalogue_id=cycle.catalogue_id, catalogue_version=cycle.catalogue_version,
        sections=tuple(s.value for s in shared),
        context=cycle.context if Section.CONTEXT in on else "",
        ambition=cycle.ambition if Section.CONTEXT in on else "",
        knowledge=tuple(
            SharedRating(r.block_id, r.level, r.target, int(r.priority), r.learn_from)
            for r in ctx.assessments.knowledge(cycle.id).values()) if Section.KNOWLEDGE in on
        else (),
        preferences={k: v.score for k, v in ctx.assessments.preferences(cycle.id).items()}
        if Section.PREFERENCES in on else {},
        goals=tuple(
            SharedGoal(
                g.title, str(g.kind), g.description, g.success_criteria, g.due_date, g.willen,
                g.kunnen, g.mogen, g.support_time, g.support_budget, str(g.status),
                tuple(link.ref for link in g.links if link.kind is LinkKind.BLOCK),
                tuple(link.ref for link in g.links if link.kind is LinkKind.COMPETENCY),
                tuple(SharedActivity(a.title, str(a.type.value), a.date, a.hours,
                                     str(a.status), (attached or {}).get(a.id, ()))
                      for a in activities if a.goal_id == g.id))
            for g in goals),
        team_contribution=cycle.team_contribution if Section.TEAM_CONTRIBUTION in on else "",
        evaluations=tuple(
            SharedEvaluation(str(e.kind), e.date, e.text, e.next_steps)
            for e in (ctx.cycles.evaluation(cycle.id, k) for k in EvaluationKind)
            if e.text or e.next_steps) if Section.EVALUATION in on else (),
        agreements=tuple(SharedAgreement(a.text, a.date, str(a.source), a.author)
                         for a in ctx.agreements.for_cycle(cycle.id))
        if Section.AGREEMENTS in on else (),
        journal=tuple(
            SharedJournalEntry(j.date, j.title, j.experience, j.reflection, j.insight,
                               j.next_step, j.success, j.my_part)
            for j in ctx.journal.all(include_private=False) if not j.private)
        if Section.JOURNAL in on else (),
        mirror=mirror,
    )


@dataclass(frozen=True, slots=True)
class SectionPreview:
    """One line of "what leaves the laptop"."""

    section: Section | None  # None: who you are and the plan period (always along)
    label: str
    included: bool
    detail: str  # e.g. "4 goals", or why it stays here


def preview(ctx: AppContext, plan: SharedPlan) -> list[SectionPreview]:
    """Per section: whether it goes along and what it holds (for the share dialog)."""
    choices = ctx.sharing.all()
    counts: dict[Section, str] = {
        Section.CONTEXT: _("context and ambition"),
        Section.KNOWLEDGE: _count(len(plan.knowledge), N_("1 knowledge level"),
                                  N_("{n} knowledge levels")),
        Section.MIRROR: _("the summary per group of raters, no names and no single answers"),
        Section.PREFERENCES: _count(len(plan.preferences), N_("1 score"), N_("{n} scores")),
        Section.GOALS: _count(len(plan.goals), N_("1 goal with its activities"),
                              N_("{n} goals with their activities")),
        Section.TEAM_CONTRIBUTION: _("one text"),
        Section.EVALUATION: _count(len(plan.evaluations), N_("1 evaluation"),
                                   N_("{n} evaluations")),
        Section.AGREEMENTS: _count(len(plan.agreements), N_("1 agreement"),
                                   N_("{n} agreements")),
        Section.JOURNAL: _count(len(plan.journal), N_("1 entry not marked private"),
                                N_("{n} entries not marked private")),
    }
    result: list[SectionPreview] = [SectionPreview(None, _("About you"), True, _(
        "name, function, team, specialism and the plan period with its dates (always, so "
        "your team leader knows whose plan it is)"))]
    for section in Section:
        included = section.value in plan.sections
        if section is Section.MINDSET:
            detail = _("never shared: it is for your own reflection")
        elif included:
            detail = counts[section]
        elif section is Section.MIRROR and choices[section].with_leader:
            detail = _("nothing to share yet")
        else:
            detail = _("stays on this laptop (your choice)")
        result.append(SectionPreview(section, _(SECTION_LABELS[section]), included, detail))
    return result


def _count(n: int, one: str, many: str) -> str:
    """``one`` (translated) for 1, otherwise ``many`` with the number."""
    return _(one) if n == 1 else _(many).format(n=n)


def shared_texts(plan: SharedPlan) -> list[tuple[str, str]]:
    """Every free text in the plan file with its place, for the client-data scan."""
    texts: list[tuple[str, str]] = [
        (_("Context"), plan.context), (_("Ambition"), plan.ambition),
        (_("What you offer the team"), plan.team_contribution),
    ]
    texts += [(_("Knowledge: where to learn"), r.learn_from) for r in plan.knowledge]
    for number, goal in enumerate(plan.goals, start=1):
        where = _("Goal {n}").format(n=number)
        texts += [(where, t) for t in (goal.title, goal.description, goal.success_criteria,
                                       goal.willen, goal.kunnen, goal.mogen, goal.support_time,
                                       goal.support_budget)]
        texts += [(where, a.title) for a in goal.activities]
        texts += [(where, f.name) for a in goal.activities for f in a.attachments]
    texts += [(_("Evaluation"), t) for e in plan.evaluations for t in (e.text, e.next_steps)]
    texts += [(_("Agreement"), a.text) for a in plan.agreements]
    for entry in plan.journal:
        where = _("Journal {date}").format(date=entry.date.isoformat() if entry.date else "")
        texts += [(where, t) for t in (entry.title, entry.experience, entry.reflection,
                                       entry.insight, entry.next_step, entry.success,
                                       entry.my_part)]
    if plan.mirror is not None:
        texts += [(_("360° feedback summary"), t) for t in _strings(plan.mirror)]
    return [(where, text) for where, text in texts if text]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
