"""End to end through the database and the team leader's plan file: for any numbers of raters
and any answers, a group under its threshold never reaches the shared summary or the bundle."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from pop.domain.sharing import Section, SharingChoice
from pop.exchange.plan_collect import collect
from pop.exchange.shared_plan import to_dict
from pop.mirror.model import RaterGroup
from pop.mirror.shared import shareable_mirror
from pop.storage.feedback_repo import FeedbackRepository

STATEMENTS = ["C01a", "C01b", "C02a", "C07b"]
answers = st.dictionaries(st.sampled_from(STATEMENTS), st.one_of(st.none(), st.integers(1, 5)),
                          min_size=1)
counts = st.fixed_dictionaries({g: st.integers(0, 4) for g in RaterGroup})


@settings(max_examples=20)
@given(counts, st.data())
def test_suppressed_groups_never_reach_the_plan_file(ctx, cycle, numbers, data) -> None:  # type: ignore[no-untyped-def]
    repo = FeedbackRepository(ctx.db)
    ctx.sharing.save(SharingChoice(Section.MIRROR, True, True))
    fr = repo.create_round(cycle.id, "Ronde", None)
    try:
        secret_texts = {}
        for group, n in numbers.items():
            for index in range(n):
                text = f"zeg-{group.value}-{index}"
                scores = data.draw(answers)
                scores.setdefault("C01a", 3)  # every rater answered something
                rid = repo.add_response(fr.id, group, scores, {"keep": text})
                repo.set_comment_in_pdf(rid, "keep", True)
                secret_texts[group] = text
        shared = shareable_mirror(ctx, cycle.id)
        bundle = to_dict(collect(ctx, cycle.id))
        dumped = json.dumps(bundle, ensure_ascii=False)
        for group, n in numbers.items():
            hidden = 0 < n < group.min_raters
            if shared is not None:
                summary = shared.as_dict()
                in_scores = any(group.value in c["groups"] for c in summary["competences"])
                assert not (hidden and in_scores)
                assert (group.value in summary["suppressed_groups"]) == hidden
            if hidden:
                assert f"zeg-{group.value}-" not in dumped
            elif n and shared is not None:
                assert f"zeg-{group.value}-" in dumped
        assert "serial" not in dumped and "response" not in dumped
    finally:
        repo.delete_round(fr.id)


def test_the_conversation_pdf_of_the_demo_leaves_out_the_small_group(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from pypdf import PdfReader

    from pop.context import open_workspace
    from pop.demo.generator import create_demo
    from pop.paths import DataPaths
    from pop.report.conversation_pdf import export_conversation_pdf
    from pop.resource_files import resource_path

    ctx = open_workspace(DataPaths(tmp_path / "demo"))
    try:
        create_demo(ctx, seed=4, today=date(2026, 11, 22))
        repo = FeedbackRepository(ctx.db)
        current = ctx.current_cycle()
        assert current is not None
        fr = repo.latest_round(current.id)
        assert fr is not None
        for response in repo.responses(fr.id):  # tick every comment, also the partners'
            for question in response.comments:
                repo.set_comment_in_pdf(response.id, question, True)
        export_conversation_pdf(ctx, tmp_path / "plan.pdf", lang="nl")
    finally:
        ctx.close()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "plan.pdf").pages)
                    .split())
    pools = json.loads(resource_path("demo", "feedback_nl.json").read_text(encoding="utf-8"))
    partner_texts = [t for texts in pools["comments"]["partner"].values() for t in texts]
    colleague_texts = [t for texts in pools["comments"]["colleague"].values() for t in texts]
    assert not any(t[:40] in text for t in partner_texts)
    assert any(t[:40] in text for t in colleague_texts)
    assert "Ketenpartners" in text  # only as the note that the group is left out
