"""The paged review model shows exactly the rows, in exactly the order, of the store's full id list.

The model reads windows of ids from SQL (Workshop.page / page_at) instead of one list of every id.
These tests walk it through every row for each sort, both directions, a filter and searches, and
compare with Workshop.ranked_ids, the full list the model used to hold. Small pages make every walk
cross many page boundaries, forwards (keyset cursors) and backwards (jumps).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from upr_desktop.domain.recommendation import Recommendation, Response
from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.common import recommendation_model
from upr_desktop.ui.common.recommendation_model import (
    COL_TEXT,
    SORT_KEYS,
    IdRole,
    RecommendationRole,
    RecommendationTableModel,
)

SORTS = [(-1, None)] + [(column, key) for column, key in SORT_KEYS.items() if key]
FILTERS = {
    "everything": RecommendationFilter(),
    "noted": RecommendationFilter(responses=frozenset({"noted"})),
    "search": RecommendationFilter(text="rights"),
    "search and noted": RecommendationFilter(text="women", responses=frozenset({"noted"})),
    "prefix": RecommendationFilter(text="ratif"),
}


@pytest.fixture
def workshop(tmp_path, monkeypatch):
    """The demo workshop plus rows made to tie and to lack a reference and a session (NULL sort keys)."""
    monkeypatch.setattr(recommendation_model, "PAGE_SIZE", 7)
    monkeypatch.setattr(recommendation_model, "MAX_PAGES", 3)
    monkeypatch.setattr(recommendation_model, "MAX_ID_PAGES", 5)  # forgets windows: row_of must ask the store
    ws = create_demo_workshop(tmp_path / "demo.uprw")
    extra = [Recommendation(text=f"Protect the rights of women and girls, measure {n % 9}{'.' * (n // 9)}",
                            reference=None, states=("Benchland",) if n % 2 else ("Ardonia", "Benchland"),
                            themes=("Women's rights",) if n % 3 else (),
                            response=Response.NOTED if n % 4 else Response.SUPPORTED)
             for n in range(40)]
    ws.import_recommendations(extra, source_file="ties", format="test")
    yield ws
    ws.close()


@pytest.mark.parametrize("name", list(FILTERS))
def test_walking_the_model_gives_the_full_id_order_for_every_sort(qtbot, workshop, name):
    flt = FILTERS[name]
    for column, key in SORTS:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            descending = order == Qt.SortOrder.DescendingOrder and key is not None
            expected, ranked = workshop.ranked_ids(flt, key, descending)
            model = RecommendationTableModel(workshop)
            model.set_filter(flt)
            model.sort(column, order)
            label = f"{name}, sorted by {key} {'desc' if descending else 'asc'}"
            assert model.rowCount() == len(expected), label
            assert model.ranked_by_relevance == ranked, label
            assert [model.id_at(row) for row in range(model.rowCount())] == expected, label
            # Backwards: every window is a jump now (page_at), not a keyset step.
            fresh = RecommendationTableModel(workshop)
            fresh.set_filter(flt)
            fresh.sort(column, order)
            assert [fresh.index(row, 0).data(IdRole) for row in reversed(range(fresh.rowCount()))] \
                == expected[::-1], label
            # Where each row stands, also for windows the model has forgotten (asked of the store).
            for row, rec_id in enumerate(expected):
                assert fresh.row_of(rec_id) == row, label
            hidden = set(workshop.ranked_ids(RecommendationFilter())[0]) - set(expected)
            for rec_id in sorted(hidden)[:3]:
                assert fresh.row_of(rec_id) is None, label


def test_the_rows_shown_are_the_recommendations_of_those_ids(qtbot, workshop):
    model = RecommendationTableModel(workshop)
    model.sort(1, Qt.SortOrder.DescendingOrder)  # text
    for row in range(model.rowCount()):
        rec = model.recommendation_at(row)
        assert rec is not None and rec.id == model.id_at(row)
        assert model.index(row, 1).data() == rec.text
    assert model.recommendation_at(model.rowCount()) is None
    assert model.id_at(-1) is None


def test_sorting_keeps_the_selection_on_the_same_recommendation(qtbot, workshop):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    qtbot.addWidget(view)
    model = RecommendationTableModel(workshop)
    view.setModel(model)
    row = model.rowCount() - 3
    chosen = model.id_at(row)
    view.selectionModel().setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    for column, order in ((2, Qt.SortOrder.AscendingOrder), (1, Qt.SortOrder.DescendingOrder), (-1, None)):
        model.sort(column, order or Qt.SortOrder.AscendingOrder)
        current = view.selectionModel().currentIndex()
        assert current.isValid() and model.id_at(current.row()) == chosen


def test_refresh_after_an_import_shows_the_new_rows_in_order(qtbot, workshop):
    model = RecommendationTableModel(workshop)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    [model.id_at(row) for row in range(model.rowCount())]
    workshop.import_recommendations([Recommendation(text="Abolish the death penalty, a new row", reference="999.1")],
                                    source_file="late", format="test")
    model.refresh()
    expected = workshop.ranked_ids(RecommendationFilter(), "text")[0]
    assert [model.id_at(row) for row in range(model.rowCount())] == expected


def test_rows_are_read_a_block_at_a_time_and_are_those_of_their_ids(qtbot, workshop, monkeypatch):
    """Rows are read ROW_BLOCK at a time (a screen's worth), ids PAGE_SIZE at a time: every block of every
    window holds the recommendations of its ids, in order, for every sort and filter, also read backwards
    after the blocks were forgotten."""
    monkeypatch.setattr(recommendation_model, "PAGE_SIZE", 12)
    monkeypatch.setattr(recommendation_model, "ROW_BLOCK", 4)
    monkeypatch.setattr(recommendation_model, "MAX_PAGES", 2)  # 6 blocks kept
    for name, flt in FILTERS.items():
        for column, key in SORTS:
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                descending = order == Qt.SortOrder.DescendingOrder and key is not None
                expected = workshop.ranked_ids(flt, key, descending)[0]
                label = f"{name}, sorted by {key} {'desc' if descending else 'asc'}"
                model = RecommendationTableModel(workshop)
                model.set_filter(flt)
                model.sort(column, order)
                assert model.index(0, COL_TEXT).data(), label
                assert model.rows_fetched == min(4, len(expected)), label  # the first block only
                recs = [model.index(row, 0).data(RecommendationRole) for row in range(model.rowCount())]
                assert [rec.id for rec in recs] == expected, label
                assert [model.index(row, COL_TEXT).data() for row in range(len(recs))] \
                    == [rec.text for rec in recs], label
                assert model.cached_pages() <= 2, label
                assert [model.recommendation_at(row).id for row in reversed(range(len(expected)))] \
                    == expected[::-1], label
