"""``import-bundle FILE...``: the team leader imports members' plan files, all or none."""

from __future__ import annotations

import argparse

from pop.commands.password_arg import add_password_argument, read_password
from pop.i18n import N_, _

NAME = "import-bundle"
HELP = N_("team leader: import members' plan files (all files or none)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``import-bundle``."""
    parser.add_argument("files", nargs="+", metavar="FILE", help=_("plan files (.pop)"))
    add_password_argument(parser, _("the password of protected plan files, in this file"))


def run(args: argparse.Namespace) -> int:
    """Read and check every file, then import them in one step."""
    from pop.commands.workspace import open_for_command
    from pop.storage.team_repo import TeamRepository
    from pop.team.importing import changes_anything, read_files, summary

    bundles = read_files(args.files, read_password(args))
    ctx = open_for_command(args)
    try:
        repo = TeamRepository(ctx.db)
        results = repo.decide(bundles)
        if changes_anything(results):
            ctx.backup_now("before-import")
            results = repo.import_bundles(bundles, results)
    finally:
        ctx.close()
    print(summary(results))
    return 0
