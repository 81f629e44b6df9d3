"""``make run`` on a machine without a screen: show the product anyway.

Says so in one line, then writes a picture of every page of the example plan (made in a
temporary data folder, never the user's) and, when this version can make it, the example
plan's conversation PDF, into ``./showcase/``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import sys
import tempfile
from pathlib import Path

from pop.i18n import _, set_language, system_language

SHOWCASE_FOLDER = "showcase"
PDF_COMMAND = "export_pdf"


def has_pdf_export() -> bool:
    """True once the core offers the conversation PDF (``python -m pop export-pdf``)."""
    from pop.cli import COMMAND_MODULES

    return PDF_COMMAND in COMMAND_MODULES


def run_showcase(args: argparse.Namespace, folder: Path | None = None) -> int:
    """Write the showcase; returns the exit code."""
    lang = args.lang or system_language()
    set_language(lang)
    target = (folder or Path.cwd() / SHOWCASE_FOLDER).resolve()
    with_pdf = has_pdf_export()
    line = _("No screen found, so Spiegelplan shows the example plan as a picture of every "
             "page and as a PDF in {folder}") if with_pdf else _(
        "No screen found, so Spiegelplan shows the example plan as a picture of every page in "
        "{folder}")
    sys.stdout.write(line.format(folder=target) + "\n")
    sys.stdout.flush()
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="spiegelplan-showcase-") as tmp:
        data = Path(tmp) / "data"
        code = _pictures(data, target, lang)
        if code == 0 and with_pdf:
            code = _pdf(data, target, lang)
    return code


def _pictures(data: Path, target: Path, lang: str) -> int:
    from pop.context import open_workspace
    from pop.paths import DataPaths
    from ui.app import application, prepare, quiet_qt_messages
    from ui.pages.registry import PAGES
    from ui.prompts import ConsolePrompts
    from ui.screenshot import render, save_png
    from ui.session import Session
    from ui.workspace_opener import DEMO_MODULE, example_available

    paths = DataPaths(data)
    ctx = open_workspace(paths)
    try:
        if example_available():
            importlib.import_module(DEMO_MODULE).create_demo(ctx, seed=1)
    finally:
        ctx.close()
    quiet_qt_messages()
    app = application()
    prepare(app, lang)
    session = Session(paths, ConsolePrompts(), None)
    window = session.start()
    if window is None:
        return 2
    try:
        if window.showing_welcome:
            save_png(render(window), target / "00-welcome.png")
        else:
            for number, page in enumerate(PAGES, start=1):
                window.show_page(page.name)
                save_png(render(window), target / f"{number:02d}-{page.name}.png")
    finally:
        session.close()
    return 0


def _pdf(data: Path, target: Path, lang: str) -> int:
    from pop.cli import main as cli_main

    quiet = io.StringIO()  # the one line above says where everything is
    with contextlib.redirect_stdout(quiet):
        return cli_main(["--data-dir", str(data), "--lang", lang, "export-pdf",
                         "--out", str(target / "voorbeeldplan.pdf")])
