"""Makes the app icon's bitmaps from its SVG, for the launchers and installers:

    QT_QPA_PLATFORM=offscreen .venv/bin/python installers/make_icons.py

resources/icons/upr-desktop.svg is the icon (the window icon too); app-small.svg is a simpler drawing of it for
16 and 24 px, where the ring and the third line would blur. Writes resources/icons/app-<size>.png, app.ico
(Windows: the .exe, the installer, .uprw files) and app.icns (macOS). The results are committed, so a build needs
only PyInstaller; run this again after changing either SVG.
"""

from __future__ import annotations

import io
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL = 24  # at this size and below, the simpler drawing
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int):
    """The icon at size × size pixels, as a Pillow image (Qt draws the SVG; Pillow writes .ico/.icns)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = ICONS / ("app-small.svg" if size <= SMALL else "upr-desktop.svg")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    QSvgRenderer(str(source)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:  # QPainter on a QImage needs an application
        main.app = QGuiApplication([])
    for size in SIZES:
        render(size).save(ICONS / f"app-{size}.png", optimize=True)
    ico = [render(size) for size in ICO_SIZES]
    ico[-1].save(ICONS / "app.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])
    icns = [render(size) for size in ICNS_SIZES]
    icns[-1].save(ICONS / "app.icns", format="ICNS", append_images=icns[:-1])
    print("Wrote", ", ".join(sorted(p.name for p in ICONS.glob("app*") if p.suffix != ".svg")))


if __name__ == "__main__":
    main()
