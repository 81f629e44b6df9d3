"""Evidence: documents are attached to activities; hours add up per register category."""

from __future__ import annotations


def test_attach_save_a_copy_and_remove(make_page, prompts, tmp_path, sample_ctx,
                                       reopen) -> None:
    page = make_page("evidence")
    source = tmp_path / "presentielijst.pdf"
    source.write_bytes(b"%PDF-1.4 lijst")
    prompts.open_answer = source
    page.attach_button.click()
    activity_id = page._current_activity_id()
    names = [e.filename for e in sample_ctx.evidence.for_activity(activity_id)]
    assert "presentielijst.pdf" in names
    page.documents.setCurrentRow(page.documents.count() - 1)
    prompts.save_answer = tmp_path / "kopie.pdf"
    page.export_button.click()
    assert (tmp_path / "kopie.pdf").read_bytes() == b"%PDF-1.4 lijst"
    page.remove_button.click()
    assert prompts.questions
    remaining = [e.filename for e in reopen().evidence.for_activity(activity_id)]
    assert "presentielijst.pdf" not in remaining


def test_an_unreadable_file_gets_a_message(make_page, prompts, tmp_path) -> None:
    page = make_page("evidence")
    prompts.open_answer = tmp_path / "missing.pdf"
    page.attach_button.click()
    assert prompts.errors and "missing.pdf" in prompts.errors[0]


def test_hours_per_category_against_targets(make_page) -> None:
    page = make_page("evidence")
    rows = {r.label: r for r in page.hours_bars._rows}
    accredited = next(r for name, r in rows.items() if "ccredit" in name or "Geaccr" in name)
    assert accredited.value == 12 and accredited.marker == 40
    assert "12 of 40" in accredited.text
    reflection = next(r for r in rows.values() if r.marker == 30)
    assert reflection.value == 0 and reflection.extra == 8
    assert "Light: planned" in page.hours_hint.text()


def test_the_legend_mentions_planned_hours_only_when_there_are_some(make_page,
                                                                   sample_ctx) -> None:
    from pop.domain.goals import ActivityStatus

    for activity in sample_ctx.activities.all():
        if activity.status is not ActivityStatus.DONE:
            sample_ctx.activities.delete(activity.id)
    page = make_page("evidence")
    assert not any(r.extra for r in page.hours_bars._rows)
    assert "planned" not in page.hours_hint.text()
    assert "orange line" in page.hours_hint.text()


def test_an_attached_document_survives_a_restart(make_page, prompts, tmp_path, reopen) -> None:
    page = make_page("evidence")
    source = tmp_path / "verslag intervisie.pdf"
    source.write_bytes(b"%PDF-1.4 intervisie")
    prompts.open_answer = source
    page.attach_button.click()
    activity_id = page._current_activity_id()
    ctx = reopen()
    stored = [e for e in ctx.evidence.for_activity(activity_id)
              if e.filename == "verslag intervisie.pdf"]
    assert len(stored) == 1
