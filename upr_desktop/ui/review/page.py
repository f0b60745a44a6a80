"""Step 1, Review: read, search and filter the recommendations; add, edit and delete them; take notes.

The page reads through the workshop (ops layer) and refreshes itself from the workshop's change
announcements, so an undo, an import or an edit made elsewhere shows up here without anyone
poking the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.recommendation import Response
from ...domain.workshop import ALL_COUNTRIES
from ...ops import Workshop
from ...store.queries import RecommendationFilter, search_terms
from ...text import listing
from ..common.flow_layout import ButtonRow
from ..common import theme
from .detail_pane import DetailPane
from ..common.errors import show_error
from .filter_bar import FilterBar
from ..common.highlight_delegate import PAD_X, RecommendationDelegate
from ..common.page_parts import attach_step, page_button
from ..common.recommendation_model import (
    COL_NOTES,
    COL_REFERENCE,
    COL_RESPONSE,
    COL_SESSION,
    COL_STATES,
    COL_TEXT,
    COL_THEMES,
    RecommendationTableModel,
    response_label,
)
from ..common.undo import push_change
from ..common.translation import plural
from ..common.signals import WorkshopSignals

# Widths at zoom 1.0 of the columns that give way when room is short; the text takes what is left,
# and at least TEXT_SHARE of the table.
COLUMN_WIDTHS = {COL_STATES: 160, COL_THEMES: 190}
TEXT_SHARE = 0.33
OPTIONAL_COLUMNS = (COL_SESSION, COL_THEMES, COL_STATES)  # set aside in this order when room is short


class _EmptyState(QWidget):
    """Shown over the table when nothing is listed, saying why and what to do."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("emptyState")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("secondaryButton")
        self.second_button = QPushButton(self)
        self.second_button.setObjectName("primaryButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        buttons.addWidget(self.second_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)


@dataclass(frozen=True)
class CandidateChoice:
    """What the Review page offers as candidates for a voting round."""

    selected: list[int]  # selected rows, in table order
    shown: list[int]  # every row the current search and filters show
    filtered: bool  # a search or filter is narrowing the table


class ReviewPage(QWidget):
    """The review table with search, filters and the detail pane."""

    message = Signal(str)  # for the status bar
    import_requested = Signal()
    selection_changed = Signal()
    read_failed = Signal(object)  # a read after the first paint failed (a damaged file): the window says so

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, signals: WorkshopSignals | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        attach_step(self, "reviewPage", workshop, undo_stack, signals)
        self._counts_pending = False  # the subtitle's counts wait for the table's first paint
        self._detached = False
        self._total = workshop.count()
        self._columns_by_hand = False
        self._fitting = False

        # Header: what this is, and the actions on it
        self.title = QLabel(self.tr("Review the recommendations"), self)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.new_button = page_button(self, self.tr("New recommendation"), self.new_recommendation,
            tip=self.tr("Add a recommendation by hand (Ctrl+Shift+N)"), icon_name="plus.svg", primary=True)
        self.edit_button = page_button(self, self.tr("Edit"), self.edit_current,
            tip=self.tr("Edit the selected recommendation (Enter)"), icon_name="edit.svg")
        self.delete_button = page_button(self, self.tr("Delete"), self.delete_selected,
            tip=self.tr("Delete the selected recommendations (Del)"), icon_name="delete.svg")
        header = QHBoxLayout()
        header.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(ButtonRow((self.edit_button, self.delete_button, self.new_button), self), 0,
                         Qt.AlignmentFlag.AlignBottom)

        self.filter_bar = FilterBar(workshop, self)
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        self.filter_bar.results_requested.connect(self._go_to_results)
        # Beside "Showing X of Y", what it saves; a quiet link, so the page is no wider on a projector.
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("clearFilters")  # the same quiet link style as "Clear filters"
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the list"))
        self.export_button.setToolTip(self.tr("Save the recommendations listed here, with this search and these "
                                              "filters, as Excel or CSV"))
        self.export_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.export_button.clicked.connect(lambda: self.export_list())
        self.filter_bar.add_trailing(self.export_button)

        # The table
        self.model = RecommendationTableModel(workshop, self, count_elsewhere=True)
        self.model.count_known.connect(self._after_rows_changed)
        self.delegate = RecommendationDelegate(self)
        self.table = QTableView(self)
        self.table.setObjectName("recommendationTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.setAccessibleName(self.tr("Recommendations"))
        self.table.installEventFilter(self)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(False)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        horizontal.setSortIndicatorClearable(True)
        horizontal.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        horizontal.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        horizontal.sortIndicatorChanged.connect(self._on_sort_indicator)
        horizontal.sectionResized.connect(self._on_section_resized)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.empty_state = _EmptyState(self.table.viewport())
        self.empty_state.button.clicked.connect(self._empty_primary)
        self.empty_state.second_button.clicked.connect(self._empty_secondary)
        self.table.viewport().installEventFilter(self)

        self.detail = DetailPane(workshop, undo_stack, self)
        self.detail.message.connect(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        self.splitter.addWidget(self.table)
        frame = self.detail
        self.splitter.addWidget(frame)
        self.splitter.setStretchFactor(0, 7)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([940, 340])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

        self.set_zoom(1.0)
        self.set_read_only(self._read_only)
        # The supported / noted counts read every row's response (30 ms at 250,000 rows): said once the table
        # has first painted, not before the window can show.
        self._counts_pending = True
        self._update_subtitle(counts=False)
        self._after_rows_changed()

    # --- state shown ---------------------------------------------------------------------
    def _update_subtitle(self, counts: bool = True) -> None:
        if counts:
            self._counts_pending = False
        info = self.workshop.info()
        parts = []
        if info.country == ALL_COUNTRIES:
            parts.append(self.tr("All States under review"))
        elif info.country:
            parts.append(info.country)
        if info.cycle:
            parts.append(self.tr("UPR cycle %1").replace("%1", str(info.cycle)))
        parts.append(plural(self.tr("%Ln recommendation(s)", "", self._total), self._total))
        if self._total and counts:
            counts = self.workshop.response_counts()
            supported, noted = counts.get("supported", 0), counts.get("noted", 0)
            parts.append(plural(self.tr("%n supported", "", supported), supported))
            parts.append(plural(self.tr("%n noted", "", noted), noted))
        self.subtitle.setText("  ·  ".join(parts))

    def _subtitle_with_counts(self) -> None:
        if self._detached:
            return
        try:
            self._update_subtitle()
        except Exception as error:  # noqa: BLE001 - a damaged page: the window closes the file and offers a backup
            self.read_failed.emit(error)

    def _after_rows_changed(self) -> None:
        shown = self.model.matching_count()  # None while a search's matches are being counted
        flt = self.model.current_filter
        note = ""
        if flt.text.strip() and self.model.sort_key is None:
            note = self.tr("best matches first") if self.model.ranked_by_relevance else \
                self.tr("too many matches to rank: in file order")
        self.filter_bar.set_counts(shown, self._total, note)
        self.filter_bar.set_total(self._total)
        self._update_empty_state()
        self._update_actions()

    def _update_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_state.setVisible(empty)
        if not empty:
            return
        if self._total == 0:
            self.empty_state.label.setText(self.tr(
                "This workshop has no recommendations yet.\nImport the country's recommendations from a UPR Info, "
                "UHRI or OHCHR file, or add them by hand."))
            self.empty_state.button.setText(self.tr("Add one by hand"))
            self.empty_state.second_button.setText(self.tr("Import recommendations…"))
            self.empty_state.button.setVisible(not self._read_only)
            self.empty_state.second_button.setVisible(not self._read_only)
        else:
            self.empty_state.label.setText(self.tr("No recommendations match — clear the filters to see all %1.")
                                           .replace("%1", str(self._total)))
            self.empty_state.button.setText(self.tr("Clear filters"))
            self.empty_state.button.setVisible(True)
            self.empty_state.second_button.setVisible(False)
        self._place_empty_state()

    def _place_empty_state(self) -> None:
        self.empty_state.setGeometry(self.table.viewport().rect())

    def _empty_primary(self) -> None:
        if self._total == 0:
            self.new_recommendation()
        else:
            self.filter_bar.clear()

    def _empty_secondary(self) -> None:
        self.import_requested.emit()

    def _update_actions(self) -> None:
        has_current = self.current_id() is not None
        self.new_button.setEnabled(not self._read_only)
        self.edit_button.setEnabled(not self._read_only and has_current)
        self.delete_button.setEnabled(not self._read_only and bool(self.selected_ids()))

    # --- configuration -------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.detail.set_read_only(read_only)
        self._update_actions()
        self._update_empty_state()

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        font = theme.base_font(theme.BASE_POINT_SIZE * factor)
        self.table.setFont(font)
        header_font = theme.base_font(theme.BASE_POINT_SIZE * factor * 0.92)
        header_font.setWeight(QFont.Weight.DemiBold)
        self.table.horizontalHeader().setFont(header_font)
        self.table.verticalHeader().setDefaultSectionSize(self.delegate.row_height(font))
        self._columns_by_hand = False
        self.fit_columns()
        self.detail.set_zoom(factor)
        self.table.viewport().update()

    def fit_columns(self) -> None:
        """Size the columns for the zoom: short columns fit their content, the text keeps a fair share."""
        if self._columns_by_hand:
            return
        available = self.table.viewport().width()
        if available <= 0:
            return
        font = self.table.font()
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        pill = QFont(bold)
        pill.setPointSizeF(font.pointSizeF() * 0.92)
        header = QFontMetrics(self.table.horizontalHeader().font())
        titles = self.model.headerData
        pad = 2 * PAD_X + 6
        sort_room = 22  # the sort arrow

        def title(column: int) -> int:
            return header.horizontalAdvance(titles(column, Qt.Orientation.Horizontal)) + 16

        fixed = {
            COL_REFERENCE: max(QFontMetrics(bold).horizontalAdvance("121.100") + pad, title(COL_REFERENCE)
                               + sort_room),
            COL_RESPONSE: max(max(QFontMetrics(pill).horizontalAdvance(response_label(r)) for r in Response)
                              + 18 + pad, title(COL_RESPONSE) + sort_room),
            COL_SESSION: max(QFontMetrics(font).horizontalAdvance("00") + pad, title(COL_SESSION) + sort_room),
            COL_NOTES: max(QFontMetrics(font).horizontalAdvance("00") + 28 + pad, title(COL_NOTES)),
        }
        flexible_all = {column: COLUMN_WIDTHS[column] * self._zoom for column in (COL_STATES, COL_THEMES)}
        least_flexible = {column: title(column) + sort_room for column in flexible_all}
        least_text = max(available * TEXT_SHARE, 200 * self._zoom)
        # When even that leaves the text too little room (a projector at a large zoom), columns the
        # detail pane also shows are set aside, least useful first.
        hidden: list[int] = []
        while True:
            shown_fixed = {c: w for c, w in fixed.items() if c not in hidden}
            flexible = {c: w for c, w in flexible_all.items() if c not in hidden}
            room = available - sum(shown_fixed.values()) - least_text
            scale = max(0.6, min(1.0, room / sum(flexible.values()))) if flexible else 1.0
            widths = {**shown_fixed, **{c: max(w * scale, least_flexible[c]) for c, w in flexible.items()}}
            text_width = available - sum(widths.values())
            if text_width >= 180 * self._zoom or len(hidden) == len(OPTIONAL_COLUMNS):
                break
            hidden.append(OPTIONAL_COLUMNS[len(hidden)])
        self._fitting = True
        try:
            for column in OPTIONAL_COLUMNS:
                self.table.setColumnHidden(column, column in hidden)
            for column, width in widths.items():
                self.table.setColumnWidth(column, int(width))
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != COL_TEXT:
            self._columns_by_hand = True  # the person chose widths: keep them

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.delegate.set_palette(palette)
        self.detail.set_palette(palette)
        self.table.viewport().update()

    # --- selection -----------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        return self.model.id_at(index.row())

    def candidate_choice(self) -> CandidateChoice:
        return CandidateChoice(self.selected_ids(), self.model.ids(), not self.model.current_filter.is_empty())

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [rec_id for rec_id in (self.model.id_at(row) for row in rows) if rec_id is not None]

    def select_id(self, rec_id: int | None) -> bool:
        return self.select_ids([rec_id] if rec_id is not None else [], rec_id)

    def select_ids(self, ids: list[int], current: int | None = None) -> bool:
        selection = self.table.selectionModel()
        rows = [row for row in (self.model.row_of(i) for i in ids) if row is not None]
        if not rows:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            self._show_current()
            return False
        block = QItemSelection()
        for row in rows:
            block.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        current_row = self.model.row_of(current) if current is not None else None
        if current_row is None:
            current_row = rows[0]
        selection.setCurrentIndex(self.model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(self.model.index(current_row, 0))
        self._show_current()
        return True

    def _on_selection_changed(self, *_args) -> None:
        self._show_current()

    def _on_current_changed(self, *_args) -> None:
        self._show_current()

    def _show_current(self) -> None:
        rec_id = self.current_id()
        rec = None
        if rec_id is not None:
            row = self.model.row_of(rec_id)
            rec = self.model.recommendation_at(row) if row is not None else None
        self.detail.show_recommendation(rec, len(self.table.selectionModel().selectedRows()))
        self._update_actions()
        self.selection_changed.emit()

    # --- filtering and sorting -----------------------------------------------------------
    def _on_filter_changed(self, flt: RecommendationFilter) -> None:
        keep = self.current_id()
        terms = search_terms(flt.text)
        self.delegate.set_terms(terms)
        self.detail.set_pattern(self.delegate.pattern)
        self.model.set_filter(flt)
        self._after_rows_changed()
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_id(keep)
        else:
            self.select_id(None)
            self.table.scrollToTop()

    def _go_to_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        if self.current_id() is None:
            self.select_id(self.model.id_at(0))
        self.table.setFocus()

    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        if section == COL_NOTES:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            column = self.model.sort_column()
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self._after_rows_changed()
        current = self.current_id()
        if current is not None:
            self.table.scrollTo(self.model.index(self.model.row_of(current) or 0, 0))

    # --- workshop changes ----------------------------------------------------------------
    def _on_workshop_changed(self, topic: str, ids) -> None:
        if topic == "recommendations":
            self.filter_bar.mark_stale()
            self._total = self.workshop.count()
            selected, current = self.selected_ids(), self.current_id()
            scroll = self.table.verticalScrollBar().value()
            self.model.refresh(ids)
            self.table.verticalScrollBar().setValue(scroll)
            self._after_rows_changed()
            still = [i for i in selected if self.model.row_of(i) is not None]
            if still:
                self.select_ids(still, current if current in still else None)
            else:
                self.select_id(None)
            self.detail.refresh()
            self._update_subtitle()
        elif topic == "notes":
            self.model.notes_changed(ids)
            current = self.detail.recommendation
            if current is not None and current.id in ids:
                self.detail.refresh_notes()
        elif topic == "workshop":
            self._update_subtitle()

    # --- editing -------------------------------------------------------------------------
    def new_recommendation(self) -> int | None:
        if self._read_only:
            return None
        from .recommendation_dialog import RecommendationDialog  # when first wanted, not at start-up

        dialog = RecommendationDialog(self.workshop, self.undo_stack, None, self)
        try:
            if dialog.exec() != RecommendationDialog.DialogCode.Accepted or dialog.saved_id is None:
                return None
            rec_id = dialog.saved_id
        finally:
            dialog.deleteLater()
        if self.select_id(rec_id):
            self.message.emit(self.tr("Recommendation added. Undo with Ctrl+Z."))
        else:
            self.message.emit(self.tr("Recommendation added. The current search or filters hide it."))
        return rec_id

    def edit_current(self) -> bool:
        rec_id = self.current_id()
        if self._read_only or rec_id is None:
            return False
        rec = self.workshop.recommendation(rec_id)
        if rec is None:
            return False
        from .recommendation_dialog import RecommendationDialog

        dialog = RecommendationDialog(self.workshop, self.undo_stack, rec, self)
        try:
            saved = dialog.exec() == RecommendationDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if saved:
            self.message.emit(self.tr("Recommendation saved."))
        return saved

    def delete_selected(self) -> bool:
        ids = self.selected_ids()
        if self._read_only or not ids:
            return False
        if len(ids) == 1:
            rec = self.workshop.recommendation(ids[0])
            name = rec.reference if rec and rec.reference else self.tr("this recommendation")
            question = self.tr("Delete %1? Its notes are deleted with it. You can undo this with Ctrl+Z.") \
                .replace("%1", name)
        else:
            question = plural(self.tr("Delete %n recommendation(s)? Their notes are deleted with them. You can undo "
                                      "this with Ctrl+Z.", "", len(ids)), len(ids))
        cited = self.workshop.priorities_using_recommendations(ids)
        if cited:
            names = listing([f"“{title}”" for title in cited[:3]], conjunction=len(cited) <= 3) + (
                "…" if len(cited) > 3 else "")
            question += " " + self.tr("The charter's priorities %1 cite it; they will no longer do so.").replace(
                "%1", names)
        answer = QMessageBox.question(self, self.tr("Delete recommendations"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        next_row = min(self.model.row_of(i) or 0 for i in ids)
        try:
            change = self.workshop.delete_recommendations(ids)
        except WorkshopError as error:
            show_error(self, error)
            return False
        push_change(self.undo_stack, change)
        if self.model.rowCount():
            self.select_id(self.model.id_at(min(next_row, self.model.rowCount() - 1)))
        self.message.emit(self.tr("Recommendation deleted. Undo with Ctrl+Z.") if len(ids) == 1 else
                          self.tr("%n recommendations deleted. Undo with Ctrl+Z.", "", len(ids)))
        return True

    def export_list(self, path=None):
        """The recommendations as listed: this search, these filters, this order (XLSX or CSV)."""
        import os
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from ... import settings
        from ...io.followup_export import export_recommendations
        from ..common.dialog_parts import documents_folder

        if path is None:
            folder = settings.last_folder("export")
            folder = folder if folder is not None and os.access(folder, os.W_OK) else documents_folder()
            title = self.workshop.info().title or self.workshop.path.stem
            name = "".join(c for c in f"{title} - recommendations" if c not in '\\/:*?"<>|').strip()
            chosen, selected = QFileDialog.getSaveFileName(
                self, self.tr("Export the list"), str(folder / f"{name}.xlsx"),
                self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"))
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() not in (".xlsx", ".csv"):
                target = target.with_name(target.name + (".csv" if "csv" in selected.lower() else ".xlsx"))
        else:
            target = Path(path)
        try:
            written = Path(export_recommendations(self.workshop, target, self.model.current_filter,
                                                  sort=self.model.sort_key, descending=self.model.descending))
        except Exception as error:  # noqa: BLE001 - WorkshopError says what to do; anything else goes to the log
            show_error(self, error, self.tr("Export the list"))
            return None
        if path is None:
            settings.remember_folder("export", written.parent)
        saved = self.model.matching_count()
        if saved is None:
            saved = self.workshop.count_matching(self.model.current_filter)
        self.message.emit(plural(self.tr("Saved %n recommendation(s) to {path}", "", saved), saved)
                          .format(path=written))
        return written

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_current()

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.select_id(self.model.id_at(index.row()))
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Edit…"), self.edit_current)
        add_note = menu.addAction(self.tr("Add a note"), self.detail.note_editor.setFocus)
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete…"), self.delete_selected)
        for action in (edit, add_note, delete):
            action.setEnabled(not self._read_only)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- events --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_state()
            self.fit_columns()
        elif self._counts_pending and watched is self.table.viewport() and event.type() == QEvent.Type.Paint:
            self._counts_pending = False
            QTimer.singleShot(0, self._subtitle_with_counts)
        elif watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id() is not None:
                self.edit_current()
                return True
        return super().eventFilter(watched, event)

    def detach(self) -> None:
        """Stop listening to the workshop (it is being closed)."""
        self._detached = True
        self.detail.keep_draft()  # closing the workshop must not drop a half-typed note
        self.signals.changed.disconnect(self._on_workshop_changed)
        if self._own_signals:
            self.signals.detach()
