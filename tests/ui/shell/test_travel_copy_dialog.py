"""Save a travel copy: the summary of what is left out comes first, then the file; read back, it holds none of
what was left out."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from upr_desktop.domain.charter import Endorsement
from upr_desktop.ops import Workshop
from upr_desktop.ui.shell.passphrase_dialogs import SetPassphraseDialog
from upr_desktop.ui.shell.travel_copy_dialog import TravelCopyDialog

SHOTS = Path("/work/notes/shots/crypt-ui")
PASSPHRASE = "river lantern copper meadow"


def shot(widget, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

SIGNATORY = "Amara Okonkwo-Bell"


def _texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_summary_first_then_a_workshop_file_without_names(qtbot, window, tmp_path, monkeypatch, driver):
    names = [p.name for p in window.workshop.participants() if p.name]
    assert names
    target = tmp_path / "out" / "travel"
    target.parent.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: asked.append(a) or (str(target), "")))
    seen = {}

    def summary(dialog: TravelCopyDialog):
        seen["text"] = _texts(dialog)
        assert not asked  # the summary comes before the save dialog
        shot(dialog, "travel-copy-summary.png")
        click(qtbot, dialog.save_button)

    driver.then(TravelCopyDialog, summary)
    saved = window.save_travel_copy()
    driver.done()
    assert saved == target.with_name("travel.uprw")
    assert "Left out" in seen["text"] and "participants' names" in seen["text"]
    assert f"{len(window.workshop.participants())}\nparticipants' names" in seen["text"]  # counted
    assert "Kept" in seen["text"] and "clusters" in seen["text"]
    assert "(travel copy).uprw" in Path(asked[0][2]).name
    with Workshop.open(saved, read_only=True) as copy:
        kept_names = {p.name for p in copy.participants()}
        assert not kept_names & set(names)
        assert not copy.encrypted
    assert [p.name for p in window.workshop.participants() if p.name] == names  # the workshop is unchanged
    raw = saved.read_bytes()
    for name in names[:5]:
        assert name.encode() not in raw


def test_a_travel_copy_with_its_own_passphrase(qtbot, window, tmp_path, monkeypatch, driver):
    target = tmp_path / "protected.uprw"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))

    def summary(dialog: TravelCopyDialog):
        click(qtbot, dialog.protect)
        click(qtbot, dialog.save_button)

    def passphrase(dialog: SetPassphraseDialog):
        qtbot.keyClicks(dialog.fields.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.fields.confirm, PASSPHRASE)
        click(qtbot, dialog.ok_button)

    driver.then(TravelCopyDialog, summary).then(SetPassphraseDialog, passphrase)
    assert window.save_travel_copy() == target
    driver.done()
    assert Workshop.is_encrypted_file(target)
    with Workshop.open(target, passphrase=PASSPHRASE, read_only=True) as copy:
        assert copy.encrypted and copy.info().title == window.workshop.info().title


def test_a_travel_copy_as_a_charter_pdf_without_names(qtbot, window, tmp_path, monkeypatch, driver):
    window.workshop.add_endorsement(Endorsement(organisation="Free Press Demoland", representative=SIGNATORY))
    target = tmp_path / "charter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))

    def summary(dialog: TravelCopyDialog):
        click(qtbot, dialog.as_pdf)
        assert not dialog.protect.isEnabled()
        click(qtbot, dialog.save_button)

    driver.then(TravelCopyDialog, summary)
    assert window.save_travel_copy() == target
    driver.done()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert SIGNATORY not in text
    assert "Free Press Demoland" in text
