"""Importing many plan files without freezing the window: the files are read and checked a
few at a time between paints (with progress and a stop button), then written in one
transaction on a background thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from pop.errors import PopError
from pop.exchange.bundle_read import ReadBundle, read_bundle
from pop.i18n import _
from pop.storage.team_repo import TeamRepository, import_on_own_connection
from pop.team.importing import MAX_FILES, add_to_batch, changes_anything
from pop.team.model import ImportResult

CHUNK_SECONDS = 0.025  # read files for at most this long per step, then let the window paint
STEP_MS = 15  # pause between the heavy steps (backup, write), so input and paint get a turn


class PlanImport(QObject):
    """One import batch. Emits ``progress(done, total)`` while reading and checking, then
    ``ready(results)`` with what it would do (call :meth:`proceed` or :meth:`stop`), then
    ``finished(results)`` or ``failed(message)``. A backup is made just before writing."""

    progress = Signal(int, int)
    ready = Signal(list)  # list[ImportResult]: what importing would do
    finished = Signal(list)  # list[ImportResult]
    failed = Signal(str)

    def __init__(self, repo: TeamRepository, paths: Sequence[Path], password: str | None,
                 backup: Callable[[], object] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.paths = list(paths)
        self.password = password
        self.backup = backup
        self.bundles: list[ReadBundle] = []
        self.held = 0  # bytes of documents in the batch read so far
        self.results: list[ImportResult] = []
        self._stopped = False
        self.running = False

    def start(self) -> None:
        """Begin (returns at once; the work happens in small steps)."""
        if not self.paths:
            self.failed.emit(_("Choose at least one plan file."))
            return
        if len(self.paths) > MAX_FILES:
            self.failed.emit(_("Import at most {n} plan files at a time.").format(n=MAX_FILES))
            return
        self.running = True
        self.progress.emit(0, len(self.paths))
        QTimer.singleShot(0, self._step)

    def stop(self) -> None:
        """Stop before anything is written."""
        self._stopped = True
        if self.running and self.results and len(self.bundles) == len(self.paths):
            QTimer.singleShot(0, self._write)  # waiting for proceed(): end now

    def proceed(self) -> None:
        """Write what :attr:`ready` announced (a backup first when anything changes)."""
        QTimer.singleShot(STEP_MS, self._backup if changes_anything(self.results)
                          else self._write)


    def _step(self) -> None:
        import time

        if self._stopped:
            self.running = False
            self.failed.emit(_("The import was stopped. Nothing was imported."))
            return
        started = time.perf_counter()
        try:
            while len(self.bundles) < len(self.paths):
                self.held = add_to_batch(self.bundles, read_bundle(
                    self.paths[len(self.bundles)], self.password), self.held)
                if time.perf_counter() - started > CHUNK_SECONDS:
                    break
            self.progress.emit(len(self.bundles), len(self.paths))
        except PopError as exc:
            self.running = False
            self.failed.emit(exc.message)
            return
        if len(self.bundles) < len(self.paths):
            QTimer.singleShot(1, self._step)  # a real timer: input and paint get their turn
            return
        try:
            self.results = self.repo.decide(self.bundles)
        except PopError as exc:
            self.running = False
            self.failed.emit(exc.message)
            return
        self.ready.emit(self.results)

    def _backup(self) -> None:
        if self.backup is not None and not self._stopped:
            try:
                self.backup()
            except PopError as exc:
                self.running = False
                self.failed.emit(exc.message)
                return
        QTimer.singleShot(STEP_MS, self._write)

    def _write(self) -> None:
        """Everything is read and checked: write it, all or none, on a background thread."""
        if self._stopped:
            self.running = False
            self.failed.emit(_("The import was stopped. Nothing was imported."))
            return
        from ui.background import BackgroundCall

        bundles, results, path = self.bundles, self.results, self.repo.db.path
        call = BackgroundCall(lambda: import_on_own_connection(path, bundles, results))
        call.done.connect(self._written)
        call.failed.connect(self._write_failed)
        call.start_now()  # the window keeps painting and reacting while SQLite writes

    def _written(self, results: list[ImportResult]) -> None:
        self.repo.remember(self.bundles)
        self.running = False
        self.finished.emit(results)

    def _write_failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)
