"""The voting kiosk and the ballot editor, driven like the people in the room would: clicks and typing."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from upr_desktop.domain.participant import Participant
from upr_desktop.domain.rounds import BallotSource, Candidate, VoterUnit
from upr_desktop.domain.voting import Method, RoundRules, normalise_ballot
from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.vote.ballot_editor import BallotEditor
from upr_desktop.ui.vote.candidate_list import LEVEL_ROLE, PLACE_ROLE
from upr_desktop.ui.vote.kiosk import KioskWindow
from upr_desktop.ui.common.signals import WorkshopSignals

PIN = "2468"
VOTERS = (("Voter Alpha", "Kiosk Org One"), ("Voter Bravo", "Kiosk Org One"), ("Voter Charlie", "Kiosk Org Two"))


@pytest.fixture
def ws(tmp_path):
    workshop = create_demo_workshop(tmp_path / "kiosk.uprw")
    for name, org in VOTERS:
        workshop.add_participant(Participant(name=name, organisation=org))
    yield workshop
    workshop.close()


def person(ws, name: str) -> Participant:
    return next(p for p in ws.participants() if p.name == name)


def open_round(ws, rules: RoundRules, n: int = 6, **kwargs) -> int:
    ids = ws.filtered_ids(RecommendationFilter())[:n]
    round_id, _ = ws.create_round("Kiosk round", rules, ids, **kwargs)
    ws.open_round(round_id)
    return round_id


@pytest.fixture
def signals(ws):
    s = WorkshopSignals(ws)
    yield s
    s.detach()


def make_kiosk(qtbot, ws, signals, round_id: int) -> KioskWindow:
    kiosk = KioskWindow(ws, signals, round_id, PIN)
    qtbot.addWidget(kiosk)
    kiosk.thanks_ms = 150
    kiosk.resize(1366, 768)
    kiosk.show()
    return kiosk


@pytest.fixture
def dot_round(ws):
    return open_round(ws, RoundRules(Method.DOT, dots=3, max_per_candidate=2), secret=True)


@pytest.fixture
def kiosk(qtbot, ws, signals, dot_round):
    k = make_kiosk(qtbot, ws, signals, dot_round)
    yield k
    k.force_close()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# --- the whole flow --------------------------------------------------------------------------------
def test_a_dot_ballot_from_name_to_thank_you_and_a_clean_screen(qtbot, ws, kiosk, dot_round):
    alpha = person(ws, "Voter Alpha")
    candidates = ws.round_candidates(dot_round)
    assert kiosk.screen() == kiosk.WHO
    assert "Voter Alpha" in kiosk.names_offered()
    assert "Secret ballot" in kiosk.secrecy_pill.text()

    # Screen 1: find the name and continue
    qtbot.keyClicks(kiosk.search, "alpha")
    assert kiosk.names_proxy.rowCount() == 1
    assert kiosk.continue_button.text().startswith("Continue as Voter Alpha")
    click(qtbot, kiosk.continue_button)
    assert kiosk.screen() == kiosk.BALLOT
    assert "Voter Alpha" in kiosk.voter_label.text()
    editor = kiosk.editor
    assert editor.banner.text() == "3 of 3 dots left"

    # Screen 2: dots, the cap and the budget refused as they are made
    first, second, third = (editor.row(c.id) for c in candidates[:3])
    click(qtbot, first.plus)
    click(qtbot, first.plus)
    assert first.count_label.text() == "2"
    assert editor.banner.text() == "1 of 3 dots left"
    assert not first.plus.isEnabled()  # the most on one candidate is 2
    assert "at most 2" in first.note.text()
    click(qtbot, first.plus)
    assert editor.count(candidates[0].id) == 2
    click(qtbot, second.plus)
    assert editor.banner.text() == "All 3 dots placed"
    assert not third.plus.isEnabled()
    click(qtbot, third.plus)  # over budget: refused
    assert third.count_label.text() == "0"
    assert editor.note.isVisible() and "All your 3 dots are placed" in editor.note.text()
    click(qtbot, first.minus)
    assert third.plus.isEnabled() and editor.banner.text() == "1 of 3 dots left"
    click(qtbot, third.plus)
    assert editor.votes() == {candidates[0].id: 1, candidates[1].id: 1, candidates[2].id: 1}

    # Check, then cast
    click(qtbot, kiosk.review_button)
    assert kiosk.screen() == kiosk.CHECK
    lines = kiosk.summary_lines()
    assert len(lines) == 3 and lines[0].startswith(f"1 dot: {candidates[0].label}")
    click(qtbot, kiosk.cast_button)
    assert kiosk.screen() == kiosk.THANKS
    assert ws.has_voted(dot_round, alpha.id)
    assert ws.turnout(dot_round).kiosk == 1

    # The thank-you gives way to a clean screen for the next person
    qtbot.waitUntil(lambda: kiosk.screen() == kiosk.WHO, timeout=3000)
    qtbot.wait(10)  # let the old editor be deleted
    assert kiosk.editor is None and kiosk.voter is None
    assert not kiosk.findChildren(BallotEditor)
    assert kiosk.summary_lines() == [] and kiosk.search.text() == "" and kiosk.voter_label.text() == ""
    assert "Voter Alpha" not in kiosk.names_offered()
    assert "Voter Bravo" in kiosk.names_offered()


def test_the_next_person_gets_a_fresh_ballot(qtbot, ws, kiosk, dot_round):
    candidates = ws.round_candidates(dot_round)
    kiosk.select_name("Voter Alpha")
    click(qtbot, kiosk.continue_button)
    click(qtbot, kiosk.editor.row(candidates[0].id).plus)
    click(qtbot, kiosk.review_button)
    click(qtbot, kiosk.cast_button)
    kiosk.next_person()
    kiosk.select_name("Voter Bravo")
    click(qtbot, kiosk.continue_button)
    assert kiosk.editor.votes() == {}
    assert kiosk.editor.row(candidates[0].id).count_label.text() == "0"
    assert kiosk.editor.banner.text() == "3 of 3 dots left"


def test_a_personal_code_works_and_a_wrong_one_is_explained(qtbot, ws, kiosk, dot_round):
    bravo = person(ws, "Voter Bravo")
    qtbot.keyClicks(kiosk.code, "ZZZZ99")
    click(qtbot, kiosk.code_button)
    assert kiosk.screen() == kiosk.WHO
    assert kiosk.who_error.isVisible() and "not recognised" in kiosk.who_error.text()
    kiosk.code.clear()
    # Case and a dash don't matter.
    qtbot.keyClicks(kiosk.code, f"{bravo.code[:3].lower()}-{bravo.code[3:]}")
    qtbot.keyClick(kiosk.code, Qt.Key.Key_Return)
    assert kiosk.screen() == kiosk.BALLOT
    assert kiosk.voter.id == bravo.id and "Voter Bravo" in kiosk.voter_label.text()
    assert not kiosk.who_error.isVisible()


def test_start_over_saves_nothing(qtbot, ws, kiosk, dot_round):
    alpha = person(ws, "Voter Alpha")
    candidates = ws.round_candidates(dot_round)
    kiosk.select_name("Voter Alpha")
    click(qtbot, kiosk.continue_button)
    click(qtbot, kiosk.editor.row(candidates[0].id).plus)
    click(qtbot, kiosk.start_over_button)
    assert kiosk.screen() == kiosk.WHO and kiosk.editor is None
    assert not ws.has_voted(dot_round, alpha.id)
    assert "Voter Alpha" in kiosk.names_offered()


def test_a_ballot_left_unfinished_is_cleared_for_the_next_person(qtbot, ws, kiosk, dot_round):
    alpha = person(ws, "Voter Alpha")
    candidates = ws.round_candidates(dot_round)
    kiosk._idle_timer.setInterval(200)
    kiosk.select_name("Voter Alpha")
    click(qtbot, kiosk.continue_button)  # a click: the idle clock starts again
    click(qtbot, kiosk.editor.row(candidates[0].id).plus)
    assert kiosk.screen() == kiosk.BALLOT
    qtbot.waitUntil(lambda: kiosk.screen() == kiosk.WHO, timeout=3000)
    assert kiosk.editor is None and "cleared without being saved" in kiosk.who_error.text()
    assert not ws.has_voted(dot_round, alpha.id)


def test_someone_who_voted_on_paper_is_not_offered_and_their_code_is_refused(qtbot, ws, kiosk, dot_round):
    bravo = person(ws, "Voter Bravo")
    ws.cast_ballot(dot_round, bravo.id, {}, source=BallotSource.PAPER)  # announced: the list refreshes
    assert "Voter Bravo" not in kiosk.names_offered()
    qtbot.keyClicks(kiosk.code, bravo.code)
    click(qtbot, kiosk.code_button)
    assert kiosk.screen() == kiosk.WHO
    assert "already voted" in kiosk.who_error.text()


def test_an_error_from_casting_is_shown_in_plain_words(qtbot, ws, kiosk, dot_round, message_boxes):
    charlie = person(ws, "Voter Charlie")
    kiosk.select_name("Voter Charlie")
    click(qtbot, kiosk.continue_button)
    click(qtbot, kiosk.review_button)
    # Meanwhile the facilitator typed in Charlie's paper ballot.
    ws.cast_ballot(dot_round, charlie.id, {}, source=BallotSource.PAPER)
    click(qtbot, kiosk.cast_button)
    assert kiosk.screen() == kiosk.CHECK
    assert kiosk.cast_error.isVisible()
    assert "already voted" in kiosk.cast_error.text() and "Traceback" not in kiosk.cast_error.text()
    assert message_boxes.shown == []
    assert ws.turnout(dot_round).voted == 1


def test_a_blank_ballot_is_explained_before_it_is_cast(qtbot, ws, kiosk, dot_round):
    kiosk.select_name("Voter Alpha")
    click(qtbot, kiosk.continue_button)
    click(qtbot, kiosk.review_button)
    assert "blank" in kiosk.check_lead.text()
    click(qtbot, kiosk.cast_button)
    assert ws.has_voted(dot_round, person(ws, "Voter Alpha").id)


def test_closing_the_round_stops_the_kiosk(qtbot, ws, kiosk, dot_round):
    kiosk.select_name("Voter Alpha")
    click(qtbot, kiosk.continue_button)
    click(qtbot, kiosk.editor.row(ws.round_candidates(dot_round)[0].id).plus)
    ws.close_round(dot_round)
    assert kiosk.screen() == kiosk.CLOSED
    assert kiosk.editor is None and kiosk.voter is None
    assert not kiosk.continue_with_name() and not kiosk.cast()
    kiosk.select_name("Voter Bravo")
    assert not kiosk._begin(person(ws, "Voter Bravo"))
    assert kiosk.screen() == kiosk.CLOSED
    assert ws.turnout(dot_round).voted == 0


# --- no way out without the facilitator -----------------------------------------------------------
def test_the_kiosk_does_not_close_without_the_pin(qtbot, ws, signals, dot_round):
    kiosk = make_kiosk(qtbot, ws, signals, dot_round)
    closed = []
    kiosk.closed.connect(lambda: closed.append(True))
    assert kiosk.locked
    kiosk.close()  # the window's close button, Alt+F4
    assert kiosk.isVisible() and not closed
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()

    click(qtbot, kiosk.facilitator_button)
    assert kiosk.pin_overlay.isVisible()
    qtbot.keyClicks(kiosk.pin_field, "1111")
    click(qtbot, kiosk.exit_button)
    assert kiosk.isVisible() and kiosk.locked
    assert kiosk.pin_error.isVisible() and "not right" in kiosk.pin_error.text()
    assert kiosk.pin_field.text() == ""
    qtbot.keyClick(kiosk.pin_field, Qt.Key.Key_Escape)  # Esc closes the PIN box, not the kiosk
    assert not kiosk.pin_overlay.isVisible() and kiosk.isVisible()
    click(qtbot, kiosk.facilitator_button)
    qtbot.keyClicks(kiosk.pin_field, PIN)
    qtbot.keyClick(kiosk.pin_field, Qt.Key.Key_Return)
    assert not kiosk.isVisible()
    assert closed == [True]


def test_ctrl_shift_f12_asks_for_the_pin(qtbot, ws, signals, dot_round):
    kiosk = make_kiosk(qtbot, ws, signals, dot_round)
    with qtbot.waitActive(kiosk):
        kiosk.activateWindow()
    qtbot.keyClick(kiosk, Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert kiosk.pin_overlay.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert not kiosk.pin_overlay.isVisible() and kiosk.isVisible()
    kiosk.force_close()


# --- one ballot per organisation ------------------------------------------------------------------
def test_one_ballot_per_organisation(qtbot, ws, signals):
    round_id = open_round(ws, RoundRules(Method.APPROVAL), voter_unit=VoterUnit.ORGANISATION)
    kiosk = make_kiosk(qtbot, ws, signals, round_id)
    offered = [kiosk.names_model.item(r).text() for r in range(kiosk.names_model.rowCount())]
    assert "Voter Alpha  ·  votes for Kiosk Org One" in offered
    kiosk.select_name("Voter Alpha")
    click(qtbot, kiosk.continue_button)
    assert "you vote for Kiosk Org One" in kiosk.voter_label.text()
    first = ws.round_candidates(round_id)[0]
    click(qtbot, kiosk.editor.row(first.id).box)
    click(qtbot, kiosk.review_button)
    click(qtbot, kiosk.cast_button)
    kiosk.next_person()
    # Bravo is with the same organisation, which has voted.
    assert "Voter Bravo" not in kiosk.names_offered()
    assert "Voter Charlie" in kiosk.names_offered()
    kiosk.force_close()


# --- the ballot editor on its own -----------------------------------------------------------------
def candidates(n: int) -> list[Candidate]:
    return [Candidate(i, i, f"9.{i}", f"Recommendation text number {i} " * (1 + i % 4)) for i in range(1, n + 1)]


def test_a_ranked_ballot_by_clicking(qtbot):
    rules = RoundRules(Method.BORDA)
    cands = candidates(5)
    editor = BallotEditor(rules, cands)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    changes = []
    editor.changed.connect(lambda: changes.append(True))

    def click_unranked(label: str) -> None:
        model = editor.unranked_model
        row = next(r for r in range(model.rowCount()) if model.candidate_at(r).label == label)
        rect = editor.unranked_view.visualRect(model.index(row))
        qtbot.mouseClick(editor.unranked_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click_unranked("9.3")
    click_unranked("9.1")
    click_unranked("9.5")
    assert editor.votes() == [3, 1, 5]
    assert editor.banner.text() == "3 of 5 ranked"
    assert editor.unranked_model.rowCount() == 2
    # 9.5 is current after being ranked: move it up twice to first place.
    assert not editor.down_button.isEnabled()
    click(qtbot, editor.up_button)
    click(qtbot, editor.up_button)
    assert editor.votes() == [5, 3, 1]
    assert not editor.up_button.isEnabled()
    editor.ranking_view.setCurrentIndex(editor.ranking_model.index(1))
    click(qtbot, editor.remove_button)
    assert editor.votes() == [5, 1]
    assert changes
    assert normalise_ballot(rules, [c.id for c in cands], editor.votes()) == [5, 1]
    editor.clear()
    assert editor.votes() == [] and editor.unranked_model.rowCount() == 5


def test_a_ranked_ballot_can_rank_candidates_level(qtbot):
    rules = RoundRules(Method.SCHULZE)
    cands = candidates(5)
    editor = BallotEditor(rules, cands)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    for cid in (3, 1, 5, 2):
        editor.rank(cid)

    def places() -> list[str]:
        model = editor.ranking_model
        return [model.index(r).data(PLACE_ROLE) for r in range(model.rowCount())]

    assert places() == ["1", "2", "3", "4"]

    # Select 9.5 (third) and put it level with 9.1 above: they share 2nd place, 9.2 is 4th.
    editor.ranking_view.setCurrentIndex(editor.ranking_model.index(2))
    assert editor.level_button.isEnabled() and not editor.level_button.isChecked()
    click(qtbot, editor.level_button)
    assert editor.level_button.isChecked()
    assert editor.votes() == [3, [1, 5], 2]
    assert places() == ["1", "=2", "=2", "4"]
    assert editor.ranking_model.index(2).data(LEVEL_ROLE) and not editor.ranking_model.index(1).data(LEVEL_ROLE)
    assert normalise_ballot(rules, [c.id for c in cands], editor.votes()) == [3, [1, 5], 2]

    # The first candidate has no one above it to be level with.
    editor.ranking_view.setCurrentIndex(editor.ranking_model.index(0))
    assert not editor.level_button.isEnabled()
    # 9.2 level too: three share 2nd place.
    editor.ranking_view.setCurrentIndex(editor.ranking_model.index(3))
    click(qtbot, editor.level_button)
    assert editor.votes() == [3, [1, 2, 5]] and places() == ["1", "=2", "=2", "=2"]
    # Moving swaps candidates, not places: 9.2 up one stays in the shared place.
    click(qtbot, editor.up_button)
    assert editor.votes() == [3, [1, 2, 5]]
    # Removing the head of a group leaves the rest of it together, in its place.
    editor.ranking_view.setCurrentIndex(editor.ranking_model.index(1))
    click(qtbot, editor.remove_button)
    assert editor.votes() == [3, [2, 5]] and places() == ["1", "=2", "=2"]
    # Pressed again, the button puts the candidate below the one above.
    editor.ranking_view.setCurrentIndex(editor.ranking_model.index(2))
    assert editor.level_button.isChecked()
    click(qtbot, editor.level_button)
    assert editor.votes() == [3, 2, 5] and places() == ["1", "2", "3"]
    editor.clear()
    assert editor.votes() == [] and places() == []


def test_the_kiosk_casts_a_ranked_ballot_with_candidates_level(qtbot, ws, signals):
    round_id = open_round(ws, RoundRules(Method.SCHULZE), n=4)
    cands = ws.round_candidates(round_id)
    kiosk = make_kiosk(qtbot, ws, signals, round_id)
    kiosk.select_name("Voter Alpha")
    click(qtbot, kiosk.continue_button)
    editor = kiosk.editor
    assert "press “Level with above”" in editor.hint.text()
    for c in cands[:3]:
        editor.rank(c.id)
    editor.ranking_view.setCurrentIndex(editor.ranking_model.index(1))
    click(qtbot, editor.level_button)  # the 1st and 2nd share first place
    click(qtbot, kiosk.review_button)
    assert kiosk.screen() == kiosk.CHECK
    lines = kiosk.summary_lines()
    assert [line.split(":")[0] for line in lines] == ["1st choice, level", "1st choice, level", "3rd choice"]
    click(qtbot, kiosk.cast_button)
    assert kiosk.screen() == kiosk.THANKS
    kiosk.force_close()
    ws.close_round(round_id)
    expected = [sorted([cands[0].id, cands[1].id]), cands[2].id]
    assert [entry["content"] for entry in ws.open_ballots(round_id)] == [expected]
    ranks = {row.candidate: row.rank for row in ws.results(round_id).tally.results}
    assert ranks == {cands[0].id: 1, cands[1].id: 1, cands[2].id: 3, cands[3].id: 4}


def test_a_score_ballot_by_clicking(qtbot, ws):
    round_id = open_round(ws, RoundRules(Method.SCORE), n=4)
    cands = ws.round_candidates(round_id)
    editor = BallotEditor(RoundRules(Method.SCORE), cands)
    qtbot.addWidget(editor)
    editor.show()
    a, b, c = (editor.row(x.id) for x in cands[:3])
    click(qtbot, a.buttons[5])
    click(qtbot, b.buttons[0])  # 0 is a score, not "unrated"
    click(qtbot, c.buttons[3])
    click(qtbot, c.buttons[3])  # pressed again: unrated
    assert a.buttons[5].isChecked() and not a.buttons[4].isChecked()
    assert not any(button.isChecked() for button in c.buttons.values())
    assert c.note.text() == "not rated"
    assert editor.votes() == {cands[0].id: 5, cands[1].id: 0}
    assert editor.banner.text() == "2 of 4 rated"
    ws.cast_ballot(round_id, person(ws, "Voter Alpha").id, editor.votes())
    ws.close_round(round_id)
    tally = ws.results(round_id).tally
    assert tally.row(cands[0].id).score == 5 and tally.row(cands[1].id).score == 0


def test_moscow_and_approval_ballots(qtbot):
    cands = candidates(3)
    moscow = BallotEditor(RoundRules(Method.MOSCOW), cands)
    qtbot.addWidget(moscow)
    moscow.show()
    from upr_desktop.domain.voting import Moscow

    click(qtbot, moscow.row(1).buttons[Moscow.MUST])
    click(qtbot, moscow.row(2).buttons[Moscow.WONT])
    assert moscow.votes() == {1: "must", 2: "wont"}
    approval = BallotEditor(RoundRules(Method.APPROVAL), cands)
    qtbot.addWidget(approval)
    approval.show()
    click(qtbot, approval.row(2).box)
    qtbot.mouseClick(approval.row(3), Qt.MouseButton.LeftButton)  # anywhere on the card
    assert approval.votes() == [2, 3]
    assert approval.row(2).box.text() == "✓" and approval.banner.text() == "You support 2 candidates"
    click(qtbot, approval.row(2).box)
    assert approval.votes() == [3]


def test_points_can_be_typed_but_not_beyond_the_budget(qtbot):
    editor = BallotEditor(RoundRules(Method.POINTS), candidates(3))
    qtbot.addWidget(editor)
    editor.show()
    first, second = editor.row(1), editor.row(2)
    click(qtbot, first.plus)
    assert editor.votes() == {1: 5} and editor.banner.text() == "95 of 100 points left"
    second.spin.selectAll()
    qtbot.keyClicks(second.spin, "90")
    assert editor.votes() == {1: 5, 2: 90}
    first.spin.selectAll()
    qtbot.keyClicks(first.spin, "50")  # only 10 is possible: the 0 is refused as it is typed
    assert editor.count(1) <= 10
    assert sum(editor.votes().values()) <= 100
    click(qtbot, second.minus)
    assert editor.count(2) == 85


def test_four_hundred_candidates_build_quickly_and_all_can_be_reached(qtbot):
    cands = candidates(400)
    start = time.perf_counter()
    editor = BallotEditor(RoundRules(Method.DOT, dots=133), cands)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    assert elapsed < 0.6, f"first paint of 400 candidates took {elapsed:.2f} s"
    last = editor.row(400)  # built on demand
    click(qtbot, last.plus)
    assert editor.votes() == {400: 1}
    qtbot.waitUntil(editor.all_rows_built, timeout=5000)
    assert len(editor.rows) == 400
    # Long texts wrap: a row is as tall as its text needs.
    row = editor.row(4)
    assert row.text.wordWrap() and row.height() >= row.text.heightForWidth(row.text.width())
