"""Dates, numbers and amounts written the Dutch or the English way."""

from __future__ import annotations

from datetime import date

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def long_date(value: date | None, lang: str) -> str:
    """``1 maart 2026`` / ``1 March 2026``; empty for no date."""
    if value is None:
        return ""
    months = MONTHS["en" if lang == "en" else "nl"]
    return f"{value.day} {months[value.month - 1]} {value.year}"


def short_date(value: date | None, lang: str) -> str:
    """``01-03-2026`` / ``01/03/2026``; empty for no date."""
    if value is None:
        return ""
    sep = "/" if lang == "en" else "-"
    return f"{value.day:02d}{sep}{value.month:02d}{sep}{value.year}"


def period(start: date | None, end: date | None, lang: str) -> str:
    """A plan period, e.g. ``1 maart 2026 – 28 februari 2027``."""
    if start is None and end is None:
        return ""
    return f"{long_date(start, lang)} \u2013 {long_date(end, lang)}".strip(" \u2013")


def number(value: float, lang: str, decimals: int = 1) -> str:
    """``4,5`` / ``4.5``; whole numbers without decimals."""
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):d}"
    shown = f"{value:.{decimals}f}"
    return shown.replace(".", ",") if lang != "en" else shown


def money(cents: int, lang: str) -> str:
    """``€ 395`` or ``€ 12,50`` (Dutch); ``€395`` or ``€12.50`` (English)."""
    euros, rest = divmod(cents, 100)
    if lang == "en":
        return f"\u20ac{euros:,}" + (f".{rest:02d}" if rest else "")
    grouped = f"{euros:,}".replace(",", ".")
    return f"\u20ac\u00a0{grouped}" + (f",{rest:02d}" if rest else "")


def fixed(value: float, lang: str, decimals: int = 1) -> str:
    """Always ``decimals`` decimals: ``4,0`` / ``4.0`` (for columns of scores)."""
    shown = f"{value:.{decimals}f}"
    return shown.replace(".", ",") if lang != "en" else shown
