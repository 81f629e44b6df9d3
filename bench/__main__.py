"""Run every benchmark module (``bench/bench_*.py``) and print one table.

Each module has ``measure() -> list[Figure]``. Figures are medians of several runs, measured
side by side in this one run. Usage: ``python -m bench [name ...]`` (names filter modules).
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from pathlib import Path

from bench.figures import Figure

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app runs from compiled bytecode. Compile once, before anything is
    # measured, so no figure includes compiling source (PYTHONDONTWRITEBYTECODE would
    # otherwise make every first import inside a measurement compile again).
    import compileall

    for folder in ("pop", "ui"):
        compileall.compile_dir(HERE.parent / folder, quiet=1)
    compileall.compile_file(HERE.parent / "main.py", quiet=1)
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    figures: list[Figure] = []
    for name in names:
        print(f"measuring {name} ...", file=sys.stderr, flush=True)
        try:
            figures.extend(importlib.import_module(f"bench.{name}").measure())
        except Exception as exc:  # a broken benchmark is reported, the others still run
            traceback.print_exc()
            figures.append(Figure(name, float("nan"), "", "", False, f"failed: {exc}"))
    width = max([len(f.what) for f in figures] + [10])
    print(f"\n{'figure':<{width}}  {'measured':>12}  {'target':<28} met")
    print("-" * (width + 50))
    for f in figures:
        met = "-" if f.met is None else ("yes" if f.met else "NO")
        value = f"{f.value:.3g} {f.unit}".strip()
        print(f"{f.what:<{width}}  {value:>12}  {f.target:<28} {met}  {f.note}")
    return 0 if all(f.met is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
