"""The agreements file: from the team leader back to the member after the conversation.

One strict-JSON file (``.popa``): format name and version, the member's plan id (so it only
goes into the right plan), who wrote it, when, a checksum over the agreements, and the
agreements themselves. The member imports it into the agreements of their current plan
period (source "leader"); importing the same file again adds nothing twice.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pop import strict_json
from pop.atomic import atomic_write_bytes
from pop.context import AppContext
from pop.domain.cycle import AgreementSource
from pop.errors import ImportRejected, InputError
from pop.i18n import _

FORMAT = "spiegelplan-agreements"
FORMAT_VERSION = 1
SUFFIX = ".popa"
MAX_BYTES = 1024 * 1024
MAX_AGREEMENTS = 200
MAX_TEXT = 20_000


@dataclass(frozen=True, slots=True)
class AgreementsFile:
    """What an agreements file says."""

    plan_uid: str
    member: str
    leader: str
    created: datetime
    agreements: tuple[tuple[str, date | None], ...]


def _checksum(items: list[dict[str, Any]]) -> str:
    canonical = json.dumps(items, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def agreements_bytes(content: AgreementsFile) -> bytes:
    """The file's bytes."""
    items = [{"text": text, "date": on.isoformat() if on else None}
             for text, on in content.agreements]
    data = {"format": FORMAT, "format_version": FORMAT_VERSION, "plan_uid": content.plan_uid,
            "member": content.member, "leader": content.leader,
            "created": content.created.isoformat(), "agreements": items,
            "checksum": _checksum(items)}
    return strict_json.dumps(data).encode("utf-8")


def write_agreements(content: AgreementsFile, target: str | Path) -> Path:
    """Write the agreements file atomically."""
    if not content.agreements:
        raise InputError(_("There are no agreements to send yet."))
    path = Path(target)
    atomic_write_bytes(path, agreements_bytes(content))
    return path


def _refuse(name: str, problem: str) -> ImportRejected:
    return ImportRejected(_("{file} cannot be imported: {problem} Nothing was changed.").format(
        file=name, problem=problem))


def read_agreements(path: str | Path) -> AgreementsFile:
    """Read and check an agreements file."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_BYTES:
            raise _refuse(file.name, _("the file is too large to be an agreements file."))
        data = file.read_bytes()
    except FileNotFoundError:
        raise _refuse(file.name, _("the file does not exist.")) from None
    except OSError as exc:
        raise _refuse(file.name, _("the file could not be read ({reason}).").format(
            reason=exc.strerror or exc)) from None
    return parse_agreements(data, file.name)


def parse_agreements(data: bytes, name: str = "agreements file") -> AgreementsFile:
    """Check the bytes of an agreements file."""
    if len(data) > MAX_BYTES:
        raise _refuse(name, _("the file is too large to be an agreements file."))
    try:
        root = strict_json.loads(data)
    except ValueError as exc:
        raise _refuse(name, _("it is not valid ({reason}).").format(reason=exc)) from None
    _check_envelope(root, name)
    texts = {key: root.get(key) for key in ("plan_uid", "member", "leader", "created")}
    if not all(isinstance(v, str) and len(v) <= 400 for v in texts.values()) or not texts[
            "plan_uid"]:
        raise _refuse(name, _("a required field is missing or not a text."))
    try:
        created = datetime.fromisoformat(str(texts["created"]))
    except ValueError:
        raise _refuse(name, _("its date is not readable.")) from None
    items = root.get("agreements")
    agreements = _agreement_items(items, name)
    if root.get("checksum") != _checksum(items):
        raise _refuse(name, _("its content does not match its checksum: the file was changed "
                              "or damaged on the way."))
    return AgreementsFile(str(texts["plan_uid"]), str(texts["member"]), str(texts["leader"]),
                          created, tuple(agreements))


def _check_envelope(root: Any, name: str) -> None:
    if not isinstance(root, dict) or root.get("format") != FORMAT:
        raise _refuse(name, _("it is not a Spiegelplan agreements file."))
    allowed = {"format", "format_version", "plan_uid", "member", "leader", "created",
               "agreements", "checksum"}
    if any(key not in allowed for key in root):
        raise _refuse(name, _("it holds an unknown field."))
    version = root.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _refuse(name, _("its format version is not readable."))
    if version > FORMAT_VERSION:
        raise _refuse(name, _("it was made by a newer version of Spiegelplan. Install the "
                              "newest Spiegelplan."))


def _agreement_items(items: Any, name: str) -> list[tuple[str, date | None]]:
    if not isinstance(items, list) or not items or len(items) > MAX_AGREEMENTS:
        raise _refuse(name, _("it holds no readable list of agreements."))
    agreements: list[tuple[str, date | None]] = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {"text", "date"}:
            raise _refuse(name, _("an agreement is not readable."))
        text, on = item["text"], item["date"]
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
            raise _refuse(name, _("an agreement has no readable text."))
        agreements.append((text, _day(on, name)))
    return agreements


def _day(on: Any, name: str) -> date | None:
    if on is None:
        return None
    if isinstance(on, str) and len(on) == 10:
        try:
            return date.fromisoformat(on)
        except ValueError:
            pass
    raise _refuse(name, _("an agreement has an unreadable date."))


def import_agreements(ctx: AppContext, path: str | Path) -> int:
    """Add the leader's agreements to the current plan period; returns how many were new."""
    content = read_agreements(path)
    name = Path(path).name
    profile = ctx.profile.get()
    if content.plan_uid != profile.plan_uid:
        raise _refuse(name, _("it was made for the plan of {member}, not for this plan.")
                      .format(member=content.member or "?"))
    cycle = ctx.current_cycle()
    if cycle is None:
        raise _refuse(name, _("this plan has no plan period yet."))
    existing = {(a.text, a.date) for a in ctx.agreements.for_cycle(cycle.id)
                if a.source is AgreementSource.LEADER}
    added = 0
    with ctx.db.transaction():
        for text, on in content.agreements:
            if (text, on) in existing:
                continue
            ctx.agreements.add(cycle.id, text, on=on, source=AgreementSource.LEADER,
                               author=content.leader)
            existing.add((text, on))
            added += 1
    return added
