"""Feedback request forms: made, filled (pypdf), imported back; every refusal changes nothing."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pop.cli import main
from pop.context import open_workspace
from pop.errors import ImportRejected, InputError
from pop.exchange.feedback_form import ID_FIELD
from pop.exchange.feedback_import import (
    AlreadyImported,
    FeedbackImportRejected,
    add_paper_response,
    import_feedback,
)
from pop.exchange.feedback_read import FormFileError, read_form
from pop.exchange.form_ids import FormIdError, parse_form_id
from pop.mirror.load import cycle_mirror
from pop.mirror.model import RaterGroup, ResponseSource
from pop.mirror.requests import make_request_forms
from pop.paths import DataPaths
from pop.services.cycles import start_plan
from pop.storage.feedback_repo import FeedbackRepository
from tests.pop.feedback_fill import fill_form

TODAY = date(2026, 11, 23)
ALL_FOUR = {"C01a": "4", "C01b": "5", "C02a": "N", "C02b": "2"}


@pytest.fixture
def forms(ctx, cycle, tmp_path):  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    made = make_request_forms(ctx, out, RaterGroup.COLLEAGUE, 3, deadline=date(2026, 12, 14),
                              today=TODAY)
    return made


def count_responses(ctx) -> int:  # type: ignore[no-untyped-def]
    return int(ctx.db.scalar("SELECT COUNT(*) FROM feedback_responses"))


def test_a_form_is_a_clean_two_page_fillable_document(forms) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    assert [p.name for p in forms.paths] == [f"feedback-sanne-collega-0{i}.pdf"
                                             for i in (1, 2, 3)]
    reader = PdfReader(forms.paths[0])
    assert len(reader.pages) == 2
    fields = reader.get_fields() or {}
    radios = [n for n, f in fields.items() if f.get("/FT") == "/Btn"]
    texts = [n for n, f in fields.items() if f.get("/FT") == "/Tx"]
    assert len(radios) == 24 and len(texts) == 4 and ID_FIELD in texts
    assert all(set(fields[n]["/_States_"]) == {"/1", "/2", "/3", "/4", "/5", "/N"}
               for n in radios)
    for page in reader.pages:  # every widget carries its own appearance streams
        for annot in page["/Annots"]:
            assert "/AP" in annot.get_object() or annot.get_object().get("/F", 0) & 2
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Feedback voor Sanne" in text and "14 december 2026" in text and "CO-01" in text
    assert "Je naam wordt niet gevraagd" in text and "minstens 3 mensen" in text
    assert "Kan ik niet beoordelen" in text and "Sanne maakt makkelijk contact" in text


def test_a_filled_form_imports_and_shows_in_the_mirror(ctx, forms) -> None:  # type: ignore[no-untyped-def]
    for path in forms.paths:
        path.write_bytes(fill_form(path.read_bytes(), ALL_FOUR,
                                   {"keep": "Je rust <b> & 😀", "tip": "Meer delen"}))
    report = import_feedback(ctx, list(forms.paths))
    assert len(report.forms) == 3 and report.forms[0].answered == 3
    assert report.forms[0].left_open == 20 and "3 forms imported" in report.summary()
    (response, *_rest) = FeedbackRepository(ctx.db).responses(forms.round.id)
    assert response.scores == {"C01a": 4, "C01b": 5, "C02a": None, "C02b": 2}
    assert response.comments == {"keep": "Je rust <b> & 😀", "tip": "Meer delen"}
    analysis = cycle_mirror(ctx, forms.round.cycle_id).analysis
    assert analysis.shown_groups == (RaterGroup.COLLEAGUE,)
    assert analysis.competences[0].group_mean(RaterGroup.COLLEAGUE) == 4.5


def test_a_form_imported_before_can_be_replaced(ctx, forms) -> None:  # type: ignore[no-untyped-def]
    path = forms.paths[0]
    path.write_bytes(fill_form(path.read_bytes(), ALL_FOUR))
    import_feedback(ctx, [path])
    with pytest.raises(AlreadyImported) as caught:
        import_feedback(ctx, [path])
    assert "imported before" in caught.value.message and count_responses(ctx) == 1
    path.write_bytes(fill_form(path.read_bytes(), {"C01a": "1"}))
    report = import_feedback(ctx, [path], replace=True)
    assert report.forms[0].replaced and count_responses(ctx) == 1
    (response,) = FeedbackRepository(ctx.db).responses(forms.round.id)
    assert response.scores["C01a"] == 1


def refused(ctx, paths: list[Path], fragment: str) -> None:  # type: ignore[no-untyped-def]
    before = count_responses(ctx)
    with pytest.raises(FeedbackImportRejected) as caught:
        import_feedback(ctx, paths)
    assert fragment in caught.value.message, caught.value.message
    assert "\n" not in caught.value.message
    assert count_responses(ctx) == before


def test_every_bad_file_is_refused_with_a_clear_message(ctx, forms, tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = forms.paths[0]
    good.write_bytes(fill_form(good.read_bytes(), ALL_FOUR))
    empty = forms.paths[1]
    refused(ctx, [empty], "holds no answers")
    text_file = tmp_path / "notes.pdf"
    text_file.write_text("just some notes")
    refused(ctx, [good, text_file], "not a PDF")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good.read_bytes()[:3000])
    refused(ctx, [broken], "damaged")
    tampered = tmp_path / "tampered.pdf"
    original = read_form(good.read_bytes()).signed_id
    changed = original.form_id.encode(b"x" * 32).replace("|1|", "|2|")
    tampered.write_bytes(fill_form(good.read_bytes(), {}, extra={ID_FIELD: changed}))
    refused(ctx, [tampered], "has been changed")
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(fill_form(good.read_bytes(), {}, extra={ID_FIELD: "SPF1|nonsense"}))
    refused(ctx, [forged], "has been changed")
    refused(ctx, [tmp_path / "missing.pdf"], "not found")
    refused(ctx, [good, good], "also in")
    assert count_responses(ctx) == 0  # the good form in a bad batch was not kept either


def test_a_flattened_form_is_refused_with_advice(ctx, forms, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(forms.paths[0]))
    writer.remove_annotations(None)
    del writer._root_object[NameObject("/AcroForm")]
    flat = tmp_path / "printed.pdf"
    with flat.open("wb") as handle:
        writer.write(handle)
    refused(ctx, [flat], "printed to PDF")


def test_an_encrypted_form_is_refused(ctx, forms, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(forms.paths[0]))
    writer.encrypt("secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    refused(ctx, [locked], "password")


def test_forms_of_another_plan_or_round_are_refused(ctx, forms, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = open_workspace(DataPaths(tmp_path / "other"))
    try:
        start_plan(other, "Sanne de Vries")
        out = tmp_path / "other-out"
        out.mkdir()
        theirs = make_request_forms(other, out, RaterGroup.CLIENT, 1, today=TODAY).paths[0]
    finally:
        other.close()
    theirs.write_bytes(fill_form(theirs.read_bytes(), ALL_FOUR))
    refused(ctx, [theirs], "another person's plan")
    mine = forms.paths[0]
    mine.write_bytes(fill_form(mine.read_bytes(), ALL_FOUR))
    FeedbackRepository(ctx.db).create_round(forms.round.cycle_id, "Ronde 2", None)
    refused(ctx, [mine], "earlier feedback round")
    FeedbackRepository(ctx.db).delete_round(forms.round.id)
    refused(ctx, [mine], "no longer in this plan")


def test_making_forms_checks_before_writing(ctx, cycle, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError):
        make_request_forms(ctx, tmp_path / "nope", RaterGroup.CLIENT, 2)
    out = tmp_path / "o"
    out.mkdir()
    (out / "feedback-sanne-inwoner-of-client-02.pdf").write_text("mine")
    with pytest.raises(InputError):
        make_request_forms(ctx, out, RaterGroup.CLIENT, 2, today=TODAY)
    assert sorted(p.name for p in out.iterdir()) == ["feedback-sanne-inwoner-of-client-02.pdf"]
    fr = FeedbackRepository(ctx.db).latest_round(cycle.id)
    assert fr is None or FeedbackRepository(ctx.db).status(fr.id).forms_made == 0


def test_paper_answers(ctx, forms) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError):
        add_paper_response(ctx, forms.round.id, RaterGroup.CLIENT, {"C01a": None}, {})
    add_paper_response(ctx, forms.round.id, RaterGroup.CLIENT, {"C01a": 3, "bogus": 5},
                       {"keep": "Goed", "nope": "x"})
    (response,) = FeedbackRepository(ctx.db).responses(forms.round.id)
    assert response.source is ResponseSource.PAPER and response.scores == {"C01a": 3}
    assert response.comments == {"keep": "Goed"}


def test_command_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "data")
    out = tmp_path / "forms"
    out.mkdir()
    assert main(["--data-dir", data, "init"]) == 0
    assert main(["--data-dir", data, "feedback-forms", "--out", str(out), "--group",
                 "leader", "--count", "1"]) == 2  # no plan yet
    ctx = open_workspace(DataPaths(tmp_path / "data"))
    start_plan(ctx, "Sanne de Vries")
    ctx.close()
    assert main(["--data-dir", data, "feedback-forms", "--out", str(out), "--group",
                 "leader", "--count", "0"]) == 2
    assert main(["--data-dir", data, "feedback-forms", "--out", str(out), "--group",
                 "leader", "--count", "2", "--deadline", "2099-01-01"]) == 0
    (first, second) = sorted(out.iterdir())
    capsys.readouterr()
    assert main(["--data-dir", data, "import-feedback", str(first)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and err.count("\n") == 1
    first.write_bytes(fill_form(first.read_bytes(), ALL_FOUR))
    assert main(["--data-dir", data, "import-feedback", str(first)]) == 0
    assert main(["--data-dir", data, "import-feedback", str(first)]) == 2
    assert main(["--data-dir", data, "import-feedback", "--replace", str(first)]) == 0
    assert "1 form imported" in capsys.readouterr().out


@settings(max_examples=40)
@given(st.binary(max_size=400))
def test_reader_never_crashes_on_any_bytes(data: bytes) -> None:
    for candidate in (data, b"%PDF-1.4\n" + data):
        try:
            read_form(candidate)
        except FormFileError as exc:
            assert exc.reason


_SAMPLE: dict[str, bytes] = {}


def sample_form(tmp_path_factory) -> bytes:  # type: ignore[no-untyped-def]
    if "form" not in _SAMPLE:
        ctx = open_workspace(DataPaths(tmp_path_factory.mktemp("sample")))
        start_plan(ctx, "Sanne de Vries")
        out = tmp_path_factory.mktemp("sample-out")
        path = make_request_forms(ctx, out, RaterGroup.COLLEAGUE, 1, today=TODAY).paths[0]
        ctx.close()
        _SAMPLE["form"] = fill_form(path.read_bytes(), ALL_FOUR, {"keep": "ok"})
    return _SAMPLE["form"]


@settings(max_examples=40)
@given(st.data())
def test_reader_on_damaged_forms_reads_or_refuses(tmp_path_factory, data) -> None:  # type: ignore[no-untyped-def]
    original = bytearray(sample_form(tmp_path_factory))
    cut = data.draw(st.integers(0, len(original)))
    mutated = original[:cut]
    for _ in range(data.draw(st.integers(0, 5))):
        if mutated:
            position = data.draw(st.integers(0, len(mutated) - 1))
            mutated[position] = data.draw(st.integers(0, 255))
    try:
        form = read_form(bytes(mutated))
    except FormFileError as exc:
        assert exc.reason
    else:
        assert all(v is None or 1 <= v <= 5 for v in form.scores.values())


@settings(max_examples=25)
@given(st.text(max_size=80), st.sampled_from(["/1", "/5", "/N", "/Off", "/7", "/abc", "/0"]))
def test_reader_on_forms_with_any_field_values(tmp_path_factory, identifier, radio) -> None:  # type: ignore[no-untyped-def]
    filled = fill_form(sample_form(tmp_path_factory), {}, extra={ID_FIELD: identifier,
                                                                  "s_C03a": radio})
    try:
        form = read_form(filled)
    except FormFileError as exc:
        assert exc.reason
    else:
        assert all(v is None or 1 <= v <= 5 for v in form.scores.values())
        assert form.signed_id.form_id.serial >= 1


@given(st.text(max_size=120))
def test_form_ids_parse_or_refuse(text: str) -> None:
    try:
        signed = parse_form_id(text)
    except FormIdError:
        return
    assert signed.form_id.encode(b"k").startswith("SPF1|")


def test_pop_error_type() -> None:
    assert issubclass(FeedbackImportRejected, ImportRejected)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", ["Jo", "Maximiliaan-Alexander"])
def test_every_form_fits_on_two_pages(lang: str, name: str) -> None:
    from pypdf import PdfReader

    from pop.catalogue.load import default_catalogue
    from pop.exchange.feedback_form import FormContent, render_form

    for group in (RaterGroup.LEADER, RaterGroup.CLIENT):
        data = render_form(FormContent(lang, name, group, 12, date(2026, 12, 14),
                                       default_catalogue(), "SPF1|x"))
        assert len(PdfReader(io.BytesIO(data)).pages) == 2
