"""The Vote page: rounds set up from the Review page's choice, opened, closed, voted on paper and at the kiosk."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.participant import Participant
from upr_desktop.domain.rounds import RoundStatus
from upr_desktop.domain.voting import Method, RoundRules, suggested_dots
from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.vote.kiosk import KioskWindow
from upr_desktop.ui.vote.kiosk_pin import KioskPinDialog
from upr_desktop.ui.vote.paper_ballot_dialog import PaperBallotDialog, WallChartDialog
from upr_desktop.ui.review.page import CandidateChoice
from upr_desktop.ui.vote.round_dialog import SELECTED, SHOWN, RoundDialog
from upr_desktop.ui.vote.page import VotePage
from upr_desktop.ui.common.signals import WorkshopSignals

VOTERS = ("Page Voter One", "Page Voter Two", "Page Voter Three")


@pytest.fixture
def ws(tmp_path):
    workshop = create_demo_workshop(tmp_path / "vote.uprw")
    for name in VOTERS:
        workshop.add_participant(Participant(name=name, organisation="Page Org"))
    yield workshop
    workshop.close()


@pytest.fixture
def rec_ids(ws):
    return ws.filtered_ids(RecommendationFilter())


class Choice:
    """Stands in for the Review page's selection (the page only calls it)."""

    def __init__(self, selected=(), shown=(), filtered=False):
        self.value = CandidateChoice(list(selected), list(shown), filtered)

    def __call__(self):
        return self.value


@pytest.fixture
def choice(rec_ids):
    return Choice(rec_ids[:6], rec_ids, False)


@pytest.fixture
def stack():
    return QUndoStack()


@pytest.fixture
def page(qtbot, ws, stack, choice):
    signals = WorkshopSignals(ws)
    p = VotePage(ws, stack, signals, candidate_choice=choice)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    yield p
    p.detach()
    signals.detach()


def person(ws, name):
    return next(p for p in ws.participants() if p.name == name)


def make_round(ws, rec_ids, rules=RoundRules(Method.DOT, dots=2), n=5, title="Test round", **kwargs) -> int:
    round_id, _ = ws.create_round(title, rules, rec_ids[:n], **kwargs)
    return round_id


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def visible_text(widget) -> str:
    """Every word a person can read on the page: labels, buttons and the rows the lists paint."""
    parts = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    parts += [b.text() for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)]
    for row in range(widget.model.rowCount()):
        parts.append(widget.model.index(row).data(Qt.ItemDataRole.AccessibleTextRole))
    for row in range(widget.candidate_model.rowCount()):
        parts.append(widget.candidate_model.index(row).data(Qt.ItemDataRole.AccessibleTextRole))
    return "\n".join(parts)


# --- setting up a round --------------------------------------------------------------------------
def test_a_round_is_created_from_the_review_selection(qtbot, ws, page, stack, rec_ids):
    before = len(ws.voting_rounds())
    dialog = page.new_round()
    assert isinstance(dialog, RoundDialog) and dialog.isVisible()
    assert dialog.sources[SELECTED].isChecked()
    assert dialog.sources[SELECTED].text() == "Selected recommendations (6)"
    assert not dialog.how_to_pick.isVisible()
    assert dialog.dots.value() == suggested_dots(6)
    assert "2 dots each" in dialog.description.text()
    assert dialog.secret_yes.isChecked()  # secret unless chosen otherwise
    qtbot.keyClicks(dialog.title_edit, "Our priorities")
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(Method.POINTS.value))
    assert dialog.dots.value() == 100 and "100 points each" in dialog.description.text()
    dialog.cap_check.setChecked(True)
    dialog.cap.setValue(40)
    assert dialog.description.text() == RoundRules(Method.POINTS, 100, 40).describe()
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(Method.BORDA.value))
    assert "k − rank" in dialog.description.text() or "k points" in dialog.description.text()
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(Method.POINTS.value))
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    rounds = ws.voting_rounds()
    assert len(rounds) == before + 1
    new = rounds[-1]
    assert new.title == "Our priorities" and new.secret and new.status == RoundStatus.DRAFT
    assert new.rules == RoundRules(Method.POINTS, 100, 40)
    assert [c.recommendation_id for c in ws.round_candidates(new.id)] == rec_ids[:6]
    assert page.current_id() == new.id and page.round_title.text() == "Our priorities"
    assert stack.count() == 1
    stack.undo()
    assert len(ws.voting_rounds()) == before
    assert page.current_id() != new.id
    stack.redo()
    assert ws.voting_round(new.id).title == "Our priorities"


