"""Evidence attachments in the plan file: only when the goals are shared and the owner chose
them, listed and checked one by one, refused strictly, stored and saved as a copy by the
leader."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pop.cli import main
from pop.context import AppContext, open_workspace
from pop.domain.goals import ActivityType
from pop.domain.sharing import Section, SharingChoice
from pop.errors import ImportRejected, InputError
from pop.exchange import bundle_format as fmt
from pop.exchange.bundle_attachments import (
    chosen_summary,
    collect_bundle,
    shareable_evidence,
    size_text,
)
from pop.exchange.bundle_read import read_bundle_bytes
from pop.exchange.bundle_write import bundle_bytes
from pop.exchange.shared_plan import safe_attachment_name
from pop.exchange.shared_plan_read import from_dict
from pop.paths import DataPaths
from pop.storage.team_repo import TeamRepository
from pop.team.attachments import save_copy, suggested_name
from pop.team.importing import import_files
from pop.team.model import ImportAction
from tests.team.helpers import damaged, member_workspace, parts, rebuild

PHOTO = bytes(range(256)) * 40  # 10 kB that do not compress
NOTE = "Verslag van de intervisie: één bladzijde".encode() * 30
LOOSE = b"document of an activity without a goal"
WHEN = datetime(2026, 5, 1, 10, 0)


@pytest.fixture(scope="module")
def member(tmp_path_factory):  # type: ignore[no-untyped-def]
    ctx = member_workspace(tmp_path_factory.mktemp("attach"), 3)
    cycle = ctx.current_cycle()
    goal_activities = [a for a in ctx.activities.for_cycle(cycle.id) if a.goal_id is not None]
    ctx.evidence.attach_bytes(goal_activities[0].id, "../../foto: team?.png", PHOTO)
    ctx.evidence.attach_bytes(goal_activities[1].id, "verslag.txt", NOTE)
    loose = ctx.activities.add(cycle.id, "Losse activiteit", None, ActivityType.SOCIAL)
    ctx.evidence.attach_bytes(loose.id, "los.txt", LOOSE)
    yield ctx
    ctx.close()


def _everything(member: AppContext, password: str | None = None) -> bytes:
    bundle = collect_bundle(member, now=WHEN, all_evidence=True)
    return bundle_bytes(bundle.plan, password, bundle.attachments)


@pytest.fixture(scope="module")
def full(member) -> bytes:  # type: ignore[no-untyped-def]
    return _everything(member)


def _share_goals(ctx: AppContext, share: bool) -> None:
    ctx.sharing.save(SharingChoice(Section.GOALS, True, share))


# --- the member's side --------------------------------------------------------------------

def test_nothing_goes_along_unless_chosen(member) -> None:  # type: ignore[no-untyped-def]
    bundle = collect_bundle(member, now=WHEN)
    assert bundle.attachments == {} and bundle.plan.attachments() == []
    data = bundle_bytes(bundle.plan, None, bundle.attachments)
    assert sorted(parts(data)) == [fmt.MANIFEST, fmt.PLAN]
    assert json.loads(parts(data)[fmt.MANIFEST])["format_version"] == fmt.PLAIN_FORMAT_VERSION
    assert "attachments" not in parts(data)[fmt.PLAN].decode()


def test_only_goal_activities_and_only_when_goals_are_shared(member) -> None:  # type: ignore[no-untyped-def]
    choices = shareable_evidence(member)
    names = [c.name for c in choices]
    assert "los.txt" not in names  # an activity without a goal is not in the plan file
    assert "verslag.txt" in names and ".._.._foto_ team_.png" not in names
    assert all("/" not in n and "\\" not in n and ":" not in n for n in names)
    assert all(c.activity and c.goal and c.size > 0 for c in choices)
    _share_goals(member, False)
    try:
        assert shareable_evidence(member) == []
        assert collect_bundle(member, all_evidence=True).attachments == {}
    finally:
        _share_goals(member, True)


def test_chosen_files_only_in_the_order_listed(member) -> None:  # type: ignore[no-untyped-def]
    choices = shareable_evidence(member)
    pick = next(c for c in choices if c.name == "verslag.txt")
    bundle = collect_bundle(member, now=WHEN, evidence_ids=[pick.id])
    assert list(bundle.attachments) == ["attachments/1"]
    [(goal, activity, file)] = bundle.plan.attachments()
    assert (goal.title, activity.title) == (pick.goal, pick.activity)
    assert (file.name, file.size, file.media_type) == ("verslag.txt", len(NOTE), "text/plain")
    assert file.sha256 == fmt.sha256(NOTE)
    assert chosen_summary([pick]).startswith("1 document")
    assert chosen_summary([]) == "no documents ticked"


def test_round_trip_with_and_without_password(member, full: bytes) -> None:  # type: ignore[no-untyped-def]
    read = read_bundle_bytes(full, "plan.pop")
    assert json.loads(parts(full)[fmt.MANIFEST])["format_version"] == 2
    names = {f.name: read.attachments[f.file] for _g, _a, f in read.plan.attachments()}
    assert names["verslag.txt"] == NOTE and PHOTO in names.values()
    assert len(names) == len(shareable_evidence(member))
    sealed = _everything(member, "wachtwoord123")
    members = parts(sealed)
    assert fmt.PLAN not in members
    assert all(PHOTO[:200] not in v and b"Verslag" not in v for v in members.values())
    opened = read_bundle_bytes(sealed, "geheim.pop", "wachtwoord123")
    assert opened.attachments == read.attachments
    with pytest.raises(ImportRejected, match="not right"):
        read_bundle_bytes(sealed, "geheim.pop", "verkeerd-wachtwoord")


def test_export_bundle_command_with_evidence(tmp_path: Path) -> None:
    root = tmp_path / "member"
    assert main(["--data-dir", str(root), "init", "--demo", "--seed", "3"]) == 0
    plain, full = tmp_path / "zonder.pop", tmp_path / "met.pop"
    assert main(["--data-dir", str(root), "export-bundle", "--out", str(plain),
                 "--confirm-client-data"]) == 0
    assert main(["--data-dir", str(root), "export-bundle", "--out", str(full),
                 "--with-evidence", "--confirm-client-data"]) == 0
    assert not any(m.startswith("attachments/") for m in parts(plain.read_bytes()))
    assert any(m.startswith("attachments/") for m in parts(full.read_bytes()))


def test_export_with_evidence_needs_shared_goals(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "member"
    assert main(["--data-dir", str(root), "init", "--demo", "--seed", "3"]) == 0
    ctx = open_workspace(DataPaths(root), daily_backup=False)
    _share_goals(ctx, False)
    ctx.close()
    capsys.readouterr()
    out = tmp_path / "x.pop"
    assert main(["--data-dir", str(root), "export-bundle", "--out", str(out),
                 "--with-evidence", "--confirm-client-data"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and not out.exists()


def test_writer_refuses_a_listing_without_its_bytes(member) -> None:  # type: ignore[no-untyped-def]
    bundle = collect_bundle(member, now=WHEN, all_evidence=True)
    with pytest.raises(InputError, match="changed"):
        bundle_bytes(bundle.plan, None, {})
    broken = dict(bundle.attachments, **{"attachments/1": b"other"})
    with pytest.raises(InputError, match="changed"):
        bundle_bytes(bundle.plan, None, broken)


def test_names_and_sizes_for_people() -> None:
    assert safe_attachment_name("../../etc/passwd") == "_.._etc_passwd"
    assert safe_attachment_name("C:\\x\\y.pdf") == "C__x_y.pdf"
    assert safe_attachment_name("..") == "document" and safe_attachment_name("") == "document"
    assert safe_attachment_name("a\x00b\nc.pdf") == "a_b_c.pdf"
    assert size_text(10) == "1 kB" and size_text(3 * 1024 * 1024 // 2) == "1.5 MB"


# --- the strict reader --------------------------------------------------------------------

def _plan(data: bytes) -> dict:  # type: ignore[type-arg]
    return json.loads(parts(data)[fmt.PLAN])


def _with(data: bytes, change=None, members=None) -> bytes:  # type: ignore[no-untyped-def]
    """The bundle with its plan changed (checksum kept right) and members replaced."""
    found = parts(data)
    plan = _plan(data)
    if change is not None:
        change(plan)
    body = json.dumps(plan).encode("utf-8")
    manifest = dict(json.loads(found[fmt.MANIFEST]), checksum=fmt.checksum(body))
    result = {fmt.MANIFEST: json.dumps(manifest).encode(), fmt.PLAN: body}
    result.update({k: v for k, v in found.items() if k.startswith("attachments/")})
    for key, value in (members or {}).items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = value
    return rebuild(result)


def _files(plan: dict) -> list[dict]:  # type: ignore[type-arg]
    return [f for g in plan.get("goals", []) for a in g["activities"]
            for f in a.get("attachments", [])]


def _edit_first(**fields: object):  # type: ignore[no-untyped-def]
    return lambda plan: _files(plan)[0].update(fields)


def _list_first_twice(plan: dict) -> None:  # type: ignore[type-arg]
    for goal in plan["goals"]:
        for activity in goal["activities"]:
            if activity.get("attachments"):
                activity["attachments"].append(dict(activity["attachments"][0]))
                return


def _attachment_cases(full: bytes) -> dict[str, tuple[bytes, str]]:
    first = _files(_plan(full))[0]["file"]
    many = {f"attachments/{n}": b"x" for n in range(1, fmt.MAX_ATTACHMENTS + 2)}
    return {
        "unlisted attachment": (_with(full, members={"attachments/77": b"extra"}),
                                "unexpected file"),
        "missing attachment": (_with(full, members={first: None}), "missing"),
        "changed attachment": (_with(full, members={first: b"changed"}), "checksum"),
        "wrong size listed": (_with(full, _edit_first(size=5)), "checksum"),
        "wrong sha listed": (_with(full, _edit_first(sha256="0" * 64)), "checksum"),
        "name with path": (_with(full, _edit_first(name="../../evil.exe")),
                           "not a plain file name"),
        "name with drive": (_with(full, _edit_first(name="C:evil.exe")),
                            "not a plain file name"),
        "file outside folder": (_with(full, _edit_first(file="../x")), "not a place"),
        "folder zero": (_with(full, members={"attachments/0": b"x"}), "outside"),
        "nested folder": (_with(full, members={"attachments/1/x": b"x"}), "outside"),
        "listed twice": (_with(full, _list_first_twice), "listed twice"),
        "file too large": (_with(full, _edit_first(size=fmt.MAX_ATTACHMENT_BYTES + 1)),
                           "whole number"),
        "total too large": (_with(full, lambda p: p["goals"][0]["activities"][0].update(
            attachments=[{"file": f"attachments/{n}", "name": f"{n}.pdf",
                          "size": fmt.MAX_ATTACHMENT_BYTES, "sha256": "0" * 64,
                          "media_type": "application/pdf"} for n in range(50, 53)])),
                            "larger than"),
        "bad media type": (_with(full, _edit_first(media_type="text/html; x=<script>")),
                           "media type"),
        "unknown field": (_with(full, _edit_first(path="/etc/passwd")), "unknown field"),
        "too many attachments": (rebuild({**parts(full), **many}), "more files"),
        "attachment bomb": (_with(full, members={first: b"\0" * 3_000_000}), "too large"),
    }


ATTACHMENT_CASES = ("unlisted attachment", "missing attachment", "changed attachment",
                    "wrong size listed", "wrong sha listed", "name with path",
                    "name with drive", "file outside folder", "folder zero", "nested folder",
                    "listed twice", "file too large", "total too large", "bad media type",
                    "unknown field", "too many attachments", "attachment bomb")


@pytest.mark.parametrize("case", ATTACHMENT_CASES)
def test_every_bad_attachment_gets_a_clear_message(full: bytes, case: str) -> None:
    data, expected = _attachment_cases(full)[case]
    with pytest.raises(ImportRejected, match=expected) as info:
        read_bundle_bytes(data, "kapot.pop")
    assert "Nothing was imported" in info.value.message


def test_stored_member_above_the_per_file_limit_is_refused(full: bytes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(fmt, "MAX_ATTACHMENT_BYTES", 100)
    with pytest.raises(ImportRejected, match="too large"):
        read_bundle_bytes(full, "groot.pop")
    monkeypatch.setattr(fmt, "MAX_ATTACHMENTS_TOTAL", 100)
    with pytest.raises(ImportRejected, match="together are larger"):
        read_bundle_bytes(full, "groot.pop")


def test_sealed_attachments_cannot_be_swapped_or_cut(member) -> None:  # type: ignore[no-untyped-def]
    sealed = _everything(member, "wachtwoord123")
    found = parts(sealed)
    one, two = sorted(k for k in found if k.startswith("attachments/"))[:2]
    swapped = rebuild({**found, one: found[two], two: found[one]})
    with pytest.raises(ImportRejected, match="not right"):
        read_bundle_bytes(swapped, "geheim.pop", "wachtwoord123")
    cut = rebuild({**found, one: found[one][:10]})
    with pytest.raises(ImportRejected, match="cut short"):
        read_bundle_bytes(cut, "geheim.pop", "wachtwoord123")


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_fuzzed_bundles_with_attachments_never_crash(full: bytes, data: st.DataObject) -> None:
    try:
        read = read_bundle_bytes(damaged(full, data), "fuzz.pop")
    except ImportRejected as exc:
        assert exc.message
    else:  # whatever was accepted is exactly what the plan lists
        for _g, _a, f in read.plan.attachments():
            assert fmt.sha256(read.attachments[f.file]) == f.sha256


attachment_values = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=80),
    st.sampled_from(["attachments/1", "attachments/0", "attachments/1/../x", "../x",
                     "a" * 64, "0" * 64, "application/pdf", "text/", "con.pdf", ".."]))


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(["file", "name", "size", "sha256", "media_type",
                                        "other"]), attachment_values, max_size=6))
def test_any_attachment_listing_is_read_or_refused_clearly(full: bytes, entry: dict) -> None:  # type: ignore[type-arg]
    plan = _plan(full)
    plan["goals"][0]["activities"][0]["attachments"] = [entry]
    try:
        read = from_dict(plan)
    except ImportRejected as exc:
        assert exc.message.startswith("The plan file is not valid")
    else:
        for _g, _a, f in read.attachments():
            assert safe_attachment_name(f.name) == f.name
            assert fmt.is_attachment_member(f.file)
            assert 0 < f.size <= fmt.MAX_ATTACHMENT_BYTES


def test_bundle_is_a_plain_zip_with_a_fixed_folder(full: bytes, tmp_path: Path) -> None:
    path = tmp_path / "plan.pop"
    path.write_bytes(full)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
    assert names[:2] == [fmt.MANIFEST, fmt.PLAN]
    assert all(fmt.is_attachment_member(n) for n in names[2:]) and len(names) > 3


# --- the leader's side --------------------------------------------------------------------

def test_leader_stores_lists_replaces_and_saves_a_copy(tmp_path: Path, member, full: bytes) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "plan.pop"
    first.write_bytes(full)
    leader = open_workspace(DataPaths(tmp_path / "leader"), daily_backup=False)
    try:
        assert import_files(leader.db, [first])[0].action is ImportAction.ADDED
        repo = TeamRepository(leader.db)
        [team_member] = repo.members()
        stored = repo.attachments(team_member.id)
        expected = [(g.title, a.title, f.name, f.size)
                    for g, a, f in read_bundle_bytes(full).plan.attachments()]
        assert [(s.goal, s.activity, s.name, s.size) for s in stored] == expected
        note = next(s for s in stored if s.name == "verslag.txt")
        target = save_copy(repo, note, tmp_path / suggested_name(note))
        assert target.read_bytes() == NOTE
        assert not list(tmp_path.glob("*.spiegelplan-tmp"))
        # a newer version with one attachment replaces all earlier ones
        pick = next(c for c in shareable_evidence(member) if c.name == "verslag.txt")
        newer = collect_bundle(member, now=datetime(2026, 6, 1), evidence_ids=[pick.id])
        second = tmp_path / "plan-new.pop"
        second.write_bytes(bundle_bytes(newer.plan, None, newer.attachments))
        assert import_files(leader.db, [second])[0].action is ImportAction.REPLACED
        assert [s.name for s in repo.attachments(team_member.id)] == ["verslag.txt"]
        # and a newer one without attachments leaves none
        none = collect_bundle(member, now=datetime(2026, 7, 1))
        third = tmp_path / "plan-newest.pop"
        third.write_bytes(bundle_bytes(none.plan))
        import_files(leader.db, [third])
        assert repo.attachments(team_member.id) == []
        repo.remove(team_member.id)
        assert leader.db.scalar("SELECT COUNT(*) FROM team_attachments") == 0
        with pytest.raises(InputError):
            repo.attachment_data(note.id)
    finally:
        leader.close()


def test_every_bad_attachment_leaves_the_leader_database_byte_identical(  # type: ignore[no-untyped-def]
        tmp_path: Path, full: bytes, capsys) -> None:
    from tests.team.test_team_import import _fingerprint

    paths = DataPaths(tmp_path / "leader")
    args = ["--data-dir", str(paths.root)]
    assert main([*args, "init"]) == 0
    good = tmp_path / "goed.pop"
    good.write_bytes(full)
    assert main([*args, "import-bundle", str(good)]) == 0
    before = _fingerprint(paths)
    cases = _attachment_cases(full)
    for case in ATTACHMENT_CASES:
        data, _expected = cases[case]
        bad = tmp_path / f"{case.replace(' ', '-')}.pop"
        bad.write_bytes(data)
        capsys.readouterr()
        assert main([*args, "import-bundle", str(good), str(bad)]) == 2, case
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1, (case, err)
        assert _fingerprint(paths) == before, case


def test_document_names_are_scanned_for_client_data(member) -> None:  # type: ignore[no-untyped-def]
    from pop.exchange.plan_collect import shared_texts
    from pop.privacy.client_data import scan

    goal_activity = next(a for a in member.activities.for_cycle(member.current_cycle().id)
                         if a.goal_id is not None)
    odd = member.evidence.attach_bytes(goal_activity.id, "brief 06-12345678.pdf", b"%PDF")
    try:
        bundle = collect_bundle(member, evidence_ids=[odd.id])
        assert any(t == "brief 06-12345678.pdf" for _w, t in shared_texts(bundle.plan))
        assert scan(shared_texts(bundle.plan))
        assert not any("06-12345678" in t for _w, t in shared_texts(collect_bundle(member).plan))
    finally:
        member.evidence.delete(odd.id)


def test_a_batch_holding_too_many_documents_is_refused(tmp_path: Path, full: bytes,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    from pop.team import importing

    first, second = tmp_path / "a.pop", tmp_path / "b.pop"
    first.write_bytes(full)
    second.write_bytes(full)
    size = sum(len(v) for v in read_bundle_bytes(full).attachments.values())
    monkeypatch.setattr(importing, "MAX_BATCH_ATTACHMENT_BYTES", size + 1)
    assert len(importing.read_files([first])) == 1
    with pytest.raises(ImportRejected, match="smaller groups"):
        importing.read_files([first, second])


def test_a_large_document_travels_beyond_the_old_file_limit(member, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    goal_activity = next(a for a in member.activities.for_cycle(member.current_cycle().id)
                         if a.goal_id is not None)
    big = os.urandom(12 * 1024 * 1024)
    document = member.evidence.attach_bytes(goal_activity.id, "video.mp4", big)
    try:
        bundle = collect_bundle(member, evidence_ids=[document.id])
        path = tmp_path / "groot.pop"
        path.write_bytes(bundle_bytes(bundle.plan, None, bundle.attachments))
        assert path.stat().st_size > 10 * 1024 * 1024
        from pop.exchange.bundle_read import read_bundle

        read = read_bundle(path)
        assert list(read.attachments.values()) == [big]
        [(_g, _a, file)] = read.plan.attachments()
        assert file.media_type == "video/mp4"
    finally:
        member.evidence.delete(document.id)


@pytest.fixture(scope="module")
def sealed(member) -> bytes:  # type: ignore[no-untyped-def]
    return _everything(member, "wachtwoord123")


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_fuzzed_protected_bundles_never_crash(sealed: bytes, data: st.DataObject) -> None:
    try:
        read_bundle_bytes(damaged(sealed, data, 4, may_cut=False), "fuzz.pop", "wachtwoord123")
    except ImportRejected as exc:
        assert exc.message


def test_export_command_checks_the_content_of_documents(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "member"
    assert main(["--data-dir", str(root), "init", "--demo", "--seed", "3"]) == 0
    ctx = open_workspace(DataPaths(root), daily_backup=False)
    try:
        activity = next(a for a in ctx.activities.for_cycle(ctx.current_cycle().id)
                        if a.goal_id is not None)
        ctx.evidence.attach_bytes(activity.id, "verslag.txt", b"Client 111222333")
        ctx.evidence.attach_bytes(activity.id, "foto.png", PHOTO)
    finally:
        ctx.close()
    capsys.readouterr()
    out = tmp_path / "x.pop"
    args = ["--lang", "en", "--data-dir", str(root), "export-bundle", "--out", str(out),
            "--with-evidence"]
    assert main(args) == 2 and not out.exists()
    err = capsys.readouterr().err
    found = [line for line in err.splitlines() if "verslag.txt" in line]
    assert len(found) == 1 and "BSN" in found[0] and "111222333" not in err
    assert any("foto.png" in line and "not checked" in line and line.startswith("note: ")
               for line in err.splitlines())
    assert main([*args, "--confirm-client-data"]) == 0 and out.exists()
