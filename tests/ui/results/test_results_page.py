"""The Results step over real workshop files: figures as counted, ties with run-offs, nothing before close."""

from __future__ import annotations

import csv
import os

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from upr_desktop.domain.participant import Participant
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.rounds import RoundStatus
from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.io.results_export import number_text
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.results.model import COL_RANK, COL_REFERENCE, COL_TEXT, FIRST_FIGURE
from upr_desktop.ui.results.page import ResultsPage
from upr_desktop.ui.common.signals import WorkshopSignals

N_RECS = 6


@pytest.fixture
def w(tmp_path):
    workshop = Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="Results test", country="Demoland"))
    for n in range(1, N_RECS + 1):
        workshop.add_recommendation(Recommendation(text=f"Recommendation number {n}, long enough to be cut short "
                                                        "in the table so the tooltip carries the whole text",
                                                   reference=f"140.{n}", states=("Utopia",)))
    for n in range(6):
        workshop.add_participant(Participant(name=f"Person {n}", organisation=f"Org {n % 2}", consent_named=True))
    yield workshop
    workshop.close()


@pytest.fixture
def make_page(qtbot, w):
    made = []

    def make():
        stack = QUndoStack()
        signals = WorkshopSignals(w)
        page = ResultsPage(w, stack, signals)
        page.undo = stack  # keep the stack alive with the page
        page.workshop_signals = signals
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        made.append(page)
        return page

    yield make
    for page in made:
        page.detach()
        page.workshop_signals.detach()


def _recs(w) -> list[int]:
    by_ref = {r.reference: r.id for r in w.recommendations(w.filtered_ids(RecommendationFilter())).values()}
    return [by_ref[f"140.{n}"] for n in range(1, N_RECS + 1)]


def _people(w) -> list[int]:
    return [p.id for p in w.participants()]


# Ballots per method over candidates c0..c3, and the reference expected on top.
BALLOTS = {
    Method.DOT: (lambda c: [{c[0]: 2, c[1]: 1}, {c[1]: 3}, {c[0]: 2, c[2]: 1}, {c[2]: 2, c[3]: 1}, {c[3]: 1}, {}],
                 "140.1", 4),
    Method.POINTS: (lambda c: [{c[0]: 60, c[1]: 40}, {c[2]: 100}, {c[0]: 50, c[3]: 50}], "140.1", 110),
    Method.APPROVAL: (lambda c: [[c[0], c[1]], [c[0]], [c[2]]], "140.1", 2),
    Method.SCORE: (lambda c: [{c[0]: 5, c[1]: 3}, {c[0]: 4}, {c[1]: 5, c[2]: 2}], "140.1", 9),
    Method.BORDA: (lambda c: [[c[2], c[0]], [c[2], c[1], c[0]], [c[0]]], "140.3", 5),
    Method.SCHULZE: (lambda c: [[c[0], c[1], c[2]], [c[0], c[2], c[1]], [c[1], c[0]]], "140.1", 3),
    Method.MOSCOW: (lambda c: [{c[0]: "must", c[1]: "could"}, {c[0]: "should", c[2]: "must"}], "140.1", 5),
}


def _closed_round(w, method: Method, *, n: int = 4, secret: bool = False) -> int:
    rules = RoundRules(method, dots=3) if method is Method.DOT else RoundRules(method)
    round_id, _ = w.create_round(f"{method.label} round", rules, _recs(w)[:n], secret=secret)
    c = [x.id for x in w.round_candidates(round_id)]
    w.open_round(round_id)
    for person, votes in zip(_people(w), BALLOTS[method][0](c)):
        w.cast_ballot(round_id, person, votes)
    w.close_round(round_id)
    return round_id


def _labels_text(page) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def _buttons(page, start: str) -> list[QPushButton]:
    return [b for b in page.findChildren(QPushButton) if b.text().startswith(start) and b.isVisibleTo(page)]


