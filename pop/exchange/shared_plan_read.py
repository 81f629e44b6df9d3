"""Read plan data from outside into a :class:`~pop.exchange.shared_plan.SharedPlan`.

Strict: every group of fields has a fixed set of keys, every text and list a limit, every
choice a fixed set of values; the first problem is named with its place in the data.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pop.errors import ImportRejected
from pop.exchange.bundle_format import (
    ATTACHMENT_MEMBER,
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    MAX_ATTACHMENTS_TOTAL,
)
from pop.exchange.shared_plan import (
    ACTIVITY_STATUSES,
    ACTIVITY_TYPES,
    GOAL_KINDS,
    GOAL_STATUSES,
    MAX_ATTACHMENT_NAME,
    MAX_ITEMS,
    MAX_MIRROR_NODES,
    MAX_SHORT,
    MAX_TEXT,
    MEDIA_TYPE,
    PROFESSIONAL_TYPES,
    SECTIONS,
    SHA256_HEX,
    STATUSES,
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
    safe_attachment_name,
)
from pop.i18n import _


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
    if SHA256_HEX.fullmatch(digest) is None:
        raise n.get("sha256").fail(_("not a SHA-256 checksum"))
    media = n.get("media_type").text(129, required=True)
    if MEDIA_TYPE.fullmatch(media) is None:
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
