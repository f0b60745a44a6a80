"""Importing recommendations from a file into the open workshop.

`run_import` is what the main window calls. The dialog walks through: what the file is
(detected, can be overridden), which column is which (plain tables only), which State
under review (only when the file covers several and the workshop's own isn't among them),
progress with Cancel, and a summary. All reading and writing happens in worker threads
(import_worker); this module only shows and asks.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ImportCancelled, WorkshopReadOnly
from ...domain.workshop import ALL_COUNTRIES
from ...ops import ImportSummary, Workshop
from ..common.errors import message_for, show_error
from .import_worker import READING, SAVING, BackgroundJob, ImportWorker, InspectWorker
from ..common.undo import push_change
from ..common.dialog_parts import (
    ACCENT,
    DIALOG_STYLE,
    ElidedLabel,
    InlineMessage,
    documents_folder,
    primary_button,
    secondary_button,
)
from .import_preview import (
    PreviewModel,
    StepsBar,
    field_label,
    file_size_text,
    format_choices,
    format_description,
    number_text,
)
from ..common.translation import plural, translate

if TYPE_CHECKING:
    from ...io.importers import ColumnMapping, ParsedSource, TablePreview

log = logging.getLogger(__name__)

SOURCE_FILTER = "Recommendations (*.csv *.xls *.xlsx *.docx *.json);;All files (*)"

# Fields of ColumnMapping, in the order the mapping step shows them; the first is required.
MAPPING_FIELDS = ("text", "reference", "states", "response", "themes", "affected_persons", "sdgs", "session",
                  "cycle", "action_category", "document_symbol", "country")

IMPORT_STYLE = DIALOG_STYLE + f"""
QFrame#fileCard {{ background: #f5f7fa; border: 1px solid #e1e6ec; border-radius: 8px; }}
QLabel#fileName {{ font-size: 11.5pt; font-weight: 600; color: #15212e; background: transparent; }}
QLabel#fileDetail {{ color: #5d6874; background: transparent; }}
QLabel#fileBadge {{ background: {ACCENT}; color: white; border-radius: 6px; font-weight: 700;
    font-size: 8.5pt; }}
QLabel#pageText {{ color: #2b3640; }}
QLabel#pageHeading {{ font-size: 12pt; font-weight: 600; color: #15212e; }}
QLabel#mutedText {{ color: #6b7580; }}
QLabel#reasonText {{ color: #8a5a00; }}
QLabel#phaseText {{ font-size: 12.5pt; font-weight: 600; color: #15212e; }}
QLabel#summaryHeading {{ font-size: 15pt; font-weight: 600; color: #15212e; }}
QLabel#summaryMark {{ background: #e3f1e7; color: #1e7b3c; border-radius: 22px; font-size: 17pt;
    font-weight: 700; }}
