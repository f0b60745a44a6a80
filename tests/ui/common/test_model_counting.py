"""A search shows its first window at once and counts its matches on a worker thread (Issue 17).

The Review page's model (count_elsewhere) must not pay a common word's full count on the GUI
thread: the first rows come now, the total when the worker's read-only connection has counted it,
and a count for an older search never lands on a newer one.
"""

from __future__ import annotations

import threading

import pytest

from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.common import recommendation_model
from upr_desktop.ui.common.recommendation_model import RecommendationTableModel

PAGE = 7
SLOW = RecommendationFilter(text="rights")
FAST = RecommendationFilter(text="women")


@pytest.fixture
def workshop(tmp_path, monkeypatch):
    monkeypatch.setattr(recommendation_model, "PAGE_SIZE", PAGE)
    ws = create_demo_workshop(tmp_path / "demo.uprw")
    yield ws
    ws.close()


def test_a_search_shows_its_first_rows_then_its_total(qtbot, workshop):
    expected = workshop.ranked_ids(SLOW)[0]
    assert len(expected) > PAGE
    model = RecommendationTableModel(workshop, count_elsewhere=True)
    with qtbot.waitSignal(model.count_known, timeout=5000):
        model.set_filter(SLOW)
        assert model.matching_count() is None  # counting
        assert model.rowCount() == PAGE and model.canFetchMore()
        assert [model.id_at(row) for row in range(PAGE)] == expected[:PAGE]
    assert model.matching_count() == model.rowCount() == workshop.count_matching(SLOW)
    assert not model.canFetchMore()
    assert [model.id_at(row) for row in range(model.rowCount())] == expected


def test_scrolling_before_the_count_comes_fetches_the_next_windows(qtbot, workshop, monkeypatch):
    never = threading.Event()
    monkeypatch.setattr(workshop, "count_matching_elsewhere", lambda flt: never.wait(10) or -1)
    expected = workshop.ranked_ids(SLOW)[0]
    model = RecommendationTableModel(workshop, count_elsewhere=True)
    model.set_filter(SLOW)
    try:
        while model.canFetchMore():
            model.fetchMore()
    finally:
        never.set()  # the worker's count returns, too late to matter
    assert model.matching_count() == model.rowCount() == len(expected)
    assert [model.id_at(row) for row in range(model.rowCount())] == expected


def test_an_older_search_s_late_count_does_not_overwrite_a_newer_one(qtbot, workshop, monkeypatch):
    slow_count, fast_count = workshop.count_matching(SLOW), workshop.count_matching(FAST)
    assert slow_count != fast_count and fast_count > PAGE
    release, slow_started, slow_done = threading.Event(), threading.Event(), threading.Event()
    real = workshop.count_matching_elsewhere

    def count(flt):
        if flt == SLOW:
            slow_started.set()
            release.wait(10)
            try:
                return real(flt)
            finally:
                slow_done.set()
        return real(flt)

    monkeypatch.setattr(workshop, "count_matching_elsewhere", count)
    model = RecommendationTableModel(workshop, count_elsewhere=True)
    model.set_filter(SLOW)
    assert slow_started.wait(5)
    with qtbot.waitSignal(model.count_known, timeout=5000):
        model.set_filter(FAST)  # typed on while the first count was still running
    assert model.matching_count() == model.rowCount() == fast_count
    release.set()
    assert slow_done.wait(5)
    qtbot.wait(100)  # time for a late count to be delivered, were it sent
    assert model.matching_count() == model.rowCount() == fast_count


def test_a_late_count_for_an_old_ticket_is_dropped(qtbot, workshop):
    model = RecommendationTableModel(workshop, count_elsewhere=True)
    with qtbot.waitSignal(model.count_known, timeout=5000):
        model.set_filter(FAST)
    recommendation_model._count_relay().counted.emit(1, 999)  # what an older search's count would say
    qtbot.wait(20)
    assert model.matching_count() == model.rowCount() == workshop.count_matching(FAST)
