"""The installation self-test: open a temporary database, write a PDF, report the result.

Used to smoke-test installed and frozen builds (``python -m pop self-test`` and
``main.py --self-test``). Touches no user data.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pop import __version__
from pop.atomic import atomic_write_bytes

SAMPLE = "Zoë werkt ĳverig aan één plan: € 450 voor „intervisie” — café-naïef."


def _database_step(folder: Path) -> str:
    from pop.context import open_workspace
    from pop.paths import DataPaths
    from pop.services.cycles import start_plan

    ctx = open_workspace(DataPaths(folder / "data"))
    try:
        cycle = start_plan(ctx, "Zoë van Dĳk")
        goal = ctx.goals.add(cycle.id, SAMPLE)
        if ctx.goals.get(goal.id) is None or ctx.db.integrity_problems():
            raise RuntimeError("database round trip failed")
    finally:
        ctx.close()
    return "database ok"


def _pdf_step(folder: Path) -> str:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from pop.report.fonts import register_fonts

    family = register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(family, 14)
    canvas.drawString(72, 760, SAMPLE)
    canvas.save()
    target = folder / "self-test.pdf"
    atomic_write_bytes(target, buffer.getvalue())
    data = target.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 1000:
        raise RuntimeError("PDF not written")
    return f"pdf ok ({len(data)} bytes)"


def run_self_test(report_file: str | None = None, with_qt: bool = False,
                  qt_step: Callable[[], str] | None = None) -> int:
    """Run every step; print and optionally write the report; 0 when all passed."""
    started = time.perf_counter()
    lines = [f"Spiegelplan {__version__} self-test", f"python {sys.version.split()[0]}"]
    ok = True
    with tempfile.TemporaryDirectory(prefix="spiegelplan-selftest-") as tmp:
        steps: list[Callable[[], str]] = [lambda: _database_step(Path(tmp)),
                                          lambda: _pdf_step(Path(tmp))]
        if with_qt and qt_step is not None:
            steps.insert(0, qt_step)
        for step in steps:
            try:
                lines.append(step())
            except Exception as exc:  # report every failure, never a traceback
                ok = False
                lines.append(f"FAILED: {type(exc).__name__}: {exc}")
    lines.append(f"{'OK' if ok else 'FAILED'} in {time.perf_counter() - started:.2f} s")
    report = "\n".join(lines) + "\n"
    sys.stdout.write(report)
    if report_file:
        atomic_write_bytes(report_file, report.encode("utf-8"))
    return 0 if ok else 1
