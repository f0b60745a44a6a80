"""The app's own settings (recent workshops), kept as JSON in the data folder.

Not QSettings: the same file serves the CLI, and a portable install keeps it beside the app.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from . import paths

MAX_RECENT = 10
DEFAULT_LOCK_AFTER_MINUTES = 10


def _settings_file() -> Path:
    return paths.data_dir() / "settings.json"


def load() -> dict:
    try:
        return json.loads(_settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save(settings: dict) -> None:
    target = _settings_file()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(settings, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def recent_workshops() -> list[Path]:
    """Recent workshops that still exist, newest first."""
    return [Path(p) for p in load().get("recent", []) if Path(p).exists()]


def add_recent(path: str | os.PathLike, *, encrypted: bool = False) -> None:
    """Put a workshop first in the recent list. An encrypted one is not written to the settings at all (and taken
    out if it was there) unless the person asked for encrypted workshops to be remembered: where a sensitive file
    is kept says something too."""
    path = str(Path(path).resolve())
    settings = load()
    recent = [p for p in settings.get("recent", []) if p != path]
    if encrypted and not remember_encrypted_in_recent(settings):
        if len(recent) != len(settings.get("recent", [])):
            settings["recent"] = recent
            save(settings)
        return
    first = [path, *recent][:MAX_RECENT]
    if settings.get("recent") == first:
        return  # already first: nothing to write (and no disk sync as the workshop opens)
    settings["recent"] = first
    save(settings)


def forget_recent(path: str | os.PathLike) -> None:
    path = str(Path(path).resolve())
    settings = load()
    recent = settings.get("recent", [])
    if path in recent:
        settings["recent"] = [p for p in recent if p != path]
        save(settings)


def remember_encrypted_in_recent(loaded: dict | None = None) -> bool:
    """"Remember encrypted workshops in Recent files": off unless the person turns it on."""
    return bool((load() if loaded is None else loaded).get("remember_encrypted_in_recent", False))


def set_remember_encrypted_in_recent(on: bool) -> None:
    settings = load()
    settings["remember_encrypted_in_recent"] = bool(on)
    save(settings)


def lock_after_minutes() -> int:
    """Lock the open workshop after this many minutes without keyboard or mouse input; 0 = never."""
    value = load().get("lock_after_minutes", DEFAULT_LOCK_AFTER_MINUTES)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else DEFAULT_LOCK_AFTER_MINUTES


def set_lock_after_minutes(minutes: int) -> None:
    settings = load()
    settings["lock_after_minutes"] = max(0, int(minutes))
    save(settings)


def window_geometry(screen: str) -> dict | None:
    """The main window's place on this screen when it last closed there: x, y, width, height, maximised."""
    stored = load().get("window_geometry", {}).get(screen)
    return stored if isinstance(stored, dict) else None


def set_window_geometry(screen: str, geometry: dict) -> None:
    settings = load()
    by_screen = settings.get("window_geometry")
    if not isinstance(by_screen, dict):
        by_screen = {}
    by_screen[screen] = geometry
    settings["window_geometry"] = by_screen
    save(settings)


def last_folder(kind: str) -> Path | None:
    """The folder a file of this kind ("pdf", "export") was last saved in, if it is still there."""
    folder = load().get("folders", {}).get(kind)
    return Path(folder) if folder and Path(folder).is_dir() else None


def remember_folder(kind: str, folder: str | os.PathLike) -> None:
    settings = load()
    settings["folders"] = {**settings.get("folders", {}), kind: str(Path(folder).resolve())}
    save(settings)


def interface_language() -> str | None:
    """The interface language the person chose ("fr"), or None to follow the computer's language."""
    chosen = load().get("interface_language")
    return chosen if isinstance(chosen, str) and chosen else None


def set_interface_language(lang: str | None) -> None:
    settings = load()
    if lang:
        settings["interface_language"] = lang
    else:
        settings.pop("interface_language", None)
    save(settings)
