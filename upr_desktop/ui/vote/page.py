"""Step 4, Vote: set up rounds, open them, let people vote at this laptop or on paper, close them.

Results never show here: while a round is open the page shows only how many have voted (like
Loomio's "hide results until closed"), and a closed round sends the facilitator to the Results
step. The page reads through the ops layer and refreshes from the workshop's announcements, so a
ballot cast at the kiosk moves the turnout here without anyone poking the page.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...domain.errors import WorkshopError
from ...domain.rounds import RoundStatus, Turnout, VoterUnit, VotingRound
from ...domain.voting import Method
from ...text import listing
from ..common import theme
from .candidate_list import candidate_list_view
from ..common.flow_layout import FlowLayout
from ..common.errors import confirm, show_error
from ..common.page_parts import icon
from ..common.undo import push_change
from ..common.translation import plural
from .round_list import (
    RoundDelegate,
    RoundListModel,
    secrecy_words,
    status_colours,
    status_word,
)


# ---------------------------------------------------------------------------------------------------------------
# The page


def page_stylesheet(p: theme.Palette) -> str:
    return f"""
QWidget#votePage {{ background: {p.window}; color: {p.text}; }}
QListView#roundList {{ background: transparent; border: none; outline: none; }}
QFrame#roundDetail {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px; }}
QFrame#roundDetail QLabel {{ background: transparent; }}
QLabel#roundTitle {{ color: {p.text}; font-weight: 600; }}
QLabel#factName {{ color: {p.muted}; font-weight: 600; }}
QLabel#factValue {{ color: {p.text}; }}
QLabel#lockNote {{ color: {p.banner_text}; }}
QLabel#resultsHidden {{ color: {p.muted}; font-style: italic; }}
QLabel#candidatesHeading {{ color: {p.text}; font-weight: 600; }}
QLabel#listHeading {{ color: {p.muted}; font-weight: 700; }}
QFrame#detailRule {{ background: {p.border}; border: none; max-height: 1px; min-height: 1px; }}
QProgressBar#turnoutBar {{ background: {p.header}; border: none; border-radius: 5px; max-height: 10px;
    min-height: 10px; }}
QProgressBar#turnoutBar::chunk {{ background: {p.accent}; border-radius: 5px; }}
QListView#candidateList {{ background: {p.surface}; border: none; outline: none; }}
QScrollArea#detailScroll, QWidget#roundDetailBody {{ background: {p.surface}; border: none; border-radius: 10px; }}
QPushButton#dangerButton {{ background: {p.surface}; color: #9b1c1c; border: 1px solid #d9a3a3;
    border-radius: 6px; padding: 5px 12px; }}
