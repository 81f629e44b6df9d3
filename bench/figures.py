"""A measured figure with its target, and the median helper every benchmark uses."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of the benchmark table."""

    what: str
    value: float
    unit: str
    target: str
    met: bool | None
    note: str = ""


def median_time(run: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    """Median wall time of ``run`` in seconds."""
    for _ in range(warmup):
        run()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)
