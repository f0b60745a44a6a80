"""The charter's light Markdown as blocks of runs: what the DOCX (and later the PDF) writer lays out."""

from __future__ import annotations

import pytest

from upr_desktop.io.markdown_blocks import Block, Run, parse_blocks, parse_inline, plain


def kinds(text: str) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, b.text) for b in parse_blocks(text)]


def test_headings_paragraphs_and_lists_in_reading_order():
    text = ("# Our work\n\nWe met for *three* days.\n\n### Steps\n\n- review\n- cluster\n  - by theme\n"
            "- vote\n\n1. first\n2. second\n7. seventh\n")
    blocks = parse_blocks(text)
    assert [(b.kind, b.level, b.number, b.text) for b in blocks] == [
        ("heading", 1, None, "Our work"),
        ("paragraph", 0, None, "We met for three days."),
        ("heading", 3, None, "Steps"),
        ("bullet", 0, None, "review"),
        ("bullet", 0, None, "cluster"),
        ("bullet", 1, None, "by theme"),
        ("bullet", 0, None, "vote"),
        ("numbered", 0, 1, "first"),
        ("numbered", 0, 2, "second"),
        ("numbered", 0, 7, "seventh"),
    ]


def test_bold_italic_and_both_become_run_flags():
    assert parse_inline("Plain **bold** and *ital* and ***both*** and __strong__ _em_") == [
        Run("Plain "), Run("bold", bold=True), Run(" and "), Run("ital", italic=True), Run(" and "),
        Run("both", bold=True, italic=True), Run(" and "), Run("strong", bold=True), Run(" "), Run("em", italic=True),
    ]
    assert parse_inline("*a **b** c*") == [Run("a ", italic=True), Run("b", True, True), Run(" c", italic=True)]


def test_qt_escapes_are_plain_characters_not_markup():
    # What QTextDocument.toMarkdown() writes for text that merely looks like markup.
    text = ("### Heading \\*star*\n\n5\\*3 = 15 \\[note] a_b_c and back\\\\slash and \\`tick` and \\<tag>\n\n"
            "1\\. not a list\n\n\\# not a heading\n\n\\- not a bullet\n\n**bold\\*with*star** text")
    assert kinds(text) == [
        ("heading", 3, "Heading *star*"),
        ("paragraph", 0, "5*3 = 15 [note] a_b_c and back\\slash and `tick` and <tag>"),
        ("paragraph", 0, "1. not a list"),
        ("paragraph", 0, "# not a heading"),
        ("paragraph", 0, "- not a bullet"),
        ("paragraph", 0, "bold*with*star text"),
    ]
    assert parse_blocks(text)[-1].runs == (Run("bold*with*star", bold=True), Run(" text"))


def test_hard_line_breaks_stay_and_soft_ones_become_spaces():
    text = "Port Aldan  \nDemoland\\\nRiverside\nConference Centre"
    assert parse_blocks(text) == [Block("paragraph", (Run("Port Aldan\nDemoland\nRiverside Conference Centre"),))]
    # An escaped backslash at a line end is a backslash, not a break.
    assert plain("C:\\\\\nnext") == "C:\\ next"


def test_underscores_inside_words_code_spans_links_and_entities_are_literal():
    assert plain("snake_case_name `**not bold**` [UPR Info](https://upr-info.org) AT&amp;T") == \
        "snake_case_name **not bold** UPR Info (https://upr-info.org) AT&T"


def test_list_items_continue_on_indented_lines_and_rules_vanish():
    text = "- a long item\n  that wraps\n- next\n\n---\n\nAfter the rule"
    assert kinds(text) == [("bullet", 0, "a long item that wraps"), ("bullet", 0, "next"),
                           ("paragraph", 0, "After the rule")]


@pytest.mark.parametrize("text", ["", "   \n\n  ", None])
def test_blank_text_has_no_blocks(text):
    assert parse_blocks(text) == []


def test_any_script_passes_through_unchanged():
    text = "**Права** человека · 인권 · *حقوق الإنسان* · 人权"
    assert parse_blocks(text)[0].runs == (Run("Права", bold=True), Run(" человека · 인권 · "),
                                         Run("حقوق الإنسان", italic=True), Run(" · 人权"))


def test_what_qt_writes_reads_back_as_what_was_typed(qapp):
    """Round trip through the editor's own serializer: QTextDocument.toMarkdown()."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml("<h3>Plan *A*</h3><p>Plain <b>bold</b>, <i>italic</i>, <b><i>both</i></b>; 5*3 [x] a_b</p>"
                     "<p>1. not a list</p><p># not a heading</p>"
                     "<ul><li>first <b>point</b></li><li>second</li></ul><ol><li>one</li><li>two</li></ol>"
                     "<p>مرحبا <b>بالعالم</b></p>")
    blocks = parse_blocks(document.toMarkdown())
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Plan *A*"),
        ("paragraph", "Plain bold, italic, both; 5*3 [x] a_b"),
        ("paragraph", "1. not a list"),
        ("paragraph", "# not a heading"),
        ("bullet", "first point"), ("bullet", "second"),
        ("numbered", "one"), ("numbered", "two"),
        ("paragraph", "مرحبا بالعالم"),
    ]
    assert blocks[1].runs[1] == Run("bold", bold=True)
    assert blocks[1].runs[3] == Run("italic", italic=True)
    assert blocks[1].runs[5] == Run("both", bold=True, italic=True)
    assert [b.number for b in blocks if b.kind == "numbered"] == [1, 2]
    assert blocks[-1].runs[-1] == Run("بالعالم", bold=True)
