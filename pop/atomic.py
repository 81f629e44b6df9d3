"""Write files so that a crash never leaves a half-written file.

Data goes to a temporary file in the same folder, is flushed to disk, and then replaces the
target in one step. If anything fails, the previous file stays exactly as it was.
"""

from __future__ import annotations

import errno
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from pop.errors import ExportError
from pop.i18n import _

TEMP_SUFFIX = ".spiegelplan-tmp"
STALE_AFTER_SECONDS = 600


@contextmanager
def atomic_writer(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces ``target`` atomically."""
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(_("The folder {folder} does not exist.").format(folder=folder))
    _remove_stale_temp_files(folder, path.name)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise _export_error(exc, path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _export_error(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)


def _remove_stale_temp_files(folder: Path, name: str) -> None:
    """Remove temporary files a killed earlier write of ``name`` left behind."""
    cutoff = time.time() - STALE_AFTER_SECONDS
    for leftover in folder.glob(f".{glob.escape(name)}.*{TEMP_SUFFIX}"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``target`` with ``data`` atomically."""
    with atomic_writer(target) as handle:
        handle.write(data)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - directories cannot be fsynced on Windows
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _export_error(exc: OSError, path: Path) -> ExportError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        text = _("The disk is full, so {file} was not written. Free some space and try again.")
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = _(
            "{file} could not be written. It may be open in another program, or the folder "
            "is read-only. Close the file or choose another name."
        )
    else:
        text = _("{file} could not be written ({reason}).")
    return ExportError(text.format(file=path, reason=exc.strerror or exc))
