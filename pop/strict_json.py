"""Read JSON from outside the laptop strictly.

Python's ``json`` accepts things that later break the program or hide tampering: ``NaN`` and
``Infinity``, duplicate keys (the last one silently wins), lone surrogates (which crash a
database insert) and very deep nesting (``RecursionError``). This reader refuses all of them
with a :class:`ValueError` whose message says what is wrong.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 40


def _reject_constant(name: str) -> Any:
    raise ValueError(f"the value {name} is not allowed")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice")
        result[key] = value
    return result


def loads(text: str | bytes) -> Any:
    """Parse ``text`` as strict JSON, or raise :class:`ValueError`."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError("the text is not valid UTF-8") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        value = json.loads(
            text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates
        )
    except RecursionError as exc:
        raise ValueError("the data is nested too deeply") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON (line {exc.lineno}, column {exc.colno})") from exc
    _check(value, 0)
    return value


def _check(value: Any, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise ValueError("the data is nested too deeply")
    if isinstance(value, str):
        check_text(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("a number is too large")
    elif isinstance(value, dict):
        for key, item in value.items():
            check_text(key)
            _check(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check(item, depth + 1)


def check_text(value: str) -> None:
    """Refuse lone surrogates and control characters other than tab and newline."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("a text holds an invalid character") from exc
    for char in value:
        if char < " " and char not in "\t\n\r":
            raise ValueError("a text holds a control character")


def dumps(value: Any) -> str:
    """Write JSON that :func:`loads` reads back (sorted keys, no NaN)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False, indent=1)
