"""Check the plan file: SQLite's own integrity check plus the plan's consistency rules.

Reports problems in plain words. Reading only: nothing is changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pop.catalogue.load import default_catalogue
from pop.catalogue.model import Catalogue
from pop.i18n import _, ngettext
from pop.storage.catalogue_repo import CatalogueRepository
from pop.storage.db import Database
from pop.storage.journal_repo import JournalRepository
from pop.storage.migrations import SCHEMA_VERSION


class Severity(StrEnum):
    """An error means the file is damaged; a warning means something looks wrong."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found."""

    severity: Severity
    message: str


def check_database(db: Database) -> list[Finding]:
    """All problems in the open database (empty when everything is in order)."""
    problems = db.integrity_problems()
    if problems:
        detail = "; ".join(problems[:3])
        return [Finding(Severity.ERROR, _("The plan file is damaged ({detail}).").format(
            detail=detail))]
    findings: list[Finding] = []
    if db.user_version != SCHEMA_VERSION:
        findings.append(Finding(Severity.WARNING, _(
            "The plan file has data version {found}; this Spiegelplan uses {known}. It is "
            "updated the next time the app opens it.").format(
            found=db.user_version, known=SCHEMA_VERSION)))
        return findings
    gaps = schema_findings(db)
    if gaps:
        return findings + gaps
    broken = db.query("PRAGMA foreign_key_check")
    if broken:
        tables = sorted({str(row[0]) for row in broken})
        findings.append(Finding(Severity.ERROR, ngettext(
            "{n} record refers to something that no longer exists ({tables}).",
            "{n} records refer to something that no longer exists ({tables}).",
            len(broken)).format(n=len(broken), tables=", ".join(tables))))
    findings.extend(_catalogue_findings(db))
    findings.extend(_journal_index_findings(db))
    return findings


def schema_findings(db: Database) -> list[Finding]:
    """A missing table or column is damage; a missing index only makes the app slower."""
    from pop.storage.schema_check import schema_gaps

    gaps = schema_gaps(db)
    findings: list[Finding] = []
    parts = list(gaps.missing_tables) + [f"{table}.{column}"
                                         for table, column in gaps.missing_columns]
    if parts:
        findings.append(Finding(Severity.ERROR, _(
            "Part of the plan file's structure is missing ({parts}). The file was probably "
            "changed by another program.").format(parts=", ".join(parts[:5]))))
    if gaps.missing_indexes:
        findings.append(Finding(Severity.WARNING, _(
            "The plan file lacks {n} search aid(s) ({names}); Spiegelplan may be slower, "
            "but nothing is lost.").format(n=len(gaps.missing_indexes),
                                           names=", ".join(gaps.missing_indexes[:5]))))
    return findings


def _catalogue_findings(db: Database) -> list[Finding]:
    findings: list[Finding] = []
    stored = CatalogueRepository(db)
    default = default_catalogue()
    for cycle in db.query("SELECT id, title, catalogue_id, catalogue_version FROM cycles"):
        key = (cycle["catalogue_id"], cycle["catalogue_version"])
        catalogue: Catalogue | None = default if key == (default.id, default.version) else None
        if catalogue is None:
            catalogue = stored.find(*key)
        if catalogue is None:
            findings.append(Finding(Severity.WARNING, _(
                "Plan period {title} uses catalogue {id} {version}, which is not in the file."
            ).format(title=cycle["title"], id=key[0], version=key[1])))
            continue
        known = {b.id for b in catalogue.blocks}
        unknown = sorted({r["block_id"] for r in db.query(
            "SELECT block_id FROM knowledge_ratings WHERE cycle_id = ?", (cycle["id"],))} - known)
        if unknown:
            findings.append(Finding(Severity.WARNING, _(
                "Plan period {title} has levels for blocks its catalogue does not know: {ids}."
            ).format(title=cycle["title"], ids=", ".join(unknown))))
    return findings


def _journal_index_findings(db: Database) -> list[Finding]:
    if JournalRepository(db).index_is_current():
        return []
    return [Finding(Severity.WARNING, _(
        "The journal search index is out of date; search may miss entries. Spiegelplan "
        "repairs it the next time it opens the plan."))]
