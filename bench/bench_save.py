"""An edit saved: the time of one autosave (one repository call, one transaction, fsync)."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.figures import Figure

TARGET_MS = 5.0


def measure() -> list[Figure]:
    from pop.context import open_workspace
    from pop.demo.generator import create_demo
    from pop.paths import DataPaths

    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_workspace(DataPaths(Path(tmp) / "data"))
        try:
            create_demo(ctx, seed=1)
            cycle = ctx.current_cycle()
            assert cycle is not None
            goal = ctx.goals.for_cycle(cycle.id)[0]
            entry = ctx.journal.all()[0]
            times: list[float] = []
            for i in range(200):
                started = time.perf_counter()
                if i % 2:
                    goal.description = f"Tekst na toetsaanslag {i}"
                    ctx.goals.save(goal)
                else:
                    entry.reflection = f"Reflectie na toetsaanslag {i} " * 5
                    ctx.journal.save(entry)
                times.append(time.perf_counter() - started)
            ctx.journal.add(date.today(), "x")
        finally:
            ctx.close()
    median_ms = statistics.median(times) * 1000
    p95_ms = sorted(times)[int(len(times) * 0.95)] * 1000
    return [Figure("an edit saved (median of 200)", median_ms, "ms", f"<= {TARGET_MS:g} ms",
                   median_ms <= TARGET_MS, f"p95 {p95_ms:.2f} ms")]
