"""Where the main window opens: within the screen's available area, where it was last time on that screen.

A projector at 1024×768, a 1366×768 laptop and a 1920×1080 monitor each keep their own size, position and
maximised state (in the app's settings file, so a portable install keeps them beside the app). Whatever was
stored, the window is clamped into the screen's available area, so it never opens past an edge.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from ... import settings

PREFERRED_SIZE = (1400, 860)


def screen_key(screen: QScreen) -> str:
    """A screen by its name and size: the same projector at another resolution is another place."""
    size = screen.geometry().size()
    return f"{screen.name()} {size.width()}x{size.height()}"


def screen_of(window: QWidget) -> QScreen | None:
    return window.screen() or QGuiApplication.primaryScreen()


def clamp(rect: QRect, available: QRect, minimum: tuple[int, int] = (0, 0)) -> QRect:
    """rect made to fit inside available: no larger, then moved in from any edge it crosses."""
    width = max(min(rect.width(), available.width()), min(minimum[0], available.width()))
    height = max(min(rect.height(), available.height()), min(minimum[1], available.height()))
    x = min(max(rect.x(), available.left()), available.left() + available.width() - width)
    y = min(max(rect.y(), available.top()), available.top() + available.height() - height)
    return QRect(x, y, width, height)


def default_rect(available: QRect) -> QRect:
    """The preferred size where the screen allows it, centred in what the task bar and dock leave."""
    width, height = min(PREFERRED_SIZE[0], available.width()), min(PREFERRED_SIZE[1], available.height())
    return QRect(available.left() + (available.width() - width) // 2,
                 available.top() + (available.height() - height) // 2, width, height)


def place(window: QWidget) -> bool:
    """Give the window its size and position for the screen it is on; True if it should open maximised.

    The size and position are of the window's contents (as QWidget.geometry); the frame around them is kept on
    the screen too.
    """
    screen = screen_of(window)
    if screen is None:
        return False
    available = screen.availableGeometry()
    window.winId()  # the native window, so that its frame (title bar, borders) is known
    handle = window.windowHandle()
    if handle is not None:
        available = available.marginsRemoved(handle.frameMargins())
    stored = settings.window_geometry(screen_key(screen))
    rect = default_rect(available)
    # A screen smaller than the preferred size (a 1024×768 projector, a 1366×768 laptop): use all of it.
    maximised = available.width() < PREFERRED_SIZE[0] or available.height() < PREFERRED_SIZE[1]
    if stored:
        try:
            rect = QRect(int(stored["x"]), int(stored["y"]), int(stored["width"]), int(stored["height"]))
            maximised = bool(stored.get("maximised"))
        except (KeyError, TypeError, ValueError):
            rect = default_rect(available)
    minimum = window.minimumSizeHint()
    window.setGeometry(clamp(rect, available, (minimum.width(), minimum.height())))
    return maximised


def remember(window: QWidget) -> None:
    """Store the window's place for the screen it is on now (its normal size, if maximised)."""
    screen = screen_of(window)
    if screen is None:
        return
    maximised = window.isMaximized()
    rect = window.normalGeometry() if maximised or window.isFullScreen() else window.geometry()
    if not rect.isValid():
        rect = window.geometry()
    settings.set_window_geometry(screen_key(screen), {
        "x": rect.x(), "y": rect.y(), "width": rect.width(), "height": rect.height(), "maximised": maximised})
