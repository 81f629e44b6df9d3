"""A user with a larger system font: every text grows with it and nothing is cut off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.test_quality import every_page  # noqa: F401 - the fixture
from tests.ui.test_quality import test_no_label_or_button_is_cut_off as check_not_cut_off

LARGER = 1.4


@pytest.fixture
def large_font(themed_app) -> Iterator[float]:  # type: ignore[no-untyped-def]
    normal = QFont(themed_app.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * LARGER)
    themed_app.setFont(large)
    yield large.pointSizeF()
    themed_app.setFont(normal)


def test_pages_follow_a_larger_system_font(large_font, every_page) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _lang, window, pages = every_page
    for name, page in pages:
        window.show_page(name)
        QApplication.processEvents()
        title = page.title_label.fontInfo().pointSizeF()
        assert title > large_font, name  # the heading stays larger than the body text
        body = [w for w in page.findChildren(QLabel) if w.isVisible() and w.text()]
        assert body and all(w.fontInfo().pointSizeF() >= large_font * 0.75 for w in body), name
    check_not_cut_off(every_page)
