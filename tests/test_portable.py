"""Portable mode: a portable.txt beside the app keeps settings, recent workshops, logs and backups in a folder beside
it, and the real app, run that way, leaves the home folder exactly as it found it (empty here)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from upr_desktop import paths, settings

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def app_folder(tmp_path, monkeypatch):
    """An app folder of our own instead of the project folder, with no UPR_DESKTOP_HOME set."""
    folder = tmp_path / "stick" / "UPR Desktop"
    folder.mkdir(parents=True)
    monkeypatch.delenv("UPR_DESKTOP_HOME", raising=False)
    monkeypatch.setattr(paths, "app_folders", lambda: [folder])
    return folder


@pytest.mark.parametrize("marker", ["portable.txt", "portable.txt.txt", "portable"])
def test_a_marker_beside_the_app_keeps_the_data_beside_it(app_folder, marker):
    assert not paths.is_portable()
    (app_folder / marker).write_text("", encoding="utf-8")
    assert paths.is_portable()
    assert paths.data_dir() == app_folder / "UPR Desktop data"
    assert paths.backups_dir() == app_folder / "UPR Desktop data" / "backups"
    assert paths.logs_dir().is_dir()
    settings.add_recent(app_folder / "w.uprw")
    assert (app_folder / "UPR Desktop data" / "settings.json").is_file()


def test_no_marker_means_the_persons_own_data_folder(app_folder, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.portable_folder() is None
    assert paths.data_dir() == tmp_path / "xdg" / "UPR Desktop"


def test_upr_desktop_home_wins_over_the_marker(app_folder, tmp_path, monkeypatch):
    (app_folder / "portable.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv("UPR_DESKTOP_HOME", str(tmp_path / "explicit"))
    assert paths.data_dir() == tmp_path / "explicit"
    assert not paths.is_portable()


def test_a_stick_that_cannot_be_written_falls_back_to_the_temporary_folder(app_folder):
    (app_folder / "portable.txt").write_text("", encoding="utf-8")
    (app_folder / "UPR Desktop data").write_text("a file where the folder should be", encoding="utf-8")
    assert paths.data_dir() == Path(tempfile.gettempdir()) / "UPR Desktop data"


def test_frozen_app_looks_beside_its_executable_and_beside_a_mac_app(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "FROZEN", True)
    linux = tmp_path / "UPR-Desktop-0.1.0-linux-x86_64"
    monkeypatch.setattr(sys, "executable", str(linux / "upr-desktop"))
    assert paths.app_folders() == [linux]
    mac = tmp_path / "Volumes" / "STICK" / "UPR Desktop.app" / "Contents" / "MacOS"
    monkeypatch.setattr(sys, "executable", str(mac / "upr-desktop"))
    assert paths.app_folders() == [mac, tmp_path / "Volumes" / "STICK"]


# --- the real app, run from a copy of the project folder with portable.txt beside it ----------------------------

SCRIPT = textwrap.dedent("""
    import sys
    import traceback
    from pathlib import Path

    import upr_desktop
    assert Path(upr_desktop.__file__).resolve().is_relative_to(Path.cwd().resolve()), upr_desktop.__file__

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from upr_desktop import paths, settings
    from upr_desktop.io.demo import create_demo_workshop

    assert paths.is_portable()
    app = QApplication([sys.argv[0]])


    def drive():
        code = 0
        try:
            window = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"][0]
            assert window.workshop is not None, "the app opens on the demo"
            workshop = Path(sys.argv[1])
            create_demo_workshop(workshop).close()
            assert window.open_workshop(str(workshop)), "open"
            window.workshop.rolling_backup()
            window.close_workshop()  # back to the start screen (and one more backup)
            print("RECENT", *settings.recent_workshops(), sep="\\n", flush=True)
        except Exception:
            traceback.print_exc()
            code = 3
        QApplication.exit(code)


    QTimer.singleShot(300, drive)
    from upr_desktop.ui.shell.app import main

    sys.exit(main([]))
""")


def test_a_portable_run_of_the_app_leaves_the_home_folder_empty(tmp_path):
    project = tmp_path / "USB stick" / "UPR Desktop"
    project.mkdir(parents=True)
    shutil.copytree(REPO / "upr_desktop", project / "upr_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "resources", project / "resources")
    (project / "portable.txt").write_text("", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    workshop = tmp_path / "USB stick" / "Workshops" / "Kenya 2026.uprw"
    workshop.parent.mkdir()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "UPR_DESKTOP_", "PYTHON")) and key != "QT_QPA_PLATFORM"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")

    result = subprocess.run([sys.executable, "-c", SCRIPT, str(workshop)], cwd=project, env=env,
                            capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stdout + result.stderr
    assert list(home.rglob("*")) == [], "the portable app wrote into the home folder"
    assert list((tmp_path / "USB stick").rglob(".*.lock")) == [], "a clean exit leaves no in-use lock file"
    data = project / "UPR Desktop data"
    assert str(workshop) in result.stdout.split("RECENT", 1)[1]
    assert str(workshop) in (data / "settings.json").read_text(encoding="utf-8")
    backups = list((data / "backups").rglob("*.uprw"))
    assert any(b.name.startswith("Kenya 2026") for b in backups), backups
    assert list(data.glob("*.uprw")), "the demo copy is kept in the data folder"
    log = (data / "logs" / "upr-desktop.log").read_text(encoding="utf-8")
    assert "starting" in log and "closed (exit code 0)" in log
