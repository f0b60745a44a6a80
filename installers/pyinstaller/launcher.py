"""Entry point of the frozen app (PyInstaller runs this file as __main__).

One bundle, two launchers sharing it:
- `upr-desktop` (`upr-desktop.exe` on Windows; on macOS inside `UPR Desktop.app`): the app, or a command, as
  `python -m upr_desktop` (cli.main decides: no command means the app);
- `upr-desktop-cli`: the same commands from a console window; with no arguments it prints the help rather than
  opening the app. On Windows it is a second, console .exe, because the app's own launcher has no console to print
  to; on Linux it is a symlink to `upr-desktop`, told apart here by the name it was started by.

`--quit-after MS` (first argument) opens the app as usual and closes it MS milliseconds after its window shows:
a check that the bundle starts on this machine (exit code 0), used by tests/installers/test_frozen_bundle.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _attach_missing_streams() -> None:
    # A windowed launcher on Windows starts with no stdout/stderr: printing must not fail.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def _run_and_quit(milliseconds: int, argv: list[str]) -> int:
    """The app, closed by a timer once it has shown: the QApplication made here is the one ui.app.main uses."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0], *argv])
    QTimer.singleShot(milliseconds, app.quit)
    from upr_desktop.ui.shell.app import main as gui_main

    return gui_main(app.arguments()[1:])


def run(argv: list[str]) -> int:
    _attach_missing_streams()
    console_only = any(Path(name).stem.lower().endswith("-cli") for name in (sys.executable, sys.argv[0]))
    if argv[:1] == ["--quit-after"] and len(argv) >= 2 and argv[1].isdigit():
        return _run_and_quit(int(argv[1]), argv[2:])
    from upr_desktop.cli import main

    if console_only and not argv:
        argv = ["--help"]
    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
