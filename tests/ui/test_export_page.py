"""The export page: sections follow the sharing choices (journal never offered), the PDF is
written where the user chose and opened on request, and signatures are recorded."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pop.domain.cycle import SignatureRole
from pop.domain.sharing import Section


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() or "" for p in PdfReader(BytesIO(path.read_bytes())).pages)


def test_sections_follow_the_sharing_choices(make_page, reopen) -> None:
    page = make_page("export")
    assert Section.JOURNAL not in page._boxes
    assert page._boxes[Section.GOALS].isChecked()
    page._boxes[Section.CONTEXT].setChecked(False)
    assert not reopen().sharing.all()[Section.CONTEXT].in_pdf


def test_make_pdf_writes_the_chosen_sections_and_offers_to_open(make_page, prompts,
                                                               tmp_path: Path) -> None:
    page = make_page("export")
    opened: list[Path] = []
    page.opener = opened.append
    page._boxes[Section.MINDSET].setChecked(False)
    page.english.setChecked(True)
    prompts.save_answer = tmp_path / "plan"
    prompts.confirm_answer = True
    page.make_pdf()
    target = tmp_path / "plan.pdf"
    assert opened == [target]
    text = pdf_text(target)
    assert "Development goals and activities" in text
    assert "Growth mindset" not in text
    assert not prompts.errors
    page.open_button.click()
    assert opened == [target, target]


def test_not_opened_when_declined_and_errors_are_told(make_page, prompts,
                                                     tmp_path: Path) -> None:
    page = make_page("export")
    opened: list[Path] = []
    page.opener = opened.append
    prompts.confirm_answer = False
    prompts.save_answer = tmp_path / "plan.pdf"
    page.make_pdf()
    assert (tmp_path / "plan.pdf").exists() and opened == []
    prompts.save_answer = tmp_path / "missing" / "plan.pdf"
    page.make_pdf()
    assert prompts.errors and not (tmp_path / "missing").exists()


def test_cancel_writes_nothing(make_page, prompts, tmp_path: Path) -> None:
    page = make_page("export")
    prompts.save_answer = None
    page.make_pdf()
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_signature_is_recorded_with_the_fingerprint(make_page, sample_ctx) -> None:
    from pop.services.signing import current_fingerprint

    page = make_page("export")
    row = page.rows[SignatureRole.LEADER]
    row.name.setText("Rob Verbeek")
    row.verdict.setCurrentIndex(1)  # voor gezien
    row.button.click()
    cycle = sample_ctx.current_cycle()
    signatures = sample_ctx.cycles.signatures(cycle.id)
    assert [s.role for s in signatures] == [SignatureRole.LEADER]
    assert signatures[0].fingerprint == current_fingerprint(sample_ctx, cycle.id)
    assert signatures[0].verdict.value == "voor_gezien"
    assert "as it is now" in row.state.text()


def test_an_empty_name_is_refused(make_page, prompts, sample_ctx) -> None:
    page = make_page("export")
    row = page.rows[SignatureRole.EMPLOYEE]
    row.name.setText("  ")
    row.button.click()
    assert prompts.errors
    assert sample_ctx.cycles.signatures(sample_ctx.current_cycle().id) == []


def test_client_data_is_asked_about_before_writing(make_page, prompts, sample_ctx,
                                                   tmp_path: Path) -> None:
    cycle = sample_ctx.current_cycle()
    sample_ctx.agreements.add(cycle.id, "Adres van de inwoner: 1234 AB 56.")
    page = make_page("export")
    prompts.confirm_answer = False
    prompts.save_answer = tmp_path / "plan.pdf"
    page.make_pdf()
    assert prompts.questions and "1234 AB 56" in prompts.questions[0]
    assert not (tmp_path / "plan.pdf").exists()
