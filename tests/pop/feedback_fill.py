"""Fill a feedback request form as a rater's PDF reader would (pypdf), for the tests."""

from __future__ import annotations

import io
from collections.abc import Mapping

from pop.exchange.feedback_form import question_field, statement_field


def fill_form(data: bytes, scores: Mapping[str, str], comments: Mapping[str, str] | None = None,
              extra: Mapping[str, str] | None = None) -> bytes:
    """``scores``: statement id -> "1".."5" or "N"; ``comments``: question id -> text."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    values: dict[str, str] = {statement_field(k): f"/{v}" for k, v in scores.items()}
    values.update({question_field(k): v for k, v in (comments or {}).items()})
    values.update(extra or {})
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
