"""Import members' plan files: read and check every file first, then write all or none."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pop.errors import ImportRejected, InputError
from pop.exchange.bundle_read import ReadBundle, read_bundle
from pop.i18n import _
from pop.storage.db import Database
from pop.storage.team_repo import TeamRepository
from pop.team.model import ImportAction, ImportResult

MAX_FILES = 5000
MAX_BATCH_ATTACHMENT_BYTES = 400 * 1024 * 1024  # documents held in memory until written
Progress = Callable[[int, int], bool | None]  # (done, total); returning False stops


class ImportStopped(ImportRejected):
    """The user stopped the import; nothing was imported."""


def read_files(paths: Sequence[str | Path], password: str | None = None,
               progress: Progress | None = None) -> list[ReadBundle]:
    """Read and check every file (no database needed: safe in a worker thread)."""
    if not paths:
        raise InputError(_("Choose at least one plan file."))
    if len(paths) > MAX_FILES:
        raise InputError(_("Import at most {n} plan files at a time.").format(n=MAX_FILES))
    bundles: list[ReadBundle] = []
    total, held = len(paths), 0
    for index, path in enumerate(paths):
        held = add_to_batch(bundles, read_bundle(path, password), held)
        if progress is not None and progress(index + 1, total) is False:
            raise ImportStopped(_("The import was stopped. Nothing was imported."))
    return bundles


def add_to_batch(bundles: list[ReadBundle], bundle: ReadBundle, held: int = 0) -> int:
    """Add a checked file to the batch; returns the bytes of documents the batch now holds
    (pass it back in). Refuses a batch whose documents are too large together: they are all
    held until the batch is written, all or none."""
    held += sum(len(data) for data in bundle.attachments.values())
    if held > MAX_BATCH_ATTACHMENT_BYTES:
        raise ImportRejected(_(
            "These plan files hold more than {mb} MB of documents together. Import them in "
            "smaller groups. Nothing was imported.").format(
                mb=MAX_BATCH_ATTACHMENT_BYTES // (1024 * 1024)))
    bundles.append(bundle)
    return held


def import_files(db: Database, paths: Sequence[str | Path], password: str | None = None,
                 progress: Progress | None = None) -> list[ImportResult]:
    """Import plan files into the team workspace, all or none."""
    return TeamRepository(db).import_bundles(read_files(paths, password, progress))


def counts(results: Sequence[ImportResult]) -> str:
    """"2 new, 1 updated to a newer version (your notes stay)"."""
    added = sum(1 for r in results if r.action is ImportAction.ADDED)
    replaced = sum(1 for r in results if r.action is ImportAction.REPLACED)
    same = sum(1 for r in results if r.action is ImportAction.UNCHANGED)
    parts = []
    if added:
        parts.append(_("{n} new").format(n=added))
    if replaced:
        parts.append(_("{n} updated to a newer version (your notes stay)").format(n=replaced))
    if same:
        parts.append(_("{n} already up to date").format(n=same))
    return ", ".join(parts) or "0"


def summary(results: Sequence[ImportResult]) -> str:
    """One line about what an import did."""
    return _("Plan files imported: {parts}.").format(parts=counts(results))


def changes_anything(results: Sequence[ImportResult]) -> bool:
    """True when importing adds or replaces at least one plan (then a backup is made first)."""
    return any(r.action is not ImportAction.UNCHANGED for r in results)


def preview(results: Sequence[ImportResult], limit: int = 8) -> str:
    """What an import is about to do, for the question before writing."""
    names = [r.name for r in results if r.action is not ImportAction.UNCHANGED]
    shown = ", ".join(names[:limit]) + (_(" and {n} more").format(n=len(names) - limit)
                                         if len(names) > limit else "")
    return _("Import the plans of {names}? ({counts})").format(names=shown,
                                                                counts=counts(results))
