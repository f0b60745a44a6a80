"""Adding or editing one recommendation by hand.

Problems are shown next to the field they concern, never in a popup. The dialog writes through
the ops layer itself, so a refusal from there (the same recommendation already in the workshop)
is shown inline too, and the change goes on the undo stack.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.recommendation import Recommendation, Response, cycle_for_session, normalise_sdg
from ...ops import Workshop
from ..common.errors import message_for
from ..common.recommendation_model import response_label
from ..common.undo import push_change


_SEPARATORS = re.compile("[,;\u060c\u061b\uff0c\u3001\uff1b]")  # , ; ، ؛ ， 、 ；


def split_values(text: str) -> tuple[str, ...]:
    """One value per line; or, when all is on one line, separated by commas or semicolons, as each
    language writes them: Arabic's "،" and "؛", Chinese's full-width "，" and "；" and its list comma "、".

    Theme names can contain commas ("Rights of the child, children"), so a field that uses lines
    is split on lines only.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    parts = text.split("\n") if "\n" in text.strip() else _SEPARATORS.split(text)
    out: list[str] = []
    for part in parts:
        clean = part.strip().lstrip("-•").strip()
        if clean and clean not in out:
            out.append(clean)
    return tuple(out)


class _ListField(QPlainTextEdit):
    """A small multi-line field for States, themes and the like."""

    def __init__(self, lines: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)

    def values(self) -> tuple[str, ...]:
        return split_values(self.toPlainText())

    def set_values(self, values) -> None:
        self.setPlainText("\n".join(values))


