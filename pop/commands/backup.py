"""``backup``: make a verified backup now."""

from __future__ import annotations

import argparse

from pop.i18n import N_, _

NAME = "backup"
HELP = N_("make a verified backup of the plan now")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``backup`` has no arguments."""


def run(args: argparse.Namespace) -> int:
    """Back up the plan file."""
    from pop.commands.workspace import data_paths, open_for_command
    from pop.errors import InputError
    from pop.storage.inspect import plan_summary

    paths = data_paths(args)
    if plan_summary(paths) is None:
        raise InputError(_("There is no plan in {folder} yet.").format(folder=paths.root))
    ctx = open_for_command(args, daily_backup=False)
    try:
        info = ctx.backup_now("manual")
    finally:
        ctx.close()
    print(_("Backup made: {file}").format(file=info.path))
    return 0
