"""Knowledge: choosing a level saves it, the chart follows, the descriptor is in view."""

from __future__ import annotations

from pop.domain.assessment import Priority


def test_level_target_priority_and_learn_from_are_saved(make_page, qtbot, reopen) -> None:
    page = make_page("knowledge")
    page.select_block("LG2")
    assert page.block_title.text() == page._catalogue.block("LG2").label.get()
    page.level_chooser.button(3).click()
    page.target_combo.combo.setCurrentIndex(page.target_combo.combo.findData(4))
    page.priority_combo.setCurrentIndex(page.priority_combo.findData(int(Priority.HIGH)))
    page.learn_from_edit.setFocus()
    page.learn_from_edit.setText("Buurtteam Oost")
    page.select_block("LG4")  # switching blocks saves what was typed
    rating = reopen().assessments.knowledge(page._cycle_id)["LG2"]
    assert (rating.level, rating.target, rating.priority, rating.learn_from) == (
        3, 4, Priority.HIGH, "Buurtteam Oost")


def test_chart_and_list_follow_a_new_level(make_page) -> None:
    page = make_page("knowledge")
    page.select_block("LG6")
    page.level_chooser.button(4).click()
    row = next(r for r in page.chart._layout_for(600.0).rows if r.block_id == "LG6")
    assert row.level == 4 and row.bar is not None
    item = next(i for i in page._block_items() if i.data(0, page_role()) == "LG6")
    assert item.text(1).startswith("4")


def page_role() -> int:
    from ui.pages.knowledge_page import BLOCK_ROLE

    return int(BLOCK_ROLE)


def test_every_level_shows_its_descriptor_while_choosing(make_page) -> None:
    page = make_page("knowledge")
    for level in page._catalogue.levels:
        button = page.level_chooser.button(level.value)
        assert button.accessibleDescription() == level.descriptor.get()
    page.target_combo.combo.setCurrentIndex(page.target_combo.combo.findData(2))
    assert page.target_combo.descriptor.text() == page._catalogue.level(2).descriptor.get()


def test_marking_a_specialism_block_updates_the_profile(make_page, sample_ctx) -> None:
    page = make_page("knowledge")
    page.select_block("LG7")
    page.specialism_check.click()
    assert "LG7" in sample_ctx.profile.get().specialism_blocks
    row = next(r for r in page.chart._layout_for(600.0).rows if r.block_id == "LG7")
    assert row.is_specialism


def test_chart_draws_offscreen(make_page) -> None:
    page = make_page("knowledge")
    page.chart.resize(560, page.chart.heightForWidth(560))
    image = page.chart.grab().toImage()
    assert image.width() == 560 and image.height() > 400
    colours = {image.pixelColor(x, y).name() for x in range(0, 560, 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 4  # bars, markers and text, not a blank area


def test_a_long_learn_from_text_shows_its_start(make_page, sample_ctx) -> None:
    page = make_page("knowledge")
    page.select_block("LG3")
    page.learn_from_edit.setFocus()
    long_text = "Meelopen met de schuldhulpverlener van de gemeente en de buurtcoach " * 2
    page.learn_from_edit.setText(long_text)
    page.select_block("LG4")
    page.select_block("LG3")
    assert page.learn_from_edit.text() == long_text
    assert page.learn_from_edit.cursorPosition() == 0
