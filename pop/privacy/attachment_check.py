"""Check the content of an evidence document for client data before it leaves the laptop.

The text is read by :mod:`pop.privacy.attachment_text` and scanned by
:mod:`pop.privacy.client_data`. A finding names the document, the page and what kind of
thing was found ("looks like a citizen service number"), never the value itself: the owner
opens the document to see it. A document whose text could not be read says so plainly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pop.i18n import _
from pop.privacy.attachment_text import MAX_PDF_PAGES, Outcome, Readable, extract
from pop.privacy.client_data import Kind, scan_text


@dataclass(frozen=True, slots=True)
class ContentFinding:
    """One kind of client data in a document, first seen on ``page``."""

    name: str
    kind: Kind
    page: int | None = None

    @property
    def message(self) -> str:
        """One readable line without the value: document, page, what it looks like."""
        if self.page is None:
            return _("{name}: something in it looks like {kind}.").format(
                name=self.name, kind=self.kind.label)
        return _("{name}, page {page}: something on it looks like {kind}.").format(
            name=self.name, page=self.page, kind=self.kind.label)


@dataclass(frozen=True, slots=True)
class DocumentCheck:
    """What checking one document found."""

    name: str
    kind: Readable
    outcome: Outcome
    findings: tuple[ContentFinding, ...] = ()

    @property
    def checked(self) -> bool:
        """True when (part of) the content was read and scanned."""
        return self.outcome in (Outcome.READ, Outcome.PARTLY)

    @property
    def note(self) -> str:
        """A plain line about how far the content was checked ("" when all of it was)."""
        if self.outcome is Outcome.PARTLY and self.kind is Readable.PDF:
            return _("{name}: only part of this PDF could be checked (at most the first "
                     "{pages} pages). Check the rest yourself.").format(
                         name=self.name, pages=MAX_PDF_PAGES)
        notes = {
            Outcome.READ: "",
            Outcome.PARTLY: _("{name}: only the first part of this file was checked. Check "
                              "the rest yourself.").format(name=self.name),
            Outcome.UNSUPPORTED: _("{name}: Spiegelplan cannot read the content of this kind "
                                   "of file (for example a photo), so it was not checked. "
                                   "Check it yourself.").format(name=self.name),
            Outcome.NO_TEXT: _("{name}: this PDF holds no readable text (perhaps it is a "
                               "scan), so it was not checked. Check it yourself.").format(
                                   name=self.name),
            Outcome.LOCKED: _("{name}: this PDF is locked with a password, so it was not "
                              "checked. Check it yourself.").format(name=self.name),
            Outcome.DAMAGED: _("{name}: this file could not be read, so it was not checked. "
                               "Check it yourself.").format(name=self.name),
        }
        return notes[self.outcome]


def check_document(name: str, media_type: str, data: bytes,
                   today: date | None = None) -> DocumentCheck:
    """Read and scan one document; every kind of finding once, on the first page it shows.
    Never raises on any bytes."""
    extracted = extract(name, media_type, data)
    seen: dict[Kind, ContentFinding] = {}
    for page in extracted.pages:
        for finding in scan_text(page.text, name, today):
            seen.setdefault(finding.kind, ContentFinding(name, finding.kind, page.page))
    return DocumentCheck(name, extracted.kind, extracted.outcome, tuple(seen.values()))
