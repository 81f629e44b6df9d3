"""The frozen app's entry point: the same as ``main.py``, safe without a console.

A build without a console window (Windows, macOS) has no standard output: ``sys.stdout`` is
``None`` and the first ``write`` would crash. Such output goes nowhere instead; the self-test
writes its result to a file with ``--self-test --report FILE``.
"""

import os
import sys


def _give_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _give_streams()
    from ui.launch import main

    sys.exit(main())
