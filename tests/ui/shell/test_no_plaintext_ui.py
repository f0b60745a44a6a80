"""The desktop side of "nothing left in plaintext": an encrypted workshop opened in the window, every step shown,
a print job handed on, locked and unlocked, then closed. The app's folder (settings, backups, the private
temporary folder) holds no name and no recommendation text, and the workshop's own name is not in the settings."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from upr_desktop import paths, private_temp, settings
from upr_desktop.io.demo import create_demo_workshop, load_demo_source
from upr_desktop.ui.print import printing
from upr_desktop.ui.shell.main_window import STEPS, MainWindow
from upr_desktop.ui.shell.passphrase_dialogs import OpenPassphraseDialog

PASS = "passphrase for the coalition's laptop"


def _known() -> list[str]:
    source = load_demo_source()
    known = [p.get("name") for p in source["participants"]] + [r["text"][:60] for r in source["recommendations"]]
    followup = source["followup"]  # evidence titles and the assessors' justifications
    known += [e["title"][:40] for e in followup["evidence"]] + [a[4][:40] for a in followup["assessments"]
                                                                if len(a) > 4 and len(a[4] or "") >= 12]
    return sorted({k for k in known if k and len(k) >= 5})


def _found(folder: Path, known: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [(path.name, text) for text in known if text.encode() in data or
                      text.encode("utf-16-le") in data]
    return found


def test_an_encrypted_session_leaves_no_plaintext_in_the_apps_folder(qtbot, tmp_path, driver):
    home = paths.data_dir()
    path = tmp_path / "Kalungu testimony.uprw"
    create_demo_workshop(path, passphrase=PASS).close()
    folder = private_temp.take_over_process_temp()
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        driver.then(OpenPassphraseDialog, lambda d: (qtbot.keyClicks(d.passphrase, PASS),
                                                     qtbot.mouseClick(d.open_button, Qt.MouseButton.LeftButton)))
        assert window.open_workshop(path)
        driver.done()
        for key in STEPS:
            window.show_step(key)
            qtbot.wait(50)
        print_page = window.page("print")
        qtbot.waitUntil(print_page.preview_ready, timeout=30_000)
        # A print job goes through a file handed to the printing system: in the private folder, gone after.
        job_folders = []
        printer = QPrinter()
        printing.send_to_cups(print_page.pdf_bytes(), printer, print_page.page_count(), lp="true",
                              destination="office")
        with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as library_temp:  # what a library might leave
            library_temp.write(print_page.pdf_bytes())
        job_folders.append(Path(library_temp.name).parent)
        assert job_folders == [folder]

        window.rolling_backup(wait=True)
        assert window.lock_workshop()
        assert not Path(library_temp.name).exists()  # locking empties the private folder
        qtbot.keyClicks(window.locker.screen.passphrase, PASS)
        qtbot.mouseClick(window.locker.screen.unlock_button, Qt.MouseButton.LeftButton)
        assert window.workshop is not None and window.workshop.encrypted
        window.close()
    finally:
        private_temp.close()

    assert not folder.exists()
    assert "Kalungu" not in settings._settings_file().read_text(encoding="utf-8") \
        if settings._settings_file().exists() else True
    assert list((home / "backups").rglob("*.uprw")), "a backup was written (and is scanned)"
    assert _found(home, _known()) == []
    # …and the workshop's own folder: the .uprw and whatever -wal/-shm it left
    assert [f.name for f in tmp_path.iterdir() if f.name.startswith(path.name)]
    assert _found(tmp_path, _known()) == []
