"""The one rule for text a user types: kept exactly, except what is not text at all.

Control characters (NUL and friends, other than tab and newline) cannot be shown, printed or
exchanged safely, and lone surrogates cannot be stored; they are removed or replaced. Line
ends become ``\\n``. Everything else — markup, quotes, emoji, right-to-left script, very long
texts — is kept as typed.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
MAX_TEXT = 100_000


def clean_text(value: str) -> str:
    """Return ``value`` as it will be stored."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    value = _SURROGATE.sub("\ufffd", value)
    return value[:MAX_TEXT]
