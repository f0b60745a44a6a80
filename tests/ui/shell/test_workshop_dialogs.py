"""New workshop and workshop details dialogs, driven like a person would, against real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from upr_desktop.domain.workshop import ALL_COUNTRIES, WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.ui.shell.workshop_dialogs import (
    NewWorkshopDialog,
    WorkshopInfoDialog,
    file_name_for,
    free_path,
    with_suffix,
)


@pytest.fixture
def dialog(qtbot):
    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    if dialog.workshop is not None:
        dialog.workshop.close()


def _fill(qtbot, dialog: NewWorkshopDialog, title: str = "Kenya CSO strategy workshop") -> None:
    qtbot.keyClicks(dialog.form.title_edit, title)
    dialog.form.country_combo.setEditText("Kenya")
    dialog.form.cycle_spin.setValue(4)
    dialog.form.review_date.set_date(QDate(2025, 1, 22))
    qtbot.keyClicks(dialog.form.venue_edit, "Nairobi, YMCA hall")
    dialog.form.start_date.set_date(QDate(2025, 5, 12))
    dialog.form.end_date.set_date(QDate(2025, 5, 14))
    dialog.form.organisers_edit.setPlainText("Kenya Human Rights Commission\n\n  UPR Info  \n")


def test_empty_title_shows_an_inline_error_and_creates_nothing(qtbot, dialog, tmp_path):
    target = tmp_path / "untitled.uprw"
    dialog.set_path(target)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible()
    assert "title" in dialog.message.text()
    assert dialog.message.objectName() == "inlineError"
    assert dialog.form.title_edit.property("invalid") is True
    assert dialog.isVisible() and dialog.workshop is None
    assert not target.exists()
    # typing a title clears the problem
    qtbot.keyClicks(dialog.form.title_edit, "Workshop")
    assert not dialog.message.isVisible()


def test_filled_form_creates_a_workshop_with_its_details(qtbot, dialog, tmp_path):
    _fill(qtbot, dialog)
    dialog.set_path(tmp_path / "kenya")  # ".uprw" is added
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    created = tmp_path / "kenya.uprw"
    assert dialog.workshop is not None and dialog.workshop.path == created
    dialog.workshop.close()
    dialog.workshop = None
    with Workshop.open(created) as reopened:
        info = reopened.info()
    assert info == WorkshopInfo(
        title="Kenya CSO strategy workshop", country="Kenya", cycle=4, review_date="2025-01-22",
        venue="Nairobi, YMCA hall", start_date="2025-05-12", end_date="2025-05-14",
        organisers=("Kenya Human Rights Commission", "UPR Info"))


def test_unset_dates_and_cycle_are_stored_empty(qtbot, dialog, tmp_path):
    qtbot.keyClicks(dialog.form.title_edit, "Coalition database")
    dialog.form.country_combo.setCurrentIndex(0)  # All countries (coalition database)
    dialog.set_path(tmp_path / "coalition.uprw")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    info = dialog.workshop.info()
    assert info.country == ALL_COUNTRIES
    assert info.cycle is None and info.review_date == info.start_date == info.end_date == ""


def test_default_location_follows_the_title(qtbot, dialog, monkeypatch, tmp_path):
    qtbot.keyClicks(dialog.form.title_edit, "Mongolia: CSO strategy / 2015")
    assert Path(dialog.path_edit.text()).name == "Mongolia CSO strategy 2015.uprw"
    assert file_name_for("  ") == "Workshop.uprw"
    (tmp_path / "a.uprw").write_bytes(b"")
    assert free_path(tmp_path, "a.uprw").name == "a (2).uprw"
    assert with_suffix(str(tmp_path / "x.UPRW")).name == "x.UPRW"
    # once the person has chosen a location, the title no longer changes it
    dialog.set_path(tmp_path / "mine.uprw")
    qtbot.keyClicks(dialog.form.title_edit, " more")
    assert dialog.path_edit.text() == str(tmp_path / "mine.uprw")


def test_end_before_start_is_refused_inline(qtbot, dialog, tmp_path):
    _fill(qtbot, dialog)
    dialog.form.end_date.set_date(QDate(2025, 5, 1))
    dialog.set_path(tmp_path / "dates.uprw")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.workshop is None and "dates" in dialog.message.text()
    assert not (tmp_path / "dates.uprw").exists()


def test_missing_folder_is_shown_inline_so_it_can_be_fixed(qtbot, dialog, tmp_path):
    _fill(qtbot, dialog)
    dialog.set_path(tmp_path / "no such folder" / "kenya.uprw")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.workshop is None
    assert "does not exist" in dialog.message.text()
    assert dialog.path_edit.property("invalid") is True
    # the person fixes the location and tries again
    dialog.set_path(tmp_path / "kenya.uprw")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.workshop is not None and (tmp_path / "kenya.uprw").exists()


def test_existing_file_is_not_overwritten(qtbot, dialog, tmp_path):
    existing = tmp_path / "taken.uprw"
    existing.write_bytes(b"precious")
    _fill(qtbot, dialog)
    dialog.set_path(existing)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.workshop is None and "already exists" in dialog.message.text()
    assert existing.read_bytes() == b"precious"


def test_read_only_folder_is_shown_inline(qtbot, dialog, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: a 0o555 folder is still writable, so there is nothing to refuse")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        _fill(qtbot, dialog)
        dialog.set_path(folder / "kenya.uprw")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.workshop is None and "read-only" in dialog.message.text()
    finally:
        folder.chmod(0o755)


def test_details_dialog_edits_and_undo_restores(qtbot, new_workshop, undo_stack):
    workshop = new_workshop("Kenya")
    before = workshop.info()
    dialog = WorkshopInfoDialog(workshop, undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.title_edit.text() == before.title
    assert dialog.form.country_combo.currentText() == "Kenya"
    dialog.form.title_edit.setText("Kenya UPR charter workshop")
    dialog.form.start_date.set_date(QDate(2025, 6, 2))
    dialog.form.organisers_edit.setPlainText("KHRC\nFIDA Kenya")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.changed and dialog.result() == dialog.DialogCode.Accepted
    after = workshop.info()
    assert after.title == "Kenya UPR charter workshop" and after.start_date == "2025-06-02"
    assert after.organisers == ("KHRC", "FIDA Kenya")
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert workshop.info() == before
    undo_stack.redo()
    assert workshop.info() == after


def test_details_dialog_refuses_an_empty_title_inline(qtbot, new_workshop, undo_stack):
    workshop = new_workshop("Kenya")
    dialog = WorkshopInfoDialog(workshop, undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.title_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible() and not dialog.changed
    assert undo_stack.count() == 0 and workshop.info().title


def test_details_dialog_without_changes_pushes_nothing(qtbot, new_workshop, undo_stack):
    workshop = new_workshop(ALL_COUNTRIES, name="all.uprw")
    dialog = WorkshopInfoDialog(workshop, undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.country() == ALL_COUNTRIES
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.changed and undo_stack.count() == 0


def test_partial_dates_survive_an_edit(qtbot, tmp_path, undo_stack):
    info = WorkshopInfo(title="Old workshop", country="Mongolia", review_date="2015-05", start_date="2015-05-12")
    with Workshop.create(tmp_path / "old.uprw", info) as workshop:
        dialog = WorkshopInfoDialog(workshop, undo_stack)
        qtbot.addWidget(dialog)
        dialog.form.venue_edit.setText("Ulaanbaatar")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        saved = workshop.info()
    assert saved.review_date == "2015-05" and saved.start_date == "2015-05-12" and saved.venue == "Ulaanbaatar"


def test_details_of_a_read_only_workshop_cannot_be_edited(qtbot, new_workshop, undo_stack):
    path = new_workshop("Kenya").path
    with Workshop.open(path, read_only=True) as workshop:
        dialog = WorkshopInfoDialog(workshop, undo_stack)
        qtbot.addWidget(dialog)
        assert not dialog.save_button.isEnabled()
        assert "read-only" in dialog.message.text()


def test_the_new_workshop_dialog_chooses_the_documents_language(qtbot, dialog, tmp_path):
    from upr_desktop.text import LANGUAGE_NAMES

    combo = dialog.form.document_language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == list(LANGUAGE_NAMES.values())  # own names
    assert combo.currentData() == "en"  # the interface language (English here) is the first guess
    _fill(qtbot, dialog)
    combo.setCurrentIndex(combo.findData("ar"))
    dialog.set_path(tmp_path / "arabic")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.workshop.document_language() == "ar"
    dialog.grab().save(str(tmp_path / "new-dialog.png"))


def test_the_details_dialog_changes_the_documents_language_with_undo(qtbot, new_workshop, undo_stack):
    workshop = new_workshop("Kenya")
    dialog = WorkshopInfoDialog(workshop, undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.form.document_language_combo
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("fr"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert workshop.document_language() == "fr" and undo_stack.count() == 1
    undo_stack.undo()
    assert workshop.document_language() == "en"
    again = WorkshopInfoDialog(workshop, undo_stack)
    qtbot.addWidget(again)
    assert again.form.document_language_combo.currentData() == "en"
