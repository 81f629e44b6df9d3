"""``main.py --self-test --report FILE``: what the frozen, windowed build is checked with."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_writes_its_report_to_a_file(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SPIEGELPLAN_NO_SYSTEM_SETTINGS="1")
    result = subprocess.run([sys.executable, "main.py", "--self-test", "--report", str(report)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    text = report.read_text(encoding="utf-8")
    assert text == result.stdout
    for line in ("qt ok", "database ok", "pdf ok"):
        assert line in text
    assert text.rstrip().splitlines()[-1].startswith("OK in ")
