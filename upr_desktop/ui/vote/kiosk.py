"""The voting kiosk: the laptop, full screen, passed from person to person.

Each person picks their name (or types their personal code), fills in their ballot, checks it
and casts it. Then the screen thanks them and clears for the next person: the ballot editor is
thrown away, so nothing of one ballot is left on screen or in memory for the next. There is no
way back to an earlier ballot, and no way out of the kiosk without the facilitator's PIN: the
Facilitator button (or Esc) asks for it. The layout fits any screen from 1024×600 up.
"""

from __future__ import annotations

import hmac
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.participant import Participant
from ...domain.rounds import BallotSource, RoundStatus, VoterUnit, VotingRound
from ... import i18n
from ..common import theme
from .ballot_editor import BallotEditor, ballot_choices
from ..common.errors import message_for
from .kiosk_pin import digits_only

THANKS_MS = 3000
_ACTIVITY = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin)
# A ballot left half-filled is cleared, so the next person never sees someone else's choices.
IDLE_MS = 3 * 60 * 1000
KIOSK_POINT_SIZE = 17.0
# Below this width the bar shows only the current step, and pages have narrower margins, so that the kiosk
# fits a 1024-pixel screen; below this height the titles are smaller, so the ballot keeps room on 1024×600.
COMPACT_WIDTH = 1280
SHORT_HEIGHT = 700
SHORT_SCALE = 0.88
NAME_ON_BUTTON = 250  # pixels of a name on the Continue button
PARTICIPANT_ROLE = 0x0101  # Qt.UserRole + 1

# Calm and high in contrast: white cards on a very light grey, near-black text, a deep blue.
KIOSK_PALETTE = replace(theme.CALM, window="#f4f6f9", surface="#ffffff", text="#0d1620", muted="#3d4a57",
                        accent="#14539a", accent_hover="#0f4580", accent_soft="#e3edf9", border="#c9d2dc",
                        border_strong="#8f9cab", selection="#cfe1f6", selection_text="#0d1620")


def kiosk_stylesheet(p: theme.Palette) -> str:
    return f"""
QWidget#kiosk {{ background: {p.window}; color: {p.text}; }}
QFrame#kioskBar {{ background: {p.surface}; border: none; border-bottom: 1px solid {p.border}; }}
QLabel#kioskRound {{ color: {p.text}; font-weight: 700; }}
QLabel#secretPill {{ color: {p.supported[0]}; background: {p.supported[1]}; border-radius: 14px;
    padding: 4px 14px; font-weight: 600; }}
QLabel#openPill {{ color: {p.noted[0]}; background: {p.noted[1]}; border-radius: 14px; padding: 4px 14px;
    font-weight: 600; }}
QLabel#stepPill {{ color: {p.muted}; padding: 2px 6px; }}
QLabel#stepPill[current="true"] {{ color: {p.accent}; font-weight: 700; }}
QPushButton#facilitatorButton {{ background: transparent; color: {p.muted}; border: 1px solid {p.border};
    border-radius: 6px; padding: 4px 12px; font-size: 11pt; }}
QPushButton#facilitatorButton:hover {{ color: {p.text}; border-color: {p.border_strong}; }}
QLabel#kioskTitle {{ color: {p.text}; font-size: 30pt; font-weight: 700; }}
QLabel#kioskLead {{ color: {p.muted}; }}
QLabel#kioskVoter {{ color: {p.accent}; font-weight: 700; }}
QLabel#kioskError {{ color: #8a1414; background: #fdf0f0; border: 2px solid #d64545; border-radius: 8px;
    padding: 10px 14px; font-weight: 600; }}
QFrame#kioskCard {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 14px; }}
QFrame#kioskCard QLabel {{ background: transparent; }}
QLabel#cardHeading {{ color: {p.text}; font-weight: 700; }}
QLabel#cardHint {{ color: {p.muted}; }}
QLineEdit#kioskField {{ background: {p.surface}; color: {p.text}; border: 2px solid {p.border_strong};
    border-radius: 10px; padding: 10px 14px; }}
QLineEdit#kioskField:focus {{ border-color: {p.accent}; }}
QLineEdit#codeField {{ background: {p.surface}; color: {p.text}; border: 2px solid {p.border_strong};
    border-radius: 10px; padding: 10px 14px; font-size: 24pt; font-weight: 700; letter-spacing: 4px; }}
QLineEdit#codeField:focus {{ border-color: {p.accent}; }}
QListView#nameList {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px; outline: none; }}
QListView#nameList::item {{ padding: 12px 14px; border-bottom: 1px solid {p.border}; color: {p.text}; }}
QListView#nameList::item:hover {{ background: {p.accent_soft}; }}
QListView#nameList::item:selected {{ background: {p.accent}; color: #ffffff; }}
QLabel#emptyNames {{ color: {p.muted}; }}
QPushButton#kioskPrimary {{ background: {p.accent}; color: #ffffff; border: none; border-radius: 12px;
    padding: 16px 34px; font-weight: 700; }}
QPushButton#kioskPrimary:hover {{ background: {p.accent_hover}; }}
QPushButton#kioskPrimary:disabled {{ background: #b7c6d8; color: #f4f7fb; }}
QPushButton#kioskSecondary {{ background: {p.surface}; color: {p.text}; border: 2px solid {p.border_strong};
    border-radius: 12px; padding: 14px 28px; font-weight: 600; }}
QPushButton#kioskSecondary:hover {{ border-color: {p.accent}; color: {p.accent}; }}
QFrame#summaryRow {{ border: none; border-bottom: 1px solid {p.border}; }}
QLabel#summaryWhat {{ color: {p.accent}; }}
QLabel#summaryText {{ color: {p.text}; }}
QLabel#summaryBlank {{ color: {p.muted}; }}
QScrollArea#summaryScroll {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 14px; }}
QWidget#summaryBody {{ background: {p.surface}; }}
QLabel#thanksMark {{ color: #ffffff; background: {p.supported[0]}; font-size: 54pt; font-weight: 700; }}
QLabel#closedMark {{ color: #ffffff; background: {p.accent}; font-size: 46pt; font-weight: 700; }}
QFrame#pinShade {{ background: rgba(13, 22, 32, 150); }}
QFrame#pinCard {{ background: {p.surface}; border-radius: 16px; }}
"""


