"""Step 3, Participants: who is in the room, their organisations, and how outputs name them.

People who have faced reprisals take part in these workshops, so the page makes the private choices
easy: anyone can be recorded by number or alias only, nobody is named in an output without consent,
and one switch anonymises every output. Every change goes through the ops layer and can be undone;
the page refreshes itself from the workshop's change announcements.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QUndoStack
from PySide6.QtWidgets import (
    QSizePolicy,
    QSpacerItem,
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.participant import NAME_MAX, Organisation
from ...ops import Workshop
from ..common.flow_layout import ButtonRow
from ..common import theme
from .attendance_dialog import AttendanceDialog
from ..common.errors import message_for, show_error
from ..common.page_parts import Card, attach_step, icon, page_button
from .participant_dialog import ParticipantDialog, Switch
from ..common.undo import push_change
from ..common.translation import plural
from ..common.signals import WorkshopSignals
from .models import (
    COL_CODE,
    COL_CONSENT,
    COL_CONTACT,
    COL_FOCUS,
    COL_NAME,
    COL_NUMBER,
    COL_ORGANISATION,
    OrganisationTableModel,
    ParticipantTableModel,
)

# How the columns that give way share the room left by the fixed ones.
FLEXIBLE_SHARES = {COL_NAME: 3.0, COL_ORGANISATION: 3.0, COL_FOCUS: 2.2, COL_CONTACT: 2.2}
LEAST_WIDTHS = {COL_NAME: 150, COL_ORGANISATION: 150, COL_FOCUS: 110, COL_CONTACT: 120}
OPTIONAL_COLUMNS = (COL_CONTACT, COL_FOCUS)  # set aside in this order when room is short
ATTENDANCE_FILTER = "Attendance lists (*.csv *.xlsx *.xls);;All files (*)"
class ParticipantsPage(QWidget):
    """The participant register with search, the organisations and the privacy switch."""

    message = Signal(str)  # for the status bar

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, signals: WorkshopSignals | None = None,
                 parent: QWidget | None = None, **_context):
        super().__init__(parent)
        attach_step(self, "participantsPage", workshop, undo_stack, signals)
        self._fitting = False
        self._columns_by_hand = False

        # Header
        self.title = QLabel(self.tr("Participants"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.add_button = page_button(self, self.tr("Add participant"), self.add_participant,
            tip=self.tr("Register someone by hand"), icon_name="plus.svg", primary=True)
        self.import_button = page_button(self, self.tr("Import attendance list…"), lambda: self.import_attendance(),
            tip=self.tr("Add everyone from a sign-in sheet saved as CSV or Excel"))
        self.edit_button = page_button(self, self.tr("Edit"), self.edit_current,
            tip=self.tr("Edit the selected participant (Enter)"), icon_name="edit.svg")
        self.remove_button = page_button(self, self.tr("Remove"), self.remove_selected,
            tip=self.tr("Remove the selected participants (Del)"), icon_name="delete.svg")
        header = QHBoxLayout()
        header.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(ButtonRow((self.edit_button, self.remove_button, self.import_button, self.add_button), self),
                         0, Qt.AlignmentFlag.AlignBottom)

        # Privacy: one switch for every output
        self.privacy_card = Card("privacyCard", self)
        self.anonymise_switch = Switch(self.tr("Anonymise names in every output"), self.privacy_card)
        self.anonymise_switch.setObjectName("anonymiseSwitch")
        self.anonymise_switch.clicked.connect(self._on_anonymise_clicked)
        self.privacy_text = QLabel(self.tr("PDFs, exports and the projector then show “Participant 7” instead of "
                                           "names, even for people who agreed to be named. Names stay on this page "
                                           "only."), self.privacy_card)
        self.privacy_text.setObjectName("privacyText")
        self.privacy_text.setWordWrap(True)
        privacy = QHBoxLayout(self.privacy_card)
        privacy.setContentsMargins(14, 10, 14, 10)
        privacy.setSpacing(16)
        privacy.addWidget(self.anonymise_switch, 0, Qt.AlignmentFlag.AlignVCenter)
        privacy.addWidget(self.privacy_text, 1, Qt.AlignmentFlag.AlignVCenter)

        # The register
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search names, organisations, focus, codes…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search.svg"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.textChanged.connect(self._on_search)
        self.showing = QLabel(self)
        self.showing.setObjectName("showingLabel")
        search_row = QHBoxLayout()
        search_row.setSpacing(12)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.showing)

        self.model = ParticipantTableModel(workshop, self)
        self.table = QTableView(self)
        self.table.setObjectName("participantTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(False)
        horizontal.sectionResized.connect(self._on_section_resized)
        horizontal.setSortIndicator(COL_NUMBER, Qt.SortOrder.AscendingOrder)
        horizontal.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.no_match = QLabel(self.table.viewport())
        self.no_match.setObjectName("emptyState")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        register = QWidget(self)
        register_layout = QVBoxLayout(register)
        register_layout.setContentsMargins(0, 0, 0, 0)
        register_layout.setSpacing(8)
        register_layout.addLayout(search_row)
        register_layout.addWidget(self.table, 1)

        self.organisations = self._build_organisations()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("participantsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(12)
        self.splitter.addWidget(register)
        self.splitter.addWidget(self.organisations)
        self.splitter.setStretchFactor(0, 7)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([960, 250])

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(12)
        content_layout.addWidget(self.privacy_card)
        content_layout.addWidget(self.splitter, 1)

        self.empty_card = self._build_empty_state()
        empty_page = QWidget(self)
        empty_row = QHBoxLayout()
        empty_row.addStretch(1)
        empty_row.addWidget(self.empty_card, 10)
        empty_row.addStretch(1)
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(20, 20, 20, 20)
        empty_layout.addStretch(2)
        empty_layout.addLayout(empty_row)
        empty_layout.addStretch(3)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(content)
        self.stack.addWidget(empty_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        self.set_palette(self._palette)
        self.set_zoom(1.0)
        self._refresh_all()
        # Last, so that no event reaches the filter before everything it looks at exists.
        for watched in (self.table, self.table.viewport(), self.organisation_table):
            watched.installEventFilter(self)

    # --- building --------------------------------------------------------------------------
    def _build_organisations(self) -> QWidget:
        card = Card("organisationsCard", self)
        heading = QLabel(self.tr("ORGANISATIONS"), card)
        heading.setObjectName("panelHeading")
        self.organisation_model = OrganisationTableModel(self.workshop, self)
        self.organisation_model.rename_requested.connect(self.rename_organisation)
        self.organisation_table = QTableView(card)
        self.organisation_table.setObjectName("organisationTable")
        self.organisation_table.setModel(self.organisation_model)
        self.organisation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.organisation_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.organisation_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                                | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.organisation_table.setShowGrid(False)
        self.organisation_table.setWordWrap(False)
        self.organisation_table.setAccessibleName(self.tr("Organisations"))
        self.organisation_table.verticalHeader().hide()
        org_header = self.organisation_table.horizontalHeader()
        org_header.setHighlightSections(False)
        org_header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        org_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        org_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.organisation_table.selectionModel().selectionChanged.connect(self._update_actions)

        self.organisation_note = QLabel(card)
        self.organisation_note.setObjectName("organisationNote")
        self.organisation_note.setWordWrap(True)
        self.organisation_note.hide()

        self.new_organisation = QLineEdit(card)
        self.new_organisation.setObjectName("newOrganisation")
        self.new_organisation.setMaxLength(NAME_MAX)
        self.new_organisation.setPlaceholderText(self.tr("New organisation"))
        self.new_organisation.setAccessibleName(self.tr("Name of a new organisation"))
        self.new_organisation.returnPressed.connect(self._add_typed_organisation)
        self.new_organisation.textChanged.connect(lambda _text: self._update_actions())
        self.add_organisation_button = QPushButton(self.tr("Add"), card)
        self.add_organisation_button.setObjectName("secondaryButton")
        self.add_organisation_button.clicked.connect(self._add_typed_organisation)
        self.rename_organisation_button = QPushButton(self.tr("Rename"), card)
        self.rename_organisation_button.setObjectName("secondaryButton")
        self.rename_organisation_button.setToolTip(self.tr("Rename the selected organisation (F2)"))
        self.rename_organisation_button.clicked.connect(self._start_rename)
        self.remove_organisation_button = QPushButton(self.tr("Remove"), card)
        self.remove_organisation_button.setObjectName("secondaryButton")
        self.remove_organisation_button.setToolTip(self.tr("Remove the selected organisation"))
        self.remove_organisation_button.clicked.connect(self.remove_selected_organisation)

        add_row = QHBoxLayout()
        add_row.setSpacing(6)
        add_row.addWidget(self.new_organisation, 1)
        add_row.addWidget(self.add_organisation_button)
        edit_row = QHBoxLayout()
        edit_row.setSpacing(6)
        edit_row.addWidget(self.rename_organisation_button)
        edit_row.addWidget(self.remove_organisation_button)
        edit_row.addStretch(1)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.organisation_table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(self.organisation_note)
        layout.addLayout(add_row)
        # Room for its buttons whatever the language: a longer translation widens the card, never cuts a button.
        layout.addItem(QSpacerItem(230, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum))
        return card

    def _build_empty_state(self) -> QFrame:
        card = Card("emptyCard", self)
        card.setMaximumWidth(640)
        self.empty_title = QLabel(self.tr("Nobody is registered yet"), card)
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setWordWrap(True)
        self.empty_text = QLabel(card)
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        self.empty_add = QPushButton(icon("plus.svg"), self.tr("Add participant"), card)
        self.empty_add.setObjectName("primaryButton")
        self.empty_add.clicked.connect(self.add_participant)
        self.empty_import = QPushButton(self.tr("Import attendance list…"), card)
        self.empty_import.setObjectName("secondaryButton")
        self.empty_import.clicked.connect(lambda: self.import_attendance())
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.empty_add)
        buttons.addWidget(self.empty_import)
        buttons.addStretch(1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(40, 36, 40, 36)
        layout.setSpacing(0)
        layout.addWidget(self.empty_title)
        layout.addSpacing(12)
        layout.addWidget(self.empty_text)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        return card

    # --- state shown -----------------------------------------------------------------------
    def _refresh_all(self) -> None:
        self._refresh_participants()
        self.organisation_model.refresh()
        self._refresh_privacy()
        self._update_subtitle()

    def _refresh_participants(self) -> None:
        selected = self.selected_ids()
        current = self.current_id()
        self.model.refresh()
        still = [i for i in selected if self.model.row_of(i) is not None]
        self.select_ids(still, current if current in still else None)
        self._after_rows_changed()

    def _refresh_privacy(self) -> None:
        on = self.workshop.anonymise_outputs()
        self.anonymise_switch.setChecked(on)
        self.privacy_card.setProperty("on", on)
        self.privacy_card.style().unpolish(self.privacy_card)
        self.privacy_card.style().polish(self.privacy_card)

    def _update_subtitle(self) -> None:
        total = self.model.total()
        if total == 0:
            self.subtitle.setText(self.tr("Nobody registered yet"))
            return
        people = plural(self.tr("%n participant(s)", "", total), total)
        count = len(self.organisation_model.names())
        orgs = plural(self.tr("%n organisation(s)", "", count), count)
        parts = [people, orgs]
        unnamed = sum(1 for p in self.workshop.participants() if p.anonymous)
        if unnamed:
            parts.append(plural(self.tr("%n recorded by number or alias", "", unnamed), unnamed))
        self.subtitle.setText("  ·  ".join(parts))

    def _after_rows_changed(self) -> None:
        total = self.model.total()
        shown = self.model.rowCount()
        self.stack.setCurrentIndex(1 if total == 0 else 0)
        self.showing.setText(self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
                             if self.model.search.strip() else "")
        self.no_match.setVisible(total > 0 and shown == 0)
        if shown == 0 and total:
            self.no_match.setText(self.tr("Nobody matches “%1”.").replace("%1", self.model.search.strip()))
            self.no_match.setGeometry(self.table.viewport().rect())
        self._update_empty_state()
        self._update_actions()

    def _update_empty_state(self) -> None:
        if self._read_only:
            self.empty_text.setText(self.tr("This workshop is read-only, so nobody can be registered in it. Save a "
                                            "copy to register the participants there."))
        else:
            self.empty_text.setText(self.tr(
                "Register the people taking part so that they can vote at the shared laptop with a personal code. "
                "Add them one by one, or import the sign-in sheet you already have.\n\nAnyone can be recorded by "
                "number or alias only, and nobody is named in an output without their consent."))
        self.empty_add.setVisible(not self._read_only)
        self.empty_import.setVisible(not self._read_only)

    def _update_actions(self, *_args) -> None:
        writable = not self._read_only
        has_people = self.model.total() > 0
        selected = self.selected_ids()
        # With nobody registered the card offers adding and importing; the header stays quiet.
        for button in (self.edit_button, self.remove_button, self.add_button, self.import_button):
            button.setVisible(has_people)
        self.add_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and len(selected) == 1)
        self.remove_button.setEnabled(writable and bool(selected))
        self.anonymise_switch.setEnabled(writable)
        self.organisation_model.editable = writable
        org = self.current_organisation()
        self.new_organisation.setEnabled(writable)
        self.add_organisation_button.setEnabled(writable and bool(self.new_organisation.text().strip()))
        self.rename_organisation_button.setEnabled(writable and org is not None)
        self.remove_organisation_button.setEnabled(writable and org is not None)

    # --- configuration ---------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_empty_state()
        self._update_actions()

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        font = theme.base_font(theme.BASE_POINT_SIZE * factor)
        code = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code.setPointSizeF(font.pointSizeF())
        code.setWeight(QFont.Weight.DemiBold)
        code.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        self.model.set_code_font(code)
        header_font = theme.base_font(theme.BASE_POINT_SIZE * factor * 0.92)
        header_font.setWeight(QFont.Weight.DemiBold)
        # The organisations are the facilitator's business, not the room's: they grow less with the zoom.
        side = min(factor, 1.15)
        side_font = theme.base_font(theme.BASE_POINT_SIZE * side)
        side_header = theme.base_font(theme.BASE_POINT_SIZE * side * 0.92)
        side_header.setWeight(QFont.Weight.DemiBold)
        for table, body, head, scale in ((self.table, font, header_font, factor),
                                         (self.organisation_table, side_font, side_header, side)):
            table.setFont(body)
            table.horizontalHeader().setFont(head)
            table.verticalHeader().setDefaultSectionSize(round(table.fontMetrics().height() + 14 * scale))
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        pad = round(22 * factor)
        sort_room = round(22 * factor)

        def title(column: int) -> int:
            return header_metrics.horizontalAdvance(self.model.headerData(column, Qt.Orientation.Horizontal)) \
                + pad + sort_room

        self._fixed_widths = {
            COL_NUMBER: max(metrics.horizontalAdvance("000") + pad, title(COL_NUMBER) - sort_room // 2),
            COL_CONSENT: max(metrics.horizontalAdvance(self.tr("Yes · anonymised")) + pad, title(COL_CONSENT)),
            COL_CODE: max(QFontMetrics(code).horizontalAdvance("WWWWWW") + pad, title(COL_CODE)),
        }
        self._least_widths = {column: max(title(column), round(least * min(factor, 1.15)))
                              for column, least in LEAST_WIDTHS.items()}
        self._columns_by_hand = False
        self.fit_columns()
        self.table.viewport().update()

    def fit_columns(self) -> None:
        """Number, consent and code fit their content; name, organisation, focus and contact share the rest.

        When even their least widths don't fit (a small screen, a large zoom), contact and then focus are set
        aside: the dialog still shows them.
        """
        available = self.table.viewport().width()
        if self._columns_by_hand or available <= 0 or not hasattr(self, "_fixed_widths"):
            return
        room = available - sum(self._fixed_widths.values())
        hidden: list[int] = []
        for column in OPTIONAL_COLUMNS:
            shown = [c for c in FLEXIBLE_SHARES if c not in hidden]
            if sum(self._least_widths[c] for c in shown) <= room:
                break
            hidden.append(column)
        shares = {c: share for c, share in FLEXIBLE_SHARES.items() if c not in hidden}
        total_share = sum(shares.values())
        least_total = sum(self._least_widths[c] for c in shares)
        surplus = max(0, room - least_total)
        shrink = min(1.0, room / least_total) if least_total else 1.0  # still too little room: all give a bit
        widths = dict(self._fixed_widths)
        for column, share in shares.items():
            least = max(60, int(self._least_widths[column] * shrink))
            widths[column] = least + int(surplus * share / total_share)
        self._fitting = True
        try:
            for column in OPTIONAL_COLUMNS:
                self.table.setColumnHidden(column, column in hidden)
            for column, width in widths.items():
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _on_section_resized(self, *_args) -> None:
        if not self._fitting:
            self._columns_by_hand = True  # the person chose widths: keep them

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.model.set_palette(palette)
        self.organisation_model.set_palette(palette)
        self.anonymise_switch.set_palette(palette)
        p = palette
        self.setStyleSheet(f"""
