"""Setting up and opening a round with anonymous ballot codes in the window: the round dialog's
mode choice and what it says each mode protects against, and the slips offered once at opening."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from upr_desktop.domain import ballot_codes
from upr_desktop.domain.rounds import RoundStatus, VoterUnit
from upr_desktop.ui.vote.ballot_codes_dialog import BallotCodesDialog

from .test_vote_page import VOTERS, choice, click, make_round, page, rec_ids, stack, ws  # noqa: F401


def test_the_round_dialog_offers_codes_and_says_what_each_mode_protects(qtbot, ws, page, stack):  # noqa: F811
    dialog = page.new_round()
    assert dialog.secret_yes.isChecked() and dialog.mode_names.isChecked()
    assert "can't see who cast which ballot" in dialog.mode_note.text()
    assert "does not hold against a specialist who recovers old data" in dialog.mode_note.text()
    assert not dialog.codes_count.isEnabled()
    dialog.mode_codes.setChecked(True)
    eligible = len(ws.participants())
    assert dialog.codes_count.isEnabled() and dialog.codes_count.value() == ballot_codes.default_count(eligible)
    assert dialog.codes_count.value() > eligible
    assert "never learns who held which code" in dialog.mode_note.text()
    dialog.per_org.setChecked(True)  # codes can't tell organisations apart
    assert not dialog.mode_codes.isEnabled() and dialog.ballot_codes() is None
    dialog.each_person.setChecked(True)
    dialog.secret_no.setChecked(True)
    assert not dialog.mode_note.isVisible() and dialog.ballot_codes() is None
    dialog.secret_yes.setChecked(True)
    dialog.codes_count.setValue(7)
    qtbot.keyClicks(dialog.title_edit, "With codes")
    click(qtbot, dialog.save_button)
    rnd = next(r for r in ws.voting_rounds() if r.title == "With codes")
    assert rnd.secret and rnd.ballot_codes == 7 and rnd.voter_unit == VoterUnit.PARTICIPANT
    stack.undo()
    assert not [r for r in ws.voting_rounds() if r.title == "With codes"]


def test_opening_a_code_round_offers_the_slips_once(qtbot, ws, page, rec_ids, tmp_path,  # noqa: F811
                                                    message_boxes):
    round_id = make_round(ws, rec_ids, secret=True, ballot_codes=4)
    page.show_round(round_id)
    click(qtbot, page.open_button)
    assert ws.voting_round(round_id).status == RoundStatus.OPEN
    dialog = page.dialog
    assert isinstance(dialog, BallotCodesDialog) and dialog.isVisible()
    assert "shown only now" in dialog.explanation.text()

    # Closing before printing or saving asks first.
    message_boxes.answer = QMessageBox.StandardButton.No
    click(qtbot, dialog.done_button)
    assert dialog.isVisible() and "codes are gone for good" in message_boxes.questions[-1]

    saved = dialog.save_slips(str(tmp_path / "slips.pdf"))
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    codes = [line for line in text.split() if len(line) == 11 and line[5] == "-"]
    assert len(codes) == 4 and all(ws.code_is_unused(round_id, c) for c in codes)
    for name in VOTERS:
        assert name not in text
    click(qtbot, dialog.done_button)
    assert not dialog.isVisible()
    assert dialog._codes == []  # the window forgets them


def test_paper_ballots_in_a_code_round_carry_a_code_not_a_name(qtbot, ws, rec_ids):  # noqa: F811
    from upr_desktop.domain.voting import Method, RoundRules
    from upr_desktop.ui.vote.paper_ballot_dialog import PaperBallotDialog
    from upr_desktop.ui.common.signals import WorkshopSignals

    round_id, _ = ws.create_round("Paper codes", RoundRules(Method.APPROVAL), rec_ids[:3], secret=True,
                                  ballot_codes=3)
    made = ws.open_round(round_id)
    signals = WorkshopSignals(ws)
    dialog = PaperBallotDialog(ws, signals, round_id)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        assert dialog.code_field.isVisible() and not dialog.people.isVisible()
        cand = ws.round_candidates(round_id)[0].id
        click(qtbot, dialog.editor.row(cand).box)
        assert not dialog.save() and "Type the ballot code" in dialog.error.text()
        qtbot.keyClicks(dialog.code_field, made[2].lower())
        assert dialog.save()
        assert ws.turnout(round_id).paper == 1 and not ws.code_is_unused(round_id, made[2])
        click(qtbot, dialog.editor.row(cand).box)
        qtbot.keyClicks(dialog.code_field, made[2])
        assert not dialog.save() and "used already" in dialog.error.text()
    finally:
        dialog.close()
        signals.detach()


def test_attendance_is_ticked_in_a_checklist_and_shown_beside_turnout(qtbot, ws, page, stack, rec_ids,  # noqa: F811
                                                                      message_boxes):
    from PySide6.QtCore import Qt

    from upr_desktop.ui.vote.attendance_dialog import AttendanceDialog

    round_id = make_round(ws, rec_ids, secret=True, ballot_codes=5)
    page.show_round(round_id)
    assert not page.attendance_button.isVisible()  # a draft: nobody has slips yet
    made = ws.open_round(round_id)
    cands = [c.id for c in ws.round_candidates(round_id)]
    ws.cast_ballot_with_code(round_id, made[0], {cands[0]: 2})
    page.refresh()
    page.show_round(round_id)
    assert page.attendance_button.isVisible()
    assert "0 present" in page.fact_values["turnout"].text()
    ballots_before = sorted(ws._store.conn.execute("SELECT * FROM ballots").fetchall())

    click(qtbot, page.attendance_button)
    dialog = page.dialog
    assert isinstance(dialog, AttendanceDialog) and dialog.isVisible()
    names = [dialog.model.item(r).text() for r in range(dialog.model.rowCount())]
    assert len(names) == len(ws.participants()) and set(VOTERS) <= set(names)
    for row, name in enumerate(names):
        if name in VOTERS:
            dialog.model.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.count.text() == f"3 of {len(names)} ticked present"
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert "3 present" in page.fact_values["turnout"].text()
    assert "1 of" in page.fact_values["turnout"].text()  # turnout still counts ballots, not ticks
    assert sorted(ws._store.conn.execute("SELECT * FROM ballots").fetchall()) == ballots_before

    # Reopened, the ticks are there; Ctrl+Z takes the whole save back.
    click(qtbot, page.attendance_button)
    again = page.dialog
    ticked = {again.model.item(r).text() for r in range(again.model.rowCount())
              if again.model.item(r).checkState() == Qt.CheckState.Checked}
    assert ticked == set(VOTERS)
    click(qtbot, again.cancel_button)
    stack.undo()
    assert "0 present" in page.fact_values["turnout"].text()
    assert ws.turnout(round_id).present == 0


def test_name_rounds_have_no_attendance_checklist(qtbot, ws, page, rec_ids):  # noqa: F811
    round_id = make_round(ws, rec_ids, secret=True)
    ws.open_round(round_id)
    page.refresh()
    page.show_round(round_id)
    assert not page.attendance_button.isVisible() and page.tick_attendance() is None
    assert "present" not in page.fact_values["turnout"].text()
