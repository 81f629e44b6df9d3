"""A short fingerprint of a plan's content, printed in the PDF's footer.

It is stored with a signature, so a signed version can be recognised later: a printed PDF
whose footer shows the same fingerprint has the same content. The fingerprint covers what the
owner wrote and chose (profile, plan period, assessments, goals, activities, evaluations,
agreements, the 360 mirror as it may be printed), not how it is printed: the same plan gives
the same fingerprint in Dutch and in English and whatever sections are chosen. Signatures,
sharing choices, the plan's status and the private journal are left out.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date, datetime
from enum import Enum
from typing import Any

from pop.report.plan_content import PlanContent

GROUPS, GROUP_SIZE = 4, 4
_IGNORED = frozenset({"id", "cycle_id", "goal_id", "created_at", "updated_at", "status_at"})


_EMPTY: tuple[Any, ...] = ("", None, [], {})


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # Empty fields are left out, so a field added in a later version (empty in old
        # plans) leaves the fingerprint of an unchanged plan as it was.
        plain = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                 if f.name not in _IGNORED}
        return {k: v for k, v in plain.items() if not any(v == e and type(v) is type(e)
                                                          for e in _EMPTY)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def content_document(content: PlanContent) -> dict[str, Any]:
    """The part of the plan the fingerprint covers, as plain JSON-able data."""
    profile = _plain(content.profile)
    profile.pop("language", None)
    cycle = _plain(content.cycle)
    for key in ("status", "previous_id"):
        cycle.pop(key, None)
    goals = []
    for goal in content.goals:
        item = _plain(goal)
        item["notes"] = _plain(content.notes.get(goal.id, []))
        item["activities"] = _plain(content.activities_of(goal.id))
        goals.append(item)
    mirror = None
    if content.mirror is not None:
        from pop.mirror.shared import shared_from_analysis

        mirror = shared_from_analysis(content.mirror.catalogue, content.mirror.analysis,
                                      content.mirror.round).as_dict()
    return {
        "mirror": mirror,
        "profile": profile,
        "cycle": cycle,
        "knowledge": _plain(content.knowledge),
        "mindset": _plain(content.mindset),
        "reflections": _plain(content.reflections),
        "preferences": _plain(content.preferences),
        "competency_ratings": _plain(content.competency_ratings),
        "goals": goals,
        "other_activities": _plain(content.activities_of(None)),
        "agreements": _plain(content.agreements),
        "evaluations": _plain(content.evaluations),
    }


def fingerprint(content: PlanContent) -> str:
    """The fingerprint, e.g. ``"3F9A 0C21 B77D 9E01"`` (the same for the same content)."""
    canonical = json.dumps(content_document(content), ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest().upper()
    return " ".join(digest[i * GROUP_SIZE:(i + 1) * GROUP_SIZE] for i in range(GROUPS))
