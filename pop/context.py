"""The composition root: one open workspace with its database, repositories and catalogue.

Built once (by the command line or the app) and passed explicitly to whatever needs it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from pop.errors import StorageProblem
from pop.lock import WorkspaceLock
from pop.paths import DataPaths, ensure_private_dir
from pop.resource_files import resource_path
from pop.storage import backup
from pop.storage.db import Database, check_header
from pop.storage.errors import classify, storage_error
from pop.storage.migrations import SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    from pop.catalogue.model import Catalogue
    from pop.domain.cycle import Cycle
    from pop.storage.activities_repo import ActivityRepository
    from pop.storage.agreements_repo import AgreementRepository
    from pop.storage.assessment_repo import AssessmentRepository
    from pop.storage.catalogue_repo import CatalogueRepository
    from pop.storage.cycles_repo import CycleRepository
    from pop.storage.evidence_repo import EvidenceRepository
    from pop.storage.goals_repo import GoalRepository
    from pop.storage.journal_repo import JournalRepository
    from pop.storage.profile_repo import ProfileRepository
    from pop.storage.settings_repo import SettingsRepository
    from pop.storage.sharing_repo import SharingRepository

ACTIVE_CATALOGUE_KEY = "active_catalogue"


@lru_cache(maxsize=1)
def default_catalogue_key() -> tuple[str, str]:
    """Id and version of the shipped catalogue, read without building it (a quick start)."""
    data = json.loads(resource_path("catalogues", "default.json").read_bytes())
    return str(data["id"]), str(data["version"])


@dataclass
class AppContext:
    """An open workspace. Close it when done."""

    paths: DataPaths
    db: Database
    lock: WorkspaceLock | None = None
    _catalogue_cache: dict[tuple[str, str], Catalogue] = field(init=False, default_factory=dict)

    # Repositories are made (and their modules imported) on first use: a quick start.
    @cached_property
    def profile(self) -> ProfileRepository:
        from pop.storage.profile_repo import ProfileRepository
        return ProfileRepository(self.db)

    @cached_property
    def cycles(self) -> CycleRepository:
        from pop.storage.cycles_repo import CycleRepository
        return CycleRepository(self.db)

    @cached_property
    def assessments(self) -> AssessmentRepository:
        from pop.storage.assessment_repo import AssessmentRepository
        return AssessmentRepository(self.db)

    @cached_property
    def goals(self) -> GoalRepository:
        from pop.storage.goals_repo import GoalRepository
        return GoalRepository(self.db)

    @cached_property
    def activities(self) -> ActivityRepository:
        from pop.storage.activities_repo import ActivityRepository
        return ActivityRepository(self.db)

    @cached_property
    def journal(self) -> JournalRepository:
        from pop.storage.journal_repo import JournalRepository
        return JournalRepository(self.db)

    @cached_property
    def evidence(self) -> EvidenceRepository:
        from pop.storage.evidence_repo import EvidenceRepository
        return EvidenceRepository(self.db)

    @cached_property
    def agreements(self) -> AgreementRepository:
        from pop.storage.agreements_repo import AgreementRepository
        return AgreementRepository(self.db)

    @cached_property
    def sharing(self) -> SharingRepository:
        from pop.storage.sharing_repo import SharingRepository
        return SharingRepository(self.db)

    @cached_property
    def settings(self) -> SettingsRepository:
        from pop.storage.settings_repo import SettingsRepository
        return SettingsRepository(self.db)

    @cached_property
    def catalogues(self) -> CatalogueRepository:
        from pop.storage.catalogue_repo import CatalogueRepository
        return CatalogueRepository(self.db)

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue new cycles use (the organisation's own when one was loaded)."""
        chosen = self.settings.get(ACTIVE_CATALOGUE_KEY)
        if isinstance(chosen, list) and len(chosen) == 2:
            found = self._find_catalogue(str(chosen[0]), str(chosen[1]))
            if found is not None:
                return found
        from pop.catalogue.load import default_catalogue

        return default_catalogue()

    def catalogue_for(self, cycle: Cycle | None) -> Catalogue:
        """The catalogue a cycle was made with (so an old plan always reads)."""
        if cycle is None:
            return self.catalogue
        found = self._find_catalogue(cycle.catalogue_id, cycle.catalogue_version)
        return found if found is not None else self.catalogue

    def use_catalogue(self, catalogue: Catalogue) -> None:
        """Make ``catalogue`` the one new cycles use (refused as in :meth:`check_catalogue`)."""
        self.check_catalogue(catalogue)
        self.catalogues.store(catalogue)
        self.settings.set(ACTIVE_CATALOGUE_KEY, [catalogue.id, catalogue.version])

    def check_catalogue(self, catalogue: Catalogue) -> None:
        """Raise :class:`CatalogueError` when ``catalogue`` cannot be used; changes nothing.

        An id and version stand for one content (plans refer to them), so a different
        catalogue under an id and version the plan already knows is refused.
        """
        known = self._find_catalogue(catalogue.id, catalogue.version)
        if known is not None and known != catalogue:
            from pop.errors import CatalogueError
            from pop.i18n import _

            raise CatalogueError(_(
                "This plan already has a different catalogue with id {id} and version "
                "{version}. Give your catalogue file a new version number and load it again."
            ).format(id=catalogue.id, version=catalogue.version))

    def _find_catalogue(self, catalogue_id: str, version: str) -> Catalogue | None:
        key = (catalogue_id, version)
        if key not in self._catalogue_cache:
            from pop.catalogue.load import default_catalogue

            default = default_catalogue()
            if (default.id, default.version) == key:
                self._catalogue_cache[key] = default
            else:
                found = self.catalogues.find(catalogue_id, version)
                if found is None:
                    return None
                self._catalogue_cache[key] = found
        return self._catalogue_cache[key]

    def current_cycle(self) -> Cycle | None:
        """The cycle being worked on (the newest)."""
        return self.cycles.current()

    def backup_now(self, reason: str = "manual") -> backup.BackupInfo:
        """Make a verified backup now."""
        path = backup.make_backup(self.db, self.paths.backups, reason)
        return next(b for b in backup.list_backups(self.paths.backups) if b.path == path)

    def content_replaced(self) -> None:
        """Bring the plan up to date after its whole content was replaced (a restored
        backup), as opening it would; nothing remembered from the old content is used."""
        migrate(self.db)
        self._catalogue_cache.clear()
        _make_ready(self, existing=True)

    def close(self) -> None:
        """Close the database and give the lock back."""
        self.db.close()
        if self.lock is not None:
            self.lock.release()


