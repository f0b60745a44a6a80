"""The charter's text editor: headings, bold, italic and lists, stored as light Markdown.

What is stored is what QTextDocument.toMarkdown() writes, tidied: paragraphs on one line (Qt wraps at
80 columns), one space after "1.", no trailing blank lines. So a stored text reads well in the CLI's
JSON and compares word by word without noise.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QTextEdit, QToolButton, QVBoxLayout, QWidget

HEADING_LEVEL = 3  # "Heading" in the toolbar: below the part's own heading

_BLOCK_START = re.compile(r"^(#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|>|```|~~~|\|)")
_HARD_BREAK = re.compile(r"( {2,}|\\)$")
_ORDERED_GAP = re.compile(r"^(\s*\d{1,9}[.)]) {2,}", re.MULTILINE)
# Qt escapes every "[", though only "[text](link)" means anything in Markdown. The templates' guidance is
# in square brackets: kept plain, so a stored text reads as typed and versions compare without noise.
_BRACKETED = re.compile(r"\\\[([^\]\n]*)\](?![(\[:])")
_LONE_BRACKET = re.compile(r"\\\[(?![^\]\n]*\])")


def _list_kind(line: str) -> str:
    stripped = line.lstrip()
    if re.match(r"[-*+]\s", stripped):
        return "bullets"
    if re.match(r"\d{1,9}[.)]\s", stripped):
        return "numbers"
    return ""


def tidy_markdown(text: str) -> str:
    """Qt's Markdown with soft-wrapped lines joined and blank lines at the ends dropped."""
    out: list[str] = []
    for raw in (text or "").replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        stripped = line.lstrip()
        if (out and stripped and out[-1].strip() and not _BLOCK_START.match(stripped)
                and not out[-1].lstrip().startswith("#") and not _HARD_BREAK.search(out[-1])
                and not out[-1].lstrip().startswith(("```", "~~~", "|"))):
            out[-1] = f"{out[-1]} {stripped}"
            continue
        # A hard line break (two trailing spaces) must survive the rstrip above.
        out.append(raw.rstrip("\n") if _HARD_BREAK.search(raw) and raw.strip() else line)
    # Qt writes a bulleted list straight after a numbered one (and the reverse): a blank line between
    # them reads better, and means the same.
    spaced: list[str] = []
    for line in out:
        if spaced and _list_kind(line) and _list_kind(spaced[-1]) and _list_kind(line) != _list_kind(spaced[-1]) \
                and not line.startswith(" ") and not spaced[-1].startswith(" "):
            spaced.append("")
        spaced.append(line)
    joined = "\n".join(spaced)
    joined = _ORDERED_GAP.sub(r"\1 ", joined)
    joined = _LONE_BRACKET.sub("[", _BRACKETED.sub(r"[\1]", joined))
    joined = re.sub(r"\n{3,}", "\n\n", joined)
    return joined.strip("\n")


