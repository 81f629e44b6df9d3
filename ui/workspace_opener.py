"""Open a data folder for the app, with a clear message for every problem.

A damaged plan file is offered a fresh start from the newest good backup (the damaged file is
kept aside). The example plan lives in its own data folder and is created on first use.
"""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtWidgets import QWidget

from pop.context import AppContext, open_workspace
from pop.errors import LockedWorkspace, PopError, StorageError, StorageProblem
from pop.i18n import _
from pop.paths import DataPaths
from pop.storage.migrations import SCHEMA_VERSION
from ui.prompts import Prompts

EXAMPLE_FOLDER = "voorbeeld"
DEMO_MODULE = "pop.demo.generator"


def open_with_messages(paths: DataPaths, prompts: Prompts,
                       parent: QWidget | None = None) -> AppContext | None:
    """The open workspace, or ``None`` after telling the user why it cannot be opened."""
    offered_backup = False
    while True:
        try:
            return open_workspace(paths)
        except LockedWorkspace as exc:
            prompts.error(parent, exc.message)
            return None
        except StorageError as exc:
            if exc.problem is StorageProblem.DAMAGED and not offered_backup:
                offered_backup = True
                if _offer_backup(paths, prompts, parent, exc.message):
                    continue
                return None
            prompts.error(parent, exc.message)
            return None
        except PopError as exc:
            prompts.error(parent, exc.message)
            return None


def _offer_backup(paths: DataPaths, prompts: Prompts, parent: QWidget | None,
                  message: str) -> bool:
    from pop.storage.recovery import newest_good_backup, recover_from_backup

    info = newest_good_backup(paths, SCHEMA_VERSION)
    if info is None:
        prompts.error(parent, message)
        return False
    question = message + "\n\n" + _(
        "Start again from the newest good backup, made on {date}? The damaged file is kept "
        "in the folder {folder}."
    ).format(date=info.taken_at.strftime("%d-%m-%Y %H:%M"), folder=paths.damaged)
    if not prompts.confirm(parent, question, _("Use the backup")):
        return False
    try:
        recover_from_backup(paths, SCHEMA_VERSION)
    except PopError as exc:
        prompts.error(parent, exc.message)
        return False
    return True


def example_available() -> bool:
    """True when this version can create the example plan."""
    try:
        return importlib.util.find_spec(DEMO_MODULE) is not None
    except ModuleNotFoundError:
        return False


def example_paths(own: DataPaths) -> DataPaths:
    """The example plan's own data folder, next to (never inside) the user's plan file."""
    return DataPaths(own.root / EXAMPLE_FOLDER)


def open_example(own: DataPaths, prompts: Prompts, parent: QWidget | None = None,
                 seed: int = 1) -> AppContext | None:
    """Open the example plan, creating it the first time."""
    if not example_available():
        prompts.error(parent, _("The example plan is not part of this version."))
        return None
    ctx = open_with_messages(example_paths(own), prompts, parent)
    if ctx is None:
        return None
    if ctx.current_cycle() is None and not ctx.profile.get().is_started:
        try:
            generator = importlib.import_module(DEMO_MODULE)
            generator.create_demo(ctx, seed=seed)
        except PopError as exc:
            ctx.close()
            prompts.error(parent, exc.message)
            return None
    return ctx


def plan_is_empty(ctx: AppContext) -> bool:
    """True when nothing was written in the plan yet (first start)."""
    return ctx.current_cycle() is None and not ctx.profile.get().is_started