QLabel#summaryMark[kind="neutral"] {{ background: #e8f0fa; color: {ACCENT}; }}
QLabel#summaryText {{ font-size: 11pt; color: #2b3640; }}
QLabel#fieldLabel {{ color: #2b3640; }}
QLabel#fieldLabel[required="true"] {{ font-weight: 600; }}
QProgressBar {{ border: none; background: #e6ebf1; border-radius: 5px; min-height: 10px; max-height: 10px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 5px; }}
QTableView#previewTable {{ border: 1px solid #e1e6ec; border-radius: 6px; gridline-color: #eef1f4;
    background: #ffffff; alternate-background-color: #fafbfc; }}
QTableView#previewTable QHeaderView::section {{ background: #f1f4f8; color: #2b3640; border: none;
    border-right: 1px solid #e1e6ec; border-bottom: 1px solid #e1e6ec; padding: 4px 6px; font-weight: 600; }}
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportDialog(QDialog):
    """Import one file into the workshop; see the module docstring for the steps."""

    PAGE_CHECKING, PAGE_READY, PAGE_MAPPING, PAGE_COUNTRY, PAGE_PROGRESS, PAGE_SUMMARY = range(6)

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, path: str | Path,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import recommendations"))
        self.setStyleSheet(IMPORT_STYLE)
        self.setMinimumSize(720, 480)
        self._workshop = workshop
        self._undo_stack = undo_stack
        self.path = Path(path)
        self._detected: str | None = None
        self._preview: TablePreview | None = None
        self._parsed: ParsedSource | None = None
        self._summary: ImportSummary | None = None
        self._job: BackgroundJob | None = None
        self._close_requested = False
        self._cancel_requested = False
        self._return_page = self.PAGE_READY
        self._mapping_combos: dict[str, QComboBox] = {}
        self._preview_model: PreviewModel | None = None
        self.saved_mapping_used = False

        self._build()
        if workshop.read_only:
            self._show_page(self.PAGE_READY)
            self.ready_text.setText("")
            self.message.show_error(self.tr(
                "“{name}” is open read-only, so recommendations can't be added to it. Use “Save a copy…” "
                "to work on a copy, then import into the copy.").format(name=workshop.path.name))
            self.format_combo.setEnabled(False)
            self._update_buttons()
        else:
            self._inspect("auto")

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self.tr("Import recommendations"), self)
        heading.setObjectName("dialogHeading")

        card = QFrame(self)
        card.setObjectName("fileCard")
        badge = QLabel((self.path.suffix.lstrip(".") or "?").upper()[:4], card)
        badge.setObjectName("fileBadge")
        badge.setFixedSize(44, 44)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.file_label = ElidedLabel(self.path.name, card)
        self.file_label.setObjectName("fileName")
        self.file_label.setToolTip(str(self.path))
        try:
            size = file_size_text(self.path.stat().st_size)
        except OSError:
            size = ""
        detail = ElidedLabel("  ·  ".join(part for part in (str(self.path.parent), size) if part), card,
                             mode=Qt.TextElideMode.ElideMiddle)
        detail.setObjectName("fileDetail")
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.file_label)
        names.addWidget(detail)
        card_layout = QHBoxLayout(card)
        card_layout.setContentsMargins(14, 12, 14, 12)
        card_layout.setSpacing(14)
        card_layout.addWidget(badge)
        card_layout.addLayout(names, 1)

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("formatCombo")
        for key, label in format_choices():
            self.format_combo.addItem(label, key)
        self.format_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.format_combo.setMinimumWidth(300)
        self.format_combo.setToolTip(self.tr("The format is detected from the file. Choose another if the "
                                             "detection is wrong."))
        format_label = QLabel(self.tr("Format"), self)
        format_label.setObjectName("fieldLabel")
        format_label.setBuddy(self.format_combo)
        format_row = QHBoxLayout()
        format_row.setSpacing(10)
        format_row.addWidget(format_label)
        format_row.addWidget(self.format_combo)
        format_row.addStretch(1)

        self.pages = StepsBar(self)
        self.pages.addWidget(self._build_checking_page())
        self.pages.addWidget(self._build_ready_page())
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_country_page())
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_summary_page())

        self.message = InlineMessage(self)
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("reasonText")
        self.reason_label.setWordWrap(True)
        self.import_button = primary_button(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.cancel_button = secondary_button(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.close_button = primary_button(self.tr("Close"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.reason_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #e3e7ec;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(card)
        layout.addLayout(format_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(line)
        layout.addLayout(buttons)

        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button.clicked.connect(self.accept)

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        return page, layout

    def _text(self, text: str, name: str = "pageText") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _build_checking_page(self) -> QWidget:
        page, layout = self._page()
        layout.addStretch(1)
        layout.addWidget(self._text(self.tr("Looking at the file…"), "phaseText"),
                         0, Qt.AlignmentFlag.AlignHCenter)
        busy = QProgressBar(page)
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setMaximumWidth(360)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_ready_page(self) -> QWidget:
        page, layout = self._page()
        self.format_text = self._text("")
        self.ready_text = self._text("", "mutedText")
        layout.addWidget(self.format_text)
        layout.addWidget(self.ready_text)
        layout.addStretch(1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page, layout = self._page()
        layout.addWidget(self._text(self.tr("Which column holds what?"), "pageHeading"))
        self.mapping_intro = self._text("", "mutedText")
        layout.addWidget(self.mapping_intro)
        self.preview_table = QTableView(page)
        self.preview_table.setObjectName("previewTable")
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().setDefaultSectionSize(24)
        self.preview_table.verticalHeader().setMinimumWidth(28)
        self.preview_table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                                  | Qt.AlignmentFlag.AlignVCenter)
        self.preview_table.horizontalHeader().setMinimumSectionSize(90)
        self.preview_table.setMinimumHeight(150)
        layout.addWidget(self.preview_table, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(7)
        for number, field in enumerate(MAPPING_FIELDS):
            required = number == 0
            label = QLabel(field_label(field) + (" *" if required else ""), page)
            label.setObjectName("fieldLabel")
            label.setProperty("required", required)
            combo = QComboBox(page)
            combo.setObjectName(f"mapping_{field}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self._mapping_combos[field] = combo
            row, pair = divmod(number, 2)
            grid.addWidget(label, row, pair * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, pair * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 150)
        layout.addLayout(grid)
        return page

    def _build_country_page(self) -> QWidget:
        page, layout = self._page()
        layout.addWidget(self._text(self.tr("Which State under review?"), "pageHeading"))
        self.country_text = self._text("")
        layout.addWidget(self.country_text)
        self.country_combo = QComboBox(page)
        self.country_combo.setObjectName("importCountryCombo")
        self.country_combo.setMinimumWidth(380)
        self.country_combo.setMaxVisibleItems(18)
        self.country_combo.currentIndexChanged.connect(self._on_country_changed)
        row = QHBoxLayout()
        row.addWidget(self.country_combo)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._text(self.tr("Recommendations to the other States are left out. Recommendations "
                                            "already in the workshop are not added twice."), "mutedText"))
        layout.addStretch(1)
        return page

    def _build_progress_page(self) -> QWidget:
        page, layout = self._page()
        layout.addStretch(1)
        self.phase_label = self._text("", "phaseText")
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setObjectName("importProgress")
        self.progress_detail = self._text("", "mutedText")
        layout.addWidget(self.phase_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_detail)
        layout.addWidget(self._text(self.tr("You can cancel at any time: nothing is added to the workshop until "
                                            "the import has finished."), "mutedText"))
        layout.addStretch(2)
        return page

    def _build_summary_page(self) -> QWidget:
        page, layout = self._page()
        self.summary_mark = QLabel("✓", page)
        self.summary_mark.setObjectName("summaryMark")
        self.summary_mark.setFixedSize(44, 44)
        self.summary_mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_heading = self._text("", "summaryHeading")
        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(self.summary_mark)
        head.addWidget(self.summary_heading, 1)
        self.summary_label = self._text("", "summaryText")
        self.summary_label.setObjectName("summaryText")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_details = self._text("", "mutedText")
        self.summary_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addSpacing(8)
        layout.addLayout(head)
        layout.addSpacing(4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary_details)
        layout.addStretch(1)
        return page

    # --- state ---------------------------------------------------------------------------
    def summary(self) -> ImportSummary | None:
        """The finished import's summary (None if nothing was imported: cancelled, refused, closed)."""
        return self._summary

    def is_busy(self) -> bool:
        """A worker is running, or has finished but its result hasn't been handled yet."""
        return self._job is not None

    def chosen_format(self) -> str:
        return self.format_combo.currentData()

    def effective_format(self) -> str:
        chosen = self.chosen_format()
        return (self._detected or "auto") if chosen == "auto" else chosen

    def mapping(self) -> ColumnMapping | None:
        if self.effective_format() != "table" or not self._mapping_combos:
            return None
        from ...io.importers import ColumnMapping

        values = {field: combo.currentData() for field, combo in self._mapping_combos.items()}
        if not values.get("text"):
            return None
        return ColumnMapping(**values)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        if page in (self.PAGE_READY, self.PAGE_MAPPING):
            self._return_page = page  # where a cancelled or refused import comes back to
        if page == self.PAGE_MAPPING:
            self._grow_to(QSize(920, 760))
        else:
            self._grow_to(self.sizeHint())
        self._update_buttons()

    def _grow_to(self, size: QSize) -> None:
        screen = self.screen().availableGeometry().size() if self.screen() else size
        target = size.boundedTo(screen * 0.95)
        self.resize(self.size().expandedTo(target))

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = page in (self.PAGE_CHECKING, self.PAGE_PROGRESS)
        finished = page == self.PAGE_SUMMARY
        self.import_button.setVisible(not finished and page != self.PAGE_PROGRESS)
        self.close_button.setVisible(finished)
        self.cancel_button.setVisible(not finished)
        self.cancel_button.setText(self.tr("Cancel import") if page == self.PAGE_PROGRESS else self.tr("Cancel"))
        self.cancel_button.setEnabled(not self._cancel_requested)
        self.format_combo.setEnabled(not busy and not finished and not self._workshop.read_only)
        reason = self._import_blocked_reason()
        self.import_button.setEnabled(reason is None)
        self.reason_label.setText(reason or "")
        if finished:
            self.close_button.setDefault(True)
            self.close_button.setFocus()
        elif reason is None:
            self.import_button.setDefault(True)

    def _import_blocked_reason(self) -> str | None:
        """Why Import can't be pressed now, or None. Empty text when there's nothing to explain."""
        page = self.pages.currentIndex()
        if self._workshop.read_only:
            return ""
        if page in (self.PAGE_CHECKING, self.PAGE_PROGRESS, self.PAGE_SUMMARY):
            return ""
        if page == self.PAGE_MAPPING and not self._mapping_combos["text"].currentData():
            return self.tr("Choose the column that holds the recommendation text.")
        if page == self.PAGE_COUNTRY and self.country_combo.currentData() is None:
            return self.tr("Choose a State under review to import.")
        if page == self.PAGE_READY and self.effective_format() == "auto":
            return "" if self.message.is_error() else self.tr("Choose the file's format.")
        return None

    # --- inspecting the file -------------------------------------------------------------
    def _inspect(self, fmt: str) -> None:
        self._show_page(self.PAGE_CHECKING)
        worker = InspectWorker(self.path, fmt)
        worker.inspected.connect(self._on_inspected)
        worker.failed.connect(self._on_inspect_failed)
        self._start(worker)

    def _on_inspected(self, fmt: str, preview: TablePreview | None) -> None:
        self._end_job()
        if self.chosen_format() == "auto":
            self._detected = fmt
            name = dict(format_choices()).get(fmt, fmt)
            self.format_combo.setItemText(0, self.tr("Automatic: {name}").format(name=name))
        if preview is not None:
            self._preview = preview
        if self._close_if_requested():
            return
        self._show_for_format()

    def _on_inspect_failed(self, error: Exception) -> None:
        self._end_job()
        if self._close_if_requested():
            return
        if self.chosen_format() == "auto":
            self._detected = None
        self.format_text.setText(self.tr("This file could not be read as recommendations. Check that it is the "
                                         "exported file; if it is and you know its format, choose it above."))
        self.ready_text.setText("")
        self.pages.setCurrentIndex(self.PAGE_READY)
        self.message.show_error(message_for(error))
        self._update_buttons()

    def _on_format_changed(self, _index: int) -> None:
        self.message.clear_message()
        self._parsed = None
        self._show_for_format()

    def _show_for_format(self) -> None:
        fmt = self.effective_format()
        if fmt == "table":
            if self._preview is None:
                self._inspect("table")
                return
            self._fill_mapping(self._preview)
            self._show_page(self.PAGE_MAPPING)
            return
        if fmt == "auto":  # detection failed earlier and the person went back to Automatic: try again
            self._inspect("auto")
            return
        self.format_text.setText(format_description(fmt))
        title = self._workshop.info().title or self._workshop.path.stem
        count = self._workshop.count()
        if count:
            where = self.tr("The recommendations will be added to “{title}”, which holds {count} now. Any already "
                            "in it are recognised and not added twice.").format(title=title, count=number_text(count))
        else:
            where = self.tr("The recommendations will be added to “{title}”, which has none yet.").format(
                title=title)
        self.ready_text.setText(where)
        self._show_page(self.PAGE_READY)

    # --- column mapping ------------------------------------------------------------------
    def _fill_mapping(self, preview: TablePreview) -> None:
        if self._preview_model is not None and self._preview_model.columnCount() == len(preview.columns) \
                and getattr(self, "_mapped_preview", None) is preview:
            return
        self._mapped_preview = preview
        self._preview_model = PreviewModel(preview.columns, preview.sample_rows, self)
        self.preview_table.setModel(self._preview_model)
        not_in_file = self.tr("— not in this file —")
        # A table with these same columns was imported before: map it as it was mapped then.
        saved = self._workshop.saved_mapping([str(c) for c in preview.columns])
        self.saved_mapping_used = saved is not None
        for field, combo in self._mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(not_in_file, None)
            for column in preview.columns:
                combo.addItem(str(column), str(column))
            if saved is not None:
                guessed = saved.get(field)
            else:
                guessed = getattr(preview.guessed, field, None) if preview.guessed is not None else None
            index = combo.findData(guessed) if guessed else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        # Each detail a whole sentence of its own: a list of fragments can't follow every language's grammar.
        parts = [self.tr("Read as {encoding} text.").format(encoding=preview.encoding.upper())] \
            if preview.encoding else []
        if preview.delimiter == "\t":
            parts.append(self.tr("Columns separated by tabs."))
        elif preview.delimiter == " ":
            parts.append(self.tr("Columns separated by spaces."))
        elif preview.delimiter:
            parts.append(self.tr("Columns separated by “{delimiter}”.").format(delimiter=preview.delimiter))
        if preview.sheet:
            parts.append(self.tr("Read from the sheet “{sheet}”.").format(sheet=preview.sheet))
        if preview.header_row:  # counted as a spreadsheet program shows rows, from 1; 0 for JSON
            parts.append(self.tr("Column names on row {row}.").format(row=int(preview.header_row)))
        read_as = "".join(" " + part for part in parts)
        again = (" " + self.tr("The columns are chosen as at the last import of a table with these same "
                               "columns.")) if saved is not None else ""
        self.mapping_intro.setText(self.tr("Choose the column for each field below; fields not in the file can "
                                           "stay empty.") + read_as + again)
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._refresh_preview_targets()

    def _fit_preview_columns(self) -> None:
        """Wide enough for each heading and what it maps to, without one long text column taking all the room."""
        header = self.preview_table.horizontalHeader()
        self.preview_table.resizeColumnsToContents()
        for column in range(header.count()):
            header.resizeSection(column, min(max(header.sectionSize(column), 110), 320))

    def _refresh_preview_targets(self) -> None:
        if self._preview_model is None or self._preview is None:
            return
        columns = [str(c) for c in self._preview.columns]
        targets: dict[int, str] = {}
        for field, combo in self._mapping_combos.items():
            column = combo.currentData()
            if column in columns:
                index = columns.index(column)
                targets[index] = ", ".join(filter(None, [targets.get(index), field_label(field)]))
        self._preview_model.set_targets(targets)
        self._fit_preview_columns()

    def _on_mapping_changed(self, _index: int) -> None:
        self._parsed = None
        self._refresh_preview_targets()
        self._update_buttons()

    # --- country -------------------------------------------------------------------------
    def _on_needs_country(self, countries: list) -> None:
        self._end_job()
        if self._close_if_requested():
            return
        own = self._workshop.info().country
        total = sum(count for _, count in countries)
        n = len(countries)
        if own and own != ALL_COUNTRIES:
            text = self.tr("“{file}” holds recommendations to %n State(s) under review, and this workshop's "
                           "country, {country}, is not among them. Choose which State's recommendations to import, "
                           "or import them all.", "", n)
        else:
            text = self.tr("“{file}” holds recommendations to %n State(s) under review, and this workshop's "
                           "country is not among them. Choose which State's recommendations to import, or import "
                           "them all.", "", n)
        self.country_text.setText(plural(text, n).format(file=self.path.name, country=own))
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        self.country_combo.addItem(self.tr("Choose a State under review…"), None)
        self.country_combo.addItem(self.tr("All countries ({count} recommendations)").format(
            count=number_text(total)), ALL_COUNTRIES)
        self.country_combo.insertSeparator(2)
        for name, count in countries:
            self.country_combo.addItem(self.tr("{name} ({count})").format(name=name, count=number_text(count)), name)
        self.country_combo.setCurrentIndex(0)
        self.country_combo.blockSignals(False)
        self._show_page(self.PAGE_COUNTRY)
        self.country_combo.setFocus()

    def _on_country_changed(self, _index: int) -> None:
        self._update_buttons()

    def choose_country(self, name: str) -> bool:
        """Select a State (or ALL_COUNTRIES) in the country step. False if it isn't offered."""
        index = self.country_combo.findData(name)
        if index < 0:
            return False
        self.country_combo.setCurrentIndex(index)
        return True

    # --- importing -----------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        if self._import_blocked_reason() is not None or self.is_busy():
            return
        country = None
        parsed = None
        if self.pages.currentIndex() == self.PAGE_COUNTRY:
            country = self.country_combo.currentData()
            parsed = self._parsed
        self.message.clear_message()
        self._cancel_requested = False
        fmt = self.effective_format()
        worker = ImportWorker(self._workshop, self.path, format=fmt, mapping=self.mapping(),
                              country=country, parsed=parsed)
        worker.progress.connect(self._on_progress)
        worker.parsed.connect(self._on_parsed)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.needs_country.connect(self._on_needs_country)
        self.progress_bar.setRange(0, 0)
        self.phase_label.setText(self.tr("Reading the file…") if parsed is None else self.tr("Saving…"))
        self.progress_detail.setText("")
        self._show_page(self.PAGE_PROGRESS)
        self._start(worker)

    def _on_parsed(self, parsed: ParsedSource) -> None:
        self._parsed = parsed

    def _on_progress(self, done: int, total: int, phase: str) -> None:
        if self._cancel_requested:
            return
        if phase == READING:  # counted in bytes for CSV, rows otherwise: show a share, not a unit
            self.phase_label.setText(self.tr("Reading the file…"))
            unit = self.tr("{percent}% read")
        elif phase == SAVING:
            self.phase_label.setText(self.tr("Saving to the workshop…"))
            unit = self.tr("{done} of {total} recommendations saved")
        else:
            unit = "{done} / {total}"
        if phase == SAVING and 0 < total <= done:
            # Every row is written; the search and sort indexes are built next (half a minute at a million rows).
            self.phase_label.setText(self.tr("Indexing for search and sorting…"))
            self.progress_bar.setRange(0, 0)
            self.progress_detail.setText(plural(self.tr("%Ln recommendation(s) saved. Making them searchable; this "
                                                        "is the last step.", "", total), total))
        elif total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            percent = min(100, int(done * 100 / total))
            self.progress_detail.setText(unit.format(done=number_text(done), total=number_text(total), percent=percent))
        else:
            self.progress_bar.setRange(0, 0)
            self.progress_detail.setText("")

    def _on_cancel_clicked(self) -> None:
        if self.pages.currentIndex() == self.PAGE_PROGRESS and self.is_busy():
            self.cancel_import()
        else:
            self.reject()

    def cancel_import(self) -> None:
        """Ask the running import to stop; the dialog says so when it has."""
        if not self.is_busy() or self._cancel_requested:
            return
        self._cancel_requested = True
        self._job.cancel()
        self.phase_label.setText(self.tr("Cancelling…"))
        self.progress_detail.setText(self.tr("Undoing what was written so far."))
        self.progress_bar.setRange(0, 0)
        self._update_buttons()

    def _on_finished(self, summary: ImportSummary) -> None:
        self._end_job()
        self._cancel_requested = False
        self._summary = summary
        if summary.added:
            # The worker wrote on its own connection: tell this connection's listeners, and undo here.
            self._workshop.announce_external_change("recommendations", summary.added_ids)
            push_change(self._undo_stack, self._workshop.change_for_import(summary))
        self._show_summary(summary)
        self._close_if_requested(accepted=True)

    def _show_summary(self, summary: ImportSummary) -> None:
        if summary.added:
            heading = self.tr("{n} recommendations added").format(n=number_text(summary.added)) if summary.added != 1 \
                else self.tr("1 recommendation added")
            kind = "done"
        elif summary.rows_read and summary.duplicates:
            heading, kind = self.tr("Already in the workshop"), "neutral"
        else:
            heading, kind = self.tr("Nothing was added"), "neutral"
        self.summary_mark.setText("✓" if kind == "done" else "i")
        self.summary_mark.setProperty("kind", kind)
        self.summary_mark.style().unpolish(self.summary_mark)
        self.summary_mark.style().polish(self.summary_mark)
        self.summary_heading.setText(heading)
        self.summary_label.setText(summary.message())
        details = []
        parsed = self._parsed
        if parsed is not None:
            if parsed.skipped:
                first_row = parsed.skipped[0][0]
                details.append(self.tr("{n} rows of the file were skipped (the first is row {row}: {reason}).").format(
                    n=number_text(len(parsed.skipped)), row=first_row, reason=parsed.skipped[0][1]))
            details.extend(str(note) for note in parsed.notes)
        details.append(self.tr("The workshop now holds {count} recommendations.").format(
            count=number_text(self._workshop.count())))
        if summary.added:
            details.append(self.tr("To take this import back, use Edit ▸ Undo (Ctrl+Z)."))
        self.summary_details.setText("\n".join(details))
        self._show_page(self.PAGE_SUMMARY)

    def _on_failed(self, error: Exception) -> None:
        self._end_job()
        cancelled = self._cancel_requested or isinstance(error, ImportCancelled)
        self._cancel_requested = False
        if self._close_if_requested():
            return
        try:
            from ...io.importers import NeedsColumnMapping
        except ImportError:  # pragma: no cover - the importers ship with the app
            NeedsColumnMapping = ()  # noqa: N806
        if cancelled:
            self._show_page(self._return_page)
            self.message.show_info(self.tr("Import cancelled. Nothing was added."))
        elif NeedsColumnMapping and isinstance(error, NeedsColumnMapping):
            self._preview = error.preview
            self._parsed = None
            index = self.format_combo.findData("table")
            self.format_combo.blockSignals(True)
            self.format_combo.setCurrentIndex(index)
            self.format_combo.blockSignals(False)
            self._fill_mapping(error.preview)
            self._show_page(self.PAGE_MAPPING)
            self.message.show_error(message_for(error))
        else:
            self._show_page(self._return_page)
            self.message.show_error(message_for(error))

    # --- worker threads ------------------------------------------------------------------
    def _start(self, worker: ImportWorker | InspectWorker) -> None:
        self._job = BackgroundJob(worker)
        self._job.start()

    def _end_job(self) -> None:
        if self._job is not None:
            self._job.stop()
            self._job = None

    def _close_if_requested(self, accepted: bool = False) -> bool:
        if not self._close_requested:
            return False
        self._close_requested = False
        super().done(QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected)
        return True

    def done(self, result: int) -> None:
        if self.is_busy():
            if self._close_requested:  # asked twice: stop waiting politely
                self._job.stop(cancel=True)
                self._job = None
            else:
                # Close once the worker has stopped, so its thread and connection end cleanly.
                self._close_requested = True
                if isinstance(self._job.worker, ImportWorker):
                    self.cancel_import()
                return
        super().done(result)

    def shutdown(self) -> None:
        """Stop any worker and wait for it (for owners tearing the dialog down)."""
        if self._job is not None:
            self._job.stop(cancel=True)
            self._job = None


def choose_source_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("ImportDialog", "Import recommendations"), str(documents_folder()),
                                          _tr(SOURCE_FILTER))
    return path or None


def run_import(parent: QWidget | None, workshop: Workshop, undo_stack: QUndoStack,
               path: str | None = None) -> ImportSummary | None:
    """Import a file's recommendations into the workshop. The summary, or None if nothing was imported."""
    if workshop.read_only:
        show_error(parent, WorkshopReadOnly(translate("ImportDialog", 
            "“{name}” is open read-only, so recommendations can't be added to it. Use “Save a copy…” to work on "
            "a copy, then import into the copy.").format(name=workshop.path.name)),
            translate("ImportDialog", "Import recommendations"))
        return None
    if path is None:
        path = choose_source_file(parent)
        if not path:
            return None
    dialog = ImportDialog(workshop, undo_stack, path, parent)
    try:
        dialog.exec()
        return dialog.summary()
    finally:
        dialog.shutdown()
        dialog.deleteLater()


__all__ = ["ImportDialog", "MAPPING_FIELDS", "SOURCE_FILTER", "choose_source_file", "run_import"]
