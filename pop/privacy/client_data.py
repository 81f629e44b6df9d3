"""Spot text that looks like client data before it leaves the laptop.

A plan is about the professional, not about the residents they support. Before a plan file
is written the shared text is scanned for what looks like a resident's personal data: a
number that passes the BSN 11-proef, a postcode with a house number or a street address, a
phone number, an e-mail address and a date of birth. The owner then edits the text or
confirms that it is fine. The scan warns; it never changes text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pop.i18n import N_, _


class Kind(StrEnum):
    """What a finding looks like."""

    BSN = "bsn"
    ADDRESS = "address"
    PHONE = "phone"
    EMAIL = "email"
    BIRTH_DATE = "birth_date"

    @property
    def label(self) -> str:
        """A short translated name."""
        return _(_LABELS[self])


_LABELS = {
    Kind.BSN: N_("a citizen service number (BSN)"),
    Kind.ADDRESS: N_("an address"),
    Kind.PHONE: N_("a phone number"),
    Kind.EMAIL: N_("an e-mail address"),
    Kind.BIRTH_DATE: N_("a date of birth"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of text that looks like client data."""

    kind: Kind
    where: str  # the place in the plan, e.g. "Goal 2: description"
    match: str  # the text that looks like client data

    @property
    def message(self) -> str:
        """One readable line: what and where."""
        return _("{where}: \u201c{match}\u201d looks like {kind}.").format(
            where=self.where, match=self.match, kind=self.kind.label)


_NINE_DIGITS = re.compile(r"(?<![\d.\-])(\d{4}[ .]?\d{2}[ .]?\d{3}|\d{3}[ .]\d{3}[ .]\d{3})"
                          r"(?![\d\-]|\.\d)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_POSTCODE_NUMBER = re.compile(
    r"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b[ ,]{0,3}\d{1,5}[a-zA-Z]?\b"
    r"|\b\d{1,5}[a-zA-Z]?[ ,]{1,3}[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b")
_STREET = re.compile(
    r"\b[A-Z][a-zà-ÿ'\-]{1,40}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|steeg|"
    r"pad|dreef|park|markt|straatweg|erf|baan|wal) \d{1,4}(?: ?[a-zA-Z]\b|-\d{1,3})?\b")
_PHONE = re.compile(
    r"(?<![\d+])(?:\+31[ \-]?\(?0?\)?[ \-]?|0031[ \-]?|0)"
    r"(?:6[ \-]?(?:\d[ \-]?){8}|[1-9]\d(?:[ \-]?\d){7})(?!\d)")
_DATE = r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"
_BIRTH_WORDS = re.compile(
    r"(?:geboren|geb\.|geboortedatum|geb\.datum|born|date of birth|d\.o\.b\.?|dob)"
    r"[^\d\n]{0,20}" + _DATE, re.IGNORECASE)
_ANY_DATE = re.compile(r"(?<![\d\-/.])" + _DATE + r"(?![\d\-/])")
OLD_DATE_YEARS = 12  # a full date this many years back or more is probably a birth date


def passes_elfproef(digits: str) -> bool:
    """True when nine digits pass the BSN 11-proef (weights 9..2 and -1)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


def _valid_date(day: str, month: str, year: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _candidates(text: str, today: date | None) -> Iterator[tuple[Kind, re.Match[str], int]]:
    """Every match in order of trust (an e-mail before a phone number inside it)."""
    for match in _EMAIL.finditer(text):
        yield Kind.EMAIL, match, 0
    for match in _NINE_DIGITS.finditer(text):
        if passes_elfproef(re.sub(r"\D", "", match.group(1))):
            yield Kind.BSN, match, 1
    yield from ((Kind.BIRTH_DATE, m, 0) for m in _BIRTH_WORDS.finditer(text)
                if _old_date(m, 9999))
    yield from ((Kind.PHONE, m, 0) for m in _PHONE.finditer(text))
    yield from ((Kind.ADDRESS, m, 0) for m in _POSTCODE_NUMBER.finditer(text))
    yield from ((Kind.ADDRESS, m, 0) for m in _STREET.finditer(text))
    limit = (today or date.today()).year - OLD_DATE_YEARS
    yield from ((Kind.BIRTH_DATE, m, 0) for m in _ANY_DATE.finditer(text) if _old_date(m, limit))


def scan_text(text: str, where: str, today: date | None = None) -> list[Finding]:
    """What in one text looks like client data."""
    if not text or len(text) < 5:
        return []
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for kind, match, group in _candidates(text, today):
        start, end = match.span(group)
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        found.append(Finding(kind, where, match.group(group).strip()))
    return found


def _old_date(match: re.Match[str], limit: int) -> bool:
    day = _valid_date(match.group(1), match.group(2), match.group(3))
    return day is not None and 1900 <= day.year <= limit


def scan(texts: Iterable[tuple[str, str]], today: date | None = None) -> list[Finding]:
    """Scan ``(where, text)`` pairs; the findings in the order of the texts."""
    findings: list[Finding] = []
    for where, text in texts:
        findings.extend(scan_text(text, where, today))
    return findings
