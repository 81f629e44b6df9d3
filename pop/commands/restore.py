"""``restore FILE``: put a backup back (the current state is backed up first)."""

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
    from pop.commands.workspace import open_for_command
    from pop.storage.backup import restore_into, verify_backup
    from pop.storage.migrations import SCHEMA_VERSION, migrate

    backup_file = Path(args.file)
    verify_backup(backup_file, SCHEMA_VERSION)  # refuse before anything is written
    ctx = open_for_command(args)
    try:
        safety = restore_into(ctx.db, backup_file, ctx.paths.backups, SCHEMA_VERSION)
        ctx.db.execute("PRAGMA journal_mode=WAL")
        migrate(ctx.db)
    finally:
        ctx.close()
    print(_("Backup restored. The plan as it was just before is kept in {file}").format(
        file=safety))
    return 0
