"""Step 8, Follow-up: after the workshop, for years, in the same file.

The page is cheap to make: its tabs are built the first time the step is shown. Every change goes through the
ops layer and onto the window's undo stack; the page refreshes from the workshop's "followup" and "evidence"
announcements. In projector mode (the window's F5) confidential evidence is never listed.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import settings
from ...domain.errors import WorkshopError
from ...domain.followup import Subject
from ...store.queries import RecommendationFilter
from ..common.flow_layout import ButtonRow
from ..common import theme
from ..common.dialog_parts import documents_folder
from ..common.errors import show_error
from ..common.page_parts import Card, attach_step, page_button
from ..common.recommendation_model import COL_REFERENCE, COL_RESPONSE, COL_TEXT
from ..common.signals import WorkshopSignals
from ..common.undo import push_change
from ..review import FilterBar
from .dashboard import Dashboard
from .model import FollowupListModel
from .timeline import TimelineView

log = logging.getLogger(__name__)

FOLLOWUP_TOPICS = frozenset({"followup", "evidence", "recommendations", "charter", "participants"})
WORD_COUNT_DELAY_MS = 600
OVER_CAP_COLOUR = "#b03a2e"
SUBJECTS_SHOWN = 2000  # in the Timeline tab's and the assess dialog's choice of recommendations


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpPage", text)


class FollowUpPage(QWidget):
    message = Signal(str)  # for the status bar

    TABS = ("dashboard", "list", "timeline", "evidence", "next_cycle", "documents")

    def __init__(self, workshop, undo_stack: QUndoStack | None = None, signals: WorkshopSignals | None = None,
                 parent: QWidget | None = None, **_context):
        super().__init__(parent)
        attach_step(self, "followupPage", workshop, undo_stack, signals)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.projector = False
        self.built = False
        self._stale = True
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 16, 20, 12)
        self._layout.setSpacing(10)
        self._word_timer = QTimer(self)
        self._word_timer.setSingleShot(True)
        self._word_timer.setInterval(WORD_COUNT_DELAY_MS)
        self._word_timer.timeout.connect(self.update_word_count)

    # --- building, the first time it is shown ------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.ensure_built()
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        self.title = QLabel(self.tr("Follow-up"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self.tr("How the recommendations and the charter's priorities are being implemented: "
                                       "assessments, evidence, milestones."), self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.evidence_button = page_button(self, self.tr("Add evidence…"), self.add_evidence,
                                           tip=self.tr("A law, a budget line, a report, a testimony…"))
        self.assess_button = page_button(self, self.tr("Assess…"), lambda: self.assess(),
                                         tip=self.tr("Record how far a recommendation or priority is implemented"),
                                         primary=True)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(ButtonRow((self.evidence_button, self.assess_button), self), 0, Qt.AlignmentFlag.AlignBottom)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("followupTabs")
        self.tabs.setDocumentMode(True)
        self.dashboard = Dashboard(self.workshop, self.tabs)
        self.dashboard.subject_chosen.connect(self.show_timeline)
        self.dashboard.status_chosen.connect(self.list_status)
        self.dashboard.milestone_done.connect(self.set_milestone_done)
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self._build_list(), self.tr("Recommendations"))
        self.tabs.addTab(self._build_timeline(), self.tr("Timeline"))
        self.tabs.addTab(self._build_evidence(), self.tr("Evidence"))
        self.tabs.addTab(self._build_next_cycle(), self.tr("Next cycle"))
        self.tabs.addTab(self._build_documents(), self.tr("Documents"))
        self.tabs.currentChanged.connect(self._on_tab)
        self._layout.addLayout(header)
        self._layout.addWidget(self.tabs, 1)
        read_only = self.workshop.read_only
        self.dashboard.read_only = read_only
        for button in (self.assess_button, self.evidence_button):
            button.setEnabled(not read_only)
        self._apply_style()

    def _build_list(self) -> QWidget:
        tab = QWidget(self)
        self.filter_bar = FilterBar(self.workshop, tab, followup=True)
        self.filter_bar.filter_changed.connect(self._on_filter)
        self.model = FollowupListModel(self.workshop, self)
        self.table = QTableView(tab)
        self.table.setObjectName("recommendationTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column not in (COL_REFERENCE, COL_TEXT, COL_RESPONSE, self.model.status_column):
                self.table.setColumnHidden(column, True)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_REFERENCE, 64)
        header.resizeSection(COL_RESPONSE, 96)
        header.resizeSection(self.model.status_column, 168)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(lambda _i: self.assess(self.selected_subject()))
        self.list_timeline = TimelineView(self.workshop, tab)
        self.list_timeline.setMinimumWidth(250)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(self.table)
        splitter.addWidget(self.list_timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        return tab

    def _build_timeline(self) -> QWidget:
        tab = QWidget(self)
        self.subject_combo = QComboBox(tab)
        self.subject_combo.setObjectName("timelineSubject")
        self.subject_combo.setMaxVisibleItems(20)
        self.subject_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject_combo.setMinimumContentsLength(30)
        self.subject_combo.currentIndexChanged.connect(self._on_subject)
        self._subject_keys: list[str] = []
        self.timeline = TimelineView(self.workshop, tab)
        self.timeline.selection_changed.connect(self._update_timeline_actions)
        self.assess_this = page_button(tab, self.tr("Assess this…"), lambda: self.assess(self.timeline.subject))
        self.withdraw_button = page_button(tab, self.tr("Withdraw assessment"), self.withdraw_selected,
                                           tip=self.tr("Remove an assessment entered by mistake (Ctrl+Z brings it back)"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show"), tab))
        row.addWidget(self.subject_combo, 1)
        row.addWidget(self.withdraw_button)
        row.addWidget(self.assess_this)
        self.indicator_list = QTreeWidget(tab)
        self.indicator_list.setObjectName("indicatorList")
        self.indicator_list.setHeaderLabels([self.tr("Indicator"), self.tr("Value"), self.tr("Source")])
        self.indicator_list.setMaximumHeight(150)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.timeline, 1)
        self.indicator_heading = QLabel(self.tr("INDICATORS"), tab)
        self.indicator_heading.setObjectName("sectionHeading")
        self.indicator_button = page_button(tab, self.tr("Add indicator value…"), lambda: self.add_indicator_value(),
                                            tip=self.tr("A dated figure for one of this priority's indicators, with "
                                                        "its source"))
        indicators = QHBoxLayout()
        indicators.addWidget(self.indicator_heading, 1)
        indicators.addWidget(self.indicator_button)
        layout.addLayout(indicators)
        layout.addWidget(self.indicator_list)
        return tab

    def _build_evidence(self) -> QWidget:
        tab = QWidget(self)
        self.evidence_list = QTreeWidget(tab)
        self.evidence_list.setObjectName("evidenceList")
        self.evidence_list.setHeaderLabels([self.tr("Date"), self.tr("Title"), self.tr("Kind"), self.tr("Source")])
        self.evidence_list.setRootIsDecorated(False)
        self.evidence_list.setAlternatingRowColors(True)
        self.evidence_list.itemSelectionChanged.connect(self._show_evidence_detail)
        self.evidence_detail = QLabel(tab)
        self.evidence_detail.setObjectName("evidenceDetail")
        self.evidence_detail.setWordWrap(True)
        self.evidence_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confidential_button = page_button(tab, self.tr("Mark confidential"), self.toggle_confidential)
        self.delete_evidence_button = page_button(tab, self.tr("Delete"), self.delete_selected_evidence)
        self.evidence_note = QLabel(tab)
        self.evidence_note.setObjectName("pageSubtitle")
        self.evidence_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.evidence_note, 1)
        buttons.addWidget(self.confidential_button)
        buttons.addWidget(self.delete_evidence_button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.evidence_list, 1)
        layout.addWidget(self.evidence_detail)
        layout.addLayout(buttons)
        return tab

    def _build_next_cycle(self) -> QWidget:
        tab = QWidget(self)
        intro = QLabel(self.tr("Recommendations of the latest review that may repeat an earlier one. Confirm a "
                               "link: the earlier one's assessments then show as context."), tab)
        intro.setObjectName("pageSubtitle")
        intro.setWordWrap(True)
        self.suggestions = QTreeWidget(tab)
        self.suggestions.setObjectName("suggestionTree")
        self.suggestions.setHeaderLabels([self.tr("Recommendation"), self.tr("Score"), self.tr("Linked")])
        self.suggestions.itemSelectionChanged.connect(self._update_cycle_actions)
        self.confirm_button = page_button(tab, self.tr("Confirm link"), self.confirm_suggestion, primary=True)
        self.unlink_button = page_button(tab, self.tr("Remove link"), self.remove_link)
        self.again_label = QLabel(tab)
        self.again_label.setObjectName("pageSubtitle")
        self.again_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.again_label, 1)
        row.addWidget(self.unlink_button)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.suggestions, 1)
        layout.addLayout(row)
        self._suggestions_loaded = False
        return tab

    def _build_documents(self) -> QWidget:
        tab = QWidget(self)
        card = Card("dashCard", tab)
        heading = QLabel(self.tr("DOCUMENTS"), card)
        heading.setObjectName("sectionHeading")
        note = QLabel(self.tr("Confidential evidence never appears in any of these documents."), card)
        note.setObjectName("pageSubtitle")
        note.setWordWrap(True)
        specs = [
            (self.tr("Mid-term report (PDF)…"), self.save_midterm_pdf,
             self.tr("Status of every recommendation and priority, with the chart and the evidence annex")),
            (self.tr("Mid-term report (Word)…"), self.save_midterm_docx,
             self.tr("The same report, to edit before publishing")),
            (self.tr("Submission draft (Word)…"), self.save_submission,
             self.tr("A stakeholder submission for the next review, within the word cap")),
            (self.tr("Monitoring matrix…"), self.save_monitoring,
             self.tr("Every recommendation with its status, assessors and evidence (Excel or CSV)")),
        ]
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 12, 16, 14)
        box.setSpacing(8)
        box.addWidget(heading)
        box.addWidget(note)
        self.document_buttons = []
        for text, slot, tip in specs:
            button = page_button(card, text, slot)
            explain = QLabel(tip, card)
            explain.setObjectName("pageSubtitle")
            explain.setWordWrap(True)
            row = QHBoxLayout()
            button.setMinimumWidth(230)
            row.addWidget(button)
            row.addWidget(explain, 1)
            box.addLayout(row)
            self.document_buttons.append(button)
        word_card = Card("dashCard", tab)
        word_heading = QLabel(self.tr("SUBMISSION WORD COUNT"), word_card)
        word_heading.setObjectName("sectionHeading")
        self.word_count = QLabel(word_card)
        self.word_count.setObjectName("wordCount")
        self.word_count.setWordWrap(True)
        self.word_warning = QLabel(word_card)
        self.word_warning.setObjectName("wordWarning")
        self.word_warning.setWordWrap(True)
        self.word_warning.hide()
        word_box = QVBoxLayout(word_card)
        word_box.setContentsMargins(16, 12, 16, 14)
        word_box.addWidget(word_heading)
        word_box.addWidget(self.word_count)
        word_box.addWidget(self.word_warning)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(card)
        layout.addWidget(word_card)
        layout.addStretch(1)
        return tab

    # --- zoom and palette ---------------------------------------------------------------------------------
    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        if self.built:
            self.dashboard.set_zoom(factor)
            font = theme.base_font(theme.BASE_POINT_SIZE * factor)
            self.table.setFont(font)
            self.table.verticalHeader().setDefaultSectionSize(int(font.pointSizeF() * 2.6) + 8)
            self._apply_style()

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        projector = palette == theme.PROJECTOR
        if projector != self.projector:
            self.projector = projector
            self._stale = True
        if self.built:
            self.dashboard.set_palette(palette)
            self._apply_style()
            if self.isVisible():
                self.refresh()

    def _apply_style(self) -> None:
        if not self.built:
            return
        p = self._palette

        def pt(size: float) -> str:
            return f"{size * self._zoom:.1f}pt"

        self.setStyleSheet(f"""
