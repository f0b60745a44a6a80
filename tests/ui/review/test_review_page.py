"""The review page driven like a person would: typing, clicking, the dialog, notes, undo, zoom."""

from __future__ import annotations

import warnings

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from upr_desktop.domain.recommendation import Response
from upr_desktop.ops import Workshop
from upr_desktop.ui.review.recommendation_dialog import RecommendationDialog
from upr_desktop.ui.common.recommendation_model import (
    COL_NOTES,
    COL_REFERENCE,
    COL_TEXT,
    NoteCountRole,
    RecommendationRole,
)

TOTAL = 82  # recommendations in the demo workshop


def refs(page) -> list[str]:
    return [page.model.index(row, COL_REFERENCE).data() for row in range(page.model.rowCount())]


def recs(page):
    return [page.model.index(row, 0).data(RecommendationRole) for row in range(page.model.rowCount())]


def run_dialog(qtbot, trigger, fill) -> None:
    """Open a modal dialog with trigger(), let fill(dialog) work on it, and never leave it hanging."""
    seen = []

    def work():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        try:
            fill(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, work)
    trigger()
    assert seen and isinstance(seen[0], RecommendationDialog), "the dialog did not open"


# --- search --------------------------------------------------------------------------------
def test_typing_in_the_search_box_filters_and_ranks(qtbot, page):
    assert page.model.rowCount() == TOTAL
    assert page.filter_bar.showing.text() == f"Showing {TOTAL} of {TOTAL}"
    qtbot.keyClicks(page.filter_bar.search, "tortur")
    qtbot.waitUntil(lambda: page.model.rowCount() < TOTAL, timeout=2000)
    shown = page.model.rowCount()
    assert shown > 1
    assert page.filter_bar.showing.text().startswith(f"Showing {shown} of {TOTAL}")
    assert "best matches first" in page.filter_bar.showing.text()
    top = recs(page)[0]
    assert "tortur" in top.text.lower()  # a match in the text outranks one in the themes only
    for rec in recs(page):
        assert "tortur" in " ".join([rec.text, *rec.themes, *rec.states]).lower()
    # The match is marked in the table's painter and in the detail pane.
    assert page.delegate.pattern is not None and page.delegate.pattern.search("torture")
    page.select_id(top.id)
    assert "background-color" in page.detail.text_label.text()


def test_down_arrow_in_the_search_box_goes_to_the_best_match(qtbot, page):
    qtbot.keyClicks(page.filter_bar.search, "rome statute")
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Down)
    assert page.model.current_filter.text == "rome statute"
    assert page.table.hasFocus()
    assert page.current_id() == page.model.id_at(0)
    assert "Rome Statute" in page.detail.recommendation.text


def test_search_waits_for_a_pause_in_typing(qtbot, page):
    with qtbot.assertNotEmitted(page.filter_bar.filter_changed, wait=50):
        qtbot.keyClicks(page.filter_bar.search, "wom")
    with qtbot.waitSignal(page.filter_bar.filter_changed, timeout=1000):
        pass
    assert page.model.rowCount() < TOTAL


def test_escape_clears_the_search(qtbot, page):
    qtbot.keyClicks(page.filter_bar.search, "detention")
    qtbot.waitUntil(lambda: page.model.rowCount() < TOTAL, timeout=2000)
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Escape)
    assert page.filter_bar.search.text() == ""
    assert page.model.rowCount() == TOTAL


def test_a_search_with_no_match_shows_the_empty_state(qtbot, page):
    qtbot.keyClicks(page.filter_bar.search, "zzyzx")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.empty_state.isVisible()
    assert "No recommendations match" in page.empty_state.label.text()
    assert page.filter_bar.showing.text().startswith(f"Showing 0 of {TOTAL}")
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == TOTAL
    assert not page.empty_state.isVisible()


