"""Step 7, Print: each document previewed as it will print, then printed, saved as a PDF or exported.

The page only talks to upr_desktop.io.pdf: prepare() gathers on this thread (the workshop's connection
belongs to it) and hands back a function that renders on a worker, so the window never freezes. Each
render carries a number; a result whose number is not the newest is dropped, so a quick change of paper
or document never shows an older PDF. The preview reads the PDF from memory through a QBuffer that lives
as long as the document does.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMargins,
    QPointF,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QPageLayout, QPageSize, QUndoStack
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import settings
from ...domain.charter import placeholders
from ...domain.errors import WorkshopError
from ...io.pdf import DocumentChoice, DocumentKind, DocumentRequest, choices, prepare, save_pdf
from ...text import LANGUAGE_NAMES, LANGUAGES
from ..common.flow_layout import ButtonRow
from ..common import theme
from ..common.errors import message_for, show_error
from ..common.page_parts import Card, attach_step
from ..common.undo import push_change
from ..common.translation import plural
from ..common.signals import WorkshopSignals
from .printing import default_paper, print_pdf, print_vector, safe_file_name
from .preview import ChoiceRole, DocumentDelegate, HintRole, RenderJob, RenderSignals

log = logging.getLogger(__name__)

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
# What a printed document shows; notes and comments are never printed, so they don't re-render.
PRINTED_TOPICS = frozenset({"recommendations", "clusters", "rounds", "ballots", "participants", "charter",
                            "workshop", "followup", "evidence"})
DEBOUNCE_MS = 300
BLANK_BALLOTS_MAX = 50
OPTIONS_WIDTH = 290  # at zoom 1: the document list and options beside the preview...
SIDE_BY_SIDE_FROM = 760  # ...when the page is at least this wide (at zoom 1); above it otherwise
NARROW_OPTIONS_WIDTH = 250  # at zoom 1: the options beside the document list, above the preview


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintPage", text)


def _segment(parent: QWidget, text: str) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName("segment")
    button.setText(text)
    button.setCheckable(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


def _tool(parent: QWidget, text: str, tip: str, slot) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName("viewButton")
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(False)
    button.clicked.connect(slot)
    return button


class PrintPage(QWidget):
    """Documents down the left (or along the top on a narrow page), options, and a live preview."""

    message = Signal(str)  # for the status bar

    def __init__(self, workshop, undo_stack: QUndoStack | None = None, signals: WorkshopSignals | None = None,
                 parent: QWidget | None = None, **_context):
        super().__init__(parent)
        attach_step(self, "printPage", workshop, undo_stack, signals)
        self._detached = False
        self._choices: list[DocumentChoice] = []
        self._round_titles: dict[int, str] = {}
        self._paper = default_paper()
        self._render_number = 0  # the newest render asked for; any other result is stale
        self._busy = False
        self._stale = True  # the workshop changed (or nothing is shown yet) since the preview was made
        self._pdf: bytes | None = None
        self.shown_request: DocumentRequest | None = None  # what the preview shows
        self._side_by_side: bool | None = None
        self._choices_stale = False  # rounds or the charter came or went while the page was hidden
        self._pending_request: DocumentRequest | None = None

        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one render at a time: reportlab keeps global state
        self._render_signals = RenderSignals(self)
        self._render_signals.rendered.connect(self._on_rendered)
        self._render_signals.failed.connect(self._on_render_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._refresh)

        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None  # the bytes the document reads: kept as long as it is loaded

        self._build_header()
        self._build_options()
        self._build_preview()
        self._create_actions()

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(14)
        self.body.addWidget(self.options_card)
        self.body.addWidget(self.preview_card, 1)
        layout = QVBoxLayout(self)
        # The page sets its own least width (see minimumSizeHint): a narrow window rearranges it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(12)
        layout.addLayout(self.header)
        layout.addLayout(self.body, 1)

        self._arrange(True)
        self.set_palette(self._palette)
        self._fill_choices()
        self._update_actions()
        self._update_exports()

    # --- building -----------------------------------------------------------------------------------------
    def _build_header(self) -> None:
        self.title = QLabel(self.tr("Print and export"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr("See each document as it will print, in any script, then print it, save "
                                       "it as a PDF or export the plan."), self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("secondaryButton")
        self.export_button.setToolTip(self.tr("The implementation plan as a spreadsheet, the charter as a Word "
                                              "document, or a file for IMPACT OSS"))
        self.export_menu = QMenu(self.export_button)
        self.export_menu.setObjectName("exportMenu")
        self.export_actions: dict[str, QAction] = {}
        for key, text, tip in (
                ("matrix-xlsx", self.tr("Implementation matrix (Excel)…"),
                 self.tr("Each priority with the recommendations it cites and its plan, to track implementation")),
                ("matrix-csv", self.tr("Implementation matrix (CSV)…"),
                 self.tr("The same matrix as a CSV file, for any spreadsheet or database")),
                ("docx", self.tr("Charter as a Word document…"),
                 self.tr("The charter as it stands, to finish or lay out in Word")),
                ("impactoss", self.tr("All recommendations for IMPACT OSS (CSV)…"),
                 self.tr("A file IMPACT OSS imports, to track the recommendations there")),
                ("impactoss-cited", self.tr("Recommendations the charter cites, for IMPACT OSS (CSV)…"),
                 self.tr("Only the recommendations the charter's priorities cite"))):
            action = self.export_menu.addAction(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, k=key: self.export(k))
            self.export_actions[key] = action
            if key == "docx":
                self.export_menu.addSeparator()
        self.export_menu.setToolTipsVisible(True)
        self.export_menu.aboutToShow.connect(self._update_exports)
        self.export_button.setMenu(self.export_menu)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("secondaryButton")
        self.save_button.setToolTip(self.tr("Save the document shown as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save_as_pdf())
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("primaryButton")
        self.print_button.setToolTip(self.tr(
            "Print the document shown (Ctrl+P). On Linux and macOS the printer gets the PDF itself; elsewhere "
            "each page goes as an image at up to 600 dpi. The printer's own settings still apply."))
        self.print_button.clicked.connect(lambda: self.print_document())
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        self.header = QHBoxLayout()
        self.header.setSpacing(8)
        self.header.addLayout(titles, 1)
        self.header.addWidget(ButtonRow((self.export_button, self.save_button, self.print_button), self), 0,
                              Qt.AlignmentFlag.AlignBottom)

    def _build_options(self) -> None:
        card = Card("optionsCard", self)
        self.options_card = card
        heading = QLabel(self.tr("DOCUMENT"), card)
        heading.setObjectName("sectionHeading")
        self.document_list = QListWidget(card)
        self.document_list.setObjectName("documentList")
        self.document_list.setAccessibleName(self.tr("Documents"))
        self.document_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.document_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.document_list.setMouseTracking(True)
        self.document_list.setMinimumWidth(180)
        self.delegate = DocumentDelegate(self.document_list)
        self.document_list.setItemDelegate(self.delegate)
        self.document_list.currentRowChanged.connect(self._on_document_chosen)

        self.options = QWidget(card)
        self.options.setObjectName("optionsBox")
        # The documents' language belongs to the workshop (any interface language may print it).
        language_label = QLabel(self.tr("DOCUMENTS IN"), self.options)
        language_label.setObjectName("sectionHeading")
        self.language_combo = QComboBox(self.options)
        self.language_combo.setObjectName("documentLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Documents' language"))
        self.language_combo.setToolTip(self.tr("The language of the headings, labels, dates and response words "
                                               "of every document and export. What people wrote stays as "
                                               "written."))
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        language_label.setBuddy(self.language_combo)
        self._show_document_language()
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        self.language_box = self._option_box(language_label, self.language_combo)

        paper_label = QLabel(self.tr("PAPER"), self.options)
        paper_label.setObjectName("sectionHeading")
        self.a4_button = _segment(self.options, self.tr("A4"))
        self.letter_button = _segment(self.options, self.tr("US Letter"))
        self.a4_button.setToolTip(self.tr("210 × 297 mm, used in most of the world"))
        self.letter_button.setToolTip(self.tr("8.5 × 11 inches, used in the Americas and the Philippines"))
        self.paper_group = QButtonGroup(self)
        self.paper_group.addButton(self.a4_button)
        self.paper_group.addButton(self.letter_button)
        (self.letter_button if self._paper == "letter" else self.a4_button).setChecked(True)
        self.paper_group.buttonToggled.connect(self._on_paper_toggled)

        self.grouping_label = QLabel(self.tr("GROUP THE RECOMMENDATIONS BY"), self.options)
        self.grouping_label.setObjectName("sectionHeading")
        self.cluster_button = _segment(self.options, self.tr("Cluster"))
        self.theme_button = _segment(self.options, self.tr("Theme"))
        self.cluster_button.setToolTip(self.tr("In the clusters made in the Clusters step"))
        self.theme_button.setToolTip(self.tr("By each recommendation's first theme"))
        self.grouping_group = QButtonGroup(self)
        self.grouping_group.addButton(self.cluster_button)
        self.grouping_group.addButton(self.theme_button)
        self.cluster_button.setChecked(True)
        self.grouping_group.buttonToggled.connect(self._on_option_toggled)
        self.grouping_box = self._option_box(self.grouping_label, self._segments(self.cluster_button,
                                                                                 self.theme_button))

        self.blank_label = QLabel(self.tr("BLANK BALLOTS"), self.options)
        self.blank_label.setObjectName("sectionHeading")
        self.blank_spin = QSpinBox(self.options)
        self.blank_spin.setObjectName("blankSpin")
        self.blank_spin.setRange(0, BLANK_BALLOTS_MAX)
        self.blank_spin.setAccessibleName(self.tr("Blank ballots"))
        self.blank_spin.valueChanged.connect(lambda _value: self._schedule(DEBOUNCE_MS))
        self.blank_label.setBuddy(self.blank_spin)
        blank_hint = QLabel(self.tr("Unnamed sheets for people who join on the day."), self.options)
        blank_hint.setObjectName("optionHint")
        blank_hint.setWordWrap(True)
        blank_row = QHBoxLayout()
        blank_row.setSpacing(10)
        blank_row.addWidget(self.blank_spin)
        blank_row.addWidget(blank_hint, 1)
        self.blank_box = self._option_box(self.blank_label, blank_row)

        options = QVBoxLayout(self.options)
        options.setContentsMargins(0, 0, 0, 0)
        options.setSpacing(14)
        options.addWidget(self.language_box)
        options.addWidget(self._option_box(paper_label, self._segments(self.a4_button, self.letter_button)))
        options.addWidget(self.grouping_box)
        options.addWidget(self.blank_box)
        options.addStretch(1)

        self.options_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, card)
        self.options_layout.setContentsMargins(14, 14, 14, 14)
        self.options_layout.setSpacing(10)
        documents = QVBoxLayout()
        documents.setSpacing(6)
        documents.addWidget(heading)
        documents.addWidget(self.document_list, 1)
        self.options_layout.addLayout(documents, 1)
        self.options_rule = QWidget(card)
        self.options_rule.setObjectName("optionsRule")
        self.options_rule.setFixedHeight(1)
        self.options_layout.addWidget(self.options_rule)
        self.options_layout.addWidget(self.options)

    def _option_box(self, label: QLabel, content) -> QWidget:
        box = QWidget(self.options)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(label)
        if isinstance(content, QWidget):
            layout.addWidget(content)
        else:
            layout.addLayout(content)
        return box

    def _segments(self, *buttons: QToolButton) -> QWidget:
        holder = QWidget(self.options)
        holder.setObjectName("segments")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for n, button in enumerate(buttons):
            button.setProperty("position", "first" if n == 0 else ("last" if n == len(buttons) - 1 else "middle"))
            row.addWidget(button)
        return holder

    def _build_preview(self) -> None:
        card = Card("previewCard", self)
        self.preview_card = card
        bar = QWidget(card)
        bar.setObjectName("previewBar")
        self.zoom_out_button = _tool(bar, "−", self.tr("Zoom out"), self.zoom_out)
        self.zoom_label = QLabel(bar)
        self.zoom_label.setObjectName("zoomPercent")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setToolTip(self.tr("Zoom: Ctrl and the mouse wheel change it too"))
        self.zoom_in_button = _tool(bar, "+", self.tr("Zoom in"), self.zoom_in)
        self.fit_button = _tool(bar, self.tr("Fit width"), self.tr("Fit the page to the width of the preview"),
                                self.fit_width)
        self.fit_button.setCheckable(True)
        self.previous_button = _tool(bar, "‹", self.tr("Previous page"), self.previous_page)
        self.next_button = _tool(bar, "›", self.tr("Next page"), self.next_page)
        self.page_spin = QSpinBox(bar)
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setRange(0, 0)
        self.page_spin.valueChanged.connect(self._on_page_typed)
        page_word = QLabel(self.tr("Page"), bar)
        page_word.setObjectName("barLabel")
        page_word.setBuddy(self.page_spin)
        self.page_count_label = QLabel(bar)
        self.page_count_label.setObjectName("barLabel")
        self.busy_bar = QProgressBar(bar)
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(72, 6)
        self.busy_bar.setAccessibleName(self.tr("Preparing the preview"))
        self.busy_bar.setVisible(False)
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 7, 10, 7)
        row.setSpacing(4)
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.zoom_label)
        row.addWidget(self.zoom_in_button)
        row.addSpacing(4)
        row.addWidget(self.fit_button)
        row.addStretch(1)
        row.addWidget(self.busy_bar)
        row.addStretch(1)
        row.addWidget(page_word)
        row.addSpacing(2)
        row.addWidget(self.page_spin)
        row.addWidget(self.page_count_label)
        row.addSpacing(6)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        self.preview_bar = bar

        self.view = QPdfView(card)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(14)
        self.view.setDocumentMargins(QMargins(14, 14, 14, 14))
        self.view.setDocument(self.document)
        self.view.setMinimumSize(280, 200)
        self.view.viewport().installEventFilter(self)
        self.view.zoomFactorChanged.connect(self._update_zoom_label)
        self.view.zoomModeChanged.connect(self._update_zoom_label)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_controls)

        self.note_panel = QWidget(card)
        self.note_panel.setObjectName("notePanel")
        self.note_title = QLabel(self.note_panel)
        self.note_title.setObjectName("noteTitle")
        self.note_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_title.setWordWrap(True)
        self.note_text = QLabel(self.note_panel)
        self.note_text.setObjectName("noteText")
        self.note_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_text.setWordWrap(True)
        self.note_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_busy = QProgressBar(self.note_panel)
        self.note_busy.setObjectName("busyBar")
        self.note_busy.setRange(0, 0)
        self.note_busy.setTextVisible(False)
        self.note_busy.setFixedSize(160, 6)
        note = QVBoxLayout(self.note_panel)
        note.setContentsMargins(40, 30, 40, 30)
        note.setSpacing(10)
        note.addStretch(2)
        note.addWidget(self.note_title)
        note.addWidget(self.note_text)
        note.addSpacing(6)
        note.addWidget(self.note_busy, 0, Qt.AlignmentFlag.AlignHCenter)
        note.addStretch(3)

        self.preview_stack = QStackedWidget(card)
        self.preview_stack.addWidget(self.note_panel)
        self.preview_stack.addWidget(self.view)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.preview_stack, 1)

    def _create_actions(self) -> None:
        # Window-wide shortcuts that only work while this page is the one shown.
        self.print_action = QAction(self.tr("Print…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.print_action.triggered.connect(lambda: self.print_document())
        self.save_action = QAction(self.tr("Save as PDF…"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(lambda: self.save_as_pdf())
        self.addAction(self.print_action)
        self.addAction(self.save_action)

    # --- the documents ------------------------------------------------------------------------------------
    def _choice_label(self, choice: DocumentChoice) -> str:
        kind = choice.request.kind
        if kind is DocumentKind.HANDOUT:
            return self.tr("Recommendation handout")
        if kind is DocumentKind.BALLOTS:
            return self.tr("Paper ballots: %1").replace("%1", self._round_title(choice))
        if kind is DocumentKind.RESULTS:
            return self.tr("Results: %1").replace("%1", self._round_title(choice))
        if kind is DocumentKind.CHARTER:
            return self.tr("Outcome charter")
        if kind is DocumentKind.MIDTERM:
            return self.tr("Mid-term report")
        return choice.label

    def _round_title(self, choice: DocumentChoice) -> str:
        return self._round_titles.get(choice.request.round_id, choice.label)

    def _choice_hint(self, choice: DocumentChoice) -> str:
        if choice.unavailable:
            return self.tr(choice.unavailable)
        return {
            DocumentKind.HANDOUT: self.tr("What participants read before voting"),
            DocumentKind.BALLOTS: self.tr("One sheet per participant, to vote on paper"),
            DocumentKind.RESULTS: self.tr("Ranking, turnout and any ties"),
            DocumentKind.CHARTER: self.tr("Priorities and plan, with space to sign"),
            DocumentKind.MIDTERM: self.tr("Follow-up: where implementation stands, with the evidence"),
        }.get(choice.request.kind, "")

    def _fill_choices(self) -> None:
        """Read the documents again (rounds come and go), keeping the chosen one if it is still there."""
        chosen = self.current_choice()
        try:
            self._choices = choices(self.workshop)
            self._round_titles = {r.id: r.title for r in self.workshop.voting_rounds()}
        except Exception as error:  # noqa: BLE001 - a broken list must not take the page down
            log.exception("could not list the documents")
            self._choices = []
            self._show_note(self.tr("The documents could not be listed"), message_for(error))
        self.document_list.blockSignals(True)
        self.document_list.clear()
        for n, choice in enumerate(self._choices):
            item = QListWidgetItem(self._choice_label(choice))
            item.setData(HintRole, self._choice_hint(choice))
            item.setData(ChoiceRole, n)
            if choice.unavailable:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
                item.setToolTip(self.tr(choice.unavailable))
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             self.tr("{choice}, not available: {reason}").format(
                                 choice=item.text(), reason=self.tr(choice.unavailable)))
            else:
                item.setToolTip(f"{item.text()}\n{self._choice_hint(choice)}")
            self.document_list.addItem(item)
        row = self._row_for(chosen)
        self.document_list.setCurrentRow(row)
        self.document_list.blockSignals(False)
        self._show_chosen_row()
        self._show_options()

    def _row_for(self, previous: DocumentChoice | None) -> int:
        """The row to choose: the same document as before, else the charter, else the first available."""
        available = [n for n, c in enumerate(self._choices) if not c.unavailable]
        if previous is not None:
            for n in available:
                request = self._choices[n].request
                if (request.kind, request.round_id) == (previous.request.kind, previous.request.round_id):
                    return n
        for n in available:
            if self._choices[n].request.kind is DocumentKind.CHARTER:
                return n
        return available[0] if available else -1

    def current_choice(self) -> DocumentChoice | None:
        row = self.document_list.currentRow()
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def choose(self, kind: DocumentKind | str, round_id: int | None = None) -> bool:
        """Show this document (False if the workshop has no such document, or it can't be printed yet)."""
        kind = DocumentKind(kind)
        for n, choice in enumerate(self._choices):
            if choice.request.kind is kind and (round_id is None or choice.request.round_id == round_id):
                if choice.unavailable:
                    return False
                self.document_list.setCurrentRow(n)
                return True
        return False

    def current_request(self) -> DocumentRequest | None:
        choice = self.current_choice()
        if choice is None or choice.unavailable:
            return None
        return replace(choice.request, paper=self.paper(),
                       group_by="theme" if self.theme_button.isChecked() else "cluster",
                       blank_ballots=self.blank_spin.value())

    def paper(self) -> str:
        return "letter" if self.letter_button.isChecked() else "a4"

    def set_paper(self, paper: str) -> None:
        (self.letter_button if paper == "letter" else self.a4_button).setChecked(True)

    def set_grouping(self, group_by: str) -> None:
        (self.theme_button if group_by == "theme" else self.cluster_button).setChecked(True)

    def _show_options(self) -> None:
        choice = self.current_choice()
        kind = choice.request.kind if choice is not None else None
        self.grouping_box.setVisible(kind in (DocumentKind.HANDOUT, DocumentKind.MIDTERM))
        self.blank_box.setVisible(kind is DocumentKind.BALLOTS)

    def _on_document_chosen(self, _row: int) -> None:
        self._show_options()
        self.render_now()

    def _on_paper_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._schedule(0)

    def _on_option_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._schedule(0)

    # --- rendering ----------------------------------------------------------------------------------------
    def _schedule(self, delay: int) -> None:
        """Render after `delay` ms (several quick changes make one render), if the page is shown."""
        self._stale = True
        if self._detached:
            return
        self._update_actions()  # until the new preview shows, print and save would give the old one
        if self.isVisible():
            self._timer.start(delay)

    def is_busy(self) -> bool:
        return self._busy

    def render_now(self) -> None:
        """Ask for the chosen document with the chosen options; an older render still running is ignored."""
        self._timer.stop()
        if self._detached:
            return
        self._render_number += 1
        self._stale = False
        choice = self.current_choice()
        if choice is None:
            self._clear_preview()
            self._show_note(self.tr("Nothing to print yet"),
                            self.tr("Import the recommendations in the Review step: the handout, ballots, results "
                                    "and charter appear here as the workshop goes on."))
            return
        request = self.current_request()
        if request is None:
            self._clear_preview()
            self._show_note(self.tr("“%1” can't be printed yet").replace("%1", self._choice_label(choice)),
                            self.tr(choice.unavailable))
            return
        try:
            render = prepare(self.workshop, request)
        except Exception as error:  # noqa: BLE001 - shown in the preview in plain words
            self._show_failure(error)
            return
        self._pending_request = request
        self._set_busy(True)
        self._pool.clear()  # a render still waiting its turn is no longer wanted
        self._pool.start(RenderJob(render, self._render_number, self._render_signals))

    def wait_until_idle(self, timeout_ms: int = 30_000) -> bool:
        """Finish any render in flight and show it (for tests and for closing)."""
        finished = self._pool.waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)  # the worker's queued result
        return finished

    def _on_rendered(self, number: int, pdf: bytes) -> None:
        if self._detached or number != self._render_number:
            log.debug("dropped a stale render (%s, newest %s)", number, self._render_number)
            return
        self._set_busy(False)
        request = self._pending_request
        same_document = (self.shown_request is not None and request is not None
                         and (self.shown_request.kind, self.shown_request.round_id) == (request.kind,
                                                                                        request.round_id))
        page = self.current_page() if same_document else 0
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old = self._buffer
        self.document.load(buffer)  # closes the old document before the old buffer goes
        self._buffer = buffer
        if old is not None:
            old.close()
            old.deleteLater()
        if self.document.status() != QPdfDocument.Status.Ready:
            self._pdf = None
            self.shown_request = None
            self._show_note(self.tr("The preview could not be shown"),
                            self.tr("The document was made but could not be displayed. Try saving it as a PDF "
                                    "and opening it in another program."))
            return
        self._pdf = pdf
        self.shown_request = request
        self.preview_stack.setCurrentWidget(self.view)
        count = self.document.pageCount()
        self.page_count_label.setText(self.tr("of %1").replace("%1", str(count)))
        if page:
            QTimer.singleShot(0, lambda: self.go_to_page(page))  # once the view has laid out the new pages
        else:
            self.go_to_page(0)
        self._update_page_controls()
        self._update_zoom_label()
        self._update_actions()

    def _on_render_failed(self, number: int, error: Exception) -> None:
        if self._detached or number != self._render_number:
            return
        self._set_busy(False)
        self._show_failure(error)

    def _show_failure(self, error: BaseException) -> None:
        self._clear_preview()
        if isinstance(error, WorkshopError):
            # A layout failure comes in plain words (io.pdf.prepare); what reportlab said goes to the log.
            log.info("preview not made: %s", error.message, exc_info=error.__cause__)
            text = error.message
        elif isinstance(error, ImportError):
            log.exception("a printed document is missing from this build", exc_info=error)
            text = self.tr("This copy of UPR Desktop can't make this document yet. The other documents still "
                           "print.")
        else:
            log.exception("the preview could not be made", exc_info=error)
            text = message_for(error)
        self._show_note(self.tr("The preview could not be made"), text)

    def _clear_preview(self) -> None:
        self._set_busy(False)
        self._pdf = None
        self.shown_request = None
        if self.document.status() != QPdfDocument.Status.Null:
            self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.page_count_label.setText("")
        self._update_page_controls()
        self._update_actions()

    def _show_note(self, title: str, text: str, busy: bool = False) -> None:
        self.note_title.setText(title)
        self.note_text.setText(text)
        self.note_text.setVisible(bool(text))
        self.note_busy.setVisible(busy)
        self.preview_stack.setCurrentWidget(self.note_panel)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy and self._pdf is not None)
        if busy and self._pdf is None:
            self._show_note(self.tr("Preparing the preview…"), "", busy=True)
        self._update_actions()

    def preview_ready(self) -> bool:
        """A preview of the chosen document with the chosen options is shown and up to date."""
        return (not self._busy and not self._stale and self._pdf is not None
                and self.shown_request == self.current_request())

    def pdf_bytes(self) -> bytes | None:
        return self._pdf

    # --- page and zoom ------------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        """The page shown, counted from 0."""
        return self.view.pageNavigator().currentPage() if self.page_count() else 0

    def go_to_page(self, page: int) -> None:
        count = self.page_count()
        if not count:
            return
        page = max(0, min(count - 1, page))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._update_page_controls()

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _on_page_typed(self, value: int) -> None:
        if value - 1 != self.current_page():
            self.go_to_page(value - 1)

    def _update_page_controls(self, *_args) -> None:
        count = self.page_count()
        page = self.current_page()
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(0 if not count else 1, max(1, count))
        self.page_spin.setSpecialValueText("" if count else "–")  # a dash, not a page number, when there is none
        self.page_spin.setValue(page + 1 if count else 0)
        self.page_spin.blockSignals(False)
        self.page_spin.setEnabled(count > 1)
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            widget.setEnabled(count > 0)
        self.page_spin.setAccessibleDescription(self.tr("Page %1 of %2").replace("%1", str(page + 1))
                                                .replace("%2", str(count)))

    def zoom_factor(self) -> float:
        """The preview's zoom, 1.0 being the paper's real size on a standard screen."""
        view = self.view
        if view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return view.zoomFactor()
        points = self.document.pagePointSize(self.current_page())
        scale = view.logicalDpiX() / 72
        margins = view.documentMargins()
        width = view.viewport().width() - margins.left() - margins.right()
        factor = width / max(1.0, points.width() * scale)
        if view.zoomMode() == QPdfView.ZoomMode.FitInView:
            height = view.viewport().height() - margins.top() - margins.bottom()
            factor = min(factor, height / max(1.0, points.height() * scale))
        return factor

    def set_zoom_factor(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor)))
        self._update_zoom_label()

    def zoom_in(self) -> None:
        current = self.zoom_factor()
        bigger = [z for z in ZOOM_STEPS if z > current + 0.005]
        self.set_zoom_factor(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        current = self.zoom_factor()
        smaller = [z for z in ZOOM_STEPS if z < current - 0.005]
        self.set_zoom_factor(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_label()

    def _update_zoom_label(self, *_args) -> None:
        fitting = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fit_button.setChecked(fitting)
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)} %" if self.page_count() else "–")
        self.zoom_in_button.setEnabled(self.page_count() > 0 and self.zoom_factor() < ZOOM_STEPS[-1] - 0.005)
        self.zoom_out_button.setEnabled(self.page_count() > 0 and self.zoom_factor() > ZOOM_STEPS[0] + 0.005)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.view.viewport():
            if event.type() == QEvent.Type.Resize:
                QTimer.singleShot(0, self._update_zoom_label)
            elif (event.type() == QEvent.Type.Wheel
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.page_count()):
                if event.angleDelta().y() > 0:
                    self.zoom_in()
                elif event.angleDelta().y() < 0:
                    self.zoom_out()
                return True
        return super().eventFilter(watched, event)

    # --- printing, saving, exporting ----------------------------------------------------------------------
    def _printable(self) -> bool:
        return self._pdf is not None and not self._busy and not self._stale

    def _update_actions(self) -> None:
        ready = self._printable()
        for widget in (self.print_button, self.save_button, self.print_action, self.save_action):
            widget.setEnabled(ready)

    def _document_name(self) -> str:
        """What the file and the print job are called: "<workshop title> - charter"."""
        request = self.shown_request or self.current_request()
        choice = self.current_choice()
        if request is None or choice is None:
            return self.tr("Document")
        names = {DocumentKind.HANDOUT: self.tr("recommendation handout"),
                 DocumentKind.BALLOTS: self.tr("ballots - %1").replace("%1", self._round_title(choice)),
                 DocumentKind.RESULTS: self.tr("results - %1").replace("%1", self._round_title(choice)),
                 DocumentKind.CHARTER: self.tr("charter"), DocumentKind.MIDTERM: self.tr("mid-term report")}
        title = self.workshop.info().title or self.workshop.path.stem
        return f"{title} - {names.get(request.kind, self._choice_label(choice))}"

    def _output_folder(self, kind: str = "export") -> Path:
        """Where a save dialog starts: the folder last saved in, else Documents (never the app's hidden data
        folder, where the demo workshop lives)."""
        folder = settings.last_folder(kind)
        if folder is not None and os.access(folder, os.W_OK):
            return folder
        from ..common.dialog_parts import documents_folder

        return documents_folder()

    def _charter_finished_or_confirmed(self, printing: bool) -> bool:
        """A charter still holding template guidance ("[Describe the review…]"): say which parts, and go on
        only if the person says so."""
        request = self.shown_request
        if request is None or request.kind is not DocumentKind.CHARTER:
            return True
        found = placeholders(self.workshop.charter_for_output())
        if not found:
            return True
        parts = "; ".join(dict.fromkeys(p.part for p in found))
        # A yes/no question, as the buttons are Yes and Cancel; one whole sentence per verb.
        if printing:
            text = self.tr("The charter still holds template guidance in [square brackets], in: {parts}.\n\n"
                           "Print the charter as it is? To replace the guidance first in the Charter step, "
                           "choose Cancel.")
        else:
            text = self.tr("The charter still holds template guidance in [square brackets], in: {parts}.\n\n"
                           "Save the charter as it is? To replace the guidance first in the Charter step, "
                           "choose Cancel.")
        answer = QMessageBox.question(self, self.tr("The charter is not finished"), text.format(parts=parts),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _show_saved(self, written: Path) -> None:
        """Saved: where, and a way to open the file or its folder."""
        text = self.tr("Saved “%1” in %2.").replace("%1", written.name).replace("%2", str(written.parent))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Save as PDF"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("savedBox")
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        elif clicked is folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.parent)))
        box.deleteLater()

    def save_as_pdf(self, path: str | os.PathLike | None = None, *, without_names: bool | None = None) -> Path | None:
        """Save the PDF shown; with no path, ask where. A document that names people says so first and offers
        it without the names (without_names: decided already, e.g. by a test)."""
        if not self._printable():
            return None
        pdf = self._pdf
        if not self._charter_finished_or_confirmed(printing=False):
            return None
        request = self.current_request()
        if without_names is None and path is None and request is not None:
            from ..common.export_warning import WITHOUT_NAMES, ask_about_names, who_is_named

            who = who_is_named(self.workshop, request.kind, request.round_id)
            if who:
                choice = ask_about_names(self, who)
                if choice is None:
                    return None
                without_names = choice == WITHOUT_NAMES
        if without_names and request is not None:
            from ..common.export_warning import anonymised

            try:
                pdf = prepare(anonymised(self.workshop), request)()
            except Exception as error:  # noqa: BLE001
                show_error(self, error, self.tr("Save as PDF"))
                return None
        if path is None:
            name = safe_file_name(self._document_name(), self.tr("Document"))
            if without_names:
                name = safe_file_name(self.tr("{name} (without names)").format(name=name), name)
            suggested = self._output_folder("pdf") / f"{name}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(suggested),
                                                    self.tr("PDF documents (*.pdf)"))
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
        else:
            target = Path(path)
        try:
            written = save_pdf(pdf, target)
        except Exception as error:  # noqa: BLE001 - WorkshopError says what to do; anything else goes to the log
            show_error(self, error, self.tr("Save as PDF"))
            return None
        self.message.emit(self.tr("Saved to %1").replace("%1", str(written)))
        if path is None:  # chosen in the dialog: remembered for next time, and confirmed
            settings.remember_folder("pdf", written.parent)
            self._show_saved(written)
        return written

    def print_document(self, printer: QPrinter | None = None) -> int:
        """Ask which printer, pages and copies, then print the document shown. Returns the sheets printed."""
        if not self._printable() or not self.page_count():
            return 0
        if not self._charter_finished_or_confirmed(printing=True):
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._document_name())
        points = self.document.pagePointSize(0)
        paper = QPageSize.PageSizeId.Letter if self.shown_request and self.shown_request.paper == "letter" \
            else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(paper))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if points.width() > points.height()
                                   else QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self._choice_label(self.current_choice())
                                                          if self.current_choice() else ""))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return self._print_on(printer)

    def _print_on(self, printer: QPrinter) -> int:
        progress = QProgressDialog(self.tr("Sending the pages to the printer…"), self.tr("Stop"), 0, 1, self)
        progress.setWindowTitle(self.tr("Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(800)
        progress.setAutoClose(False)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(max(1, total))
            progress.setValue(done)
            return not progress.wasCanceled()

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = print_vector(self._pdf, printer, self.page_count(), self.current_page())
            if sheets is None:  # no printing system to take a PDF: each page painted as an image
                sheets = print_pdf(self.document, printer, current_page=self.current_page(), progress=report)
        except Exception as error:  # noqa: BLE001 - a person gets words, the log gets the details
            QGuiApplication.restoreOverrideCursor()
            progress.close()
            show_error(self, error, self.tr("Print"))
            return 0
        QGuiApplication.restoreOverrideCursor()
        stopped = progress.wasCanceled()
        progress.close()
        progress.deleteLater()
        if stopped:
            self.message.emit(self.tr("Printing stopped."))
        else:
            where = printer.printerName() or printer.outputFileName()
            self.message.emit(plural(self.tr("%n page(s) sent to {printer}", "", sheets), sheets)
                              .format(printer=where or self.tr("the printer")))
        return sheets

    def _update_exports(self) -> None:
        """Each export is offered once the workshop has what it needs; the tip says what is missing."""
        if self._detached:
            return
        has_recommendations = self.workshop.count() > 0
        has_charter = self.workshop.has_charter()
        cites = has_charter and bool(self.workshop.charter().cited_recommendation_ids())
        missing = {
            "matrix-xlsx": "" if has_charter else self.tr("Start the charter in the Charter step first."),
            "docx": "" if has_charter else self.tr("Start the charter in the Charter step first."),
            "impactoss": "" if has_recommendations else self.tr("Import the recommendations first."),
            "impactoss-cited": "" if cites else self.tr("The charter's priorities cite no recommendations yet."),
        }
        missing["matrix-csv"] = missing["matrix-xlsx"]
        for key, action in self.export_actions.items():
            action.setEnabled(not missing[key])
            if missing[key]:
                action.setToolTip(missing[key])
                action.setStatusTip(missing[key])
        self.export_button.setEnabled(any(not reason for reason in missing.values()))

    def export(self, kind: str, path: str | os.PathLike | None = None, *,
               without_names: bool | None = None) -> Path | None:
        """Write one of the exports ("matrix-xlsx", "matrix-csv", "docx", "impactoss", "impactoss-cited");
        with no path, ask where. The file is written whole or not at all. The charter (docx) names its
        signatories: that is said first, with the same file without the names offered."""
        suffix = {"matrix-xlsx": ".xlsx", "matrix-csv": ".csv", "docx": ".docx", "impactoss": ".csv",
                  "impactoss-cited": ".csv"}[kind]
        if kind == "docx" and without_names is None and path is None:
            from ..common.export_warning import WITHOUT_NAMES, ask_about_names, who_is_named

            who = who_is_named(self.workshop, "docx")
            if who:
                choice = ask_about_names(self, who)
                if choice is None:
                    return None
                without_names = choice == WITHOUT_NAMES
        if path is None:
            names = {"matrix-xlsx": self.tr("implementation matrix"), "matrix-csv": self.tr("implementation matrix"),
                     "docx": self.tr("charter"), "impactoss": self.tr("IMPACT OSS import"),
                     "impactoss-cited": self.tr("IMPACT OSS import, cited")}
            filters = {".xlsx": self.tr("Excel workbook (*.xlsx)"), ".csv": self.tr("CSV file (*.csv)"),
                       ".docx": self.tr("Word document (*.docx)")}
            title = self.workshop.info().title or self.workshop.path.stem
            stem = safe_file_name(f"{title} - {names[kind]}", self.tr("Export"))
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(self._output_folder() /
                                                                               f"{stem}{suffix}"), filters[suffix])
            if not chosen:
                return None
            target = Path(chosen)
            if not target.suffix:
                target = target.with_name(target.name + suffix)
        else:
            target = Path(path)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if kind.startswith("matrix"):
                from ...io.matrix_export import export_matrix

                written = export_matrix(self.workshop, target, suffix.lstrip("."))
            elif kind == "docx":
                from ...io.docx_export import export_docx

                if without_names:
                    from ..common.export_warning import anonymised

                    written = export_docx(anonymised(self.workshop), target)
                else:
                    written = export_docx(self.workshop, target)
            else:
                from ...io.impactoss import export_impactoss

                written = export_impactoss(self.workshop, target, cited_only=kind == "impactoss-cited")
        except Exception as error:  # noqa: BLE001 - WorkshopError says what to do; anything else goes to the log
            QGuiApplication.restoreOverrideCursor()
            show_error(self, error, self.tr("Export"))
            return None
        QGuiApplication.restoreOverrideCursor()
        if path is None:
            settings.remember_folder("export", Path(written).parent)
        self.message.emit(self.tr("Exported to %1").replace("%1", str(written)))
        return Path(written)

    # --- the documents' language --------------------------------------------------------------------------
    def document_language(self) -> str:
        return self.language_combo.currentData() or "en"

    def _show_document_language(self) -> None:
        """The combo shows the workshop's document language (changed here, in the details, or by undo)."""
        index = self.language_combo.findData(self.workshop.document_language())
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.blockSignals(False)
        self.language_combo.setEnabled(not self._read_only)

    def _on_language_chosen(self, _index: int) -> None:
        lang = self.document_language()
        if lang == self.workshop.document_language() or self._read_only:
            return
        try:
            change = self.workshop.set_document_language(lang)  # announces "workshop": the preview follows
        except WorkshopError as error:
            show_error(self, error)
            self._show_document_language()
            return
        if self.undo_stack is not None:
            push_change(self.undo_stack, change)
        self.message.emit(self.tr("Documents will be printed in {language}.").format(
            language=LANGUAGE_NAMES[lang]))

    # --- workshop changes ---------------------------------------------------------------------------------
    def _on_workshop_changed(self, topic: str, _ids) -> None:
        if topic not in PRINTED_TOPICS or self._detached:
            return
        if topic == "workshop":
            self._show_document_language()
        self._choices_stale = True
        self._schedule(DEBOUNCE_MS)

    def _refresh(self) -> None:
        """The workshop changed: list the documents again, then render the chosen one."""
        if self._choices_stale:
            self._choices_stale = False
            self._fill_choices()
            self._update_exports()
        self.render_now()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale and not self._detached:
            self._timer.start(0)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        if self._timer.isActive():
            self._timer.stop()
            self._stale = True  # rendered when shown again

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange(self._room_side_by_side())

    def _room_side_by_side(self) -> bool:
        """Room for the options column and, beside it, the preview's whole bar (wider in a longer language)."""
        margins = self.layout().contentsMargins()
        needed = (round(OPTIONS_WIDTH * self._zoom) + self.preview_bar.sizeHint().width() + 2
                  + self.body.spacing() + margins.left() + margins.right())
        return self.width() >= max(SIDE_BY_SIDE_FROM * self._zoom, needed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The least width of the narrow arrangement, which the page takes when the window gets that narrow."""
        hint = super().minimumSizeHint()
        if self._side_by_side:
            margins = self.layout().contentsMargins()
            inner = self.options_layout.contentsMargins()
            band = (self.document_list.minimumWidth() + 1 + max(round(NARROW_OPTIONS_WIDTH * self._zoom),
                                                                 self.options.minimumSizeHint().width())
                    + inner.left() + inner.right() + 2 * self.options_layout.spacing())
            narrow = max(self.header.minimumSize().width(), self.preview_bar.minimumSizeHint().width() + 2, band)
            hint.setWidth(min(hint.width(), narrow + margins.left() + margins.right()))
        return hint

    def side_by_side(self) -> bool:
        return bool(self._side_by_side)

    def _arrange(self, wide: bool) -> None:
        """Wide: the documents and options in a column beside the preview. Narrow: in a band above it."""
        if wide == self._side_by_side:
            return
        self._side_by_side = wide
        if wide:
            self.body.setDirection(QBoxLayout.Direction.LeftToRight)
            self.options_layout.setDirection(QBoxLayout.Direction.TopToBottom)
            self.options_card.setFixedWidth(round(OPTIONS_WIDTH * self._zoom))
            self.options_card.setMaximumHeight(16777215)
            self.options_card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            self.options.setMinimumWidth(0)
            self.options.setMaximumWidth(16777215)
            self.document_list.setMaximumHeight(16777215)
            self.options_rule.setFixedHeight(1)
            self.options_rule.setMinimumWidth(0)
            self.options_rule.setMaximumWidth(16777215)
        else:
            self.body.setDirection(QBoxLayout.Direction.TopToBottom)
            self.options_layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self.options_card.setMinimumWidth(0)
            self.options_card.setMaximumWidth(16777215)
            self.options_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self.options.setFixedWidth(round(NARROW_OPTIONS_WIDTH * self._zoom))
            self.document_list.setMaximumHeight(round(190 * self._zoom))
            self.options_rule.setMinimumHeight(0)
            self.options_rule.setMaximumHeight(16777215)
            self.options_rule.setFixedWidth(1)
        QTimer.singleShot(0, self._show_chosen_row)

    def _show_chosen_row(self) -> None:
        item = self.document_list.currentItem()
        if item is not None:
            self.document_list.scrollToItem(item)

    # --- configuration ------------------------------------------------------------------------------------
    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        font = theme.base_font(theme.BASE_POINT_SIZE * factor)
        for widget in (self.options_card, self.preview_bar, self.note_panel):
            theme.set_font_tree(widget, font)
        self.document_list.setFont(font)
        self.busy_bar.setFixedSize(round(72 * factor), max(4, round(6 * factor)))
        self._apply_style()
        self._side_by_side = None
        self._arrange(self._room_side_by_side() if self.width() > 0 else True)
        self.document_list.doItemsLayout()

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.delegate.palette = palette
        self.document_list.viewport().update()
        self._apply_style()

    def _apply_style(self) -> None:
        p = self._palette

        def pt(size: float) -> str:
            return f"{size * self._zoom:.1f}pt"

        def px(size: float) -> str:
            return f"{round(size * self._zoom)}px"

        self.setStyleSheet(f"""
QWidget#printPage {{ background: {p.window}; color: {p.text}; }}
QFrame#optionsCard, QFrame#previewCard {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: 10px; }}
QFrame#optionsCard QLabel {{ background: transparent; }}
QLabel#sectionHeading {{ color: {p.muted}; font-size: {pt(8.5)}; font-weight: 700; letter-spacing: 1px; }}
QLabel#optionHint {{ color: {p.muted}; font-size: {pt(9)}; }}
QWidget#optionsRule {{ background: {p.border}; }}
QListWidget#documentList {{ background: transparent; border: none; outline: none; }}
QListWidget#documentList QScrollBar:vertical {{ background: transparent; width: {px(8)}; margin: 0px; }}
QListWidget#documentList QScrollBar::handle:vertical {{ background: {p.border_strong}; border-radius: {px(4)};
    min-height: 24px; }}
