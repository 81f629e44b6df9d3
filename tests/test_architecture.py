"""The core never loads Qt, ui, a network stack or ssl — checked in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pop

ROOT = Path(__file__).resolve().parent.parent


def _pop_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(pop.__path__, prefix="pop.")
        if not info.name.endswith("__main__")
    )


def test_every_pop_module_imports_without_qt_or_network() -> None:
    modules = _pop_modules()
    assert len(modules) > 20
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'ui', 'ssl', 'http', 'urllib3', 'requests') or m == 'ssl')\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"pop loaded: {result.stdout}"


def test_core_sources_never_mention_qt_imports() -> None:
    offenders = []
    for path in (ROOT / "pop").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith(("import PySide6", "from PySide6", "import ui", "from ui")):
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert offenders == []
