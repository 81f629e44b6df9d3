"""Putting a backup back: one call for the command line and the app alike.

The open plan is backed up first (a safety copy, made by :func:`restore_into`), then the
backup's content takes its place and is brought up to date. A plan file too damaged to open
cannot be backed up: it is moved into the ``damaged`` folder (never deleted) instead.
"""

from __future__ import annotations

from pathlib import Path

from pop.context import AppContext, open_workspace
from pop.i18n import N_, _
from pop.lock import WorkspaceLock
from pop.paths import DataPaths
from pop.storage.backup import BackupInfo, list_backups, restore_into
from pop.storage.migrations import SCHEMA_VERSION

REASONS = {
    "daily": N_("daily backup"),
    "before-migration": N_("before an update of Spiegelplan"),
    "before-restore": N_("before a backup was put back"),
    "manual": N_("made by you"),
}


def reason_text(reason: str) -> str:
    """Why a backup was made, in plain words (an unknown reason as it is in the name)."""
    text = REASONS.get(reason)
    return _(text) if text is not None else reason


def backups_of(ctx: AppContext) -> list[BackupInfo]:
    """The open plan's backups, newest first."""
    return list_backups(ctx.paths.backups)


def restore_backup(ctx: AppContext, backup: Path) -> Path:
    """Put ``backup`` back into the open plan; returns the safety copy made of the plan as it
    was just before. A backup that is not good is refused before anything changes."""
    safety = restore_into(ctx.db, backup, ctx.paths.backups, SCHEMA_VERSION)
    ctx.content_replaced()
    return safety


def restore_over_unusable_plan(paths: DataPaths, backup: Path) -> Path:
    """Put ``backup`` in the place of a plan file that cannot be opened (damaged, or not a
    plan file); returns where that file was moved to. Refused while Spiegelplan runs."""
    from pop.storage.recovery import replace_damaged_plan

    lock = WorkspaceLock(paths.lock_file)
    lock.acquire()  # a running Spiegelplan keeps its file
    try:
        aside = replace_damaged_plan(paths, backup, SCHEMA_VERSION)
    finally:
        lock.release()
    open_workspace(paths).close()  # brings the restored file up to date
    return aside