@pytest.mark.parametrize("method", list(Method))
def test_the_table_shows_what_the_workshop_counted(w, make_page, method):
    round_id = _closed_round(w, method)
    page = make_page()
    page.show_round(round_id)
    results = w.results(round_id)
    model = page.model
    assert page.stack.currentWidget() is page.results_panel
    assert model.rowCount() == len(results.tally.results)
    figures = results.tally.figure_names()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == \
        ["Rank", "Reference", "Recommendation"] + [label for _, label in figures]
    labels = {c.id: c.label for c in results.candidates}
    for row, result in enumerate(results.tally.results):
        assert model.data(model.index(row, COL_RANK)) == (f"={result.rank}" if result.tied else str(result.rank))
        assert model.data(model.index(row, COL_REFERENCE)) == labels[result.candidate]
        for offset, (key, _) in enumerate(figures):
            assert model.data(model.index(row, FIRST_FIGURE + offset)) == number_text(result.figures[key])
    _, top_reference, top_score = BALLOTS[method]
    assert model.data(model.index(0, COL_REFERENCE)) == top_reference
    assert results.tally.results[0].score == top_score
    # the full text is in the tooltip; the chart has the top candidates, first place first
    assert "tooltip carries the whole text" in model.data(model.index(0, COL_TEXT), Qt.ItemDataRole.ToolTipRole)
    assert page.chart.categories[0].endswith(top_reference)
    assert page.chart.values[0] == top_score
    # the header says how it was counted and where the ballots came from
    text = _labels_text(page)
    assert results.round.rules.describe() in text
    assert f"{results.turnout.voted} of 6 have voted" in text
    assert f"{results.turnout.kiosk} ballot" in text


def test_joint_schulze_winners_share_the_first_rank_on_the_page(w, make_page, qtbot):
    # D>A>C and C>D>A: D and C share first place; A, whom D beats, is third.
    round_id, _ = w.create_round("Smallest split", RoundRules(Method.SCHULZE), _recs(w)[:3])
    d, a, c = (x.id for x in w.round_candidates(round_id))
    w.open_round(round_id)
    people = _people(w)
    w.cast_ballot(round_id, people[0], [d, a, c])
    w.cast_ballot(round_id, people[1], [c, d, a])
    w.close_round(round_id)
    page = make_page()
    page.show_round(round_id)
    model = page.model
    rows = [(model.data(model.index(r, COL_RANK)), model.data(model.index(r, COL_REFERENCE)))
            for r in range(model.rowCount())]
    assert rows == [("=1", "140.1"), ("=1", "140.3"), ("3", "140.2")]
    text = _labels_text(page)
    assert "140.1 and 140.3 share 1st place: none of them beats another" in text
    assert "First place goes to every candidate no one beats" in text
    assert page.chart_heading.text() == "BEATPATH WINS, IN RANK ORDER"
    assert _buttons(page, "Create a run-off between 140.1 and 140.3")


def test_ties_are_marked_and_a_runoff_is_one_click_and_one_undo(w, make_page, qtbot):
    round_id = _closed_round(w, Method.DOT)
    page = make_page()
    page.show_round(round_id)
    model = page.model
    tied_rows = [r for r in range(model.rowCount()) if model.data(model.index(r, COL_RANK)) == "=1"]
    assert [model.data(model.index(r, COL_REFERENCE)) for r in tied_rows] == ["140.1", "140.2"]
    assert model.data(model.index(tied_rows[0], COL_RANK), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(2, COL_RANK), Qt.ItemDataRole.BackgroundRole) is None
    assert page.chart.tied[:3] == [True, True, False]
    assert any("140.1 and 140.2 are tied for 1st place" in s.label.text() for s in page.statements)

    buttons = _buttons(page, "Create a run-off between 140.1 and 140.2")
    assert len(buttons) == 1
    before = len(w.voting_rounds())
    with qtbot.waitSignal(page.vote_requested) as requested:
        buttons[0].click()
    new_id = requested.args[0]
    runoff = w.voting_round(new_id)
    assert runoff.runoff_of == round_id and runoff.status == RoundStatus.DRAFT
    assert [c.label for c in w.round_candidates(new_id)] == ["140.1", "140.2"]
    assert len(w.voting_rounds()) == before + 1
    assert page.undo.count() == 1
    # the page now offers the existing run-off instead of a second one
    assert _buttons(page, "Open the run-off") and not _buttons(page, "Create a run-off between 140.1")

    page.undo.undo()
    assert len(w.voting_rounds()) == before
    assert new_id not in [r.id for r in w.voting_rounds()]
    assert _buttons(page, "Create a run-off between 140.1 and 140.2")
    assert page.current_round_id() == round_id


