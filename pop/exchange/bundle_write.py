"""Write a plan bundle for the team leader (atomically; optionally with a password)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from pop import __version__, strict_json
from pop.atomic import atomic_write_bytes
from pop.exchange import bundle_format as fmt
from pop.exchange.shared_plan import SharedPlan, to_dict

_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def plan_json(plan: SharedPlan) -> bytes:
    """The plan member's bytes."""
    return strict_json.dumps(to_dict(plan)).encode("utf-8")


def bundle_bytes(plan: SharedPlan, password: str | None = None) -> bytes:
    """The whole bundle as bytes."""
    body = plan_json(plan)
    manifest: dict[str, Any] = {
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION,
        "app_version": __version__,
        "created": plan.exported_at.isoformat(),
        "checksum": fmt.checksum(body),
        "protection": None,
    }
    name = fmt.PLAN
    if password:
        body, manifest["protection"] = fmt.encrypt(body, password)
        name = fmt.PLAN_PROTECTED
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in ((fmt.MANIFEST, json.dumps(manifest, indent=1).encode("utf-8")),
                             (name, body)):
            info = zipfile.ZipInfo(member, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def write_bundle(plan: SharedPlan, target: str | Path, password: str | None = None) -> Path:
    """Write the bundle to ``target`` (atomically); returns the path."""
    path = Path(target)
    atomic_write_bytes(path, bundle_bytes(plan, password))
    return path
