"""``import-feedback FILE...``: read returned feedback forms into the plan (all or none)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pop.i18n import N_, _

NAME = "import-feedback"
HELP = N_("read filled-in feedback forms into the plan (all files or none)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``import-feedback``."""
    parser.add_argument("files", nargs="+", metavar="FILE", help=_("returned forms (PDF)"))
    parser.add_argument("--replace", action="store_true",
                        help=_("replace forms that were imported before"))


def run(args: argparse.Namespace) -> int:
    """Import the forms."""
    from pop.commands.workspace import open_for_command
    from pop.exchange.feedback_import import import_feedback

    ctx = open_for_command(args)
    try:
        report = import_feedback(ctx, [Path(f) for f in args.files], replace=args.replace)
    finally:
        ctx.close()
    print(report.summary())
    return 0
