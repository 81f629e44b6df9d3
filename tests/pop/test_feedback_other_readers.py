"""Forms filled and saved by independent PDF software import back.

pdf.js is the engine of Firefox's built-in PDF viewer: ``fill_pdfjs.mjs`` fills the form
through its annotation storage and saves it exactly as the viewer's "Save" does. pdf-lib is a
second, independent form filler. Both need Node.js and the two npm packages in
``SPIEGELPLAN_JS_DIR`` (default ``~/.cache/spiegelplan-js``; set it up with
``npm install --prefix ~/.cache/spiegelplan-js pdfjs-dist@4 pdf-lib``). Without them these
tests are skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from pop.exchange.feedback_import import import_feedback
from pop.mirror.model import RaterGroup
from pop.mirror.requests import make_request_forms
from pop.storage.feedback_repo import FeedbackRepository

HERE = Path(__file__).parent / "js"
JS_DIR = Path(os.environ.get("SPIEGELPLAN_JS_DIR",
                            str(Path.home() / ".cache" / "spiegelplan-js")))
pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (JS_DIR / "node_modules" / "pdfjs-dist").is_dir()
    or not (JS_DIR / "node_modules" / "pdf-lib").is_dir(),
    reason="needs node with pdfjs-dist and pdf-lib in SPIEGELPLAN_JS_DIR")


def run_filler(script: str, source: Path, target: Path, answers: dict[str, str]) -> None:
    runner = JS_DIR / script  # next to node_modules, so the packages resolve
    shutil.copy(HERE / script, runner)
    subprocess.run(["node", str(runner), str(source), str(target), json.dumps(answers)],
                   check=True, capture_output=True, timeout=120)


@pytest.mark.parametrize("script", ["fill_pdfjs.mjs", "fill_pdflib.mjs"])
def test_a_form_saved_by_another_reader_imports(ctx, cycle, tmp_path, script: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    made = make_request_forms(ctx, out, RaterGroup.CLIENT, 1, today=date(2026, 11, 23))
    filled = tmp_path / "filled.pdf"
    run_filler(script, made.paths[0], filled,
               {"s_C01a": "4", "s_C06b": "N", "s_C12a": "1", "o_keep": "Blijf zo luisteren é"})
    report = import_feedback(ctx, [filled])
    assert report.forms[0].answered == 2
    (response,) = FeedbackRepository(ctx.db).responses(made.round.id)
    assert response.scores == {"C01a": 4, "C06b": None, "C12a": 1}
    assert response.comments == {"keep": "Blijf zo luisteren é"}
