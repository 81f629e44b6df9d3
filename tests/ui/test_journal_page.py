"""Journal: entries along Kolb's cycle, private by default, found with instant search."""

from __future__ import annotations


def test_new_entry_is_private_saved_and_searchable(make_page, qtbot, reopen) -> None:
    page = make_page("journal")
    page.add_entry()
    assert page.private_check.isChecked()
    qtbot.keyClicks(page.title_edit, "Intervisie over grenzen")
    page.kolb_edits["insight"].setPlainText("Nee zeggen is ook zorgen.")
    page.tags_edit.setText("Intervisie, #grenzen")
    page.flush()
    page.search_edit.setText("zorg")
    assert [e.title for e in page._entries] == ["Intervisie over grenzen"]
    page.search_edit.setText("bestaatniet")
    assert page._entries == [] and page.editor_stack.currentIndex() == 0
    entries = reopen().journal.search("grenzen")
    assert entries[0].insight == "Nee zeggen is ook zorgen."
    assert entries[0].private and entries[0].tags == ["intervisie", "grenzen"]


def test_tag_filter_and_sharing(make_page, sample_ctx) -> None:
    page = make_page("journal")
    page.refresh()
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("huisbezoek"))
    assert [e.title for e in page._entries] == ["Huisbezoek familie K."]
    page.private_check.click()
    assert not sample_ctx.journal.all()[0].private


def test_removing_an_entry_asks_first(make_page, prompts, sample_ctx) -> None:
    page = make_page("journal")
    prompts.confirm_answer = False
    page.delete_button.click()
    assert len(sample_ctx.journal.all()) == 1
    prompts.confirm_answer = True
    page.delete_button.click()
    assert sample_ctx.journal.all() == []
