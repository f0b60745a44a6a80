"""Setting up a voting round: what is voted on, how, and by whom.

The candidates come from the Review page: the recommendations selected there, or all those the
current search and filters show. The dialog writes through the ops layer itself, so a refusal
(no title, too few candidates, a cap above the budget) is shown inline, and the change goes on
the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import ballot_codes
from ...domain.errors import WorkshopError
from ...domain.rounds import TITLE_MAX, VoterUnit, VotingRound
from ...domain.voting import POINTS_BUDGET, Method, RoundRules, suggested_dots
from ..common.errors import message_for
from ..common.undo import push_change
from ..common.translation import plural

KEEP, SELECTED, SHOWN = "keep", "selected", "shown"


def _polish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class RoundDialog(QDialog):
    """A new round (rnd is None), or a draft round's title, rules and candidates."""

    review_requested = Signal()
    saved = Signal(int)  # round id

    def __init__(self, workshop, undo_stack: QUndoStack, choice=None, rnd: VotingRound | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roundDialog")
        self.workshop = workshop
        self.undo_stack = undo_stack
        self.choice = choice
        self.round = rnd
        self.saved_id: int | None = None
        editing = rnd is not None
        self._current = len(workshop.round_candidates(rnd.id)) if editing else 0
        self.setWindowTitle(self.tr("Edit voting round") if editing else self.tr("New voting round"))
        self.setMinimumWidth(740)

        heading = QLabel(self.windowTitle(), self)
        heading.setObjectName("dialogHeading")

        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("e.g. Our five priorities for the next four years"))

        # --- candidates ---
        self.source_group = QButtonGroup(self)
        self.sources: dict[str, QRadioButton] = {}
        sources = QVBoxLayout()
        sources.setSpacing(4)
        selected = list(choice.selected) if choice else []
        shown = list(choice.shown) if choice else []
        filtered = bool(choice.filtered) if choice else False
        self._ids = {KEEP: None, SELECTED: selected, SHOWN: shown}
        if editing:
            self._add_source(sources, KEEP, self.tr("Keep its %1 candidates").replace("%1", str(self._current)))
        self._add_source(sources, SELECTED, self.tr("Selected recommendations (%1)").replace("%1", str(len(selected)))
                         if selected else self.tr("Selected recommendations (none selected on the Review page)"))
        self.sources[SELECTED].setEnabled(bool(selected))
        if filtered:
            shown_text = self.tr("All %1 shown by the current filter").replace("%1", str(len(shown)))
        else:
            shown_text = self.tr("All %1 recommendations (no filter is set on the Review page)")\
                .replace("%1", str(len(shown)))
        self._add_source(sources, SHOWN, shown_text)
        self.sources[SHOWN].setEnabled(bool(shown))
        if editing:
            self.sources[KEEP].setChecked(True)
        elif selected:
            self.sources[SELECTED].setChecked(True)
        elif filtered and shown:
            self.sources[SHOWN].setChecked(True)
        self.how_to_pick = QFrame(self)
        self.how_to_pick.setObjectName("howToPick")
        self.how_to_pick.setStyleSheet("QFrame#howToPick { background: #fff5dc; border: 1px solid #e7c36a; "
                                       "border-radius: 6px; } QFrame#howToPick QLabel { color: #5a3d00; }")
        pick_text = QLabel(self.tr(
            "To vote on some recommendations, pick them on the Review page: select them there (Ctrl+click or "
            "Shift+click picks several), or search and filter the list, then come back to create the round."),
            self.how_to_pick)
        pick_text.setWordWrap(True)
        pick_text.setMinimumWidth(420)
        pick_text.setMinimumHeight(pick_text.heightForWidth(420))  # a form row does not ask for more
        self.review_button = QPushButton(self.tr("Go to Review"), self.how_to_pick)
        self.review_button.setObjectName("secondaryButton")
        self.review_button.clicked.connect(self._go_to_review)
        pick = QHBoxLayout(self.how_to_pick)
        pick.setContentsMargins(12, 8, 12, 8)
        pick.addWidget(pick_text, 1)
        pick.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.how_to_pick.setVisible(not editing and not selected and not filtered)
        sources.addWidget(self.how_to_pick)

        # --- method and its numbers ---
        self.method_combo = QComboBox(self)
        for m in Method:
            self.method_combo.addItem(m.label, m.value)
        self.dots_label = QLabel(self)
        self.dots = QSpinBox(self)
        self.dots.setRange(1, 100000)
        self.dots.setMaximumWidth(110)
        self.dots_hint = QLabel(self)
        self.dots_hint.setObjectName("fieldHint")
        self.cap_check = QCheckBox(self.tr("Limit what one candidate can get, to at most"), self)
        self.cap = QSpinBox(self)
        self.cap.setRange(1, 100000)
        self.cap.setMaximumWidth(110)
        numbers = QWidget(self)
        grid = QFormLayout(numbers)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        dots_row = QHBoxLayout()
        dots_row.addWidget(self.dots)
        dots_row.addWidget(self.dots_hint, 1)
        cap_row = QHBoxLayout()
        cap_row.addWidget(self.cap_check)
        cap_row.addWidget(self.cap)
        cap_row.addStretch(1)
        grid.addRow(self.dots_label, dots_row)
        grid.addRow(cap_row)
        self.numbers = numbers

        self.description = QLabel(self)
        self.description.setObjectName("roundDescription")
        self.description.setWordWrap(True)
        self.description.setStyleSheet("QLabel#roundDescription { background: #e8f0fa; color: #15212e; "
                                       "border-left: 3px solid #1f5fa8; padding: 8px 10px; }")

        # --- secrecy and who votes ---
        self.secret_yes = QRadioButton(self.tr("Secret ballot: no one can see who voted for what"), self)
        self.secret_no = QRadioButton(self.tr("Open ballot: who voted for what is kept, to show once closed"),
                                      self)
        secrecy = QButtonGroup(self)
        secrecy.addButton(self.secret_yes)
        secrecy.addButton(self.secret_no)
        self.each_person = QRadioButton(self.tr(VoterUnit.PARTICIPANT.label), self)
        self.per_org = QRadioButton(self.tr(VoterUnit.ORGANISATION.label), self)
        unit = QButtonGroup(self)
        unit.addButton(self.each_person)
        unit.addButton(self.per_org)
        # How a secret ballot is kept secret: the two modes, and plainly what each protects against.
        self.mode_names = QRadioButton(self.tr("Voters pick their name at the laptop"), self)
        self.mode_codes = QRadioButton(self.tr("Anonymous ballot codes: each person takes a printed code at random"),
                                       self)
        modes = QButtonGroup(self)
        modes.addButton(self.mode_names)
        modes.addButton(self.mode_codes)
        self.codes_count = QSpinBox(self)
        self.codes_count.setRange(1, ballot_codes.MAX_CODES)
        eligible = len(workshop.participants())
        self.codes_count.setValue(ballot_codes.default_count(eligible))
        self._update_codes_suffix(self.codes_count.value())
        self.codes_count.valueChanged.connect(self._update_codes_suffix)
        self.codes_count.setToolTip(self.tr("One per participant plus about 10% spare, for slips lost or spoilt."))
        codes_row = QHBoxLayout()
        codes_row.setContentsMargins(22, 0, 0, 0)
        codes_row.addWidget(self.codes_count)
        codes_row.addStretch(1)
        self.mode_note = QLabel(self)
        self.mode_note.setObjectName("fieldHint")
        self.mode_note.setWordWrap(True)
        mode_box = QVBoxLayout()
        mode_box.setContentsMargins(22, 2, 0, 4)
        mode_box.setSpacing(2)
        mode_box.addWidget(self.mode_names)
        mode_box.addWidget(self.mode_codes)
        mode_box.addLayout(codes_row)
        mode_box.addWidget(self.mode_note)
        secrecy_box = QVBoxLayout()
        secrecy_box.setSpacing(2)
        secrecy_box.addWidget(self.secret_yes)
        secrecy_box.addLayout(mode_box)
        secrecy_box.addWidget(self.secret_no)
        unit_box = QHBoxLayout()
        unit_box.addWidget(self.each_person)
        unit_box.addWidget(self.per_org)
        unit_box.addStretch(1)

        form = QFormLayout()
        self.form = form
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Candidates"), sources)
        form.addRow(self.tr("Method"), self.method_combo)
        form.addRow("", numbers)
        form.addRow("", self.description)
        form.addRow(self.tr("Ballot"), secrecy_box)
        form.addRow(self.tr("Who votes"), unit_box)

        self.form_error = QLabel(self)
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save changes") if editing else self.tr("Create round"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primaryButton")
        _polish(self.save_button)
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 22, 26, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        # Fill in
        self._dots_by_hand = False
        self._points_budget = POINTS_BUDGET
        if editing:
            self.title_edit.setText(rnd.title)
            rules = rnd.rules
            self.method_combo.setCurrentIndex(self.method_combo.findData(rules.method.value))
            if rules.method is Method.DOT and rules.dots:
                self._dots_by_hand = rules.dots != suggested_dots(self._current)
            if rules.method is Method.POINTS:
                self._points_budget = rules.budget()
            self._fill_numbers(rules)
            (self.secret_yes if rnd.secret else self.secret_no).setChecked(True)
            (self.per_org if rnd.voter_unit == VoterUnit.ORGANISATION else self.each_person).setChecked(True)
            (self.mode_codes if rnd.uses_codes else self.mode_names).setChecked(True)
            if rnd.uses_codes:
                self.codes_count.setValue(rnd.ballot_codes)
        else:
            self.secret_yes.setChecked(True)  # people here have faced reprisals: secret unless chosen otherwise
            self.each_person.setChecked(True)
            self.mode_names.setChecked(True)
            self._fill_numbers(RoundRules(Method.DOT))

        self.method_combo.currentIndexChanged.connect(self._method_changed)
        self.dots.valueChanged.connect(self._dots_changed)
        self.cap_check.toggled.connect(self._update)
        self.cap.valueChanged.connect(self._update)
        self.source_group.buttonToggled.connect(lambda *_: self._source_changed())
        for button in (self.secret_yes, self.secret_no, self.mode_names, self.mode_codes, self.per_org,
                       self.each_person):
            button.toggled.connect(self._update_mode)
        self._update_mode()
        self.title_edit.textChanged.connect(self._clear_error)
        self._update()
        self.adjustSize()
        self.title_edit.setFocus()

    # --- state ---------------------------------------------------------------------------

    def _update_codes_suffix(self, count: int) -> None:
        """The spin box shows "%n code(s)" translated as a whole, in the plural form for its number; the number
        itself is the spin box's, so the suffix is what the translation puts around it."""
        whole = plural(self.tr("%n code(s)", "the number of ballot codes to make, shown in a spin box", count), count)
        number = str(count)
        at = whole.find(number)
        self.codes_count.setPrefix(whole[:at] if at > 0 else "")
        self.codes_count.setSuffix(whole[at + len(number):] if at >= 0 else "")
    def _add_source(self, layout: QVBoxLayout, key: str, text: str) -> None:
        button = QRadioButton(text, self)
        self.sources[key] = button
        self.source_group.addButton(button)
        layout.addWidget(button)

    def source(self) -> str | None:
        for key, button in self.sources.items():
            if button.isChecked():
                return key
        return None

    def candidate_ids(self) -> list[int] | None:
        """The recommendations chosen, or None to keep the round's candidates."""
        key = self.source()
        return None if key in (None, KEEP) else list(self._ids[key])

    def candidate_count(self) -> int:
        key = self.source()
        if key == KEEP:
            return self._current
        return len(self._ids[key]) if key else 0

    def method(self) -> Method:
        return Method(self.method_combo.currentData())

    def rules(self) -> RoundRules:
        m = self.method()
        dots = None
        cap = None
        if m.cumulative:
            dots = self.dots.value()
            if self.cap_check.isChecked():
                cap = self.cap.value()
        return RoundRules(m, dots=dots, max_per_candidate=cap)

    def _fill_numbers(self, rules: RoundRules) -> None:
        m = rules.method
        self.dots.blockSignals(True)
        if m is Method.DOT:
            self.dots.setValue(rules.dots or suggested_dots(self.candidate_count()))
        elif m is Method.POINTS:
            self.dots.setValue(rules.budget())
        self.dots.blockSignals(False)
        self.cap_check.setChecked(rules.max_per_candidate is not None)
        if rules.max_per_candidate is not None:
            self.cap.setValue(rules.max_per_candidate)

    def _method_changed(self) -> None:
        m = self.method()
        self.dots.blockSignals(True)
        if m is Method.DOT:
            self.dots.setValue(self.dots.value() if self._dots_by_hand else suggested_dots(self.candidate_count()))
        elif m is Method.POINTS:
            self.dots.setValue(self._points_budget)
        self.dots.blockSignals(False)
        self._update()

    def _dots_changed(self) -> None:
        if self.method() is Method.DOT:
            self._dots_by_hand = True
        elif self.method() is Method.POINTS:
            self._points_budget = self.dots.value()
        self._update()

    def _source_changed(self) -> None:
        if self.method() is Method.DOT and not self._dots_by_hand:
            self.dots.blockSignals(True)
            self.dots.setValue(suggested_dots(self.candidate_count()))
            self.dots.blockSignals(False)
        self._update()

    def _update(self) -> None:
        m = self.method()
        self.form.setRowVisible(self.numbers, m.cumulative)
        if m is Method.DOT:
            self.dots_label.setText(self.tr("Dots per person"))
            n = self.candidate_count()
            self.dots_hint.setText(self.tr("Rule of thumb: a third of the %1 candidates, %2.")
                                   .replace("%1", str(n)).replace("%2", str(suggested_dots(n))) if n else "")
        elif m is Method.POINTS:
            self.dots_label.setText(self.tr("Points per person"))
            self.dots_hint.setText(self.tr("Usually %1.").replace("%1", str(POINTS_BUDGET)))
        self.cap.setEnabled(self.cap_check.isChecked())
        self.description.setText(self.rules().describe())
        self.save_button.setEnabled(self.source() is not None)
        self._clear_error()

    def _clear_error(self) -> None:
        self.form_error.hide()

    def ballot_codes(self) -> int | None:
        """The number of anonymous ballot codes, or None when voters pick their name (or the ballot is open)."""
        if self.secret_yes.isChecked() and self.mode_codes.isChecked() and not self.per_org.isChecked():
            return self.codes_count.value()
        return None

    def _update_mode(self) -> None:
        secret = self.secret_yes.isChecked()
        codes_possible = secret and not self.per_org.isChecked()
        self.mode_names.setEnabled(secret)
        self.mode_codes.setEnabled(codes_possible)
        self.codes_count.setEnabled(codes_possible and self.mode_codes.isChecked())
        self.mode_note.setVisible(secret)
        if self.ballot_codes() is not None:
            self.mode_note.setText(self.tr(
                "The strongest secrecy: the workshop file never learns who held which code, so nothing on this "
                "laptop ties a ballot to a person, even if a specialist examines its disk. The codes are shown "
                "once, when the round opens: print the slips then, cut them up, let people take one at random. "
                "Tick attendance on paper or with Attendance… on the Vote step, before or after the vote, never "
                "as people vote."))
        elif self.per_org.isChecked() and secret:
            self.mode_note.setText(self.tr(
                "With one ballot per organisation, voters pick their name. Someone who opens the workshop file "
                "with this app or with SQLite can't see who cast which ballot, nor in what order. This does not "
                "hold against a specialist who recovers old data from the laptop's disk: for that, use anonymous "
                "ballot codes with one ballot per person."))
        else:
            self.mode_note.setText(self.tr(
                "Convenient. Someone who opens the workshop file with this app or with SQLite can't see who cast "
                "which ballot, nor in what order. It does not hold against a specialist who recovers old data "
                "from the laptop's disk: where that is a risk, use anonymous ballot codes."))
        # A wrapped label in a form row gets no height for its width: give it the height its text needs.
        width = max(self.mode_note.width(), 540)
        needed = self.mode_note.fontMetrics().boundingRect(QRect(0, 0, width, 10000), Qt.TextFlag.TextWordWrap,
                                                           self.mode_note.text()).height()
        self.mode_note.setMinimumHeight(needed + 4)
        if self.isVisible():
            self.adjustSize()  # the note's length changes with the mode

    def _go_to_review(self) -> None:
        self.review_requested.emit()
        self.reject()

    # --- saving --------------------------------------------------------------------------
    def save(self) -> None:
        title = self.title_edit.text()
        rules = self.rules()
        secret = self.secret_yes.isChecked()
        unit = VoterUnit.ORGANISATION if self.per_org.isChecked() else VoterUnit.PARTICIPANT
        ids = self.candidate_ids()
        try:
            if self.round is None:
                if ids is None:
                    raise WorkshopError(self.tr("Choose the candidates: the selected recommendations, or all "
                                                "those shown on the Review page."))
                round_id, change = self.workshop.create_round(title, rules, ids, secret=secret, voter_unit=unit,
                                                              ballot_codes=self.ballot_codes())
            else:
                round_id = self.round.id
                extra = {} if self.ballot_codes() == self.round.ballot_codes else {
                    "ballot_codes": self.ballot_codes()}
                change = self.workshop.update_round(round_id, title=title, rules=rules, secret=secret,
                                                    voter_unit=unit, recommendation_ids=ids, **extra)
        except WorkshopError as error:
            self.form_error.setText(message_for(error))
            self.form_error.show()
            return
        push_change(self.undo_stack, change)
        self.saved_id = round_id
        self.saved.emit(round_id)
        self.accept()
