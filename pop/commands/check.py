"""``check``: report integrity and consistency problems in plain words (changes nothing)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from pop.i18n import N_, _

if TYPE_CHECKING:
    from pop.paths import DataPaths

NAME = "check"
HELP = N_("check the plan file for damage and inconsistencies")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``check`` has no arguments."""


def run(args: argparse.Namespace) -> int:
    """Check, read-only."""
    import sys

    from pop.commands.workspace import data_paths
    from pop.errors import InputError, StorageError, StorageProblem
    from pop.storage.check import Severity, check_database
    from pop.storage.db import Database, check_header
    from pop.storage.errors import storage_error
    from pop.storage.migrations import SCHEMA_VERSION

    paths = data_paths(args)
    header = check_header(paths.database, SCHEMA_VERSION)
    if not header.exists:
        raise InputError(_("There is no plan in {folder} yet.").format(folder=paths.root))
    if not header.is_sqlite:
        raise storage_error(StorageProblem.NOT_A_DATABASE, paths.database)
    db = Database.connect_read_only(paths.database)
    try:
        findings = check_database(db)
    except StorageError:
        raise
    finally:
        db.close()
    errors = [f for f in findings if f.severity is Severity.ERROR]
    for finding in findings:
        if finding.severity is Severity.WARNING:
            print("warning: " + finding.message, file=sys.stderr)
    if errors:
        first, *rest = errors
        for finding in rest:
            print("error: " + finding.message, file=sys.stderr)
        raise StorageError(StorageProblem.DAMAGED, first.message + " " + _restore_advice(paths))
    print(_("The plan file is in order: {file}").format(file=paths.database))
    return 0


def _restore_advice(paths: DataPaths) -> str:
    """What to do about a damaged file: restore the newest backup, if there is one."""
    from pop.storage.backup import list_backups

    backups = list_backups(paths.backups)
    if not backups:
        return _("Nothing was changed. There is no backup of this plan in {folder} yet.").format(
            folder=paths.backups)
    return _("Nothing was changed. Restore the newest backup with: python -m pop restore "
             "\"{file}\"").format(file=backups[0].path)
