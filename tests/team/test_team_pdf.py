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
