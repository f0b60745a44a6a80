"""The import dialog end to end: real files from ../shared/data, real workshops, real worker threads."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

from PySide6.QtCore import QTimer

from upr_desktop.domain.workshop import ALL_COUNTRIES
from upr_desktop.ops import Workshop
from upr_desktop.ui.shell import import_dialog as import_dialog_module
from upr_desktop.ui.shell.import_dialog import ImportDialog, run_import

SLOVENIA_DOCX = "ohchr_upr48_slovenia_thematic_list_2025.docx"
UPRINFO_CSV = "uprinfo_export_sessions18-20_2014.csv"
WAIT = 60000  # ms; generous for a slow CI machine, normally seconds


def _open(qtbot, workshop, undo_stack, path) -> ImportDialog:
    dialog = ImportDialog(workshop, undo_stack, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.pages.currentIndex() != dialog.PAGE_CHECKING,
                    timeout=WAIT)
    return dialog


def _import(qtbot, dialog: ImportDialog):
    assert dialog.import_button.isEnabled(), dialog.reason_label.text() or dialog.message.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.pages.currentIndex() != dialog.PAGE_PROGRESS,
                    timeout=WAIT)


def _finish(qtbot, dialog: ImportDialog):
    _import(qtbot, dialog)
    assert dialog.pages.currentIndex() == dialog.PAGE_SUMMARY, dialog.message.text()
    return dialog.summary()


def test_slovenia_thematic_list_imports_once_and_undo_removes_it(qtbot, data_dir, new_workshop, undo_stack):
    workshop = new_workshop("Slovenia")
    changes = []
    workshop.subscribe(changes.append)
    dialog = _open(qtbot, workshop, undo_stack, data_dir / SLOVENIA_DOCX)
    assert dialog.file_label.text() == SLOVENIA_DOCX
    assert dialog.effective_format() == "ohchr-docx"
    summary = _finish(qtbot, dialog)
    assert summary.added == 254
    assert workshop.count() == 254
    assert dialog.summary_label.text() == summary.message()
    assert "254" in dialog.summary_heading.text()
    assert dialog.close_button.isVisible() and not dialog.import_button.isVisible()
    # the GUI's connection heard about the rows the worker wrote
    assert any(event.topic == "recommendations" and len(event.ids) == 254 for event in changes)
    assert undo_stack.count() == 1
    dialog.close_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted

    again = _open(qtbot, workshop, undo_stack, data_dir / SLOVENIA_DOCX)
    second = _finish(qtbot, again)
    assert second.added == 0 and second.duplicates == 254
    assert "Nothing new" in again.summary_label.text()
    assert undo_stack.count() == 1  # nothing to undo for an import that added nothing
    assert workshop.count() == 254

    undo_stack.undo()
    assert workshop.count() == 0
    undo_stack.redo()
    assert workshop.count() == 254


def _write_semicolon_table(path: Path) -> None:
    rows = [
        ["Nr", "Empfehlung", "Staaten", "Antwort", "Thema"],
        ["1", "Ratifizieren Sie das Fakultativprotokoll zum Übereinkommen gegen Folter", "Deutschland",
         "Accepted", "Folter"],
        ["2", "Verstärken Sie den Schutz von Menschenrechtsverteidigerinnen", "Norwegen; Irland", "Supported",
         "Menschenrechtsverteidiger"],
        ["3", "Stellen Sie sicher, dass alle Kinder eine Geburtsurkunde erhalten", "Mexiko", "Noted",
         "Rechte des Kindes"],
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)


def test_table_with_semicolons_goes_through_the_mapping_step(qtbot, new_workshop, undo_stack, tmp_path):
    workshop = new_workshop("Germany")
    source = tmp_path / "koalition.csv"
    _write_semicolon_table(source)
    dialog = _open(qtbot, workshop, undo_stack, source)
    assert dialog.effective_format() == "table"
    assert dialog.pages.currentIndex() == dialog.PAGE_MAPPING
    assert dialog._preview_model.columnCount() == 5 and dialog._preview_model.rowCount() >= 3

    text_combo = dialog._mapping_combos["text"]
    text_combo.setCurrentIndex(0)  # "not in this file"
    assert not dialog.import_button.isEnabled()
    assert "recommendation text" in dialog.reason_label.text()

    text_combo.setCurrentIndex(text_combo.findData("Empfehlung"))
    dialog._mapping_combos["states"].setCurrentIndex(dialog._mapping_combos["states"].findData("Staaten"))
    dialog._mapping_combos["response"].setCurrentIndex(dialog._mapping_combos["response"].findData("Antwort"))
    dialog._mapping_combos["reference"].setCurrentIndex(dialog._mapping_combos["reference"].findData("Nr"))
    assert dialog.import_button.isEnabled() and dialog.reason_label.text() == ""
    summary = _finish(qtbot, dialog)
    assert summary.added == 3
    recs = workshop.recommendations(workshop.filtered_ids(_all_filter()))
    texts = {rec.text for rec in recs.values()}
    assert "Ratifizieren Sie das Fakultativprotokoll zum Übereinkommen gegen Folter" in texts
    assert {rec.response.value for rec in recs.values()} == {"supported", "noted"}


def _all_filter():
    from upr_desktop.store.queries import RecommendationFilter

    return RecommendationFilter()


def test_corrupt_spreadsheet_shows_the_error_inside_the_dialog(qtbot, new_workshop, undo_stack, tmp_path):
    workshop = new_workshop("Kenya")
    source = tmp_path / "recommendations.xlsx"
    source.write_bytes(os.urandom(4096))
    dialog = _open(qtbot, workshop, undo_stack, source)
    if dialog.import_button.isEnabled():  # detection passed it on: the reading step refuses it
        _import(qtbot, dialog)
    assert dialog.message.isVisible() and dialog.message.objectName() == "inlineError"
    assert dialog.message.text() and "Traceback" not in dialog.message.text()
    assert dialog.summary() is None
    assert workshop.count() == 0 and undo_stack.count() == 0


def test_a_zip_bomb_is_refused_inside_the_dialog_before_it_is_read(qtbot, new_workshop, undo_stack, tmp_path):
    from tests.io.hostile_files import xlsx_bomb

    workshop = new_workshop("Kenya")
    source = xlsx_bomb(tmp_path / "recommendations.xlsx", megabytes=120)
    dialog = _open(qtbot, workshop, undo_stack, source)
    assert dialog.message.isVisible() and dialog.message.objectName() == "inlineError"
    assert re.match(r"“recommendations.xlsx” is not a normal spreadsheet: it would expand from \d+ KB to 120 MB, "
                    r"and its part “xl/worksheets/sheet1.xml” is packed \d+ times tighter", dialog.message.text())
    assert not dialog.import_button.isEnabled()
    assert workshop.count() == 0 and undo_stack.count() == 0


def _write_big_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Recommendation", "Recommending State", "Response"])
        for i in range(rows):
            writer.writerow([f"Take measure number {i} to guarantee the rights of persons with disabilities "
                             f"in every region, including access to justice and inclusive education ({i}).",
                             ("Norway", "Brazil", "Japan")[i % 3], ("Supported", "Noted")[i % 2]])


def _big_import_ready(qtbot, new_workshop, undo_stack, tmp_path):
    """A Kenya workshop and the dialog over a 60,000-row CSV, its text column mapped."""
    workshop = new_workshop("Kenya")
    source = tmp_path / "big.csv"
    _write_big_csv(source, 60000)
    dialog = _open(qtbot, workshop, undo_stack, source)
    if dialog.pages.currentIndex() == dialog.PAGE_MAPPING:
        text = dialog._mapping_combos["text"]
        text.setCurrentIndex(text.findData("Recommendation"))
    return workshop, dialog


def test_cancel_during_a_large_import_adds_nothing(qtbot, new_workshop, undo_stack, tmp_path):
    workshop, dialog = _big_import_ready(qtbot, new_workshop, undo_stack, tmp_path)
    dialog.import_button.click()
    assert dialog.pages.currentIndex() == dialog.PAGE_PROGRESS
    assert dialog.cancel_button.text() == "Cancel import"
    # cancel once the worker is visibly under way (a determinate progress bar), as a person would
    qtbot.waitUntil(lambda: dialog.progress_bar.maximum() > 0 and dialog.progress_bar.value() > 0, timeout=WAIT)
    assert dialog.is_busy()
    dialog.cancel_button.click()
    assert dialog.phase_label.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.message.isVisible(), timeout=WAIT)
    assert "Import cancelled. Nothing was added." in dialog.message.text()
    assert dialog.message.objectName() == "inlineInfo"
    assert dialog.summary() is None
    assert workshop.count() == 0 and workshop.imports() == [] and undo_stack.count() == 0
    assert dialog.import_button.isEnabled()  # the person can try again


def test_large_import_keeps_the_window_responsive(qtbot, new_workshop, undo_stack, tmp_path):
    workshop, dialog = _big_import_ready(qtbot, new_workshop, undo_stack, tmp_path)
    phases = set()
    dialog.import_button.click()
    job_worker = dialog._job.worker
    job_worker.progress.connect(lambda done, total, phase: phases.add(phase))
    shown = []  # what the dialog said after each report (it handles the signal first)
    job_worker.progress.connect(lambda *_: shown.append((dialog.phase_label.text(), dialog.progress_bar.maximum())))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.pages.currentIndex() == dialog.PAGE_SUMMARY,
                    timeout=WAIT)
    timer.stop()
    assert dialog.summary().added == 60000 and workshop.count() == 60000
    assert "Saving" in phases
    # Once every row is written the indexes are built: said, with a busy bar rather than a full one.
    assert ("Indexing for search and sorting…", 0) in shown
    assert len(ticks) >= 3  # the GUI thread's event loop ran throughout


def test_upr_info_export_keeps_only_the_workshops_country(qtbot, data_dir, new_workshop, undo_stack):
    # Sessions 18-20 reviewed 42 States; Norway was one of them, and is also a recommending State of many
    # others' recommendations: only the ones addressed TO Norway may come in. (Kenya is not reviewed in
    # these sessions: see the next test.)
    workshop = new_workshop("Norway")
    dialog = _open(qtbot, workshop, undo_stack, data_dir / UPRINFO_CSV)
    assert dialog.effective_format() == "uprinfo"
    summary = _finish(qtbot, dialog)
    assert summary.country == "Norway" and summary.added == 203
    assert summary.rows_read == 7984 and summary.other_countries == 7984 - 203
    assert workshop.country_values() == [("Norway", 203)]


def test_upr_info_export_asks_which_country_when_the_workshops_is_absent(qtbot, data_dir, new_workshop,
                                                                          undo_stack):
    workshop = new_workshop("Demoland")
    dialog = _open(qtbot, workshop, undo_stack, data_dir / UPRINFO_CSV)
    _import(qtbot, dialog)
    assert dialog.pages.currentIndex() == dialog.PAGE_COUNTRY
    assert "Demoland" in dialog.country_text.text()
    assert workshop.count() == 0
    assert not dialog.import_button.isEnabled()  # nothing chosen yet
    assert "Choose a State" in dialog.reason_label.text()
    offered = [dialog.country_combo.itemData(i) for i in range(dialog.country_combo.count())]
    assert ALL_COUNTRIES in offered and "Afghanistan" in offered and "Norway" in offered
    assert len([name for name in offered if name not in (None, ALL_COUNTRIES)]) == 42
    parsed = dialog._parsed
    assert parsed is not None
    index = dialog.country_combo.findData("Afghanistan")
    dialog.country_combo.setCurrentIndex(index)
    assert "Afghanistan (" in dialog.country_combo.currentText()
    summary = _finish(qtbot, dialog)
    assert dialog._parsed is parsed  # the file was not read a second time
    assert summary.country == "Afghanistan" and summary.added > 0
    assert workshop.country_values() == [("Afghanistan", summary.added)]


def test_read_only_workshop_is_refused_up_front(qtbot, new_workshop, undo_stack, data_dir, monkeypatch):
    path = new_workshop("Slovenia").path
    with Workshop.open(path, read_only=True) as workshop:
        dialog = ImportDialog(workshop, undo_stack, data_dir / SLOVENIA_DOCX)
        qtbot.addWidget(dialog)
        assert not dialog.is_busy()  # it didn't even start reading
        assert not dialog.import_button.isEnabled()
        assert "read-only" in dialog.message.text()

        shown = []
        monkeypatch.setattr(import_dialog_module, "show_error",
                            lambda parent, error, title=None: shown.append(error.message))
        assert run_import(None, workshop, undo_stack, str(data_dir / SLOVENIA_DOCX)) is None
        assert shown and "read-only" in shown[0]


def test_closing_during_an_import_cancels_it_and_then_closes(qtbot, new_workshop, undo_stack, tmp_path):
    workshop = new_workshop("Kenya")
    source = tmp_path / "big.csv"
    _write_big_csv(source, 60000)
    dialog = _open(qtbot, workshop, undo_stack, source)
    dialog.import_button.click()
    dialog.reject()  # Esc or the window's close button while the worker runs
    assert dialog.isVisible()  # it waits for the worker to stop and roll back
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert not dialog.is_busy() and dialog.summary() is None
    assert workshop.count() == 0 and undo_stack.count() == 0


def test_format_can_be_overridden_to_a_plain_table(qtbot, data_dir, new_workshop, undo_stack):
    workshop = new_workshop("Norway")
    dialog = _open(qtbot, workshop, undo_stack, data_dir / UPRINFO_CSV)
    assert dialog.format_combo.itemText(0) == "Automatic: UPR Info"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("table"))
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.pages.currentIndex() == dialog.PAGE_MAPPING,
                    timeout=WAIT)
    assert dialog._preview.columns[:4] == ["To", "To-Rgrp", "To-Org", "Text"]
    assert dialog._mapping_combos["text"].currentData() == "Text"  # guessed from the heading
    assert dialog._mapping_combos["country"].currentData() == "To"
    summary = _finish(qtbot, dialog)
    assert summary.format == "table" and summary.added == 203  # still only Norway's


def test_a_wrong_format_choice_is_explained_inside_the_dialog(qtbot, data_dir, new_workshop, undo_stack):
    workshop = new_workshop("Norway")
    dialog = _open(qtbot, workshop, undo_stack, data_dir / UPRINFO_CSV)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("ohchr-docx"))
    assert "Word" in dialog.format_text.text()
    _import(qtbot, dialog)
    assert dialog.pages.currentIndex() == dialog.PAGE_READY
    assert dialog.message.objectName() == "inlineError" and "Word" in dialog.message.text()
    assert workshop.count() == 0
    # choosing Automatic again works
    dialog.format_combo.setCurrentIndex(0)
    assert not dialog.message.isVisible()
    assert _finish(qtbot, dialog).added == 203


def _write_hand_made_table(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([["Col A", "Col B", "Col C", "Col D"], *rows])


def test_the_mapping_chosen_once_is_filled_in_for_the_same_layout(qtbot, new_workshop, undo_stack, tmp_path):
    workshop = new_workshop("Sierra Leone")
    first = tmp_path / "coalition_2021.csv"
    _write_hand_made_table(first, [["Banish child marriage", "Ghana", "S", "x"],
                                   ["Protect journalists", "Chile, Peru", "N", "y"]])
    dialog = _open(qtbot, workshop, undo_stack, first)
    assert dialog.pages.currentIndex() == dialog.PAGE_MAPPING
    assert not dialog.saved_mapping_used and not dialog.import_button.isEnabled()
    for field, column in (("text", "Col A"), ("states", "Col B"), ("response", "Col C")):
        dialog._mapping_combos[field].setCurrentIndex(dialog._mapping_combos[field].findData(column))
    assert _finish(qtbot, dialog).added == 2
    dialog.close_button.click()

    # The next file of the same layout: the choices are there, so importing it is one click.
    second = tmp_path / "coalition_2022.csv"
    _write_hand_made_table(second, [["Ratify OPCAT", "Denmark", "S", "z"]])
    again = _open(qtbot, workshop, undo_stack, second)
    assert again.pages.currentIndex() == again.PAGE_MAPPING and again.saved_mapping_used
    chosen = {field: combo.currentData() for field, combo in again._mapping_combos.items() if combo.currentData()}
    assert chosen == {"text": "Col A", "states": "Col B", "response": "Col C"}
    assert "same columns" in again.mapping_intro.text()
    summary = _finish(qtbot, again)
    assert summary.added == 1
    recs = workshop.recommendations(workshop.filtered_ids(_all_filter())).values()
    ratify = next(rec for rec in recs if rec.text == "Ratify OPCAT")
    assert ratify.states == ("Denmark",) and ratify.response.value == "supported"

    # A file with other columns is not given that mapping.
    other = tmp_path / "other.csv"
    other.write_text("Col A;Col B\nProtect defenders;Ireland\n", encoding="utf-8")
    third = _open(qtbot, workshop, undo_stack, other)
    assert not third.saved_mapping_used
