"""The team map rules, shared needs and the overview."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from pop.catalogue.load import default_catalogue
from pop.exchange.shared_plan import (
    SharedCycle,
    SharedGoal,
    SharedMember,
    SharedPlan,
    SharedRating,
)
from pop.team.knowledge_map import (
    Coverage,
    MemberLevels,
    check_domain,
    check_domains,
)
from pop.team.model import TeamMember
from pop.team.needs import shared_needs
from pop.team.overview import build_overview
from pop.team.preparation import mirror_highlights, preparation_sheet

levels = st.one_of(st.none(), st.integers(0, 4))
teams = st.lists(st.tuples(st.text(min_size=1, max_size=6), levels, st.booleans()),
                 min_size=0, max_size=12)


@given(teams)
def test_rules_follow_their_definition(team) -> None:  # type: ignore[no-untyped-def]
    members = [MemberLevels(f"{i}-{name}", {"LG1": level}, shared)
               for i, (name, level, shared) in enumerate(team)]
    check = check_domain(members, "LG1")
    counted = [(m.name, m.levels["LG1"]) for m in members if m.shared]
    assert set(check.below_signal) == {n for n, lv in counted if lv is None or lv < 1}
    assert set(check.supporters) == {n for n, lv in counted if lv is not None and lv >= 3}
    assert set(check.go_to) == {n for n, lv in counted if lv == 4}
    supporters = len(check.supporters)
    assert check.coverage is (Coverage.GAP if supporters == 0 else
                              Coverage.THIN if supporters == 1 else Coverage.OK)
    assert (check.single_point is not None) == (supporters == 1)
    assert check.ok == (not check.below_signal and supporters >= 2)
    assert set(check.go_to) <= set(check.supporters)


def test_rules_by_name() -> None:
    members = [MemberLevels("Ayla", {"LG3": 4, "LG7": 1}),
               MemberLevels("Bram", {"LG3": 3, "LG7": 0}),
               MemberLevels("Cor", {"LG3": 1}),
               MemberLevels("Dewi", {}, shared=False)]
    income, mental = check_domains(members, ["LG3", "LG7"])
    assert income.ok and income.go_to == ("Ayla",) and income.coverage is Coverage.OK
    assert mental.coverage is Coverage.GAP
    assert mental.below_signal == ("Bram", "Cor")
    thin = check_domain(members[:1] + members[2:], "LG3")
    assert thin.coverage is Coverage.THIN and thin.single_point == "Ayla"


def _plan(name: str, ratings: dict[str, tuple[int | None, int | None]],
          goal_blocks: tuple[str, ...] = (), **extra) -> SharedPlan:  # type: ignore[no-untyped-def]
    return SharedPlan(
        plan_uid=name, exported_at=datetime(2026, 1, 1), member=SharedMember(name, **extra),
        cycle=SharedCycle("2026", conversation_date=date(2030, 3, 1)),
        sections=("knowledge", "goals", "preferences"),
        knowledge=tuple(SharedRating(b, lv, tg) for b, (lv, tg) in ratings.items()),
        goals=(SharedGoal("Leren", blocks=goal_blocks),) if goal_blocks else (),
        preferences={"observing": 5, "practising": 4})


@given(st.lists(st.dictionaries(st.sampled_from(["LG1", "LG2", "LG3"]),
                                st.tuples(levels, levels), max_size=3), max_size=8))
def test_shared_needs_have_at_least_two_names_each(ratings) -> None:  # type: ignore[no-untyped-def]
    plans = [_plan(f"m{i}", r) for i, r in enumerate(ratings)]
    for need in shared_needs(plans):
        assert need.count >= 2 and len(set(need.names)) == need.count
        for name in need.names:
            level, target = dict(ratings[int(name[1:])])[need.block_id]
            assert target is not None and target > (level or 0)


def test_goal_links_count_as_needs_and_overview_names_people() -> None:
    plans = [_plan("Ayla", {"LG3": (4, 4), "LG7": (1, 3)}, specialism="Schulden"),
             _plan("Bram", {"LG3": (3, 3), "LG7": (1, 1)}, ("LG7",), specialism="Schulden"),
             _plan("Cor", {"LG3": (1, 2)}, professional_type="generalist")]
    needs = shared_needs(plans)
    assert needs[0].block_id == "LG7" and needs[0].names == ("Ayla", "Bram")
    assert needs[0].via_goal == ("Bram",)
    members = [TeamMember(i, p, "x") for i, p in enumerate(plans)]
    overview = build_overview(members, default_catalogue(), today=date(2026, 1, 1))
    assert overview.go_to["LG3"] == ("Ayla",)
    gaps = {c.block_id: c for c in overview.gaps}
    assert gaps["LG7"].coverage is Coverage.GAP
    assert "Cor" in gaps["LG7"].below_signal
    assert {s.label: s.names for s in overview.specialisms}["Schulden"] == ("Ayla", "Bram")
    assert [u.name for u in overview.upcoming] == ["Ayla", "Bram", "Cor"]
    assert any(s.names == ("Ayla", "Bram", "Cor") for s in overview.preferences)
    profiles = {s.label: s.names for s in overview.profiles}
    assert profiles["Deep, not yet broad"] == ("Ayla", "Bram")
    assert profiles["Still growing in breadth and depth"] == ("Cor",)


def test_preparation_sheet_and_mirror_highlights() -> None:
    mirror = {"competences": [
        {"id": "C1", "label": {"nl": "Luisteren", "en": "Listening"}, "self": 4.5,
         "others": 3.0, "quadrant": "blind_spot"},
        {"id": "C2", "label": {"nl": "Samenwerken", "en": "Working together"}, "self": 2.0,
         "others": 4.0, "quadrant": "hidden_strength"}],
        "comments": [{"group": "colleague", "question": "keep", "text": "Blijf zo helder"}]}
    lines = mirror_highlights(mirror)
    assert lines[0].startswith("Blind spot: Listening") and "3.0" in lines[0]
    assert lines[1].startswith("Hidden strength: Working together")
    assert lines[2] == "\u201cBlijf zo helder\u201d"
    assert mirror_highlights(None) == () and mirror_highlights({"competences": "x"}) == ()
    plan = _plan("Ayla", {"LG7": (1, 3)}, ("LG7",))
    sheet = preparation_sheet(TeamMember(1, plan, "x", notes="notitie"), default_catalogue(), [])
    assert sheet.goals[0].title == "Leren" and sheet.notes == "notitie"
    assert sheet.growth == ("Mental health: 1 \u2192 3",)
    assert len(sheet.questions) >= 3 and not sheet.mirror_shared


def test_preparation_sheet_lists_the_documents_sent_along() -> None:
    from dataclasses import replace

    from pop.exchange.shared_plan import SharedActivity, SharedAttachment
    from pop.i18n import using_language

    plan = _plan("Ayla", {"LG7": (1, 3)}, ("LG7",))
    assert preparation_sheet(TeamMember(1, plan, "x"), default_catalogue(), []).documents == ()
    goal = SharedGoal("Leren", status="achieved", activities=(SharedActivity(
        "Intervisie", attachments=(SharedAttachment("attachments/1", "../verslag.pdf", 2048,
                                                    "0" * 64),)),))
    with using_language("en"):
        sheet = preparation_sheet(TeamMember(1, replace(plan, goals=(goal,)), "x"),
                                  default_catalogue(), [])
        [document] = sheet.documents
        assert sheet.goals == ()  # an achieved goal, yet its document is listed
        assert (document.name, document.activity, document.size) == ("_verslag.pdf",
                                                                     "Intervisie", "2 kB")
        assert document.line == "_verslag.pdf \u00b7 2 kB \u00b7 activity: Intervisie"
