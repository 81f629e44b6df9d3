"""``export-agreements --member NAME --out FILE``: team leader, agreements back to a member."""

from __future__ import annotations

import argparse

from pop.i18n import N_, _

NAME = "export-agreements"
HELP = N_("team leader: write the agreements file for one team member")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``export-agreements``."""
    parser.add_argument("--member", required=True, metavar="NAME",
                        help=_("the member's name or number"))
    parser.add_argument("--out", required=True, metavar="FILE", help=_("the file to write"))


def run(args: argparse.Namespace) -> int:
    """Write the file."""
    from pop.commands.workspace import open_for_command
    from pop.storage.team_repo import TeamRepository
    from pop.team.agreements_export import export_agreements, find_member

    ctx = open_for_command(args)
    try:
        member = find_member(TeamRepository(ctx.db), args.member)
        path = export_agreements(ctx.db, member, args.out)
    finally:
        ctx.close()
    print(_("Agreements for {name} written: {file}").format(name=member.name, file=path))
    return 0
