"""Step 5, Results: each round's outcome once it closes, with ties marked and a run-off one click away.

Results stay hidden while a round is open: the page then shows only how many have voted. Nothing here
counts votes itself; the figures come from workshop.results(), and the page refreshes itself from the
workshop's change announcements ("rounds", "ballots", "participants").
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.rounds import RoundStatus, VoterUnit, VotingRound
from ...domain.voting import Method
from ...io.results_export import export_results, sources_sentence, statement_groups
from ...ops import Workshop
from ..common import theme
from ..common.errors import show_error
from ..common.page_parts import Card, attach_step
from .chart import ResultsChart
from ..common.undo import push_change
from ..common.signals import WorkshopSignals
from .model import COL_RANK, COL_REFERENCE, COL_TEXT, FIRST_FIGURE, ResultsTableModel
from ...text import listing

EXPORT_FILTERS = ("Excel workbook (*.xlsx)", "CSV file, for any spreadsheet (*.csv)")
_IN_BUTTON = 3  # a run-off button names up to this many candidates, then says "these N"
CHART_MIN_PAGE_WIDTH = 900  # at zoom 1; on a narrower page the chart goes under the table...
CHART_BELOW_MIN_HEIGHT = 430  # ...if the table and the chart have this much height (at zoom 1), else it hides
COMBO_LETTERS = 18  # the round list's least width, in letters (it widens to COMBO_MAX_LETTERS)
COMBO_MAX_LETTERS = 48
HEADER_ONE_LINE_WIDTH = 1000  # at zoom 1; a narrower page puts the round and its actions under the title
STATEMENTS_SHOWN = 3  # ties and close calls shown before "Show N more"


def _list_words(labels: list[str]) -> str:
    return listing(labels)


def closed_text(iso: str | None) -> str:
    """A stored UTC time in the reader's local time and language."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), "d MMMM yyyy, HH:mm")


