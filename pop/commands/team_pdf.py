"""``team-pdf --out FILE``: the team leader's overview as a PDF for the team meeting."""

from __future__ import annotations

import argparse

from pop.i18n import N_, _

NAME = "team-pdf"
HELP = N_("team leader: write the team overview PDF")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``team-pdf``."""
    parser.add_argument("--out", required=True, metavar="FILE", help=_("the PDF to write"))
    parser.add_argument("--lang", dest="pdf_lang", choices=("nl", "en"),
                        help=_("language of the PDF"))


def run(args: argparse.Namespace) -> int:
    """Build the overview from the imported plans and write it."""
    from pop.commands.workspace import open_for_command
    from pop.i18n import current_language, using_language
    from pop.storage.team_repo import TeamRepository
    from pop.team.team_pdf import write_team_pdf

    ctx = open_for_command(args)
    try:
        members = TeamRepository(ctx.db).members()
        team = ctx.profile.get().team
        with using_language(args.pdf_lang or current_language()):
            path = write_team_pdf(members, ctx.catalogue, args.out, team)
    finally:
        ctx.close()
    print(_("Team overview written: {file} ({n} members)").format(file=path, n=len(members)))
    return 0
