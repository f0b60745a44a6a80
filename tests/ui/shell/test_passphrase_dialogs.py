"""The passphrase dialogs over real encrypted workshop files, driven as a person would: type, click, read the
message. Screenshots of each go to /work/notes/shots/crypt-ui when that folder exists."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from upr_desktop import settings
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.ops import Workshop
from upr_desktop.ui.shell.lock import LockScreen
from upr_desktop.ui.shell.passphrase_dialogs import (
    ChangePassphraseDialog,
    DeletedBackupsDialog,
    EncryptDialog,
    OpenPassphraseDialog,
    RecoveryKeyDialog,
    SetPassphraseDialog,
    recovery_sheet_pdf,
    strength,
)
from upr_desktop.ui.shell.workshop_dialogs import NewWorkshopDialog

SHOTS = Path("/work/notes/shots/crypt-ui")
PASSPHRASE = "river lantern copper meadow"
OTHER = "seven quiet harbours at dawn"


def shot(widget, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


@pytest.fixture
def encrypted(tmp_path):
    path = tmp_path / "Testimony.uprw"
    Workshop.create(path, WorkshopInfo(title="Ward 7 follow-up", country="Demoland"), passphrase=PASSPHRASE).close()
    return path


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- pieces -------------------------------------------------------------------------------------------
def test_strength_favours_length():
    assert strength("short")[0] == "weak"
    assert strength("aaaaaaaaaaaa")[0] == "weak"
    assert strength("correcthorse")[0] == "fair"
    assert strength(PASSPHRASE)[0] == "strong"


def test_recovery_sheet_is_one_page_with_the_key(tmp_path, qtbot):
    key = "UPR1-ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST"
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(recovery_sheet_pdf(key, "Testimony.uprw"))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", info)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert key.replace("-", "") in re.sub(r"[\s-]", "", text)
    assert "Testimony.uprw" in text


# --- creating -----------------------------------------------------------------------------------------
def test_new_encrypted_workshop_then_its_recovery_key_once(qtbot, tmp_path, driver, monkeypatch):
    from upr_desktop.ui.shell.workshop_dialogs import ask_new_workshop

    path = tmp_path / "New.uprw"
    saved_pdf = tmp_path / "key.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(saved_pdf), "")))
    seen = {}

    def fill(dialog: NewWorkshopDialog):
        qtbot.keyClicks(dialog.form.title_edit, "Ward 7 follow-up")
        dialog.set_path(path)
        click(qtbot, dialog.encrypt_check)
        click(qtbot, dialog.create_button)  # opens the passphrase dialog: handled next

    def passphrase(dialog: SetPassphraseDialog):
        assert "There is no way to recover this workshop without the passphrase or the recovery key." in \
            texts(dialog)
        fields = dialog.fields
        qtbot.keyClicks(fields.passphrase, "short")
        click(qtbot, dialog.ok_button)
        assert "Too short" in dialog.message.text() and not path.exists()
        fields.passphrase.clear()
        qtbot.keyClicks(fields.passphrase, PASSPHRASE)
        qtbot.keyClicks(fields.confirm, PASSPHRASE + "x")
        click(qtbot, dialog.ok_button)
        assert "not the same" in dialog.message.text() and not path.exists()
        fields.confirm.clear()
        qtbot.keyClicks(fields.confirm, PASSPHRASE)
        dialog.message.clear_message()
        shot(dialog, "create-passphrase.png")
        click(qtbot, dialog.ok_button)
        assert fields.passphrase.text() == "" and fields.confirm.text() == ""

    def recovery(dialog: RecoveryKeyDialog):
        seen["key"] = dialog.key_label.text()
        shot(dialog, "recovery-key.png")
        dialog.reject()  # Escape: not closed, the key would be lost
        assert dialog.isVisible() and "can't be shown again" in dialog.message.text()
        dialog.save_pdf()
        assert saved_pdf.exists()
        click(qtbot, dialog.done_button)

    driver.then(NewWorkshopDialog, fill).then(SetPassphraseDialog, passphrase).then(RecoveryKeyDialog, recovery)
    workshop = ask_new_workshop(None)
    driver.done()
    assert workshop is not None and workshop.encrypted
    try:
        assert Workshop.is_encrypted_file(path)
        assert seen["key"].startswith("UPR1-")
        assert seen["key"].replace("\n", "-") == workshop.recovery_key()
        text = subprocess.run(["pdftotext", str(saved_pdf), "-"], capture_output=True, text=True).stdout
        assert re.sub(r"[\s-]", "", seen["key"]) in re.sub(r"[\s-]", "", text)
    finally:
        workshop.close()
    with Workshop.open(path, passphrase=seen["key"].replace("\n", " ")) as by_key:  # the recovery key opens it
        assert by_key.info().title == "Ward 7 follow-up"


# --- opening ------------------------------------------------------------------------------------------
def test_opening_asks_wrong_then_right_and_keeps_it_out_of_recent(qtbot, window, encrypted, driver):
    def ask(dialog: OpenPassphraseDialog):
        qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
        click(qtbot, dialog.open_button)
        assert dialog.isVisible()
        assert "does not open “Testimony.uprw”" in dialog.message.text()
        assert dialog.passphrase.text() == ""  # cleared after use
        shot(dialog, "open-wrong-passphrase.png")
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        click(qtbot, dialog.open_button)

    driver.then(OpenPassphraseDialog, ask)
    assert window.open_workshop(encrypted)
    driver.done()
    assert window.workshop.path == encrypted and window.workshop.encrypted
    stored = settings._settings_file().read_text(encoding="utf-8") if settings._settings_file().exists() else ""
    assert "Testimony" not in stored


def test_cancel_opens_nothing(qtbot, window, encrypted, driver):
    before = window.workshop
    driver.then(OpenPassphraseDialog, lambda dialog: dialog.reject())
    assert not window.open_workshop(encrypted)
    driver.done()
    assert window.workshop is before


def test_remembered_in_recent_when_asked(qtbot, window, encrypted, driver):
    settings.set_remember_encrypted_in_recent(True)

    def ask(dialog):
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        click(qtbot, dialog.open_button)

    driver.then(OpenPassphraseDialog, ask)
    assert window.open_workshop(encrypted)
    driver.done()
    assert json.loads(settings._settings_file().read_text())["recent"][0] == str(encrypted.resolve())


# --- encrypting and changing --------------------------------------------------------------------------
def test_encrypt_this_workshop_deletes_plain_backups_and_says_so(qtbot, window, driver):
    path = window.workshop.path
    window.rolling_backup(wait=True)
    seen = {}

    def encrypt(dialog: EncryptDialog):
        body = texts(dialog)
        assert "are not touched" in body and "deleted" in body
        qtbot.keyClicks(dialog.fields.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.fields.confirm, PASSPHRASE)
        click(qtbot, dialog.encrypt_button)

    def deleted(dialog: DeletedBackupsDialog):
        seen["deleted"] = [dialog.listing.item(n).data(Qt.ItemDataRole.UserRole)
                           for n in range(dialog.listing.count())] \
            if dialog.listing is not None else []
        assert "not encrypted and were not deleted" in texts(dialog)
        shot(dialog, "encrypted-deleted-backups.png")
        dialog.accept()

    def recovery(dialog: RecoveryKeyDialog):
        seen["key"] = dialog.key_label.text()
        click(qtbot, dialog.done_button)

    driver.then(EncryptDialog, encrypt).then(DeletedBackupsDialog, deleted).then(RecoveryKeyDialog, recovery)
    assert window.encrypt_workshop()
    driver.done()
    assert window.workshop.encrypted and Workshop.is_encrypted_file(path)
    assert seen["deleted"] and not any(Path(p).exists() for p in seen["deleted"])
    assert not window.encrypt_action.isEnabled() and window.change_passphrase_action.isEnabled()


def test_change_passphrase_checks_the_old_one_and_shows_the_new_key(qtbot, window, encrypted, driver):
    driver.then(OpenPassphraseDialog, lambda d: (qtbot.keyClicks(d.passphrase, PASSPHRASE),
                                                 click(qtbot, d.open_button)))
    assert window.open_workshop(encrypted)
    old_key = window.workshop.recovery_key()
    seen = {}

    def change(dialog: ChangePassphraseDialog):
        qtbot.keyClicks(dialog.current, "wrong old one")
        qtbot.keyClicks(dialog.fields.passphrase, OTHER)
        qtbot.keyClicks(dialog.fields.confirm, OTHER)
        click(qtbot, dialog.change_button)
        assert "not right" in dialog.message.text() and dialog.isVisible()
        assert dialog.current.text() == "" and dialog.fields.text() == OTHER  # only the wrong one is cleared
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        shot(dialog, "change-passphrase.png")
        click(qtbot, dialog.change_button)

    def recovery(dialog: RecoveryKeyDialog):
        seen["key"] = dialog.key_label.text()
        assert "no longer works" in texts(dialog)
        click(qtbot, dialog.done_button)

    driver.then(ChangePassphraseDialog, change).then(RecoveryKeyDialog, recovery)
    assert window.change_passphrase()
    driver.done()
    assert seen["key"].replace("\n", "-") != old_key
    window.close_workshop(show_start=False)
    with Workshop.open(encrypted, passphrase=OTHER) as reopened:
        assert reopened.encrypted


# --- locking an encrypted workshop --------------------------------------------------------------------
def test_lock_and_unlock_an_encrypted_workshop(qtbot, window, tmp_path, driver):
    path = tmp_path / "locked.uprw"
    create_demo_workshop(path).close()
    with Workshop.open(path) as plain:
        plain.encrypt(PASSPHRASE)
    driver.then(OpenPassphraseDialog, lambda d: (qtbot.keyClicks(d.passphrase, PASSPHRASE),
                                                 click(qtbot, d.open_button)))
    assert window.open_workshop(path)
    driver.done()
    window.show_step("clusters")
    assert window.lock_workshop()
    screen = window.locker.screen
    assert isinstance(screen, LockScreen) and screen.passphrase.isVisible()
    assert "not encrypted" not in texts(screen)
    qtbot.keyClicks(screen.passphrase, "guess")
    click(qtbot, screen.unlock_button)
    assert window.locker.is_locked and window.workshop is None
    assert "not right" in screen.message.text() and screen.passphrase.text() == ""
    shot(window, "lock-screen-wrong.png")
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not window.locker.is_locked
    assert window.workshop.encrypted and window.current_step() == "clusters"


def test_printing_the_recovery_key_to_a_pdf_printer(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    key = "UPR1-ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST"
    dialog = RecoveryKeyDialog(key, "Testimony.uprw")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_on(printer)
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert re.sub(r"[\s-]", "", key) in re.sub(r"[\s-]", "", text)
    assert "sent to the printer" in dialog.message.text()
    click(qtbot, dialog.done_button)
    assert dialog.key_label.text() == ""  # not kept on screen once stored


def test_a_passphrase_shaped_like_a_recovery_key_is_refused(qtbot):
    from upr_desktop.ui.shell.passphrase_dialogs import PassphraseFields

    fields = PassphraseFields()
    qtbot.addWidget(fields)
    shaped = "UPR1-ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST"
    fields.passphrase.setText(shaped)
    fields.confirm.setText(shaped)
    assert "recovery key" in fields.problem()
    fields.passphrase.setText(PASSPHRASE)
    fields.confirm.setText(PASSPHRASE)
    assert fields.problem() is None
