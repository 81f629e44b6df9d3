"""Team leader at scale: import plan bundles and build the team overview.

50 real demo bundles (seeds 1-50, each a different person, with their evidence documents as
attachments) are made first (not timed). The 1,000-bundle team re-uses those 50 plans and
their attachments under 1,000 different members (new plan id and name), so every file is a
realistic size. Timed: reading and checking every file, writing
them in one transaction into a fresh leader workspace, reading the members back and building
the overview (map, rules, needs, spread, dates). Growth is linear when the time per bundle
at 1,000 is at most 1.5 x the time per bundle at 50.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench.figures import Figure

TARGET_50_S = 2.0
TARGET_1000_S = 30.0
LINEAR_RATIO = 1.5


def make_bundles(folder: Path, count: int = 50) -> list[Path]:
    """Demo plan files of seeds 1..count."""
    from pop.context import open_workspace
    from pop.demo.generator import create_demo
    from pop.exchange.bundle_attachments import collect_bundle
    from pop.exchange.bundle_write import write_bundle
    from pop.paths import DataPaths

    paths = []
    for seed in range(1, count + 1):
        ctx = open_workspace(DataPaths(folder / f"member{seed}"), daily_backup=False)
        try:
            create_demo(ctx, seed=seed)
            bundle = collect_bundle(ctx, all_evidence=True)
            paths.append(write_bundle(bundle.plan, folder / f"plan-{seed:04d}.pop", None,
                                      bundle.attachments))
        finally:
            ctx.close()
    return paths


def many_bundles(sources: list[Path], folder: Path, count: int) -> list[Path]:
    """``count`` plan files of different members, made from the real ones."""
    from dataclasses import replace

    from pop.exchange.bundle_read import read_bundle
    from pop.exchange.bundle_write import write_bundle

    read = [read_bundle(path) for path in sources]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        source = read[i % len(read)]
        base = source.plan
        plan = replace(base, plan_uid=f"bench-{i:05d}",
                       exported_at=datetime(2026, 1, 1) + timedelta(minutes=i),
                       member=replace(base.member, name=f"{base.member.name} {i // 50 + 1}"))
        paths.append(write_bundle(plan, folder / f"member-{i:05d}.pop", None,
                                  source.attachments))
    return paths


def import_and_overview(files: list[Path], workspace: Path) -> tuple[float, int]:
    """Seconds to import ``files`` into a fresh leader workspace and build the overview."""
    from pop.context import open_workspace
    from pop.paths import DataPaths
    from pop.storage.team_repo import TeamRepository
    from pop.team.importing import import_files
    from pop.team.overview import build_overview

    ctx = open_workspace(DataPaths(workspace), daily_backup=False)
    try:
        started = time.perf_counter()
        import_files(ctx.db, files)
        members = TeamRepository(ctx.db).members()
        overview = build_overview(members, ctx.catalogue)
        elapsed = time.perf_counter() - started
        assert len(overview.rows) == len(files)
        return elapsed, len(members)
    finally:
        ctx.close()


def measure() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sources = make_bundles(root / "demo")
        thousand = many_bundles(sources, root / "many", 1000)
        runs_50 = [import_and_overview(sources, root / f"leader50-{i}")[0] for i in range(3)]
        runs_1000 = [import_and_overview(thousand, root / f"leader1000-{i}")[0]
                     for i in range(2)]
    t50, t1000 = statistics.median(runs_50), statistics.median(runs_1000)
    ratio = (t1000 / 1000) / (t50 / 50)
    return [
        Figure("import 50 plan bundles + team overview", t50, "s", f"<= {TARGET_50_S:g} s",
               t50 <= TARGET_50_S, f"median of {len(runs_50)}"),
        Figure("import 1,000 plan bundles + team overview", t1000, "s",
               f"<= {TARGET_1000_S:g} s", t1000 <= TARGET_1000_S,
               f"median of {len(runs_1000)}"),
        Figure("growth: time per bundle at 1,000 / at 50", ratio, "x",
               f"<= {LINEAR_RATIO:g} (linear)", ratio <= LINEAR_RATIO,
               f"{t50 / 50 * 1000:.1f} ms vs {t1000 / 1000 * 1000:.1f} ms per bundle"),
    ]
