"""The command line: ``python -m pop [--data-dir DIR] COMMAND ...``.

Exit codes: 0 on success; 2 on bad input, bad arguments or a problem the user can act on,
with one line on stderr that starts with ``error:`` — and nothing written or changed.
Each command lives in its own module under :mod:`pop.commands`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from pop import __version__
from pop.errors import PopError
from pop.i18n import _, set_language, system_language

COMMAND_MODULES = (
    "init",
    "backup",
    "restore",
    "check",
    "load_catalogue",
    "self_test",
    "feedback_forms",
    "import_feedback",
    "export_pdf",
    "export_bundle",
    "import_bundle",
    "export_agreements",
    "import_agreements",
    "team_pdf",
)
EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2


class UsageError(Exception):
    """Bad arguments on the command line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _commands() -> list[ModuleType]:
    return [importlib.import_module(f"pop.commands.{name}") for name in COMMAND_MODULES]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command."""
    parser = _Parser(prog="python -m pop", description=_("Spiegelplan from the command line."))
    parser.add_argument("--version", action="version", version=f"Spiegelplan {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=_("the data folder to use"))
    parser.add_argument("--lang", choices=("nl", "en"), help=_("language of messages"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _commands():
        command = sub.add_parser(module.NAME, help=_(module.HELP))
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def _pre_scan_language(argv: Sequence[str]) -> None:
    lang = system_language()
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("nl", "en"):
            lang = argv[i + 1]
        elif arg.startswith("--lang=") and arg[7:] in ("nl", "en"):
            lang = arg[7:]
    set_language(lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    _pre_scan_language(args_list)
    try:
        args = build_parser().parse_args(args_list)
        if getattr(args, "run", None) is None:
            raise UsageError(_("choose a command; see python -m pop --help"))
        return int(args.run(args))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER
    except PopError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("error: " + _("stopped"), file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so plainly, details only when asked
        if os.environ.get("SPIEGELPLAN_DEBUG"):
            traceback.print_exc()
        print("error: " + _("an unexpected problem occurred ({kind}: {detail}).").format(
            kind=type(exc).__name__, detail=exc), file=sys.stderr)
        return EXIT_BUG
