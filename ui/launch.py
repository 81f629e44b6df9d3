"""Start-up before Qt: read the command line, answer ``--version`` and ``--self-test``, check
for a screen and for missing system libraries, then hand over to :mod:`ui.app`.

Nothing heavy is imported here, so ``--version`` is instant and a problem gets one clear line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from pop import __version__
from pop.i18n import _, set_language, system_language
from ui.argparse_texts import translate_argparse
from ui.pages.registry import PAGE_NAMES

EXIT_OK, EXIT_USER = 0, 2
HEADLESS_PLATFORMS = ("offscreen", "minimal")


class UsageError(Exception):
    """Bad arguments on the command line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """The arguments of ``main.py``."""
    parser = _Parser(prog="main.py", description=_("Spiegelplan: your development plan."))
    parser.add_argument("--version", action="store_true", help=_("show the version and stop"))
    parser.add_argument("--self-test", action="store_true",
                        help=_("check that the installation works and stop"))
    parser.add_argument("--report", metavar="FILE",
                        help=_("with --self-test: write the result to FILE as well"))
    parser.add_argument("--data-dir", metavar="DIR", help=_("the data folder to use"))
    parser.add_argument("--lang", choices=("nl", "en"),
                        help=_("language of the app (default: the system language)"))
    parser.add_argument("--page", choices=PAGE_NAMES, metavar="NAME",
                        help=_("open this page: {names}").format(names=", ".join(PAGE_NAMES)))
    parser.add_argument("--screenshot", metavar="FILE",
                        help=_("draw the window without showing it, save it as PNG and stop"))
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help=_("a plan file (.pop) to open on the team page"))
    return parser


def _pre_scan_language(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("nl", "en"):
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in ("nl", "en"):
            return arg[7:]
    return None


def has_screen(environ: dict[str, str] | None = None) -> bool:
    """False on a Linux machine without a display, or when Qt is told to draw offscreen."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform in HEADLESS_PLATFORMS:
        return False
    if sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    return True


def _qt_self_test_step() -> str:
    if not has_screen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problem = _library_problem()
    if problem:
        raise RuntimeError(problem)
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(["spiegelplan-self-test"])
    label = QLabel("Spiegelplan")
    label.resize(200, 40)
    image = label.grab().toImage()
    label.deleteLater()
    app.processEvents()
    if image.isNull() or image.width() < 10:
        raise RuntimeError("Qt could not draw a window")
    return f"qt ok (PySide6 {pyside_version})"


def _data_dir_problem(data_dir: str | None) -> str | None:
    """Why ``--data-dir`` cannot be used (empty, or a file), like the command line says."""
    from pop.errors import PopError
    from pop.paths import chosen_data_dir

    try:
        chosen_data_dir(data_dir)
    except PopError as exc:
        return exc.message
    return None


def _library_problem() -> str | None:
    from ui.syslibs import check_window_libraries

    return check_window_libraries()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app (or answer a flag); returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    set_language(_pre_scan_language(args_list) or system_language())
    translate_argparse()
    try:
        args = build_parser().parse_args(args_list)
        if args.file and not Path(args.file).is_file():
            raise UsageError(_("{file} does not exist.").format(file=args.file))
    except UsageError as exc:
        sys.stderr.write(f"error: {exc}" + "\n")
        return EXIT_USER
    if args.version:
        sys.stdout.write(f"Spiegelplan {__version__}\n")
        return EXIT_OK
    if args.self_test:
        from pop.selftest import run_self_test

        return run_self_test(args.report, with_qt=True, qt_step=_qt_self_test_step)
    problem = _data_dir_problem(args.data_dir)
    if problem:
        sys.stderr.write(f"error: {problem}" + "\n")
        return EXIT_USER
    showcase = False
    if not has_screen():
        if args.screenshot is None:
            showcase = True
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = _library_problem()
    if problem:
        sys.stderr.write(f"error: {problem}" + "\n")
        return EXIT_USER
    if showcase:
        from ui.showcase import run_showcase

        return run_showcase(args)
    from ui.app import run

    return run(args)
