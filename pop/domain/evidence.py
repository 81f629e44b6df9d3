"""Evidence: certificates and documents attached to learning activities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


@dataclass(slots=True)
class Evidence:
    """A document kept inside the database (its bytes are read separately)."""

    id: int
    activity_id: int
    filename: str
    mime_type: str
    size: int
    added_at: datetime | None = None
    note: str = ""