def test_all_shown_by_the_filter_can_be_the_candidates(qtbot, ws, page, choice, rec_ids):
    choice.value = CandidateChoice([], rec_ids[10:19], True)
    dialog = page.new_round()
    assert dialog.sources[SHOWN].isChecked()
    assert dialog.sources[SHOWN].text() == "All 9 shown by the current filter"
    assert not dialog.sources[SELECTED].isEnabled()
    assert dialog.dots.value() == 3
    qtbot.keyClicks(dialog.title_edit, "Filtered")
    click(qtbot, dialog.save_button)
    assert [c.recommendation_id for c in ws.round_candidates(dialog.saved_id)] == rec_ids[10:19]


def test_with_nothing_picked_the_dialog_says_how_and_leads_to_review(qtbot, ws, page, choice, rec_ids):
    choice.value = CandidateChoice([], rec_ids, False)
    dialog = page.new_round()
    assert dialog.how_to_pick.isVisible()
    assert dialog.source() is None and not dialog.save_button.isEnabled()
    with qtbot.waitSignal(page.review_requested, timeout=1000):
        click(qtbot, dialog.review_button)
    assert not dialog.isVisible()


def test_refusals_from_the_rules_are_shown_inline(qtbot, ws, page):
    before = len(ws.voting_rounds())
    dialog = page.new_round()
    click(qtbot, dialog.save_button)  # no title
    assert dialog.isVisible() and dialog.form_error.isVisible()
    assert "title" in dialog.form_error.text()
    qtbot.keyClicks(dialog.title_edit, "Capped")
    assert not dialog.form_error.isVisible()
    dialog.dots.setValue(2)
    dialog.cap_check.setChecked(True)
    dialog.cap.setValue(3)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and "more than each person's 2 dots" in dialog.form_error.text()
    assert len(ws.voting_rounds()) == before
    dialog.reject()


def test_a_draft_is_edited_and_deleted_with_undo(qtbot, ws, page, stack, rec_ids, message_boxes, choice):
    round_id = make_round(ws, rec_ids, title="Draft to edit")
    page.show_round(round_id)
    assert page.edit_button.isVisible() and page.delete_button.isVisible() and page.open_button.isVisible()
    assert not page.kiosk_button.isVisible() and not page.results_button.isVisible()

    dialog = page.edit_round()
    assert dialog.title_edit.text() == "Draft to edit"
    assert dialog.source() == "keep" and dialog.sources["keep"].text() == "Keep its 5 candidates"
    dialog.title_edit.setText("Edited draft")
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(Method.APPROVAL.value))
    dialog.sources[SELECTED].setChecked(True)  # the 6 selected replace the 5
    click(qtbot, dialog.save_button)
    rnd = ws.voting_round(round_id)
    assert (rnd.title, rnd.rules.method, rnd.candidates) == ("Edited draft", Method.APPROVAL, 6)
    assert page.round_title.text() == "Edited draft"
    stack.undo()
    rnd = ws.voting_round(round_id)
    assert (rnd.title, rnd.rules.method, rnd.candidates) == ("Draft to edit", Method.DOT, 5)
    assert page.round_title.text() == "Draft to edit"

    message_boxes.answer = QMessageBox.StandardButton.Cancel
    assert not page.delete_round()
    assert ws.voting_round(round_id)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, page.delete_button)
    assert "Delete the draft round “Draft to edit”" in message_boxes.questions[-1]
    assert round_id not in [r.id for r in ws.voting_rounds()]
    assert page.model.row_of(round_id) is None
    stack.undo()
    assert ws.voting_round(round_id).title == "Draft to edit"
    assert page.model.row_of(round_id) is not None


