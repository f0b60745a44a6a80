"""Saving as you type: the merging undo step and the Markdown the charter's text editor stores."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from upr_desktop.ops import Change
from upr_desktop.ui.common import undo
from upr_desktop.ui.charter.markdown import MarkdownEditor, tidy_markdown
from upr_desktop.ui.common.undo import push_change


def recorder(log: list, name: str) -> Change:
    return Change(f"Edit {name}", lambda: log.append(f"undo {name}"), lambda: log.append(f"redo {name}"))


def test_saves_of_one_field_merge_into_one_undo_step():
    stack = QUndoStack()
    log: list[str] = []
    for n in range(3):
        push_change(stack, recorder(log, f"save{n}"), merge_key="charter:preamble")
    assert stack.count() == 1
    stack.undo()
    assert log == ["undo save0"]  # back to before the first save of the burst
    stack.redo()
    assert log == ["undo save0", "redo save2"]  # and forward to the last


def test_other_fields_other_changes_and_a_pause_each_make_their_own_step(monkeypatch):
    stack = QUndoStack()
    log: list[str] = []
    push_change(stack, recorder(log, "a"), merge_key="charter:preamble")
    push_change(stack, recorder(log, "b"), merge_key="charter:monitoring")
    assert stack.count() == 2
    push_change(stack, recorder(log, "c"))  # an ordinary change never merges
    push_change(stack, recorder(log, "d"))
    assert stack.count() == 4
    clock = [1000.0]
    monkeypatch.setattr(undo.time, "monotonic", lambda: clock[0])
    push_change(stack, recorder(log, "e"), merge_key="charter:title")
    clock[0] += undo.MERGE_WINDOW_S + 1  # the person stopped, then typed again
    push_change(stack, recorder(log, "f"), merge_key="charter:title")
    assert stack.count() == 6
    clock[0] += 1
    push_change(stack, recorder(log, "g"), merge_key="charter:title")
    assert stack.count() == 6


def test_push_change_without_a_change_does_nothing():
    stack = QUndoStack()
    push_change(stack, None, merge_key="x")
    assert stack.count() == 0


@pytest.mark.parametrize("qt_text, stored", [
    ("A paragraph that Qt wrapped at\neighty columns.\n\n", "A paragraph that Qt wrapped at eighty columns."),
    ("1.  first\n2.  second\n", "1. first\n2. second"),
    ("- one\n- two\n1.  first\n", "- one\n- two\n\n1. first"),
    ("\\[Describe the review.]\n\n", "[Describe the review.]"),
    ("\\[a link](http://example.org)\n", "\\[a link](http://example.org)"),
    ("### Heading\n\nBody with **bold** and *italic*.\n\n", "### Heading\n\nBody with **bold** and *italic*."),
])
def test_tidy_markdown(qt_text, stored):
    assert tidy_markdown(qt_text) == stored


def test_the_editor_reads_back_what_it_stores(qtbot):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    text = ("### Context\n\nThe review of **Demoland**, in *2024*, with a very long sentence that goes past the "
            "eighty columns Qt wraps at.\n\n- one\n- two\n\n1. first\n2. second\n\n[Guidance for the facilitator.]")
    editor.set_markdown(text)
    assert editor.markdown() == text
