"""The right-hand pane of the review page: one recommendation in full, its details and its notes.

Notes are written through the ops layer and go on the window's undo stack like every other edit.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.recommendation import Recommendation, sdg_label
from ...ops import Workshop
from ..common import theme
from ..common.errors import message_for, show_error
from ..common.highlight_delegate import highlight_html
from ..common.recommendation_model import response_label, shown_response
from ..common.undo import push_change


def _format_when(iso: str) -> str:
    try:
        when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return iso or ""
    if when.tzinfo is not None:
        when = when.astimezone()
    stamp = QDateTime(when.year, when.month, when.day, when.hour, when.minute, 0)
    return QLocale().toString(stamp, "d MMM yyyy, HH:mm")


class NoteCard(QFrame):
    """One note: its text, when it was written, and Edit / Delete."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, note, read_only: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.note_id = note.id
        self.setObjectName("noteCard")
        self.body = QLabel(note.body, self)
        self.body.setObjectName("noteBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        when = _format_when(note.created_at)
        if note.updated_at and note.updated_at != note.created_at:
            when = self.tr("%1 · edited").replace("%1", when)
        if note.author:
            when = f"{note.author} · {when}"
        self.meta = QLabel(when, self)
        self.meta.setObjectName("noteMeta")
        self.edit_button = QToolButton(self)
        self.edit_button.setObjectName("linkButton")
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QToolButton(self)
        self.delete_button.setObjectName("linkButton")
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.delete_button.clicked.connect(self._delete)
        self.edit_button.setVisible(not read_only)
        self.delete_button.setVisible(not read_only)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.setSpacing(4)
        footer.addWidget(self.meta, 1)
        footer.addWidget(self.edit_button)
        footer.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.body)
        layout.addLayout(footer)

    def _edit(self) -> None:
        self.edit_requested.emit(self.note_id)

    def _delete(self) -> None:
        self.delete_requested.emit(self.note_id)