# --- filters -------------------------------------------------------------------------------
def test_each_filter_narrows_the_list(qtbot, page):
    checks = {
        "response": lambda rec, value: rec.response.value == value,
        "theme": lambda rec, value: value in rec.themes,
        "state": lambda rec, value: value in rec.states,
        "sdg": lambda rec, value: value in rec.sdgs,
        "session": lambda rec, value: rec.session == value,
    }
    for key, check in checks.items():
        button = page.filter_bar.buttons[key]
        values = button.values()
        assert values, f"the demo has values for {key}"
        value, label, count = next(v for v in values if v[2] < TOTAL) if key != "session" else values[0]
        assert label and count > 0
        button.set_selected({value})
        shown = page.model.rowCount()
        assert shown == count, key
        assert all(check(rec, value) for rec in recs(page)), key
        assert page.filter_bar.showing.text() == f"Showing {count} of {TOTAL}"
        assert page.filter_bar.clear_button.isEnabled()
        assert button.property("active") is True
        assert label[:10] in button.text() or str(value) in button.text()
        button.set_selected(set())
        assert page.model.rowCount() == TOTAL


def test_filter_counts_follow_the_search_and_the_other_filters(qtbot, page):
    theme, response = page.filter_bar.buttons["theme"], page.filter_bar.buttons["response"]
    everything = {value: count for value, _, count in theme.values()}
    assert sum(everything.values()) >= TOTAL

    def counts(button) -> dict:
        shown = {value: count for value, _, count in button.values()}
        popup = button.popup.list  # what the person sees beside each value
        assert {popup.item(r).data(Qt.ItemDataRole.UserRole): popup.item(r).data(Qt.ItemDataRole.UserRole + 1)
                for r in range(popup.count())} == shown
        return shown

    qtbot.keyClicks(page.filter_bar.search, "women")
    qtbot.waitUntil(lambda: page.model.current_filter.text == "women", timeout=2000)
    shown = recs(page)
    assert 0 < len(shown) < TOTAL
    within = counts(theme)
    assert within != everything
    # Each theme counts the recommendations the search shows that carry it; every theme is still listed.
    assert within == {value: sum(value in r.themes for r in shown) for value in everything}
    assert sum(counts(response).values()) == len(shown)

    # Ticking a theme narrows the other filters' counts, not its own: another theme can still be added.
    value = max(within, key=within.get)
    theme.set_selected({value})
    assert counts(theme) == within
    narrowed = recs(page)
    assert len(narrowed) == within[value]
    by_response = counts(response)
    assert by_response == {v: sum(x.response.value == v for x in narrowed) for v in by_response}
    assert sum(by_response.values()) == len(narrowed)

    page.filter_bar.clear()
    assert counts(theme) == everything


def test_filters_combine_and_clear_filters_resets_everything(qtbot, page):
    response = page.filter_bar.buttons["response"]
    theme = page.filter_bar.buttons["theme"]
    response.set_selected({"noted"})
    noted = page.model.rowCount()
    theme_value = next(v for v, _, _ in theme.values() if v.startswith("Ratification"))
    theme.set_selected({theme_value})
    both = page.model.rowCount()
    assert 0 < both < noted < TOTAL
    assert all(r.response == Response.NOTED and theme_value in r.themes for r in recs(page))
    qtbot.keyClicks(page.filter_bar.search, "convention")
    qtbot.waitUntil(lambda: page.model.rowCount() <= both and page.filter_bar.search.text() == "convention"
                    and page.model.current_filter.text == "convention", timeout=2000)
    qtbot.mouseClick(page.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == TOTAL
    assert page.filter_bar.search.text() == ""
    assert not response.selected() and not theme.selected()
    assert not page.filter_bar.clear_button.isEnabled()
    # Their lists (filled afresh when next opened: clearing doesn't count the facets first) tick nothing.
    for button in (response, theme):
        button.menu().aboutToShow.emit()
        ticked = [button.popup.list.item(i) for i in range(button.popup.list.count())
                  if button.popup.list.item(i).checkState() == Qt.CheckState.Checked]
        assert button.popup.list.count() and not ticked
        assert button.text() == button.title


def test_filter_popup_lists_values_with_counts_and_can_be_searched(qtbot, page):
    button = page.filter_bar.buttons["state"]
    button.menu().aboutToShow.emit()
    popup = button.popup
    assert popup.search.isVisibleTo(popup)  # long lists get a search field
    assert popup.list.count() == len(button.values()) > 20
    item = popup.list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole + 1) >= 1  # its count
    popup.search.setText("den")
    visible = [popup.list.item(i).text() for i in range(popup.list.count()) if not popup.list.item(i).isHidden()]
    assert visible and all("den" in text.lower() for text in visible)
    target = next(popup.list.item(i) for i in range(popup.list.count()) if not popup.list.item(i).isHidden())
    popup.list.itemClicked.emit(target)  # what a click on the row does
    assert button.selected() == {target.data(Qt.ItemDataRole.UserRole)}
    assert 0 < page.model.rowCount() < TOTAL
    popup.clear()
    assert page.model.rowCount() == TOTAL


