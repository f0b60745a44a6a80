"""The main window opens within the screen it is on, and where it was last time on that screen.

Each start runs in its own process on an offscreen screen of the size under test (a 1024×768 projector, a
1366×768 laptop, a 1920×1080 monitor), as the app would start on it; the settings folder is the test's own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from upr_desktop.ui.shell.window_place import clamp

ROOT = Path(__file__).resolve().parents[3]

START = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(["upr-desktop"])
from upr_desktop import settings
from upr_desktop.ui.shell.main_window import MainWindow
from upr_desktop.ui.shell.window_place import screen_key

path, then = sys.argv[1], sys.argv[2]
win = MainWindow()
win.handle_path(path)
win.show_placed()
for _ in range(20):
    app.processEvents()
screen = app.primaryScreen()
g, a = win.geometry(), screen.availableGeometry()
report = {"key": screen_key(screen), "geometry": [g.x(), g.y(), g.width(), g.height()],
          "available": [a.x(), a.y(), a.width(), a.height()], "maximised": win.isMaximized(),
          "minimum": [win.minimumSizeHint().width(), win.minimumSizeHint().height()]}
if then.startswith("normal:"):
    win.showNormal()
    win.setGeometry(*(int(n) for n in then[7:].split(",")))
elif then == "maximise":
    win.showMaximized()
for _ in range(20):
    app.processEvents()
win.close()
report["stored"] = settings.load().get("window_geometry", {})
print("REPORT " + json.dumps(report))
"""


def start(tmp_path: Path, demo_path: Path, screen: tuple[int, int], then: str = "") -> dict:
    """Start the main window on a screen of this size (a 28-pixel panel at the top), then close it."""
    config = tmp_path / f"screen-{screen[0]}x{screen[1]}.json"
    config.write_text(json.dumps({"screens": [{"name": "Screen", "x": 0, "y": 0, "width": screen[0],
                                               "height": screen[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT),
               UPR_DESKTOP_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", START, str(demo_path), then], env=env, capture_output=True,
                          text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    return json.loads(lines[-1][7:])


def inside(report: dict) -> bool:
    return QRect(*report["available"]).contains(QRect(*report["geometry"]))


@pytest.mark.parametrize("screen", [(1024, 768), (1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_first_start_opens_within_the_screen(tmp_path, demo_path, screen):
    report = start(tmp_path, demo_path, screen)
    assert report["key"] == f"Screen {screen[0]}x{screen[1]}"
    assert inside(report), report
    # Too small for the size the window would like (1400×860): all of it. Large enough: that size, centred.
    assert report["maximised"] == (screen != (1920, 1080))
    if screen == (1920, 1080):
        assert report["geometry"] == [260, 110, 1400, 860]


def test_a_stored_place_larger_than_the_screen_is_brought_back_onto_it(tmp_path, demo_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_text(json.dumps({"window_geometry": {"Screen 1024x768": {
        "x": -300, "y": 500, "width": 1900, "height": 1200, "maximised": False}}}))
    report = start(tmp_path, demo_path, (1024, 768))
    assert not report["maximised"]
    assert inside(report), report
    assert report["geometry"] == [2, 2, 1020, 764]  # all of the screen, frame (2 px offscreen) included


def test_size_position_and_maximised_are_remembered_per_screen(tmp_path, demo_path):
    first = start(tmp_path, demo_path, (1366, 768), then="normal:40,30,1100,700")
    assert first["stored"]["Screen 1366x768"] == {"x": 40, "y": 30, "width": 1100, "height": 700, "maximised": False}
    # On the projector, the window keeps its own place; the laptop's is not used there, nor lost.
    projector = start(tmp_path, demo_path, (1024, 768), then="normal:0,0,1000,700")
    assert projector["maximised"] and inside(projector)
    assert projector["stored"]["Screen 1024x768"]["width"] == 1000
    assert projector["stored"]["Screen 1366x768"]["width"] == 1100

    again = start(tmp_path, demo_path, (1366, 768), then="maximise")
    assert again["geometry"] == [40, 30, 1100, 700] and not again["maximised"]
    assert again["stored"]["Screen 1366x768"] == {"x": 40, "y": 30, "width": 1100, "height": 700, "maximised": True}
    third = start(tmp_path, demo_path, (1366, 768))
    assert third["maximised"] and inside(third)


def test_clamp_keeps_a_place_inside_the_area():
    area = QRect(0, 30, 1366, 738)  # a laptop with a top bar
    assert clamp(QRect(100, 100, 800, 600), area) == QRect(100, 100, 800, 600)
    assert clamp(QRect(-50, 0, 800, 600), area) == QRect(0, 30, 800, 600)
    assert clamp(QRect(1000, 500, 800, 600), area) == QRect(566, 168, 800, 600)
    assert clamp(QRect(0, 0, 1400, 860), area) == QRect(0, 30, 1366, 738)
    # Never smaller than the window can be, unless the screen is smaller still.
    assert clamp(QRect(10, 40, 200, 100), area, (900, 500)) == QRect(10, 40, 900, 500)
    assert clamp(QRect(10, 40, 200, 100), area, (2000, 500)).width() == 1366