class RecommendationDialog(QDialog):
    """New recommendation (rec is None) or edit an existing one."""

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, rec: Recommendation | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recommendationDialog")
        self._workshop = workshop
        self._undo_stack = undo_stack
        self._original = rec
        self.saved_id: int | None = None
        editing = rec is not None
        self.setWindowTitle(self.tr("Edit recommendation") if editing else self.tr("New recommendation"))
        self.setMinimumWidth(640)

        heading = QLabel(self.windowTitle(), self)
        heading.setObjectName("dialogHeading")
        intro = QLabel(self.tr("Only the text is required. Separate several States, themes or SDGs with commas, "
                               "or put one per line."), self)
        intro.setObjectName("fieldHint")
        intro.setWordWrap(True)

        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("e.g. 121.4"))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The recommendation, as the report words it"))
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        self.states = _ListField(2, self)
        self.states.setPlaceholderText(self.tr("e.g. Denmark, Czechia"))
        self.response = QComboBox(self)
        for value in Response:
            self.response.addItem(response_label(value), value.value)
        self.themes = _ListField(3, self)
        self.affected = _ListField(2, self)
        self.sdgs = QLineEdit(self)
        self.sdgs.setPlaceholderText(self.tr("Goal numbers, e.g. 5, 16"))
        self.session = QLineEdit(self)
        self.session.setPlaceholderText(self.tr("e.g. 47"))
        self.session.setMaximumWidth(120)
        self.action = QComboBox(self)
        self.action.addItem(self.tr("Not given"), None)
        for number, name in ((1, self.tr("minimal action")), (2, self.tr("continuing action")),
                             (3, self.tr("considering action")), (4, self.tr("general action")),
                             (5, self.tr("specific action"))):
            self.action.addItem(f"{number} · {name}", number)
        self.symbol = QLineEdit(self)
        self.symbol.setPlaceholderText(self.tr("e.g. A/HRC/58/12"))
        self.country = QLineEdit(self)
        self.country.setPlaceholderText(workshop.info().country if workshop.info().country not in ("", "*") else "")

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(14)
        for key, label, widget in (
            ("reference", self.tr("Number"), self.reference),
            ("text", self.tr("Recommendation"), self.text),
            ("states", self.tr("Recommending State(s)"), self.states),
            ("response", self.tr("Response"), self.response),
            ("themes", self.tr("Themes"), self.themes),
            ("affected", self.tr("Affected persons"), self.affected),
            ("sdgs", self.tr("SDGs"), self.sdgs),
            ("session", self.tr("Session"), self.session),
            ("action", self.tr("Action category"), self.action),
            ("symbol", self.tr("Document symbol"), self.symbol),
            ("country", self.tr("State under review"), self.country),
        ):
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            error = QLabel(holder)
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            self.errors[key] = error
            form.addRow(label, holder)

        self.form_error = QLabel(self)
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save changes") if editing else self.tr("Add recommendation"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primaryButton")
        self.save_button.style().unpolish(self.save_button)  # the style sheet rule is by name
        self.save_button.style().polish(self.save_button)
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 22, 26, 18)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

        for field in (self.reference, self.sdgs, self.session):
            field.textChanged.connect(self._clear_errors)
        self.text.textChanged.connect(self._clear_errors)

        if rec is not None:
            self._fill(rec)
        self.text.setFocus()

    def _fill(self, rec: Recommendation) -> None:
        self.reference.setText(rec.reference or "")
        self.text.setPlainText(rec.text)
        self.states.set_values(rec.states)
        self.response.setCurrentIndex(max(0, self.response.findData(rec.response.value)))
        self.themes.set_values(rec.themes)
        self.affected.set_values(rec.affected_persons)
        self.sdgs.setText(", ".join(rec.sdgs))
        self.session.setText(str(rec.session) if rec.session else "")
        self.action.setCurrentIndex(max(0, self.action.findData(rec.action_category)))
        self.symbol.setText(rec.document_symbol or "")
        self.country.setText(rec.country or "")

    # --- validation ----------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.form_error.hide()
        for widget in (self.text, self.sdgs, self.session):
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _flag(self, key: str, widget: QWidget, message: str) -> None:
        self.errors[key].setText(message)
        self.errors[key].show()
        widget.setProperty("invalid", True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def recommendation(self) -> Recommendation | None:
        """The recommendation the form describes, or None (with the problems shown) if it can't be."""
        self._clear_errors()
        ok = True
        text = self.text.toPlainText().strip()
        if not text:
            self._flag("text", self.text, self.tr("Write the recommendation's text."))
            ok = False
        sdgs: list[str] = []
        for part in split_values(self.sdgs.text()):
            number = normalise_sdg(part)
            if number is None:
                self._flag("sdgs", self.sdgs, self.tr("“%1” is not an SDG: use goal numbers from 1 to 17.")
                           .replace("%1", part))
                ok = False
                break
            if number not in sdgs:
                sdgs.append(number)
        session: int | None = None
        session_text = self.session.text().strip()
        if session_text:
            if not session_text.isdigit() or int(session_text) < 1:
                self._flag("session", self.session, self.tr("The session is a whole number, e.g. 47."))
                ok = False
            else:
                session = int(session_text)
        if not ok:
            return None
        base = self._original or Recommendation(text=text)
        cycle = base.cycle
        if session != base.session or cycle is None:
            cycle = cycle_for_session(session) if session else (None if self._original is None else base.cycle)
        return base.with_changes(
            text=text,
            reference=self.reference.text().strip() or None,
            states=self.states.values(),
            response=Response(self.response.currentData()),
            themes=self.themes.values(),
            affected_persons=self.affected.values(),
            sdgs=tuple(sdgs),
            session=session,
            cycle=cycle,
            action_category=self.action.currentData(),
            document_symbol=self.symbol.text().strip() or None,
            country=self.country.text().strip() or (base.country if self._original is None else None),
        )

    # --- saving --------------------------------------------------------------------------
    def save(self) -> None:
        rec = self.recommendation()
        if rec is None:
            return
        if self._original is not None and rec == self._original:
            self.saved_id = self._original.id
            self.accept()
            return
        try:
            if self._original is None:
                rec_id, change = self._workshop.add_recommendation(rec)
            else:
                change = self._workshop.edit_recommendation(rec)
                rec_id = rec.id
        except WorkshopError as error:
            self.form_error.setText(message_for(error))
            self.form_error.show()
            return
        push_change(self._undo_stack, change)
        self.saved_id = rec_id
        self.accept()
