"""The Participants step driven like a person would: the dialog, the privacy switches, the organisations,
an attendance list from a real file, undo, and a read-only workshop. Real workshop files, no mocks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from upr_desktop.domain.participant import Participant
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.ui.participants.attendance_dialog import AttendanceDialog
from upr_desktop.ui.participants.participant_dialog import ParticipantDialog
from upr_desktop.ui.participants.models import COL_CONSENT, COL_NAME, COL_ORGANISATION, ParticipantRole
from upr_desktop.ui.participants.page import ParticipantsPage
from upr_desktop.ui.common.signals import WorkshopSignals


class Harness:
    """A page over a real workshop file, with the undo stack and signals the main window would give it."""

    def __init__(self, qtbot, workshop: Workshop):
        self.workshop = workshop
        self.undo_stack = QUndoStack()
        self.signals = WorkshopSignals(workshop)
        self.page = ParticipantsPage(workshop, self.undo_stack, self.signals)
        self.messages: list[str] = []
        self.page.message.connect(self.messages.append)
        qtbot.addWidget(self.page)
        self.page.resize(1280, 800)
        self.page.show()
        qtbot.waitExposed(self.page)

    def close(self) -> None:
        self.page.detach()
        self.signals.detach()


@pytest.fixture
def workshop(tmp_path):
    opened = Workshop.create(tmp_path / "register.uprw", WorkshopInfo(title="Follow-up workshop", country="Demoland"))
    yield opened
    opened.close()


@pytest.fixture
def harness(qtbot, workshop):
    h = Harness(qtbot, workshop)
    yield h
    h.close()


def names(page) -> list[str]:
    return [page.model.index(row, COL_NAME).data() for row in range(page.model.rowCount())]


def run_modal(qtbot, trigger, work, kind):
    """Open a modal dialog with trigger(), let work(dialog) act on it, and never leave it hanging."""
    seen = []

    def act():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        try:
            work(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    result = trigger()
    assert seen and isinstance(seen[0], kind), "the dialog did not open"
    return result


def register(workshop, *people: Participant) -> list[int]:
    return [workshop.add_participant(p)[0] for p in people]


# --- the register --------------------------------------------------------------------------
def test_nobody_registered_shows_a_calm_card_with_both_ways_in(harness):
    page = harness.page
    assert page.stack.currentIndex() == 1
    assert page.empty_add.isVisible() and page.empty_import.isVisible()
    assert page.empty_add.text() == "Add participant"
    assert page.empty_import.text() == "Import attendance list…"
    assert page.subtitle.text() == "Nobody registered yet"
    register(harness.workshop, Participant(name="Amina Diallo"))
    assert page.stack.currentIndex() == 0
    assert names(page) == ["Amina Diallo"]


def test_adding_through_the_dialog_shows_the_row_and_undo_takes_it_back(qtbot, harness):
    page, workshop = harness.page, harness.workshop

    def fill(dialog: ParticipantDialog):
        qtbot.keyClicks(dialog.name, "Amina Diallo")
        dialog.organisation.setEditText("Women's Rights Forum")
        qtbot.keyClicks(dialog.focus, "Women's rights")
        dialog.consent.setChecked(True)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    pid = run_modal(qtbot, page.add_participant, fill, ParticipantDialog)
    assert pid is not None
    stored = workshop.participant(pid)
    assert (stored.name, stored.organisation, stored.thematic_focus, stored.consent_named) == \
        ("Amina Diallo", "Women's Rights Forum", "Women's rights", True)
    assert len(stored.code) == 6
    assert names(page) == ["Amina Diallo"]
    assert page.selected_ids() == [pid]
    assert page.model.index(0, COL_CONSENT).data() == "Yes"
    assert page.subtitle.text().startswith("1 participant  ·  1 organisation")
    assert "Undo with Ctrl+Z" in harness.messages[-1]

    harness.undo_stack.undo()
    assert workshop.participants() == []
    assert names(page) == [] and page.stack.currentIndex() == 1
    harness.undo_stack.redo()
    assert names(page) == ["Amina Diallo"]
    assert workshop.participant(pid).code == stored.code  # redo puts back the same person, code and all


def test_enter_opens_the_selected_participant_and_the_edit_is_saved(qtbot, harness):
    page, workshop = harness.page, harness.workshop
    pid, = register(workshop, Participant(name="Kwame Osei", organisation="Land Network"))
    page.select_id(pid)
    page.table.setFocus()

    def change(dialog: ParticipantDialog):
        assert dialog.name.text() == "Kwame Osei"
        assert dialog.organisation.currentText() == "Land Network"
        dialog.organisation.setEditText("Land and Water Network")
        dialog.contact.setText("kwame@example.org")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_modal(qtbot, lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), change, ParticipantDialog)
    stored = workshop.participant(pid)
    assert stored.organisation == "Land and Water Network" and stored.contact == "kwame@example.org"
    assert page.model.index(0, COL_ORGANISATION).data() == "Land and Water Network"
    harness.undo_stack.undo()
    assert workshop.participant(pid).organisation == "Land Network"
    assert page.model.index(0, COL_ORGANISATION).data() == "Land Network"


def test_remove_asks_first_and_can_be_undone(qtbot, harness, message_boxes):
    page, workshop = harness.page, harness.workshop
    ids = register(workshop, Participant(name="Amina Diallo"), Participant(name="Sofia Herrera"))
    page.select_id(ids[1])
    page.table.setFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # answered Cancel
    assert "Sofia Herrera" in message_boxes.questions[-1]
    assert len(workshop.participants()) == 2

    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [p.name for p in workshop.participants()] == ["Amina Diallo"]
    assert names(page) == ["Amina Diallo"]
    harness.undo_stack.undo()
    assert names(page) == ["Amina Diallo", "Sofia Herrera"]


def test_someone_who_voted_is_not_removed_and_the_reason_is_shown(qtbot, demo_workshop, message_boxes):
    h = Harness(qtbot, demo_workshop)
    try:
        first = demo_workshop.participants()[0]
        h.page.select_id(first.id)
        message_boxes.answer = QMessageBox.StandardButton.Yes
        assert not h.page.remove_selected()
        assert "took part in a vote" in message_boxes.shown[-1]
        assert demo_workshop.participant(first.id) is not None
        assert h.undo_stack.count() == 0
    finally:
        h.close()


def test_search_narrows_the_register(qtbot, harness):
    page, workshop = harness.page, harness.workshop
    register(workshop, Participant(name="Amina Diallo", organisation="Women's Rights Forum"),
             Participant(name="Kwame Osei", organisation="Land Network"), Participant(alias="Kestrel"))
    qtbot.keyClicks(page.search, "land")
    assert names(page) == ["Kwame Osei"]
    assert page.showing.text() == "Showing 1 of 3"
    page.search.setText("nobody-like-this")
    assert page.model.rowCount() == 0 and page.no_match.isVisible()
    assert "nobody-like-this" in page.no_match.text()
    page.search.clear()
    assert page.model.rowCount() == 3 and not page.no_match.isVisible()


# --- privacy -------------------------------------------------------------------------------
def test_recording_by_number_stores_nothing_identifying(qtbot, harness):
    page, workshop = harness.page, harness.workshop

    def fill(dialog: ParticipantDialog):
        qtbot.keyClicks(dialog.name, "Secret Person")
        dialog.organisation.setEditText("Brave Org")
        dialog.focus.setText("Detention")
        dialog.contact.setText("+99 555 0101")
        dialog.consent.setChecked(True)
        qtbot.mouseClick(dialog.anonymous_switch, Qt.MouseButton.LeftButton)
        assert dialog.anonymous
        for field in (dialog.name, dialog.focus, dialog.contact):
            assert field.text() == "" and not field.isEnabled()
        assert dialog.organisation.currentText() == "" and not dialog.organisation.isEnabled()
        assert not dialog.consent.isChecked()
        assert dialog.alias.isVisible()
        qtbot.keyClicks(dialog.alias, "Delegate B")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    pid = run_modal(qtbot, page.add_participant, fill, ParticipantDialog)
    stored = workshop.participant(pid)
    assert stored.name is None and stored.organisation is None and stored.thematic_focus is None
    assert stored.contact is None and stored.consent_named is False
    assert stored.alias == "Delegate B"
    assert workshop.organisations() == []  # not even the organisation's name was kept
    assert names(page) == ["Delegate B"]
    assert page.model.index(0, COL_CONSENT).data() == "No · by alias"


def test_a_number_only_participant_is_listed_as_participant_n_in_italics(harness):
    page = harness.page
    pid, = register(harness.workshop, Participant())
    index = page.model.index(0, COL_NAME)
    assert index.data() == f"Participant {harness.workshop.participant(pid).number}"
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(ParticipantRole).id == pid


def test_the_switch_flicked_by_mistake_gives_back_what_was_typed(qtbot, workshop):
    dialog = ParticipantDialog(workshop, QUndoStack(), None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Amina Diallo")
    dialog.contact.setText("amina@example.org")
    dialog.set_anonymous(True)
    assert dialog.name.text() == "" and dialog.contact.text() == ""
    assert dialog.participant().name is None and dialog.participant().contact is None
    dialog.set_anonymous(False)
    assert dialog.name.text() == "Amina Diallo" and dialog.contact.text() == "amina@example.org"
    assert dialog.name.isEnabled()


def test_a_duplicate_is_refused_inline_and_the_dialog_keeps_what_was_typed(qtbot, harness):
    page, workshop = harness.page, harness.workshop
    register(workshop, Participant(name="Amina Diallo", organisation="Women's Rights Forum"))

    def fill(dialog: ParticipantDialog):
        qtbot.keyClicks(dialog.name, "amina  diallo")
        dialog.organisation.setEditText("women's rights forum")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.form_error.isVisible()
        assert "already registered (participant 1)" in dialog.form_error.text()
        assert dialog.name.text() == "amina  diallo"
        assert dialog.organisation.currentText() == "women's rights forum"
        # Correcting it and saving again works from the same dialog
        dialog.organisation.setEditText("Coalition for Justice")
        assert not dialog.form_error.isVisible()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    pid = run_modal(qtbot, page.add_participant, fill, ParticipantDialog)
    assert pid is not None
    assert len(workshop.participants()) == 2
    assert harness.undo_stack.count() == 1


def test_a_name_is_asked_for_unless_recorded_by_number(qtbot, workshop):
    dialog = ParticipantDialog(workshop, QUndoStack(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.isVisible() and dialog.name_error.isVisible()
    assert workshop.participants() == []
    dialog.set_anonymous(True)
    dialog.save()
    assert dialog.result() == ParticipantDialog.DialogCode.Accepted
    assert workshop.participant(dialog.saved_id).anonymous


def test_the_privacy_switch_anonymises_every_output_and_can_be_undone(qtbot, harness):
    page, workshop = harness.page, harness.workshop
    pid, = register(workshop, Participant(name="Amina Diallo", consent_named=True))
    assert workshop.output_names()[pid] == "Amina Diallo"
    assert "Participant 7" in page.privacy_text.text()
    assert page.anonymise_switch.text() == "Anonymise names in every output"

    qtbot.mouseClick(page.anonymise_switch, Qt.MouseButton.LeftButton)
    assert workshop.anonymise_outputs() is True
    assert workshop.output_names()[pid] == "Participant 1"
    assert page.anonymise_switch.isChecked()
    assert page.model.index(0, COL_CONSENT).data() == "Yes · anonymised"

    harness.undo_stack.undo()
    assert workshop.anonymise_outputs() is False
    assert not page.anonymise_switch.isChecked()
    assert page.model.index(0, COL_CONSENT).data() == "Yes"
    harness.undo_stack.redo()
    assert workshop.anonymise_outputs() is True and page.anonymise_switch.isChecked()


# --- organisations -------------------------------------------------------------------------
def test_organisations_add_rename_and_a_refused_removal_is_explained(qtbot, harness):
    page, workshop = harness.page, harness.workshop
    register(workshop, Participant(name="Amina Diallo", organisation="Womens Forum"),
             Participant(name="Fatima Zahra", organisation="Womens Forum"))
    orgs = page.organisation_model
    assert [(orgs.index(r, 0).data(), orgs.index(r, 1).data()) for r in range(orgs.rowCount())] == \
        [("Womens Forum", "2")]

    # Add, by typing and pressing Enter
    qtbot.keyClicks(page.new_organisation, "Youth for Rights")
    qtbot.keyClick(page.new_organisation, Qt.Key.Key_Return)
    assert [o.name for o in workshop.organisations()] == ["Womens Forum", "Youth for Rights"]
    assert page.new_organisation.text() == ""
    assert orgs.rowCount() == 2
    # The dialog offers it
    dialog = ParticipantDialog(workshop, harness.undo_stack, None)
    qtbot.addWidget(dialog)
    assert dialog.organisation.findText("Youth for Rights") >= 0

    # A duplicate is refused in the panel
    qtbot.keyClicks(page.new_organisation, "youth for rights")
    qtbot.keyClick(page.new_organisation, Qt.Key.Key_Return)
    assert page.organisation_note.isVisible() and "already in the list" in page.organisation_note.text()
    assert len(workshop.organisations()) == 2

    # Rename in place (what the editor commits); the register follows
    forum = next(o for o in workshop.organisations() if o.name == "Womens Forum")
    assert orgs.setData(orgs.index(orgs.row_of(forum.id), 0), "Women's Rights Forum") is False
    assert {p.organisation for p in workshop.participants()} == {"Women's Rights Forum"}
    assert page.model.index(0, COL_ORGANISATION).data() == "Women's Rights Forum"

    # Removing an organisation people belong to is refused with ops' own words
    page.select_organisation(forum.id)
    assert not page.remove_selected_organisation()
    assert page.organisation_note.text() == ("Women's Rights Forum has 2 registered participants. "
                                             "Move or remove them first.")
    assert len(workshop.organisations()) == 2

    # An empty one goes, and undo brings it back
    youth = next(o for o in workshop.organisations() if o.name == "Youth for Rights")
    page.select_organisation(youth.id)
    assert page.remove_selected_organisation()
    assert [o.name for o in workshop.organisations()] == ["Women's Rights Forum"]
    harness.undo_stack.undo()
    assert [o.name for o in workshop.organisations()] == ["Women's Rights Forum", "Youth for Rights"]
    harness.undo_stack.undo()  # the rename
    assert page.model.index(0, COL_ORGANISATION).data() == "Womens Forum"


# --- attendance lists ----------------------------------------------------------------------
SIGN_IN = (
    "Name,Organisation,Thematic focus,Email,Consent\n"
    "Amina Diallo,Women's Rights Forum,Women's rights,amina@example.org,yes\n"
    "Kwame Osei,Land and Water Network,Land rights,,no\n"
    ",Somebody's Org,Housing,,\n"
    "Grace Nyambura,Children First,Rights of the child,,yes\n"
    "Amina Diallo,Women's Rights Forum,Women's rights,amina@example.org,yes\n"
)


def test_an_attendance_list_is_previewed_then_imported_in_one_undoable_step(qtbot, harness, tmp_path):
    page, workshop = harness.page, harness.workshop
    register(workshop, Participant(name="Grace Nyambura", organisation="Children First"))
    path = tmp_path / "sign-in.csv"
    path.write_text(SIGN_IN, encoding="utf-8")

    def check_and_import(dialog: AttendanceDialog):
        assert dialog.headline.text() == "2 participants will be added."
        assert "1 already registered" in dialog.already.text()
        lines = dialog.left_out_lines()
        assert any("has no name" in line for line in lines)
        assert any("repeats" in line and "Amina Diallo" in line for line in lines)
        assert dialog.left_out.isVisible()
        assert dialog.model.rowCount() == 3  # the file's people, duplicates within it removed
        assert dialog.model.index(2, 5).data() == "Already registered"
        assert dialog.import_button.text() == "Import 2 participants"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert run_modal(qtbot, lambda: page.import_attendance(path), check_and_import, AttendanceDialog)
    people = {p.name: p for p in workshop.participants()}
    assert set(people) == {"Grace Nyambura", "Amina Diallo", "Kwame Osei"}
    assert people["Amina Diallo"].consent_named and not people["Kwame Osei"].consent_named
    assert people["Amina Diallo"].contact == "amina@example.org"
    assert set(names(page)) == set(people)
    assert sorted(page.selected_ids()) == sorted([people["Amina Diallo"].id, people["Kwame Osei"].id])
    assert harness.messages[-1].startswith("Added 2 participants from sign-in.csv.")
    assert "1 row of the file was left out." in harness.messages[-1]

    harness.undo_stack.undo()
    assert [p.name for p in workshop.participants()] == ["Grace Nyambura"]


def test_cancelling_the_preview_adds_nobody(qtbot, harness, tmp_path):
    path = tmp_path / "sign-in.csv"
    path.write_text(SIGN_IN, encoding="utf-8")
    assert not run_modal(qtbot, lambda: harness.page.import_attendance(path), lambda d: d.reject(),
                         AttendanceDialog)
    assert harness.workshop.participants() == []
    assert harness.undo_stack.count() == 0


def test_a_file_without_names_is_refused_with_a_plain_message(qtbot, harness, tmp_path, message_boxes):
    path = tmp_path / "budget.csv"
    path.write_text("Item,Cost\nTea,12\n", encoding="utf-8")
    assert not harness.page.import_attendance(path)
    assert "has no column of names" in message_boxes.shown[-1]
    assert harness.workshop.participants() == []


def test_a_sign_in_sheet_whose_far_cell_would_abort_the_app_is_refused_in_plain_words(qtbot, harness, tmp_path,
                                                                                       message_boxes):
    """A value in cell XFD1048576 used to make calamine ask for 512 GB and abort the app, on the GUI thread."""
    from tests.io.hostile_files import dimension_lie_xlsx

    assert not harness.page.import_attendance(dimension_lie_xlsx(tmp_path / "sign-in.xlsx"))
    assert message_boxes.shown[-1].startswith("“sign-in.xlsx” has a sheet (“Sheet”) whose cells reach XFD1048576")
    assert harness.workshop.participants() == [] and harness.undo_stack.count() == 0


def test_import_asks_for_a_file_and_cancelling_the_file_dialog_does_nothing(qtbot, harness, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []

    def fake_open(_parent, title, _folder, filters):
        asked.append((title, filters))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    qtbot.mouseClick(harness.page.empty_import, Qt.MouseButton.LeftButton)
    assert asked and "*.csv" in asked[0][1] and "*.xlsx" in asked[0][1] and "*.xls" in asked[0][1]
    assert harness.workshop.participants() == []


# --- read-only -----------------------------------------------------------------------------
def test_a_read_only_workshop_cannot_be_changed_from_the_page(qtbot, tmp_path, message_boxes):
    path = tmp_path / "kept.uprw"
    with Workshop.create(path, WorkshopInfo(title="Kept", country="Demoland")) as writable:
        writable.add_participant(Participant(name="Amina Diallo", organisation="Women's Rights Forum"))
    with Workshop.open(path, read_only=True) as workshop:
        h = Harness(qtbot, workshop)
        try:
            page = h.page
            page.select_id(workshop.participants()[0].id)
            page.select_organisation(workshop.organisations()[0].id)
            for button in (page.add_button, page.import_button, page.edit_button, page.remove_button,
                           page.anonymise_switch, page.add_organisation_button, page.rename_organisation_button,
                           page.remove_organisation_button, page.new_organisation):
                assert not button.isEnabled(), button.text() if hasattr(button, "text") else button
            assert page.add_participant() is None
            assert not page.edit_current()
            message_boxes.answer = QMessageBox.StandardButton.Yes
            assert not page.remove_selected()
            assert not page.import_attendance(tmp_path / "anything.csv")
            assert not (page.organisation_model.flags(page.organisation_model.index(0, 0))
                        & Qt.ItemFlag.ItemIsEditable)
            assert len(workshop.participants()) == 1
        finally:
            h.close()
