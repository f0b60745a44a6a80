"""The projector view follows a round by itself: turnout while open, results once closed, big and clear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from upr_desktop.domain.participant import Participant
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.results import projector as projector_view
from upr_desktop.ui.results.projector import ProjectorView, show_projector, target_screen
from upr_desktop.ui.common.signals import WorkshopSignals


@pytest.fixture
def w(tmp_path):
    workshop = Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="Projector test", country="Demoland"))
    for n in range(1, 7):
        workshop.add_recommendation(Recommendation(text=f"Recommendation number {n} about a distinct subject",
                                                   reference=f"140.{n}", states=("Utopia",)))
    for n in range(6):
        workshop.add_participant(Participant(name=f"Person {n}", consent_named=True))
    yield workshop
    workshop.close()


@pytest.fixture
def signals(w):
    s = WorkshopSignals(w)
    yield s
    s.detach()


def _open_dot_round(w) -> tuple[int, list[int], list[int]]:
    by_ref = {r.reference: r.id for r in w.recommendations(w.filtered_ids(RecommendationFilter())).values()}
    round_id, _ = w.create_round("Priorities for the action plan", RoundRules(Method.DOT, dots=3),
                                 [by_ref[f"140.{n}"] for n in range(1, 7)])
    w.open_round(round_id)
    return round_id, [c.id for c in w.round_candidates(round_id)], [p.id for p in w.participants()]


def _view(qtbot, w, signals, round_id, size=(1280, 720)) -> ProjectorView:
    view = ProjectorView(w, signals, round_id)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    QApplication.processEvents()
    return view


def test_turnout_follows_the_ballots_and_results_come_on_close(qtbot, w, signals):
    round_id, c, people = _open_dot_round(w)
    w.cast_ballot(round_id, people[0], {c[0]: 2, c[1]: 1})
    view = _view(qtbot, w, signals, round_id)
    assert view.state == "open"
    assert view.turnout.text() == "1 of 6 have voted"
    assert (view.progress.value(), view.progress.maximum()) == (1, 6)
    assert "Results appear when voting closes" in view.shown_text()

    # ballots arrive; nobody touches the projector
    w.cast_ballot(round_id, people[1], {c[1]: 3})
    w.cast_ballot(round_id, people[2], {c[0]: 2, c[2]: 1})
    assert view.turnout.text() == "3 of 6 have voted"
    assert view.progress.value() == 3
    text = view.shown_text()
    assert not any(f"140.{n}" in text for n in range(1, 7)), "no figure or candidate before close"
    assert "dots" not in text

    w.close_round(round_id)
    assert view.state == "closed"
    results = w.results(round_id)
    rows = view.bars.rows
    labels = {x.id: x.label for x in results.candidates}
    assert [(r["reference"], r["rank_text"], r["value"]) for r in rows] == [
        (labels[r.candidate], f"={r.rank}" if r.tied else str(r.rank), r.score) for r in results.tally.results]
    assert rows[0]["reference"] == "140.1" and rows[0]["rank_text"] == "=1" and rows[0]["figure"] == "4 dots"
    assert rows[1]["reference"] == "140.2" and rows[1]["tied"]
    shown = view.shown_text()
    assert "=1 140.1 4 dots tied" in shown
    assert "140.1 and 140.2 are tied for 1st place" in shown
    assert "3 OF 6 HAVE VOTED" in shown


def test_a_draft_waits_and_a_deleted_round_says_so(qtbot, w, signals):
    by_ref = {r.reference: r.id for r in w.recommendations(w.filtered_ids(RecommendationFilter())).values()}
    round_id, change = w.create_round("Not yet", RoundRules(Method.APPROVAL), list(by_ref.values())[:3])
    view = _view(qtbot, w, signals, round_id)
    assert view.state == "draft"
    assert "has not opened for voting yet" in view.shown_text()
    assert not view.progress.isVisibleTo(view)
    w.open_round(round_id)
    assert view.state == "open" and view.turnout.text() == "0 of 6 have voted"


def test_a_round_removed_by_undo_is_no_longer_shown(qtbot, w, signals):
    by_ref = {r.reference: r.id for r in w.recommendations(w.filtered_ids(RecommendationFilter())).values()}
    round_id, change = w.create_round("Draft", RoundRules(Method.APPROVAL), list(by_ref.values())[:3])
    view = _view(qtbot, w, signals, round_id)
    change.undo()
    assert view.state == "gone"
    assert "no longer in the workshop" in view.shown_text()


def test_escape_or_a_double_click_closes_it_and_it_stops_listening(qtbot, w, signals):
    round_id, c, people = _open_dot_round(w)
    view = _view(qtbot, w, signals, round_id)
    with qtbot.waitSignal(view.destroyed):
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    w.cast_ballot(round_id, people[0], {c[0]: 1})  # a closed view must not be called any more

    view = _view(qtbot, w, signals, round_id)
    assert view.turnout.text() == "1 of 6 have voted"
    with qtbot.waitSignal(view.destroyed):
        QApplication.sendEvent(view, QMouseEvent(QEvent.Type.MouseButtonDblClick, QPointF(40, 40), QPointF(40, 40),
                                                 Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                                 Qt.KeyboardModifier.NoModifier))


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_readable_at_projector_sizes(qtbot, w, signals, tmp_path, size):
    round_id, c, people = _open_dot_round(w)
    for n in range(40):  # a big room: "46 of 46" must still fit the width
        w.add_participant(Participant(alias=f"Guest {n}"))
    for person in people[:5]:
        w.cast_ballot(round_id, person, {c[0]: 1, c[1]: 1, c[2]: 1})
    view = _view(qtbot, w, signals, round_id, size)
    assert view.turnout.text() == "5 of 46 have voted"
    metrics = QFontMetrics(view.turnout.font())
    assert metrics.horizontalAdvance(view.turnout.text()) <= view.turnout.width()
    assert view.turnout.font().pixelSize() >= 80 * size[1] / 720
    assert not view.grab().isNull()
    w.close_round(round_id)
    QApplication.processEvents()
    # three-way tie on top: the whole group shows, in type large enough for the back of the room
    assert view.bars.shown >= 3
    assert [r["tied"] for r in view.bars.rows[:3]] == [True, True, True]
    assert view.result_title.font().pixelSize() >= 30 * size[1] / 720
    assert view.statements.isVisibleTo(view) and "tied for 1st place" in view.statements.text()
    view.grab().save(str(tmp_path / f"projector_{size[0]}.png"))
    assert (tmp_path / f"projector_{size[0]}.png").stat().st_size > 0


def test_the_second_screen_is_used_when_there_is_one(qtbot, w, signals, monkeypatch):
    primary = QGuiApplication.primaryScreen()
    assert target_screen(None) is primary
    second = object()
    monkeypatch.setattr(projector_view.QGuiApplication, "screens", staticmethod(lambda: [primary, second]))
    assert target_screen(None) is second


def test_show_projector_opens_full_screen(qtbot, w, signals):
    round_id, _c, _people = _open_dot_round(w)
    view = show_projector(None, w, signals, round_id)
    qtbot.addWidget(view)
    assert view.isWindow() and view.windowState() & Qt.WindowState.WindowFullScreen
    assert view.state == "open"
    view.close()