def test_open_then_close_with_confirmation(qtbot, ws, page, rec_ids, message_boxes):
    round_id = make_round(ws, rec_ids)
    page.show_round(round_id)
    click(qtbot, page.open_button)
    assert ws.voting_round(round_id).status == RoundStatus.OPEN
    assert page.badge.text() == "Open"
    for button in (page.kiosk_button, page.paper_button, page.wall_button, page.projector_button,
                   page.close_button):
        assert button.isVisible()
    assert not page.edit_button.isVisible() and not page.results_button.isVisible()
    assert page.fact_values["turnout"].text().startswith("0 of ")

    message_boxes.answer = QMessageBox.StandardButton.Cancel
    click(qtbot, page.close_button)
    assert "A closed round never reopens" in message_boxes.questions[-1]
    # The button says what it does.
    assert message_boxes.buttons[-1] == ["Close round", "Cancel"]
    assert ws.voting_round(round_id).status == RoundStatus.OPEN
    message_boxes.answer = QMessageBox.StandardButton.Yes
    click(qtbot, page.close_button)
    assert ws.voting_round(round_id).status == RoundStatus.CLOSED
    assert page.badge.text() == "Closed" and page.results_button.isVisible()
    assert not page.close_button.isVisible() and not page.kiosk_button.isVisible()
    assert "Rules locked" in page.fact_values["lock"].text()
    with qtbot.waitSignal(page.results_requested, timeout=1000) as signal:
        click(qtbot, page.results_button)
    assert signal.args == [round_id]


def test_opening_without_voters_is_explained(qtbot, tmp_path, stack, message_boxes):
    from upr_desktop.ops import Workshop
    from upr_desktop.domain.workshop import WorkshopInfo

    ws = Workshop.create(tmp_path / "empty.uprw", WorkshopInfo(title="Empty", country="Demoland"))
    try:
        signals = WorkshopSignals(ws)
        page = VotePage(ws, stack, signals, candidate_choice=Choice())
        qtbot.addWidget(page)
        page.show()
        assert page.body.currentWidget() is page.empty  # no rounds: says how to start
        page.detach()
    finally:
        ws.close()


def test_wall_chart_only_for_dot_and_point_rounds(qtbot, ws, page, rec_ids):
    ranked = make_round(ws, rec_ids, RoundRules(Method.BORDA), title="Ranked")
    ws.open_round(ranked)
    page.show_round(ranked)
    assert not page.wall_button.isVisible()
    assert page.enter_wall_chart() is None


def test_locked_rules_are_shown_with_the_reason(qtbot, ws, page, rec_ids):
    round_id = make_round(ws, rec_ids)
    ws.open_round(round_id)
    page.show_round(round_id)
    assert not page.fact_values["lock"].isVisibleTo(page)
    ws.cast_ballot(round_id, person(ws, "Page Voter One").id, {})
    assert page.fact_values["lock"].isVisibleTo(page)
    assert "Rules locked: ballots are in" in page.fact_values["lock"].text()
    assert page.fact_values["turnout"].text().startswith("1 of ")


# --- results stay hidden -------------------------------------------------------------------------
def test_results_are_not_visible_anywhere_while_the_round_is_open(qtbot, ws, page, rec_ids):
    round_id = make_round(ws, rec_ids, RoundRules(Method.POINTS), n=3, title="Secret points")
    ws.open_round(round_id)
    first = ws.round_candidates(round_id)[0]
    for name in VOTERS:
        ws.cast_ballot(round_id, person(ws, name).id, {first.id: 29})  # 87 in all
    page.show_round(round_id)
    text = visible_text(page)
    assert "3 of" in text  # turnout, yes
    assert "87" not in text and "29" not in text  # points, no
    assert not page.results_button.isVisible()
    assert "Results stay hidden until you close the round" in text
    with pytest.raises(ValidationError):
        ws.results(round_id)


