"""Where the app keeps its own files (backups, logs, settings with the recent workshops, the demo copy), and
where its bundled resources are.

The data folder is the first of:
1. `UPR_DESKTOP_HOME`, if set (tests, scripted runs);
2. portable mode: a file named `portable.txt` beside the app makes the data folder "UPR Desktop data" beside it,
   so the app runs from a USB stick and leaves nothing on the computer it runs on. "Beside the app" is the folder
   holding the executable in an installed bundle (or the folder holding the .app on macOS), and the project
   folder when run from source;
3. the person's own data folder (platformdirs: ~/.local/share/UPR Desktop, %LOCALAPPDATA%\\UPR Desktop,
   ~/Library/Application Support/UPR Desktop).

Workshops themselves are never kept here: they live where the person saves them.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from platformdirs import user_data_dir

log = logging.getLogger(__name__)

APP_DATA_NAME = "UPR Desktop"
PORTABLE_MARKER = "portable.txt"
# Windows hides known extensions, so "portable.txt" typed in Explorer can become "portable.txt.txt".
_MARKER_NAMES = (PORTABLE_MARKER, "portable.txt.txt", "portable")
PORTABLE_DATA = "UPR Desktop data"

FROZEN = bool(getattr(sys, "frozen", False))  # running from the PyInstaller bundle
if FROZEN:
    RESOURCES = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
else:
    RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def app_folders() -> list[Path]:
    """The folders where a portable marker counts, nearest first."""
    if not FROZEN:
        return [Path(__file__).resolve().parent.parent]
    folder = Path(sys.executable).resolve().parent
    folders = [folder]
    bundle = folder.parent.parent  # UPR Desktop.app/Contents/MacOS/upr-desktop: beside the .app, not inside it
    if folder.name == "MacOS" and folder.parent.name == "Contents" and bundle.suffix == ".app":
        folders.append(bundle.parent)
    return folders


def portable_folder() -> Path | None:
    """The folder holding the portable marker, or None when this is an ordinary install."""
    for folder in app_folders():
        for name in _MARKER_NAMES:
            if (folder / name).is_file():
                return folder
    return None


def is_portable() -> bool:
    return not os.environ.get("UPR_DESKTOP_HOME") and portable_folder() is not None


DEMO_FILE_NAME = "Demo workshop (illustrative).uprw"


def demo_file() -> Path:
    """Where the demo workshop lives: the data folder (io.demo builds it there)."""
    return data_dir() / DEMO_FILE_NAME


def data_dir() -> Path:
    override = os.environ.get("UPR_DESKTOP_HOME")
    if override:
        path = Path(override)
    elif (portable := portable_folder()) is not None:
        path = portable / PORTABLE_DATA
        try:
            path.mkdir(parents=True, exist_ok=True)
            return path
        except OSError:
            # A write-protected stick: keep to the temporary folder rather than the person's home.
            log.warning("portable data folder %s can't be written; using a temporary one", path)
            path = Path(tempfile.gettempdir()) / PORTABLE_DATA
    else:
        path = Path(user_data_dir(APP_DATA_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
