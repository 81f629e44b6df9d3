"""Importing plan files on the leader's side: all or none, newer replaces, older refused,
the leader's notes stay, a refused batch leaves the database byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest

from pop.cli import main
from pop.context import open_workspace
from pop.errors import ImportRejected
from pop.exchange.bundle_read import read_bundle_bytes
from pop.paths import DataPaths
from pop.storage.team_repo import TeamRepository
from pop.team.importing import import_files, read_files
from pop.team.model import ImportAction
from tests.team.helpers import demo_bundle, with_plan


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("team")
    out: dict[str, Path] = {}
    for seed in (1, 2, 3):
        path = root / f"member{seed}.pop"
        path.write_bytes(demo_bundle(root, seed, now=datetime(2026, 5, seed, 9, 0)))
        out[f"m{seed}"] = path
    newer = read_bundle_bytes(out["m1"].read_bytes()).plan
    data = with_plan(out["m1"].read_bytes(), lambda d: d.update(
        exported_at="2026-06-01T09:00:00", team_contribution="Nieuwe versie"))
    (root / "member1-new.pop").write_bytes(data)
    out["m1_new"] = root / "member1-new.pop"
    bad = root / "kapot.pop"
    bad.write_bytes(b"PK\x03\x04 broken")
    out["bad"] = bad
    assert newer.member.name
    return out


@pytest.fixture
def leader(tmp_path: Path):  # type: ignore[no-untyped-def]
    ctx = open_workspace(DataPaths(tmp_path / "leader"), daily_backup=False)
    yield ctx
    ctx.close()


def test_import_many_then_newer_replaces_and_keeps_notes(leader, files) -> None:  # type: ignore[no-untyped-def]
    repo = TeamRepository(leader.db)
    results = import_files(leader.db, [files["m1"], files["m2"], files["m3"]])
    assert [r.action for r in results] == [ImportAction.ADDED] * 3
    member = next(m for m in repo.members() if m.plan.plan_uid == read_bundle_bytes(
        files["m1"].read_bytes()).plan.plan_uid)
    repo.save_notes(member.id, "Let op: werkdruk bespreken")
    repo.set_meeting_date(member.id, date(2030, 1, 2))
    repo.add_agreement(member.id, "Training in het voorjaar")
    again = import_files(leader.db, [files["m1_new"]])
    assert again[0].action is ImportAction.REPLACED
    updated = repo.get(member.id)
    assert updated is not None
    assert updated.plan.team_contribution == "Nieuwe versie"
    assert updated.notes == "Let op: werkdruk bespreken"
    assert updated.meeting_date == date(2030, 1, 2)
    assert [a.text for a in repo.agreements(member.id)] == ["Training in het voorjaar"]
    assert repo.count() == 3
    same = import_files(leader.db, [files["m1_new"]])
    assert same[0].action is ImportAction.UNCHANGED


def _fingerprint(paths: DataPaths) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        file = paths.database.with_name(paths.database.name + suffix)
        if file.exists():
            digest.update(file.read_bytes())
    return digest.hexdigest()


def test_older_version_is_refused_and_nothing_changes(tmp_path: Path, files) -> None:  # type: ignore[no-untyped-def]
    paths = DataPaths(tmp_path / "leader")
    args = ["--data-dir", str(paths.root)]
    assert main([*args, "init"]) == 0
    assert main([*args, "import-bundle", str(files["m1_new"]), str(files["m2"])]) == 0
    before = _fingerprint(paths)
    assert main([*args, "import-bundle", str(files["m3"]), str(files["m1"])]) == 2
    assert _fingerprint(paths) == before
    ctx = open_workspace(paths, daily_backup=False)
    try:
        names = {m.plan.plan_uid for m in TeamRepository(ctx.db).members()}
        assert len(names) == 2  # member 3 was not added: the batch is all or none
    finally:
        ctx.close()


def test_every_bad_file_refuses_the_whole_batch_unchanged(tmp_path: Path, files,  # type: ignore[no-untyped-def]
                                                          capsys) -> None:
    paths = DataPaths(tmp_path / "leader")
    args = ["--data-dir", str(paths.root)]
    assert main([*args, "init"]) == 0
    assert main([*args, "import-bundle", str(files["m2"])]) == 0
    capsys.readouterr()
    before = _fingerprint(paths)
    code = main([*args, "import-bundle", str(files["m1"]), str(files["bad"])])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: ") and err.count("\n") == 1 and "kapot.pop" in err
    assert _fingerprint(paths) == before


def test_two_versions_of_one_member_in_one_batch(leader, files) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRejected, match="older plan file"):
        import_files(leader.db, [files["m1"], files["m1_new"]])
    assert TeamRepository(leader.db).count() == 0


def test_progress_is_reported_and_can_stop(files) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    read_files([files["m1"], files["m2"]], progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]
    with pytest.raises(ImportRejected, match="stopped"):
        read_files([files["m1"], files["m2"]], progress=lambda d, t: False)


def test_protected_files_need_the_password(tmp_path: Path, leader) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "geheim.pop"
    path.write_bytes(demo_bundle(tmp_path, 4, password="wachtwoord123"))
    with pytest.raises(ImportRejected, match="protected with a password"):
        import_files(leader.db, [path])
    with pytest.raises(ImportRejected, match="not right"):
        import_files(leader.db, [path], "fout-wachtwoord")
    assert import_files(leader.db, [path], "wachtwoord123")[0].action is ImportAction.ADDED


def test_every_bad_bundle_leaves_the_database_byte_identical(tmp_path: Path, files,  # type: ignore[no-untyped-def]
                                                             capsys) -> None:
    from tests.team.test_bundle import CASES, _bad_cases

    paths = DataPaths(tmp_path / "leader")
    args = ["--data-dir", str(paths.root)]
    assert main([*args, "init"]) == 0
    assert main([*args, "import-bundle", str(files["m2"])]) == 0
    before = _fingerprint(paths)
    cases = _bad_cases(files["m1"].read_bytes())
    for case in CASES:
        data, _expected = cases[case]
        bad = tmp_path / f"{case.replace(' ', '-')}.pop"
        bad.write_bytes(data)
        capsys.readouterr()
        assert main([*args, "import-bundle", str(files["m3"]), str(bad)]) == 2, case
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1, (case, err)
        assert _fingerprint(paths) == before, case
