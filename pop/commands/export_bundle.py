"""``export-bundle --out FILE [--cycle ID]``: the plan file for the team leader."""

from __future__ import annotations

import argparse
import sys

from pop.commands.password_arg import add_password_argument, read_password
from pop.i18n import N_, _

NAME = "export-bundle"
HELP = N_("write the plan file for your team leader (only what you share)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``export-bundle``."""
    parser.add_argument("--out", required=True, metavar="FILE", help=_("the file to write"))
    parser.add_argument("--cycle", type=int, metavar="ID", help=_("the plan period (default: "
                                                                    "the current one)"))
    add_password_argument(parser, _("protect the file with the password in this file"))
    parser.add_argument("--confirm-client-data", action="store_true",
                        help=_("write even when text looks like client data"))


def run(args: argparse.Namespace) -> int:
    """Collect, scan, write."""
    from pathlib import Path

    from pop.commands.workspace import data_paths, open_for_command
    from pop.errors import InputError
    from pop.exchange.bundle_write import write_bundle
    from pop.exchange.plan_collect import collect, shared_texts
    from pop.privacy.client_data import scan
    from pop.storage.inspect import plan_summary

    password = read_password(args)
    paths = data_paths(args)
    if plan_summary(paths) is None:
        raise InputError(_("There is no plan in {folder} yet.").format(folder=paths.root))
    ctx = open_for_command(args)
    try:
        plan = collect(ctx, args.cycle)
    finally:
        ctx.close()
    findings = scan(shared_texts(plan))
    if findings and not args.confirm_client_data:
        for finding in findings[:20]:
            print(_("warning: {message}").format(message=finding.message), file=sys.stderr)
        raise InputError(_(
            "{n} texts look like client data (see above). Remove them from your plan, or add "
            "--confirm-client-data if they are fine. Nothing was written.").format(
                n=len(findings)))
    path = write_bundle(plan, Path(args.out), password)
    print(_("Plan file for your team leader written: {file}").format(file=path))
    return 0
