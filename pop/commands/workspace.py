"""Opening the workspace for a command."""

from __future__ import annotations

import argparse

from pop.context import AppContext, open_workspace
from pop.errors import InputError
from pop.i18n import _
from pop.paths import DataPaths, resolve_data_dir


def data_paths(args: argparse.Namespace) -> DataPaths:
    """The data folder the command works on (an empty or file ``--data-dir`` is refused)."""
    explicit = getattr(args, "data_dir", None)
    if explicit is not None and not explicit.strip():
        raise InputError(_("--data-dir needs the name of a folder."))
    paths = resolve_data_dir(explicit)
    if paths.root.exists() and not paths.root.is_dir():
        raise InputError(_("{path} is a file, not a folder. Choose a folder for your data.")
                         .format(path=paths.root))
    return paths


def open_for_command(args: argparse.Namespace, *, daily_backup: bool = True) -> AppContext:
    """Open the workspace (locked, so a running app and a command never write at once)."""
    return open_workspace(data_paths(args), daily_backup=daily_backup)