QWidget#followupPage {{ background: {p.window}; color: {p.text}; }}
QScrollArea#dashboard, QWidget#dashboardBody {{ background: {p.window}; border: none; }}
QFrame#dashCard {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px; }}
QFrame#countTile {{ background: {p.surface}; border-top: 1px solid {p.border}; border-right: 1px solid {p.border};
    border-bottom: 1px solid {p.border}; border-radius: 6px; }}
QLabel#tileNumber {{ color: {p.text}; font-size: {pt(17)}; font-weight: 700; }}
QLabel#tileCaption {{ color: {p.muted}; }}
QLabel#sectionHeading {{ color: {p.muted}; font-size: {pt(8.5)}; font-weight: 700; letter-spacing: 1px; }}
QLabel#chartLegend {{ color: {p.text}; }}
QLabel#timelineTitle {{ color: {p.text}; font-weight: 600; }}
QLabel#disputedNote {{ color: {p.banner_text}; background: {p.banner}; border: 1px solid {p.banner_border};
    border-radius: 6px; padding: 6px 8px; }}
QLabel#wordCount {{ color: {p.text}; font-size: {pt(12)}; }}
QLabel#wordCount[over="true"] {{ color: {OVER_CAP_COLOUR}; font-weight: 700; }}
QLabel#wordWarning {{ color: {OVER_CAP_COLOUR}; font-weight: 600; }}
QLabel#evidenceDetail {{ color: {p.text}; background: {p.surface}; border: 1px solid {p.border}; border-radius: 6px;
    padding: 8px; }}
