"""``init [--demo [--seed N]]``: create the plan file, optionally with an example plan."""

from __future__ import annotations

import argparse

from pop.errors import InputError
from pop.i18n import N_, _

NAME = "init"
HELP = N_("create the plan file (--demo: with a filled-in example plan)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``init``."""
    parser.add_argument("--demo", action="store_true", help=_("add a realistic example plan"))
    parser.add_argument("--seed", type=int, default=None, metavar="N",
                        help=_("which example person (with --demo)"))


def run(args: argparse.Namespace) -> int:
    """Create the database (and the demo plan)."""
    from pop.commands.workspace import data_paths, open_for_command
    from pop.storage.inspect import plan_summary

    if args.seed is not None and not args.demo:
        raise InputError(_("--seed only works together with --demo"))
    if args.seed is not None and not 0 <= args.seed <= 1_000_000:
        raise InputError(_("--seed must be a number from 0 to 1000000"))
    paths = data_paths(args)
    if args.demo:
        summary = plan_summary(paths)
        if summary is not None and not summary.is_empty:
            raise InputError(_(
                "{folder} already holds a plan. Choose an empty data folder for the example."
            ).format(folder=paths.root))
    ctx = open_for_command(args)
    try:
        if args.demo:
            from pop.demo.generator import create_demo

            person = create_demo(ctx, seed=args.seed if args.seed is not None else 1)
            print(_("Example plan of {name} created in {file}").format(
                name=person, file=paths.database))
        else:
            print(_("Plan file ready: {file}").format(file=paths.database))
    finally:
        ctx.close()
    return 0