QWidget#participantsPage {{ background: {p.window}; color: {p.text}; }}
QFrame#privacyCard, QFrame#organisationsCard {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: 10px; }}
QLabel#privacyText {{ color: {p.muted}; }}
QLabel#panelHeading {{ color: {p.muted}; font-weight: 700; letter-spacing: 1px; }}
QTableView#participantTable, QTableView#organisationTable {{ background: {p.surface};
    alternate-background-color: {p.alternate}; border: 1px solid {p.border}; gridline-color: {p.border};
    selection-background-color: {p.selection}; selection-color: {p.selection_text}; outline: none; }}
QTableView#organisationTable {{ border-radius: 6px; }}
QTableView#participantTable QHeaderView::section, QTableView#organisationTable QHeaderView::section {{
    background: {p.header}; color: {p.muted}; border: none; border-bottom: 1px solid {p.border_strong};
    border-right: 1px solid {p.border}; padding: 6px 8px; }}
QTableView#participantTable::item, QTableView#organisationTable::item {{ padding: 0px 8px; }}
QLabel#emptyState {{ color: {p.muted}; background: transparent; }}
QFrame#privacyCard[on="true"] {{ background: {p.accent_soft}; border: 1px solid {p.accent}; }}
QFrame#emptyCard {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 14px; }}
QLabel#emptyTitle {{ color: {p.text}; font-size: 18pt; font-weight: 600; }}
QLabel#emptyText {{ color: {p.muted}; font-size: 11pt; }}
QLineEdit#newOrganisation {{ background: {p.surface}; border: 1px solid {p.border_strong}; border-radius: 6px;
    padding: 4px 8px; }}