def test_a_tie_of_candidates_nobody_voted_for_offers_no_runoff(w, make_page):
    round_id = _closed_round(w, Method.DOT, n=6)  # 140.5 and 140.6 get nothing
    page = make_page()
    page.show_round(round_id)
    zero = [s for s in page.statements if "got no dots" in s.label.text()]
    assert len(zero) == 1 and zero[0].button is None


def test_an_open_round_shows_its_turnout_and_nothing_else(w, make_page, qtbot):
    round_id, _ = w.create_round("Still voting", RoundRules(Method.DOT, dots=3), _recs(w)[:4])
    c = [x.id for x in w.round_candidates(round_id)]
    w.open_round(round_id)
    people = _people(w)
    w.cast_ballot(round_id, people[0], {c[0]: 3})
    w.cast_ballot(round_id, people[1], {c[1]: 2})
    page = make_page()
    page.show_round(round_id)

    def no_figures():
        assert page.stack.currentWidget() is page.waiting_panel
        assert page.model.rowCount() == 0 and page.model.columnCount() == 0
        assert page.chart.categories == [] and page.chart.values == []
        assert page.statements == []
        text = _labels_text(page)
        assert not any(f"140.{n}" in text for n in range(1, N_RECS + 1)), text
        assert "dots each" not in text  # not even the method's figures
        assert not page.export_button.isEnabled()

    assert page.wait_turnout.text() == "2 of 6 have voted"
    assert "Results appear here when the round closes" in page.wait_text.text()
    assert page.wait_bar.value() == 2 and page.wait_bar.maximum() == 6
    no_figures()

    # a ballot arrives: the page follows by itself, still without figures
    w.cast_ballot(round_id, people[2], {c[0]: 1})
    assert page.wait_turnout.text() == "3 of 6 have voted"
    no_figures()

    # a closed round seen before must not leave its figures behind either
    other = _closed_round(w, Method.APPROVAL)
    page.show_round(other)
    assert page.model.rowCount() == 4
    page.show_round(round_id)
    no_figures()

    # closing the round shows the results without anyone refreshing
    w.close_round(round_id)
    assert page.stack.currentWidget() is page.results_panel
    assert page.model.data(page.model.index(0, COL_REFERENCE)) == "140.1"
    assert page.model.data(page.model.index(0, FIRST_FIGURE)) == "4"
    assert page.export_button.isEnabled()


def test_drafts_say_they_have_not_opened_and_an_empty_workshop_says_what_to_do(w, make_page):
    page = make_page()
    assert page.stack.currentWidget() is page.empty_panel
    assert "No voting rounds yet" in page.empty_label.text()
    assert not page.round_combo.isEnabled()
    round_id, _ = w.create_round("Later", RoundRules(Method.APPROVAL), _recs(w)[:3])
    assert page.current_round_id() == round_id  # the page follows the new round by itself
    assert page.stack.currentWidget() is page.waiting_panel
    assert "has not opened for voting yet" in page.wait_text.text()
    assert not page.wait_counts.isVisibleTo(page)
    assert not page.projector_button.isEnabled() and not page.export_button.isEnabled()


def test_the_page_opens_on_the_latest_closed_round_and_lists_every_round(w, make_page):
    first = _closed_round(w, Method.APPROVAL)
    second = _closed_round(w, Method.SCORE)
    open_id, _ = w.create_round("Open now", RoundRules(Method.APPROVAL), _recs(w)[:3])
    w.open_round(open_id)
    page = make_page()
    assert page.current_round_id() == second
    items = [page.round_combo.itemText(i) for i in range(page.round_combo.count())]
    assert items[0].startswith("Open now") and "open for voting" in items[0]
    assert any(t.startswith("Approval round") and t.endswith("closed") for t in items)
    page.show_round(first)
    assert page.round_combo.currentData() == first


def test_a_round_that_closes_while_the_page_is_open_is_the_one_it_shows(w, make_page):
    first = _closed_round(w, Method.APPROVAL)
    page = make_page()
    assert page.current_round_id() == first
    # The room votes on a second round; the facilitator closes it and goes to Results.
    second = _closed_round(w, Method.DOT)
    assert page.current_round_id() == second
    assert page.stack.currentWidget() is page.results_panel
    assert page.model.rowCount() == 4
    # A round the facilitator picks stays picked while other rounds change without closing.
    page.show_round(first)
    draft, _ = w.create_round("A draft", RoundRules(Method.APPROVAL), _recs(w)[:3])
    assert page.current_round_id() == first
    w.open_round(draft)
    assert page.current_round_id() == first
    w.close_round(draft)
    assert page.current_round_id() == draft


