"""Errors a user can understand and act on.

Every problem the user can fix (bad input, a damaged file, a locked database) is a
:class:`PopError` with a translated, plain-language message. Anything else is a bug.
"""

from __future__ import annotations

from enum import Enum


class PopError(Exception):
    """A problem with a clear message for the user (command line exit code 2)."""

    @property
    def message(self) -> str:
        """The user-facing message."""
        return str(self)


class InputError(PopError):
    """The user gave a value or argument we cannot use."""


class CatalogueError(PopError):
    """A catalogue file is not valid."""


class ImportRejected(PopError):
    """An outside file was refused; nothing was changed."""


class ExportError(PopError):
    """A file could not be written; an existing file was left as it was."""


class LockedWorkspace(PopError):
    """Another Spiegelplan is already working on this data folder."""


class StorageProblem(Enum):
    """The kinds of storage problems a user can act on."""

    LOCKED = "locked"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    DAMAGED = "damaged"
    NOT_A_DATABASE = "not_a_database"
    NEWER_VERSION = "newer_version"
    CANNOT_OPEN = "cannot_open"
    TOO_LARGE = "too_large"


class StorageError(PopError):
    """The database could not be used; the message says why and what to do."""

    def __init__(self, problem: StorageProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem
