"""Backups with SQLite's backup API (never a file copy: a copy can miss what sits in the WAL).

Every backup is written to a temporary file, checked with ``integrity_check`` and only then
given its final name. Old backups are thinned: every backup of the last two days, then the
newest per day for two weeks, per week for two months and per month for a year.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pop.errors import InputError, StorageError, StorageProblem
from pop.i18n import _
from pop.paths import ensure_private_dir
from pop.storage.db import Database, check_header
from pop.storage.errors import classify, storage_error

_NAME = re.compile(
    r"^spiegelplan-(\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})(?:-(\d+))?-([a-z-]+)\.sqlite3$"
)
_STAMP = "%Y-%m-%d_%H-%M-%S"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup file and when it was taken."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


def list_backups(folder: Path) -> list[BackupInfo]:
    """All backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        taken = _stamp_time(match.group(1))
        if taken is None:
            continue  # a name that looks like ours but holds no real moment: not ours
        found.append(BackupInfo(path, taken, match.group(3), path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _stamp_time(stamp: str) -> datetime | None:
    """The moment in a backup name (``2026-03-01_09-30-00``), or None for an impossible one.

    Read by hand rather than with ``strptime``, which costs a module import at start-up.
    """
    try:
        return datetime(int(stamp[0:4]), int(stamp[5:7]), int(stamp[8:10]),
                        int(stamp[11:13]), int(stamp[14:16]), int(stamp[17:19]))
    except ValueError:
        return None


def backup_due(folder: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is more than a day old (or there is none)."""
    now = now or datetime.now()
    backups = list_backups(folder)
    return not backups or now - backups[0].taken_at >= timedelta(days=1)


def make_backup(db: Database, folder: Path, reason: str = "manual",
                now: datetime | None = None, keep: Path | None = None) -> Path:
    """Write a verified backup of the open database; returns its path.

    Thinning afterwards never removes ``keep`` (the backup about to be restored)."""
    now = (now or datetime.now()).replace(microsecond=0)
    ensure_private_dir(folder)
    target = _free_name(folder, now, reason)
    tmp = target.with_suffix(".tmp")
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            problems = [r[0] for r in dest.execute("PRAGMA integrity_check").fetchall()]
        finally:
            dest.close()
        if problems != ["ok"]:
            raise storage_error(StorageProblem.DAMAGED, db.path)
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise classify(exc, folder / target.name) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise classify(exc, folder / target.name) from exc
    thin_backups(folder, now, keep)
    return target


def _free_name(folder: Path, now: datetime, reason: str) -> Path:
    base = f"spiegelplan-{now.strftime(_STAMP)}"
    safe_reason = re.sub(r"[^a-z-]", "", reason.lower()) or "manual"
    candidate = folder / f"{base}-{safe_reason}.sqlite3"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{base}-{counter}-{safe_reason}.sqlite3"
        counter += 1
    return candidate


def backups_to_keep(times: list[datetime], now: datetime) -> set[datetime]:
    """Which backup times to keep (see the module docstring); always the newest."""
    keep: set[datetime] = set()
    buckets: dict[tuple[str, int, int], datetime] = {}
    for taken in sorted(times, reverse=True):
        age = now - taken
        if age <= timedelta(days=2):
            keep.add(taken)
            continue
        if age <= timedelta(days=14):
            key = ("day", taken.toordinal(), 0)
        elif age <= timedelta(days=61):
            iso = taken.isocalendar()
            key = ("week", iso[0], iso[1])
        elif age <= timedelta(days=366):
            key = ("month", taken.year, taken.month)
        else:
            continue
        if key not in buckets:
            buckets[key] = taken
    keep.update(buckets.values())
    if times:
        keep.add(max(times))
    return keep


def thin_backups(folder: Path, now: datetime | None = None,
                 keep_file: Path | None = None) -> list[Path]:
    """Remove backups the thinning rule no longer needs (never ``keep_file``); returns the
    removed files."""
    backups = list_backups(folder)
    keep = backups_to_keep([b.taken_at for b in backups], now or datetime.now())
    spared = keep_file.resolve() if keep_file is not None else None
    removed: list[Path] = []
    for backup in backups:  # every backup of a kept moment stays (two in one second: both)
        if backup.taken_at in keep or (spared is not None and backup.path.resolve() == spared):
            continue
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def verify_backup(path: Path, supported_version: int) -> None:
    """Refuse a file that is not a good Spiegelplan backup."""
    header = check_header(path, supported_version)
    if not header.exists:
        raise InputError(_("The backup {file} does not exist.").format(file=path))
    if not header.is_sqlite:
        raise storage_error(StorageProblem.NOT_A_DATABASE, path)
    source = Database.connect_read_only(path)
    try:
        problems = source.integrity_problems()
    finally:
        source.close()
    if problems:
        raise StorageError(StorageProblem.DAMAGED, _(
            "The backup {file} is damaged, so it cannot be restored. Nothing was changed. "
            "Choose another backup.").format(file=path))


def restore_into(db: Database, backup: Path, folder: Path, supported_version: int) -> Path:
    """Replace the open database's content with ``backup``; returns the safety backup made
    of the current content first."""
    verify_backup(backup, supported_version)
    safety = make_backup(db, folder, "before-restore", keep=backup)
    try:
        source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            source.backup(db.conn)
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise classify(exc, db.path) from exc
    if db.integrity_problems():
        raise StorageError(StorageProblem.DAMAGED, _("The restored plan is damaged."))
    db.execute("PRAGMA journal_mode=WAL")  # backups are kept without a journal file
    return safety