QListWidget#documentList QScrollBar::add-line, QListWidget#documentList QScrollBar::sub-line {{ height: 0px; }}
QListWidget#documentList QScrollBar::add-page, QListWidget#documentList QScrollBar::sub-page {{
    background: transparent; }}
QToolButton#segment {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border_strong};
    padding: {px(5)} {px(10)}; }}
QToolButton#segment[position="first"] {{ border-top-left-radius: 6px; border-bottom-left-radius: 6px; }}
QToolButton#segment[position="last"] {{ border-top-right-radius: 6px; border-bottom-right-radius: 6px;
    border-left: none; }}
QToolButton#segment:hover {{ color: {p.accent}; }}
QToolButton#segment:checked {{ background: {p.accent_soft}; color: {p.accent}; border-color: {p.accent};
    border-left: 1px solid {p.accent}; font-weight: 600; }}
QSpinBox#pageSpin {{ background: {p.surface}; border: 1px solid {p.border_strong}; border-radius: 6px;
    padding: {px(3)} {px(6)}; color: {p.text}; min-width: {px(34)}; }}
QSpinBox#pageSpin::up-button, QSpinBox#pageSpin::down-button {{ width: 0px; border: none; }}
QSpinBox#pageSpin:focus {{ border: 2px solid {p.accent}; padding: {px(2)} {px(5)}; }}
QWidget#previewBar {{ background: {p.header}; border: none; border-bottom: 1px solid {p.border};
    border-top-left-radius: 10px; border-top-right-radius: 10px; }}
