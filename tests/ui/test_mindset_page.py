"""Mindset: the scan saves each answer, the result follows, reflections are kept."""

from __future__ import annotations


def test_answer_is_saved_and_result_updates(make_page, reopen) -> None:
    page = make_page("mindset")
    first = page._catalogue.mindset.items[0]
    before = page.band_label.text()
    for item in page._catalogue.mindset.items:
        page._scales[item.id].button(1 if item.key == "growth" else 6).click()
    assert page.band_label.text() != before
    assert page._catalogue.mindset.bands[0].label.get() in page.band_label.text()
    assert "Less than in the previous period" in page.compare_label.text()
    assert reopen().assessments.mindset(page._cycle_id)[first.id].score == (
        1 if first.key == "growth" else 6)


def test_reflection_note_and_text_are_saved(make_page, qtbot, reopen) -> None:
    page = make_page("mindset")
    assert page._catalogue.mindset.note.get()[:30] in " ".join(
        label.text() for label in page.findChildren(type(page.band_label)))
    prompt = page._catalogue.reflection_prompts[3]
    edit, include = page._reflections[prompt.id]
    edit.setFocus()
    edit.setPlainText("Het compliment van een inwoner raakte me.\nEn de kritiek ook.")
    include.click()
    page.flush()
    stored = reopen().assessments.reflections(page._cycle_id)[prompt.id]
    assert stored.text == "Het compliment van een inwoner raakte me.\nEn de kritiek ook."
    assert stored.include_in_pdf


def test_previous_period_is_shown_as_a_marker(make_page) -> None:
    page = make_page("mindset")
    rows = page.themes._rows
    # the sample answered 3 to every item before; fixed-worded items count as 7 - 3 = 4
    assert rows and all(r.marker == 3.5 for r in rows)
    assert "2025" in page.legend.text()