# ---------------------------------------------------------------------------------------------------------------
# The kiosk


class KioskWindow(QWidget):
    """Full screen, one voter at a time. closeEvent is refused until the facilitator types the PIN."""

    closed = Signal()

    WHO, BALLOT, CHECK, THANKS, CLOSED = range(5)

    def __init__(self, workshop, signals, round_id: int, exit_pin: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.workshop = workshop
        self.signals = signals
        self.round_id = round_id
        self._pin = exit_pin
        self._unlocked = False
        self.thanks_ms = THANKS_MS
        self.editor: BallotEditor | None = None
        self.voter: Participant | None = None
        self.ballot_code: str | None = None  # ballot-code rounds: the code typed, spent by the cast
        self.round: VotingRound = workshop.voting_round(round_id)
        self.candidates = workshop.round_candidates(round_id)
        self.palette_ = KIOSK_PALETTE
        self.setFont(theme.base_font(KIOSK_POINT_SIZE))
        self.setStyleSheet(kiosk_stylesheet(self.palette_))

        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.timeout.connect(self.next_person)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(IDLE_MS)
        self._idle_timer.timeout.connect(self.clear_abandoned)
        QApplication.instance().installEventFilter(self)

        # The room's language; a voter may switch the screen to their own for their ballot (set_voter_language),
        # and the kiosk returns to the room's when the ballot is cast or abandoned.
        self.room_language = i18n.current_language()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._bar: QFrame | None = None
        self.pages: QStackedWidget | None = None
        self._build_screens()
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+F12"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.ask_for_pin)
        self.exit_shortcut = shortcut
        self.signals.changed.connect(self._on_workshop_changed)
        self.refresh_names()
        if self.round.status != RoundStatus.OPEN:
            self._show_closed()
        else:
            self._show(self.WHO)

    def _build_screens(self) -> None:
        """The bar and every screen, in the current language (built again when a voter switches it)."""
        self.setWindowTitle(self.tr("Voting: %1").replace("%1", self.round.title))
        self._page_layouts: list[QHBoxLayout] = []
        self._columns: list[tuple[QVBoxLayout, int]] = []  # each page's column and its spacing
        self._compact: bool | None = None  # narrow screen: see COMPACT_WIDTH
        self._short = False  # low screen: see SHORT_HEIGHT
        for old in (self._bar, self.pages, getattr(self, "pin_overlay", None), getattr(self, "names_model", None),
                    getattr(self, "names_proxy", None)):
            if old is not None:
                if isinstance(old, QWidget):
                    self._layout.removeWidget(old)
                    old.hide()
                old.deleteLater()
        bar = self._bar = self._build_bar()
        self.pages = QStackedWidget(self)
        who = self._build_who()
        if self.round.uses_codes:
            # Nobody picks a name in a ballot-code round: the code screen stands in for the names.
            from .kiosk_codes import BallotCodeEntry

            who.hide()
            self.code_entry = BallotCodeEntry(self.workshop, self.round_id, self)
            self.code_entry.code_accepted.connect(self._begin_with_code)
            who = self.code_entry
        else:
            self.code_entry = None
        self.pages.addWidget(who)
        self.pages.addWidget(self._build_ballot())
        self.pages.addWidget(self._build_check())
        self.pages.addWidget(self._build_thanks())
        self.pages.addWidget(self._build_closed())
        self._layout.addWidget(bar)
        self._layout.addWidget(self.pages, 1)

        self.pin_overlay = self._build_pin_overlay()
        self.pin_overlay.hide()
        self._columns = [(outer.itemAt(1).widget().layout(), outer.itemAt(1).widget().layout().spacing())
                         for outer in self._page_layouts]
        self._apply_fonts(self)
        for label in self.findChildren(QLabel):
            # A wrapping sentence may be narrow and tall; its long line must not set the kiosk's width.
            if label.wordWrap() and label.minimumWidth() == 0:
                label.setMinimumWidth(160)
        if self.isVisible() and self.width() > 0:
            self._fit(self.width(), self.height())
        else:
            screen = QApplication.primaryScreen() if self.parent() is None else self.parentWidget().screen()
            if screen is not None:
                self._fit(screen.geometry().width(), screen.geometry().height())

    # --- the voter's language --------------------------------------------------------------
    def language(self) -> str:
        return i18n.current_language()

    def set_voter_language(self, lang: str) -> None:
        """Show the kiosk in `lang` for this voter, keeping where they are and what they have chosen. The ballot's
        recommendations stay as imported: only the kiosk's own words change."""
        if lang == i18n.current_language() or lang not in i18n.available_languages():
            return
        screen = self.screen()
        editor = self.editor
        kept = {"search": self.search.text(), "code": self.code.text(), "person": self.selected_participant(),
                "ballot_code_typed": self.code_entry.field.text() if self.code_entry is not None else ""}
        if editor is not None:
            self.editor_holder.removeWidget(editor)
            editor.hide()
            self.editor = None
        i18n.apply(lang)
        self._build_screens()
        self.search.setText(kept["search"])
        self.code.setText(kept["code"])
        if self.code_entry is not None:
            self.code_entry.field.setText(kept["ballot_code_typed"])
        self.refresh_names()
        if kept["person"] is not None:
            self._select_participant(kept["person"].id)
        if editor is not None:
            self._show_voter()
            self._new_editor()
            self.editor.take_choices_from(editor)
            editor.setParent(None)
            editor.deleteLater()
        if screen == self.CHECK and self.editor is not None:
            self.review_ballot()
        elif screen in (self.BALLOT, self.CHECK) and self.editor is not None:
            self._show(self.BALLOT)
        elif screen == self.CLOSED:
            self._show(self.CLOSED)
        else:
            self._show(self.WHO)

    def back_to_room_language(self) -> None:
        """The next voter meets the room's language, not the last voter's choice."""
        if i18n.current_language() != self.room_language:
            screen = self.screen()
            i18n.apply(self.room_language)
            self._build_screens()
            self.refresh_names()
            self._show(screen)

    def _on_language_chosen(self, index: int) -> None:
        self._pending_language = self.language_choice.itemData(index)
        # After this signal returns: the switch rebuilds the bar that holds the box sending it.
        QTimer.singleShot(0, self._switch_to_pending_language)

    def _switch_to_pending_language(self) -> None:
        lang, self._pending_language = getattr(self, "_pending_language", None), None
        if lang:
            self.set_voter_language(lang)

    # --- building --------------------------------------------------------------------------
    def _scaled(self, widget: QWidget, factor: float, bold: bool = False) -> None:
        widget.setProperty("kioskScale", factor)
        widget.setProperty("kioskBold", bold)
        widget.setFont(self._font(factor, bold))

    def _font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = theme.base_font(KIOSK_POINT_SIZE * factor * (SHORT_SCALE if self._short else 1.0))
        if bold:
            font.setWeight(QFont.Weight.Bold)
        return font

    def _apply_fonts(self, root: QWidget) -> None:
        # Under a style sheet Qt does not reliably hand a parent's font down, so each widget gets its own.
        # A ballot editor sizes its own parts from the font it was given.
        inside_editor = set(self.editor.findChildren(QWidget)) if self.editor is not None else set()
        for widget in [root, *root.findChildren(QWidget)]:
            if widget is self.editor or widget in inside_editor:
                continue
            widget.setFont(self._font(widget.property("kioskScale") or 1.0, bool(widget.property("kioskBold"))))

    def _build_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("kioskBar")
        self.round_label = QLabel(self.round.title, bar)
        self.round_label.setObjectName("kioskRound")
        self.secrecy_pill = QLabel(bar)
        if self.round.secret:
            self.secrecy_pill.setObjectName("secretPill")
            self.secrecy_pill.setText(self.tr("Secret ballot: no one can see who voted for what"))
        else:
            self.secrecy_pill.setObjectName("openPill")
            self.secrecy_pill.setText(self.tr("Open ballot: your choices are recorded with your name"))
        self._scaled(self.secrecy_pill, 0.68)
        self.step_pills = []
        self.step_arrows = []
        steps = QHBoxLayout()
        steps.setSpacing(4)
        for n, text in enumerate((self.tr("1  Who is voting"), self.tr("2  Your ballot"),
                                  self.tr("3  Check and cast"))):
            if n:
                arrow = QLabel("›", bar)
                arrow.setObjectName("stepPill")
                self._scaled(arrow, 0.75)
                self.step_arrows.append(arrow)
                steps.addWidget(arrow)
            pill = QLabel(text, bar)
            pill.setObjectName("stepPill")
            self._scaled(pill, 0.75)
            self.step_pills.append(pill)
            steps.addWidget(pill)
        self.facilitator_button = QPushButton(self.tr("Facilitator"), bar)
        self.facilitator_button.setObjectName("facilitatorButton")
        self.facilitator_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.facilitator_button.setToolTip(self.tr("For the facilitator: leave the kiosk (PIN needed, or press "
                                                   "Esc)"))
        self.facilitator_button.clicked.connect(self.ask_for_pin)
        # Each voter may read the kiosk in their own language: the six, each named in itself.
        self.language_choice = QComboBox(bar)
        self.language_choice.setObjectName("kioskLanguage")
        self.language_choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language_choice.setAccessibleName(self.tr("Language of this screen"))
        self.language_choice.setToolTip(self.tr("Language of this screen"))
        for lang in i18n.available_languages():
            self.language_choice.addItem(i18n.language_name(lang), lang)
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(i18n.current_language())))
        self.language_choice.currentIndexChanged.connect(self._on_language_chosen)
        self._scaled(self.language_choice, 0.68)
        self.round_label.setWordWrap(True)
        self.round_label.setMinimumWidth(200)
        names = QVBoxLayout()
        names.setSpacing(4)
        names.addWidget(self.round_label)
        names.addWidget(self.secrecy_pill, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(32, 10, 24, 10)
        layout.setSpacing(18)
        layout.addLayout(names, 1)
        layout.addSpacing(12)
        layout.addLayout(steps)
        layout.addSpacing(24)
        layout.addWidget(self.language_choice)
        layout.addWidget(self.facilitator_button)
        return bar

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        outer = QHBoxLayout(page)
        outer.setContentsMargins(48, 28, 48, 28)
        self._page_layouts.append(outer)
        column = QVBoxLayout()
        column.setSpacing(16)
        holder = QWidget(page)
        holder.setLayout(column)
        holder.setMaximumWidth(1400)
        outer.addStretch(1)
        outer.addWidget(holder, 100)
        outer.addStretch(1)
        return page, column

    def _title(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("kioskTitle")
        label.setWordWrap(True)
        return label

    def _lead(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("kioskLead")
        label.setWordWrap(True)
        return label

    def _error_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName("kioskError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _button(self, text: str, primary: bool, parent: QWidget, slot) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName("kioskPrimary" if primary else "kioskSecondary")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(slot)
        return button

    def _build_who(self) -> QWidget:
        page, column = self._page()
        column.addWidget(self._title(self.tr("Who is voting?"), page))
        if self.round.voter_unit == VoterUnit.ORGANISATION:
            lead = self.tr("This round takes one ballot per organisation. Find your name: you vote for your "
                           "organisation.")
        else:
            lead = self.tr("Find your name and press Continue, or type the personal code on your slip.")
        column.addWidget(self._lead(lead, page))

        # Names
        names = QFrame(page)
        names.setObjectName("kioskCard")
        self.search = QLineEdit(names)
        self.search.setObjectName("kioskField")
        self.search.setPlaceholderText(self.tr("Type to find your name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find your name"))
        self.names_model = QStandardItemModel(self)
        self.names_proxy = QSortFilterProxyModel(self)
        self.names_proxy.setSourceModel(self.names_model)
        self.names_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.names_proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self._filter_names)
        self.search.returnPressed.connect(self._name_entered)
        self.name_list = QListView(names)
        self.name_list.setObjectName("nameList")
        self.name_list.setModel(self.names_proxy)
        self.name_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.name_list.setUniformItemSizes(True)
        self.name_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.name_list.setAccessibleName(self.tr("Names of those still to vote"))
        self.name_list.selectionModel().currentChanged.connect(lambda *_: self._update_continue())
        self.name_list.activated.connect(lambda *_: self.continue_with_name())
        self.empty_names = QLabel(names)
        self.empty_names.setObjectName("emptyNames")
        self.empty_names.setWordWrap(True)
        self.empty_names.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_names.hide()
        self.continue_button = self._button(self.tr("Continue"), True, names, self.continue_with_name)
        names_layout = QVBoxLayout(names)
        names_layout.setContentsMargins(22, 20, 22, 20)
        names_layout.setSpacing(12)
        heading = QLabel(self.tr("Find your name"), names)
        heading.setObjectName("cardHeading")
        names_layout.addWidget(heading)
        names_layout.addWidget(self.search)
        names_layout.addWidget(self.name_list, 1)
        names_layout.addWidget(self.empty_names, 1)
        names_layout.addWidget(self.continue_button)

        # Code
        codes = QFrame(page)
        codes.setObjectName("kioskCard")
        heading = QLabel(self.tr("Or type your personal code"), codes)
        heading.setObjectName("cardHeading")
        heading.setWordWrap(True)
        hint = QLabel(self.tr("It is on the slip the facilitator gave you, e.g. K7M-Q2P. Capitals and dashes "
                              "don't matter."), codes)
        hint.setObjectName("cardHint")
        hint.setWordWrap(True)
        self.code = QLineEdit(codes)
        self.code.setObjectName("codeField")
        self.code.setMaxLength(16)
        self.code.setPlaceholderText(self.tr("Your code"))
        self.code.setAccessibleName(self.tr("Personal code"))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.returnPressed.connect(self.continue_with_code)
        self.code.textChanged.connect(lambda _: self.who_error.hide())
        self.code_button = self._button(self.tr("Continue with my code"), False, codes, self.continue_with_code)
        codes_layout = QVBoxLayout(codes)
        codes_layout.setContentsMargins(22, 20, 22, 20)
        codes_layout.setSpacing(12)
        codes_layout.addWidget(heading)
        codes_layout.addWidget(hint)
        codes_layout.addWidget(self.code)
        codes_layout.addWidget(self.code_button)
        codes_layout.addStretch(1)

        self.who_error = self._error_label(page)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(names, 3)
        row.addWidget(codes, 2)
        self._who_row = row  # side by side; one above the other when a longer language needs the width
        column.addLayout(row, 1)
        column.addWidget(self.who_error)
        return page

    def _build_ballot(self) -> QWidget:
        page, column = self._page()
        column.setSpacing(12)
        self.ballot_title = self._title(self.tr("Your ballot"), page)
        self.voter_label = QLabel(page)
        self.voter_label.setObjectName("kioskVoter")
        self.voter_label.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.ballot_title, 1)
        heading.addWidget(self.voter_label, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(heading)
        self.editor_holder = QVBoxLayout()
        self.editor_holder.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.editor_holder, 1)
        self.start_over_button = self._button(self.tr("Start over"), False, page, self.start_over)
        self.start_over_button.setToolTip(self.tr("Leave without voting: nothing is saved"))
        self.review_button = self._button(i18n.arrows(self.tr("Review my ballot  ›")), True, page, self.review_ballot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_over_button)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        column.addLayout(buttons)
        return page

    def _build_check(self) -> QWidget:
        page, column = self._page()
        column.addWidget(self._title(self.tr("Check your ballot"), page))
        self.check_lead = self._lead("", page)
        column.addWidget(self.check_lead)
        self.summary_scroll = QScrollArea(page)
        self.summary_scroll.setObjectName("summaryScroll")
        self.summary_scroll.setWidgetResizable(True)
        self.summary_body = QWidget()
        self.summary_body.setObjectName("summaryBody")
        self.summary_layout = QVBoxLayout(self.summary_body)
        self.summary_layout.setContentsMargins(24, 12, 24, 12)
        self.summary_layout.setSpacing(0)
        self.summary_scroll.setWidget(self.summary_body)
        column.addWidget(self.summary_scroll, 1)
        self.cast_error = self._error_label(page)
        column.addWidget(self.cast_error)
        self.change_button = self._button(i18n.arrows(self.tr("‹  Change my ballot")), False, page, self.change_ballot)
        self.cast_button = self._button(self.tr("Cast my ballot"), True, page, self.cast)
        self._scaled(self.cast_button, 1.12, bold=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cast_button)
        column.addLayout(buttons)
        return page

    def _big_mark(self, text: str, name: str, parent: QWidget) -> QLabel:
        mark = QLabel(text, parent)
        mark.setObjectName(name)
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mark.setFixedSize(140, 140)
        mark.setStyleSheet(f"QLabel#{name} {{ border-radius: 70px; }}")
        return mark

    def _centred_message(self, mark: QLabel, title: str, lead: str, page: QWidget) -> QVBoxLayout:
        title_label = self._title(title, page)
        title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lead_label = self._lead(lead, page)
        lead_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(22)
        layout.addStretch(2)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title_label)
        layout.addWidget(lead_label)
        layout.addStretch(3)
        return layout

    def _build_thanks(self) -> QWidget:
        page = QWidget(self)
        self.thanks_title = self.tr("Thank you — your ballot is saved")
        self._centred_message(self._big_mark("✓", "thanksMark", page), self.thanks_title,
                              self.tr("The next person can vote in a moment."), page)
        return page

    def _build_closed(self) -> QWidget:
        page = QWidget(self)
        self._centred_message(self._big_mark("■", "closedMark", page), self.tr("Voting has closed"),
                              self.tr("The facilitator has closed this round, so it takes no more ballots. Thank "
                                      "you for taking part."), page)
        return page

    def _build_pin_overlay(self) -> QFrame:
        shade = QFrame(self)
        shade.setObjectName("pinShade")
        card = QFrame(shade)
        card.setObjectName("pinCard")
        card.setFixedWidth(560)
        title = QLabel(self.tr("Facilitator"), card)
        title.setObjectName("cardHeading")
        self._scaled(title, 1.3, bold=True)
        lead = QLabel(self.tr("Type the exit PIN to leave the kiosk."), card)
        lead.setObjectName("cardHint")
        lead.setWordWrap(True)
        self.pin_field = QLineEdit(card)
        self.pin_field.setObjectName("codeField")
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setAccessibleName(self.tr("Exit PIN"))
        digits_only(self.pin_field)
        self.pin_field.returnPressed.connect(self.try_exit)
        self.pin_field.textChanged.connect(lambda _: self.pin_error.hide())
        self.pin_error = self._error_label(card)
        back = self._button(self.tr("Back to voting"), False, card, self.hide_pin)
        self.exit_button = self._button(self.tr("Leave the kiosk"), True, card, self.try_exit)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.exit_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(lead)
        inner.addWidget(self.pin_field)
        inner.addWidget(self.pin_error)
        inner.addLayout(buttons)
        outer = QVBoxLayout(shade)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        return shade

    # --- screens ---------------------------------------------------------------------------
    def screen(self) -> int:
        return self.pages.currentIndex()

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        for n, pill in enumerate(self.step_pills):
            current = n == index or (index == self.THANKS and n == 2)
            pill.setProperty("current", current)
            pill.style().unpolish(pill)
            pill.style().polish(pill)
        self._show_steps()
        if index == self.WHO:
            (self.code_entry.field if self.code_entry is not None else self.search).setFocus()

    def _show_steps(self) -> None:
        """All three steps, or on a narrow screen only the current one."""
        current = {self.WHO: 0, self.BALLOT: 1, self.CHECK: 2, self.THANKS: 2}.get(self.screen())
        for n, pill in enumerate(self.step_pills):
            pill.setVisible(not self._compact or n == current)
        for arrow in self.step_arrows:
            arrow.setVisible(not self._compact)

    def _fit_pill(self, width: int) -> None:
        """The secrecy pill on one line when it fits beside the steps; in a longer language on a narrow screen,
        on two or three lines (its own width fixed, its height as the words need), never off the screen."""
        pill = self.secrecy_pill
        pill.setWordWrap(False)
        pill.setMinimumSize(0, 0)
        pill.setMaximumSize(16777215, 16777215)
        room = int(width * 0.4)
        if pill.sizeHint().width() > room:
            pill.setWordWrap(True)
            pill.setFixedWidth(room)
            pill.setFixedHeight(pill.heightForWidth(room))

    def _fit(self, width: int, height: int) -> None:
        """Lay the kiosk out for the screen it is on: from 1024×600 up, nothing off screen."""
        self._fit_pill(width)
        if getattr(self, "_who_row", None) is not None:
            side_by_side = QHBoxLayout.Direction.LeftToRight
            self._who_row.setDirection(side_by_side)
            margins = 2 * (20 if width < COMPACT_WIDTH else 48) + 16
            if self._who_row.minimumSize().width() + margins > width:
                self._who_row.setDirection(QHBoxLayout.Direction.TopToBottom)
        compact, short = width < COMPACT_WIDTH, height < SHORT_HEIGHT
        if compact != self._compact:
            self._compact = compact
            for outer in self._page_layouts:
                outer.setContentsMargins(*((20, 14, 20, 14) if compact else (48, 28, 48, 28)))
            self._show_steps()
        if short != self._short:
            self._short = short
            self._apply_fonts(self)
            for title in self.findChildren(QLabel, "kioskTitle"):
                title.setStyleSheet("QLabel#kioskTitle { font-size: 22pt; }" if short else "")
            for column, spacing in self._columns:
                column.setSpacing(min(8, spacing) if short else spacing)

    def _show_closed(self) -> None:
        self._thanks_timer.stop()
        self._drop_ballot()
        if i18n.current_language() != self.room_language:
            i18n.apply(self.room_language)
            self._build_screens()
        self._show(self.CLOSED)

    # --- who is voting ---------------------------------------------------------------------
    def refresh_names(self) -> None:
        """Everyone who may still vote in this round; those who have voted are not offered."""
        current = self.selected_participant()
        self.names_model.clear()
        by_org = self.round.voter_unit == VoterUnit.ORGANISATION
        for p in self.workshop.participants():
            if by_org and not p.organisation:
                continue
            if self.workshop.has_voted(self.round_id, p.id):
                continue
            text = p.label()
            if by_org:
                text = self.tr("%1  ·  votes for %2").replace("%1", text).replace("%2", p.organisation)
            item = QStandardItem(text)
            item.setData(p, PARTICIPANT_ROLE)
            item.setEditable(False)
            self.names_model.appendRow(item)
        self.names_proxy.sort(0)
        self._filter_names(self.search.text())
        if current is not None:
            self._select_participant(current.id)
        self._update_continue()

    def _filter_names(self, text: str) -> None:
        self.names_proxy.setFilterFixedString(" ".join(text.split()))
        empty = self.names_proxy.rowCount() == 0
        if self.names_model.rowCount() == 0:
            self.empty_names.setText(self.tr("Everyone has voted. Thank you!"))
        else:
            self.empty_names.setText(self.tr("No name matches “%1”. Check the spelling, or use your personal code.")
                                     .replace("%1", text.strip()))
        self.name_list.setVisible(not empty)
        self.empty_names.setVisible(empty)
        if not empty and not self.name_list.currentIndex().isValid() and text.strip():
            self.name_list.setCurrentIndex(self.names_proxy.index(0, 0))
        self._update_continue()

    def _name_entered(self) -> None:
        """Enter in the name search: one name left is that person; with several, go to the list to choose."""
        if self.names_proxy.rowCount() == 1:
            self.name_list.setCurrentIndex(self.names_proxy.index(0, 0))
            self.continue_with_name()
        elif self.names_proxy.rowCount() > 1:
            self.name_list.setFocus()

    def names_offered(self) -> list[str]:
        return [self.names_model.item(row).data(PARTICIPANT_ROLE).label() for row in range(self.names_model.rowCount())]

    def selected_participant(self) -> Participant | None:
        if not hasattr(self, "name_list"):
            return None
        index = self.name_list.currentIndex()
        if not index.isValid() or not self.name_list.selectionModel().isSelected(index):
            return None
        return index.data(PARTICIPANT_ROLE)

    def _select_participant(self, participant_id: int) -> bool:
        for row in range(self.names_proxy.rowCount()):
            index = self.names_proxy.index(row, 0)
            if index.data(PARTICIPANT_ROLE).id == participant_id:
                self.name_list.setCurrentIndex(index)
                return True
        return False

    def select_name(self, label: str) -> bool:
        for row in range(self.names_proxy.rowCount()):
            index = self.names_proxy.index(row, 0)
            if index.data(PARTICIPANT_ROLE).label() == label:
                self.name_list.setCurrentIndex(index)
                return True
        return False

    def _update_continue(self) -> None:
        p = self.selected_participant()
        self.continue_button.setEnabled(p is not None)
        # A long name must not widen the kiosk past a 1024-pixel screen; the list above shows it whole.
        name = self.continue_button.fontMetrics().elidedText(p.label(), Qt.TextElideMode.ElideRight,
                                                             NAME_ON_BUTTON) if p else ""
        self.continue_button.setText(i18n.arrows(self.tr("Continue as %1  ›")).replace("%1", name) if p
                                     else self.tr("Pick your name above"))

    def continue_with_name(self) -> bool:
        p = self.selected_participant()
        if p is None:
            return False
        return self._begin(p)

    def continue_with_code(self) -> bool:
        text = self.code.text().strip()
        if not text:
            self._who_problem(self.tr("Type the code from your slip first."))
            return False
        p = self.workshop.participant_by_code(text)
        if p is None:
            self._who_problem(self.tr("That code is not recognised. Check it and type it again, or find your name "
                                      "in the list."))
            return False
        return self._begin(p)

    def _who_problem(self, text: str) -> None:
        self.who_error.setText(text)
        self.who_error.show()

    def _begin(self, p: Participant) -> bool:
        if not self._round_still_open():
            return False
        by_org = self.round.voter_unit == VoterUnit.ORGANISATION
        if by_org and not p.organisation:
            self._who_problem(self.tr("This round takes one ballot per organisation, and you are not registered "
                                      "with one. Please ask the facilitator."))
            return False
        if self.workshop.has_voted(self.round_id, p.id):
            self._who_problem(self.tr("Your organisation has already voted in this round.") if by_org else
                              self.tr("This person has already voted in this round. Each person votes once."))
            self.refresh_names()
            return False
        self.who_error.hide()
        self.voter = p
        self._show_voter()
        self._new_editor()
        self._show(self.BALLOT)
        return True

    def _begin_with_code(self, code: str) -> bool:
        if not self._round_still_open():
            return False
        self.voter = None
        self.ballot_code = code
        self._show_voter()
        self._new_editor()
        self._show(self.BALLOT)
        return True

    def _show_voter(self) -> None:
        p = self.voter
        if p is None:
            self.voter_label.setText(self.tr("Secret ballot with a ballot code") if self.ballot_code else "")
        elif self.round.voter_unit == VoterUnit.ORGANISATION:
            self.voter_label.setText(self.tr("%1 — you vote for %2").replace("%1", p.label())
                                     .replace("%2", p.organisation))
        else:
            self.voter_label.setText(self.tr("Voting as %1").replace("%1", p.label()))

    # --- the ballot ------------------------------------------------------------------------
    def _new_editor(self) -> None:
        self._drop_editor()
        self.editor = BallotEditor(self.round.rules, self.candidates, self, palette=self.palette_,
                                   font=self._font())
        self.editor_holder.addWidget(self.editor)

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.editor_holder.removeWidget(self.editor)
            self.editor.hide()
            self.editor.setParent(None)
            self.editor.deleteLater()
            self.editor = None

    def _drop_ballot(self) -> None:
        """Forget the ballot in progress and who was voting."""
        self._drop_editor()
        self.voter = None
        self.ballot_code = None
        self.voter_label.clear()
        self._clear_summary()
        self.cast_error.hide()

    def _clear_summary(self) -> None:
        while self.summary_layout.count():
            item = self.summary_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.check_lead.clear()

    def start_over(self) -> None:
        """Leave without casting anything."""
        self._drop_ballot()
        self.back_to_room_language()
        self._reset_who()
        self._show(self.WHO)

    def review_ballot(self) -> bool:
        if self.editor is None or (self.voter is None and self.ballot_code is None):
            return False
        votes = self.editor.votes()
        try:
            self.workshop.check_ballot(self.round_id, votes)
        except WorkshopError as error:
            self.editor.show_note(message_for(error))
            return False
        self._clear_summary()
        choices = ballot_choices(self.round.rules, self.candidates, votes)
        if choices:
            self.check_lead.setText(self.tr("This is what you chose. Press Cast my ballot to save it; you can't "
                                            "change it afterwards."))
            for candidate, what in choices:
                self.summary_layout.addWidget(self._summary_row(candidate, what))
        else:
            self.check_lead.setText(self.tr("Your ballot is blank. A blank ballot counts as taking part without "
                                            "supporting any candidate."))
            label = QLabel(self.tr("You have not chosen any candidate."), self.summary_body)
            label.setObjectName("summaryBlank")
            label.setFont(self._font())
            self.summary_layout.addWidget(label)
        self.summary_layout.addStretch(1)
        self.cast_error.hide()
        self._show(self.CHECK)
        return True

    def _summary_row(self, candidate, what: str) -> QFrame:
        row = QFrame(self.summary_body)
        row.setObjectName("summaryRow")
        what_label = QLabel(what, row)
        what_label.setObjectName("summaryWhat")
        what_label.setFont(self._font(1.0, bold=True))
        what_label.setMinimumWidth(140)
        what_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        text = QLabel(f"{candidate.label}  {candidate.text}", row)
        text.setObjectName("summaryText")
        text.setWordWrap(True)
        text.setFont(self._font(0.9))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4, 12, 4, 12)
        layout.setSpacing(20)
        layout.addWidget(what_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        return row

    def summary_lines(self) -> list[str]:
        """The check screen as text: "2 dots: 121.1 …" per line."""
        lines = []
        for i in range(self.summary_layout.count()):
            widget = self.summary_layout.itemAt(i).widget()
            if isinstance(widget, QFrame) and widget.objectName() == "summaryRow":
                what = widget.findChild(QLabel, "summaryWhat").text()
                text = widget.findChild(QLabel, "summaryText").text()
                lines.append(f"{what}: {text}")
            elif isinstance(widget, QLabel):
                lines.append(widget.text())
        return lines

    def change_ballot(self) -> None:
        self._clear_summary()
        self._show(self.BALLOT)

    def cast(self) -> bool:
        if self.editor is None or (self.voter is None and self.ballot_code is None):
            return False
        try:
            if self.ballot_code is not None:
                self.workshop.cast_ballot_with_code(self.round_id, self.ballot_code, self.editor.votes(),
                                                    BallotSource.KIOSK)
            else:
                self.workshop.cast_ballot(self.round_id, self.voter.id, self.editor.votes(), BallotSource.KIOSK)
        except WorkshopError as error:
            self.cast_error.setText(message_for(error))
            self.cast_error.show()
            self._round_still_open()
            return False
        self._drop_ballot()
        self.back_to_room_language()
        self._reset_who()
        self._show(self.THANKS)
        self._thanks_timer.start(self.thanks_ms)
        return True

    def next_person(self) -> None:
        if self.screen() == self.THANKS:
            self._reset_who()
            self._show(self.WHO)

    def clear_abandoned(self) -> None:
        """Nobody has touched the kiosk for a while in the middle of a ballot or a name: clear it, saving nothing."""
        if self.screen() in (self.BALLOT, self.CHECK) or (
                self.screen() == self.WHO and (self.code.text() or self.search.text() or self.selected_participant()
                                               or (self.code_entry is not None and self.code_entry.field.text()))):
            self.start_over()
            self.who_error.setText(self.tr("The last ballot was left unfinished, so it was cleared without "
                                           "being saved. Choose your name to start again."))
            self.who_error.show()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and not self._unlocked:
            self._idle_timer.start()
        return False

    def _reset_who(self) -> None:
        if self.code_entry is not None:
            self.code_entry.clear()
        self.search.clear()
        self.code.clear()
        self.who_error.hide()
        self.name_list.clearSelection()
        self.name_list.setCurrentIndex(QModelIndex())
        self.refresh_names()

    # --- the round changing under us -------------------------------------------------------
    def _round_still_open(self) -> bool:
        try:
            self.round = self.workshop.voting_round(self.round_id)
        except WorkshopError:
            self._show_closed()
            return False
        if self.round.status != RoundStatus.OPEN:
            self._show_closed()
            return False
        return True

    def _on_workshop_changed(self, topic: str, ids) -> None:
        if topic == "rounds" and (not ids or self.round_id in ids):
            self._round_still_open()
        elif topic in ("ballots", "participants") and self.screen() == self.WHO:
            self.refresh_names()

    # --- leaving ---------------------------------------------------------------------------
    def ask_for_pin(self) -> None:
        self.pin_field.clear()
        self.pin_error.hide()
        self.pin_overlay.setGeometry(self.rect())
        self.pin_overlay.show()
        self.pin_overlay.raise_()
        self.pin_field.setFocus()

    def hide_pin(self) -> None:
        self.pin_field.clear()
        self.pin_overlay.hide()

    def try_exit(self) -> bool:
        typed = self.pin_field.text()
        self.pin_field.clear()
        if not hmac.compare_digest(typed.encode(), self._pin.encode()):
            self.pin_error.setText(self.tr("That PIN is not right."))
            self.pin_error.show()
            return False
        self.force_close()
        return True

    @property
    def locked(self) -> bool:
        return not self._unlocked

    def force_close(self) -> None:
        """Leave the kiosk (the PIN was typed, or the workshop is closing)."""
        self._unlocked = True
        self._thanks_timer.stop()
        self._idle_timer.stop()
        if i18n.current_language() != self.room_language:
            i18n.apply(self.room_language)  # the window behind was built in the room's language
        QApplication.instance().removeEventFilter(self)
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self._unlocked:
            event.ignore()
            return
        self._drop_ballot()
        try:
            self.signals.changed.disconnect(self._on_workshop_changed)
        except (RuntimeError, TypeError):
            pass
        event.accept()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            # Esc asks for the PIN (and, asked again, goes back to voting): it never leaves the kiosk by itself.
            if self.pin_overlay.isVisible():
                self.hide_pin()
            else:
                self.ask_for_pin()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._fit(event.size().width(), event.size().height())
        super().resizeEvent(event)
        self.pin_overlay.setGeometry(self.rect())
