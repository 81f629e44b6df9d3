"""The plan as it travels to the team leader: only what the owner shares.

:func:`to_dict` writes a :class:`SharedPlan` as plain JSON data; :func:`from_dict` reads it
back from an outside file (:mod:`pop.exchange.shared_plan_read`), checking every key, type,
range and length (a whitelist: an unknown key is refused). Private journal entries,
rater-level feedback, rater names and the mindset scan have no place in this structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

MAX_TEXT = 20_000
MAX_SHORT = 400
MAX_ITEMS = 500
MAX_MIRROR_NODES = 5_000
SECTIONS = ("context", "knowledge", "mirror", "preferences", "goals", "team_contribution",
            "evaluation", "agreements", "journal")
PROFESSIONAL_TYPES = ("t_shaped", "generalist", "specialist")
STATUSES = ("concept", "discussed", "agreed", "evaluated")
GOAL_KINDS = ("learning", "performance")
GOAL_STATUSES = ("open", "in_progress", "achieved", "stopped")
ACTIVITY_TYPES = ("70", "20", "10")
ACTIVITY_STATUSES = ("planned", "in_progress", "done", "cancelled")
MAX_ATTACHMENT_NAME = 200
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_TOKEN = r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}"
MEDIA_TYPE = re.compile(f"{_TOKEN}/{_TOKEN}")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


def safe_attachment_name(name: str) -> str:
    """A file name that is only a name: no folders, drive letters or control characters."""
    cleaned = _UNSAFE_NAME.sub("_", name).strip(" .")[:MAX_ATTACHMENT_NAME]
    return cleaned if cleaned and cleaned not in (".", "..") else "document"


def safe_media_type(media_type: str) -> str:
    """``media_type`` when it is a plain ``type/subtype``, else the generic one."""
    if MEDIA_TYPE.fullmatch(media_type) is None:
        return "application/octet-stream"
    return media_type


@dataclass(frozen=True, slots=True)
class SharedAttachment:
    """An evidence document that travels in the bundle as ``file`` (``attachments/<n>``)."""

    file: str
    name: str
    size: int
    sha256: str
    media_type: str = "application/octet-stream"


@dataclass(frozen=True, slots=True)
class SharedMember:
    """Who the plan belongs to (always shared: the leader must know whose plan it is)."""

    name: str
    function: str = ""
    team: str = ""
    professional_type: str = "t_shaped"
    specialism: str = ""
    specialism_blocks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SharedCycle:
    """The plan period with its conversation dates."""

    title: str
    period_start: date | None = None
    period_end: date | None = None
    status: str = "concept"
    conversation_date: date | None = None
    midterm_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True, slots=True)
class SharedRating:
    """A knowledge level on one block."""

    block: str
    level: int | None
    target: int | None
    priority: int = 0
    learn_from: str = ""


@dataclass(frozen=True, slots=True)
class SharedActivity:
    """A learning activity of a goal."""

    title: str
    type: str = "70"
    date: date | None = None
    hours: float = 0.0
    status: str = "planned"
    attachments: tuple[SharedAttachment, ...] = ()


@dataclass(frozen=True, slots=True)
class SharedGoal:
    """A goal with the support it needs."""

    title: str
    kind: str = "learning"
    description: str = ""
    success_criteria: str = ""
    due_date: date | None = None
    willen: str = ""
    kunnen: str = ""
    mogen: str = ""
    support_time: str = ""
    support_budget: str = ""
    status: str = "open"
    blocks: tuple[str, ...] = ()
    competencies: tuple[str, ...] = ()
    activities: tuple[SharedActivity, ...] = ()


@dataclass(frozen=True, slots=True)
class SharedEvaluation:
    """A mid-term or end evaluation."""

    kind: str
    date: date | None = None
    text: str = ""
    next_steps: str = ""


@dataclass(frozen=True, slots=True)
class SharedAgreement:
    """An agreement already in the plan."""

    text: str
    date: date | None = None
    source: str = "own"
    author: str = ""


@dataclass(frozen=True, slots=True)
class SharedJournalEntry:
    """A journal entry the owner explicitly made shareable."""

    date: date | None
    title: str = ""
    experience: str = ""
    reflection: str = ""
    insight: str = ""
    next_step: str = ""
    success: str = ""
    my_part: str = ""


@dataclass(frozen=True, slots=True)
class SharedPlan:
    """Everything a plan file carries."""

    plan_uid: str
    exported_at: datetime
    member: SharedMember
    cycle: SharedCycle
    catalogue_id: str = ""
    catalogue_version: str = ""
    sections: tuple[str, ...] = ()
    context: str = ""
    ambition: str = ""
    knowledge: tuple[SharedRating, ...] = ()
    preferences: dict[str, int] = field(default_factory=dict)
    goals: tuple[SharedGoal, ...] = ()
    team_contribution: str = ""
    evaluations: tuple[SharedEvaluation, ...] = ()
    agreements: tuple[SharedAgreement, ...] = ()
    journal: tuple[SharedJournalEntry, ...] = ()
    mirror: dict[str, Any] | None = None

    def shares(self, section: str) -> bool:
        """True when the owner shared ``section``."""
        return section in self.sections

    def attachments(self) -> list[tuple[SharedGoal, SharedActivity, SharedAttachment]]:
        """Every attachment with the goal and activity it belongs to, in file order."""
        return [(g, a, f) for g in self.goals for a in g.activities for f in a.attachments]

    def levels(self) -> dict[str, int]:
        """Knowledge level per block (rated blocks only)."""
        return {r.block: r.level for r in self.knowledge if r.level is not None}


# --- writing ------------------------------------------------------------------------------

def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def to_dict(plan: SharedPlan) -> dict[str, Any]:
    """``plan`` as JSON data (dates as ISO text)."""
    m, c = plan.member, plan.cycle
    data: dict[str, Any] = {
        "plan_uid": plan.plan_uid,
        "exported_at": plan.exported_at.isoformat(),
        "member": {"name": m.name, "function": m.function, "team": m.team,
                   "professional_type": m.professional_type, "specialism": m.specialism,
                   "specialism_blocks": list(m.specialism_blocks)},
        "cycle": {"title": c.title, "period_start": _d(c.period_start),
                  "period_end": _d(c.period_end), "status": c.status,
                  "conversation_date": _d(c.conversation_date),
                  "midterm_date": _d(c.midterm_date), "end_date": _d(c.end_date)},
        "catalogue": {"id": plan.catalogue_id, "version": plan.catalogue_version},
        "sections": list(plan.sections),
    }
    if plan.shares("context"):
        data["context"] = {"context": plan.context, "ambition": plan.ambition}
    if plan.shares("knowledge"):
        data["knowledge"] = [{"block": r.block, "level": r.level, "target": r.target,
                              "priority": r.priority, "learn_from": r.learn_from}
                             for r in plan.knowledge]
    if plan.shares("preferences"):
        data["preferences"] = dict(plan.preferences)
    if plan.shares("goals"):
        data["goals"] = [_goal_dict(g) for g in plan.goals]
    if plan.shares("team_contribution"):
        data["team_contribution"] = plan.team_contribution
    if plan.shares("evaluation"):
        data["evaluation"] = [{"kind": e.kind, "date": _d(e.date), "text": e.text,
                               "next_steps": e.next_steps} for e in plan.evaluations]
    if plan.shares("agreements"):
        data["agreements"] = [{"text": a.text, "date": _d(a.date), "source": a.source,
                               "author": a.author} for a in plan.agreements]
    if plan.shares("journal"):
        data["journal"] = [{"date": _d(j.date), "title": j.title, "experience": j.experience,
                            "reflection": j.reflection, "insight": j.insight,
                            "next_step": j.next_step, "success": j.success, "my_part": j.my_part}
                           for j in plan.journal]
    if plan.shares("mirror") and plan.mirror is not None:
        data["mirror"] = plan.mirror
    return data


def _goal_dict(g: SharedGoal) -> dict[str, Any]:
    return {
        "title": g.title, "kind": g.kind, "description": g.description,
        "success_criteria": g.success_criteria, "due_date": _d(g.due_date),
        "willen": g.willen, "kunnen": g.kunnen, "mogen": g.mogen,
        "support_time": g.support_time, "support_budget": g.support_budget,
        "status": g.status, "blocks": list(g.blocks), "competencies": list(g.competencies),
        "activities": [_activity_dict(a) for a in g.activities],
    }


def _activity_dict(a: SharedActivity) -> dict[str, Any]:
    data: dict[str, Any] = {"title": a.title, "type": a.type, "date": _d(a.date),
                            "hours": a.hours, "status": a.status}
    if a.attachments:  # only then: a plan without attachments reads as before
        data["attachments"] = [{"file": f.file, "name": f.name, "size": f.size,
                                "sha256": f.sha256, "media_type": f.media_type}
                               for f in a.attachments]
    return data
