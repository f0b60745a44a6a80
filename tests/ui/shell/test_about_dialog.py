"""Help ▸ About: the version from the package metadata, the data folder, and the licences of what the app ships,
read from the real files (resources/fonts, the libraries' .dist-info, installers/licenses)."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from upr_desktop import paths
from upr_desktop.ui.shell.about_dialog import AboutDialog, app_version, licence_text, show_about
from upr_desktop.ui.shell.start_screen import StartScreen

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def dialog(qtbot):
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    return about


def _row(dialog, name):
    found = [c for c in dialog.rows() if c.name.startswith(name)]
    assert found, f"{name} is not listed: {[c.name for c in dialog.rows()]}"
    return found[0]


def test_version_is_the_package_version(dialog):
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert app_version() == metadata.version("upr-desktop") == declared
    assert dialog.version_label.text() == f"Version {declared}"
    assert _row(dialog, "UPR Desktop").licence == "GPL-3.0-or-later"
    dialog.select("UPR Desktop")
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence_view.toPlainText()
    assert "Version 3" in dialog.licence_view.toPlainText()


@pytest.mark.parametrize(("name", "distribution", "licence", "words"), [
    ("Qt for Python", "PySide6-Essentials", "LGPL-3.0", "GNU LESSER GENERAL PUBLIC LICENSE"),
    ("ReportLab", "reportlab", "BSD", "Redistribution and use in source and binary forms"),
    ("pandas", "pandas", "BSD-3-Clause", "Redistribution and use in source and binary forms"),
    ("openpyxl", "openpyxl", "MIT", "Permission is hereby granted"),
    ("sqlite-utils", "sqlite-utils", "Apache-2.0", "Apache License"),
    ("python-bidi", "python-bidi", "LGPL-3.0", "GNU LESSER GENERAL PUBLIC LICENSE"),
])
def test_main_libraries_show_their_version_and_licence_text(dialog, name, distribution, licence, words):
    row = _row(dialog, name)
    assert row.version == metadata.version(distribution)
    assert row.licence == licence
    dialog.select(name)
    assert words.lower() in dialog.licence_view.toPlainText().lower()


def test_every_library_has_a_licence_text_and_every_dependency_is_listed(dialog):
    for component in dialog.rows():
        assert len(licence_text(component)) > 40, component.name
    listed = {c.name.split()[0].lower() for c in dialog.rows()}
    requirements = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    for requirement in requirements:
        name = re.split(r"[=<>!~\[; ]", requirement)[0].lower()
        if name in {"pyside6-essentials", "pyside6-addons"}:
            name = "qt"  # "Qt for Python (PySide6) and Qt"
        assert name in listed, f"{name} (pyproject.toml) is missing from the About dialog"


def test_every_bundled_font_is_listed_with_its_licence_file(dialog):
    fonts_dir = paths.resource("fonts")
    shipped = sorted(p.name for p in fonts_dir.iterdir() if p.suffix in (".ttf", ".ttc", ".otf"))
    readme = (fonts_dir / "README.md").read_text(encoding="utf-8")
    for name in shipped:
        family = re.sub(r"-(Regular|Bold|Italic|BoldItalic)\.ttf$", "", name).replace(".ttc", "")
        assert family in readme, f"{name} is not in resources/fonts/README.md"
    fonts = [c for c in dialog.rows() if c.licence_file is not None and c.licence_file.parent == fonts_dir]
    assert {c.name for c in fonts} >= {"Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "WenQuanYi Micro Hei"}
    dialog.select("Noto Sans Arabic")
    assert "SIL OPEN FONT LICENSE" in dialog.licence_view.toPlainText().upper()
    dialog.select("WenQuanYi")
    assert "Apache" in _row(dialog, "WenQuanYi").licence
    assert dialog.licence_view.toPlainText().strip()


def test_data_folder_and_copied_details(dialog, ui_home):
    assert str(ui_home) in dialog.data_label.text()
    text = dialog.copy_details()
    assert QGuiApplication.clipboard().text() == text
    assert f"UPR Desktop {app_version()}" in text and str(ui_home) in text


def test_portable_mode_is_stated(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("UPR_DESKTOP_HOME")
    monkeypatch.setattr(paths, "app_folders", lambda: [tmp_path])
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    about = AboutDialog()
    qtbot.addWidget(about)
    assert about.data_label.text().startswith("Portable")
    assert str(tmp_path / "UPR Desktop data") in about.data_label.text()
    screen = StartScreen([])
    qtbot.addWidget(screen)
    assert screen.privacy_note.text().startswith("Portable")


def test_start_screen_opens_about(qtbot):
    screen = StartScreen([])
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.about_button, Qt.MouseButton.LeftButton)
    about = screen.about_dialog
    qtbot.waitUntil(about.isVisible, timeout=2000)
    assert about.windowTitle() == "About UPR Desktop"
    assert app_version() in screen.about_button.text()
    about.close()


def test_show_about_is_not_blocking_and_closes(qtbot):
    about = show_about(None)
    qtbot.waitUntil(about.isVisible, timeout=2000)
    about.reject()
    assert not about.isVisible()