QLabel#barLabel {{ color: {p.muted}; background: transparent; }}
QLabel#zoomPercent {{ color: {p.text}; background: transparent; min-width: {px(44)}; }}
QToolButton#viewButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border_strong};
    border-radius: 6px; padding: {px(2)} {px(8)}; min-width: {px(14)}; }}
QToolButton#viewButton:hover {{ border-color: {p.accent}; color: {p.accent}; }}
QToolButton#viewButton:checked {{ background: {p.accent_soft}; color: {p.accent}; border-color: {p.accent}; }}
QToolButton#viewButton:disabled {{ color: #a2abb5; border-color: {p.border}; background: {p.surface}; }}
QPdfView#pdfView {{ background: #e4e8ed; border: none; border-bottom-left-radius: 10px;
    border-bottom-right-radius: 10px; }}
QWidget#notePanel {{ background: {p.alternate}; border-bottom-left-radius: 10px;
    border-bottom-right-radius: 10px; }}
QLabel#noteTitle {{ color: {p.text}; font-size: {pt(13)}; font-weight: 600; background: transparent; }}
QLabel#noteText {{ color: {p.muted}; background: transparent; }}
QProgressBar#busyBar {{ background: {p.border}; border: none; border-radius: 3px; }}
QProgressBar#busyBar::chunk {{ background: {p.accent}; border-radius: 3px; }}
""")

    def detach(self) -> None:
        """Stop listening to the workshop (it is being closed) and let a render in flight finish."""
        if self._detached:
            return
        self._detached = True
        self._timer.stop()
        self._pool.clear()
        self._pool.waitForDone()
        self.signals.changed.disconnect(self._on_workshop_changed)
        if self._own_signals:
            self.signals.detach()
        self.document.close()
