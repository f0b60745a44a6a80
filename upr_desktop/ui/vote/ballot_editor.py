"""One ballot, being filled in: the same widget at the kiosk and in the paper-ballot dialog.

The ballot lives in plain Python state here; the rows on screen are views of it. That keeps
`votes()` exact whatever has been built, and lets a long list of candidates (400 is a real
review) build its rows a screenful at a time: the first rows show at once and the rest follow
while the person reads.

Entries that the rules would refuse are refused as they are made: the + button goes grey and a
short note says why, so a ballot reaching `cast_ballot` is normally valid already.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...domain.rounds import Candidate
from ...domain.voting import SCORE_MAX, Method, Moscow, RoundRules, ordinal, ranking_places
from ..common import theme
from .candidate_list import candidate_list_view
from .ballot_rows import ApprovalRow, CandidateRow, ChoiceRow, CountRow
from ..common.translation import Context, plural, translate

BallotCounts = Context("BallotCounts")  # plural sentences: lupdate takes the context from this name

FIRST_ROWS = 30  # built at once: a screenful and then some
ROWS_PER_STEP = 40  # built per turn of the event loop after that
POINTS_STEP = 5  # what one press of + gives in 100-point voting (typing gives any number)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BallotEditor", text)


def _count_words(n: int, method: Method) -> str:
    if method is Method.DOT:
        return BallotCounts.tr("%n dot(s)", None, n)
    return BallotCounts.tr("%n point(s)", None, n)


def editor_stylesheet(p: theme.Palette) -> str:
    """The ballot's own look. No font sizes: the ballot takes its size from where it sits."""
    return f"""
QLabel#ballotBanner {{ background: {p.accent_soft}; color: {p.accent}; border: 1px solid {p.accent};
    border-radius: 8px; padding: 8px 14px; font-weight: 700; }}
QLabel#ballotBanner[spent="true"] {{ background: {p.surface}; color: {p.text}; border-color: {p.border_strong}; }}
QLabel#ballotNote {{ color: {p.banner_text}; background: {p.banner}; border: 1px solid {p.banner_border};
    border-radius: 6px; padding: 6px 12px; }}
QLabel#ballotHint {{ color: {p.muted}; }}
QScrollArea#ballotScroll {{ background: {p.window}; border: 1px solid {p.border}; border-radius: 8px; }}
QWidget#ballotRows {{ background: {p.window}; }}
QFrame#ballotRow {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 8px; }}
QFrame#ballotRow[active="true"] {{ background: {p.accent_soft}; border: 2px solid {p.accent}; }}
QLabel#candidateLabel {{ color: {p.accent}; font-weight: 700; background: transparent; }}
QLabel#candidateText {{ color: {p.text}; background: transparent; }}
QLabel#rowNote {{ color: {p.muted}; background: transparent; }}
QLabel#countLabel {{ color: {p.text}; font-weight: 700; background: transparent; }}
QToolButton#stepButton {{ background: {p.surface}; color: {p.accent}; border: 2px solid {p.accent};
    border-radius: 8px; font-weight: 700; }}
QToolButton#stepButton:hover {{ background: {p.accent_soft}; }}
QToolButton#stepButton:pressed {{ background: {p.accent}; color: #ffffff; }}
QToolButton#stepButton:disabled {{ color: #b3bcc6; border-color: {p.border}; background: {p.surface}; }}
QSpinBox#pointsBox {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border_strong};
    border-radius: 6px; padding: 0px 4px; font-weight: 700; }}
QSpinBox#pointsBox::up-button, QSpinBox#pointsBox::down-button {{ width: 0px; height: 0px; border: none;
    subcontrol-origin: border; }}
QSpinBox#pointsBox:focus {{ border: 2px solid {p.accent}; }}
QToolButton#segment {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border_strong};
    border-radius: 6px; padding: 4px 10px; }}
QToolButton#segment:hover {{ border-color: {p.accent}; color: {p.accent}; }}
QToolButton#segment:checked {{ background: {p.accent}; color: #ffffff; border-color: {p.accent}; font-weight: 700; }}
QToolButton#approveBox {{ background: {p.surface}; color: #ffffff; border: 2px solid {p.border_strong};
    border-radius: 8px; font-weight: 800; }}
QToolButton#approveBox:hover {{ border-color: {p.accent}; }}
QToolButton#approveBox:checked {{ background: {p.accent}; border-color: {p.accent}; }}
QListView#rankingList, QListView#unrankedList {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: 8px; outline: none; }}
QLabel#rankHeading {{ color: {p.text}; font-weight: 700; }}
QPushButton#rankButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border_strong};
    border-radius: 6px; padding: 6px 14px; }}
QPushButton#rankButton:hover {{ border-color: {p.accent}; color: {p.accent}; }}
QPushButton#rankButton:checked {{ background: {p.accent_soft}; color: {p.accent}; border: 1px solid {p.accent}; }}
QPushButton#rankButton:disabled {{ color: #a2abb5; border-color: {p.border}; }}
"""


