"""Where the app keeps its own files: backups, logs, recent workshops, the demo copy.

`UPR_DESKTOP_HOME` overrides the location (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    override = os.environ.get("UPR_DESKTOP_HOME")
    path = Path(override) if override else Path(user_data_dir("UPR Desktop", appauthor=False))
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
