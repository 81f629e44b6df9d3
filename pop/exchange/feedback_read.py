"""Read a returned feedback form (the PDF a rater filled in and saved) — no database.

Public API: :func:`read_form(data, name) -> FilledForm <read_form>`; raises
:class:`FormFileError` (with a plain :attr:`FormFileError.reason`) for a file that is not a
PDF, is damaged, is protected with a password, is too large, or is not a Spiegelplan form.
Only the field types the form uses are read: radio groups ``s_*``, text fields ``o_*`` and
the hidden identifier. Values that are not on the scale make the file count as damaged.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from typing import Any

from pop.exchange.feedback_form import CANNOT_JUDGE, ID_FIELD
from pop.exchange.form_ids import FormIdError, SignedFormId, parse_form_id
from pop.i18n import _
from pop.mirror.model import OPEN_QUESTION_MAX_CHARS, SCALE_MAX, SCALE_MIN
from pop.usertext import clean_text

MAX_BYTES = 20 * 1024 * 1024
MAX_FIELDS = 2000
_OFF = {"", "Off", "OFF", "off"}


class FormFileError(Exception):
    """The file cannot be used as a feedback form; ``reason`` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class FilledForm:
    """What a returned form holds. ``scores``: statement id -> 1..5 or None (can't judge);
    statements left open are absent. ``comments``: question id -> text."""

    signed_id: SignedFormId
    scores: dict[str, int | None] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)


def _damaged() -> FormFileError:
    return FormFileError(_("the file is damaged and cannot be read. Ask the sender to save "
                           "the form again and send it once more."))


def _name(value: Any) -> str:
    text = str(value) if value is not None else ""
    return text[1:] if text.startswith("/") else text


def _radio_value(field_obj: Any, widgets: dict[str, list[Any]], name: str) -> str:
    value = _name(field_obj.get("/V"))
    if value and value not in _OFF:
        return value
    for widget in widgets.get(name, []):  # some readers only set the widget's state
        state = _name(widget.get("/AS"))
        if state and state not in _OFF:
            return state
    return ""


def _widgets(reader: Any) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            parent = annot.get("/Parent")
            if parent is not None:
                title = parent.get_object().get("/T")
                if title is not None:
                    found.setdefault(str(title), []).append(annot)
    return found


def _open(data: bytes) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    if len(data) > MAX_BYTES:
        raise FormFileError(_("the file is too large for a feedback form."))
    if b"%PDF-" not in data[:1024]:
        raise FormFileError(_("this is not a PDF file."))
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except Exception:  # noqa: BLE001 - any failure means: cannot open
                opened = False
            if not opened:
                raise FormFileError(_("the file is protected with a password. Ask the sender "
                                      "to save the form without a password."))
        return reader
    except FormFileError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, RecursionError, OSError, AssertionError) as exc:
        raise _damaged() from exc


def _identifier(fields: dict[str, Any], reader: Any) -> SignedFormId:
    candidates = []
    id_field = fields.get(ID_FIELD)
    if id_field is not None and id_field.get("/V") is not None:
        candidates.append(str(id_field.get("/V")))
    try:
        keywords = reader.metadata.keywords if reader.metadata else None
    except Exception:  # noqa: BLE001 - unreadable metadata: rely on the field
        keywords = None
    if keywords:
        candidates.append(str(keywords))
    if not candidates:
        raise FormFileError(_("this is not a Spiegelplan feedback form (its hidden form code "
                              "is missing)."))
    try:
        return parse_form_id(candidates[0])
    except FormIdError as exc:
        raise FormFileError(_("the hidden form code has been changed, so the answers cannot "
                              "be trusted.")) from exc


def read_form(data: bytes) -> FilledForm:
    """The answers in a returned form; :class:`FormFileError` when it cannot be used."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = _open(data)
    try:
        fields = reader.get_fields() or {}
        if len(fields) > MAX_FIELDS:
            raise _damaged()
        signed = _identifier(fields, reader)
        if not any(name.startswith("s_") for name in fields):
            raise FormFileError(_(
                "the form lost its fields (it was probably printed to PDF instead of saved). "
                "Ask the sender to use Save, or type the answers in from paper."))
        widgets = _widgets(reader)
        scores: dict[str, int | None] = {}
        comments: dict[str, str] = {}
        allowed = {str(v) for v in range(SCALE_MIN, SCALE_MAX + 1)}
        for name, field_obj in fields.items():
            if name.startswith("s_"):
                value = _radio_value(field_obj, widgets, name)
                if not value:
                    continue
                if value == CANNOT_JUDGE:
                    scores[name[2:].replace("~", ".")] = None
                elif value in allowed:
                    scores[name[2:].replace("~", ".")] = int(value)
                else:
                    raise _damaged()
            elif name.startswith("o_"):
                raw = field_obj.get("/V")
                body = clean_text(str(raw)) if raw is not None else ""
                if body.strip():  # kept exactly as written (only control characters go)
                    comments[name[2:].replace("~", ".")] = body[:OPEN_QUESTION_MAX_CHARS]
    except FormFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken files
        raise _damaged() from exc
    return FilledForm(signed, scores, comments)
