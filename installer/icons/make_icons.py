"""Draw the Spiegelplan app icon: ``python installer/icons/make_icons.py``.

The mark: three rising bars (a plan that grows) standing on a line, with their reflection
below it (the mirror) and a warm dot above the tallest bar (the goal). The SVG below is the
source; this script writes it and renders the PNG sizes with Qt's SVG renderer, then packs
them into ``spiegelplan.ico`` (Windows) and ``spiegelplan.icns`` (macOS) with Pillow, and
draws the Windows installer's pictures (``installer/windows/*.bmp``).
Run it again after changing the drawing and commit the results.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "spiegelplan"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)

# The drawing, on a 256-unit grid. Colours follow the app's accent (ui/theme.py).
BARS = ((60, 34), (110, 58), (160, 84))  # (left x, height) of each bar; all 36 wide
BAR_WIDTH = 36
HORIZON = 150
GAP = 6  # between a bar (or its reflection) and the line


def svg() -> str:
    """The icon as SVG text."""
    shapes = []
    for x, height in BARS:
        top = HORIZON - GAP - height
        shapes.append(f'    <rect x="{x}" y="{top}" width="{BAR_WIDTH}" height="{height}" '
                      f'rx="7" fill="#ffffff"/>')
    reflections = []
    for x, height in BARS:
        reflections.append(f'    <rect x="{x}" y="{HORIZON + GAP}" width="{BAR_WIDTH}" '
                           f'height="{height}" rx="7" fill="url(#fade)"/>')
    tallest_x, tallest_h = BARS[-1]
    dot_y = HORIZON - GAP - tallest_h - 24
    return "\n".join([
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" '
        'viewBox="0 0 256 256">',
        "  <title>Spiegelplan</title>",
        "  <defs>",
        '    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">',
        '      <stop offset="0" stop-color="#3b8db0"/>',
        '      <stop offset="1" stop-color="#1d5470"/>',
        "    </linearGradient>",
        f'    <linearGradient id="fade" gradientUnits="userSpaceOnUse" x1="0" '
        f'y1="{HORIZON + GAP}" x2="0" y2="{HORIZON + GAP + tallest_h}">',
        '      <stop offset="0" stop-color="#ffffff" stop-opacity="0.5"/>',
        '      <stop offset="1" stop-color="#ffffff" stop-opacity="0.04"/>',
        "    </linearGradient>",
        '    <clipPath id="inside"><rect x="8" y="8" width="240" height="240" rx="54"/>'
        "</clipPath>",
        "  </defs>",
        '  <rect x="8" y="8" width="240" height="240" rx="54" fill="url(#tile)"/>',
        '  <g clip-path="url(#inside)">',
        *shapes,
        *reflections,
        f'    <rect x="44" y="{HORIZON - 3}" width="168" height="6" rx="3" '
        'fill="#ffffff" fill-opacity="0.92"/>',
        f'    <circle cx="{tallest_x + BAR_WIDTH / 2:g}" cy="{dot_y}" r="13" fill="#f0b255"/>',
        "  </g>",
        "</svg>",
        "",
    ])


def render_png(svg_text: str, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def installer_bitmaps(svg_text: str) -> dict[str, bytes]:
    """The NSIS wizard's pictures as 24-bit BMP: the side panel of the welcome and finish
    pages (164 x 314) and the header of the other pages (150 x 57)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    pictures = {}
    for name, (width, height), icon in (("welcome", (164, 314), QRectF(30, 70, 104, 104)),
                                        ("header", (150, 57), QRectF(97, 6, 45, 45))):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if name == "welcome":
            gradient = QLinearGradient(0, 0, 0, height)
            gradient.setColorAt(0, QColor("#3b8db0"))
            gradient.setColorAt(1, QColor("#1d5470"))
            painter.fillRect(image.rect(), gradient)
        else:
            image.fill(QColor("#ffffff"))
        renderer.render(painter, icon)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "BMP")
        buffer.close()
        pictures[name] = bytes(data.data())
    return pictures


def main() -> int:
    """Write the SVG, the PNG sizes, the .ico and the .icns next to this script."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image

    text = svg()
    (HERE / f"{NAME}.svg").write_text(text, encoding="utf-8")
    pngs: dict[int, bytes] = {}
    for size in PNG_SIZES:
        pngs[size] = render_png(text, size)
        (HERE / f"{NAME}-{size}.png").write_bytes(pngs[size])
    largest = Image.open(io.BytesIO(pngs[256]))
    # Each size is drawn from the SVG (sharper than Pillow's downscaling of one image).
    extra = [Image.open(io.BytesIO(pngs[s])) for s in ICO_SIZES if s != 256]
    largest.save(HERE / f"{NAME}.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=extra)
    Image.open(io.BytesIO(pngs[512])).save(HERE / f"{NAME}.icns", format="ICNS",
                                           sizes=[(s, s) for s in ICNS_SIZES])
    for name, data in installer_bitmaps(text).items():
        (HERE.parent / "windows" / f"{name}.bmp").write_bytes(data)
    print(f"icons written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
