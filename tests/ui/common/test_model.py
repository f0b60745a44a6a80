"""The review table's model, its painting helpers and the dialog's parsing, over real workshop files."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QModelIndex, Qt

from upr_desktop.domain.recommendation import Recommendation, Response
from upr_desktop.domain.workshop import ALL_COUNTRIES, WorkshopInfo
from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter, search_terms
from upr_desktop.ui.common.highlight_delegate import highlight_html, highlight_spans, terms_pattern
from upr_desktop.ui.review.recommendation_dialog import split_values
from upr_desktop.ui.common.recommendation_model import (
    COL_NOTES,
    COL_REFERENCE,
    COL_RESPONSE,
    COL_STATES,
    COL_TEXT,
    MAX_PAGES,
    PAGE_SIZE,
    ROW_BLOCK,
    IdRole,
    NoteCountRole,
    RecommendationRole,
    RecommendationTableModel,
    ResponseRole,
)


@pytest.fixture
def demo(tmp_path):
    workshop = create_demo_workshop(tmp_path / "demo.uprw")
    yield workshop
    workshop.close()


def references(model: RecommendationTableModel) -> list[str]:
    return [model.index(row, COL_REFERENCE).data() for row in range(model.rowCount())]


def test_model_shows_every_recommendation_with_its_columns(qtbot, demo):
    model = RecommendationTableModel(demo)
    assert model.rowCount() == demo.count() == 82
    assert model.columnCount() == 7
    first = model.index(0, COL_TEXT)
    rec = first.data(RecommendationRole)
    assert isinstance(rec, Recommendation)
    assert first.data() == rec.text
    assert model.index(0, COL_STATES).data() == ", ".join(rec.states)
    assert model.index(0, COL_RESPONSE).data() in {"Supported", "Noted", "Pending", "Unknown"}
    assert model.index(0, COL_RESPONSE).data(ResponseRole) == rec.response.value
    assert first.data(IdRole) == rec.id
    assert model.headerData(COL_TEXT, Qt.Orientation.Horizontal) == "Recommendation"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.rowCount(first) == 0  # a table: no children


def test_reference_sort_is_natural_and_reversible(qtbot, demo):
    model = RecommendationTableModel(demo)
    model.sort(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    refs = references(model)
    assert refs.index("121.2") < refs.index("121.10") < refs.index("121.11")
    model.sort(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    refs = references(model)
    assert refs.index("121.10") < refs.index("121.2")
    assert model.sort_key == "reference" and model.descending


def test_sort_by_response_groups_the_responses(qtbot, demo):
    model = RecommendationTableModel(demo)
    model.sort(COL_RESPONSE, Qt.SortOrder.AscendingOrder)
    responses = [model.index(row, 0).data(ResponseRole) for row in range(model.rowCount())]
    assert responses == sorted(responses)
    assert len(set(responses)) > 1


def test_notes_column_is_not_sortable_and_keeps_the_order(qtbot, demo):
    model = RecommendationTableModel(demo)
    before = references(model)
    model.sort(COL_NOTES, Qt.SortOrder.DescendingOrder)
    assert references(model) == before


def test_search_filter_ranks_best_matches_first(qtbot, demo):
    model = RecommendationTableModel(demo)
    model.set_filter(RecommendationFilter(text="torture"))
    assert 0 < model.rowCount() < 82
    assert model.ranked_by_relevance
    top = model.recommendation_at(0)
    assert "torture" in top.text.lower()
    for row in range(model.rowCount()):
        rec = model.recommendation_at(row)
        haystack = " ".join([rec.text, rec.reference or "", *rec.states, *rec.themes]).lower()
        assert "tortur" in haystack


def test_note_counts_follow_changes(qtbot, demo):
    model = RecommendationTableModel(demo)
    rec_id = model.id_at(5)
    assert model.index(5, COL_NOTES).data(NoteCountRole) == 0
    demo.add_note(rec_id, "Raised twice in the morning session")
    model.notes_changed([rec_id])
    assert model.index(5, COL_NOTES).data(NoteCountRole) == 1
    assert model.index(5, COL_NOTES).data() == "1"


def test_refresh_after_an_edit_keeps_rows_and_shows_the_new_value(qtbot, demo):
    model = RecommendationTableModel(demo)
    rec = model.recommendation_at(0)
    assert rec.response != Response.PENDING
    demo.edit_recommendation(rec.with_changes(response=Response.PENDING))
    with qtbot.assertNotEmitted(model.modelReset):
        model.refresh([rec.id])
    assert model.index(0, 0).data(ResponseRole) == "pending"


def test_refresh_after_delete_resets_rows(qtbot, demo):
    model = RecommendationTableModel(demo)
    rec_id = model.id_at(0)
    demo.delete_recommendations([rec_id])
    with qtbot.waitSignal(model.modelReset):
        model.refresh([rec_id])
    assert model.rowCount() == 81
    assert model.row_of(rec_id) is None


# --- painting helpers ----------------------------------------------------------------------
def test_highlight_finds_word_starts_ignoring_case_and_accents():
    pattern = terms_pattern(search_terms("educ eleve"))
    text = "Garantir l'éducation de chaque Élève; reeducation is not matched"
    spans = highlight_spans(text, pattern)
    assert [text[a:b] for a, b in spans] == ["éduc", "Élève"]


def test_highlight_html_escapes_and_marks():
    pattern = terms_pattern(["women"])
    html = highlight_html("Women & girls <all>", pattern, "#ffe27a", "#000000")
    assert html.startswith('<span style="background-color:#ffe27a; color:#000000;">Women</span>')
    assert "&amp; girls &lt;all&gt;" in html
    assert highlight_html("a\nb", None) == "a<br>b"


def test_list_fields_split_on_lines_or_commas():
    assert split_values("Denmark, Czechia; Chile") == ("Denmark", "Czechia", "Chile")
    assert split_values("Rights of the child, children\nWomen's rights\n") == (
        "Rights of the child, children", "Women's rights")
    assert split_values("  \n ") == ()
    assert split_values("- Ghana\n- Ghana") == ("Ghana",)
    # Each language's own separators: Arabic's comma and semicolon, Chinese's full-width ones and its list comma.
    assert split_values("مصر، تونس؛ المغرب") == ("مصر", "تونس", "المغرب")
    assert split_values("中国，日本、法国；智利") == ("中国", "日本", "法国", "智利")
    assert split_values("Rights of the child، children\nWomen's rights") == (
        "Rights of the child، children", "Women's rights")


# --- a coalition database: 250,000 recommendations ---------------------------------------
BIG = 250_000


@pytest.fixture(scope="module")
def big_workshop(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "coalition.uprw"
    workshop = Workshop.create(path, WorkshopInfo(title="Coalition database", country=ALL_COUNTRIES))
    responses = (Response.SUPPORTED, Response.NOTED, Response.PENDING)
    recs = [
        Recommendation(
            text=f"Recommendation {n} on theme {n % 54} to strengthen institution {n % 977}",
            reference=f"{100 + n // 400}.{n % 400 + 1}", country=f"State {n % 193}",
            states=(f"Recommending {n % 190}",), response=responses[n % 3],
            themes=(f"Theme {n % 54}",), session=n % 54 + 1,
        )
        for n in range(BIG)
    ]
    summary, _ = workshop.import_recommendations(recs, source_file="generated", format="test", country=ALL_COUNTRIES)
    assert summary.added == BIG
    yield workshop
    workshop.close()


@pytest.mark.slow
def test_250k_rows_are_fetched_lazily_in_pages(qtbot, big_workshop):
    started = time.perf_counter()
    model = RecommendationTableModel(big_workshop)
    assert model.rowCount() == BIG
    assert time.perf_counter() - started < 3  # ids only: no recommendation read yet
    assert model.rows_fetched == 0
    last = model.index(BIG - 1, COL_TEXT)
    assert last.data().startswith("Recommendation ")
    assert model.index(BIG - 1, COL_REFERENCE).data()
    assert model.rows_fetched == ROW_BLOCK  # a screen's worth and a margin, not 250,000 rows (nor 200)
    # Jumping around the table reads only the pages it touches and keeps a bounded cache.
    for row in range(0, BIG, BIG // 97):
        assert model.index(row, COL_STATES).data()
    assert model.rows_fetched <= 99 * PAGE_SIZE
    assert model.cached_pages() <= MAX_PAGES


@pytest.mark.slow
def test_250k_rows_sort_and_search(qtbot, big_workshop):
    model = RecommendationTableModel(big_workshop)
    started = time.perf_counter()
    model.sort(COL_STATES, Qt.SortOrder.DescendingOrder)
    assert time.perf_counter() - started < 5
    assert model.rowCount() == BIG
    assert model.index(0, COL_STATES).data() >= model.index(BIG - 1, COL_STATES).data()
    model.sort(-1)
    started = time.perf_counter()
    model.set_filter(RecommendationFilter(text="institution 976"))
    assert time.perf_counter() - started < 5
    assert 0 < model.rowCount() < 1000
    assert model.ranked_by_relevance
    texts = [model.index(row, COL_TEXT).data() for row in range(model.rowCount())]
    assert all(" 976" in text for text in texts)
    assert model.data(QModelIndex()) is None


@pytest.mark.slow
def test_250k_rows_in_the_review_table_paint_only_visible_pages(qtbot, big_workshop):
    from PySide6.QtGui import QUndoStack

    from upr_desktop.ui.review.page import ReviewPage

    undo = QUndoStack()
    page = ReviewPage(big_workshop, undo)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == BIG
    assert "250" in page.filter_bar.showing.text()
    started = time.perf_counter()
    scroll = page.table.verticalScrollBar()
    for fraction in (0.25, 0.5, 0.75, 1.0):
        scroll.setValue(int(scroll.maximum() * fraction))
        page.table.viewport().repaint()
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"four jumps through 250,000 rows took {elapsed:.2f} s"
    assert page.model.rows_fetched <= 12 * PAGE_SIZE
    page.table.selectRow(BIG - 1)
    assert page.detail.recommendation.id == page.model.id_at(BIG - 1)
    page.detach()
