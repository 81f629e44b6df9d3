"""Conversions between column values and Python values (dates, flags, JSON lists)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from pop.usertext import clean_text


def iso_date(value: date | None) -> str | None:
    """A date as stored (``YYYY-MM-DD``)."""
    return value.isoformat() if value is not None else None


def parse_date(value: Any) -> date | None:
    """A stored date back as :class:`date` (``None`` for empty or unreadable values)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def parse_datetime(value: Any) -> datetime | None:
    """A stored timestamp back as :class:`datetime`."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def now_iso() -> str:
    """The current local time, to the second."""
    return datetime.now().replace(microsecond=0).isoformat()


def text(value: str | None) -> str:
    """User text as stored (see :mod:`pop.usertext`)."""
    return clean_text(value or "")


def json_list(value: Any) -> list[str]:
    """A stored JSON list of strings."""
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


def json_dict(value: Any) -> dict[str, float]:
    """A stored JSON object of numbers."""
    try:
        data = json.loads(value or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): float(v) for k, v in data.items() if isinstance(v, int | float)}


def dump(value: Any) -> str:
    """JSON for a column."""
    return json.dumps(value, ensure_ascii=False)
