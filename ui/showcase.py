"""``make run`` on a machine without a screen: show the product anyway.

Says so in one line, then writes into ``./showcase/``: a picture of every page of the example
plan (made in a temporary data folder, never the user's), with the plan files of a small
example team imported on the team page, the example plan's conversation PDF and the team
overview PDF.
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
EXAMPLE_PDF, TEAM_PDF = "voorbeeldplan.pdf", "teamoverzicht.pdf"
TEAM_SEEDS = range(2, 9)  # seven colleagues besides the example plan's owner


def run_showcase(args: argparse.Namespace, folder: Path | None = None) -> int:
    """Write the showcase; returns the exit code."""
    lang = args.lang or system_language()
    set_language(lang)
    target = (folder or Path.cwd() / SHOWCASE_FOLDER).resolve()
    sys.stdout.write(_("No screen found, so Spiegelplan shows the example plan as a picture of "
                       "every page and as a PDF in {folder}").format(folder=target) + "\n")
    sys.stdout.flush()
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="spiegelplan-showcase-") as tmp:
        data = Path(tmp) / "data"
        code = _example_plan(data, Path(tmp))
        if code == 0:
            code = _pictures(data, target, lang)
        if code == 0:
            code = _pdfs(data, target, lang)
    set_language(lang)
    return code


def _cli(*argv: str) -> int:
    from pop.cli import main as cli_main

    quiet = io.StringIO()  # the one line above says where everything is
    with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
        return cli_main(list(argv))


def _example_plan(data: Path, tmp: Path) -> int:
    """The example plan, and on its team page the plan files of a few example colleagues."""
    from pop.context import open_workspace
    from pop.paths import DataPaths
    from ui.workspace_opener import DEMO_MODULE, example_available

    ctx = open_workspace(DataPaths(data))
    try:
        if not example_available():
            return 0
        importlib.import_module(DEMO_MODULE).create_demo(ctx, seed=1)
    finally:
        ctx.close()
    bundles: list[str] = []
    for seed in TEAM_SEEDS:
        member = tmp / f"member-{seed}"
        bundle = tmp / f"plan-{seed}.pop"
        if _cli("--data-dir", str(member), "init", "--demo", "--seed", str(seed)) == 0 and \
                _cli("--data-dir", str(member), "export-bundle", "--out", str(bundle)) == 0:
            bundles.append(str(bundle))
    if bundles:
        _cli("--data-dir", str(data), "import-bundle", *bundles)
    return 0


def _pictures(data: Path, target: Path, lang: str) -> int:
    from pop.paths import DataPaths
    from ui.app import application, prepare, quiet_qt_messages
    from ui.pages.registry import PAGES
    from ui.prompts import ConsolePrompts
    from ui.screenshot import render, save_png
    from ui.session import Session

    quiet_qt_messages()
    app = application()
    prepare(app, lang)
    session = Session(DataPaths(data), ConsolePrompts(), None)
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


def _pdfs(data: Path, target: Path, lang: str) -> int:
    code = _cli("--data-dir", str(data), "--lang", lang, "export-pdf",
                "--out", str(target / EXAMPLE_PDF))
    if code == 0:
        code = _cli("--data-dir", str(data), "--lang", lang, "team-pdf",
                    "--out", str(target / TEAM_PDF))
    return code