def _toolbar_icon(kind: str, colour: str) -> QIcon:
    """Small drawn icons for the list buttons (the app ships no icon font)."""
    size = 20
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour))
    pen.setWidthF(1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for row, y in enumerate((5.5, 10.0, 14.5)):
        painter.drawLine(8.5, y, 17.0, y)
        if kind == "bullets":
            painter.setBrush(QColor(colour))
            painter.drawEllipse(3.0, y - 1.4, 2.8, 2.8)
        else:
            font = QFont()
            font.setPixelSize(6)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(1, int(y - 4), 7, 8, Qt.AlignmentFlag.AlignCenter, str(row + 1))
    painter.end()
    return QIcon(pixmap)


class MarkdownEdit(QTextEdit):
    """A rich text box whose content is light Markdown. Pasted text keeps only what Markdown keeps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("charterText")
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(10)

    # --- content ------------------------------------------------------------------------------
    def markdown(self) -> str:
        return tidy_markdown(self.document().toMarkdown())

    def set_markdown(self, text: str) -> None:
        self.document().setMarkdown(text or "")

    # --- formatting -----------------------------------------------------------------------------
    def heading_level(self) -> int:
        return self.textCursor().blockFormat().headingLevel()

    def toggle_heading(self) -> None:
        cursor = self.textCursor()
        level = 0 if cursor.blockFormat().headingLevel() else HEADING_LEVEL
        cursor.beginEditBlock()
        start, end = sorted((cursor.position(), cursor.anchor()))
        walker = QTextCursor(self.document())
        walker.setPosition(start)
        while True:
            if walker.currentList() is not None and level:  # a heading is not a list item
                walker.currentList().remove(walker.block())
            block_format = walker.blockFormat()
            block_format.setHeadingLevel(level)
            if level:
                block_format.setIndent(0)
            walker.setBlockFormat(block_format)
            char_format = QTextCharFormat()
            char_format.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
            char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, 4 - level if level else 0)
            walker.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            walker.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            walker.mergeCharFormat(char_format)
            if walker.block().next().isValid() and walker.block().next().position() <= end:
                walker.movePosition(QTextCursor.MoveOperation.NextBlock)
            else:
                break
        cursor.endEditBlock()
        self._set_typing_format(bold=bool(level), size_adjustment=(4 - level) if level else 0)

    def _set_typing_format(self, *, bold: bool, size_adjustment: int) -> None:
        char_format = self.currentCharFormat()
        char_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, size_adjustment)
        self.setCurrentCharFormat(char_format)

    def toggle_bold(self) -> None:
        bold = not self.is_bold()
        self._merge(lambda f: f.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal))

    def is_bold(self) -> bool:
        return int(self.fontWeight()) >= QFont.Weight.DemiBold.value

    def toggle_italic(self) -> None:
        italic = not self.fontItalic()
        self._merge(lambda f: f.setFontItalic(italic))

    def _merge(self, change) -> None:
        char_format = QTextCharFormat()
        change(char_format)
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(char_format)
        # Without a selection it applies to what is typed next.
        self.mergeCurrentCharFormat(char_format)

    def list_style(self) -> QTextListFormat.Style | None:
        current = self.textCursor().currentList()
        return current.format().style() if current is not None else None

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            # Take the selected paragraphs out of the list.
            start, end = sorted((cursor.position(), cursor.anchor()))
            block = self.document().findBlock(start)
            while block.isValid() and block.position() <= end:
                block_list = block.textList()
                if block_list is not None:
                    block_list.remove(block)
                    walker = QTextCursor(block)
                    block_format = walker.blockFormat()
                    block_format.setIndent(0)
                    walker.setBlockFormat(block_format)
                block = block.next()
        elif current is not None:
            list_format = current.format()
            list_format.setStyle(style)
            current.setFormat(list_format)
        else:
            block_format = cursor.blockFormat()
            if block_format.headingLevel():
                block_format.setHeadingLevel(0)
                cursor.setBlockFormat(block_format)
            list_format = QTextListFormat()
            list_format.setStyle(style)
            list_format.setIndent(1)
            cursor.createList(list_format)
        cursor.endEditBlock()

    # --- keys and paste -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        cursor = self.textCursor()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and cursor.blockFormat().headingLevel() \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier and cursor.atBlockEnd():
            # A new paragraph after a heading is body text again.
            cursor.beginEditBlock()
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            self._set_typing_format(bold=False, size_adjustment=0)
            return
        if event.matches(QKeySequence.StandardKey.Bold):
            self.toggle_bold()
            return
        if event.matches(QKeySequence.StandardKey.Italic):
            self.toggle_italic()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        """Pasted text from a word processor keeps headings, bold, italic and lists, and nothing else
        (no fonts, colours or tables that the charter could not keep)."""
        if source.hasHtml():
            scratch = QTextDocument()
            scratch.setHtml(source.html())
            self.textCursor().insertMarkdown(tidy_markdown(scratch.toMarkdown()))
            return
        if source.hasText():
            self.textCursor().insertText(source.text())
            return
        super().insertFromMimeData(source)


class MarkdownEditor(QFrame):
    """The text box with its formatting toolbar. `edited` fires on every change a person makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = ""):
        super().__init__(parent)
        self.setObjectName("markdownEditor")
        self.edit = MarkdownEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self._loading = False
        self._known: str | None = None
        self.edit.textChanged.connect(self._on_text_changed)

        self.toolbar = QFrame(self)
        self.toolbar.setObjectName("markdownToolbar")
        self.heading_button = self._button(self.tr("Heading"), self.tr("Make the paragraph a heading"), "heading")
        self.bold_button = self._button(self.tr("B"), self.tr("Bold (Ctrl+B)"), "bold")
        bold_font = self.bold_button.font()
        bold_font.setBold(True)
        self.bold_button.setFont(bold_font)
        self.italic_button = self._button(self.tr("I"), self.tr("Italic (Ctrl+I)"), "italic")
        italic_font = self.italic_button.font()
        italic_font.setItalic(True)
        self.italic_button.setFont(italic_font)
        self.bullets_button = self._button(self.tr("Bullets"), self.tr("Bulleted list"), "bullets")
        self.numbers_button = self._button(self.tr("Numbers"), self.tr("Numbered list"), "numbers")
        for button in (self.bullets_button, self.numbers_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.heading_button.clicked.connect(lambda: self._format(self.edit.toggle_heading))
        self.bold_button.clicked.connect(lambda: self._format(self.edit.toggle_bold))
        self.italic_button.clicked.connect(lambda: self._format(self.edit.toggle_italic))
        self.bullets_button.clicked.connect(
            lambda: self._format(lambda: self.edit.toggle_list(QTextListFormat.Style.ListDisc)))
        self.numbers_button.clicked.connect(
            lambda: self._format(lambda: self.edit.toggle_list(QTextListFormat.Style.ListDecimal)))
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(6, 4, 6, 4)
        bar.setSpacing(2)
        bar.addWidget(self.heading_button)
        bar.addSpacing(6)
        bar.addWidget(self.bold_button)
        bar.addWidget(self.italic_button)
        bar.addSpacing(6)
        bar.addWidget(self.bullets_button)
        bar.addWidget(self.numbers_button)
        bar.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit, 1)
        self.edit.cursorPositionChanged.connect(self._update_buttons)
        self.edit.currentCharFormatChanged.connect(self._update_buttons)
        self.set_icon_colour("#15212e")
        self._update_buttons()

    def _button(self, text: str, tip: str, name: str) -> QToolButton:
        button = QToolButton(self.toolbar)
        button.setObjectName("formatButton")
        button.setProperty("format", name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text keeps the focus and its selection
        button.setAutoRaise(True)
        return button

    def set_icon_colour(self, colour: str) -> None:
        self.bullets_button.setIcon(_toolbar_icon("bullets", colour))
        self.numbers_button.setIcon(_toolbar_icon("numbers", colour))
        self.bullets_button.setIconSize(QSize(18, 18))
        self.numbers_button.setIconSize(QSize(18, 18))

    def _format(self, action) -> None:
        if self.edit.isReadOnly():
            return
        action()
        self.edit.setFocus()
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.heading_button.setChecked(self.edit.heading_level() > 0)
        self.bold_button.setChecked(self.edit.is_bold() and not self.edit.heading_level())
        self.italic_button.setChecked(self.edit.fontItalic())
        style = self.edit.list_style()
        self.bullets_button.setChecked(style == QTextListFormat.Style.ListDisc)
        self.numbers_button.setChecked(style == QTextListFormat.Style.ListDecimal)

    # --- content -----------------------------------------------------------------------------
    def markdown(self) -> str:
        return self.edit.markdown()

    def set_markdown(self, text: str) -> None:
        """Show a stored text. Leaves the box alone when it already shows it (keeps the cursor)."""
        text = text or ""
        if text == self._known:
            return
        self._known = text
        self._loading = True
        try:
            self.edit.set_markdown(text)
        finally:
            self._loading = False
        self._update_buttons()

    def mark_saved(self, text: str) -> None:
        """What the box shows is now stored as `text`: a later load of the same text changes nothing."""
        self._known = text

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.toolbar.setVisible(not read_only)

    def _on_text_changed(self) -> None:
        if not self._loading and not self.edit.isReadOnly():
            self.edited.emit()
