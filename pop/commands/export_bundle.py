"""``export-bundle --out FILE [--cycle ID] [--with-evidence]``: the plan file for the team
leader. Evidence documents go along only with ``--with-evidence`` (and only when the goals
are shared); their names and their content are checked for client data like the texts."""

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
    parser.add_argument("--with-evidence", action="store_true",
                        help=_("also send the evidence documents of the shared activities "
                               "(only when you share your goals)"))
    parser.add_argument("--confirm-client-data", action="store_true",
                        help=_("write even when text looks like client data"))


def run(args: argparse.Namespace) -> int:
    """Collect, scan, write."""
    from pathlib import Path

    from pop.commands.workspace import data_paths, open_for_command
    from pop.errors import InputError
    from pop.exchange.bundle_attachments import collect_bundle, goals_shared
    from pop.exchange.bundle_write import write_bundle
    from pop.exchange.plan_collect import shared_texts
    from pop.privacy.attachment_check import check_document
    from pop.privacy.client_data import scan
    from pop.storage.inspect import plan_summary

    password = read_password(args)
    paths = data_paths(args)
    if plan_summary(paths) is None:
        raise InputError(_("There is no plan in {folder} yet.").format(folder=paths.root))
    ctx = open_for_command(args)
    try:
        if args.with_evidence and not goals_shared(ctx):
            raise InputError(_(
                "Evidence documents go along only when you share your goals with your team "
                "leader. Share the goals first (Conversation PDF page), or leave out "
                "--with-evidence. Nothing was written."))
        bundle = collect_bundle(ctx, args.cycle, all_evidence=args.with_evidence)
    finally:
        ctx.close()
    plan = bundle.plan
    checks = [check_document(f.name, f.media_type, bundle.attachments[f.file])
              for _goal, _activity, f in plan.attachments()]
    for check in checks:
        if check.note:
            print(_("note: {message}").format(message=check.note), file=sys.stderr)
    messages = [f.message for f in scan(shared_texts(plan))]
    messages += [f.message for check in checks for f in check.findings]
    if messages and not args.confirm_client_data:
        for message in messages[:20]:
            print(_("warning: {message}").format(message=message), file=sys.stderr)
        raise InputError(_(
            "{n} texts look like client data (see above). Remove them from your plan, or add "
            "--confirm-client-data if they are fine. Nothing was written.").format(
                n=len(messages)))
    path = write_bundle(plan, Path(args.out), password, bundle.attachments)
    print(_("Plan file for your team leader written: {file}").format(file=path))
    if args.with_evidence:
        print(_("Evidence documents in it: {n}").format(n=len(bundle.attachments)))
    return 0