class _Statement(QWidget):
    """One tie or close call in words, with the run-off it calls for."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setObjectName("tieText")
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(160)  # wraps onto more lines, never widens the window
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        marker = QLabel("●", self)
        marker.setObjectName("tieMarker")
        self.button: QPushButton | None = None
        self.candidates: tuple[int, ...] = ()
        self.runoff_id: int | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self._layout.addWidget(marker, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self.label, 1)

    def add_button(self, text: str, primary: bool) -> QPushButton:
        self.button = QPushButton(text, self)
        self.button.setObjectName("primaryButton" if primary else "secondaryButton")
        self._layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        return self.button


class ResultsPage(QWidget):
    """Pick a round; a closed one shows its table, chart, ties and run-offs, an open one only its turnout."""

    message = Signal(str)  # for the status bar
    vote_requested = Signal(int)  # round id: show it on the Vote page (e.g. a new run-off)

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, signals: WorkshopSignals | None = None,
                 parent: QWidget | None = None, **_context):
        super().__init__(parent)
        attach_step(self, "resultsPage", workshop, undo_stack, signals)
        self._round: VotingRound | None = None
        self._results = None
        self.projector = None  # the ProjectorView, while it is open
        self._detached = False
        self._seen_closed: int | None = None  # the most recently closed round when the list was last filled

        # Header
        self.title = QLabel(self.tr("Results"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr("A round's results show once it closes."), self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.round_combo = QComboBox(self)
        self.round_combo.setObjectName("roundCombo")
        self.round_combo.setAccessibleName(self.tr("Voting round"))
        # Narrow enough for a 1024 px projector; wider (up to about 44 letters) when there is room.
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.round_combo.setMinimumContentsLength(COMBO_LETTERS)
        self.round_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.round_combo.currentIndexChanged.connect(self._on_round_chosen)
        round_label = QLabel(self.tr("Round"), self)
        round_label.setObjectName("comboLabel")
        round_label.setBuddy(self.round_combo)
        self.export_button = QPushButton(self.tr("Export results…"), self)
        self.export_button.setObjectName("secondaryButton")
        self.export_button.setToolTip(self.tr("Save this round's results as an Excel workbook or a CSV file"))
        self.export_button.clicked.connect(lambda: self.export())
        self.projector_button = QPushButton(self.tr("Show on projector"), self)
        self.projector_button.setObjectName("primaryButton")
        self.projector_button.setToolTip(self.tr("Full screen on the second screen: the turnout while voting is "
                                                 "open, the results once it closes"))
        self.projector_button.clicked.connect(self.show_on_projector)
        # The title, and the round with its actions: one line on a wide page, two on a narrow one.
        self.round_label = round_label
        self.header_titles = QVBoxLayout()  # the title, over the round on a narrow page
        self.header_titles.setSpacing(2)
        self.header_grid = QGridLayout()
        self.header_grid.setHorizontalSpacing(8)
        self.header_grid.setVerticalSpacing(2)
        self.header = QVBoxLayout()
        self.header.setSpacing(10)
        self.header.addLayout(self.header_titles)
        self.header.addLayout(self.header_grid)
        self._header_wide: bool | None = None
        self._arrange_header(False)  # two lines until its width is known: one line must not widen the window

        self.stack = QStackedWidget(self)
        self.empty_panel = self._build_empty_panel()
        self.waiting_panel = self._build_waiting_panel()
        self.results_panel = self._build_results_panel()
        for panel in (self.empty_panel, self.waiting_panel, self.results_panel):
            self.stack.addWidget(panel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(self.header)
        layout.addWidget(self.stack, 1)

        self.set_palette(self._palette)
        self._fill_combo(self._default_round())

    # --- building ---------------------------------------------------------------------------------------------
    def _build_empty_panel(self) -> QWidget:
        panel = QWidget(self)
        self.empty_label = QLabel(self.tr("No voting rounds yet.\nChoose recommendations on the Review step, then "
                                          "set up a round on the Vote step. Its results show here once it "
                                          "closes."), panel)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addStretch(2)
        return panel

    def _build_waiting_panel(self) -> QWidget:
        panel = QWidget(self)
        card = Card("waitingCard", panel)
        card.setMaximumWidth(720)
        self.wait_kicker = QLabel(card)
        self.wait_kicker.setObjectName("waitingKicker")
        self.wait_title = QLabel(card)
        self.wait_title.setObjectName("waitingTitle")
        self.wait_title.setWordWrap(True)
        self.wait_counts = QWidget(card)  # hidden as one for a draft
        self.wait_turnout = QLabel(self.wait_counts)
        self.wait_turnout.setObjectName("turnoutBig")
        self.wait_bar = QProgressBar(self.wait_counts)
        self.wait_bar.setObjectName("turnoutBar")
        self.wait_bar.setTextVisible(False)
        self.wait_bar.setFixedHeight(12)
        self.wait_text = QLabel(card)
        self.wait_text.setObjectName("waitingText")
        self.wait_text.setWordWrap(True)
        self.wait_button = QPushButton(self.tr("Go to the Vote step"), card)
        self.wait_button.setObjectName("secondaryButton")
        self.wait_button.clicked.connect(lambda: self._round and self.vote_requested.emit(self._round.id))
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 34, 40, 34)
        inner.setSpacing(0)
        inner.addWidget(self.wait_kicker)
        inner.addSpacing(8)
        inner.addWidget(self.wait_title)
        counts = QVBoxLayout(self.wait_counts)
        counts.setContentsMargins(0, 22, 0, 0)
        counts.setSpacing(10)
        counts.addWidget(self.wait_turnout)
        counts.addWidget(self.wait_bar)
        inner.addWidget(self.wait_counts)
        inner.addSpacing(18)
        inner.addWidget(self.wait_text)
        inner.addSpacing(18)
        inner.addWidget(self.wait_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 12)
        row.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 20, 0, 0)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
        return panel

    def _build_results_panel(self) -> QWidget:
        panel = QWidget(self)
        summary = Card("resultsCard", panel)
        self.round_title = QLabel(summary)
        self.round_title.setObjectName("roundTitle")
        self.round_title.setWordWrap(True)
        self.round_facts = QLabel(summary)
        self.round_facts.setObjectName("roundFacts")
        self.round_facts.setWordWrap(True)
        self.method_label = QLabel(summary)
        self.method_label.setObjectName("roundMethod")
        self.method_label.setWordWrap(True)
        self.turnout_label = QLabel(summary)
        self.turnout_label.setObjectName("roundTurnout")
        self.turnout_label.setWordWrap(True)
        inner = QVBoxLayout(summary)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.setSpacing(4)
        inner.addWidget(self.round_title)
        inner.addWidget(self.round_facts)
        inner.addSpacing(2)
        inner.addWidget(self.method_label)
        inner.addWidget(self.turnout_label)

        # Ties and close calls, each with its run-off
        self.ties_box = Card("tieBox", panel)
        self.ties_heading = QLabel(self.tr("TIES AND CLOSE CALLS"), self.ties_box)
        self.ties_heading.setObjectName("tieHeading")
        self.ties_body = QWidget(self.ties_box)
        self.ties_body.setObjectName("tieBody")
        self.ties_layout = QVBoxLayout(self.ties_body)
        self.ties_layout.setContentsMargins(0, 0, 0, 0)
        self.ties_layout.setSpacing(6)
        self.ties_more = QPushButton(self.ties_box)
        self.ties_more.setObjectName("tieMore")
        self.ties_more.setFlat(True)
        self.ties_more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.ties_more.clicked.connect(self._toggle_all_statements)
        self._all_statements = False
        box = QVBoxLayout(self.ties_box)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(6)
        box.addWidget(self.ties_heading)
        box.addWidget(self.ties_body)
        box.addWidget(self.ties_more, 0, Qt.AlignmentFlag.AlignLeft)
        self.statements: list[_Statement] = []

        self.model = ResultsTableModel(self)
        self.table = QTableView(panel)
        self.table.setObjectName("resultsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setCornerButtonEnabled(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setAccessibleName(self.tr("Results"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(False)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.model.modelReset.connect(self._fit_columns)

        self.chart_heading = QLabel(panel)
        self.chart_heading.setObjectName("sectionHeading")
        self.chart = ResultsChart(panel)
        self.chart.shown_changed.connect(self._update_chart_heading)
        chart_box = QWidget(panel)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(6)
        chart_layout.addWidget(self.chart_heading)
        chart_layout.addWidget(self.chart, 1)
        self.chart_card = Card("chartCard", panel)
        card_layout = QVBoxLayout(self.chart_card)
        card_layout.setContentsMargins(12, 10, 12, 8)
        card_layout.addWidget(chart_box)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, panel)
        self.splitter.setObjectName("resultsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart_card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        self.splitter.installEventFilter(self)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(summary)
        layout.addWidget(self.ties_box)
        layout.addWidget(self.splitter, 1)
        return panel

    # --- which round --------------------------------------------------------------------------------------------
    @staticmethod
    def _latest_closed(rounds: list[VotingRound]) -> int | None:
        closed = [r for r in rounds if r.status == RoundStatus.CLOSED]
        return max(closed, key=lambda r: (r.closed_at or "", r.id)).id if closed else None

    def _default_round(self) -> int | None:
        rounds = self.workshop.voting_rounds()
        closed = [r for r in rounds if r.status == RoundStatus.CLOSED]
        opened = [r for r in rounds if r.status == RoundStatus.OPEN]
        for group in (closed, opened, rounds):
            if group:
                return max(group, key=lambda r: (r.closed_at or r.opened_at or "", r.id)).id
        return None

    def _status_word(self, rnd: VotingRound) -> str:
        return {RoundStatus.DRAFT: self.tr("draft"), RoundStatus.OPEN: self.tr("open for voting"),
                RoundStatus.CLOSED: self.tr("closed")}[rnd.status]

    def _fill_combo(self, keep: int | None, chosen: bool = False) -> None:
        rounds = self.workshop.voting_rounds()
        latest = self._latest_closed(rounds)
        if latest is not None and latest != self._seen_closed and not chosen:
            keep = latest  # a round has just closed: its results are what the room wants to see
        self._seen_closed = latest
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for rnd in reversed(rounds):  # newest first
            self.round_combo.addItem(f"{rnd.title}  ·  {self._status_word(rnd)}", rnd.id)
            self.round_combo.setItemData(self.round_combo.count() - 1, rnd.title, Qt.ItemDataRole.ToolTipRole)
        index = self.round_combo.findData(keep) if keep is not None else -1
        if index < 0 and rounds:
            index = self.round_combo.findData(self._default_round())
        self.round_combo.setCurrentIndex(index)
        self.round_combo.blockSignals(False)
        self.round_combo.setEnabled(bool(rounds))
        self._show_current()

    def current_round_id(self) -> int | None:
        data = self.round_combo.currentData()
        return int(data) if data is not None else None

    def show_round(self, round_id: int) -> None:
        """Show this round (the Vote page asks for it when a round closes)."""
        index = self.round_combo.findData(round_id)
        if index < 0:
            self._fill_combo(round_id, chosen=True)
        elif index != self.round_combo.currentIndex():
            self.round_combo.setCurrentIndex(index)
        else:
            self._show_current()

    def _on_round_chosen(self, _index: int) -> None:
        self._show_current()

    # --- what is shown --------------------------------------------------------------------------------------------
    def _show_current(self) -> None:
        round_id = self.current_round_id()
        rnd = None
        if round_id is not None:
            try:
                rnd = self.workshop.voting_round(round_id)
            except WorkshopError:
                rnd = None
        self._round = rnd
        if rnd is None:
            self._clear_results()
            self.stack.setCurrentWidget(self.empty_panel)
        elif rnd.status == RoundStatus.CLOSED:
            self._show_results(rnd)
        else:
            self._clear_results()
            self._show_waiting(rnd)
        self._update_actions()

    def _clear_results(self) -> None:
        """Nothing of a round's figures may linger while another round is still being voted on."""
        self._results = None
        self.model.set_results(None)
        self.chart.set_results(None)
        for label in (self.round_title, self.round_facts, self.method_label, self.turnout_label,
                      self.chart_heading):
            label.clear()
        self._set_statements([])

    def _show_waiting(self, rnd: VotingRound) -> None:
        self.wait_title.setText(rnd.title)
        if rnd.status == RoundStatus.OPEN:
            turnout = self.workshop.turnout(rnd.id)
            self.wait_kicker.setText(self.tr("OPEN FOR VOTING"))
            self.wait_turnout.setText(self._turnout_sentence(turnout.voted, turnout.eligible))
            self.wait_bar.setRange(0, max(1, turnout.eligible))
            self.wait_bar.setValue(min(turnout.voted, max(1, turnout.eligible)))
            self.wait_counts.show()
            self.wait_text.setText(self.tr("Results appear here when the round closes: nobody sees any figure "
                                           "while people are still voting. Close the round on the Vote step once "
                                           "everyone has voted."))
        else:
            self.wait_kicker.setText(self.tr("DRAFT"))
            self.wait_turnout.clear()
            self.wait_counts.hide()
            self.wait_text.setText(self.tr("This round has not opened for voting yet. Open it on the Vote step; "
                                           "its results show here once it closes."))
        self.stack.setCurrentWidget(self.waiting_panel)

    def _turnout_sentence(self, voted: int, eligible: int) -> str:
        if eligible == 1:
            return self.tr("%n of 1 has voted", "", voted)
        return self.tr("%1 of %2 have voted").replace("%1", str(voted)).replace("%2", str(eligible))

    def _show_results(self, rnd: VotingRound) -> None:
        try:
            results = self.workshop.results(rnd.id)
        except WorkshopError as error:
            self._clear_results()
            self.empty_label.setText(error.message)
            self.stack.setCurrentWidget(self.empty_panel)
            return
        self._results = results
        self.round_title.setText(rnd.title)
        facts = [self.tr("Closed %1").replace("%1", closed_text(rnd.closed_at)) if rnd.closed_at
                 else self.tr("Closed")]
        facts.append(self.tr("secret ballot") if rnd.secret else self.tr("open ballot: who voted how is recorded"))
        if rnd.voter_unit == VoterUnit.ORGANISATION:
            facts.append(self.tr("one ballot per organisation"))
        if rnd.runoff_of is not None:
            try:
                source = self.workshop.voting_round(rnd.runoff_of)
                facts.append(self.tr("run-off of “%1”").replace("%1", source.title))
            except WorkshopError:
                facts.append(self.tr("a run-off"))
        self.round_facts.setText("  ·  ".join(facts))
        self.method_label.setText(rnd.rules.describe())
        turnout = results.turnout
        self.turnout_label.setText(self.tr("Turnout: %1. %2.")
                                   .replace("%1", self._turnout_sentence(turnout.voted, turnout.eligible))
                                   .replace("%2", sources_sentence(turnout, rnd.rules.method)))
        self.model.set_results(results)
        self.chart.set_results(results)
        self._update_chart_heading()
        self._set_statements(self._statements_for(results))
        self.stack.setCurrentWidget(self.results_panel)

    def _update_chart_heading(self, *_args) -> None:
        if self._results is None:
            self.chart_heading.clear()
            return
        shown, total = self.chart.shown, self.chart.total
        figure = self.tr(self.chart.axis_title).upper()
        if self._results.tally.method is Method.SCHULZE:
            # Schulze ranks by who beats whom; the bars show a figure, not what the order is by.
            self.chart_heading.setText(self.tr("%1 OF THE TOP %2, IN RANK ORDER").replace("%1", figure)
                                       .replace("%2", str(shown)) if shown < total else
                                       self.tr("%1, IN RANK ORDER").replace("%1", figure))
            return
        self.chart_heading.setText(self.tr("TOP %1 BY %2").replace("%1", str(shown)).replace("%2", figure)
                                   if shown < total else self.tr("BY %1").replace("%1", figure))

    def _statements_for(self, results) -> list[tuple[str, tuple[int, ...], float]]:
        groups = statement_groups(results.tally)
        if len(groups) != len(results.statements):  # the wording changed shape: words only, no buttons
            return [(text, (), 0) for text in results.statements]
        return [(text, candidates, score) for text, (candidates, score) in zip(results.statements, groups)]

    def _existing_runoffs(self, round_id: int) -> dict[frozenset, int]:
        found = {}
        for rnd in self.workshop.voting_rounds():
            if rnd.runoff_of == round_id:
                found[frozenset(c.label for c in self.workshop.round_candidates(rnd.id))] = rnd.id
        return found

    def _set_statements(self, items: list[tuple[str, tuple[int, ...], float]]) -> None:
        for statement in self.statements:
            self.ties_layout.removeWidget(statement)
            statement.hide()
            statement.setParent(None)
            statement.deleteLater()
        self.statements = []
        self._all_statements = False
        if not items or self._results is None:
            self.ties_box.hide()
            return
        labels = {c.id: c.label for c in self._results.candidates}
        runoffs = self._existing_runoffs(self._results.round.id)
        for text, candidates, score in items:
            statement = _Statement(text, self.ties_body)
            statement.candidates = tuple(candidates)
            if len(candidates) >= 2 and score > 0:
                names = [labels.get(c, str(c)) for c in candidates]
                existing = runoffs.get(frozenset(names))
                if existing is not None:
                    statement.runoff_id = existing
                    button = statement.add_button(self.tr("Open the run-off"), primary=False)
                    button.setToolTip(self.tr("A run-off between these candidates exists: show it on the Vote step"))
                    button.clicked.connect(lambda _=False, r=existing: self.vote_requested.emit(r))
                else:
                    if len(names) <= _IN_BUTTON:
                        label = self.tr("Create a run-off between %1").replace("%1", _list_words(names))
                    else:
                        label = self.tr("Create a run-off between these %n", "", len(names))
                    button = statement.add_button(label, primary=True)
                    button.setToolTip(self.tr("A new draft round between %1 only, with the same method and "
                                              "secrecy. Undo with Ctrl+Z.").replace("%1", _list_words(names)))
                    button.setEnabled(not self._read_only)
                    button.clicked.connect(lambda _=False, ids=tuple(candidates): self.create_runoff(ids))
            statement.label.setFont(self.table.font())
            self.ties_layout.addWidget(statement)
            self.statements.append(statement)
        self.ties_box.show()
        self._fit_ties()

    def _fit_ties(self) -> None:
        """The first few sentences show; the rest wait behind "Show all" so the table keeps its room."""
        hidden = 0
        for n, statement in enumerate(self.statements):
            visible = self._all_statements or n < STATEMENTS_SHOWN
            statement.setVisible(visible)
            hidden += not visible
        extra = len(self.statements) - STATEMENTS_SHOWN
        self.ties_more.setVisible(extra > 0)
        if extra > 0:
            self.ties_more.setText(self.tr("Show fewer") if self._all_statements else
                                   self.tr("Show %1 more").replace("%1", str(extra)))

    def _toggle_all_statements(self) -> None:
        self._all_statements = not self._all_statements
        self._fit_ties()

    def _update_actions(self) -> None:
        rnd = self._round
        self.export_button.setEnabled(rnd is not None and rnd.status == RoundStatus.CLOSED
                                      and self._results is not None)
        self.projector_button.setEnabled(rnd is not None and rnd.status != RoundStatus.DRAFT)

    def chart_placement(self) -> str:
        """Where the chart is: "beside" the table, "below" it, or "hidden" (no room for it)."""
        if self.chart_card.isHidden():
            return "hidden"
        return "beside" if self.splitter.orientation() == Qt.Orientation.Horizontal else "below"

    def _fit_chart(self) -> None:
        """The chart sits beside the table on a wide page, under it on a narrow one (a 1024 px projector),
        and gives way to the table when there is not the height for both."""
        if self.width() >= CHART_MIN_PAGE_WIDTH * self._zoom:
            placement = "beside"
        elif self.splitter.height() >= CHART_BELOW_MIN_HEIGHT * self._zoom:
            placement = "below"
        else:
            placement = "hidden"
        if placement == self.chart_placement():
            return
        if placement == "hidden":
            self.chart_card.hide()
            return
        orientation = Qt.Orientation.Horizontal if placement == "beside" else Qt.Orientation.Vertical
        turned = orientation != self.splitter.orientation()
        self.splitter.setOrientation(orientation)
        self.chart_card.show()
        if turned or placement == "below":
            length = self.splitter.width() if placement == "beside" else self.splitter.height()
            first = length * (3 if placement == "beside" else 11) // (5 if placement == "beside" else 20)
            self.splitter.setSizes([first, max(1, length - first)])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange_header(self.width() >= HEADER_ONE_LINE_WIDTH * self._zoom)
        self._fit_chart()
        self._fit_combo()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._fit_chart()  # the ties above it came or went
        return super().eventFilter(watched, event)

    def _arrange_header(self, wide: bool) -> None:
        if wide == self._header_wide:
            return
        self._header_wide = wide
        grid = self.header_grid
        controls = (self.round_label, self.round_combo, self.export_button, self.projector_button)
        for widget in (self.title, self.subtitle, *controls):
            grid.removeWidget(widget)
            self.header_titles.removeWidget(widget)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        first = 1 if wide else 0
        if wide:
            grid.addWidget(self.title, 0, 0)
            grid.addWidget(self.subtitle, 1, 0)
            grid.setColumnStretch(0, 1)
        else:
            self.header_titles.addWidget(self.title)
            self.header_titles.addWidget(self.subtitle)
        for column, widget in enumerate(controls, first):
            if wide:
                grid.addWidget(widget, 0, column, 2, 1, Qt.AlignmentFlag.AlignBottom)
            else:
                grid.addWidget(widget, 0, column)
        grid.setColumnStretch(first + 1, 1)  # the round list
        self._fit_combo()

    def _fit_combo(self) -> None:
        """Beside the title the round list stops at a comfortable width; under it, it takes the line."""
        if not self._header_wide:
            self.round_combo.setMaximumWidth(16777215)
            return
        letters = QFontMetrics(self.round_combo.font()).averageCharWidth()
        self.round_combo.setMaximumWidth(letters * COMBO_MAX_LETTERS + round(60 * self._zoom))

    def _fit_columns(self) -> None:
        font = self.table.font()
        metrics = QFontMetrics(font)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        strong = QFontMetrics(bold)
        header = QFontMetrics(self.table.horizontalHeader().font())
        pad = 28
        horizontal = self.table.horizontalHeader()
        if self.model.columnCount() == 0:
            return
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)

        def title(column: int) -> int:
            return header.horizontalAdvance(str(self.model.headerData(column, Qt.Orientation.Horizontal))) + pad

        self.table.setColumnWidth(COL_RANK, max(strong.horizontalAdvance("=000") + pad, title(COL_RANK)))
        references = [self.model.data(self.model.index(r, COL_REFERENCE)) for r in range(self.model.rowCount())]
        widest = max((strong.horizontalAdvance(ref or "") for ref in references), default=0)
        self.table.setColumnWidth(COL_REFERENCE, max(min(widest, int(160 * self._zoom)) + pad, title(COL_REFERENCE)))
        for column in range(FIRST_FIGURE, self.model.columnCount()):
            values = [self.model.data(self.model.index(r, column)) for r in range(self.model.rowCount())]
            width = max((metrics.horizontalAdvance(v or "") for v in values), default=0) + pad
            self.table.setColumnWidth(column, max(width, title(column)))
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + int(14 * self._zoom))

    # --- run-offs ---------------------------------------------------------------------------------------------
    def create_runoff(self, candidate_ids) -> int | None:
        """A new draft round between these candidates; then the Vote page shows it."""
        if self._read_only or self._results is None:
            return None
        source = self._results.round
        try:
            round_id, change = self.workshop.create_runoff(source.id, list(candidate_ids))
        except WorkshopError as error:
            show_error(self, error, self.tr("Create a run-off"))
            return None
        push_change(self.undo_stack, change)
        self.message.emit(self.tr("Run-off created as a draft round. Open it for voting on the Vote step. "
                                  "Undo with Ctrl+Z."))
        self.vote_requested.emit(round_id)
        return round_id

    # --- export and projector ---------------------------------------------------------------------------------
    def _export_folder(self) -> Path:
        folder = self.workshop.path.parent
        if os.access(folder, os.W_OK):
            return folder
        from ..common.dialog_parts import documents_folder

        return documents_folder()

    def _output_names(self, workshop=None) -> dict:
        """What outputs may call the voters: consent and the privacy switch applied by the workshop (or by the
        anonymised view of it that an export without names uses)."""
        workshop = workshop or self.workshop
        names: dict = dict(workshop.output_names())
        if not workshop.anonymise_outputs():
            names.update({f"o{org.id}": org.name for org in self.workshop.organisations()})
        return names

    def export(self, path: str | os.PathLike | None = None) -> Path | None:
        """Save the shown round's results; with no path, ask where (the filter chooses CSV or XLSX)."""
        rnd = self._round
        if rnd is None or rnd.status != RoundStatus.CLOSED:
            return None
        names_view = self.workshop
        if path is None:
            from ..common.export_warning import WITHOUT_NAMES, anonymised, ask_about_names, who_is_named

            who = who_is_named(self.workshop, "results", rnd.id)
            if who:
                choice = ask_about_names(self, who)
                if choice is None:
                    return None
                if choice == WITHOUT_NAMES:
                    names_view = anonymised(self.workshop)  # this file only; the workshop is not changed
            stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", self.tr("Results – %1").replace("%1", rnd.title))
            stem = " ".join(stem.split()).strip(" .")[:90].strip(" .") or self.tr("Results")
            filters = ";;".join(self.tr(f) for f in EXPORT_FILTERS)
            chosen, chosen_filter = QFileDialog.getSaveFileName(
                self, self.tr("Export results"), str(self._export_folder() / f"{stem}.xlsx"), filters)
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() not in (".csv", ".xlsx"):
                target = target.with_name(target.name + (".csv" if "csv" in chosen_filter.lower() else ".xlsx"))
        else:
            target = Path(path)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            results = self.workshop.results(rnd.id)
            ballots = None if rnd.secret else self.workshop.open_ballots(rnd.id)
            written = export_results(results, target, workshop_title=self.workshop.info().title,
                                     doc=self.workshop.documents(),
                                     anonymise=names_view.anonymise_outputs(), names=self._output_names(names_view),
                                     ballots=ballots)
        except WorkshopError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, error, self.tr("Export results"))
            return None
        except Exception as error:  # noqa: BLE001 - a person gets words, the log gets the details
            QGuiApplication.restoreOverrideCursor()
            show_error(self, error, self.tr("Export results"))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.message.emit(self.tr("Results saved to %1").replace("%1", str(written)))
        return written

    def show_on_projector(self) -> QWidget | None:
        rnd = self._round
        if rnd is None or rnd.status == RoundStatus.DRAFT:
            return None
        from .projector import show_projector

        if self.projector is not None:
            self.projector.set_round(rnd.id)
            self.projector.raise_()
            self.projector.activateWindow()
            return self.projector
        self.projector = show_projector(self, self.workshop, self.signals, rnd.id)
        self.projector.destroyed.connect(self._projector_gone)
        self.message.emit(self.tr("The projector shows “%1”. Press Esc or double-click it to close it.")
                          .replace("%1", rnd.title))
        return self.projector

    def _projector_gone(self, *_args) -> None:
        self.projector = None

    # --- configuration ------------------------------------------------------------------------------------------
    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        font = theme.base_font(theme.BASE_POINT_SIZE * factor)
        self.table.setFont(font)
        header_font = theme.base_font(theme.BASE_POINT_SIZE * factor * 0.92)
        header_font.setWeight(QFont.Weight.DemiBold)
        self.table.horizontalHeader().setFont(header_font)
        self.chart.set_zoom(factor)
        for statement in self.statements:
            statement.label.setFont(font)
        self._apply_style()
        self._fit_columns()
        self._fit_ties()
        self._fit_chart()
        self._fit_combo()

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.model.set_palette(palette)
        self.chart.set_palette(palette)
        self._apply_style()

    def _apply_style(self) -> None:
        p = self._palette

        def pt(size: float) -> str:
            return f"{size * self._zoom:.1f}pt"

        self.setStyleSheet(f"""
QWidget#resultsPage {{ background: {p.window}; color: {p.text}; }}
QLabel#comboLabel {{ color: {p.muted}; }}
QComboBox#roundCombo {{ background: {p.surface}; border: 1px solid {p.border_strong}; border-radius: 6px;
    padding: 4px 10px; color: {p.text}; }}
QComboBox#roundCombo:focus {{ border: 2px solid {p.accent}; padding: 3px 9px; }}
QFrame#resultsCard, QFrame#chartCard {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: 10px; }}
QLabel#roundTitle {{ color: {p.text}; font-size: {pt(13.5)}; font-weight: 600; }}
QLabel#roundFacts {{ color: {p.muted}; }}
QLabel#roundMethod {{ color: {p.text}; }}
QLabel#roundTurnout {{ color: {p.text}; font-weight: 600; }}
QFrame#tieBox {{ background: {p.banner}; border: 1px solid {p.banner_border}; border-radius: 10px; }}
QWidget#tieBody {{ background: transparent; border: none; }}
QPushButton#tieMore {{ color: {p.banner_text}; background: transparent; border: none; text-decoration: underline;
    padding: 2px 0px 2px 22px; text-align: left; }}
QLabel#tieHeading {{ color: {p.banner_text}; font-size: {pt(8.5)}; font-weight: 700; letter-spacing: 1px; }}
QLabel#tieText {{ color: {p.banner_text}; }}
QLabel#tieMarker {{ color: {p.banner_border}; padding-top: 1px; }}
QLabel#sectionHeading {{ color: {p.muted}; font-size: {pt(8.5)}; font-weight: 700; letter-spacing: 1px; }}
QTableView#resultsTable {{ background: {p.surface}; alternate-background-color: {p.alternate};
    border: 1px solid {p.border}; border-radius: 0px; selection-background-color: {p.selection};
    selection-color: {p.selection_text}; outline: none; }}
QTableView#resultsTable::item {{ padding: 0px 8px; border-bottom: 1px solid {p.alternate}; }}
QTableView#resultsTable QHeaderView::section {{ background: {p.header}; color: {p.muted}; border: none;
    border-bottom: 1px solid {p.border_strong}; border-right: 1px solid {p.border}; padding: 6px 8px; }}
QFrame#waitingCard {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 14px; }}
QLabel#waitingKicker {{ color: {p.accent}; font-size: {pt(9)}; font-weight: 700; letter-spacing: 1px; }}
QLabel#waitingTitle {{ color: {p.text}; font-size: {pt(18)}; font-weight: 600; }}
QLabel#turnoutBig {{ color: {p.text}; font-size: {pt(28)}; font-weight: 700; }}
QProgressBar#turnoutBar {{ background: {p.header}; border: none; border-radius: 6px; }}
QProgressBar#turnoutBar::chunk {{ background: {p.accent}; border-radius: 6px; }}
QLabel#waitingText {{ color: {p.muted}; font-size: {pt(11)}; }}
QLabel#emptyState {{ color: {p.muted}; font-size: {pt(12)}; background: transparent; }}
""")

    # --- workshop changes ---------------------------------------------------------------------------------------
    def _on_workshop_changed(self, topic: str, ids) -> None:
        if topic == "rounds":
            self._fill_combo(self.current_round_id())
        elif topic == "ballots":
            if self._round is not None and (not ids or self._round.id in ids):
                self._show_current()
        elif topic == "participants":
            if self._round is not None and self._round.status == RoundStatus.OPEN:
                self._show_current()  # the number who may vote changed

    def detach(self) -> None:
        """Stop listening to the workshop (it is being closed); the projector closes with it."""
        if self.projector is not None:
            self.projector.close()
            self.projector = None
        if self._detached:
            return
        self._detached = True
        self.signals.changed.disconnect(self._on_workshop_changed)
        if self._own_signals:
            self.signals.detach()