def open_workspace(paths: DataPaths, *, lock: bool = True, daily_backup: bool = True) -> AppContext:
    """Open (or create) the workspace in ``paths`` ready for use.

    Refuses, without changing the file, a file that is not ours, a newer one and a damaged
    one. Makes a backup before migrating an existing plan, and a daily one.
    """
    try:
        ensure_private_dir(paths.root)
    except OSError as exc:
        raise classify(exc, paths.database) from exc
    workspace_lock = WorkspaceLock(paths.lock_file) if lock else None
    if workspace_lock is not None:
        try:
            workspace_lock.acquire()
        except OSError as exc:
            raise classify(exc, paths.database) from exc
    try:
        return _open(paths, workspace_lock, daily_backup)
    except BaseException:
        if workspace_lock is not None:
            workspace_lock.release()
        raise


def _open(paths: DataPaths, workspace_lock: WorkspaceLock | None, daily_backup: bool) -> AppContext:
    header = check_header(paths.database, SCHEMA_VERSION)
    db = Database.connect(paths.database)
    try:
        if header.exists and header.size > 0 and db.integrity_problems(quick=True):
            raise storage_error(StorageProblem.DAMAGED, paths.database)
        existing = db.user_version > 0
        if existing and db.user_version < SCHEMA_VERSION:
            backup.make_backup(db, paths.backups, "before-migration")
        migrate(db)
        ctx = AppContext(paths, db, workspace_lock)
        _make_ready(ctx, existing)
        if existing and daily_backup and backup.backup_due(paths.backups):
            backup.make_backup(db, paths.backups, "daily")
        return ctx
    except BaseException:
        db.close()
        raise


def _make_ready(ctx: AppContext, existing: bool) -> None:
    """The shipped catalogue is in the plan, and the journal search finds every entry."""
    if default_catalogue_key() not in ctx.catalogues.versions():
        from pop.catalogue.load import default_catalogue

        ctx.catalogues.store(default_catalogue())
    if existing and not ctx.journal.index_is_current():
        ctx.journal.rebuild_index()  # search finds every entry again
