"""Demo members and their plan files, for the team tests."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

from hypothesis import strategies as st

from pop.context import AppContext, open_workspace
from pop.demo.generator import create_demo
from pop.exchange import bundle_format as fmt
from pop.exchange.bundle_write import bundle_bytes
from pop.exchange.plan_collect import collect
from pop.paths import DataPaths


def member_workspace(root: Path, seed: int) -> AppContext:
    """An open workspace with the demo plan of ``seed``."""
    ctx = open_workspace(DataPaths(root / f"member{seed}"), daily_backup=False)
    create_demo(ctx, seed=seed)
    return ctx


def demo_bundle(root: Path, seed: int, *, password: str | None = None,
                now: datetime | None = None) -> bytes:
    """The plan file of demo member ``seed``."""
    ctx = member_workspace(root, seed)
    try:
        return bundle_bytes(collect(ctx, now=now), password)
    finally:
        ctx.close()


def rebuild(members: dict[str, bytes]) -> bytes:
    """A zip with exactly these members (to make hostile bundles)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def parts(bundle: bytes) -> dict[str, bytes]:
    """The members of a bundle."""
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def with_plan(bundle: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    """The bundle with its plan changed by ``change(dict)`` and a matching checksum."""
    members = parts(bundle)
    plan = json.loads(members[fmt.PLAN])
    change(plan)
    body = json.dumps(plan).encode("utf-8")
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["checksum"] = fmt.checksum(body)
    return rebuild({fmt.MANIFEST: json.dumps(manifest).encode(), fmt.PLAN: body})


def damaged(good: bytes, data: st.DataObject, most: int = 8, *, may_cut: bool = True) -> bytes:
    """``good`` with 1 to ``most`` bytes changed and, when ``may_cut``, perhaps cut short."""
    raw = bytearray(good)
    for _ in range(data.draw(st.integers(1, most))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    if may_cut and data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    return bytes(raw)