QTreeWidget, QListWidget#timelineList, QListWidget#overdueList, QListWidget#disputedList {{ background: {p.surface};
    alternate-background-color: {p.alternate}; border: 1px solid {p.border}; border-radius: 4px; color: {p.text}; }}
QListWidget#timelineList::item {{ padding: 5px 4px; border-bottom: 1px solid {p.border}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ padding: 6px 14px; color: {p.muted}; background: transparent; border: none;
    border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {p.accent}; border-bottom: 2px solid {p.accent}; font-weight: 600; }}
""")
        for tile in self.dashboard.tiles.values():
            tile.setStyleSheet(tile.styleSheet())

    # --- refreshing ---------------------------------------------------------------------------------------
    def _on_workshop_changed(self, topic: str, _ids) -> None:
        if topic not in FOLLOWUP_TOPICS:
            return
        if topic == "recommendations" and self.built:
            self.filter_bar.mark_stale()
        if not self.built or not self.isVisible():
            self._stale = True
            return
        self.refresh()

    def refresh(self) -> None:
        """Everything from the workshop afresh (quick: a handful of reads of maintained tables)."""
        self.ensure_built()
        self._stale = False
        include = not self.projector
        self.timeline.include_confidential = include
        self.list_timeline.include_confidential = include
        self.dashboard.refresh()
        self.model.refresh()
        self.model.reload_statuses()
        self._update_counts()
        self._fill_subjects()
        self.timeline.refresh()
        self.list_timeline.refresh()
        self._fill_indicators()
        self._fill_evidence()
        self._suggestions_loaded = False
        if self.tabs.currentIndex() == self.TABS.index("next_cycle"):
            self._fill_suggestions()
        if self.tabs.currentIndex() == self.TABS.index("documents"):
            self._word_timer.start()  # the count reads the whole report: only while it is on screen
        self._update_timeline_actions()

    def _on_tab(self, index: int) -> None:
        if self.TABS[index] == "next_cycle" and not self._suggestions_loaded:
            self._fill_suggestions()
        if self.TABS[index] == "documents":
            self.update_word_count()

    # --- the list -----------------------------------------------------------------------------------------
    def _on_filter(self, flt: RecommendationFilter) -> None:
        self.model.set_filter(flt)
        self._update_counts()
        self._fill_subjects()  # the Timeline tab offers what the list shows

    def _update_counts(self) -> None:
        self.filter_bar.set_counts(self.model.rowCount(), self.dashboard.data.total if self.dashboard.data
                                   else self.model.rowCount())

    def list_status(self, status: str) -> None:
        """From a dashboard tile: the recommendations at this status."""
        self.filter_bar.clear()
        self.filter_bar.buttons["status"].set_selected({status})
        self.tabs.setCurrentIndex(self.TABS.index("list"))

    def selected_subject(self) -> Subject | None:
        index = self.table.currentIndex()
        rec_id = self.model.id_at(index.row()) if index.isValid() else None
        return Subject("r", rec_id) if rec_id is not None else None

    def _on_row(self, current, _previous) -> None:
        rec_id = self.model.id_at(current.row()) if current.isValid() else None
        if rec_id is None:
            self.list_timeline.show_subject(None)
            return
        rec = self.model.recommendation_at(current.row())
        self.list_timeline.show_subject(Subject("r", rec_id), self._rec_title(rec))

    @staticmethod
    def _rec_title(rec) -> str:
        if rec is None:
            return ""
        text = rec.text if len(rec.text) <= 90 else rec.text[:89] + "…"
        return f"{rec.reference or ''}  {text}".strip()

    # --- the timeline tab ---------------------------------------------------------------------------------
    def subjects(self, include: Subject | None = None) -> list[tuple[Subject, str]]:
        """The charter's priorities, then the recommendations as the list shows them (the first SUBJECTS_SHOWN:
        a coalition database can hold 250,000), and `include` if it is not among them."""
        out: list[tuple[Subject, str]] = []
        if self.workshop.has_charter():
            for n, p in enumerate(self.workshop.charter().priorities, 1):
                if p.id is not None:
                    out.append((Subject("p", p.id), f"P{n}  {p.title}"))
        ids = self.workshop.filtered_ids(self.model.current_filter, self.model.sort_key,
                                         self.model.descending)[:SUBJECTS_SHOWN]
        if include is not None and include.kind == "r" and include.id not in ids:
            ids.insert(0, include.id)
        recs = self.workshop.recommendations(ids)
        for rec_id in ids:
            rec = recs.get(rec_id)
            if rec is not None:
                text = rec.text if len(rec.text) <= 90 else rec.text[:89] + "…"
                out.append((Subject("r", rec_id), f"{rec.reference or ''}  {text}".strip()))
        return out

    def _fill_subjects(self) -> None:
        keep = self.timeline.subject
        self._subject_keys = []
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        for subject, label in self.subjects():
            self.subject_combo.addItem(label, subject)
            self._subject_keys.append(subject.key)
        self.subject_combo.setCurrentIndex(max(self._subject_index(keep), 0))
        self.subject_combo.blockSignals(False)
        self._on_subject()

    def _subject_index(self, subject: Subject | None) -> int:
        # By key: Qt compares a Python object in a combo's data by identity, not by value.
        if subject is None or subject.key not in self._subject_keys:
            return -1
        return self._subject_keys.index(subject.key)

    def _on_subject(self, *_args) -> None:
        subject = self.subject_combo.currentData()
        self.timeline.show_subject(subject, self.subject_combo.currentText() if subject else "")
        self._fill_indicators()
        self._update_timeline_actions()

    def show_timeline(self, subject: Subject, _title: str = "") -> None:
        self.ensure_built()
        index = self._subject_index(subject)
        if index < 0:
            self.subject_combo.blockSignals(True)
            self.subject_combo.addItem(self._subject_label(subject), subject)
            self.subject_combo.blockSignals(False)
            self._subject_keys.append(subject.key)
            index = len(self._subject_keys) - 1
        self.subject_combo.blockSignals(True)
        self.subject_combo.setCurrentIndex(max(index, 0))
        self.subject_combo.blockSignals(False)
        self._on_subject()
        self.tabs.setCurrentIndex(self.TABS.index("timeline"))

    def _subject_label(self, subject: Subject) -> str:
        found = [label for subj, label in self.subjects(subject) if subj == subject]
        return found[0] if found else subject.key

    def _fill_indicators(self) -> None:
        self.indicator_list.clear()
        subject = self.timeline.subject
        shown = subject is not None and subject.kind == "p"
        if shown:
            for ind in self.workshop.indicators():
                if ind.priority_id != subject.id:
                    continue
                item = QTreeWidgetItem([ind.name + (f" ({ind.unit})" if ind.unit else ""), "", ""])
                for value in self.workshop.indicator_values(ind.id):
                    item.addChild(QTreeWidgetItem([value.period, f"{value.value:g}", value.source]))
                self.indicator_list.addTopLevelItem(item)
                item.setExpanded(True)
            shown = self.indicator_list.topLevelItemCount() > 0
        self.indicator_list.setVisible(shown)
        self.indicator_heading.setVisible(subject is not None and subject.kind == "p")
        self.indicator_button.setVisible(subject is not None and subject.kind == "p")
        self.indicator_button.setEnabled(not self.workshop.read_only)

    def _update_timeline_actions(self) -> None:
        writable = not self.workshop.read_only
        entry = self.timeline.selected_entry()
        self.withdraw_button.setEnabled(writable and entry is not None and entry.kind == "assessment")
        self.assess_this.setEnabled(writable and self.timeline.subject is not None)

    def withdraw_selected(self) -> None:
        entry = self.timeline.selected_entry()
        if entry is None or entry.kind != "assessment":
            return
        self._run(lambda: self.workshop.withdraw_assessment(entry.ref_id))

    # --- evidence -----------------------------------------------------------------------------------------
    def _fill_evidence(self) -> None:
        keep = self.selected_evidence_id()
        self.evidence_list.clear()
        items = self.workshop.evidence_items(include_confidential=not self.projector)
        for ev in items:
            title = ev.title + ("  🔒" if ev.confidential else "") + ("  📎" if ev.attachment else "")
            item = QTreeWidgetItem([ev.dated, title, ev.kind.label, ev.source])
            item.setData(0, Qt.ItemDataRole.UserRole, ev.id)
            item.setToolTip(1, ev.title)
            self.evidence_list.addTopLevelItem(item)
            if ev.id == keep:
                item.setSelected(True)
        header = self.evidence_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 220)
        self.evidence_note.setText(self.tr("Projector mode: confidential testimony is hidden.") if self.projector
                                   else self.tr("%n item(s) of evidence.", "", len(items)).replace("%n", str(len(items))))
        self._show_evidence_detail()

    def evidence_titles(self) -> list[str]:
        return [self.evidence_list.topLevelItem(i).text(1) for i in range(self.evidence_list.topLevelItemCount())]

    def selected_evidence_id(self) -> int | None:
        items = self.evidence_list.selectedItems() if self.built else []
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def select_evidence(self, evidence_id: int) -> None:
        for i in range(self.evidence_list.topLevelItemCount()):
            item = self.evidence_list.topLevelItem(i)
            item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == evidence_id)

    def _show_evidence_detail(self) -> None:
        evidence_id = self.selected_evidence_id()
        ev = self.workshop.evidence_item(evidence_id) if evidence_id is not None else None
        writable = not self.workshop.read_only
        self.delete_evidence_button.setEnabled(writable and ev is not None)
        self.confidential_button.setEnabled(writable and ev is not None and ev.kind.value == "testimony")
        if ev is None:
            self.evidence_detail.setText(self.tr("Choose an item to see its details."))
            self.confidential_button.setText(self.tr("Mark confidential"))
            return
        self.confidential_button.setText(self.tr("Mark shareable") if ev.confidential else self.tr("Mark confidential"))
        lines = [f"{ev.title} — {ev.dated} · {ev.kind.label}"]
        if ev.source:
            lines.append(self.tr("Source: %1").replace("%1", ev.source))
        if ev.link:
            lines.append(self.tr("Link: %1").replace("%1", ev.link))
        if ev.attachment:
            from ...domain.followup import size_words
            intact = self.workshop.attachment_intact(ev.id)
            lines.append(self.tr("File: %1 (%2)").replace("%1", ev.attachment.name)
                         .replace("%2", size_words(ev.attachment.size)))
            lines.append(self.tr("SHA-256: %1").replace("%1", ev.attachment.sha256)
                         + ("" if intact else "  " + self.tr("(the stored file no longer matches!)")))
        if ev.confidential:
            lines.append(self.tr("Confidential: never exported, printed or shown on the projector."))
        self.evidence_detail.setText("\n".join(lines))

    def toggle_confidential(self) -> None:
        evidence_id = self.selected_evidence_id()
        ev = self.workshop.evidence_item(evidence_id) if evidence_id is not None else None
        if ev is not None:
            self._run(lambda: self.workshop.set_evidence_confidential(ev.id, not ev.confidential))

    def delete_selected_evidence(self) -> None:
        evidence_id = self.selected_evidence_id()
        if evidence_id is not None:
            self._run(lambda: self.workshop.delete_evidence(evidence_id))

    # --- next cycle ---------------------------------------------------------------------------------------
    def _fill_suggestions(self) -> None:
        self._suggestions_loaded = True
        self.suggestions.clear()
        try:
            found = self.workshop.cycle_suggestions()
        except WorkshopError as error:
            log.warning("No suggestions: %s", error)
            found = {}
        links = self.workshop.cycle_links()
        ids = sorted(set(found) | {s.earlier_id for items in found.values() for s in items})
        recs = self.workshop.recommendations(ids) if ids else {}

        def words(rec_id: int) -> str:
            rec = recs.get(rec_id)
            if rec is None:
                return "?"
            text = rec.text if len(rec.text) <= 110 else rec.text[:109] + "…"
            return f"{rec.reference or ''}  {text}".strip()

        for later_id, items in found.items():
            linked = links.get(later_id)
            top = QTreeWidgetItem([words(later_id), "", self.tr("linked") if linked else ""])
            for s in items:
                child = QTreeWidgetItem([words(s.earlier_id), f"{s.score:.0f}",
                                         "✓" if linked and linked[0] == s.earlier_id else ""])
                child.setData(0, Qt.ItemDataRole.UserRole, (later_id, s.earlier_id, s.score))
                child.setToolTip(0, words(s.earlier_id))
                top.addChild(child)
            self.suggestions.addTopLevelItem(top)
            top.setExpanded(True)
        if not found:
            item = QTreeWidgetItem([self.tr("No suggestions: the workshop holds recommendations of one review only.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.suggestions.addTopLevelItem(item)
        header = self.suggestions.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        again = self.workshop.recommended_again()
        self.again_label.setText(self.tr("%1 recommendation(s) confirmed as made again.")
                                 .replace("%1", str(again.get("total", 0))))
        self._update_cycle_actions()

    def _update_cycle_actions(self) -> None:
        items = self.suggestions.selectedItems()
        chosen = items[0].data(0, Qt.ItemDataRole.UserRole) if items else None
        writable = not self.workshop.read_only
        self.confirm_button.setEnabled(writable and chosen is not None)
        self.unlink_button.setEnabled(writable and chosen is not None
                                      and chosen[0] in self.workshop.cycle_links())

    def confirm_suggestion(self) -> None:
        items = self.suggestions.selectedItems()
        chosen = items[0].data(0, Qt.ItemDataRole.UserRole) if items else None
        if chosen:
            later_id, earlier_id, score = chosen
            self._run(lambda: self.workshop.link_to_earlier(later_id, earlier_id, score))

    def remove_link(self) -> None:
        items = self.suggestions.selectedItems()
        chosen = items[0].data(0, Qt.ItemDataRole.UserRole) if items else None
        if chosen:
            self._run(lambda: self.workshop.link_to_earlier(chosen[0], None))

    # --- writes -------------------------------------------------------------------------------------------
    def _run(self, write) -> bool:
        try:
            change = write()
        except WorkshopError as error:
            show_error(self, error)
            return False
        push_change(self.undo_stack, change)
        self.message.emit(change.description)
        return True

    def set_milestone_done(self, priority_id: int, position: int, done_on) -> None:
        self._run(lambda: self.workshop.set_milestone_done(priority_id, position, done_on))

    def assess(self, subject: Subject | None = None, *, modal: bool = True):
        """Open the assess dialog (on the subject shown, if any). Returns the dialog."""
        from .assess_dialog import AssessDialog

        self.ensure_built()
        if subject is None:
            subject = self.timeline.subject if self.tabs.currentIndex() == self.TABS.index("timeline") \
                else self.selected_subject()
        dialog = AssessDialog(self.workshop, self.undo_stack, self.subjects(subject), subject,
                              include_confidential=not self.projector, parent=self)
        if modal:
            dialog.exec()
        return dialog

    def add_indicator_value(self, *, modal: bool = True):
        """For the priority on the Timeline tab."""
        from .indicator_dialog import IndicatorDialog

        subject = self.timeline.subject
        if subject is None or subject.kind != "p":
            return None
        dialog = IndicatorDialog(self.workshop, self.undo_stack, subject.id, self.subject_combo.currentText(), self)
        if modal:
            dialog.exec()
        return dialog

    def add_evidence(self, *, modal: bool = True):
        from .evidence_dialog import EvidenceDialog

        dialog = EvidenceDialog(self.workshop, self.undo_stack, self)
        if modal:
            dialog.exec()
        return dialog

    # --- documents ----------------------------------------------------------------------------------------
    def update_word_count(self) -> None:
        if not self.built:
            return
        from ...io.followup_docx import submission_word_count

        try:
            count = submission_word_count(self.workshop)
        except Exception as error:  # noqa: BLE001 - the count is a hint; the log has the details
            log.exception("Word count failed")
            self.word_count.setText(self.tr("The word count could not be made: %1").replace("%1", str(error)))
            return
        self.show_word_count(count.words, count.cap, count.joint, count.warning)

    def show_word_count(self, words: int, cap: int, joint: bool, warning: str | None) -> None:
        who = self.tr("joint submission") if joint else self.tr("one organisation")
        self.word_count.setText(self.tr("%1 of %2 words (%3; annexes not counted)")
                                .replace("%1", f"{words:,}").replace("%2", f"{cap:,}").replace("%3", who))
        over = words > cap
        self.word_count.setProperty("over", over)
        self.word_count.style().unpolish(self.word_count)
        self.word_count.style().polish(self.word_count)
        self.word_warning.setText(warning or (self.tr("Over the cap by %1 words: shorten the draft before sending it.")
                                              .replace("%1", f"{words - cap:,}") if over else ""))
        self.word_warning.setVisible(over)

    def word_count_over(self) -> bool:
        return bool(self.word_count.property("over"))

    def _output_folder(self, kind: str) -> Path:
        """Where a save dialog starts: the folder last saved in, else Documents (as the Print step does)."""
        folder = settings.last_folder(kind)
        if folder is not None and os.access(folder, os.W_OK):
            return folder
        return documents_folder()

    def _ask_path(self, title: str, name: str, kind: str, filters: str, suffix: str) -> Path | None:
        workshop_title = self.workshop.info().title or self.workshop.path.stem
        safe = "".join(c for c in f"{workshop_title} - {name}" if c not in '\\/:*?"<>|').strip()
        chosen, selected = QFileDialog.getSaveFileName(self, title, str(self._output_folder(kind) / f"{safe}{suffix}"),
                                                       filters)
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".csv" if "csv" in (selected or "").lower() else suffix)
        return target

    def _save(self, kind: str, target: Path | None, write) -> Path | None:
        if target is None:
            return None
        QCoreApplication.processEvents()
        try:
            written = write(target)
        except Exception as error:  # noqa: BLE001 - WorkshopError says what to do; anything else goes to the log
            show_error(self, error, self.tr("Save"))
            return None
        written = Path(written) if isinstance(written, (str, os.PathLike)) else target
        settings.remember_folder(kind, written.parent)
        self.message.emit(self.tr("Saved to %1").replace("%1", str(written)))
        return written

    def save_midterm_pdf(self, path=None) -> Path | None:
        from ...io.pdf.midterm import write_midterm_pdf

        target = Path(path) if path else self._ask_path(self.tr("Save the mid-term report"), self.tr("mid-term report"),
                                                       "pdf", self.tr("PDF documents (*.pdf)"), ".pdf")
        return self._save("pdf", target, lambda t: write_midterm_pdf(self.workshop, t))

    def save_midterm_docx(self, path=None) -> Path | None:
        from ...io.followup_docx import export_midterm_docx

        target = Path(path) if path else self._ask_path(self.tr("Save the mid-term report"), self.tr("mid-term report"),
                                                       "export", self.tr("Word documents (*.docx)"), ".docx")
        return self._save("export", target, lambda t: export_midterm_docx(self.workshop, t))

    def save_submission(self, path=None) -> Path | None:
        from ...io.followup_docx import export_submission_docx

        target = Path(path) if path else self._ask_path(self.tr("Save the submission draft"),
                                                       self.tr("submission draft"), "export",
                                                       self.tr("Word documents (*.docx)"), ".docx")

        def write(t: Path) -> Path:
            count = export_submission_docx(self.workshop, t)
            self.show_word_count(count.words, count.cap, count.joint, count.warning)
            return t

        return self._save("export", target, write)

    def save_monitoring(self, path=None) -> Path | None:
        from ...io.followup_export import export_monitoring

        target = Path(path) if path else self._ask_path(
            self.tr("Save the monitoring matrix"), self.tr("monitoring matrix"), "export",
            self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"), ".xlsx")
        return self._save("export", target, lambda t: export_monitoring(self.workshop, t))
