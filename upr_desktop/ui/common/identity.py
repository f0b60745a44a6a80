"""The app's icon and version: what the start-up, the main window, the start screen and About all show.

Here rather than in shell/app.py so that no shell module has to import app.py (which imports the main window).
"""

from __future__ import annotations

from functools import cache

from ... import __version__, paths

DISTRIBUTION = "upr-desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE_NAME = "upr-desktop"  # installers/linux/upr-desktop.desktop: Wayland docks find the icon through it


@cache
def app_version() -> str:
    """The installed package's version (pyproject.toml); the module's when no metadata is there."""
    from importlib import metadata  # only About asks (15 ms of start-up otherwise)

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


@cache
def app_icon():
    """The app's icon: drawn bitmaps at the usual sizes (the small ones simplified), the SVG for any other size.
    Made once (the application and each window show it)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        bitmap = paths.resource("icons", f"app-{size}.png")
        if bitmap.is_file():
            icon.addFile(str(bitmap))
    icon.addFile(str(paths.resource("icons", "upr-desktop.svg")))
    return icon
