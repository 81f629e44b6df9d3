"""The look: Qt's Fusion style on the system's light or dark palette, one calm accent colour,
and one small stylesheet. Sizes follow the system font, so text scales with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

LIGHT_ACCENT = "#2c6e8f"
DARK_ACCENT = "#74b4d4"


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


@dataclass(frozen=True, slots=True)
class Colours:
    """Colours derived from the current palette (light or dark)."""

    dark: bool
    text: QColor
    muted: QColor
    window: QColor
    base: QColor
    border: QColor
    grid: QColor
    accent: QColor
    accent_soft: QColor
    accent_faint: QColor
    target: QColor
    specialism: QColor
    warn: QColor
    warn_soft: QColor
    ok: QColor
    nav: QColor


def colours(palette: QPalette | None = None) -> Colours:
    """The colours for the current (or given) palette."""
    pal = palette if palette is not None else QGuiApplication.palette()
    window = pal.color(QPalette.ColorRole.Window)
    base = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.WindowText)
    dark = window.lightness() < 128
    accent = QColor(DARK_ACCENT if dark else LIGHT_ACCENT)
    return Colours(
        dark=dark,
        text=text,
        muted=_mix(text, window, 0.42),
        window=window,
        base=base,
        border=_mix(window, text, 0.16),
        grid=_mix(base, text, 0.09),
        accent=accent,
        accent_soft=_mix(base, accent, 0.22),
        accent_faint=_mix(base, accent, 0.09),
        target=QColor("#d08a2e" if not dark else "#e8b060"),
        specialism=QColor("#1d5470" if not dark else "#9fd0e8"),
        warn=QColor("#8a5a00" if not dark else "#f0c36a"),
        warn_soft=_mix(base, QColor("#e0a526"), 0.16),
        ok=QColor("#2e7d4f" if not dark else "#7fd19b"),
        nav=_mix(window, text, 0.035),
    )


def scaled_font(factor: float, bold: bool = False) -> QFont:
    """The system font, ``factor`` times as large (so it follows the user's font size)."""
    font = QFont(QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def stylesheet(c: Colours, base_pt: float) -> str:
    """The application's small stylesheet."""
    def hexa(colour: QColor) -> str:
        return colour.name()

    return f"""
QWidget#navPanel {{ background: {hexa(c.nav)}; border-right: 1px solid {hexa(c.border)}; }}
QListWidget#nav {{ background: transparent; border: none; outline: 0; }}
QListWidget#nav QScrollBar:vertical {{ background: transparent; width: 8px; margin: 0; }}
QListWidget#nav QScrollBar::handle:vertical {{ background: {hexa(c.border)}; border-radius: 4px;
                                              min-height: 24px; }}
QListWidget#nav QScrollBar::add-line:vertical, QListWidget#nav QScrollBar::sub-line:vertical
    {{ height: 0; }}
QListWidget#nav QScrollBar::add-page:vertical, QListWidget#nav QScrollBar::sub-page:vertical
    {{ background: transparent; }}
QListWidget#nav::item {{ padding: 0.42em 0.8em; margin: 1px 0.5em; border-radius: 6px;
                         color: {hexa(c.text)}; }}
QListWidget#nav::item:selected {{ background: {hexa(c.accent_soft)}; color: {hexa(c.text)}; }}
QListWidget#nav::item:hover:!selected {{ background: {hexa(c.accent_faint)}; }}
QLabel#appName {{ font-size: {base_pt * 1.25:.1f}pt; font-weight: 600; color: {hexa(c.text)}; }}
QLabel#pageTitle {{ font-size: {base_pt * 1.55:.1f}pt; font-weight: 600; }}
QLabel#cardTitle {{ font-size: {base_pt * 1.12:.1f}pt; font-weight: 600; }}
QLabel#subTitle {{ font-weight: 600; }}
QLabel[muted="true"] {{ color: {hexa(c.muted)}; }}
QFrame#card {{ background: {hexa(c.base)}; border: 1px solid {hexa(c.border)};
               border-radius: 8px; }}
QFrame#card QLabel {{ background: transparent; }}
QFrame#banner {{ background: {hexa(c.warn_soft)}; border-bottom: 1px solid {hexa(c.border)}; }}
QFrame#hint {{ background: {hexa(c.accent_faint)}; border: 1px solid {hexa(c.accent_soft)};
               border-radius: 6px; }}
QFrame#warnHint {{ background: {hexa(c.warn_soft)}; border-radius: 6px; }}
QScrollArea#pageScroll {{ background: transparent; border: none; }}
QWidget#pageContent {{ background: transparent; }}
QFrame#divider {{ color: {hexa(c.border)}; }}
QLabel#badge {{ background: {hexa(c.accent_faint)}; border: 1px solid {hexa(c.accent_soft)};
                border-radius: 9px; padding: 1px 8px; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion style on the system palette, plus the stylesheet; follows light/dark changes."""
    app.setStyle("Fusion")
    _refresh(app)
    hints = QGuiApplication.styleHints()
    if not app.property("spiegelplanThemed") and hasattr(hints, "colorSchemeChanged"):
        app.setProperty("spiegelplanThemed", True)
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_scheme(app))


def _follow_scheme(app: QApplication) -> None:
    app.setPalette(app.style().standardPalette())
    _refresh(app)


def _refresh(app: QApplication) -> None:
    base_pt = app.font().pointSizeF()
    if base_pt <= 0:
        base_pt = 10.0
    app.setStyleSheet(stylesheet(colours(app.palette()), base_pt))


def set_muted(widget: object, muted: bool = True) -> None:
    """Show a label in the quieter text colour."""
    from PySide6.QtWidgets import QWidget

    if isinstance(widget, QWidget):
        widget.setProperty("muted", "true" if muted else "false")
        widget.style().unpolish(widget)
        widget.style().polish(widget)


ALIGN_TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