# --- paper ballots and the wall chart ------------------------------------------------------------
def test_paper_ballots_for_a_secret_round_are_counted(qtbot, ws, page, rec_ids, message_boxes):
    round_id = make_round(ws, rec_ids, RoundRules(Method.DOT, dots=2), n=4, secret=True)
    ws.open_round(round_id)
    page.show_round(round_id)
    cands = ws.round_candidates(round_id)
    dialog = page.enter_paper_ballots()
    assert isinstance(dialog, PaperBallotDialog) and dialog.isVisible()

    click(qtbot, dialog.save_button)  # nobody picked
    assert "Pick whose ballot" in dialog.error.text() and ws.turnout(round_id).voted == 0

    one, two = person(ws, "Page Voter One"), person(ws, "Page Voter Two")
    assert dialog.select_participant(one.id)
    click(qtbot, dialog.editor.row(cands[0].id).plus)
    click(qtbot, dialog.editor.row(cands[0].id).plus)
    assert not dialog.editor.row(cands[1].id).plus.isEnabled()  # the same budget rules as the kiosk
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.editor.votes() == {} and dialog.participant() is None  # cleared for the next one
    assert dialog.count_label.text().startswith("1 paper ballot saved here")
    assert not dialog.select_participant(one.id)  # greyed: has voted

    assert dialog.select_participant(two.id)
    click(qtbot, dialog.editor.row(cands[1].id).plus)
    click(qtbot, dialog.save_button)
    assert dialog.count_label.text().startswith("2 paper ballots saved here")
    assert "2 of" in page.fact_values["turnout"].text() and "2 on paper" in page.fact_values["turnout"].text()
    dialog.accept()

    ws.close_round(round_id)
    results = ws.results(round_id)
    assert results.turnout.paper == 2 and results.turnout.kiosk == 0
    assert results.tally.row(cands[0].id).score == 2 and results.tally.row(cands[1].id).score == 1
    with pytest.raises(ValidationError):
        ws.open_ballots(round_id)  # secret: no link to anyone


def test_paper_ranked_ballots_can_rank_candidates_level(qtbot, ws, page, rec_ids, message_boxes):
    # The smallest split, typed in from paper: D>A>C and C>D>A, then a third ballot with A and C level.
    round_id = make_round(ws, rec_ids, RoundRules(Method.SCHULZE), n=3)
    ws.open_round(round_id)
    page.show_round(round_id)
    d, a, c = (x.id for x in ws.round_candidates(round_id))
    dialog = page.enter_paper_ballots()
    assert dialog.editor.level_button.isVisible()
    for name, order, level_at in (("Page Voter One", [d, a, c], None), ("Page Voter Two", [c, d, a], None),
                                  ("Page Voter Three", [d, a, c], 2)):
        assert dialog.select_participant(person(ws, name).id)
        for cid in order:
            dialog.editor.rank(cid)
        if level_at is not None:
            dialog.editor.ranking_view.setCurrentIndex(dialog.editor.ranking_model.index(level_at))
            click(qtbot, dialog.editor.level_button)
        click(qtbot, dialog.save_button)
        assert not dialog.error.isVisible(), dialog.error.text()
    dialog.accept()

    ws.close_round(round_id)
    assert [b["content"] for b in ws.open_ballots(round_id)] == [[d, a, c], [c, d, a], [d, sorted([a, c])]]
    # D beats A 3:0 and C 2:1; A and C are 1:1 (level on the third ballot): D first alone, A and C share 2nd.
    tally = ws.results(round_id).tally
    assert {row.candidate: row.rank for row in tally.results} == {d: 1, a: 2, c: 2}


def test_wall_chart_counts_and_who_voted_there(qtbot, ws, page, rec_ids):
    round_id = make_round(ws, rec_ids, RoundRules(Method.DOT, dots=3), n=4)
    ws.open_round(round_id)
    page.show_round(round_id)
    cands = ws.round_candidates(round_id)
    dialog = page.enter_wall_chart()
    assert isinstance(dialog, WallChartDialog)
    dialog.set_count(cands[0].id, 7)
    dialog.set_count(cands[2].id, 2)
    three = person(ws, "Page Voter Three")
    assert dialog.check_person(three.id)
    assert dialog.total.text().startswith("On the wall: 9 dots") and "1 person ticked" in dialog.total.text()
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    turnout = ws.turnout(round_id)
    assert turnout.wall_voters == 1 and turnout.wall_points == 9
    assert ws.has_voted(round_id, three.id)
    assert "1 on the wall chart" in page.fact_values["turnout"].text()
    again = page.enter_wall_chart()  # to correct a miscount: what was entered is there
    assert again.model.counts == [7, 0, 2, 0]
    again.set_count(cands[0].id, 6)
    click(qtbot, again.save_button)
    assert ws.wall_chart(round_id) == {cands[0].id: 6, cands[2].id: 2}


