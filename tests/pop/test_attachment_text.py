"""The content of evidence documents is read (PDF, text, .docx) and checked for client data;
damaged, locked and unreadable documents say "not checked" and never raise."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pop.i18n import using_language
from pop.privacy import attachment_text
from pop.privacy.attachment_check import check_document
from pop.privacy.attachment_text import Outcome, Readable, decode_text, extract, kind_of
from pop.privacy.client_data import Kind, passes_elfproef

BSN = "111222333"  # 9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3-1*3 = 66, a multiple of 11
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def pdf(*pages: str, password: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, encrypt=password)
    for text in pages:
        page.drawString(72, 720, text)
        page.showPage()
    page.save()
    return buffer.getvalue()


def docx(*paragraphs: str, xml: bytes | None = None) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    document = xml or f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body>' \
        '</w:document>'.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


SAMPLES = {
    "a.pdf": pdf("Bewijs van deelname", f"BSN {BSN}"),
    "a.docx": docx("Verslag", f"Client {BSN}"),
    "a.txt": f"Notitie {BSN}".encode(),
}


def test_the_example_number_passes_the_elfproef() -> None:
    assert passes_elfproef(BSN) and not passes_elfproef("111222334")


def test_pdf_with_a_bsn_is_found_on_its_page_without_the_number() -> None:
    check = check_document("certificaat.pdf", "application/pdf",
                           pdf("Bewijs van deelname", f"Cliënt: {BSN}"))
    assert check.outcome is Outcome.READ and check.checked
    assert [(f.kind, f.page) for f in check.findings] == [(Kind.BSN, 2)]
    with using_language("en"):
        message = check.findings[0].message
    assert "certificaat.pdf" in message and "page 2" in message and "BSN" in message
    assert BSN not in message and "111" not in message


def test_docx_text_is_read_across_runs_and_paragraphs() -> None:
    xml = (f'<w:document {W}><w:body><w:p><w:r><w:t>Nummer 1112</w:t></w:r>'
           '<w:r><w:t>22333</w:t></w:r></w:p><w:p><w:r><w:t>Dorpsstraat 12</w:t></w:r>'
           '</w:p></w:body></w:document>').encode()
    extracted = extract("verslag.docx", "", docx(xml=xml))
    assert extracted.outcome is Outcome.READ
    assert extracted.pages[0].text == "Nummer 111222333\nDorpsstraat 12"
    kinds = {f.kind for f in check_document("verslag.docx", "", docx(xml=xml)).findings}
    assert kinds == {Kind.BSN, Kind.ADDRESS}


def test_txt_is_decoded_leniently_and_scanned() -> None:
    check = check_document("notitie.txt", "text/plain", f"Adres: Dorpsstraat 12\n{BSN}"
                           .encode("cp1252"))
    assert {f.kind for f in check.findings} == {Kind.BSN, Kind.ADDRESS}
    assert decode_text("één".encode("utf-16")) == "één"
    assert decode_text("één".encode("cp1252")) == "één"
    assert decode_text(b"\xef\xbb\xbfok") == "ok"


def test_clean_documents_are_checked_and_say_nothing() -> None:
    for name, data in (("a.pdf", pdf("Training gevolgd")), ("a.docx", docx("Mooi verslag")),
                       ("a.md", b"# Leerpunten\nLuisteren")):
        check = check_document(name, "", data)
        assert check.outcome is Outcome.READ and check.findings == () and check.note == ""


def test_pictures_and_other_types_are_not_checked_and_say_so() -> None:
    for name, media in (("foto.png", "image/png"), ("scan.jpg", "image/jpeg"),
                        ("oud.doc", "application/msword"), ("zonder", "")):
        check = check_document(name, media, f"BSN {BSN}".encode())
        assert check.kind is Readable.OTHER and check.outcome is Outcome.UNSUPPORTED
        assert not check.checked and check.findings == ()
        with using_language("en"):
            assert name in check.note and "not checked" in check.note


def test_locked_damaged_and_empty_pdfs_are_not_checked() -> None:
    locked = check_document("slot.pdf", "", pdf(f"BSN {BSN}", password="geheim"))
    assert locked.outcome is Outcome.LOCKED and not locked.checked
    damaged = check_document("kapot.pdf", "", pdf("tekst")[:300])
    assert damaged.outcome is Outcome.DAMAGED and not damaged.checked
    blank = check_document("scan.pdf", "", pdf(""))
    assert blank.outcome is Outcome.NO_TEXT and not blank.checked
    with using_language("nl"):
        assert "wachtwoord" in locked.note and "scan" in blank.note


def test_the_media_type_decides_when_the_name_has_no_known_ending() -> None:
    assert kind_of("bewijs", "application/pdf") is Readable.PDF
    assert kind_of("bewijs", "text/plain; charset=utf-8") is Readable.TEXT
    assert kind_of("bewijs", DOCX_TYPE) is Readable.DOCX
    assert kind_of("BEWIJS.PDF", "") is Readable.PDF


def test_big_files_are_read_only_in_part(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachment_text, "MAX_PDF_PAGES", 2)
    many = pdf("een", "twee", f"drie {BSN}")
    check = check_document("lang.pdf", "", many)
    assert check.outcome is Outcome.PARTLY and check.findings == ()
    text = extract("lang.txt", "", b"x" * (attachment_text.MAX_TEXT_BYTES + 10))
    assert text.outcome is Outcome.PARTLY
    assert len(text.pages[0].text) == attachment_text.MAX_CHARS


def test_docx_with_entities_or_bombs_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
              b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
              b'<w:document ' + W.encode() + b'><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>'
              b'</w:body></w:document>')
    assert extract("x.docx", "", docx(xml=laughs)).outcome is Outcome.DAMAGED
    monkeypatch.setattr(attachment_text, "MAX_DOCX_XML", 1000)
    big = docx("a" * 5000)  # compresses well: too much unpacked
    assert extract("x.docx", "", big).outcome is Outcome.DAMAGED
    assert extract("x.docx", "", b"PK\x03\x04 not a zip").outcome is Outcome.DAMAGED


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(SAMPLES)), st.data())
def test_damaged_documents_never_raise(name: str, data: st.DataObject) -> None:
    raw = bytearray(SAMPLES[name])
    for _ in range(data.draw(st.integers(1, 12))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    check = check_document(name, "", bytes(raw))
    assert check.outcome in Outcome
    assert check.checked or check.findings == ()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["a.pdf", "a.docx", "a.txt", "a.png"]))
def test_any_bytes_never_raise(raw: bytes, name: str) -> None:
    check = check_document(name, "", raw)
    assert check.outcome in Outcome
