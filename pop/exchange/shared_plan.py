"""The plan as it travels to the team leader: only what the owner shares.

:func:`to_dict` writes a :class:`SharedPlan` as plain JSON data; :func:`from_dict` reads it
back from an outside file, checking every key, type, range and length (a whitelist: an
unknown key is refused). Private journal entries, rater-level feedback, rater names and the
mindset scan have no place in this structure at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pop.errors import ImportRejected
from pop.exchange.bundle_format import (
    ATTACHMENT_MEMBER,
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    MAX_ATTACHMENTS_TOTAL,
)
from pop.i18n import _

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
_SHA256 = re.compile(r"[0-9a-f]{64}")
_TOKEN = r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,63}"
_MEDIA_TYPE = re.compile(f"{_TOKEN}/{_TOKEN}")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


def safe_attachment_name(name: str) -> str:
    """A file name that is only a name: no folders, drive letters or control characters."""
    cleaned = _UNSAFE_NAME.sub("_", name).strip(" .")[:MAX_ATTACHMENT_NAME]
    return cleaned if cleaned and cleaned not in (".", "..") else "document"


def safe_media_type(media_type: str) -> str:
    """``media_type`` when it is a plain ``type/subtype``, else the generic one."""
    if _MEDIA_TYPE.fullmatch(media_type) is None:
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


# --- reading ------------------------------------------------------------------------------

class _In:
    """One node of the outside data, with its place for messages."""

    __slots__ = ("data", "where")

    def __init__(self, data: Any, where: str) -> None:
        self.data = data
        self.where = where

    def fail(self, problem: str) -> ImportRejected:
        return ImportRejected(_("The plan file is not valid ({place}: {problem}). Nothing was "
                                "imported.").format(place=self.where or "plan", problem=problem))

    def obj(self, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> _In:
        if not isinstance(self.data, dict):
            raise self.fail(_("expected a group of fields"))
        for key in self.data:
            if key not in allowed:
                raise self.fail(_("unknown field {key!r}").format(key=key[:40]))
        for key in required:
            if key not in self.data:
                raise self.fail(_("the field {key!r} is missing").format(key=key))
        return self

    def get(self, key: str) -> _In:
        value = self.data.get(key) if isinstance(self.data, dict) else None
        return _In(value, f"{self.where}.{key}" if self.where else key)

    def items(self, limit: int = MAX_ITEMS) -> list[_In]:
        if self.data is None:
            return []
        if not isinstance(self.data, list):
            raise self.fail(_("expected a list"))
        if len(self.data) > limit:
            raise self.fail(_("more than {n} items").format(n=limit))
        return [_In(v, f"{self.where}[{i}]") for i, v in enumerate(self.data)]

    def text(self, limit: int = MAX_TEXT, *, required: bool = False) -> str:
        if self.data is None and not required:
            return ""
        if not isinstance(self.data, str):
            raise self.fail(_("expected a text"))
        if len(self.data) > limit:
            raise self.fail(_("the text is longer than {n} characters").format(n=limit))
        return self.data

    def choice(self, options: tuple[str, ...], default: str) -> str:
        if self.data is None:
            return default
        if self.data not in options:
            raise self.fail(_("unknown value"))
        return str(self.data)

    def number(self, low: int, high: int, *, optional: bool = True) -> int | None:
        if self.data is None and optional:
            return None
        if isinstance(self.data, bool) or not isinstance(self.data, int) or not (
                low <= self.data <= high):
            raise self.fail(_("expected a whole number from {low} to {high}").format(
                low=low, high=high))
        return int(self.data)

    def hours(self) -> float:
        if self.data is None:
            return 0.0
        if isinstance(self.data, bool) or not isinstance(self.data, int | float) or not (
                0 <= self.data <= 10_000):
            raise self.fail(_("expected a number of hours"))
        return float(self.data)

    def day(self) -> date | None:
        if self.data is None:
            return None
        text = self.text(10)
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise self.fail(_("expected a date")) from None

    def ids(self) -> tuple[str, ...]:
        return tuple(item.text(60) for item in self.items(200))


def from_dict(data: Any) -> SharedPlan:
    """Read and check plan data from outside; :class:`ImportRejected` names the problem."""
    root = _In(data, "").obj(
        ("plan_uid", "exported_at", "member", "cycle", "catalogue", "sections") + SECTIONS,
        ("plan_uid", "exported_at", "member", "cycle", "sections"))
    uid = root.get("plan_uid").text(80, required=True)
    if not uid.strip():
        raise root.get("plan_uid").fail(_("empty"))
    stamp_node = root.get("exported_at")
    try:
        exported_at = datetime.fromisoformat(stamp_node.text(40, required=True))
    except ValueError:
        raise stamp_node.fail(_("expected a date and time")) from None
    m = root.get("member").obj(("name", "function", "team", "professional_type", "specialism",
                                "specialism_blocks"), ("name",))
    member = SharedMember(
        m.get("name").text(MAX_SHORT, required=True), m.get("function").text(MAX_SHORT),
        m.get("team").text(MAX_SHORT),
        m.get("professional_type").choice(PROFESSIONAL_TYPES, "t_shaped"),
        m.get("specialism").text(MAX_SHORT), m.get("specialism_blocks").ids())
    c = root.get("cycle").obj(("title", "period_start", "period_end", "status",
                               "conversation_date", "midterm_date", "end_date"))
    cycle = SharedCycle(
        c.get("title").text(MAX_SHORT), c.get("period_start").day(), c.get("period_end").day(),
        c.get("status").choice(STATUSES, "concept"), c.get("conversation_date").day(),
        c.get("midterm_date").day(), c.get("end_date").day())
    cat = root.get("catalogue")
    if cat.data is not None:
        cat.obj(("id", "version"))
    sections = tuple(s.choice(SECTIONS, "") for s in root.get("sections").items(len(SECTIONS)))
    for section in SECTIONS:
        if section not in sections and root.get(section).data is not None:
            raise root.get(section).fail(_("this section was not marked as shared"))
    ctx_node = root.get("context")
    if ctx_node.data is not None:
        ctx_node.obj(("context", "ambition"))
    plan = SharedPlan(
        plan_uid=uid, exported_at=exported_at, member=member, cycle=cycle,
        catalogue_id=cat.get("id").text(80), catalogue_version=cat.get("version").text(40),
        sections=sections,
        context=ctx_node.get("context").text(), ambition=ctx_node.get("ambition").text(),
        knowledge=tuple(_rating(n) for n in root.get("knowledge").items()),
        preferences=_preferences(root.get("preferences")),
        goals=tuple(_goal(n) for n in root.get("goals").items(200)),
        team_contribution=root.get("team_contribution").text(),
        evaluations=tuple(_evaluation(n) for n in root.get("evaluation").items(10)),
        agreements=tuple(_agreement(n) for n in root.get("agreements").items(200)),
        journal=tuple(_journal(n) for n in root.get("journal").items()),
        mirror=_mirror(root.get("mirror")),
    )
    _check_attachments(plan, root.get("goals"))
    return plan


def _check_attachments(plan: SharedPlan, node: _In) -> None:
    """Across the plan: at most so many files, each listed once, a bounded total."""
    files = [f for _goal, _activity, f in plan.attachments()]
    if len(files) > MAX_ATTACHMENTS:
        raise node.fail(_("more than {n} attachments").format(n=MAX_ATTACHMENTS))
    if len({f.file for f in files}) != len(files):
        raise node.fail(_("an attachment is listed twice"))
    if sum(f.size for f in files) > MAX_ATTACHMENTS_TOTAL:
        raise node.fail(_("the attachments together are larger than {mb} MB").format(
            mb=MAX_ATTACHMENTS_TOTAL // (1024 * 1024)))


def _rating(n: _In) -> SharedRating:
    n.obj(("block", "level", "target", "priority", "learn_from"), ("block",))
    return SharedRating(n.get("block").text(60, required=True), n.get("level").number(0, 4),
                        n.get("target").number(0, 4),
                        n.get("priority").number(0, 3) or 0, n.get("learn_from").text(2000))


def _preferences(n: _In) -> dict[str, int]:
    if n.data is None:
        return {}
    if not isinstance(n.data, dict) or len(n.data) > 50:
        raise n.fail(_("expected a group of scores"))
    result: dict[str, int] = {}
    for key in n.data:
        score = n.get(key).number(1, 5, optional=False)
        assert score is not None
        result[_In(key, n.where).text(60)] = score
    return result


def _goal(n: _In) -> SharedGoal:
    n.obj(("title", "kind", "description", "success_criteria", "due_date", "willen", "kunnen",
           "mogen", "support_time", "support_budget", "status", "blocks", "competencies",
           "activities"), ("title",))
    t = n.get
    return SharedGoal(
        t("title").text(MAX_SHORT * 2, required=True), t("kind").choice(GOAL_KINDS, "learning"),
        t("description").text(), t("success_criteria").text(), t("due_date").day(),
        t("willen").text(), t("kunnen").text(), t("mogen").text(), t("support_time").text(),
        t("support_budget").text(), t("status").choice(GOAL_STATUSES, "open"),
        t("blocks").ids(), t("competencies").ids(),
        tuple(_activity(a) for a in t("activities").items(200)))


def _activity(n: _In) -> SharedActivity:
    n.obj(("title", "type", "date", "hours", "status", "attachments"), ("title",))
    return SharedActivity(n.get("title").text(MAX_SHORT * 2, required=True),
                          n.get("type").choice(ACTIVITY_TYPES, "70"), n.get("date").day(),
                          n.get("hours").hours(),
                          n.get("status").choice(ACTIVITY_STATUSES, "planned"),
                          tuple(_attachment(a) for a in n.get("attachments").items(
                              MAX_ATTACHMENTS)))


def _attachment(n: _In) -> SharedAttachment:
    n.obj(("file", "name", "size", "sha256", "media_type"),
          ("file", "name", "size", "sha256", "media_type"))
    file = n.get("file").text(20, required=True)
    if ATTACHMENT_MEMBER.fullmatch(file) is None:
        raise n.get("file").fail(_("not a place for an attachment"))
    name = n.get("name").text(MAX_ATTACHMENT_NAME, required=True)
    if safe_attachment_name(name) != name:
        raise n.get("name").fail(_("not a plain file name"))
    size = n.get("size").number(1, MAX_ATTACHMENT_BYTES, optional=False)
    assert size is not None
    digest = n.get("sha256").text(64, required=True)
    if _SHA256.fullmatch(digest) is None:
        raise n.get("sha256").fail(_("not a SHA-256 checksum"))
    media = n.get("media_type").text(129, required=True)
    if _MEDIA_TYPE.fullmatch(media) is None:
        raise n.get("media_type").fail(_("not a media type"))
    return SharedAttachment(file, name, size, digest, media)


def _evaluation(n: _In) -> SharedEvaluation:
    n.obj(("kind", "date", "text", "next_steps"), ("kind",))
    return SharedEvaluation(n.get("kind").choice(("midterm", "end"), "midterm"),
                            n.get("date").day(), n.get("text").text(),
                            n.get("next_steps").text())


def _agreement(n: _In) -> SharedAgreement:
    n.obj(("text", "date", "source", "author"), ("text",))
    return SharedAgreement(n.get("text").text(required=True), n.get("date").day(),
                           n.get("source").choice(("own", "leader"), "own"),
                           n.get("author").text(MAX_SHORT))


def _journal(n: _In) -> SharedJournalEntry:
    n.obj(("date", "title", "experience", "reflection", "insight", "next_step", "success",
           "my_part"))
    t = n.get
    return SharedJournalEntry(t("date").day(), t("title").text(MAX_SHORT * 2),
                              t("experience").text(), t("reflection").text(),
                              t("insight").text(), t("next_step").text(), t("success").text(),
                              t("my_part").text())


def _mirror(n: _In) -> dict[str, Any] | None:
    """The shared mirror summary: plain data only (texts, numbers, lists, groups)."""
    if n.data is None:
        return None
    if not isinstance(n.data, dict):
        raise n.fail(_("expected a group of fields"))
    count = 0
    stack: list[Any] = [n.data]
    while stack:
        value = stack.pop()
        count += 1
        if count > MAX_MIRROR_NODES:
            raise n.fail(_("too much data"))
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            if len(value) > MAX_TEXT:
                raise n.fail(_("the text is longer than {n} characters").format(n=MAX_TEXT))
        elif value is not None and not isinstance(value, int | float | bool):
            raise n.fail(_("unexpected value"))
    return n.data
