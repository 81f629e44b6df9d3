"""The hidden identifier of a feedback request form, signed so it cannot be altered unseen.

Public API: :class:`FormId` (plan uid, round uid, group, serial) with :meth:`FormId.encode`
(``SPF1|plan|round|group|serial|code``) and :func:`parse_form_id` (raises
:class:`FormIdError` for text that is not an identifier), and :func:`integrity_code` /
:meth:`FormId.verify` with the plan's secret (HMAC-SHA256, kept in the plan file).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from pop.mirror.model import RaterGroup

PREFIX = "SPF1"
MAX_SERIAL = 9999
_UID = re.compile(r"^[0-9a-fA-F-]{8,64}$")
_CODE = re.compile(r"^[0-9a-f]{20}$")


class FormIdError(ValueError):
    """The text is not a well-formed form identifier."""


@dataclass(frozen=True, slots=True)
class FormId:
    """Which plan, round, group and form a request form belongs to."""

    plan_uid: str
    round_uid: str
    group: RaterGroup
    serial: int

    def message(self) -> bytes:
        """The bytes the integrity code covers."""
        parts = (PREFIX, self.plan_uid, self.round_uid, self.group.value, str(self.serial))
        return "|".join(parts).encode()

    def encode(self, secret: bytes) -> str:
        """The identifier with its integrity code, as stored in the form."""
        return f"{self.message().decode()}|{integrity_code(secret, self)}"


def integrity_code(secret: bytes, form_id: FormId) -> str:
    """20 hex characters of HMAC-SHA256 over the identifier."""
    return hmac.new(secret, form_id.message(), hashlib.sha256).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class SignedFormId:
    """A parsed identifier with the code found next to it."""

    form_id: FormId
    code: str

    def verify(self, secret: bytes) -> bool:
        """True when the code matches (constant-time comparison)."""
        return hmac.compare_digest(self.code, integrity_code(secret, self.form_id))


def parse_form_id(text: str) -> SignedFormId:
    """Read ``SPF1|plan|round|group|serial|code``; :class:`FormIdError` when malformed."""
    if not isinstance(text, str) or len(text) > 300:
        raise FormIdError("not an identifier")
    parts = text.strip().split("|")
    if len(parts) != 6 or parts[0] != PREFIX:
        raise FormIdError("not an identifier")
    _prefix, plan_uid, round_uid, group_text, serial_text, code = parts
    if not (_UID.match(plan_uid) and _UID.match(round_uid) and _CODE.match(code)):
        raise FormIdError("bad identifier part")
    try:
        group = RaterGroup(group_text)
    except ValueError as exc:
        raise FormIdError("unknown group") from exc
    if not serial_text.isascii() or not serial_text.isdigit() or len(serial_text) > 4:
        raise FormIdError("bad serial")
    serial = int(serial_text)
    if not 1 <= serial <= MAX_SERIAL:
        raise FormIdError("bad serial")
    return SignedFormId(FormId(plan_uid, round_uid, group, serial), code)
