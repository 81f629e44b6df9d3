"""Start again from the newest good backup when the plan file is damaged.

The damaged file is moved aside (never deleted), so nothing is lost for good.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from pop.errors import StorageError, StorageProblem
from pop.i18n import _
from pop.paths import DataPaths, ensure_private_dir
from pop.storage.backup import BackupInfo, list_backups, verify_backup
from pop.storage.errors import classify


def newest_good_backup(paths: DataPaths, supported_version: int) -> BackupInfo | None:
    """The newest backup that passes the integrity check."""
    for info in list_backups(paths.backups):
        try:
            verify_backup(info.path, supported_version)
        except Exception:  # any unreadable backup is simply skipped
            continue
        return info
    return None


def set_damaged_aside(paths: DataPaths) -> Path:
    """Move the damaged database (and its journal files) into the ``damaged`` folder."""
    ensure_private_dir(paths.damaged)
    stamp = datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
    target = paths.damaged / f"spiegelplan-damaged-{stamp}.sqlite3"
    try:
        for suffix in ("", "-wal", "-shm"):
            source = paths.database.with_name(paths.database.name + suffix)
            if source.exists():
                os.replace(source, target.with_name(target.name + suffix))
    except OSError as exc:
        raise classify(exc, paths.database) from exc
    return target


def recover_from_backup(paths: DataPaths, supported_version: int) -> tuple[BackupInfo, Path]:
    """Set the damaged file aside and restore the newest good backup in its place."""
    info = newest_good_backup(paths, supported_version)
    if info is None:
        raise StorageError(StorageProblem.DAMAGED, _(
            "The plan file is damaged and there is no good backup. The file was left as it is."))
    return info, replace_damaged_plan(paths, info.path, supported_version)


def replace_damaged_plan(paths: DataPaths, backup: Path, supported_version: int) -> Path:
    """Check ``backup``, set the unusable plan file aside and put the backup in its place.

    Returns where the old file went. Nothing is moved when the backup is not good.
    """
    verify_backup(backup, supported_version)
    aside = set_damaged_aside(paths)
    try:
        source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
        dest = sqlite3.connect(str(paths.database))
        try:
            source.backup(dest)
        finally:
            source.close()
            dest.close()
    except sqlite3.Error as exc:
        raise classify(exc, paths.database) from exc
    return aside