# --- sorting -------------------------------------------------------------------------------
def click_header(qtbot, page, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_clicking_the_reference_header_sorts_naturally(qtbot, page):
    click_header(qtbot, page, COL_REFERENCE)
    assert page.model.sort_key == "reference" and not page.model.descending
    order = refs(page)
    assert order.index("121.2") < order.index("121.10")
    click_header(qtbot, page, COL_REFERENCE)
    assert page.model.descending
    order = refs(page)
    assert order.index("121.10") < order.index("121.2")
    click_header(qtbot, page, COL_REFERENCE)  # third click: back to the default order
    assert page.model.sort_key is None


def test_sorting_keeps_the_selection(qtbot, page):
    page.select_id(page.model.id_at(4))
    chosen = page.current_id()
    click_header(qtbot, page, COL_TEXT)
    assert page.model.sort_key == "text"
    assert page.current_id() == chosen
    texts = [r.text.lower() for r in recs(page)]
    assert texts == sorted(texts)


def test_notes_header_does_not_sort(qtbot, page):
    before = refs(page)
    click_header(qtbot, page, COL_NOTES)
    assert refs(page) == before
    assert page.table.horizontalHeader().sortIndicatorSection() != COL_NOTES


# --- detail pane ---------------------------------------------------------------------------
def test_selecting_a_row_fills_the_detail_pane(qtbot, page):
    assert page.detail.recommendation is None
    index = page.model.index(2, COL_TEXT)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    rec = page.model.index(2, 0).data(RecommendationRole)
    detail = page.detail
    assert detail.recommendation.id == rec.id
    assert detail.reference_label.text() == rec.reference
    assert rec.text[:40] in detail.text_label.text()
    assert detail.response_pill.text() in ("Supported", "Noted")
    for state in rec.states:
        assert state in detail.meta_values["states"]
    assert rec.themes[0].replace("&", "&amp;") in detail.meta_values["themes"]
    assert "SDG " in detail.meta_values["sdgs"]
    assert str(rec.session) == detail.meta_values["session"]
    assert detail.meta_values["cycle"] == "4"
    assert rec.document_symbol in detail.meta_values["symbol"]
    assert "demo_workshop.json" in detail.meta_values["source"]
    assert "demo_workshop.json" in detail.meta_label.text() and "Recommended by" in detail.meta_label.text()
    assert detail.text_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()


# --- adding, editing, deleting ---------------------------------------------------------------
def test_add_a_recommendation_then_undo_and_redo(qtbot, window, page):
    def fill(dialog):
        dialog.reference.setText("121.99")
        dialog.text.setPlainText("Adopt a national action plan on business and human rights")
        dialog.states.setPlainText("Chile, Ghana")
        dialog.response.setCurrentIndex(dialog.response.findData("supported"))
        dialog.themes.setPlainText("Business & human rights")
        dialog.sdgs.setText("8, 16")
        dialog.session.setText("47")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_dialog(qtbot, window.new_rec_action.trigger, fill)
    assert page.model.rowCount() == TOTAL + 1
    added = page.detail.recommendation
    assert added is not None and added.reference == "121.99"
    assert added.states == ("Chile", "Ghana") and added.sdgs == ("8", "16") and added.cycle == 4
    assert added.country == "Demoland"
    assert page.current_id() == added.id

    # The offscreen platform leaves the closed dialog as the application's active window; a window
    # manager would give the activation back to the main window.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == TOTAL
    assert page.model.row_of(added.id) is None
    assert window.workshop.recommendation(added.id) is None

    qtbot.keyClick(page.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.model.rowCount() == TOTAL + 1
    assert window.workshop.recommendation(added.id).text.startswith("Adopt a national action plan")


def test_the_dialog_shows_problems_inline_and_stays_open(qtbot, window, message_boxes):
    existing = window.workshop.recommendation(window.review_page.model.id_at(0))
    dialog = RecommendationDialog(window.workshop, window.undo_stack, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sdgs.setText("5, 42")
    dialog.session.setText("forty")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.errors["text"].isVisible() and "text" in dialog.errors["text"].text()
    assert dialog.errors["sdgs"].isVisible() and "42" in dialog.errors["sdgs"].text()
    assert dialog.errors["session"].isVisible()
    assert message_boxes.shown == []  # no popups

    # A refusal from the ops layer (the same recommendation again) is shown inline too.
    dialog.sdgs.setText("")
    dialog.session.setText(str(existing.session))  # same words, States and session: the same one
    dialog.text.setPlainText(existing.text)
    dialog.states.setPlainText("\n".join(existing.states))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form_error.isVisible() and "already" in dialog.form_error.text()
    assert window.workshop.count() == TOTAL
    assert window.undo_stack.count() == 0


def test_editing_the_response_is_saved_in_the_file(qtbot, window, page):
    path = window.workshop.path
    page.select_id(page.model.id_at(0))
    rec = page.detail.recommendation
    new = "noted" if rec.response == Response.SUPPORTED else "supported"

    def fill(dialog):
        assert dialog.text.toPlainText() == rec.text
        dialog.response.setCurrentIndex(dialog.response.findData(new))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    run_dialog(qtbot, window.edit_rec_action.trigger, fill)
    assert page.detail.response_pill.text().lower() == new
    assert window.undo_stack.count() == 1
    window.close_workshop()
    with Workshop.open(path) as reopened:
        assert reopened.recommendation(rec.id).response.value == new
        assert reopened.recommendation(rec.id).text == rec.text


def test_delete_selected_after_confirming_and_undo(qtbot, window, page, message_boxes):
    page.select_ids([page.model.id_at(0), page.model.id_at(1)])
    assert len(page.selected_ids()) == 2
    chosen = page.selected_ids()
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    window.delete_rec_action.trigger()
    assert message_boxes.questions and "2 recommendations" in message_boxes.questions[-1]
    assert page.model.rowCount() == TOTAL  # cancelled

    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.delete_rec_action.trigger()
    assert page.model.rowCount() == TOTAL - 2
    assert all(window.workshop.recommendation(i) is None for i in chosen)
    window.undo_action.trigger()
    assert page.model.rowCount() == TOTAL
    assert all(window.workshop.recommendation(i) is not None for i in chosen)


def test_delete_key_in_the_search_box_edits_the_text_only(qtbot, window, page, message_boxes):
    page.select_id(page.model.id_at(0))
    page.filter_bar.search.setFocus()
    qtbot.keyClicks(page.filter_bar.search, "abc")
    page.filter_bar.search.setCursorPosition(0)
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Delete)
    assert page.filter_bar.search.text() == "bc"
    assert message_boxes.questions == []


# --- notes ---------------------------------------------------------------------------------
def test_notes_add_edit_delete_with_undo(qtbot, window, page):
    page.select_id(page.model.id_at(3))
    detail = page.detail
    rec_id = detail.recommendation.id
    assert not detail.add_note_button.isEnabled()
    qtbot.keyClicks(detail.note_editor, "Priority for the women's rights cluster")
    assert detail.add_note_button.isEnabled()
    qtbot.mouseClick(detail.add_note_button, Qt.MouseButton.LeftButton)
    cards = detail.note_cards()
    assert [c.body.text() for c in cards] == ["Priority for the women's rights cluster"]
    assert detail.note_editor.toPlainText() == ""
    assert page.model.index(3, COL_NOTES).data(NoteCountRole) == 1
    assert "NOTES (1)" in detail.notes_heading.text()

    window.undo_action.trigger()
    assert detail.note_cards() == []
    assert window.workshop.notes(rec_id) == []
    assert page.model.index(3, COL_NOTES).data(NoteCountRole) == 0
    window.redo_action.trigger()
    assert len(detail.note_cards()) == 1

    card = detail.note_cards()[0]
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert detail.note_editor.toPlainText() == "Priority for the women's rights cluster"
    assert detail.add_note_button.text() == "Save note"
    detail.note_editor.setPlainText("Top priority for the women's rights cluster")
    qtbot.keyClick(detail.note_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [n.body for n in window.workshop.notes(rec_id)] == ["Top priority for the women's rights cluster"]
    assert detail.add_note_button.text() == "Add note"

    card = detail.note_cards()[0]
    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert window.workshop.notes(rec_id) == []
    window.undo_action.trigger()
    assert [n.body for n in window.workshop.notes(rec_id)] == ["Top priority for the women's rights cluster"]


def test_an_empty_note_is_not_added(qtbot, page):
    page.select_id(page.model.id_at(0))
    page.detail.note_editor.setPlainText("   ")
    assert not page.detail.add_note_button.isEnabled()
    page.detail.save_note()
    assert page.detail.note_error.isVisibleTo(page.detail)
    assert page.workshop.notes(page.detail.recommendation.id) == []


# --- zoom ----------------------------------------------------------------------------------
def test_zoom_changes_the_table_font_and_row_height(qtbot, window, page):
    size = page.table.font().pointSizeF()
    row = page.table.verticalHeader().defaultSectionSize()
    detail_size = page.detail.text_label.font().pointSizeF()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom > 1.0
    assert page.table.font().pointSizeF() > size
    assert page.table.verticalHeader().defaultSectionSize() > row
    assert page.detail.text_label.font().pointSizeF() > detail_size
    qtbot.keyClick(page.table, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 1.0
    assert page.table.font().pointSizeF() == size
    window.zoom_out()
    assert page.table.font().pointSizeF() < size


def test_projector_mode_is_large_and_high_contrast(qtbot, window, page):
    size = page.table.font().pointSizeF()
    window.projector_action.trigger()
    assert window.projector_mode
    assert window.zoom >= 1.5
    assert page.table.font().pointSizeF() >= size * 1.5
    assert "#000000" in window.styleSheet()
    assert page.delegate._palette.text == "#000000"
    # The text column keeps room to be read; other columns give way.
    assert page.table.columnWidth(COL_TEXT) >= page.table.viewport().width() * 0.3
    window.projector_action.trigger()
    assert not window.projector_mode
    assert window.zoom == 1.0
    assert page.table.font().pointSizeF() == size
    assert not any(page.table.isColumnHidden(c) for c in range(page.model.columnCount()))


# --- changes made elsewhere ----------------------------------------------------------------
def test_an_import_written_by_another_connection_shows_up(qtbot, window, page):
    """The import worker writes on its own connection, then announces the change on this one."""
    from upr_desktop.domain.recommendation import Recommendation

    with window.workshop.another_connection() as other:  # what the worker opens
        summary, _ = other.import_recommendations(
            [Recommendation(text="Establish a national mechanism for reporting and follow-up", states=("Tuvalu",),
                            reference="121.200", session=47)],
            source_file="late.csv", format="table")
    assert page.model.rowCount() == TOTAL  # not announced yet
    window.workshop.announce_external_change("recommendations", summary.added_ids)
    assert page.model.rowCount() == TOTAL + 1
    assert f"{TOTAL + 1} recommendations" in page.subtitle.text()
    states = [value for value, _, _ in page.filter_bar.buttons["state"].values()]
    assert "Tuvalu" in states  # filter values are re-read after a change
    window.undo_stack.clear()


def test_the_vote_step_is_offered_the_selection_and_the_filtered_rows(qtbot, page):
    choice = page.candidate_choice()
    assert choice.selected == [] and len(choice.shown) == TOTAL and not choice.filtered
    qtbot.keyClicks(page.filter_bar.search, "tortur")
    qtbot.waitUntil(lambda: page.model.rowCount() < TOTAL, timeout=2000)
    page.select_ids(page.model.ids()[:2])
    choice = page.candidate_choice()
    assert choice.filtered and choice.shown == page.model.ids() and choice.selected == page.model.ids()[:2]
