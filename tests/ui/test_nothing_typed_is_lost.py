"""What a person types or undoes is never silently dropped."""

from PySide6.QtGui import QUndoStack

from upr_desktop.domain.errors import WorkshopError
from upr_desktop.ops import Change, Workshop
from upr_desktop.ui.common.undo import push_change


def test_a_half_typed_note_is_saved_when_another_row_is_selected(qtbot, page):
    first, second = page.model.id_at(0), page.model.id_at(1)
    page.select_id(first)
    qtbot.keyClicks(page.detail.note_editor, "Ask the Ombudsman about this")
    page.select_id(second)
    assert page.detail.recommendation.id == second
    assert page.detail.note_editor.toPlainText() == ""
    assert [n.body for n in page.detail._workshop.notes(first)] == ["Ask the Ombudsman about this"]


def test_a_half_typed_note_is_saved_when_the_workshop_closes(qtbot, window, page):
    rec_id = page.model.id_at(2)
    path = window.workshop.path
    page.select_id(rec_id)
    qtbot.keyClicks(page.detail.note_editor, "Typed just before closing")
    window.close_workshop(show_start=False)
    with Workshop.open(path) as reopened:
        assert [n.body for n in reopened.notes(rec_id)] == ["Typed just before closing"]


def test_an_undo_that_fails_is_dropped_not_counted(qtbot, message_boxes):
    stack = QUndoStack()
    undone = []

    def fail() -> None:
        raise WorkshopError("The disk holding “w.uprw” is full, so the last change was not saved.")

    push_change(stack, Change("Works", lambda: undone.append("works"), lambda: None))
    push_change(stack, Change("Fails", fail, lambda: None))
    assert stack.count() == 2
    stack.undo()
    assert message_boxes.shown and "disk" in message_boxes.shown[0]
    assert stack.count() == 1 and stack.index() == 1 and not stack.canRedo()
    stack.undo()
    assert undone == ["works"]
