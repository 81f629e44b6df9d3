"""``import-agreements FILE``: the member adds the team leader's agreements to their plan."""

from __future__ import annotations

import argparse

from pop.i18n import N_, _

NAME = "import-agreements"
HELP = N_("add the agreements file from your team leader to your plan")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``import-agreements``."""
    parser.add_argument("file", metavar="FILE", help=_("the agreements file (.popa)"))


def run(args: argparse.Namespace) -> int:
    """Check the file, then add the agreements in one step."""
    from pop.commands.workspace import open_for_command
    from pop.exchange.agreements_file import import_agreements

    ctx = open_for_command(args)
    try:
        added = import_agreements(ctx, args.file)
    finally:
        ctx.close()
    print(_("{n} agreements from your team leader added to your plan.").format(n=added))
    return 0