def test_export_through_the_page_writes_the_chosen_format(w, make_page, monkeypatch, tmp_path):
    round_id = _closed_round(w, Method.DOT)
    page = make_page()
    page.show_round(round_id)
    asked = {}

    def save_as(_parent, _title, suggested, filters):
        asked["suggested"], asked["filters"] = suggested, filters
        return str(tmp_path / "priorities"), "CSV file, for any spreadsheet (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    messages = []
    page.message.connect(messages.append)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().with_button.click())  # "This file names people"
    written = page.export()
    assert written == tmp_path / "priorities.csv"
    assert asked["suggested"].endswith(".xlsx") and "*.csv" in asked["filters"]
    with open(written, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert ["1", "tied", "140.1"] == next(r for r in rows if r[:1] == ["1"])[:3]
    assert messages and str(written) in messages[-1]

    # a workbook of an open (not secret) round gets the ballots, named as outputs may name people
    xlsx = page.export(tmp_path / "priorities.xlsx")
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Results", "Ballots"]
    assert [row[0] for row in book["Ballots"].iter_rows(min_row=2, values_only=True)][:2] == ["Person 0", "Person 1"]
    w.set_anonymise_outputs(True)
    book = openpyxl.load_workbook(page.export(tmp_path / "anonymous.xlsx"))
    sheet = list(book["Ballots"].iter_rows(values_only=True))
    assert sheet[0][0] == "How" and not any("Person" in str(c) or "Participant" in str(c) for r in sheet for c in r)


def test_export_of_a_secret_round_has_no_ballot_sheet(w, make_page, tmp_path):
    round_id = _closed_round(w, Method.APPROVAL, secret=True)
    page = make_page()
    page.show_round(round_id)
    book = openpyxl.load_workbook(page.export(tmp_path / "secret.xlsx"))
    assert book.sheetnames == ["Results"]
    cells = [str(c) for row in book["Results"].iter_rows(values_only=True) for c in row if c is not None]
    assert not any(f"Person {n}" in cell for cell in cells for n in range(6))


def test_a_failed_export_says_so_and_keeps_the_old_file(w, make_page, tmp_path, message_boxes, monkeypatch):
    round_id = _closed_round(w, Method.DOT)
    page = make_page()
    page.show_round(round_id)
    assert page.export(tmp_path / "missing folder" / "r.csv") is None
    assert message_boxes.shown and "Choose another folder" in message_boxes.shown[-1]

    target = tmp_path / "r.xlsx"
    target.write_bytes(b"earlier export")

    def fail(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    assert page.export(target) is None
    assert "could not be written" in message_boxes.shown[-1]
    assert target.read_bytes() == b"earlier export"


def test_show_on_projector_opens_one_view_that_closes_with_the_workshop(w, make_page, qtbot):
    round_id = _closed_round(w, Method.DOT)
    page = make_page()
    page.show_round(round_id)
    view = page.show_on_projector()
    assert view is not None and view.isWindow() and view.state == "closed"
    assert page.show_on_projector() is view  # a second click reuses it
    with qtbot.waitSignal(view.destroyed):
        page.detach()
    assert page.projector is None


def test_export_says_the_ballots_name_people_and_offers_them_without(w, make_page, monkeypatch, tmp_path):
    from upr_desktop.ui.common.export_warning import NamesPeopleDialog

    round_id = _closed_round(w, Method.DOT)
    page = make_page()
    page.show_round(round_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "without.xlsx"), "")))
    seen = []

    def without():
        dialog = QApplication.activeModalWidget()
        seen.append(isinstance(dialog, NamesPeopleDialog) and "names each voter" in
                    " ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.without_button.click()

    QTimer.singleShot(0, without)
    written = page.export()
    assert seen == [True]
    sheet = list(openpyxl.load_workbook(written)["Ballots"].iter_rows(values_only=True))
    assert not any("Person" in str(c) for r in sheet for c in r)
    assert not w.anonymise_outputs()  # the workshop itself is not changed
