"""Evidence that may travel in the plan file, and the plan file with the chosen attachments.

Evidence goes along only when the owner shares the goals section with the team leader and
ticks the files one by one (documents may hold personal data, so nothing is ticked by
default). Only evidence of activities under a goal can go: those are the activities a plan
file carries.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from pop.context import AppContext
from pop.domain.sharing import Section
from pop.errors import InputError
from pop.exchange import bundle_format as fmt
from pop.exchange.plan_collect import collect
from pop.exchange.shared_plan import (
    SharedAttachment,
    SharedPlan,
    safe_attachment_name,
    safe_media_type,
)
from pop.i18n import _, current_language
from pop.privacy.attachment_check import DocumentCheck, check_document


@dataclass(frozen=True, slots=True)
class EvidenceChoice:
    """One document the owner may send along."""

    id: int
    name: str  # as it will be shown to the team leader
    size: int
    media_type: str
    activity: str
    goal: str
    activity_id: int = 0


@dataclass(frozen=True, slots=True)
class PlanBundle:
    """A plan ready to write, with the bytes of its attachments by ``attachments/<n>``."""

    plan: SharedPlan
    attachments: dict[str, bytes] = field(default_factory=dict)


def size_text(size: int) -> str:
    """A file size for people: "12 kB", "1,4 MB"."""
    if size < 1024 * 1024:
        return _("{size} kB").format(size=max(1, round(size / 1024)))
    number = f"{size / (1024 * 1024):.1f}"
    if current_language() == "nl":
        number = number.replace(".", ",")
    return _("{size} MB").format(size=number)


def goals_shared(ctx: AppContext) -> bool:
    """True when the owner shares the goals section (the only way evidence can go along)."""
    choice = ctx.sharing.all()[Section.GOALS]
    return bool(choice.with_leader) and Section.GOALS.may_leave_for_leader


def evidence_count(ctx: AppContext, cycle_id: int | None = None) -> int:
    """How many evidence documents the plan period holds (shared or not)."""
    cycle = ctx.cycles.get(cycle_id) if cycle_id is not None else ctx.current_cycle()
    return len(ctx.evidence.for_cycle(cycle.id)) if cycle is not None else 0


def shareable_evidence(ctx: AppContext, cycle_id: int | None = None) -> list[EvidenceChoice]:
    """The documents of the plan period's goal activities, when the goals are shared."""
    cycle = ctx.cycles.get(cycle_id) if cycle_id is not None else ctx.current_cycle()
    if cycle is None or not goals_shared(ctx):
        return []
    goals = {g.id: g.title for g in ctx.goals.for_cycle(cycle.id)}
    activities = {a.id: a for a in ctx.activities.for_cycle(cycle.id) if a.goal_id in goals}
    return [EvidenceChoice(e.id, safe_attachment_name(e.filename), e.size,
                           safe_media_type(e.mime_type), activities[e.activity_id].title,
                           goals[activities[e.activity_id].goal_id or 0], e.activity_id)
            for e in ctx.evidence.for_cycle(cycle.id) if e.activity_id in activities]


def collect_bundle(ctx: AppContext, cycle_id: int | None = None, now: datetime | None = None,
                   evidence_ids: Collection[int] = (), *,
                   all_evidence: bool = False) -> PlanBundle:
    """The shared plan with the evidence in ``evidence_ids`` (default: none), or with every
    document that may go along when ``all_evidence``."""
    available = shareable_evidence(ctx, cycle_id)
    chosen = [c for c in available if all_evidence or c.id in evidence_ids]
    if len(chosen) > fmt.MAX_ATTACHMENTS:
        raise InputError(_("A plan file can carry at most {n} documents. Choose fewer. "
                           "Nothing was written.").format(n=fmt.MAX_ATTACHMENTS))
    total = sum(c.size for c in chosen)
    if total > fmt.MAX_ATTACHMENTS_TOTAL:
        raise InputError(_("The documents you chose are together {size}; a plan file can "
                           "carry at most {limit}. Choose fewer. Nothing was written.").format(
                               size=size_text(total), limit=size_text(fmt.MAX_ATTACHMENTS_TOTAL)))
    attached: dict[int, tuple[SharedAttachment, ...]] = {}
    files: dict[str, bytes] = {}
    for number, choice in enumerate(chosen, start=1):
        data = ctx.evidence.data(choice.id)
        if not data or len(data) > fmt.MAX_ATTACHMENT_BYTES:
            raise InputError(_("The document {name} could not be read. Nothing was "
                               "written.").format(name=choice.name))
        member = fmt.attachment_member(number)
        files[member] = data
        activity_id = choice.activity_id
        attached[activity_id] = (*attached.get(activity_id, ()), SharedAttachment(
            member, choice.name, len(data), fmt.sha256(data), choice.media_type))
    return PlanBundle(collect(ctx, cycle_id, now, attached), files)


def check_evidence(ctx: AppContext, choices: Collection[EvidenceChoice]) -> list[DocumentCheck]:
    """The client-data check of each document's content, in the order of ``choices``."""
    return [check_document(c.name, c.media_type, ctx.evidence.data(c.id)) for c in choices]


def chosen_summary(choices: Collection[EvidenceChoice]) -> str:
    """"2 documents (1,4 MB)" for the overview of what leaves the laptop."""
    if not choices:
        return _("no documents ticked")
    total = size_text(sum(c.size for c in choices))
    if len(choices) == 1:
        return _("1 document ({size})").format(size=total)
    return _("{n} documents ({size})").format(n=len(choices), size=total)