# --- the kiosk and the projector, from the page --------------------------------------------------
def test_the_kiosk_starts_with_a_pin_and_leaves_with_it(qtbot, ws, page, rec_ids):
    round_id = make_round(ws, rec_ids)
    ws.open_round(round_id)
    page.show_round(round_id)
    dialog = page.start_kiosk()
    assert isinstance(dialog, KioskPinDialog)
    qtbot.keyClicks(dialog.pin_field, "12")
    qtbot.keyClicks(dialog.again_field, "12")
    click(qtbot, dialog.start_button)
    assert dialog.isVisible() and "at least 4 digits" in dialog.error.text()
    dialog.pin_field.setText("123456")
    dialog.again_field.setText("123457")
    click(qtbot, dialog.start_button)
    assert dialog.isVisible() and "not the same" in dialog.error.text()
    dialog.again_field.setText("123456")
    dialog.pin_field.clear()
    qtbot.keyClicks(dialog.pin_field, "12ab34")  # digits only
    assert dialog.pin_field.text() == "1234"
    dialog.pin_field.setText("123456")
    click(qtbot, dialog.start_button)
    kiosk = page.kiosk
    assert isinstance(kiosk, KioskWindow) and kiosk.isVisible() and kiosk.round_id == round_id
    assert kiosk.windowState() & Qt.WindowState.WindowFullScreen

    # A ballot at the kiosk moves the turnout on the page; nothing more.
    kiosk.select_name("Page Voter One")
    click(qtbot, kiosk.continue_button)
    click(qtbot, kiosk.review_button)
    click(qtbot, kiosk.cast_button)
    assert page.fact_values["turnout"].text().startswith("1 of ")

    kiosk.close()
    assert kiosk.isVisible() and page.kiosk is kiosk
    kiosk.ask_for_pin()
    qtbot.keyClicks(kiosk.pin_field, "123456")
    click(qtbot, kiosk.exit_button)
    assert not kiosk.isVisible() and page.kiosk is None


def test_closing_the_workshop_closes_a_running_kiosk(qtbot, ws, page, rec_ids):
    round_id = make_round(ws, rec_ids)
    ws.open_round(round_id)
    page.show_round(round_id)
    kiosk = page.launch_kiosk(round_id, "9999")
    assert kiosk.isVisible()
    page.detach()
    assert not kiosk.isVisible() and page.kiosk is None


def test_show_on_projector_uses_the_projector_view(qtbot, ws, page, rec_ids, monkeypatch):
    round_id = make_round(ws, rec_ids)
    ws.open_round(round_id)
    page.show_round(round_id)
    calls = []
    fake = types.ModuleType("upr_desktop.ui.results.projector")

    def show_projector(parent, workshop, signals, rid):
        calls.append((parent, workshop, rid))
        return parent

    fake.show_projector = show_projector
    monkeypatch.setitem(sys.modules, "upr_desktop.ui.results.projector", fake)
    click(qtbot, page.projector_button)
    assert calls == [(page, ws, round_id)]


def test_the_workshop_window_hides_behind_the_kiosk(qtbot, window):
    ws = window.workshop
    round_id = make_round(ws, ws.filtered_ids(RecommendationFilter()))
    ws.open_round(round_id)
    window.show_round(round_id)
    page = window.pages["vote"]
    assert page.current_id() == round_id
    kiosk = page.launch_kiosk(round_id, "4321")
    assert kiosk.isVisible() and not window.isVisible()  # no Alt+Tab to the participants' codes
    kiosk.ask_for_pin()
    qtbot.keyClicks(kiosk.pin_field, "4321")
    qtbot.keyClick(kiosk.pin_field, Qt.Key.Key_Return)
    assert not kiosk.isVisible() and window.isVisible()
    assert page.kiosk is None
