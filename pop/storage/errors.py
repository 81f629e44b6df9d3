"""Turn SQLite and file-system failures into clear messages for the user."""

from __future__ import annotations

import errno
from pathlib import Path

from pop.errors import StorageError, StorageProblem
from pop.i18n import N_, _

_MESSAGES = {
    StorageProblem.LOCKED: N_(
        "The plan is being used by another program right now. Close other Spiegelplan "
        "windows and try again."
    ),
    StorageProblem.READ_ONLY: N_(
        "Spiegelplan cannot save in {folder}: the folder or file is read-only. Choose a "
        "folder you can write to, or ask your IT department."
    ),
    StorageProblem.DISK_FULL: N_(
        "The disk is full, so your last change could not be saved. Free some space; what "
        "you saved before is safe."
    ),
    StorageProblem.DAMAGED: N_(
        "The plan file {file} is damaged. Spiegelplan changed nothing. Restore a backup "
        "(there are copies in {backups})."
    ),
    StorageProblem.NOT_A_DATABASE: N_(
        "{file} is not a Spiegelplan plan file. Spiegelplan changed nothing."
    ),
    StorageProblem.CANNOT_OPEN: N_("The plan file {file} could not be opened ({reason})."),
    StorageProblem.TOO_LARGE: N_("This file is too large to store in the plan (at most {limit})."),
}


_DAMAGED_WITHOUT_BACKUP = N_(
    "The plan file {file} is damaged. Spiegelplan changed nothing. There is no backup of it "
    "yet: keep the file, do not delete it, and ask your IT department for help."
)


def storage_error(
    problem: StorageProblem, path: Path, reason: str = "", **extra: str
) -> StorageError:
    """A :class:`StorageError` with the message for ``problem``."""
    text = _MESSAGES[problem]
    if problem is StorageProblem.DAMAGED and not _has_backups(path.parent / "backups"):
        text = _DAMAGED_WITHOUT_BACKUP
    message = _(text).format(
        file=path, folder=path.parent, backups=path.parent / "backups", reason=reason, **extra
    )
    return StorageError(problem, message)


def classify(exc: BaseException, path: Path) -> StorageError:
    """Name the problem behind a SQLite or OS error."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return storage_error(StorageProblem.DISK_FULL, path)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return storage_error(StorageProblem.READ_ONLY, path)
        return storage_error(StorageProblem.CANNOT_OPEN, path, exc.strerror or str(exc))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return storage_error(StorageProblem.LOCKED, path)
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return storage_error(StorageProblem.READ_ONLY, path)
    if name == "SQLITE_FULL" or "disk is full" in text or "database or disk is full" in text:
        return storage_error(StorageProblem.DISK_FULL, path)
    if name == "SQLITE_NOTADB" or "not a database" in text:
        return storage_error(StorageProblem.NOT_A_DATABASE, path)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text or "corrupt" in text:
        return storage_error(StorageProblem.DAMAGED, path)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        if not _writable(path.parent):
            return storage_error(StorageProblem.READ_ONLY, path)
        return storage_error(StorageProblem.CANNOT_OPEN, path, str(exc))
    if name.startswith("SQLITE_IOERR"):
        return storage_error(StorageProblem.CANNOT_OPEN, path, str(exc))
    raise exc


def _has_backups(folder: Path) -> bool:
    try:
        return any(folder.glob("spiegelplan-*.sqlite3"))
    except OSError:
        return False


def _writable(folder: Path) -> bool:
    import os

    return os.access(folder, os.W_OK)