class DetailPane(QScrollArea):
    """Full text (search matches marked), every detail, and the notes of the current recommendation."""

    message = Signal(str)  # for the status bar

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self._workshop = workshop
        self._undo_stack = undo_stack
        self._rec: Recommendation | None = None
        self._pattern: re.Pattern | None = None
        self._palette = theme.CALM
        self._zoom = 1.0
        self._read_only = workshop.read_only
        self._editing_note: int | None = None
        self._scaled: list[tuple[QWidget, float, QFont.Weight | None]] = []
        self._base_font = theme.base_font()

        self.setObjectName("detailPane")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        body = QWidget(self)
        body.setObjectName("detailBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)

        # Nothing selected
        self.empty_label = QLabel(self.tr("Select a recommendation to read it in full, with its details and "
                                          "notes."), self)
        self.empty_label.setObjectName("detailEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(32, 32, 32, 32)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(2)
        self._empty = empty
        outer.addWidget(empty)

        content = QWidget(self)
        self._content = content
        outer.addWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(22, 18, 22, 22)
        layout.setSpacing(10)

        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("detailHeading")
        self.selection_label.setWordWrap(True)
        self.selection_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.selection_label.hide()
        layout.addWidget(self.selection_label)

        head = QHBoxLayout()
        head.setSpacing(10)
        self.reference_label = QLabel(self)
        self.reference_label.setObjectName("detailReference")
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.response_pill = QLabel(self)
        self.response_pill.setObjectName("responsePill")
        self.response_pill.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        head.addWidget(self.reference_label)
        head.addWidget(self.response_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)
        layout.addLayout(head)

        self.text_label = QLabel(self)
        self.text_label.setObjectName("detailText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text_label.setCursor(Qt.CursorShape.IBeamCursor)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.text_label)

        layout.addSpacing(4)
        layout.addWidget(self._rule())
        self.details_heading = QLabel(self.tr("DETAILS"), self)
        self.details_heading.setObjectName("detailHeading")
        layout.addWidget(self.details_heading)
        # One rich-text label for all the details: it wraps and grows reliably inside the scroll
        # area (a grid of wrapping labels doesn't), and a person can select and copy all of it.
        self.meta_label = QLabel(self)
        self.meta_label.setObjectName("metaText")
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextFormat(Qt.TextFormat.RichText)
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.meta_label)
        self.meta_values: dict[str, str] = {}  # key → the value as rich text, as shown
        self._stacked_meta = False
        layout.addSpacing(4)
        layout.addWidget(self._rule())
        self.notes_heading = QLabel(self)
        self.notes_heading.setObjectName("detailHeading")
        layout.addWidget(self.notes_heading)
        self.notes_box = QVBoxLayout()
        self.notes_box.setSpacing(8)
        layout.addLayout(self.notes_box)
        self.no_notes = QLabel(self.tr("No notes yet."), self)
        self.no_notes.setObjectName("metaLabel")
        layout.addWidget(self.no_notes)

        self.note_editor = QPlainTextEdit(self)
        self.note_editor.setObjectName("noteEditor")
        self.note_editor.setPlaceholderText(self.tr("Write a note for the workshop… (Ctrl+Enter to add)"))
        self.note_editor.setTabChangesFocus(True)
        self.note_editor.installEventFilter(self)
        self.note_editor.textChanged.connect(self._on_note_text_changed)
        self.note_error = QLabel(self)
        self.note_error.setObjectName("fieldError")
        self.note_error.setWordWrap(True)
        self.note_error.hide()
        self.add_note_button = QPushButton(self.tr("Add note"), self)
        self.add_note_button.setObjectName("primaryButton")
        self.add_note_button.setEnabled(False)
        self.add_note_button.clicked.connect(self.save_note)
        self.cancel_note_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_note_button.setObjectName("secondaryButton")
        self.cancel_note_button.clicked.connect(self.cancel_note_edit)
        self.cancel_note_button.hide()
        self.read_only_note = QLabel(self.tr("This workshop is read-only, so notes can't be added here."), self)
        self.read_only_note.setObjectName("metaLabel")
        self.read_only_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_note_button)
        buttons.addWidget(self.add_note_button)
        layout.addWidget(self.note_editor)
        layout.addWidget(self.note_error)
        layout.addLayout(buttons)
        layout.addWidget(self.read_only_note)
        layout.addStretch(1)
        self.note_editor.setFixedHeight(84)

        self._scaled = [
            (self.reference_label, 1.55, QFont.Weight.Bold),
            (self.response_pill, 0.92, QFont.Weight.DemiBold),
            (self.text_label, 1.12, None),
            (self.details_heading, 0.82, QFont.Weight.Bold),
            (self.notes_heading, 0.82, QFont.Weight.Bold),
            (self.selection_label, 0.82, QFont.Weight.Bold),
        ]
        self.set_read_only(self._read_only)
        self.set_zoom(1.0)
        self.show_recommendation(None)

    # --- configuration -------------------------------------------------------------------
    def _meta_fields(self) -> list[tuple[str, str]]:
        return [
            ("states", self.tr("Recommended by")),
            ("themes", self.tr("Themes")),
            ("affected", self.tr("Affected persons")),
            ("sdgs", self.tr("SDGs")),
            ("session", self.tr("Session")),
            ("cycle", self.tr("Cycle")),
            ("action", self.tr("Action category")),
            ("symbol", self.tr("Document")),
            ("country", self.tr("State under review")),
            ("source", self.tr("Source")),
        ]

    def _rule(self) -> QFrame:
        rule = QFrame(self)
        rule.setObjectName("detailRule")
        rule.setFrameShape(QFrame.Shape.NoFrame)
        return rule

    def set_pattern(self, pattern: re.Pattern | None) -> None:
        self._pattern = pattern
        self._render_text()

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self._render()

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        base = theme.base_font(theme.BASE_POINT_SIZE * factor)
        self._base_font = base
        theme.set_font_tree(self.widget(), base)
        for widget, relative, weight in self._scaled:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * relative)
            if weight is not None:
                font.setWeight(weight)
            if widget in (self.details_heading, self.notes_heading, self.selection_label):
                font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
            widget.setFont(font)
        self._render_meta()
        self.note_editor.setFixedHeight(int(base.pointSizeF() * 8))

    def _meta_should_stack(self) -> bool:
        """Labels beside values when there is room, above them when the pane is narrow for the type size."""
        return self.viewport().width() < self._base_font.pointSizeF() * 12.5 * 2.3

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self._meta_should_stack() != self._stacked_meta and self._rec is not None:
            self._render_meta()

    def _render_meta(self) -> None:
        p = self._palette
        stacked = self._meta_should_stack()
        self._stacked_meta = stacked
        point = self._base_font.pointSizeF()
        names = dict(self._meta_fields())
        rows = []
        if stacked:
            for key, value in self.meta_values.items():
                rows.append(f'<p style="margin:0; color:{p.muted};">{html.escape(names[key])}</p>'
                            f'<p style="margin:1px 0 {round(point * 0.8)}px 0; color:{p.text};">{value}</p>')
            self.meta_label.setText("".join(rows))
        else:
            label_width = round(point * 12.5 * self.logicalDpiX() / 72)
            for key, value in self.meta_values.items():
                rows.append(f'<tr><td width="{label_width}" style="color:{p.muted}; padding:0 12px '
                            f'{round(point * 0.6)}px 0;">{html.escape(names[key])}</td>'
                            f'<td style="color:{p.text}; padding:0 0 {round(point * 0.6)}px 0;">{value}</td></tr>')
            self.meta_label.setText('<table cellspacing="0" cellpadding="0" width="100%">' + "".join(rows)
                                    + "</table>")

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in (self.note_editor, self.add_note_button):
            widget.setVisible(not read_only)
        self.read_only_note.setVisible(read_only)
        if read_only:
            self.cancel_note_edit()
        self._render_notes()

    # --- what is shown -------------------------------------------------------------------
    @property
    def recommendation(self) -> Recommendation | None:
        return self._rec

    def show_recommendation(self, rec: Recommendation | None, selected: int = 1) -> None:
        if rec is None or self._rec is None or rec.id != self._rec.id:
            if self.keep_draft():
                self.cancel_note_edit()
                self.note_editor.clear()
        self._rec = rec
        if selected > 1:
            self.selection_label.setText(self.tr("%1 SELECTED · SHOWING ONE OF THEM")
                                         .replace("%1", str(selected)))
        self.selection_label.setVisible(selected > 1)
        self._render()

    def refresh(self) -> None:
        """Re-read the shown recommendation (it may have been edited, deleted or restored)."""
        if self._rec is not None and self._rec.id is not None:
            self._rec = self._workshop.recommendation(self._rec.id)
        self._render()

    def refresh_notes(self) -> None:
        self._render_notes()

    def _render(self) -> None:
        rec = self._rec
        # Hidden, not stacked: a stack would keep the (tall) details' height when nothing is shown.
        self._empty.setVisible(rec is None)
        self._content.setVisible(rec is not None)
        if rec is None:
            return
        p = self._palette
        self.reference_label.setText(rec.reference or self.tr("No number"))
        fg, bg = p.response_colours(rec.response)
        self.response_pill.setText(response_label(shown_response(rec)))
        self.response_pill.setStyleSheet(
            f"QLabel {{ color: {fg.name()}; background: {bg.name()}; border-radius: 10px; padding: 2px 12px; }}")
        self._render_text()
        dash = f'<span style="color:{p.muted}">—</span>'

        def joined(values, sep: str = "<br>") -> str:
            return sep.join(self._marked(v) for v in values) if values else dash

        source = dash
        if rec.source_file:
            source = self._escape(rec.source_file)
            if rec.source_row:
                source = self._escape(self.tr("{file}, row {row}", "a recommendation's source: the file it was "
                                              "imported from and its row there")
                                      .format(file=rec.source_file, row=rec.source_row))
        values = {
            "states": joined(rec.states),
            "themes": joined(rec.themes),
            "affected": joined(rec.affected_persons),
            "sdgs": "<br>".join(self._escape(sdg_label(s)) for s in rec.sdgs) if rec.sdgs else dash,
            "session": str(rec.session) if rec.session else dash,
            "cycle": str(rec.cycle) if rec.cycle else dash,
            "action": self._escape(self._action_text(rec.action_category)) if rec.action_category else dash,
            "symbol": self._escape(rec.document_symbol) if rec.document_symbol else dash,
            "country": self._escape(rec.country) if rec.country else dash,
            "source": source,
        }
        self.meta_values = values
        self._render_meta()
        self._render_notes()

    def _action_text(self, category: int) -> str:
        names = {1: self.tr("minimal action"), 2: self.tr("continuing action"), 3: self.tr("considering action"),
                 4: self.tr("general action"), 5: self.tr("specific action")}
        return f"{category} · {names.get(category, '')}".rstrip(" ·")

    def _render_text(self) -> None:
        if self._rec is None:
            return
        self.text_label.setText(highlight_html(self._rec.text, self._pattern, self._palette.mark,
                                               self._palette.mark_text))

    def _marked(self, value: str) -> str:
        return highlight_html(value, self._pattern, self._palette.mark, self._palette.mark_text)

    @staticmethod
    def _escape(text: str) -> str:
        return html.escape(text)

    def note_cards(self) -> list[NoteCard]:
        cards = []
        for i in range(self.notes_box.count()):
            widget = self.notes_box.itemAt(i).widget()
            if isinstance(widget, NoteCard):
                cards.append(widget)
        return cards

    def _render_notes(self) -> None:
        while self.notes_box.count():
            widget = self.notes_box.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        notes = self._workshop.notes(self._rec.id) if self._rec is not None and self._rec.id is not None else []
        p = self._palette
        for note in notes:
            card = NoteCard(note, self._read_only, self)
            theme.set_font_tree(card, self._base_font)
            card.setStyleSheet(
                f"QFrame#noteCard {{ background: {p.window}; border: 1px solid {p.border}; border-radius: 8px; }}"
                f"QLabel#noteBody {{ color: {p.text}; }} QLabel#noteMeta {{ color: {p.muted}; }}"
                f"QToolButton#linkButton {{ color: {p.accent}; border: none; background: transparent; "
                "padding: 0 4px; }"
                f"QToolButton#linkButton:hover {{ text-decoration: underline; }}")
            if note.id == self._editing_note:
                card.setStyleSheet(card.styleSheet() + f"QFrame#noteCard {{ border: 2px solid {p.accent}; }}")
            card.edit_requested.connect(self.start_note_edit)
            card.delete_requested.connect(self.delete_note)
            self.notes_box.addWidget(card)
        self.notes_heading.setText(self.tr("NOTES (%1)").replace("%1", str(len(notes))) if notes
                                   else self.tr("NOTES"))
        self.no_notes.setVisible(not notes)

    # --- notes ---------------------------------------------------------------------------
    def _on_note_text_changed(self) -> None:
        self.add_note_button.setEnabled(bool(self.note_editor.toPlainText().strip()))
        self.note_error.hide()

    def save_note(self) -> None:
        if self._rec is None or self._read_only:
            return
        body = self.note_editor.toPlainText()
        try:
            if self._editing_note is not None:
                change = self._workshop.edit_note(self._editing_note, body)
                done = self.tr("Note saved.")
            else:
                _, change = self._workshop.add_note(self._rec.id, body)
                done = self.tr("Note added.")
        except WorkshopError as error:
            self.note_error.setText(message_for(error))
            self.note_error.show()
            return
        except Exception as error:  # noqa: BLE001 - a person sees plain words, the log gets the rest
            show_error(self, error)
            return
        push_change(self._undo_stack, change)
        self._editing_note = None
        self.note_editor.clear()
        self._set_edit_mode(False)
        self.message.emit(done)

    def keep_draft(self) -> bool:
        """Save a half-typed note before the pane moves on: nothing typed is lost.

        Returns False if it could not be saved (the text stays in the editor, with the reason).
        """
        if self._rec is None or self._read_only or not self.note_editor.toPlainText().strip():
            return True
        if self._editing_note is not None:
            original = next((n.body for n in self._workshop.notes(self._rec.id) if n.id == self._editing_note), None)
            if original is not None and original.strip() == self.note_editor.toPlainText().strip():
                return True
        self.save_note()
        return not self.note_editor.toPlainText().strip()

    def start_note_edit(self, note_id: int) -> None:
        if self._read_only or self._rec is None:
            return
        note = next((n for n in self._workshop.notes(self._rec.id) if n.id == note_id), None)
        if note is None:
            return
        self._editing_note = note_id
        self.note_editor.setPlainText(note.body)
        self._set_edit_mode(True)
        self._render_notes()
        self.note_editor.setFocus()

    def cancel_note_edit(self) -> None:
        if self._editing_note is None:
            return
        self._editing_note = None
        self.note_editor.clear()
        self._set_edit_mode(False)
        self._render_notes()

    def _set_edit_mode(self, editing: bool) -> None:
        self.add_note_button.setText(self.tr("Save note") if editing else self.tr("Add note"))
        self.cancel_note_button.setVisible(editing)

    def delete_note(self, note_id: int) -> None:
        if self._read_only:
            return
        try:
            change = self._workshop.delete_note(note_id)
        except WorkshopError as error:
            show_error(self, error)
            return
        push_change(self._undo_stack, change)
        if self._editing_note == note_id:
            self.cancel_note_edit()
        self.message.emit(self.tr("Note deleted. Undo with Ctrl+Z."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is getattr(self, "note_editor", None) and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if self.add_note_button.isEnabled():
                    self.save_note()
                return True
            if event.key() == Qt.Key.Key_Escape and self._editing_note is not None:
                self.cancel_note_edit()
                return True
        return super().eventFilter(watched, event)
