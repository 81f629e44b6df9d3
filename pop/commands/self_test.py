"""``self-test``: open a temporary database, write a PDF, report OK (smoke test of builds)."""

from __future__ import annotations

import argparse

from pop.i18n import N_

NAME = "self-test"
HELP = N_("check that this installation works (temporary data only)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``self-test [--report FILE]``."""
    parser.add_argument("--report", metavar="FILE", help="write the result to FILE as well")


def run(args: argparse.Namespace) -> int:
    """Run the self-test."""
    from pop.selftest import run_self_test

    return run_self_test(report_file=args.report, with_qt=False)
