"""Write a plan bundle for the team leader (atomically; optionally with a password).

Attachments travel as ``attachments/<n>`` next to the plan, stored without compression
(documents such as PDFs and photos are compressed already; sealed bytes never compress).
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pop import __version__, strict_json
from pop.atomic import atomic_write_bytes
from pop.errors import InputError
from pop.exchange import bundle_format as fmt
from pop.exchange.shared_plan import SharedPlan, to_dict
from pop.i18n import _

_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def plan_json(plan: SharedPlan) -> bytes:
    """The plan member's bytes."""
    return strict_json.dumps(to_dict(plan)).encode("utf-8")


def _check_attachments(plan: SharedPlan, attachments: Mapping[str, bytes]) -> None:
    """Every listed attachment has its bytes (right size and checksum), nothing more."""
    listed = {f.file: f for _goal, _activity, f in plan.attachments()}
    problem = set(listed) != set(attachments) or any(
        len(attachments[k]) != f.size or fmt.sha256(attachments[k]) != f.sha256
        for k, f in listed.items())
    if problem:
        raise InputError(_("The attachments changed while the plan file was being made. Try "
                           "again. Nothing was written."))


def bundle_bytes(plan: SharedPlan, password: str | None = None,
                 attachments: Mapping[str, bytes] | None = None) -> bytes:
    """The whole bundle as bytes; ``attachments`` holds the bytes of every file the plan
    lists (by its ``attachments/<n>`` name)."""
    files = dict(attachments or {})
    _check_attachments(plan, files)
    body = plan_json(plan)
    manifest: dict[str, Any] = {
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION if files else fmt.PLAIN_FORMAT_VERSION,
        "app_version": __version__,
        "created": plan.exported_at.isoformat(),
        "checksum": fmt.checksum(body),
        "protection": None,
    }
    name = fmt.PLAN
    sealer = fmt.Sealer(password) if password else None
    if sealer is not None:
        body, manifest["protection"] = sealer.seal_plan(body)
        name = fmt.PLAN_PROTECTED
    members: list[tuple[str, bytes, int]] = [
        (fmt.MANIFEST, json.dumps(manifest, indent=1).encode("utf-8"), zipfile.ZIP_DEFLATED),
        (name, body, zipfile.ZIP_DEFLATED)]
    for member in sorted(files, key=lambda m: int(m.rsplit("/", 1)[1])):
        data = files[member]
        if sealer is not None:
            data = sealer.seal_attachment(data, member)
        members.append((member, data, zipfile.ZIP_STORED))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, data, compression in members:
            info = zipfile.ZipInfo(member, date_time=_FIXED_TIME)
            info.compress_type = compression
            archive.writestr(info, data)
    return buffer.getvalue()


def write_bundle(plan: SharedPlan, target: str | Path, password: str | None = None,
                 attachments: Mapping[str, bytes] | None = None) -> Path:
    """Write the bundle to ``target`` (atomically); returns the path."""
    path = Path(target)
    atomic_write_bytes(path, bundle_bytes(plan, password, attachments))
    return path
