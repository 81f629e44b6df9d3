"""The client-data guard: what looks like a resident's personal data is found."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pop.privacy.client_data import Kind, passes_elfproef, scan, scan_text

TODAY = date(2026, 11, 1)


@pytest.mark.parametrize(("text", "kind", "match"), [
    ("Mevrouw met BSN 111222333 belde", Kind.BSN, "111222333"),
    ("bsn: 1112.22.333", Kind.BSN, "1112.22.333"),
    ("Bel haar op 06-12345678", Kind.PHONE, "06-12345678"),
    ("nummer +31 6 1234 5678", Kind.PHONE, "+31 6 1234 5678"),
    ("vaste lijn 020-1234567", Kind.PHONE, "020-1234567"),
    ("mail naar j.jansen@voorbeeld.nl", Kind.EMAIL, "j.jansen@voorbeeld.nl"),
    ("woont op 3512 AB 14", Kind.ADDRESS, "3512 AB 14"),
    ("adres Kerkstraat 12a in het dorp", Kind.ADDRESS, "Kerkstraat 12a"),
    ("geboren op 03-04-1985, twee kinderen", Kind.BIRTH_DATE, "geboren op 03-04-1985"),
    ("geb. 1/2/2019", Kind.BIRTH_DATE, "geb. 1/2/2019"),
    ("sinds 12-05-1961 in de wijk", Kind.BIRTH_DATE, "12-05-1961"),
])
def test_client_data_is_found(text: str, kind: Kind, match: str) -> None:
    findings = scan_text(text, "Doel 1", TODAY)
    assert [(f.kind, f.match) for f in findings] == [(kind, match)]
    assert "Doel 1" in findings[0].message and match in findings[0].message


@pytest.mark.parametrize("text", [
    "Ik wil 10 uur per week besteden aan de opleiding.",
    "Periode 2026-2027, gesprek op 12-11-2026.",
    "De training kost 1.250 euro en duurt 3 dagen.",
    "Registratienummer RSW-1234567 loopt tot 2031.",
    "Nummer 123456789 haalt de elfproef niet.",
    "In 2024 deed ik 48 uur geaccrediteerde scholing.",
])
def test_ordinary_plan_text_is_not_flagged(text: str) -> None:
    assert scan_text(text, "x", TODAY) == []


def test_elfproef() -> None:
    assert passes_elfproef("111222333")
    assert not passes_elfproef("111222334")
    assert not passes_elfproef("000000000")
    assert not passes_elfproef("12345678")


@given(st.text(max_size=300))
def test_scan_never_crashes(text: str) -> None:
    for finding in scan([("x", text)], TODAY):
        assert finding.match and finding.match in text or finding.kind is Kind.BSN


def test_demo_plans_have_no_client_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pop.exchange.plan_collect import collect, shared_texts
    from tests.team.helpers import member_workspace

    for seed in (1, 5, 9):
        ctx = member_workspace(tmp_path, seed)
        try:
            assert scan(shared_texts(collect(ctx))) == []
        finally:
            ctx.close()
