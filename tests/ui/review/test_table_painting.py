"""What the review table paints after a search, a palette change or an edit, read back from its pixels.

The delegate keeps each cell's layout (wrapped, elided, matches marked) between paints (issue 17: a search
repainted every cell's rich text several times). These tests catch a layout kept too long: marks of an
older search, of the old palette, or an edited text painted as it was.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.common import theme
from upr_desktop.ui.common.recommendation_model import COL_STATES, COL_TEXT, COL_THEMES, RecommendationRole


def cell_image(page, row: int, column: int) -> QImage:
    """The cell as the table paints it (the real paint path: view, delegate, model)."""
    table = page.table
    rect = table.visualRect(page.model.index(row, column))
    assert rect.isValid() and table.viewport().rect().contains(rect), "the cell is not on screen"
    return table.viewport().grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)


def pixels_of(image: QImage, colour: str) -> int:
    data = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    return int(np.count_nonzero(data == QColor(colour).rgb()))


def search(qtbot, page, text: str) -> None:
    page.filter_bar.search.setText(text)
    page.filter_bar.search.returnPressed.emit()  # no typing delay
    qtbot.waitUntil(lambda: page.model.current_filter.text == text, timeout=3000)
    page.table.viewport().repaint()


def test_an_accented_search_marks_the_unaccented_word_in_the_table(qtbot, page):
    search(qtbot, page, "wómen")
    assert page.model.rowCount() > 1
    rec = page.model.index(0, 0).data(RecommendationRole)
    column = COL_TEXT if "women" in rec.text.lower()[:40] else COL_THEMES
    marked = pixels_of(cell_image(page, 0, column), theme.CALM.mark)
    assert marked > 100, "the matched word is not marked"
    # The same cell with no search: nothing marked.
    search(qtbot, page, "")
    row = page.model.row_of(rec.id)
    page.table.scrollTo(page.model.index(row, column))
    page.table.viewport().repaint()
    assert pixels_of(cell_image(page, row, column), theme.CALM.mark) == 0


def fresh_paint(page, row: int, column: int) -> QImage:
    """The cell painted with no layout kept: setting the palette again drops them all."""
    page.set_palette(theme.CALM)  # the palette these tests run in
    page.table.viewport().repaint()
    return cell_image(page, row, column)


def test_a_new_search_repaints_the_marks_of_the_new_words(qtbot, page):
    search(qtbot, page, "torture")
    rec = page.model.index(0, 0).data(RecommendationRole)
    assert pixels_of(cell_image(page, 0, COL_TEXT), theme.CALM.mark) > 100
    # Back and forth between searches, the cells paint what a fresh layout paints.
    search(qtbot, page, "rights")
    assert cell_image(page, 0, COL_TEXT) == fresh_paint(page, 0, COL_TEXT)
    search(qtbot, page, "torture")
    kept = cell_image(page, 0, COL_TEXT)
    assert kept == fresh_paint(page, 0, COL_TEXT)
    assert pixels_of(kept, theme.CALM.mark) > 100
    # The same recommendation under a search its text doesn't match: its text cell has no mark.
    search(qtbot, page, rec.states[0])
    row = page.model.row_of(rec.id)
    assert row is not None
    page.table.scrollTo(page.model.index(row, COL_TEXT))
    page.table.viewport().repaint()
    assert pixels_of(cell_image(page, row, COL_TEXT), theme.CALM.mark) == 0
    assert pixels_of(cell_image(page, row, COL_STATES), theme.CALM.mark) > 50
    assert cell_image(page, row, COL_STATES) == fresh_paint(page, row, COL_STATES)


def test_the_marks_follow_a_palette_change(qtbot, window, page):
    search(qtbot, page, "torture")
    assert pixels_of(cell_image(page, 0, COL_TEXT), theme.CALM.mark) > 100
    page.set_palette(theme.PROJECTOR)
    page.table.viewport().repaint()
    image = cell_image(page, 0, COL_TEXT)
    assert pixels_of(image, theme.PROJECTOR.mark) > 100
    assert pixels_of(image, theme.CALM.mark) == 0


def test_an_edited_text_is_painted_as_edited(qtbot, window, page):
    search(qtbot, page, "torture")
    rec = page.model.index(0, 0).data(RecommendationRole)
    before = cell_image(page, 0, COL_TEXT)
    page.workshop.edit_recommendation(rec.with_changes(text="Torture " + "x" * 10))
    qtbot.waitUntil(lambda: page.model.row_of(rec.id) is not None
                    and page.model.index(page.model.row_of(rec.id), COL_TEXT).data().endswith("x" * 10), timeout=3000)
    row = page.model.row_of(rec.id)
    page.table.scrollTo(page.model.index(row, COL_TEXT))
    page.table.viewport().repaint()
    after = cell_image(page, row, COL_TEXT)
    assert after != before
    assert after == fresh_paint(page, row, COL_TEXT)
    assert pixels_of(after, theme.CALM.mark) > 50  # "Torture" still marked


def test_scrolling_to_the_bottom_of_a_search_reaches_its_last_row(qtbot, page):
    flt = RecommendationFilter(text="rights")
    expected = page.workshop.ranked_ids(flt)[0]
    search(qtbot, page, "rights")
    qtbot.waitUntil(lambda: page.model.matching_count() is not None, timeout=5000)
    table = page.table
    for _ in range(50):  # as a person drags the scroll bar to the end, more rows come while counting
        table.scrollToBottom()
        qtbot.wait(10)
        if not page.model.canFetchMore():
            break
    table.scrollToBottom()
    table.viewport().repaint()
    bottom = table.indexAt(QPoint(10, table.viewport().height() - 4)).row()
    assert page.model.rowCount() == len(expected)
    assert bottom == len(expected) - 1
    assert page.model.index(bottom, 0).data(RecommendationRole).id == expected[-1]
    table.selectRow(bottom)
    assert page.detail.recommendation.id == expected[-1]


def test_a_header_click_sorts_keeps_the_selected_recommendation_and_the_column_widths(qtbot, page):
    table, header = page.table, page.table.horizontalHeader()
    page.table.setColumnWidth(COL_STATES, 171)
    widths = [header.sectionSize(c) for c in range(header.count())]
    chosen = page.model.id_at(5)
    page.select_id(chosen)
    x = header.sectionViewportPosition(COL_TEXT) + header.sectionSize(COL_TEXT) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.model.sort_key == "text"
    assert [header.sectionSize(c) for c in range(header.count())] == widths
    assert page.selected_ids() == [chosen] and page.current_id() == chosen
    row = page.model.row_of(chosen)
    assert table.selectionModel().isRowSelected(row, table.rootIndex())
    assert page.detail.recommendation.id == chosen
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] \
        == page.workshop.ranked_ids(RecommendationFilter(), "text")[0]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.model.descending and page.current_id() == chosen
    assert [header.sectionSize(c) for c in range(header.count())] == widths
