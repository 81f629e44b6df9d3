"""Member -> leader -> member: the plan file, the leader's notes and the agreements file."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pop.cli import main
from pop.context import open_workspace
from pop.domain.cycle import AgreementSource
from pop.errors import ImportRejected
from pop.exchange.agreements_file import AgreementsFile, agreements_bytes, parse_agreements
from pop.paths import DataPaths
from pop.storage.team_repo import TeamRepository
from tests.team.helpers import damaged


def test_round_trip_through_the_command_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    member = ["--data-dir", str(tmp_path / "member")]
    leader = ["--data-dir", str(tmp_path / "leader")]
    bundle, agreements = tmp_path / "plan.pop", tmp_path / "afspraken.popa"
    assert main([*member, "init", "--demo", "--seed", "7"]) == 0
    assert main([*leader, "init", "--demo", "--seed", "8"]) == 0
    assert main([*member, "export-bundle", "--out", str(bundle)]) == 0
    assert main([*leader, "import-bundle", str(bundle)]) == 0
    ctx = open_workspace(DataPaths(tmp_path / "leader"), daily_backup=False)
    try:
        repo = TeamRepository(ctx.db)
        (person,) = repo.members()
        repo.save_notes(person.id, "Eigen notitie van de leidinggevende")
        repo.add_agreement(person.id, "Volgt de training <schuldhulp> & oefent in de wijk",
                           date(2026, 6, 1))
        repo.add_agreement(person.id, "Tweewekelijks kort overleg")
        name = person.name
    finally:
        ctx.close()
    capsys.readouterr()
    assert main([*leader, "export-agreements", "--member", name.split()[0],
                 "--out", str(agreements)]) == 0
    assert "Eigen notitie" not in agreements.read_text(encoding="utf-8")
    assert main([*member, "import-agreements", str(agreements)]) == 0
    assert "2 agreements" in capsys.readouterr().out
    assert main([*member, "import-agreements", str(agreements)]) == 0
    assert "0 agreements" in capsys.readouterr().out
    ctx = open_workspace(DataPaths(tmp_path / "member"), daily_backup=False)
    try:
        cycle = ctx.current_cycle()
        from_leader = [a for a in ctx.agreements.for_cycle(cycle.id)
                       if a.source is AgreementSource.LEADER]
        assert [a.text for a in from_leader] == [
            "Volgt de training <schuldhulp> & oefent in de wijk", "Tweewekelijks kort overleg"]
        assert from_leader[0].date == date(2026, 6, 1)
        assert from_leader[0].author == ctx_leader_name(tmp_path)
    finally:
        ctx.close()
    # the agreements are in the member's conversation PDF
    pdf = tmp_path / "gesprek.pdf"
    assert main([*member, "export-pdf", "--out", str(pdf)]) == 0
    import io

    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        pdf.read_bytes())).pages).split())
    assert "Tweewekelijks kort overleg" in text
    # the leader's file does not fit another member's plan
    other = ["--data-dir", str(tmp_path / "other")]
    assert main([*other, "init", "--demo", "--seed", "9"]) == 0
    capsys.readouterr()
    assert main([*other, "import-agreements", str(agreements)]) == 2
    assert "not for this plan" in capsys.readouterr().err


def ctx_leader_name(tmp_path: Path) -> str:
    ctx = open_workspace(DataPaths(tmp_path / "leader"), daily_backup=False)
    try:
        return ctx.profile.get().name
    finally:
        ctx.close()


def test_export_bundle_refuses_client_data_unless_confirmed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["--data-dir", str(tmp_path / "m")]
    assert main([*args, "init", "--demo", "--seed", "2"]) == 0
    ctx = open_workspace(DataPaths(tmp_path / "m"), daily_backup=False)
    try:
        cycle = ctx.current_cycle()
        cycle.context = "Mevrouw (BSN 111222333) woont op Kerkstraat 12."
        ctx.cycles.save(cycle)
    finally:
        ctx.close()
    out = tmp_path / "plan.pop"
    capsys.readouterr()
    assert main([*args, "export-bundle", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "warning:" in err and "111222333" in err and err.strip().splitlines()[-1].startswith(
        "error: ")
    assert not out.exists()
    assert main([*args, "export-bundle", "--out", str(out), "--confirm-client-data"]) == 0
    assert out.exists()


def test_password_file_on_the_command_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    member = ["--data-dir", str(tmp_path / "m")]
    leader = ["--data-dir", str(tmp_path / "l")]
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text("een lang wachtwoord\n", encoding="utf-8")
    out = tmp_path / "plan.pop"
    assert main([*member, "init", "--demo", "--seed", "4"]) == 0
    assert main([*member, "export-bundle", "--out", str(out), "--password-file",
                 str(secret)]) == 0
    assert main([*leader, "import-bundle", str(out)]) == 2
    assert "password" in capsys.readouterr().err
    assert main([*leader, "import-bundle", str(out), "--password-file", str(secret)]) == 0


def _good() -> bytes:
    return agreements_bytes(AgreementsFile("uid-1", "Ayla", "Bram", datetime(2026, 5, 1),
                                           (("Afspraak een", date(2026, 5, 1)),
                                            ("Afspraak twee", None))))


def test_agreements_file_reads_back() -> None:
    content = parse_agreements(_good())
    assert content.plan_uid == "uid-1" and content.leader == "Bram"
    assert content.agreements == (("Afspraak een", date(2026, 5, 1)), ("Afspraak twee", None))


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d.update(format="x"), "not a Spiegelplan agreements file"),
    (lambda d: d.update(format_version=9), "newer version"),
    (lambda d: d.update(extra=1), "unknown field"),
    (lambda d: d.update(plan_uid=5), "required field"),
    (lambda d: d.update(agreements=[]), "no readable list"),
    (lambda d: d["agreements"][0].update(text="Veranderd"), "checksum"),
    (lambda d: d["agreements"][0].update(date="gisteren"), "unreadable date"),
    (lambda d: d.update(created="nooit"), "date is not readable"),
])
def test_bad_agreements_files_are_refused(change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(_good())
    change(data)
    with pytest.raises(ImportRejected, match=message):
        parse_agreements(json.dumps(data).encode())


@settings(max_examples=150)
@given(st.data())
def test_fuzzed_agreements_files_never_crash(data: st.DataObject) -> None:
    try:
        parse_agreements(damaged(_good(), data, 6, may_cut=False))
    except ImportRejected as exc:
        assert "Nothing was changed" in exc.message


def test_bad_agreements_file_leaves_the_plan_byte_identical(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    member = ["--data-dir", str(tmp_path / "member")]
    assert main([*member, "init", "--demo", "--seed", "3"]) == 0
    database = DataPaths(tmp_path / "member").database

    def fingerprint() -> str:
        return hashlib.sha256(database.read_bytes()).hexdigest()

    before = fingerprint()
    good = json.loads(_good())
    for name, data in (("kapot.popa", b"{not json"), ("leeg.popa", b""),
                       ("ander-plan.popa", _good()),
                       ("nan.popa", _good().replace(b'"Afspraak een"', b"NaN")),
                       ("dubbel.popa", json.dumps(good).replace('"leader"', '"leader": "x", '
                                                                '"leader"', 1).encode())):
        path = tmp_path / name
        path.write_bytes(data)
        capsys.readouterr()
        assert main([*member, "import-agreements", str(path)]) == 2, name
        assert capsys.readouterr().err.startswith("error: "), name
        assert fingerprint() == before, name
