"""Opening the workspace for a command."""

from __future__ import annotations

import argparse

from pop.context import AppContext, open_workspace
from pop.paths import DataPaths, chosen_data_dir


def data_paths(args: argparse.Namespace) -> DataPaths:
    """The data folder the command works on (an empty or file ``--data-dir`` is refused)."""
    return chosen_data_dir(getattr(args, "data_dir", None))


def open_for_command(args: argparse.Namespace, *, daily_backup: bool = True) -> AppContext:
    """Open the workspace (locked, so a running app and a command never write at once)."""
    return open_workspace(data_paths(args), daily_backup=daily_backup)
