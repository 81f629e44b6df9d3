"""``restore FILE``: put a backup back (the current state is backed up first).

When the plan file itself is damaged (or not a plan file), it cannot be backed up: it is
moved into the ``damaged`` folder instead (never deleted) and the backup takes its place.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pop.i18n import N_, _

NAME = "restore"
HELP = N_("restore a backup (the current plan is backed up first)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``restore FILE``."""
    parser.add_argument("file", metavar="FILE", help=_("the backup file to restore"))


def run(args: argparse.Namespace) -> int:
    """Restore the backup into the plan file."""
    from pop.commands.workspace import data_paths, open_for_command
    from pop.errors import StorageError, StorageProblem
    from pop.services.restore import restore_backup, restore_over_unusable_plan
    from pop.storage.backup import verify_backup
    from pop.storage.migrations import SCHEMA_VERSION

    backup_file = Path(args.file)
    verify_backup(backup_file, SCHEMA_VERSION)  # refuse before anything is written
    try:
        ctx = open_for_command(args)
    except StorageError as exc:
        if exc.problem not in (StorageProblem.DAMAGED, StorageProblem.NOT_A_DATABASE):
            raise
        aside = restore_over_unusable_plan(data_paths(args), backup_file)
        print(_("Backup restored. The damaged plan file was moved to {file}").format(
            file=aside))
        return 0
    try:
        safety = restore_backup(ctx, backup_file)
    finally:
        ctx.close()
    print(_("Backup restored. The plan as it was just before is kept in {file}").format(
        file=safety))
    return 0
