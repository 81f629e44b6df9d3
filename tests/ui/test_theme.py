"""The look follows the system's dark palette: readable colours, charts drawn on dark."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette

from ui.theme import colours

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#2a82da",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, name in DARK.items():
        palette.setColor(role, QColor(name))
    return palette


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(colour: QColor) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
                + 0.0722 * channel(colour.blue()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_every_colour_is_readable_on_its_background(themed_app, palette: str) -> None:
    pal = dark_palette() if palette == "dark" else themed_app.style().standardPalette()
    c = colours(pal)
    assert c.dark is (palette == "dark")
    for background in (c.base, c.window):
        assert contrast(c.text, background) >= 7
        assert contrast(c.muted, background) >= 3.5
        # The target diamond is drawn with a darker outline (see TProfileChart._draw_target).
        marks = (c.accent, c.warn, c.ok, c.specialism, c.target.darker(130) if not c.dark
                 else c.target)
        for mark in marks:
            assert contrast(mark, background) >= 3, (palette, mark.name(), background.name())


@pytest.fixture
def dark_app(themed_app) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from ui.app import prepare

    themed_app.setPalette(dark_palette())
    prepare(themed_app, "en")
    yield themed_app
    themed_app.setPalette(themed_app.style().standardPalette())
    prepare(themed_app, "en")


def test_the_chart_is_drawn_on_the_dark_palette(dark_app, make_page) -> None:  # type: ignore[no-untyped-def]
    page = make_page("knowledge")
    image = page.chart.grab().toImage()
    pixels = Counter(image.pixelColor(x, y).name() for x in range(0, image.width(), 5)
                     for y in range(0, image.height(), 5))
    background = QColor(pixels.most_common(1)[0][0])
    assert background.lightness() < 80  # no light box left in a dark window
    assert any(QColor(name).lightness() > 180 for name in pixels)  # light text on it
