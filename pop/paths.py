"""Where the user's data lives.

Order: ``--data-dir``, the ``SPIEGELPLAN_DATA_DIR`` environment variable, portable mode (a
``portable.txt`` next to the program: data in a ``data`` folder beside it), and otherwise the
per-user local application-data folder (never the roaming profile, never a synced folder).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

DB_FILENAME = "spiegelplan.sqlite3"
ENV_VAR = "SPIEGELPLAN_DATA_DIR"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The files and folders of one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        """The one SQLite file that holds everything."""
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        """Verified copies of the database."""
        return self.root / "backups"

    @property
    def lock_file(self) -> Path:
        """Marks that a Spiegelplan is working on this folder."""
        return self.root / "spiegelplan.lock"

    @property
    def damaged(self) -> Path:
        """Damaged databases are moved here, never deleted."""
        return self.root / "damaged"


def program_dir() -> Path:
    """The folder the program runs from (frozen executable or source tree)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """The per-user local data folder (``%LOCALAPPDATA%\\Spiegelplan`` on Windows)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Spiegelplan", appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """Pick the data folder by the order in this module's docstring."""
    if explicit:
        return DataPaths(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return DataPaths(Path(from_env).expanduser().resolve())
    if (program_dir() / "portable.txt").exists():
        return DataPaths(program_dir() / "data")
    return DataPaths(default_data_dir())


def chosen_data_dir(explicit: str | None) -> DataPaths:
    """The data folder to use, refusing an empty ``--data-dir`` (it is not "the usual
    folder") and a data folder that is a file."""
    from pop.errors import InputError
    from pop.i18n import _

    if explicit is not None and not explicit.strip():
        raise InputError(_("--data-dir needs the name of a folder."))
    paths = resolve_data_dir(explicit)
    if paths.root.exists() and not paths.root.is_dir():
        raise InputError(_("{path} is a file, not a folder. Choose a folder for your data.")
                         .format(path=paths.root))
    return paths


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` readable only by the user (on POSIX: mode 0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
