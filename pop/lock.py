"""One Spiegelplan per data folder.

A small lock file holds the process id and host name of the program that works on the
folder. A second program gets a clear message. A lock left behind by a crashed program
(its process no longer exists) is taken over.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from types import TracebackType

from pop.errors import LockedWorkspace
from pop.i18n import _


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class WorkspaceLock:
    """Hold the lock on a data folder while the program works on it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.held = False

    def acquire(self) -> None:
        """Take the lock or raise :class:`LockedWorkspace` with a clear message."""
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                owner = self._read_owner()
                if owner is not None and self._owner_is_running(owner):
                    raise LockedWorkspace(
                        _(
                            "Spiegelplan is already open for this data folder (process {pid} on "
                            "{host}). Use that window, or close it first."
                        ).format(pid=owner.get("pid", "?"), host=owner.get("host", "?"))
                    ) from None
                self.path.unlink(missing_ok=True)  # stale lock of a crashed program
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"pid": os.getpid(), "host": _host_name()}, handle)
            self.held = True
            return
        raise LockedWorkspace(_("The data folder could not be locked. Try again."))

    def release(self) -> None:
        """Give the lock back (only if we hold it)."""
        if self.held:
            owner = self._read_owner()
            if owner is not None and owner.get("pid") == os.getpid():
                self.path.unlink(missing_ok=True)
            self.held = False

    def _read_owner(self) -> dict[str, object] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    @staticmethod
    def _owner_is_running(owner: dict[str, object]) -> bool:
        pid = owner.get("pid")
        if not isinstance(pid, int):
            return False
        if owner.get("host") != _host_name():
            return True  # another computer on a shared folder: never steal its lock
        return _process_alive(pid)

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _host_name() -> str:
    """This computer's name (without importing ``socket``: a quicker start)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform  # pragma: no cover - Windows only

    return os.environ.get("COMPUTERNAME") or platform.node()  # pragma: no cover