# ---------------------------------------------------------------------------------------------------------------
# Candidates in a list view: used by the ranked ballot here and by the Vote page


# ---------------------------------------------------------------------------------------------------------------
# Rows for the methods where each candidate is marked on its own


# ---------------------------------------------------------------------------------------------------------------
# The editor


class BallotEditor(QWidget):
    """A ballot for one round's rules and candidates. `votes()` gives it in the domain's content shape."""

    changed = Signal()

    def __init__(self, rules: RoundRules, candidates: Sequence[Candidate], parent: QWidget | None = None, *,
                 palette: theme.Palette = theme.CALM, font: QFont | None = None):
        super().__init__(parent)
        self.setObjectName("ballotEditor")
        # Set on every widget: under a style sheet Qt does not reliably hand a parent's font down.
        self.base_font = QFont(font) if font is not None else QFont(self.font())
        self.setFont(self.base_font)
        self.rules = rules
        self.method = rules.method
        self.candidates: list[Candidate] = list(candidates)
        self._index = {c.id: n for n, c in enumerate(self.candidates)}
        self._palette = palette
        self.setStyleSheet(editor_stylesheet(palette))

        # The ballot itself
        self._counts: dict[int, int] = {}
        self._approved: set[int] = set()
        self._choices: dict[int, object] = {}  # score (int) or Moscow
        self._ranking: list[int] = []
        self._level: list[bool] = []  # by place in _ranking: level with the candidate above

        self.banner = QLabel(self)
        self.banner.setObjectName("ballotBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setAccessibleName(self.tr("What is left"))
        self.note = QLabel(self)
        self.note.setObjectName("ballotNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.hint = QLabel(self._hint(), self)
        self.hint.setObjectName("ballotHint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.hint, 1)
        top.addWidget(self.banner, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(top)
        layout.addWidget(self.note)

        self.rows: dict[int, CandidateRow] = {}
        self._built = 0
        self.rows_widget: QWidget | None = None
        self.scroll: QScrollArea | None = None
        if self.method.ranked:
            self._build_ranked(layout)
        else:
            self.scroll = QScrollArea(self)
            self.scroll.setObjectName("ballotScroll")
            self.scroll.setWidgetResizable(True)
            self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.rows_widget = QWidget()
            self.rows_widget.setObjectName("ballotRows")
            self._rows_layout = QVBoxLayout(self.rows_widget)
            self._rows_layout.setContentsMargins(10, 10, 10, 10)
            self._rows_layout.setSpacing(8)
            self._rows_layout.addStretch(1)
            self.scroll.setWidget(self.rows_widget)
            layout.addWidget(self.scroll, 1)
            self._build_rows(FIRST_ROWS)
            if self._built < len(self.candidates):
                self._more = QTimer(self)
                self._more.setInterval(0)
                self._more.timeout.connect(self._build_more)
                self._more.start()
            self.scroll.verticalScrollBar().valueChanged.connect(self._near_bottom)
        for widget in (self.banner, self.note, self.hint):
            widget.setFont(self.base_font)
        if self.method.ranked:
            theme.set_font_tree(self, self.base_font)
        self._update_banner()

    # --- what is on the ballot -----------------------------------------------------------
    def votes(self) -> dict | list:
        m = self.method
        if m.cumulative:
            return {c: n for c, n in sorted(self._counts.items()) if n}
        if m is Method.APPROVAL:
            return sorted(self._approved)
        if m.ranked:
            places: list[list[int]] = []
            for cid, level in zip(self._ranking, self._level):
                if level and places:
                    places[-1].append(cid)
                else:
                    places.append([cid])
            return [p[0] if len(p) == 1 else sorted(p) for p in places]  # a level group has no order
        if m is Method.MOSCOW:
            return {c: v.value for c, v in sorted(self._choices.items())}
        return dict(sorted(self._choices.items()))

    def take_choices_from(self, other: "BallotEditor") -> None:
        """The same ballot, filled in as `other` is (the kiosk rebuilds its editor when a voter switches the
        language of the screen mid-ballot)."""
        self._counts = dict(other._counts)
        self._approved = set(other._approved)
        self._choices = dict(other._choices)
        self._ranking = list(other._ranking)
        self._level = list(other._level)
        if self.method.ranked:
            self._refresh_ranked()
        else:
            for row in self.rows.values():
                row.refresh()
        self._update_banner()
        self.changed.emit()

    def clear(self) -> None:
        self._counts.clear()
        self._approved.clear()
        self._choices.clear()
        self._ranking.clear()
        self._level.clear()
        self.show_note("")
        if self.method.ranked:
            self._refresh_ranked()
        else:
            for row in self.rows.values():
                row.refresh()
        self._update_banner()
        self.changed.emit()

    # --- cumulative ----------------------------------------------------------------------
    def count(self, cid: int) -> int:
        return self._counts.get(cid, 0)

    def remaining(self) -> int | None:
        budget = self.rules.budget()
        return None if budget is None else budget - sum(self._counts.values())

    def room_for(self, cid: int) -> int:
        """How much more this candidate can take within the budget and the cap."""
        room = self.remaining() or 0
        cap = self.rules.max_per_candidate
        if cap is not None:
            room = min(room, cap - self.count(cid))
        return max(0, room)

    def step(self, cid: int, direction: int) -> bool:
        size = POINTS_STEP if self.method is Method.POINTS else 1
        n = self.count(cid)
        if direction > 0:
            room = self.room_for(cid)
            if room <= 0:
                self._explain_refusal(cid)
                return False
            return self.set_count(cid, n + min(size, room))
        if n <= 0:
            return False
        # A points step down lands on a multiple of the step, so 23 goes to 20, then 15.
        target = (n - 1) // size * size if size > 1 else n - 1
        return self.set_count(cid, target)

    def set_count(self, cid: int, n: int) -> bool:
        if not self.method.cumulative or cid not in self._index:
            return False
        n = max(0, int(n))
        current = self.count(cid)
        refused = n > current and n - current > self.room_for(cid)
        if refused:
            self._explain_refusal(cid)
            n = current + self.room_for(cid)
        if n == current:
            self._refresh_rows_after_count(cid)
            return False
        if n:
            self._counts[cid] = n
        else:
            self._counts.pop(cid, None)
        self._refresh_rows_after_count(cid)
        self._update_banner()
        if not refused:
            self.show_note(self.tr("All your %1 are placed. To move one, take it off a candidate first.")
                           .replace("%1", self._unit_plural()) if self.remaining() == 0 else "")
        self.changed.emit()
        return True

    def _refresh_rows_after_count(self, cid: int) -> None:
        # What is left changes what every other + can do.
        for row in self.rows.values():
            row.refresh()

    def _explain_refusal(self, cid: int) -> None:
        cap = self.rules.max_per_candidate
        label = self.candidates[self._index[cid]].label
        if cap is not None and self.count(cid) >= cap:
            self.show_note(self.tr("%1 already has %2: that is the most one candidate can have.")
                            .replace("%1", label).replace("%2", _count_words(cap, self.method)))
        else:
            self.show_note(self.tr("All your %1 are placed. To move one, take it off a candidate first.")
                            .replace("%1", self._unit_plural()))

    def _unit_plural(self) -> str:
        return _count_words(self.rules.budget() or 0, self.method)

    # --- approval, score, MoSCoW ---------------------------------------------------------
    def approved(self, cid: int) -> bool:
        return cid in self._approved

    def set_approved(self, cid: int, on: bool) -> None:
        if cid not in self._index or (cid in self._approved) == on:
            return
        (self._approved.add if on else self._approved.discard)(cid)
        if cid in self.rows:
            self.rows[cid].refresh()
        self._update_banner()
        self.changed.emit()

    def choice(self, cid: int):
        return self._choices.get(cid)

    def choose(self, cid: int, value) -> None:
        """Score or MoSCoW: choosing the current value again clears it (unrated)."""
        if cid not in self._index:
            return
        if self.method is Method.MOSCOW and value is not None:
            value = Moscow(value)
        if value is None or self._choices.get(cid) == value:
            self._choices.pop(cid, None)
        else:
            self._choices[cid] = value
        if cid in self.rows:
            self.rows[cid].refresh()
        self._update_banner()
        self.changed.emit()

    # --- ranked --------------------------------------------------------------------------
    def _build_ranked(self, layout: QVBoxLayout) -> None:
        self.ranking_view, self.ranking_model, self.ranking_delegate = candidate_list_view(
            self, "rankingList", numbered=True, palette=self._palette)
        self.ranking_view.setAccessibleName(self.tr("Your ranking"))
        self.ranking_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_rank_buttons())
        self.unranked_view, self.unranked_model, self.unranked_delegate = candidate_list_view(
            self, "unrankedList", palette=self._palette)
        self.unranked_view.setAccessibleName(self.tr("Not ranked yet"))
        self.unranked_view.clicked.connect(self._rank_clicked)
        self.unranked_view.activated.connect(self._rank_clicked)
        self.unranked_view.setCursor(Qt.CursorShape.PointingHandCursor)

        self.ranking_heading = QLabel(self)
        self.ranking_heading.setObjectName("rankHeading")
        self.unranked_heading = QLabel(self)
        self.unranked_heading.setObjectName("rankHeading")
        for heading in (self.ranking_heading, self.unranked_heading):
            heading.setWordWrap(True)  # the two headings side by side must not widen a 1024-pixel kiosk
        # Short words: with "Level with above" beside them they fit a half-width pane at the kiosk's size.
        self.up_button = QPushButton(self.tr("▲  Up"), self)
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("▼  Down"), self)
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.level_button = QPushButton(self.tr("=  Level with above"), self)
        self.level_button.setCheckable(True)
        self.level_button.setAccessibleName(self.tr("Level with the one above"))
        self.level_button.setToolTip(self.tr("Rank this candidate level with the one above it: the two share "
                                             "a place. Press again to put it below."))
        self.remove_button = QPushButton(self.tr("✕  Remove"), self)
        for button in (self.up_button, self.down_button, self.level_button, self.remove_button):
            button.setObjectName("rankButton")
        self.up_button.clicked.connect(lambda: self._move_current(-1))
        self.down_button.clicked.connect(lambda: self._move_current(+1))
        self.level_button.clicked.connect(self._toggle_level_current)
        self.remove_button.clicked.connect(self._remove_current)

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.ranking_heading)
        left.addWidget(self.ranking_view, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.level_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.unranked_heading)
        right.addWidget(self.unranked_view, 1)
        panes = QHBoxLayout()
        panes.setSpacing(16)
        panes.addLayout(left, 1)
        panes.addLayout(right, 1)
        layout.addLayout(panes, 1)
        self._refresh_ranked()

    def rank(self, cid: int) -> bool:
        """Put a candidate at the bottom of the ranking (the next preference)."""
        if not self.method.ranked or cid not in self._index or cid in self._ranking:
            return False
        self._ranking.append(cid)
        self._level.append(False)
        self._refresh_ranked(current=cid)
        self._update_banner()
        self.changed.emit()
        return True

    def unrank(self, cid: int) -> bool:
        if cid not in self._ranking:
            return False
        at = self._ranking.index(cid)
        if at + 1 < len(self._level) and self._level[at + 1]:
            self._level[at + 1] = self._level[at]  # the one below stays in the same place as before
        del self._ranking[at]
        del self._level[at]
        if self._level:
            self._level[0] = False
        keep = self._ranking[min(at, len(self._ranking) - 1)] if self._ranking else None
        self._refresh_ranked(current=keep)
        self._update_banner()
        self.changed.emit()
        return True

    def move(self, cid: int, offset: int) -> bool:
        if cid not in self._ranking:
            return False
        at = self._ranking.index(cid)
        to = at + offset
        if not 0 <= to < len(self._ranking):
            return False
        self._ranking[at], self._ranking[to] = self._ranking[to], self._ranking[at]
        self._refresh_ranked(current=cid)
        self.changed.emit()
        return True

    def is_level(self, cid: int) -> bool:
        """Whether a ranked candidate shares its place with the one above it."""
        return cid in self._ranking and self._level[self._ranking.index(cid)]

    def set_level(self, cid: int, level: bool) -> bool:
        """Rank a candidate level with the one above it (they share a place), or below it again.

        Places stay where they are when candidates move: Move up swaps two candidates, not their places."""
        if cid not in self._ranking:
            return False
        at = self._ranking.index(cid)
        if at == 0 or self._level[at] == level:
            return False
        self._level[at] = level
        self._refresh_ranked(current=cid)
        self.changed.emit()
        return True

    def _toggle_level_current(self) -> None:
        cid = self._current_ranked()
        if cid is not None:
            self.set_level(cid, not self.is_level(cid))
        self._update_rank_buttons()

    def _current_ranked(self) -> int | None:
        index = self.ranking_view.currentIndex()
        c = self.ranking_model.candidate_at(index.row()) if index.isValid() else None
        return c.id if c else None

    def _move_current(self, offset: int) -> None:
        cid = self._current_ranked()
        if cid is not None:
            self.move(cid, offset)

    def _remove_current(self) -> None:
        cid = self._current_ranked()
        if cid is not None:
            self.unrank(cid)

    def _rank_clicked(self, index: QModelIndex) -> None:
        c = self.unranked_model.candidate_at(index.row())
        if c is not None:
            self.rank(c.id)

    def _refresh_ranked(self, current: int | None = None) -> None:
        ranked = set(self._ranking)
        scroll = self.unranked_view.verticalScrollBar().value()
        self.ranking_model.set_candidates([self.candidates[self._index[c]] for c in self._ranking], self._level)
        self.unranked_model.set_candidates([c for c in self.candidates if c.id not in ranked])
        self.unranked_view.verticalScrollBar().setValue(scroll)
        if current is not None:
            row = self.ranking_model.row_of(current)
            if row is not None:
                index = self.ranking_model.index(row)
                self.ranking_view.setCurrentIndex(index)
                self.ranking_view.scrollTo(index)
        n, total = len(self._ranking), len(self.candidates)
        self.ranking_heading.setText(self.tr("Your ranking, best first") if n else
                                     self.tr("Your ranking: click a candidate on the right to put it first"))
        self.unranked_heading.setText(self.tr("Not ranked yet (%1): click the next one you prefer")
                                      .replace("%1", str(total - n)) if total - n else
                                      self.tr("Every candidate is ranked"))
        self._update_rank_buttons()

    def _update_rank_buttons(self) -> None:
        cid = self._current_ranked()
        at = self._ranking.index(cid) if cid in self._ranking else None
        self.up_button.setEnabled(at is not None and at > 0)
        self.down_button.setEnabled(at is not None and at < len(self._ranking) - 1)
        self.remove_button.setEnabled(at is not None)
        self.level_button.setEnabled(at is not None and at > 0)
        self.level_button.setChecked(at is not None and self._level[at])

    # --- words on top --------------------------------------------------------------------
    def _hint(self) -> str:
        m = self.method
        if m is Method.DOT:
            cap = self.rules.max_per_candidate
            if cap is None:
                return self.tr("Press + to give a candidate a dot. You can put several dots on one candidate.")
            return self.tr("Press + to give a candidate a dot. You can put several dots on one candidate (at most "
                           "%1).").replace("%1", str(cap))
        if m is Method.POINTS:
            return self.tr("Share your points out: press + (%1 at a time) or type a number next to a candidate.")\
                .replace("%1", str(POINTS_STEP))
        if m is Method.APPROVAL:
            return self.tr("Tick every candidate you support, as many as you like.")
        if m is Method.SCORE:
            return self.tr("Rate each candidate from 0 (not at all) to %1 (most). Press a chosen score again to "
                           "leave the candidate unrated.").replace("%1", str(SCORE_MAX))
        if m.ranked:
            return self.tr("Click candidates in order of preference: your first choice first. You need not rank "
                           "them all. To rank two candidates level, select the lower one and press “Level with "
                           "above”.")
        return self.tr("Mark each candidate Must, Should, Could or Won't. Press a chosen mark again to clear it.")

    def _update_banner(self) -> None:
        m = self.method
        total = len(self.candidates)
        spent = False
        if m.cumulative:
            budget = self.rules.budget() or 0
            left = self.remaining() or 0
            dots = m is Method.DOT
            if left:  # "3 of 10 dots left": the count that decides the word is the budget
                text = plural(self.tr("{left} of %n dot(s) left", "", budget) if dots
                              else self.tr("{left} of %n point(s) left", "", budget), budget).format(left=left)
            else:
                text = plural(self.tr("All %n dot(s) placed", "", budget) if dots
                              else self.tr("All %n point(s) placed", "", budget), budget)
                spent = True
        elif m is Method.APPROVAL:
            n = len(self._approved)
            text = plural(self.tr("You support %n candidate(s)", "", n), n)
        elif m.ranked:
            ranked = len(self._ranking)
            text = plural(self.tr("%n of {total} ranked", "", ranked), ranked).format(total=total)
        else:
            done = len(self._choices)
            text = plural(self.tr("%n of {total} rated", "", done) if m is Method.SCORE
                          else self.tr("%n of {total} marked", "", done), done).format(total=total)
        self.banner.setText(text)
        if self.banner.property("spent") != spent:
            self.banner.setProperty("spent", spent)
            self.banner.style().unpolish(self.banner)
            self.banner.style().polish(self.banner)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # --- rows, built a screenful at a time -----------------------------------------------
    def _make_row(self, c: Candidate) -> CandidateRow:
        m = self.method
        if m.cumulative:
            row = CountRow(self, c)
        elif m is Method.APPROVAL:
            row = ApprovalRow(self, c)
        elif m is Method.SCORE:
            row = ChoiceRow(self, c, [(n, str(n)) for n in range(SCORE_MAX + 1)])
        else:
            row = ChoiceRow(self, c, [(w, w.label) for w in Moscow])
        row.apply_font()
        return row

    def _build_rows(self, n: int) -> None:
        stop = min(len(self.candidates), self._built + n)
        insert_at = self._rows_layout.count() - 1  # before the stretch
        for c in self.candidates[self._built:stop]:
            row = self._make_row(c)
            self.rows[c.id] = row
            self._rows_layout.insertWidget(insert_at, row)
            insert_at += 1
        self._built = stop
        self._fit_rows_widget()

    def _fit_rows_widget(self) -> None:
        # The scroll area does not re-measure its widget when rows are added to it, and until it
        # does, the layout squeezes every row into the old height.
        if self.scroll is None or not self.scroll.isVisible():
            return
        width = self.scroll.viewport().width()
        height = max(self.rows_widget.heightForWidth(width), self.scroll.viewport().height())
        self.rows_widget.resize(width, height)

    def _build_more(self) -> None:
        self._build_rows(ROWS_PER_STEP)
        if self._built >= len(self.candidates):
            self._more.stop()

    def _near_bottom(self, value: int) -> None:
        bar = self.scroll.verticalScrollBar()
        if self._built < len(self.candidates) and value > bar.maximum() - self.scroll.viewport().height():
            self._build_rows(ROWS_PER_STEP)

    def all_rows_built(self) -> bool:
        return self.method.ranked or self._built >= len(self.candidates)

    def row(self, cid: int) -> CandidateRow | None:
        """The row for a candidate, built now if it was not yet."""
        if self.method.ranked or cid not in self._index:
            return None
        if cid not in self.rows:
            self._build_rows(self._index[cid] + 1 - self._built)
        return self.rows[cid]

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.setStyleSheet(editor_stylesheet(palette))
        if self.method.ranked:
            self.ranking_delegate.set_palette(palette)
            self.unranked_delegate.set_palette(palette)
            self.ranking_view.viewport().update()
            self.unranked_view.viewport().update()


def ballot_choices(rules: RoundRules, candidates: Sequence[Candidate], votes) -> list[tuple[Candidate, str]]:
    """A ballot as (candidate, what it got) in the order a person checks it: ranking order for ranked
    ballots, the candidates' order otherwise. Candidates left blank are not listed."""
    tr = _tr
    by_id = {c.id: c for c in candidates}
    m = rules.method
    if m.ranked:
        out = []
        place = 1
        for level in ranking_places(votes):
            what = translate("BallotEditor", "%1 choice") if len(level) == 1 else translate("BallotEditor", "%1 choice, level")
            out += [(by_id[c], what.replace("%1", ordinal(place, of="choice"))) for c in level if c in by_id]
            place += len(level)
        return out
    if m is Method.APPROVAL:
        chosen = set(votes)
        return [(c, translate("BallotEditor", "Supported")) for c in candidates if c.id in chosen]
    out = []
    for c in candidates:
        if c.id not in votes:
            continue
        value = votes[c.id]
        if m.cumulative:
            what = _count_words(value, m)
        elif m is Method.SCORE:
            what = translate("BallotEditor", "Score %1").replace("%1", str(value))
        else:
            what = tr(Moscow(value).label)
        out.append((c, what))
    return out
