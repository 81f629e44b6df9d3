"""Read the text inside an evidence document, so it can be checked for client data.

A document can hold what its name does not show: a certificate with a resident's citizen
service number, a report with an address. Before such a document leaves the laptop its text
is read (PDF, plain text, Word ``.docx``) and scanned like every other shared text
(:mod:`pop.privacy.client_data`). Only a bounded part is read, so a big file stays fast.

Reading never fails loudly: a damaged, locked or unknown document is reported as "could not
be checked", with the reason, and never blocks sharing. Pictures and other types are never
guessed at: they are "could not be checked" as well.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath

MAX_PDF_PAGES = 20
MAX_CHARS = 200_000
MAX_TEXT_BYTES = 4 * MAX_CHARS  # a text file: at most this many bytes are decoded
MAX_DOCX_XML = 8 * 1024 * 1024  # word/document.xml unpacked; more counts as unreadable
MAX_DOCX_RATIO = 200  # unpacked / packed; more looks like a zip bomb

TEXT_SUFFIXES = frozenset({".txt", ".csv", ".md"})
TEXT_TYPES = frozenset({"text/plain", "text/csv", "text/markdown"})
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class Readable(StrEnum):
    """What kind of document it is, for reading its text."""

    PDF = "pdf"
    TEXT = "text"
    DOCX = "docx"
    OTHER = "other"  # pictures and everything else: the text cannot be read


class Outcome(StrEnum):
    """How far the text could be read."""

    READ = "read"  # all of it
    PARTLY = "partly"  # only the first pages or characters, or some pages failed
    UNSUPPORTED = "unsupported"  # a picture or another type whose text cannot be read
    NO_TEXT = "no_text"  # a PDF without a text layer, such as a scan
    LOCKED = "locked"  # a PDF with a password
    DAMAGED = "damaged"  # the file could not be read as what it says it is


@dataclass(frozen=True, slots=True)
class PageText:
    """The text of one page (or the whole document when it has no pages)."""

    page: int | None  # 1-based PDF page; None for documents without pages
    text: str


@dataclass(frozen=True, slots=True)
class Extracted:
    """The text read from one document."""

    kind: Readable
    outcome: Outcome
    pages: tuple[PageText, ...] = ()

    @property
    def checked(self) -> bool:
        """True when (part of) the text was read, so a scan means something."""
        return self.outcome in (Outcome.READ, Outcome.PARTLY)


def kind_of(name: str, media_type: str = "") -> Readable:
    """The kind by the file name's ending, else by the media type."""
    suffix = PurePath(name).suffix.lower()
    media = media_type.split(";")[0].strip().lower()
    if suffix == ".pdf" or media == "application/pdf":
        return Readable.PDF
    if suffix in TEXT_SUFFIXES or media in TEXT_TYPES:
        return Readable.TEXT
    if suffix == ".docx" or media == DOCX_TYPE:
        return Readable.DOCX
    return Readable.OTHER


def extract(name: str, media_type: str, data: bytes) -> Extracted:
    """The readable text of a document. Never raises on any bytes."""
    kind = kind_of(name, media_type)
    try:
        if kind is Readable.PDF:
            return _pdf(data)
        if kind is Readable.TEXT:
            return _text(data)
        if kind is Readable.DOCX:
            return _docx(data)
    except Exception:  # noqa: BLE001 - outside bytes: any failure means "could not be read"
        return Extracted(kind, Outcome.DAMAGED)
    return Extracted(kind, Outcome.UNSUPPORTED)


def decode_text(data: bytes) -> str:
    """Bytes of a text file as text: UTF-8 (with or without BOM), UTF-16 with a BOM, else
    Windows-1252; never fails (unknown bytes become a replacement character)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _text(data: bytes) -> Extracted:
    cut = len(data) > MAX_TEXT_BYTES
    text = decode_text(data[:MAX_TEXT_BYTES])
    if len(text) > MAX_CHARS:
        text, cut = text[:MAX_CHARS], True
    return Extracted(Readable.TEXT, Outcome.PARTLY if cut else Outcome.READ,
                     (PageText(None, text),))


def _pdf(data: bytes) -> Extracted:
    import logging
    import warnings

    from pypdf import PdfReader

    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # a damaged file is reported once, as an outcome
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return Extracted(Readable.PDF, Outcome.LOCKED)
            return _pdf_pages(reader)
    finally:
        quiet.setLevel(level)


def _pdf_pages(reader: object) -> Extracted:
    pages: list[PageText] = []
    total, partly = 0, False
    all_pages = reader.pages  # type: ignore[attr-defined]
    count = len(all_pages)
    for number in range(min(count, MAX_PDF_PAGES)):
        try:
            text = all_pages[number].extract_text() or ""
        except Exception:  # noqa: BLE001 - one broken page: read the others
            partly = True
            continue
        room = MAX_CHARS - total
        if len(text) > room:
            text, partly = text[:room], True
        total += len(text)
        pages.append(PageText(number + 1, text))
        if total >= MAX_CHARS:
            partly = partly or number + 1 < count
            break
    partly = partly or count > MAX_PDF_PAGES
    if not any(p.text.strip() for p in pages):  # nothing readable: a scan, or broken pages
        return Extracted(Readable.PDF, Outcome.NO_TEXT if pages else Outcome.DAMAGED)
    return Extracted(Readable.PDF, Outcome.PARTLY if partly else Outcome.READ, tuple(pages))


_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(data: bytes) -> Extracted:
    import xml.etree.ElementTree as ET  # noqa: N817, S405 - no DTD is ever parsed (see below)

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
        if info.file_size > MAX_DOCX_XML or info.file_size > MAX_DOCX_RATIO * max(
                info.compress_size, 1):
            return Extracted(Readable.DOCX, Outcome.DAMAGED)
        with archive.open(info) as member:
            xml = member.read(MAX_DOCX_XML + 1)
    if len(xml) > MAX_DOCX_XML or _DTD.search(xml):
        return Extracted(Readable.DOCX, Outcome.DAMAGED)  # entities could expand: not read
    root = ET.fromstring(xml)  # noqa: S314 - bounded size, no DTD, no entities
    paragraphs: list[str] = []
    total = 0
    for paragraph in root.iter(f"{_W}p"):
        parts: list[str] = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
                parts.append(" ")
        line = "".join(parts)
        paragraphs.append(line)
        total += len(line) + 1
        if total >= MAX_CHARS:
            text = "\n".join(paragraphs)[:MAX_CHARS]
            return Extracted(Readable.DOCX, Outcome.PARTLY, (PageText(None, text),))
    return Extracted(Readable.DOCX, Outcome.READ, (PageText(None, "\n".join(paragraphs)),))