QLineEdit#newOrganisation:focus {{ border: 2px solid {p.accent}; padding: 3px 7px; }}
""")
        self.table.viewport().update()

    # --- selection -------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [pid for pid in (self.model.id_at(row) for row in rows) if pid is not None]

    def current_id(self) -> int | None:
        selected = self.selected_ids()
        if not selected:
            return None
        index = self.table.selectionModel().currentIndex()
        pid = self.model.id_at(index.row()) if index.isValid() else None
        return pid if pid in selected else selected[0]

    def select_ids(self, ids: list[int], current: int | None = None) -> bool:
        selection = self.table.selectionModel()
        rows = [row for row in (self.model.row_of(i) for i in ids) if row is not None]
        if not rows:
            selection.clearSelection()
            self._update_actions()
            return False
        block = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            block.select(self.model.index(row, 0), self.model.index(row, last))
        current_row = self.model.row_of(current) if current is not None else None
        current_row = rows[0] if current_row is None else current_row
        selection.setCurrentIndex(self.model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(self.model.index(current_row, 0))
        self._update_actions()
        return True

    def select_id(self, participant_id: int | None) -> bool:
        return self.select_ids([participant_id] if participant_id is not None else [])

    def current_organisation(self) -> Organisation | None:
        rows = self.organisation_table.selectionModel().selectedRows()
        return self.organisation_model.organisation_at(rows[0].row()) if rows else None

    def select_organisation(self, org_id: int | None) -> bool:
        row = self.organisation_model.row_of(org_id)
        if row is None:
            self.organisation_table.clearSelection()
            return False
        self.organisation_table.selectRow(row)
        return True

    # --- workshop changes ------------------------------------------------------------------
    def _on_workshop_changed(self, topic: str, _ids) -> None:
        if topic == "participants":
            org = self.current_organisation()
            self._refresh_participants()
            self.organisation_model.refresh()
            if org is not None:
                self.select_organisation(org.id)
            self._update_subtitle()
            self._update_actions()
        elif topic == "workshop":
            self._refresh_privacy()
            self._refresh_participants()  # "Named in outputs" follows the privacy switch

    def _on_search(self, text: str) -> None:
        keep = self.selected_ids()
        self.model.set_search(text)
        self.select_ids(keep)
        self._after_rows_changed()

    # --- participants ----------------------------------------------------------------------
    def add_participant(self) -> int | None:
        if self._read_only:
            return None
        dialog = ParticipantDialog(self.workshop, self.undo_stack, None, self)
        try:
            if dialog.exec() != ParticipantDialog.DialogCode.Accepted or dialog.saved_id is None:
                return None
            pid = dialog.saved_id
        finally:
            dialog.deleteLater()
        person = self.workshop.participant(pid)
        label = person.label() if person else ""
        if self.select_id(pid):
            self.message.emit(self.tr("%1 registered. Undo with Ctrl+Z.").replace("%1", label))
        else:
            self.message.emit(self.tr("%1 registered. The search hides them.").replace("%1", label))
        return pid

    def edit_current(self) -> bool:
        pid = self.current_id()
        if self._read_only or pid is None:
            return False
        person = self.workshop.participant(pid)
        if person is None:
            return False
        dialog = ParticipantDialog(self.workshop, self.undo_stack, person, self)
        try:
            saved = dialog.exec() == ParticipantDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if saved:
            self.select_id(pid)
            self.message.emit(self.tr("Participant saved."))
        return saved

    def remove_selected(self) -> bool:
        ids = self.selected_ids()
        if self._read_only or not ids:
            return False
        if len(ids) == 1:
            person = self.workshop.participant(ids[0])
            who = person.label() if person else self.tr("this participant")
            question = self.tr("Remove %1 from the participants? Their kiosk code stops working. You can undo this "
                               "with Ctrl+Z.").replace("%1", who)
        else:
            question = self.tr("Remove %1 participants? Their kiosk codes stop working. You can undo this with "
                               "Ctrl+Z.").replace("%1", str(len(ids)))
        answer = QMessageBox.question(self, self.tr("Remove participants"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        next_row = min(self.model.row_of(i) or 0 for i in ids)
        try:
            change = self.workshop.delete_participants(ids)
        except WorkshopError as error:
            show_error(self, error, self.tr("Remove participants"))
            return False
        push_change(self.undo_stack, change)
        if self.model.rowCount():
            self.select_id(self.model.id_at(min(next_row, self.model.rowCount() - 1)))
        self.message.emit(self.tr("Participant removed. Undo with Ctrl+Z.") if len(ids) == 1 else
                          self.tr("%n participants removed. Undo with Ctrl+Z.", "", len(ids)))
        return True

    def import_attendance(self, path: str | Path | None = None) -> bool:
        """Choose a sign-in sheet, preview it, and import it as one undoable step."""
        if self._read_only:
            return False
        if path is None:
            from ..common.dialog_parts import documents_folder

            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import attendance list"), str(documents_folder()),
                                                    self.tr(ATTENDANCE_FILTER))
            if not chosen:
                return False
            path = chosen
        from ...io.attendance import read_attendance

        try:
            attendance = read_attendance(path)
        except WorkshopError as error:
            show_error(self, error, self.tr("Import attendance list"))
            return False
        except OSError as error:
            show_error(self, WorkshopError(self.tr("“%1” could not be read: %2").replace("%1", Path(path).name)
                                           .replace("%2", error.strerror or str(error))),
                       self.tr("Import attendance list"))
            return False
        dialog = AttendanceDialog(self.workshop, self.undo_stack, attendance, path, self)
        try:
            if dialog.exec() != AttendanceDialog.DialogCode.Accepted or dialog.summary is None:
                return False
            summary, text = dialog.summary, dialog.message()
        finally:
            dialog.deleteLater()
        self.search.clear()
        self.select_ids(list(summary.added_ids))
        self.message.emit(text)
        return True

    # --- organisations ---------------------------------------------------------------------
    def _note(self, text: str, kind: str = "info") -> None:
        # Set on the label itself: a rule chosen by property after the label was first shown would change
        # its colours but not its padding.
        self.organisation_note.setProperty("kind", kind)
        self.organisation_note.setStyleSheet(
            "color: #9b1c1c; background: #fdf2f2; border: 1px solid #d64545; border-radius: 6px; padding: 6px 8px;"
            if kind == "error" else f"color: {self._palette.muted};")
        self.organisation_note.setText(text)
        self.organisation_note.setVisible(bool(text))

    def _add_typed_organisation(self) -> None:
        if self.add_organisation(self.new_organisation.text()) is not None:
            self.new_organisation.clear()

    def add_organisation(self, name: str) -> int | None:
        if self._read_only or not name.strip():
            return None
        try:
            org_id, change = self.workshop.add_organisation(name)
        except WorkshopError as error:
            self._note(message_for(error), "error")
            return None
        push_change(self.undo_stack, change)
        self.select_organisation(org_id)
        self._note("")
        self.message.emit(self.tr("Organisation added. Undo with Ctrl+Z."))
        return org_id

    def _start_rename(self) -> None:
        rows = self.organisation_table.selectionModel().selectedRows()
        if rows and not self._read_only:
            self.organisation_table.setFocus()
            self.organisation_table.edit(rows[0])

    def rename_organisation(self, org_id: int, name: str) -> bool:
        if self._read_only:
            return False
        try:
            change = self.workshop.rename_organisation(org_id, name)
        except WorkshopError as error:
            self._note(message_for(error), "error")
            return False
        push_change(self.undo_stack, change)
        self.select_organisation(org_id)
        self._note("")
        self.message.emit(self.tr("Organisation renamed. Undo with Ctrl+Z."))
        return True

    def remove_selected_organisation(self) -> bool:
        org = self.current_organisation()
        if self._read_only or org is None:
            return False
        try:
            change = self.workshop.delete_organisation(org.id)
        except WorkshopError as error:
            self._note(message_for(error), "error")
            return False
        push_change(self.undo_stack, change)
        self._note("")
        self.message.emit(self.tr("%1 removed from the list. Undo with Ctrl+Z.").replace("%1", org.name))
        return True

    # --- events ----------------------------------------------------------------------------
    def _on_anonymise_clicked(self, checked: bool) -> None:
        if self._read_only:
            self._refresh_privacy()
            return
        try:
            change = self.workshop.set_anonymise_outputs(checked)
        except WorkshopError as error:
            self._refresh_privacy()
            show_error(self, error)
            return
        push_change(self.undo_stack, change)
        self.message.emit(self.tr("Every output now shows “Participant 7” instead of names. Undo with Ctrl+Z.")
                          if checked else
                          self.tr("Outputs now name the participants who agreed to be named. Undo with Ctrl+Z."))

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.no_match.setGeometry(self.table.viewport().rect())
            self.fit_columns()
        elif watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id() is not None:
                self.edit_current()
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_ids():
                self.remove_selected()
                return True
        elif watched is self.organisation_table and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete and self.organisation_table.state() != \
                    QAbstractItemView.State.EditingState and self.current_organisation() is not None:
                self.remove_selected_organisation()
                return True
        return super().eventFilter(watched, event)

    def detach(self) -> None:
        """Stop listening to the workshop (it is being closed)."""
        try:
            self.signals.changed.disconnect(self._on_workshop_changed)
        except (RuntimeError, TypeError):
            pass
        if self._own_signals:
            self.signals.detach()
