"""Plan bundles: written from the sharing choices, read back strictly, every refusal clear."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pop.domain.sharing import Section, SharingChoice
from pop.errors import ImportRejected
from pop.exchange import bundle_format as fmt
from pop.exchange.bundle_read import read_bundle, read_bundle_bytes
from pop.exchange.bundle_write import bundle_bytes
from pop.exchange.plan_collect import collect, preview, shared_texts
from pop.exchange.shared_plan import to_dict
from pop.exchange.shared_plan_read import from_dict
from tests.team.helpers import damaged, member_workspace, parts, rebuild, with_plan


@pytest.fixture(scope="module")
def member(tmp_path_factory):  # type: ignore[no-untyped-def]
    ctx = member_workspace(tmp_path_factory.mktemp("bundle"), 3)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def good(member) -> bytes:  # type: ignore[no-untyped-def]
    return bundle_bytes(collect(member, now=datetime(2026, 5, 1, 10, 0)))


def test_round_trip_keeps_every_shared_field(member, good: bytes) -> None:
    plan = collect(member, now=datetime(2026, 5, 1, 10, 0))
    read = read_bundle_bytes(good, "x.pop")
    assert to_dict(read.plan) == to_dict(plan)
    assert read.plan.member.name == member.profile.get().name
    assert read.plan.goals and read.plan.knowledge and not read.protected


def test_default_sharing_leaves_out_mirror_mindset_and_journal(good: bytes) -> None:
    plan = json.loads(parts(good)[fmt.PLAN])
    assert "journal" not in plan and "mirror" not in plan and "mindset" not in plan
    assert "mindset" not in plan["sections"]


def test_password_protection_round_trip_and_wrong_password(member) -> None:  # type: ignore[no-untyped-def]
    data = bundle_bytes(collect(member), "geheim wachtwoord")
    assert fmt.PLAN not in parts(data)
    assert member.profile.get().name.encode() not in parts(data)[fmt.PLAN_PROTECTED]
    assert read_bundle_bytes(data, "x.pop", "geheim wachtwoord").protected
    with pytest.raises(ImportRejected, match="password"):
        read_bundle_bytes(data, "x.pop", "verkeerd wachtwoord")
    with pytest.raises(ImportRejected, match="protected with a password"):
        read_bundle_bytes(data, "x.pop")


def test_short_password_is_refused(member) -> None:  # type: ignore[no-untyped-def]
    from pop.errors import InputError

    with pytest.raises(InputError, match="at least 8"):
        bundle_bytes(collect(member), "kort")


def _manifest(good: bytes) -> dict:  # type: ignore[type-arg]
    return json.loads(parts(good)[fmt.MANIFEST])


def _bad_cases(good: bytes) -> dict[str, tuple[bytes, str]]:
    p = parts(good)
    manifest = _manifest(good)
    newer = dict(manifest, format_version=99)
    return {
        "not a zip": (b"hello, not a zip at all", "not a Spiegelplan plan file"),
        "empty": (b"", "not a Spiegelplan plan file"),
        "path outside": (rebuild({fmt.MANIFEST: p[fmt.MANIFEST], "../evil.txt": b"x"}),
                         "outside"),
        "absolute path": (rebuild({fmt.MANIFEST: p[fmt.MANIFEST], "/etc/x": b"x"}), "outside"),
        "windows path": (rebuild({fmt.MANIFEST: p[fmt.MANIFEST], "C:\\evil.txt": b"x"}),
                         "outside"),
        "unexpected member": (rebuild({fmt.MANIFEST: p[fmt.MANIFEST], "run.exe": b"x"}),
                              "unexpected file"),
        "too many members": (rebuild({fmt.MANIFEST: p[fmt.MANIFEST], fmt.PLAN: p[fmt.PLAN],
                                      fmt.PLAN_PROTECTED: b"x"}), "more files"),
        "no manifest": (rebuild({fmt.PLAN: p[fmt.PLAN]}), "description is missing"),
        "no plan": (rebuild({fmt.MANIFEST: p[fmt.MANIFEST]}), "plan is missing"),
        "zip bomb": (rebuild({fmt.MANIFEST: p[fmt.MANIFEST], fmt.PLAN: b" " * 6_000_000}),
                     "too large"),
        "ratio bomb": (rebuild({fmt.MANIFEST: p[fmt.MANIFEST], fmt.PLAN: b" " * 2_000_000}),
                       "too large"),
        "checksum": (rebuild({fmt.MANIFEST: p[fmt.MANIFEST],
                              fmt.PLAN: p[fmt.PLAN] + b" "}),
                     "checksum"),
        "newer format": (rebuild({fmt.MANIFEST: json.dumps(newer).encode(),
                                  fmt.PLAN: p[fmt.PLAN]}), "newer version"),
        "other format": (rebuild({fmt.MANIFEST: json.dumps(dict(manifest, format="x")).encode(),
                                  fmt.PLAN: p[fmt.PLAN]}), "not a Spiegelplan plan file"),
        "NaN": (with_plan(good, lambda d: d["goals"][0]["activities"][0].update(
            hours=float("nan"))), "NaN"),
        "duplicate key": (_dup_key(good), "twice"),
        "lone surrogate": (with_plan(good, lambda d: d["member"].update(name="\ud800")),
                           "invalid character"),
        "deep nesting": (with_plan(good, lambda d: d.update(mirror=_deep(100))), "nested"),
        "unknown field": (with_plan(good, lambda d: d.update(mindset={"m1": 5})),
                          "unknown field"),
        "wrong type": (with_plan(good, lambda d: d["knowledge"][0].update(level="4")),
                       "whole number"),
        "level out of range": (with_plan(good, lambda d: d["knowledge"][0].update(level=9)),
                               "whole number"),
        "long text": (with_plan(good, lambda d: d["member"].update(name="x" * 5000)),
                      "longer than"),
        "section not shared": (with_plan(good, lambda d: d.update(journal=[])),
                               "not marked as shared"),
    }


def _dup_key(good: bytes) -> bytes:
    p = parts(good)
    body = p[fmt.PLAN].replace(b'"plan_uid":', b'"plan_uid": "x", "plan_uid":', 1)
    manifest = dict(_manifest(good), checksum=fmt.checksum(body))
    return rebuild({fmt.MANIFEST: json.dumps(manifest).encode(), fmt.PLAN: body})


def _deep(n: int) -> dict:  # type: ignore[type-arg]
    value: dict = {}  # type: ignore[type-arg]
    for _ in range(n):
        value = {"a": value}
    return value


CASES = ("not a zip", "empty", "path outside", "absolute path", "windows path",
         "unexpected member", "too many members", "no manifest", "no plan", "zip bomb",
         "ratio bomb", "checksum", "newer format", "other format", "NaN", "duplicate key",
         "lone surrogate", "deep nesting", "unknown field", "wrong type", "level out of range",
         "long text", "section not shared")


@pytest.mark.parametrize("case", CASES)
def test_every_bad_bundle_gets_a_clear_message(good: bytes, case: str) -> None:
    data, expected = _bad_cases(good)[case]
    with pytest.raises(ImportRejected, match=expected) as info:
        read_bundle_bytes(data, "kapot.pop")
    assert "Nothing was imported" in info.value.message


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "groot.pop"
    with big.open("wb") as handle:
        handle.truncate(fmt.MAX_FILE_BYTES + 1)
    with pytest.raises(ImportRejected, match="larger than"):
        read_bundle(big)
    with pytest.raises(ImportRejected, match="does not exist"):
        read_bundle(tmp_path / "weg.pop")
    with pytest.raises(ImportRejected, match="folder"):
        read_bundle(tmp_path)


@settings(max_examples=150)
@given(st.data())
def test_fuzzed_bundles_never_crash(good: bytes, data: st.DataObject) -> None:
    try:
        read_bundle_bytes(damaged(good, data), "fuzz.pop")
    except ImportRejected as exc:
        assert exc.message


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=4),
    max_leaves=20)


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(
    ["plan_uid", "exported_at", "member", "cycle", "catalogue", "sections", "knowledge",
     "goals", "preferences", "agreements", "journal", "mirror", "evaluation", "context"]),
    json_values, max_size=10))
def test_any_plan_structure_is_read_or_refused_clearly(value: dict) -> None:  # type: ignore[type-arg]
    try:
        from_dict(value)
    except ImportRejected as exc:
        assert exc.message.startswith("The plan file is not valid")


@settings(max_examples=60)
@given(st.data())
def test_fuzzed_plan_fields_never_crash(good: bytes, data: st.DataObject) -> None:
    plan = json.loads(parts(good)[fmt.PLAN])
    keys = sorted(plan)
    key = data.draw(st.sampled_from(keys))
    plan[key] = data.draw(json_values)
    try:
        from_dict(plan)
    except ImportRejected:
        pass


def test_private_things_never_leave_whatever_is_shared(member) -> None:  # type: ignore[no-untyped-def]
    for section in Section:
        member.sharing.save(SharingChoice(section, True, True))
    try:
        entries = member.journal.all()
        assert any(e.private for e in entries)
        shared_entry = entries[0]
        shared_entry.private = False
        shared_entry.title = "Deelbare notitie"
        member.journal.save(shared_entry)
        private_texts = [e.experience for e in entries[1:] if e.private and e.experience]
        plan = collect(member)
        text = json.dumps(to_dict(plan), ensure_ascii=False)
        assert "Deelbare notitie" in text
        assert all(t not in text for t in private_texts)
        assert "mindset" not in plan.sections and "mindset" not in text
        cycle = member.current_cycle()
        for item_id in member.assessments.mindset(cycle.id):
            assert f'"{item_id}"' not in text
        info = {p.section: p for p in preview(member, plan)}
        assert not info[Section.MINDSET].included
        assert any(t == "Deelbare notitie" for _w, t in shared_texts(plan))
    finally:
        for section in Section:
            member.sharing.save(SharingChoice(section, True, section in (
                Section.CONTEXT, Section.KNOWLEDGE, Section.PREFERENCES, Section.GOALS,
                Section.TEAM_CONTRIBUTION, Section.EVALUATION, Section.AGREEMENTS)))
        shared_entry.private = True
        member.journal.save(shared_entry)


@settings(max_examples=25)
@given(st.lists(st.booleans(), min_size=len(Section), max_size=len(Section)),
       st.lists(st.booleans(), min_size=5, max_size=5))
def test_private_never_exported_property(member, choices: list[bool],  # type: ignore[no-untyped-def]
                                         private_flags: list[bool]) -> None:
    for section, share in zip(Section, choices, strict=True):
        member.sharing.save(SharingChoice(section, True, share))
    entries = member.journal.all()[:5]
    for entry, private in zip(entries, private_flags, strict=True):
        entry.private = private
        member.journal.save(entry)
    plan = collect(member)
    data = to_dict(plan)
    text = json.dumps(data, ensure_ascii=False)
    for section, share in zip(Section, choices, strict=True):
        if not share and section.value in data:
            raise AssertionError(f"{section} left although not shared")
    assert "mindset" not in data
    for entry in member.journal.all():
        if entry.private and entry.experience:
            assert entry.experience not in text
    for forbidden in ('"answers"', '"responses"', '"serial"', '"rater_id"', '"rater_name"'):
        assert forbidden not in text
    if "mirror" in data:
        assert set(data["mirror"]) <= {
            "version", "catalogue", "round", "scale", "anonymity_min", "gap_threshold",
            "groups", "suppressed_groups", "competences", "comments"}


def test_a_bundle_is_a_plain_zip_with_two_members(good: bytes, tmp_path: Path) -> None:
    path = tmp_path / "plan.pop"
    path.write_bytes(good)
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == [fmt.MANIFEST, fmt.PLAN]
    manifest = _manifest(good)
    assert manifest["format"] == "spiegelplan-plan" and manifest["format_version"] == 1
    assert manifest["checksum"].startswith("sha256:")


def test_shared_mirror_carries_no_rater_level_data(member) -> None:  # type: ignore[no-untyped-def]
    member.sharing.save(SharingChoice(Section.MIRROR, True, True))
    try:
        plan = collect(member)
        assert plan.mirror is not None and "mirror" in plan.sections
        text = json.dumps(to_dict(plan), ensure_ascii=False)
        db = member.db
        hidden = [r["text"] for r in db.query(
            "SELECT text FROM feedback_comments WHERE in_pdf = 0 AND text != ''")]
        assert hidden and all(t not in text for t in hidden)
        statement_ids = {r["statement_id"] for r in db.query(
            "SELECT DISTINCT statement_id FROM feedback_scores")}
        assert statement_ids and all(f'"{s}"' not in text for s in statement_ids)
        suppressed = set(plan.mirror["suppressed_groups"])
        for competence in plan.mirror["competences"]:
            assert not suppressed & set(competence["groups"])
        assert all(c["group"] not in suppressed for c in plan.mirror["comments"])
        assert read_bundle_bytes(bundle_bytes(plan), "x.pop").plan.mirror == plan.mirror
    finally:
        member.sharing.save(SharingChoice(Section.MIRROR, True, False))
