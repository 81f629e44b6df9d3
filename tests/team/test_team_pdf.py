"""The team PDF: the map, the gaps by name, shared needs and one line per member."""

from __future__ import annotations

import io
from datetime import date, datetime

from pop.catalogue.load import default_catalogue
from pop.exchange.shared_plan import SharedCycle, SharedGoal, SharedMember, SharedPlan, SharedRating
from pop.i18n import using_language
from pop.team.model import TeamMember
from pop.team.team_pdf import render
from tests.hostile_texts import HOSTILE_TEXTS as HOSTILE


def _member(i: int, name: str, levels: dict[str, int], goal: str = "") -> TeamMember:
    plan = SharedPlan(
        plan_uid=f"u{i}", exported_at=datetime(2026, 4, 1), member=SharedMember(
            name, "Sociaal werker", specialism="Schulden"),
        cycle=SharedCycle("2026", conversation_date=date(2030, 1, 1)),
        sections=("knowledge", "goals"),
        knowledge=tuple(SharedRating(b, lv, 4) for b, lv in levels.items()),
        goals=(SharedGoal(goal, blocks=("LG3",)),) if goal else ())
    return TeamMember(i, plan, "x")


def _text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_team_pdf_names_gaps_needs_and_members() -> None:
    members = [_member(1, "Ayla Bakker", {"LG3": 4, "LG7": 1}, "Schuldhulp verdiepen"),
               _member(2, "Bram de Boer", {"LG3": 1, "LG7": 0}, "Budgetcoaching leren")]
    with using_language("en"):
        text = _text(render(members, default_catalogue(), "Wijkteam Noord", date(2026, 5, 1)))
    assert "Team overview" in text and "Wijkteam Noord" in text
    assert "Single point of failure: only Ayla Bakker" in text
    assert "Gap: nobody can support" in text
    assert "Ayla Bakker, Bram de Boer" in text  # a shared learning need, with names
    assert "Schuldhulp verdiepen" in text and "Knowledge map" in text


def test_team_pdf_prints_hostile_names_and_an_empty_team() -> None:
    members = [_member(i, text[:60] or "x", {"LG1": 2}) for i, text in enumerate(HOSTILE)]
    assert render(members, default_catalogue()).startswith(b"%PDF")
    assert "No plan files" in _text(render([], default_catalogue()))


def test_every_page_says_which_page_of_how_many() -> None:
    from pypdf import PdfReader

    members = [_member(i, f"Lid {i}", {"LG3": i % 5, "LG7": (i + 2) % 5}) for i in range(40)]
    with using_language("nl"):
        pdf = render(members, default_catalogue(), "Wijkteam Zuid", date(2026, 5, 1))
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in page.extract_text()


def _with_documents(member: TeamMember) -> TeamMember:
    from dataclasses import replace

    from pop.exchange.shared_plan import SharedActivity, SharedAttachment

    files = (SharedAttachment("attachments/1", "certificaat &amp; co.pdf", 13_312, "0" * 64),
             SharedAttachment("attachments/2", "verslag.docx", 1_468_006, "1" * 64))
    goal = SharedGoal("Schuldhulp verdiepen", activities=(
        SharedActivity("Training Schuldenwijzer", attachments=files),))
    return TeamMember(member.id, replace(member.plan, goals=(goal,)), "x")


def test_team_pdf_lists_the_documents_members_sent_along() -> None:
    members = [_with_documents(_member(1, "Ayla Bakker", {"LG3": 4})),
               _member(2, "Bram de Boer", {"LG3": 1})]
    with using_language("nl"):
        text = _text(render(members, default_catalogue(), "Noord", date(2026, 5, 1)))
    listed = text[text.index("Meegestuurde bewijsstukken"):]
    assert "Ayla Bakker" in listed and "Bram de Boer" not in listed
    assert "certificaat &amp; co.pdf" in listed and "verslag.docx" in listed
    assert "Training Schuldenwijzer" in listed and "13 kB" in listed and "1,4 MB" in listed
    with using_language("en"):
        text = _text(render(members[1:], default_catalogue(), "", date(2026, 5, 1)))
    assert "No member sent evidence documents along." in text
    assert "Evidence documents sent along" not in text  # no heading (and no page) for nothing


def test_team_pdf_prints_hebrew_and_arabic_goals() -> None:
    import unicodedata

    members = [_member(1, "Ayla Bakker", {"LG3": 4}, "Leren: مرحبا بالعالم"),
               _member(2, "Bram de Boer", {"LG3": 1}, "שלום עולם")]
    with using_language("nl"):
        text = unicodedata.normalize("NFKC", _text(render(members, default_catalogue())))
    assert "Leren: بالعالم مرحبا" in text and "עולם שלום" in text and "\ufffd" not in text


def test_every_name_in_the_team_pdf_uses_the_unicode_font() -> None:
    """Turkish, Polish or Vietnamese names are common in Dutch teams: Helvetica (the PDF
    default) cannot draw 'ğ' or 'ł', so the names in the knowledge map use Noto Sans too."""
    members = [_member(1, "Elif Ağaoğlu", {"LG3": 4}), _member(2, "Paweł Łukasik", {"LG3": 2})]
    text = _text(render(members, default_catalogue(), "Wijkteam Oost", date(2026, 5, 1)))
    assert text.count("Elif Ağaoğlu") >= 2 and text.count("Paweł Łukasik") >= 2  # map + list