QPushButton#dangerButton:hover {{ border-color: #9b1c1c; }}
QPushButton#dangerButton:disabled {{ color: #a2abb5; border-color: {p.border}; }}
QFrame#voteEmpty {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 14px; }}
QLabel#voteEmptyTitle {{ color: {p.text}; font-weight: 600; }}
QLabel#voteEmptyText {{ color: {p.muted}; }}
"""


class VotePage(QWidget):
    message = Signal(str)  # for the status bar
    results_requested = Signal(int)  # round id
    review_requested = Signal()

    def __init__(self, workshop, undo_stack: QUndoStack, signals, parent: QWidget | None = None, *,
                 candidate_choice=None, **_context):
        super().__init__(parent)
        self.setObjectName("votePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.workshop = workshop
        self.undo_stack = undo_stack
        self.signals = signals
        self.candidate_choice = candidate_choice
        self._palette = theme.CALM
        self._zoom = 1.0
        self.dialog = None  # the dialog open from this page, if any
        self.kiosk = None
        self._hidden_window = None
        self.projector = None
        self.signals.changed.connect(self._on_workshop_changed)
        self._detached = False

        # Header
        self.title = QLabel(self.tr("Vote on priorities"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr("Set up a round, open it, and let people vote at this laptop or on paper. "
                                       "Results stay hidden until you close the round."), self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.new_button = QPushButton(icon("plus.svg"), self.tr("New round"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("Set up a vote on the recommendations selected or shown on the Review "
                                           "page"))
        self.new_button.clicked.connect(self.new_round)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)

        # Rounds
        self.model = RoundListModel(workshop, self)
        self.list = QListView(self)
        self.list.setObjectName("roundList")
        self.list.setModel(self.model)
        self.delegate = RoundDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setMouseTracking(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Voting rounds"))
        self.list.setMinimumWidth(220)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        list_heading = QLabel(self.tr("ROUNDS"), self)
        list_heading.setObjectName("listHeading")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(list_heading)
        left_layout.addWidget(self.list, 1)

        self.detail = self._build_detail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(12)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setSizes([360, 840])

        self.empty = self._build_empty()
        self.body = QStackedWidget(self)
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.body, 1)

        self.set_palette(theme.CALM)
        self.set_zoom(1.0)
        self._after_refresh(None)

    # --- building --------------------------------------------------------------------------
    def _build_empty(self) -> QWidget:
        holder = QWidget(self)
        card = QFrame(holder)
        card.setObjectName("voteEmpty")
        card.setMaximumWidth(640)
        title = QLabel(self.tr("No voting rounds yet"), card)
        title.setObjectName("voteEmptyTitle")
        self.empty_title = title
        text = QLabel(self.tr(
            "A round puts some recommendations to the vote. First pick them on the Review page: select them, or "
            "search and filter the list. Then create a round here, choose how people vote (dots, points, ranking "
            "and more), open it, and start the kiosk so that each person votes at this laptop."), card)
        text.setObjectName("voteEmptyText")
        text.setWordWrap(True)
        self.empty_review = QPushButton(self.tr("Go to Review"), card)
        self.empty_review.setObjectName("secondaryButton")
        self.empty_review.clicked.connect(self.review_requested)
        self.empty_new = QPushButton(self.tr("New round…"), card)
        self.empty_new.setObjectName("primaryButton")
        self.empty_new.clicked.connect(self.new_round)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_review)
        buttons.addWidget(self.empty_new)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 30, 36, 30)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(text)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 10)
        row.addStretch(1)
        outer = QVBoxLayout(holder)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        return holder

    def _build_detail(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("roundDetail")
        self.round_title = QLabel(frame)
        self.round_title.setObjectName("roundTitle")
        self.round_title.setWordWrap(True)
        self.badge = QLabel(frame)
        self.badge.setObjectName("roundBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Actions, by status
        def button(text: str, name: str, slot, tip: str = "") -> QPushButton:
            b = QPushButton(text, frame)
            b.setObjectName(name)
            b.clicked.connect(slot)
            if tip:
                b.setToolTip(tip)
            return b

        self.edit_button = button(self.tr("Edit…"), "secondaryButton", self.edit_round,
                                  self.tr("Change the title, the rules or the candidates"))
        self.edit_button.setIcon(icon("edit.svg"))
        self.delete_button = button(self.tr("Delete"), "secondaryButton", self.delete_round)
        self.delete_button.setIcon(icon("delete.svg"))
        self.open_button = button(self.tr("Open for voting"), "primaryButton", self.open_round,
                                  self.tr("People can vote once the round is open"))
        self.kiosk_button = button(self.tr("Start kiosk…"), "primaryButton", self.start_kiosk,
                                   self.tr("Full screen at this laptop: each person picks their name and votes"))
        self.paper_button = button(self.tr("Paper ballots…"), "secondaryButton", self.enter_paper_ballots,
                                   self.tr("Type in ballots that were filled in on paper"))
        self.wall_button = button(self.tr("Wall-chart counts…"), "secondaryButton", self.enter_wall_chart,
                                  self.tr("Dots counted on a wall chart, per candidate"))
        self.attendance_button = button(self.tr("Attendance…"), "secondaryButton", self.tick_attendance,
                                        self.tr("Tick who is present and received a ballot-code slip"))
        self.projector_button = button(self.tr("Show on projector"), "secondaryButton", self.show_on_projector,
                                       self.tr("The round and its turnout, large, for the room"))
        self.close_button = button(self.tr("Close round…"), "dangerButton", self.close_round,
                                   self.tr("Stop the voting and count the ballots"))
        self.results_button = button(self.tr("See results"), "primaryButton", self.see_results)
        self.action_buttons = [self.open_button, self.kiosk_button, self.results_button, self.edit_button,
                               self.delete_button, self.paper_button, self.wall_button, self.attendance_button,
                               self.projector_button]
        actions = FlowLayout(alignment=Qt.AlignmentFlag.AlignLeft)
        self.actions_layout = actions
        for b in [*self.action_buttons, self.close_button]:
            actions.addWidget(b)

        # Facts
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(16)
        self.facts.setVerticalSpacing(8)
        self.fact_values: dict[str, QLabel] = {}
        self.fact_names: dict[str, QLabel] = {}
        for row, (key, name) in enumerate((("rules", self.tr("How")), ("secrecy", self.tr("Ballot")),
                                           ("voters", self.tr("Who votes")), ("lock", self.tr("Rules")),
                                           ("turnout", self.tr("Turnout")))):
            label = QLabel(name, frame)
            label.setObjectName("factName")
            value = QLabel(frame)
            value.setObjectName("factValue")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(value, row, 1)
            self.fact_names[key] = label
            self.fact_values[key] = value
        self.fact_values["lock"].setObjectName("lockNote")
        self.fact_values["lock"].setTextFormat(Qt.TextFormat.RichText)
        self.turnout_bar = QProgressBar(frame)
        self.turnout_bar.setObjectName("turnoutBar")
        self.turnout_bar.setTextVisible(False)
        self.facts.addWidget(self.turnout_bar, 5, 1)
        self.results_note = QLabel(frame)
        self.results_note.setObjectName("resultsHidden")
        self.results_note.setWordWrap(True)
        self.facts.addWidget(self.results_note, 6, 1)
        self.facts.setColumnStretch(1, 1)

        rule = QFrame(frame)
        rule.setObjectName("detailRule")
        self.candidates_heading = QLabel(frame)
        self.candidates_heading.setObjectName("candidatesHeading")
        self.candidate_view, self.candidate_model, self.candidate_delegate = candidate_list_view(
            frame, "candidateList")
        self.candidate_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.candidate_view.setAccessibleName(self.tr("Candidates"))

        top = QHBoxLayout()
        top.addWidget(self.round_title, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        # One scrolling page: on a projector at a large zoom the facts must never be cut off, so the
        # candidate list is as tall as its cards and scrolls with the rest.
        body = QWidget()
        body.setObjectName("roundDetailBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(self.facts)
        layout.addWidget(rule)
        layout.addWidget(self.candidates_heading)
        layout.addWidget(self.candidate_view)
        layout.addStretch(1)
        self.detail_layout = layout
        self.candidate_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.candidate_view.installEventFilter(self)
        self.candidate_view.viewport().installEventFilter(self)
        self.detail_scroll = QScrollArea(frame)
        self.detail_scroll.setObjectName("detailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setWidget(body)
        outer = QVBoxLayout(frame)
        outer.setContentsMargins(1, 1, 1, 1)
        outer.addWidget(self.detail_scroll)
        return frame

    def _fit_candidate_list(self) -> None:
        view = self.candidate_view
        option = QStyleOptionViewItem()
        n = self.candidate_model.rowCount()
        height = sum(self.candidate_delegate.sizeHint(option, self.candidate_model.index(row)).height()
                     for row in range(n))
        height += n * 2 * view.spacing() + 2 * view.frameWidth() + 4
        view.setFixedHeight(max(height, 40))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.candidate_view and event.type() == QEvent.Type.Resize and \
                event.size().width() != event.oldSize().width():
            self._fit_candidate_list()
        elif watched is self.candidate_view.viewport() and event.type() == QEvent.Type.Wheel:
            QApplication.sendEvent(self.detail_scroll.viewport(), event)  # the page scrolls, not the list
            return True
        return super().eventFilter(watched, event)

    # --- what is shown ---------------------------------------------------------------------
    def current_round(self) -> VotingRound | None:
        index = self.list.currentIndex()
        return self.model.round_at(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        rnd = self.current_round()
        return rnd.id if rnd else None

    def show_round(self, round_id: int) -> bool:
        row = self.model.row_of(round_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        self._show_current()
        return True

    def refresh(self) -> None:
        keep = self.current_id()
        self.model.refresh()
        self._after_refresh(keep)

    def _after_refresh(self, keep: int | None) -> None:
        has_rounds = self.model.rowCount() > 0
        self.body.setCurrentWidget(self.splitter if has_rounds else self.empty)
        if not has_rounds:
            self._update_header_actions()
            return
        row = self.model.row_of(keep) if keep is not None else None
        if row is None:
            row = self.model.rowCount() - 1  # the newest
        self.list.setCurrentIndex(self.model.index(row))
        self._show_current()

    def _show_current(self) -> None:
        rnd = self.current_round()
        self._update_header_actions()
        if rnd is None:
            return
        turnout = self.workshop.turnout(rnd.id)
        self.round_title.setText(rnd.title)
        fg, bg = status_colours(rnd.status, self._palette)
        self.badge.setText(status_word(rnd.status))
        self.badge.setStyleSheet(f"QLabel#roundBadge {{ color: {fg}; background: {bg}; border-radius: 11px; "
                                 "padding: 3px 14px; font-weight: 600; }")
        self.fact_values["rules"].setText(rnd.rules.describe())
        self.fact_values["secrecy"].setText(secrecy_words(rnd.secret))
        if rnd.voter_unit == VoterUnit.ORGANISATION:
            voters = self.tr("One ballot per organisation (%1 organisations with registered participants)")\
                .replace("%1", str(turnout.eligible))
        else:
            voters = self.tr("Each participant (%1 registered)").replace("%1", str(turnout.eligible))
        self.fact_values["voters"].setText(voters)
        locked = rnd.locked
        lock = f'<img src="{paths.resource("icons", "lock.svg")}" width="15" height="15"> '
        why = (self.tr("Rules locked: the round is closed.") if rnd.status == RoundStatus.CLOSED
               else self.tr("Rules locked: ballots are in. Method, candidates and budget can no longer change."))
        self.fact_values["lock"].setText(lock + html.escape(why) if locked else "")
        for widget in (self.fact_names["lock"], self.fact_values["lock"]):
            widget.setVisible(locked)

        draft = rnd.status == RoundStatus.DRAFT
        is_open = rnd.status == RoundStatus.OPEN
        for widget in (self.fact_names["turnout"], self.fact_values["turnout"], self.turnout_bar):
            widget.setVisible(not draft)
        if not draft:
            self.fact_values["turnout"].setText(self._turnout_text(rnd, turnout))
            self.turnout_bar.setRange(0, max(1, turnout.eligible))
            self.turnout_bar.setValue(min(turnout.voted, max(1, turnout.eligible)))
        if draft:
            self.results_note.setText(self.tr("Open the round when the room is ready to vote. Until then you can "
                                              "edit it or delete it."))
        elif is_open:
            self.results_note.setText(self.tr("Results stay hidden until you close the round, so no one is swayed "
                                              "by the early count."))
        else:
            self.results_note.setText(self.tr("The round is closed: the results are on the Results step."))

        candidates = self.workshop.round_candidates(rnd.id)
        if candidates != self.candidate_model.candidates():
            self.candidate_model.set_candidates(candidates)
            self._fit_candidate_list()
        self.candidates_heading.setText(self.tr("Candidates (%1)").replace("%1", str(len(candidates))))

        writable = not self.workshop.read_only
        self.edit_button.setVisible(draft)
        self.delete_button.setVisible(draft)
        self.open_button.setVisible(draft)
        for b in (self.kiosk_button, self.paper_button, self.projector_button, self.close_button):
            b.setVisible(is_open)
        self.wall_button.setVisible(is_open and rnd.rules.method in (Method.DOT, Method.POINTS))
        self.attendance_button.setVisible(rnd.uses_codes and not draft)
        self.results_button.setVisible(rnd.status == RoundStatus.CLOSED)
        for b in (self.edit_button, self.delete_button, self.open_button, self.kiosk_button, self.paper_button,
                  self.wall_button, self.attendance_button, self.close_button):
            b.setEnabled(writable)
        # Buttons hidden while the page is off screen leave a stale minimum width behind otherwise.
        self.actions_layout.invalidate()
        self.facts.invalidate()
        self.detail_layout.invalidate()
        self.detail.updateGeometry()

    def _turnout_text(self, rnd: VotingRound, turnout: Turnout) -> str:
        text = turnout.sentence() if rnd.status == RoundStatus.OPEN else \
            plural(self.tr("%n of {eligible} voted", "", turnout.voted), turnout.voted).format(
                eligible=turnout.eligible)
        parts = []
        if turnout.kiosk:
            parts.append(plural(self.tr("%n at the laptop", "", turnout.kiosk), turnout.kiosk))
        if turnout.paper:
            parts.append(plural(self.tr("%n on paper", "", turnout.paper), turnout.paper))
        if turnout.wall_voters:
            parts.append(plural(self.tr("%n on the wall chart", "", turnout.wall_voters), turnout.wall_voters))
        if parts:
            text += "  ·  " + listing(parts, conjunction=False)
        if turnout.present is not None:
            text += "  ·  " + plural(self.tr("%n present", "", turnout.present), turnout.present)
        return text

    def _update_header_actions(self) -> None:
        writable = not self.workshop.read_only
        self.new_button.setEnabled(writable)
        self.empty_new.setEnabled(writable)

    def _on_workshop_changed(self, topic: str, _ids) -> None:
        if topic in ("rounds", "ballots", "participants"):
            self.refresh()

    # --- actions ---------------------------------------------------------------------------
    def _choice(self):
        if self.candidate_choice is None:
            return None
        try:
            return self.candidate_choice()
        except Exception:  # noqa: BLE001 - the Review page being rebuilt must not stop a round being set up
            return None

    def _open_dialog(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(lambda *_: self._dialog_finished(dialog))
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def new_round(self):
        if self.workshop.read_only:
            return None
        from .round_dialog import RoundDialog

        dialog = RoundDialog(self.workshop, self.undo_stack, self._choice(), None, self)
        dialog.review_requested.connect(self.review_requested)
        dialog.saved.connect(self._round_saved)
        return self._open_dialog(dialog)

    def edit_round(self):
        rnd = self.current_round()
        if rnd is None or rnd.status != RoundStatus.DRAFT or self.workshop.read_only:
            return None
        from .round_dialog import RoundDialog

        dialog = RoundDialog(self.workshop, self.undo_stack, self._choice(), rnd, self)
        dialog.review_requested.connect(self.review_requested)
        dialog.saved.connect(self._round_saved)
        return self._open_dialog(dialog)

    def _round_saved(self, round_id: int) -> None:
        self.refresh()
        self.show_round(round_id)
        self.message.emit(self.tr("Round saved. Undo with Ctrl+Z."))

    def delete_round(self) -> bool:
        rnd = self.current_round()
        if rnd is None or rnd.status != RoundStatus.DRAFT or self.workshop.read_only:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete round"),
            self.tr("Delete the draft round “%1”? You can undo this with Ctrl+Z.").replace("%1", rnd.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            change = self.workshop.delete_round(rnd.id)
        except WorkshopError as error:
            show_error(self, error, self.tr("Delete round"))
            return False
        push_change(self.undo_stack, change)
        self.message.emit(self.tr("Round deleted. Undo with Ctrl+Z."))
        return True

    def open_round(self) -> bool:
        rnd = self.current_round()
        if rnd is None or rnd.status != RoundStatus.DRAFT or self.workshop.read_only:
            return False
        try:
            made = self.workshop.open_round(rnd.id)
        except WorkshopError as error:
            show_error(self, error, self.tr("Open for voting"))
            return False
        self.message.emit(self.tr("“%1” is open for voting. Start the kiosk, or enter paper ballots.")
                          .replace("%1", rnd.title))
        if made:
            # The codes exist only now: offer the slips at once (see ballot_codes_dialog.py).
            from .ballot_codes_dialog import BallotCodesDialog

            self._open_dialog(BallotCodesDialog(self.workshop, self.workshop.voting_round(rnd.id), made, self))
        return True

    def close_round(self) -> bool:
        rnd = self.current_round()
        if rnd is None or rnd.status != RoundStatus.OPEN or self.workshop.read_only:
            return False
        turnout = self.workshop.turnout(rnd.id)
        if not confirm(
                self, self.tr("Close round"),
                self.tr("Close “%1” and count the ballots? %2.\n\nA closed round never reopens: no one can vote in "
                        "it afterwards.").replace("%1", rnd.title).replace("%2", turnout.sentence()),
                self.tr("Close round")):
            return False
        try:
            self.workshop.close_round(rnd.id)
        except WorkshopError as error:
            show_error(self, error, self.tr("Close round"))
            return False
        self.message.emit(self.tr("“%1” is closed. See its results on the Results step.").replace("%1", rnd.title))
        return True

    def see_results(self) -> None:
        rnd = self.current_round()
        if rnd is not None and rnd.status == RoundStatus.CLOSED:
            self.results_requested.emit(rnd.id)

    def start_kiosk(self):
        """Ask for the exit PIN, then put the kiosk up full screen."""
        rnd = self.current_round()
        if rnd is None or rnd.status != RoundStatus.OPEN or self.workshop.read_only:
            return None
        if self.kiosk is not None:
            self.kiosk.showFullScreen()
            self.kiosk.raise_()
            self.kiosk.activateWindow()
            return None
        from .kiosk_pin import KioskPinDialog

        dialog = KioskPinDialog(rnd.title, self)
        dialog.accepted.connect(lambda: self.launch_kiosk(rnd.id, dialog.pin()))
        return self._open_dialog(dialog)

    def launch_kiosk(self, round_id: int, pin: str):
        from .kiosk import KioskWindow

        kiosk = KioskWindow(self.workshop, self.signals, round_id, pin)
        kiosk.closed.connect(self._kiosk_closed)
        self.kiosk = kiosk
        # The workshop window (participants' codes, closed rounds' results) must not be one Alt+Tab away.
        window = self.window()
        self._hidden_window = window if window is not self and window.isVisible() else None
        if self._hidden_window is not None:
            self._hidden_window.hide()
        kiosk.showFullScreen()
        kiosk.activateWindow()
        self.message.emit(self.tr("The kiosk is running. To leave it, press Facilitator (or Esc) and type the PIN."))
        return kiosk

    def _kiosk_closed(self) -> None:
        window, self._hidden_window = self._hidden_window, None
        if window is not None:
            window.show()  # before the kiosk disappears, or the application would quit
            window.activateWindow()
        kiosk, self.kiosk = self.kiosk, None
        if kiosk is not None:
            kiosk.deleteLater()
        self.refresh()
        self.message.emit(self.tr("Kiosk closed."))

    def enter_paper_ballots(self):
        rnd = self.current_round()
        if rnd is None or rnd.status != RoundStatus.OPEN or self.workshop.read_only:
            return None
        from .paper_ballot_dialog import PaperBallotDialog

        return self._open_dialog(PaperBallotDialog(self.workshop, self.signals, rnd.id, self))

    def enter_wall_chart(self):
        rnd = self.current_round()
        if rnd is None or rnd.status != RoundStatus.OPEN or self.workshop.read_only or \
                rnd.rules.method not in (Method.DOT, Method.POINTS):
            return None
        from .paper_ballot_dialog import WallChartDialog

        return self._open_dialog(WallChartDialog(self.workshop, rnd.id, self))

    def tick_attendance(self):
        rnd = self.current_round()
        if rnd is None or not rnd.uses_codes or rnd.status == RoundStatus.DRAFT or self.workshop.read_only:
            return None
        from .attendance_dialog import AttendanceDialog

        return self._open_dialog(AttendanceDialog(self.workshop, self.undo_stack, rnd.id, self))

    def show_on_projector(self):
        rnd = self.current_round()
        if rnd is None:
            return None
        try:
            from ..results import show_projector
        except ImportError:
            self.message.emit(self.tr("The projector view is not available in this version."))
            return None
        try:
            self.projector = show_projector(self, self.workshop, self.signals, rnd.id)
        except WorkshopError as error:
            show_error(self, error, self.tr("Show on projector"))
            return None
        return self.projector

    # --- view ------------------------------------------------------------------------------
    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        font = theme.base_font(theme.BASE_POINT_SIZE * factor)
        theme.set_font_tree(self.body, font)
        title = QFont(font)
        title.setPointSizeF(font.pointSizeF() * 1.35)
        title.setWeight(QFont.Weight.DemiBold)
        self.round_title.setFont(title)
        self.empty_title.setFont(title)
        self.list.doItemsLayout()
        self.candidate_view.doItemsLayout()
        self._fit_candidate_list()

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.setStyleSheet(page_stylesheet(palette))
        self.delegate.palette = palette
        self.candidate_delegate.set_palette(palette)
        self.list.viewport().update()
        self.candidate_view.viewport().update()
        self._show_current()

    def detach(self) -> None:
        """Stop listening to the workshop (it is being closed); a running kiosk closes with it."""
        if not self._detached:
            self._detached = True
            self.signals.changed.disconnect(self._on_workshop_changed)
        if self.kiosk is not None:
            kiosk, self.kiosk = self.kiosk, None
            kiosk.closed.disconnect(self._kiosk_closed)
            window, self._hidden_window = self._hidden_window, None
            if window is not None:
                window.show()
            kiosk.force_close()
            kiosk.deleteLater()
        if self.dialog is not None:
            self.dialog.reject()
