"""Step 2, Clusters: sort hundreds of recommendations into a dozen themes, in the room.

Left, the clusters with their counts, "Unassigned" always first; right, the recommendations of the
one chosen, searchable. Rows move by dragging them onto a cluster, with "Move to cluster…", or from
the keyboard: 1–9 sends the selected rows to that cluster, 0 takes them out, Ctrl+M picks a cluster
by typing its name (or a new one). Every change goes through the ops layer and can be undone; the
page refreshes itself from the workshop's announcements. The table is the review table's lazy
model, so a 250,000-recommendation file opens as fast as a 400-row one.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QSizePolicy,
    QSpacerItem,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.cluster import NAME_MAX
from ...domain.errors import WorkshopError
from ...ops import Workshop
from ...store.queries import NO_CLUSTER, RecommendationFilter, search_terms
from ...text import listing
from ..common.flow_layout import ButtonRow
from ..common import theme
from ..common.errors import message_for, show_error
from ..common.highlight_delegate import PAD_X, RecommendationDelegate
from ..common.page_parts import Card, attach_step, icon, page_button
from ..common.recommendation_model import (
    COL_NOTES,
    COL_REFERENCE,
    COL_RESPONSE,
    COL_SESSION,
    COL_STATES,
    COL_TEXT,
    COL_THEMES,
    RecommendationTableModel,
)
from ..common.undo import push_change
from ..common.translation import plural
from ..common.signals import WorkshopSignals
from .cluster_list import ClusterDelegate, ClusterListModel, ClusterListView, CountRole, number_text
from .picker import ClusterPicker


HIDDEN_COLUMNS = (COL_STATES, COL_RESPONSE, COL_SESSION, COL_NOTES)
SEARCH_DELAY_MS = 150


# --- the page ----------------------------------------------------------------------------------

class ClustersPage(QWidget):
    """The cluster board."""

    message = Signal(str)  # for the status bar

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, signals: WorkshopSignals | None = None,
                 parent: QWidget | None = None, **_context):
        super().__init__(parent)
        self._shown_once = False
        attach_step(self, "clustersPage", workshop, undo_stack, signals)
        self._shown: int = NO_CLUSTER  # the cluster whose recommendations are listed
        self._total = workshop.count()
        self._selecting = False  # the page itself is setting the list's selection
        self._detached = False  # the workshop is closing: read nothing more from it
        self.picker: ClusterPicker | None = None

        # Header
        self.title = QLabel(self.tr("Cluster the recommendations"), self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("Propose clusters from themes"), self)
        self.propose_button.setObjectName("secondaryButton")
        self.propose_button.setToolTip(self.tr(
            "Start from the themes the recommendations were imported with: one cluster per theme, each "
            "recommendation in its most common theme. Once there are clusters, it only adds unassigned "
            "recommendations to clusters named like their theme."))
        self.propose_button.clicked.connect(self.propose_from_themes)
        self.new_button = page_button(self, self.tr("New cluster"), self.focus_new_cluster,
            tip=self.tr("Name a new cluster in the field under the list"), icon_name="plus.svg", primary=True)
        header = QHBoxLayout()
        header.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(ButtonRow((self.propose_button, self.new_button), self), 0, Qt.AlignmentFlag.AlignBottom)

        self.clusters_card = self._build_cluster_panel()
        self.members_card = self._build_members_panel()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("clustersSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(12)
        self.splitter.addWidget(self.clusters_card)
        self.splitter.addWidget(self.members_card)
        # The list keeps its width as the window grows; the recommendations take the rest.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 880])
        self._splitter_by_hand = False
        self._fitting_splitter = False
        self.splitter.splitterMoved.connect(self._on_splitter_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self.set_palette(self._palette)
        self._refresh_clusters()
        self.set_zoom(1.0)
        self._show_cluster(NO_CLUSTER)
        self._update_actions()
        for watched in (self.table, self.table.viewport(), self.cluster_list, self.unassigned_view):
            watched.installEventFilter(self)

    # --- building ----------------------------------------------------------------------------
    def _build_cluster_panel(self) -> QWidget:
        card = Card("clustersCard", self)
        heading = QLabel(self.tr("CLUSTERS"), card)
        heading.setObjectName("panelHeading")
        self.cluster_model = ClusterListModel(self.workshop, self)
        self.cluster_model.rename_requested.connect(self.rename_cluster)
        # Queued: the move runs after the drop has finished, not inside the view's drop handling.
        self.cluster_model.drop_requested.connect(self._on_drop, Qt.ConnectionType.QueuedConnection)
        # "Unassigned" sits in a one-row view of its own above the clusters, so scrolling a long
        # list never hides it. Both views show the same model; each hides the other's rows.
        self.unassigned_view = ClusterListView(card)
        self.unassigned_view.setObjectName("unassignedRow")
        self.cluster_list = ClusterListView(card)
        self.cluster_list.setObjectName("clusterList")
        self.cluster_delegates = []
        for view in (self.unassigned_view, self.cluster_list):
            view.setModel(self.cluster_model)
            delegate = ClusterDelegate(view)
            self.cluster_delegates.append(delegate)
            view.setItemDelegate(delegate)
            view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
            view.setAcceptDrops(True)
            view.setDropIndicatorShown(False)  # the row itself lights up
            view.setDragDropOverwriteMode(True)  # anywhere on a row drops onto it, edges too
            view.setMouseTracking(True)
            view.setUniformItemSizes(False)
            view.setResizeMode(QListView.ResizeMode.Adjust)  # names re-wrap to the new width
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unassigned_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unassigned_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unassigned_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unassigned_view.setAccessibleName(self.tr("Unassigned recommendations"))
        self.unassigned_view.pressed.connect(lambda _index: self.show_cluster(NO_CLUSTER))
        self.unassigned_view.selectionModel().currentChanged.connect(self._on_current_cluster_changed)
        self.cluster_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cluster_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.cluster_list.setAccessibleName(self.tr("Clusters"))
        self.cluster_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.cluster_list.customContextMenuRequested.connect(self._cluster_menu)
        self.cluster_list.pressed.connect(self._on_cluster_pressed)
        self.cluster_list.selectionModel().currentChanged.connect(self._on_current_cluster_changed)
        self.cluster_list.selectionModel().selectionChanged.connect(self._update_actions)
        self.cluster_model.modelReset.connect(self._hide_rows)
        self._hide_rows()

        # Shown instead of the empty space under "Unassigned" while there are no clusters
        self.empty_state = QWidget(card)
        self.empty_state.setObjectName("clustersEmpty")
        self.empty_title = QLabel(self.tr("No clusters yet"), self.empty_state)
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setWordWrap(True)
        self.empty_text = QLabel(self.empty_state)
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        self.empty_propose = QPushButton(self.tr("Propose clusters from themes"), self.empty_state)
        self.empty_propose.setObjectName("primaryButton")
        self.empty_propose.clicked.connect(self.propose_from_themes)
        self.empty_new = QPushButton(icon("plus.svg"), self.tr("New cluster"), self.empty_state)
        self.empty_new.setObjectName("secondaryButton")
        self.empty_new.clicked.connect(self.focus_new_cluster)
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(10, 16, 10, 8)
        empty_layout.setSpacing(8)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addSpacing(6)
        empty_layout.addWidget(self.empty_propose)
        empty_layout.addWidget(self.empty_new)
        empty_layout.addStretch(1)

        self.rename_button = QPushButton(self.tr("Rename"), card)
        self.rename_button.setObjectName("secondaryButton")
        self.rename_button.setToolTip(self.tr("Rename the selected cluster (F2)"))
        self.rename_button.clicked.connect(self.start_rename)
        self.merge_button = QPushButton(self.tr("Merge"), card)
        self.merge_button.setObjectName("secondaryButton")
        self.merge_button.setToolTip(self.tr("Select two or more clusters (Ctrl+click), then choose the one "
                                             "they merge into"))
        self.merge_menu = QMenu(self.merge_button)
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.merge_button.setMenu(self.merge_menu)
        self.delete_button = QPushButton(self.tr("Delete"), card)
        self.delete_button.setObjectName("secondaryButton")
        self.delete_button.setToolTip(self.tr("Delete the selected clusters (Del). Their recommendations become "
                                              "unassigned."))
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button = QToolButton(card)
        self.up_button.setObjectName("orderButton")
        self.up_button.setText("↑")
        self.up_button.setToolTip(self.tr("Move the cluster up the list (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current_cluster(-1))
        self.down_button = QToolButton(card)
        self.down_button.setObjectName("orderButton")
        self.down_button.setText("↓")
        self.down_button.setToolTip(self.tr("Move the cluster down the list (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_current_cluster(1))
        # Wraps onto a second line when a language's words are longer than the card is wide.
        edit_row = ButtonRow((self.rename_button, self.merge_button, self.delete_button), card,
                             alignment=Qt.AlignmentFlag.AlignLeft)
        heading_row = QHBoxLayout()
        heading_row.setSpacing(4)
        heading_row.addWidget(heading, 1)
        heading_row.addWidget(self.up_button)
        heading_row.addWidget(self.down_button)

        self.cluster_note = QLabel(card)
        self.cluster_note.setObjectName("clusterNote")
        self.cluster_note.setWordWrap(True)
        self.cluster_note.hide()

        self.new_name = QLineEdit(card)
        self.new_name.setObjectName("newCluster")
        self.new_name.setMaxLength(NAME_MAX)
        self.new_name.setPlaceholderText(self.tr("Name a new cluster…"))
        self.new_name.setAccessibleName(self.tr("New cluster name"))
        self.new_name.returnPressed.connect(self._add_typed_cluster)
        self.new_name.textChanged.connect(lambda _text: self._update_actions())
        self.add_button = QPushButton(self.tr("Add"), card)
        self.add_button.setObjectName("secondaryButton")
        self.add_button.clicked.connect(self._add_typed_cluster)
        add_row = QHBoxLayout()
        add_row.setSpacing(6)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(heading_row)
        layout.addWidget(self.unassigned_view)
        layout.addWidget(self.cluster_list, 1)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(edit_row)
        layout.addWidget(self.cluster_note)
        layout.addLayout(add_row)
        # Room for its buttons whatever the language: a longer translation widens the card, never cuts a button.
        layout.addItem(QSpacerItem(260, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum))
        return card

    def _build_members_panel(self) -> QWidget:
        card = Card("membersCard", self)
        self.shown_title = QLabel(card)
        self.shown_title.setObjectName("clusterTitle")
        self.shown_title.setWordWrap(True)
        self.shown_title.setMinimumWidth(80)  # wraps rather than widening the window past a small laptop's
        self.shown_count = QLabel(card)
        self.shown_count.setObjectName("showingLabel")
        self.move_button = QPushButton(self.tr("Move to cluster…"), card)
        self.move_button.setObjectName("primaryButton")
        self.move_button.setToolTip(self.tr("Move the selected recommendations to another cluster (Ctrl+M)"))
        self.move_button.clicked.connect(self.open_picker)
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.shown_title, 1)
        title_row.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.description = QLineEdit(card)
        self.description.setObjectName("clusterDescription")
        self.description.setPlaceholderText(self.tr("Add a short description of what this cluster covers…"))
        self.description.setAccessibleName(self.tr("Cluster description"))
        self.description.editingFinished.connect(self._save_description)
        self.unassigned_hint = QLabel(self.tr(
            "Recommendations not yet in any cluster. Select rows and drag them onto a cluster on the left, "
            "press the cluster’s number (1–9), or press Ctrl+M to pick one by name."), card)
        self.unassigned_hint.setObjectName("clusterHint")
        self.unassigned_hint.setWordWrap(True)

        self.search = QLineEdit(card)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search these recommendations…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search.svg"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search the cluster"))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)

        self.model = RecommendationTableModel(self.workshop, self)
        self.model.set_filter(RecommendationFilter(clusters=frozenset({NO_CLUSTER})))
        self.delegate = RecommendationDelegate(self)
        self.table = QTableView(card)
        self.table.setObjectName("clusterTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.setAccessibleName(self.tr("Recommendations in the cluster"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(False)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in HIDDEN_COLUMNS:
            self.table.setColumnHidden(column, True)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.no_rows = QLabel(self.table.viewport())
        self.no_rows.setObjectName("emptyState")
        self.no_rows.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_rows.setWordWrap(True)
        self.no_rows.hide()

        self.keys_hint = QLabel(self.tr("Select rows, then drag them onto a cluster, press its number "
                                        "(0 takes them out), or press Ctrl+M to pick one by name."), card)
        self.keys_hint.setObjectName("clusterHint")
        self.keys_hint.setWordWrap(True)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addWidget(self.description)
        layout.addWidget(self.unassigned_hint)
        search_row = QHBoxLayout()
        search_row.setSpacing(12)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.shown_count)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.keys_hint)
        return card

    # --- state shown ---------------------------------------------------------------------------
    def _refresh_clusters(self) -> None:
        selected, current = self.selected_cluster_ids(), self._shown
        self.cluster_model.refresh()
        self._select_clusters(selected, current)
        self.cluster_list.relayout()
        self._fit_cluster_list()
        self._update_empty_text()
        self._update_subtitle()

    def _hide_rows(self) -> None:
        self.unassigned_view.setRowHidden(0, False)
        for row in range(1, self.cluster_model.rowCount()):
            self.unassigned_view.setRowHidden(row, True)
        self.cluster_list.setRowHidden(0, True)

    def _fit_cluster_list(self) -> None:
        """"Unassigned" keeps its one row; with no clusters, the empty state takes the room below it."""
        has_clusters = bool(self.cluster_model.clusters())
        self.empty_state.setVisible(not has_clusters)
        self.cluster_list.setVisible(has_clusters)
        frame = 2 * self.unassigned_view.frameWidth()
        self.unassigned_view.setFixedHeight(self.unassigned_view.sizeHintForRow(0) + frame)
        for button in (self.rename_button, self.merge_button, self.delete_button, self.up_button,
                       self.down_button):
            button.setVisible(has_clusters)

    def _update_empty_text(self) -> None:
        if self._total == 0:
            text = self.tr("There are no recommendations to cluster yet. Import them in step 1, Review.")
        elif self._read_only:
            text = self.tr("This workshop is read-only, so no clusters can be made in it. Save a copy to sort "
                           "the recommendations there.")
        else:
            text = self.tr("Start from the themes the recommendations were imported with, then rename, merge and "
                           "sort them together. Or name your own clusters one by one.")
        self.empty_text.setText(text)

    def _update_subtitle(self) -> None:
        clusters = self.cluster_model.clusters()
        unassigned = self.cluster_model.unassigned()
        if not self._total:
            self.subtitle.setText(self.tr("No recommendations yet"))
            return
        if not clusters:
            self.subtitle.setText(plural(self.tr("No clusters yet  ·  %n recommendation(s) to sort", "", self._total),
                                         self._total))
            return
        parts = [plural(self.tr("%n cluster(s)", "", len(clusters)), len(clusters))]
        if unassigned:
            parts.append(plural(self.tr("%n of {total} recommendations in a cluster", "", self._total - unassigned),
                                self._total - unassigned).format(total=number_text(self._total)))
            parts.append(plural(self.tr("%n unassigned", "", unassigned), unassigned))
        else:
            parts.append(self.tr("every recommendation in a cluster"))
        self.subtitle.setText("  ·  ".join(parts))

    def _show_cluster(self, cluster_id: int) -> None:
        """List the recommendations of this cluster (NO_CLUSTER: the unassigned)."""
        changed = cluster_id != self._shown
        self._shown = cluster_id
        if changed:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._apply_filter()
        self._update_heading()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectionModel().setCurrentIndex(self.model.index(0, COL_REFERENCE),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        if self._detached:
            return
        text = self.search.text().strip()
        self.delegate.set_terms(search_terms(text))
        self.model.set_filter(RecommendationFilter(text=text, clusters=frozenset({self._shown})))
        self.table.viewport().update()
        self._after_rows_changed()

    def _update_heading(self) -> None:
        cluster = self.workshop.cluster(self._shown) if self._shown != NO_CLUSTER else None
        if self._shown != NO_CLUSTER and cluster is None:  # deleted or merged away
            self._shown = NO_CLUSTER
            self._apply_filter()
        self.shown_title.setText(cluster.name if cluster else self.tr("Unassigned"))
        self.description.setVisible(cluster is not None)
        self.unassigned_hint.setVisible(cluster is None)
        self.keys_hint.setVisible(cluster is not None)  # Unassigned says it above the table
        if cluster is not None and not self.description.hasFocus():
            self.description.setText(cluster.description)
            self.description.setCursorPosition(0)  # show its beginning, not its end
        self.description.setReadOnly(self._read_only)

    def _after_rows_changed(self) -> None:
        shown = self.model.rowCount()
        size = self.cluster_model.data(self.cluster_model.index(self.cluster_model.row_of(self._shown) or 0),
                                       CountRole) or 0
        text = plural(self.tr("%n recommendation(s)", "", size), size)
        if self.search.text().strip():
            text = plural(self.tr("%n of {total} match", "", shown), shown).format(total=number_text(size))
        self.shown_count.setText(text)
        self.no_rows.setVisible(shown == 0)
        if shown == 0:
            if self.search.text().strip():
                self.no_rows.setText(self.tr("Nothing here matches “%1”.").replace("%1", self.search.text().strip()))
            elif self._total == 0:
                self.no_rows.setText(self.tr("No recommendations yet. Import them in step 1, Review."))
            elif self._shown == NO_CLUSTER:
                self.no_rows.setText(self.tr("Every recommendation is in a cluster."))
            else:
                self.no_rows.setText(self.tr("Nothing in this cluster yet.\nOpen “Unassigned”, select recommendations "
                                             "and drag them here, or press this cluster’s number."))
            self.no_rows.setGeometry(self.table.viewport().rect())
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        writable = not self._read_only
        selected = self.selected_cluster_ids()
        real = [cid for cid in selected if cid != NO_CLUSTER]
        current = self.current_cluster_id()
        has_rows = bool(self.selected_ids())
        self.propose_button.setEnabled(writable and self._total > 0)
        self.empty_propose.setEnabled(writable and self._total > 0)
        self.empty_propose.setVisible(writable)
        self.empty_new.setVisible(writable)
        self.new_button.setEnabled(writable)
        self.new_name.setEnabled(writable)
        self.add_button.setEnabled(writable and bool(self.new_name.text().strip()))
        self.rename_button.setEnabled(writable and current not in (None, NO_CLUSTER))
        self.merge_button.setEnabled(writable and len(real) >= 2)
        self.delete_button.setEnabled(writable and bool(real))
        row = self.cluster_model.row_of(current) if current not in (None, NO_CLUSTER) else None
        self.up_button.setEnabled(writable and row is not None and row > 1)
        self.down_button.setEnabled(writable and row is not None and row < len(self.cluster_model.clusters()))
        self.move_button.setEnabled(writable and has_rows)
        self.cluster_model.editable = writable
        self.cluster_list.setAcceptDrops(writable)
        self.unassigned_view.setAcceptDrops(writable)
        self.table.setDragEnabled(writable)

    # --- configuration ---------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_empty_text()
        self._update_heading()
        self._update_actions()

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        font = theme.base_font(theme.BASE_POINT_SIZE * factor)
        self.table.setFont(font)
        header_font = theme.base_font(theme.BASE_POINT_SIZE * factor * 0.92)
        header_font.setWeight(QFont.Weight.DemiBold)
        self.table.horizontalHeader().setFont(header_font)
        self.table.verticalHeader().setDefaultSectionSize(self.delegate.row_height(font))
        list_font = theme.base_font(theme.BASE_POINT_SIZE * factor)
        self.cluster_list.setFont(list_font)
        self.unassigned_view.setFont(list_font)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        header_metrics = QFontMetrics(header_font)
        reference_width = max(QFontMetrics(bold).horizontalAdvance("121.100"),
                              header_metrics.horizontalAdvance(self.tr("Ref."))) + 2 * PAD_X + 14
        self.table.setColumnWidth(COL_REFERENCE, reference_width)
        self._fit_columns()
        self.cluster_list.doItemsLayout()
        self.unassigned_view.doItemsLayout()
        self._fit_cluster_list()
        # Larger type needs a wider list for the names; the recommendations keep most of the room.
        self._splitter_by_hand = False
        self._fit_splitter()
        self.set_palette(self._palette)  # the cluster's heading follows the zoom
        self.table.viewport().update()

    def _fit_splitter(self) -> None:
        """The list gets room for the names (more at a larger zoom), the recommendations keep the most."""
        if self._splitter_by_hand:
            return
        total = self.splitter.width() if self.splitter.width() > 200 else 1240  # not laid out yet
        left = int(max(260, min(380 * self._zoom, total * (0.36 if self._zoom <= 1 else 0.42))))
        self._fitting_splitter = True
        try:
            self.splitter.setSizes([left, max(total - left - self.splitter.handleWidth(), 300)])
        finally:
            self._fitting_splitter = False

    def _on_splitter_moved(self, *_args) -> None:
        if not self._fitting_splitter:
            self._splitter_by_hand = True  # the person chose the widths: keep them

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_splitter()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_splitter()
        if not self._shown_once:
            self._shown_once = True
            # Everything sorted already (a workshop picked up again): open on the first cluster, not
            # on an empty "Unassigned".
            clusters = self.workshop.clusters()
            if self._shown == NO_CLUSTER and clusters and not self.workshop.unassigned_count():
                self.show_cluster(clusters[0].id)

    def _fit_columns(self) -> None:
        """Themes get a fair share; the recommendation's text takes the rest."""
        available = self.table.viewport().width()
        if available > 0:
            self.table.setColumnWidth(COL_THEMES, int(max(140, min(230 * self._zoom, available * 0.27))))

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.delegate.set_palette(palette)
        for delegate in self.cluster_delegates:
            delegate.set_palette(palette)
        p = palette
        self.setStyleSheet(f"""
QWidget#clustersPage {{ background: {p.window}; color: {p.text}; }}
QFrame#clustersCard, QFrame#membersCard {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: 10px; }}
QLabel#panelHeading {{ color: {p.muted}; font-weight: 700; letter-spacing: 1px; }}
QToolButton#orderButton {{ background: transparent; color: {p.muted}; border: 1px solid transparent;
    border-radius: 5px; padding: 0px 6px; font-weight: 700; }}
QToolButton#orderButton:hover {{ border-color: {p.border_strong}; color: {p.accent}; }}
QToolButton#orderButton:disabled {{ color: {p.border_strong}; }}
QListView#clusterList, QListView#unassignedRow {{ background: {p.surface}; border: none; outline: none; }}
QLabel#clusterTitle {{ color: {p.text}; font-size: {14 * (1 + (self._zoom - 1) * 0.6):.1f}pt; font-weight: 600; }}
QLabel#clusterHint {{ color: {p.muted}; }}
QLineEdit#clusterDescription {{ background: transparent; border: 1px solid transparent; border-radius: 5px;
    padding: 3px 4px; color: {p.muted}; }}
QLineEdit#clusterDescription:hover {{ border-color: {p.border}; }}
QLineEdit#clusterDescription:focus {{ background: {p.surface}; border: 1px solid {p.accent}; color: {p.text}; }}
QTableView#clusterTable {{ background: {p.surface}; alternate-background-color: {p.alternate};
    border: 1px solid {p.border}; gridline-color: {p.border}; selection-background-color: {p.selection};
    selection-color: {p.selection_text}; outline: none; }}
QTableView#clusterTable QHeaderView::section {{ background: {p.header}; color: {p.muted}; border: none;
    border-bottom: 1px solid {p.border_strong}; border-right: 1px solid {p.border}; padding: 6px 8px; }}
QLabel#emptyState {{ color: {p.muted}; background: transparent; font-size: 11.5pt; }}
QLabel#emptyTitle {{ color: {p.text}; font-size: 13pt; font-weight: 600; }}
QLabel#emptyText {{ color: {p.muted}; }}
QLabel#clusterNote {{ color: #9b1c1c; background: #fdf2f2; border: 1px solid #d64545; border-radius: 6px;
    padding: 6px 8px; }}
QLineEdit#newCluster {{ background: {p.surface}; border: 1px solid {p.border_strong}; border-radius: 6px;
    padding: 4px 8px; }}
QLineEdit#newCluster:focus {{ border: 2px solid {p.accent}; padding: 3px 7px; }}
QFrame#clusterPicker {{ background: {p.surface}; border: 1px solid {p.border_strong}; border-radius: 8px; }}
QLineEdit#pickerSearch {{ border: 1px solid {p.border_strong}; border-radius: 5px; padding: 5px 7px; }}
QListWidget#pickerList {{ border: 1px solid {p.border}; border-radius: 5px; outline: none; }}
QListWidget#pickerList::item {{ padding: 3px 4px; }}
QListWidget#pickerList::item:selected {{ background: {p.selection}; color: {p.selection_text}; }}
QLabel#pickerHint {{ color: {p.muted}; font-size: 8.5pt; }}
""")
        self.cluster_list.viewport().update()
        self.unassigned_view.viewport().update()
        self.table.viewport().update()

    # --- selection ---------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The selected recommendations, in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [rec_id for rec_id in (self.model.id_at(row) for row in rows) if rec_id is not None]

    def select_ids(self, ids: list[int]) -> bool:
        selection = self.table.selectionModel()
        rows = [row for row in (self.model.row_of(i) for i in ids) if row is not None]
        if not rows:
            selection.clearSelection()
            return False
        block = QItemSelection()
        for row in rows:
            block.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        selection.setCurrentIndex(self.model.index(rows[0], COL_REFERENCE), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(self.model.index(rows[0], COL_REFERENCE))
        return True

    def _select_row(self, row: int) -> None:
        if not self.model.rowCount():
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, COL_REFERENCE)
        selection = self.table.selectionModel()
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def shown_cluster_id(self) -> int:
        """Whose recommendations the table lists (NO_CLUSTER: the unassigned)."""
        return self._shown

    def current_cluster_id(self) -> int | None:
        """The cluster listed on the right, if it still exists (NO_CLUSTER: Unassigned)."""
        return self._shown if self.cluster_model.row_of(self._shown) is not None else None

    def selected_cluster_ids(self) -> list[int]:
        """The clusters selected in the list (for Merge and Delete); never NO_CLUSTER."""
        rows = sorted(index.row() for index in self.cluster_list.selectionModel().selectedIndexes())
        return [cid for cid in (self.cluster_model.id_at(row) for row in rows if row > 0) if cid is not None]

    def show_cluster(self, cluster_id: int) -> bool:
        """Select this cluster (or Unassigned) and list its recommendations. False if it doesn't exist."""
        exists = self.cluster_model.row_of(cluster_id) is not None
        self._select_clusters([cluster_id], cluster_id)
        return exists

    def _set_view_selection(self, view: QListView, rows: list[int], current_row: int | None) -> None:
        selection = view.selectionModel()
        block = QItemSelection()
        for row in rows:
            block.select(self.cluster_model.index(row), self.cluster_model.index(row))
        current = self.cluster_model.index(current_row) if current_row is not None else QModelIndex()
        selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current.isValid():
            view.scrollTo(current)

    def _select_clusters(self, ids: list[int], current: int | None) -> None:
        rows = [row for row in (self.cluster_model.row_of(i) for i in ids) if row]  # not 0: Unassigned
        current_row = self.cluster_model.row_of(current) if current is not None else None
        if current_row is None:
            current_row = rows[0] if rows else 0
        self._selecting = True
        try:
            if current_row == 0:
                self._set_view_selection(self.cluster_list, [], None)
                self._set_view_selection(self.unassigned_view, [0], 0)
            else:
                self._set_view_selection(self.unassigned_view, [], None)
                self._set_view_selection(self.cluster_list, sorted({*rows, current_row}), current_row)
        finally:
            self._selecting = False
        cluster_id = self.cluster_model.id_at(current_row)
        if cluster_id is not None and cluster_id != self._shown:
            self._show_cluster(cluster_id)
        self._update_actions()

    def _on_current_cluster_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or self._detached or not current.isValid():
            return
        cluster_id = self.cluster_model.id_at(current.row())
        if cluster_id is None:
            return
        # One of the two views holds the choice: the other lets go of its selection.
        other = self.cluster_list if cluster_id == NO_CLUSTER else self.unassigned_view
        self._selecting = True
        try:
            self._set_view_selection(other, [], None)
        finally:
            self._selecting = False
        if cluster_id != self._shown:
            self._show_cluster(cluster_id)
        self._update_actions()

    def _on_cluster_pressed(self, index: QModelIndex) -> None:
        cluster_id = self.cluster_model.id_at(index.row()) if index.isValid() else None
        if cluster_id is not None and cluster_id != self._shown:
            self._on_current_cluster_changed(index, QModelIndex())

    # --- workshop changes ---------------------------------------------------------------------
    def _on_workshop_changed(self, topic: str, ids) -> None:
        if topic == "clusters":
            self._refresh_clusters()
            self._update_heading()
            self._after_rows_changed()
        elif topic == "recommendations":
            self._total = self.workshop.count()
            selected = self.selected_ids()
            first_row = min((self.model.row_of(i) for i in selected if self.model.row_of(i) is not None),
                            default=None)
            self._refresh_clusters()
            self.model.refresh(ids)
            still = [i for i in selected if self.model.row_of(i) is not None]
            if still:
                self.select_ids(still)
            elif first_row is not None:
                # The rows moved away: the next one down is ready for the next key press.
                self._select_row(first_row)
            self._after_rows_changed()

    # --- moving recommendations -----------------------------------------------------------------
    def _cluster_name(self, cluster_id: int | None) -> str:
        if cluster_id in (None, NO_CLUSTER):
            return self.tr("Unassigned")
        cluster = self.workshop.cluster(cluster_id)
        return cluster.name if cluster else ""

    def move_to(self, ids: list[int], cluster_id: int) -> bool:
        """Move these recommendations to a cluster (NO_CLUSTER: take them out of theirs), as one undo step."""
        if self._read_only:
            self.message.emit(self.tr("This workshop is read-only. Save a copy to sort the recommendations."))
            return False
        if not ids:
            self.message.emit(self.tr("Select the recommendations to move first."))
            return False
        target = None if cluster_id == NO_CLUSTER else cluster_id
        try:
            change = self.workshop.assign(ids, target)
        except WorkshopError as error:
            show_error(self, error, self.tr("Move to cluster"))
            return False
        name = self._cluster_name(cluster_id)
        if change is None:
            self.message.emit(self.tr("Already in “%1”.").replace("%1", name))
            return False
        push_change(self.undo_stack, change)
        if target is None:
            self.message.emit(plural(self.tr("%n recommendation(s) now unassigned. Undo with Ctrl+Z.", "", len(ids)),
                                     len(ids)))
        else:
            self.message.emit(plural(self.tr("%n recommendation(s) moved to “{name}”. Undo with Ctrl+Z.", "",
                                             len(ids)), len(ids)).format(name=name))
        return True

    def move_selected_to(self, cluster_id: int) -> bool:
        return self.move_to(self.selected_ids(), cluster_id)

    def move_selected_to_new(self, name: str) -> int | None:
        """Create a cluster and move the selected rows into it: one undo step for both."""
        ids = self.selected_ids()
        if self._read_only or not ids:
            return None
        try:
            cluster_id, created = self.workshop.create_cluster(name)
        except WorkshopError as error:
            show_error(self, error, self.tr("New cluster"))
            return None
        self.undo_stack.beginMacro(self.tr("Move to the new cluster %1").replace("%1", self._cluster_name(cluster_id)))
        push_change(self.undo_stack, created)
        try:
            moved = self.workshop.assign(ids, cluster_id)
        except WorkshopError as error:
            self.undo_stack.endMacro()
            show_error(self, error, self.tr("Move to cluster"))
            return cluster_id
        push_change(self.undo_stack, moved)
        self.undo_stack.endMacro()
        self.message.emit(plural(self.tr("%n recommendation(s) moved to the new cluster “{name}”. Undo with Ctrl+Z.",
                                         "", len(ids)), len(ids)).format(name=self._cluster_name(cluster_id)))
        return cluster_id

    def move_selected_by_digit(self, digit: int) -> bool:
        cluster_id = self.cluster_model.cluster_by_digit(digit)
        if cluster_id is None:
            self.message.emit(self.tr("There is no cluster %1.").replace("%1", str(digit)))
            return False
        if cluster_id == self._shown:
            self.message.emit(self.tr("Already in “%1”.").replace("%1", self._cluster_name(cluster_id)))
            return False
        return self.move_selected_to(cluster_id)

    def _on_drop(self, ids: list[int], cluster_id: int) -> None:
        self.move_to(list(ids), cluster_id)

    def open_picker(self) -> ClusterPicker | None:
        """Ctrl+M: a small list of the clusters to type into; Enter moves the selected rows."""
        if self._read_only or not self.selected_ids():
            if not self._read_only:
                self.message.emit(self.tr("Select the recommendations to move first."))
            return None
        if self.picker is not None:
            self.picker.deleteLater()
        self.picker = ClusterPicker(self.cluster_model.clusters(), self._shown, self)
        self.picker.setFont(self.table.font())
        self.picker.picked.connect(self._on_picked)
        index = self.table.selectionModel().currentIndex()
        rect = self.table.visualRect(index) if index.isValid() else QRect()
        anchor = self.table.viewport().mapToGlobal(
            QPoint(self.table.columnViewportPosition(COL_TEXT) + 24, rect.bottom() + 4) if rect.isValid()
            else QPoint(40, 40))
        self.picker.popup_at(anchor)
        return self.picker

    def _on_picked(self, value) -> None:
        if isinstance(value, str):
            self.move_selected_to_new(value)
        elif isinstance(value, int):
            self.move_selected_to(value)
        self.table.setFocus()

    # --- clusters ----------------------------------------------------------------------------------
    def _note(self, text: str) -> None:
        self.cluster_note.setText(text)
        self.cluster_note.setVisible(bool(text))

    def focus_new_cluster(self) -> None:
        if self._read_only:
            return
        self.new_name.setFocus()
        self.new_name.selectAll()

    def _add_typed_cluster(self) -> None:
        if self.new_cluster(self.new_name.text()) is not None:
            self.new_name.clear()

    def new_cluster(self, name: str) -> int | None:
        if self._read_only or not name.strip():
            return None
        try:
            cluster_id, change = self.workshop.create_cluster(name)
        except WorkshopError as error:
            self._note(message_for(error))
            return None
        push_change(self.undo_stack, change)
        self._note("")
        self.show_cluster(cluster_id)
        row = self.cluster_model.row_of(cluster_id) or 0
        text = self.tr("Cluster “%1” created. Select rows in Unassigned and press %2 to fill it.") if row <= 9 else \
            self.tr("Cluster “%1” created. Drag rows from Unassigned onto it to fill it.")
        self.message.emit(text.replace("%1", self._cluster_name(cluster_id)).replace("%2", str(row)))
        return cluster_id

    def start_rename(self) -> None:
        current = self.current_cluster_id()
        if self._read_only or current in (None, NO_CLUSTER):
            return
        self.cluster_list.setFocus()
        self.cluster_list.edit(self.cluster_model.index(self.cluster_model.row_of(current)))

    def rename_cluster(self, cluster_id: int, name: str) -> bool:
        if self._read_only:
            return False
        try:
            change = self.workshop.rename_cluster(cluster_id, name)
        except WorkshopError as error:
            self._note(message_for(error))
            return False
        push_change(self.undo_stack, change)
        self._note("")
        self.message.emit(self.tr("Cluster renamed. Undo with Ctrl+Z."))
        return True

    def _save_description(self) -> None:
        if self._read_only or self._shown == NO_CLUSTER:
            return
        cluster = self.workshop.cluster(self._shown)
        text = self.description.text().strip()
        if cluster is None or text == cluster.description:
            return
        try:
            change = self.workshop.set_cluster_description(cluster.id, text)
        except WorkshopError as error:
            show_error(self, error, self.tr("Cluster description"))
            self.description.setText(cluster.description)
            return
        push_change(self.undo_stack, change)
        self.message.emit(self.tr("Description saved. Undo with Ctrl+Z."))

    def move_current_cluster(self, step: int) -> bool:
        current = self.current_cluster_id()
        row = self.cluster_model.row_of(current) if current not in (None, NO_CLUSTER) else None
        if self._read_only or row is None:
            return False
        try:
            change = self.workshop.move_cluster(current, row - 1 + step)
        except WorkshopError as error:
            show_error(self, error)
            return False
        if change is None:
            return False
        push_change(self.undo_stack, change)
        self.show_cluster(current)
        return True

    def _fill_merge_menu(self) -> None:
        self.merge_menu.clear()
        chosen = [c for c in self.cluster_model.clusters() if c.id in set(self.selected_cluster_ids())]
        if len(chosen) < 2:
            action = self.merge_menu.addAction(self.tr("Select two or more clusters first (Ctrl+click)"))
            action.setEnabled(False)
            return
        for cluster in chosen:
            self.merge_menu.addAction(self.tr("Merge into “%1”").replace("%1", cluster.name.replace("&", "&&")),
                                      lambda cid=cluster.id: self.merge_selected(cid))

    def merge_selected(self, into_id: int) -> bool:
        ids = [cid for cid in self.selected_cluster_ids() if cid != NO_CLUSTER]
        if self._read_only or len(ids) < 2 or into_id not in ids:
            return False
        try:
            change = self.workshop.merge_clusters(ids, into_id)
        except WorkshopError as error:
            show_error(self, error, self.tr("Merge clusters"))
            return False
        push_change(self.undo_stack, change)
        self.show_cluster(into_id)
        self.message.emit(plural(self.tr("%n cluster(s) merged into “{name}”. Undo with Ctrl+Z.", "", len(ids)),
                                 len(ids)).format(name=self._cluster_name(into_id)))
        return True

    def delete_selected(self) -> bool:
        ids = [cid for cid in self.selected_cluster_ids() if cid != NO_CLUSTER]
        if self._read_only or not ids:
            return False
        clusters = [c for c in self.cluster_model.clusters() if c.id in set(ids)]
        members = sum(c.size for c in clusters)
        if len(clusters) == 1:
            question = self.tr("Delete the cluster “%1”?").replace("%1", clusters[0].name)
        else:
            question = plural(self.tr("Delete %n cluster(s)?", "", len(clusters)), len(clusters))
        if members == 1:
            question += " " + self.tr("Its one recommendation becomes unassigned; it is not deleted.")
        elif members:
            question += " " + plural(self.tr("Their %n recommendation(s) become unassigned; none is deleted.", "",
                                             members), members)
        priorities = [title for cid in ids for title in self.workshop.priorities_using_cluster(cid)]
        if priorities:
            listed = listing([f"“{t}”" for t in priorities[:5]], conjunction=len(priorities) <= 5) + (
                "…" if len(priorities) > 5 else "")
            basis = self.tr("This cluster is the basis of a priority in the charter: {titles}.") \
                if len(priorities) == 1 else \
                plural(self.tr("This is the basis of %n priorities in the charter: {titles}.", "", len(priorities)),
                       len(priorities))
            question += "\n\n" + basis.format(titles=listed) + " " + \
                self.tr("Delete anyway? The priorities keep their recommendations.")
        question += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        answer = QMessageBox.question(self, self.tr("Delete clusters"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            change = self.workshop.delete_clusters(ids)
        except WorkshopError as error:
            show_error(self, error, self.tr("Delete clusters"))
            return False
        push_change(self.undo_stack, change)
        self.message.emit(self.tr("Cluster deleted; its recommendations are unassigned. Undo with Ctrl+Z.")
                          if len(ids) == 1 else
                          plural(self.tr("%n clusters deleted; their recommendations are unassigned. Undo with "
                                         "Ctrl+Z.", "", len(ids)), len(ids)))
        return True

    def propose_from_themes(self) -> list[int]:
        if self._read_only:
            return []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            created, change = self.workshop.propose_clusters_from_themes()
        except WorkshopError as error:
            QApplication.restoreOverrideCursor()
            show_error(self, error, self.tr("Propose clusters from themes"))
            return []
        QApplication.restoreOverrideCursor()
        if change is None:
            self.message.emit(self.tr("Nothing to add: every recommendation whose theme matches a cluster’s name is "
                                      "already in a cluster. New clusters are proposed only while there are none."))
            return []
        push_change(self.undo_stack, change)
        unassigned = self.cluster_model.unassigned()
        if created:
            text = plural(self.tr("%n cluster(s) proposed from the themes.", "", len(created)), len(created))
        else:
            text = self.tr("Unassigned recommendations added to the clusters named like their themes.")
        if unassigned:
            text += " " + plural(self.tr("%n recommendation(s) fit no theme shared widely enough and stay unassigned.",
                                         "", unassigned), unassigned)
        self.message.emit(text + " " + self.tr("Undo with Ctrl+Z."))
        if created:
            self.show_cluster(created[0])
        return created

    # --- menus -------------------------------------------------------------------------------------
    def _move_menu(self, parent: QMenu) -> QMenu:
        menu = parent.addMenu(self.tr("Move to"))
        for n, cluster in enumerate(self.cluster_model.clusters(), 1):
            if cluster.id == self._shown:
                continue
            name = cluster.name.replace("&", "&&")  # a literal ampersand, not a mnemonic
            menu.addAction(f"&{n}  {name}" if n <= 9 else name, lambda cid=cluster.id: self.move_selected_to(cid))
        if not self.cluster_model.clusters():
            action = menu.addAction(self.tr("No clusters yet"))
            action.setEnabled(False)
        menu.setEnabled(not self._read_only)
        return menu

    def _table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self._select_row(index.row())
        menu = QMenu(self)
        self._move_menu(menu)
        pick = menu.addAction(self.tr("Move to cluster…") + "\tCtrl+M", self.open_picker)
        pick.setEnabled(not self._read_only)
        if self._shown != NO_CLUSTER:
            out = menu.addAction(self.tr("Take out of the cluster") + "\t0",
                                 lambda: self.move_selected_to(NO_CLUSTER))
            out.setEnabled(not self._read_only)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _cluster_menu(self, pos: QPoint) -> None:
        index = self.cluster_list.indexAt(pos)
        if not index.isValid() or index.row() == 0:
            return
        if index.row() not in {i.row() for i in self.cluster_list.selectionModel().selectedIndexes()}:
            self.show_cluster(self.cluster_model.id_at(index.row()))
        menu = QMenu(self)
        for text, slot, enabled in (
            (self.tr("Rename") + "\tF2", self.start_rename, self.rename_button.isEnabled()),
            (self.tr("Move up") + "\tAlt+Up", lambda: self.move_current_cluster(-1), self.up_button.isEnabled()),
            (self.tr("Move down") + "\tAlt+Down", lambda: self.move_current_cluster(1),
             self.down_button.isEnabled()),
        ):
            menu.addAction(text, slot).setEnabled(enabled)
        if self.merge_button.isEnabled():
            self._fill_merge_menu()
            merge = menu.addMenu(self.tr("Merge"))
            for action in self.merge_menu.actions():
                merge.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Delete…") + "\tDel", self.delete_selected).setEnabled(self.delete_button.isEnabled())
        menu.exec(self.cluster_list.viewport().mapToGlobal(pos))

    # --- keys and events ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.no_rows.setGeometry(self.table.viewport().rect())
            self._fit_columns()
        elif watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._table_key(event) or super().eventFilter(watched, event)
        elif watched is self.cluster_list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self.cluster_list.state() == QAbstractItemView.State.EditingState:
                return super().eventFilter(watched, event)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and modifiers == Qt.KeyboardModifier.NoModifier:
                self.delete_selected()
                return True
            if modifiers == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current_cluster(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Up and modifiers == Qt.KeyboardModifier.NoModifier and \
                    self.cluster_list.currentIndex().row() <= 1:
                self.show_cluster(NO_CLUSTER)  # up, out of the list, to the pinned "Unassigned"
                self.unassigned_view.setFocus()
                return True
            if self._to_table(event, modifiers):
                return True
        elif watched is self.unassigned_view and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == Qt.Key.Key_Down and modifiers == Qt.KeyboardModifier.NoModifier:
                first = self.cluster_model.id_at(1)
                if first is not None:
                    self.show_cluster(first)
                    self.cluster_list.setFocus()
                return True
            if self._to_table(event, modifiers):
                return True
        elif watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down:
                self._apply_filter()
                self.table.setFocus()
                if not self.selected_ids():
                    self._select_row(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self._apply_filter()
                return True
        return super().eventFilter(watched, event)

    def _to_table(self, event: QKeyEvent, modifiers) -> bool:
        """Right or Enter in the cluster list: on to the recommendations."""
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                modifiers == Qt.KeyboardModifier.NoModifier:
            self.table.setFocus()
            if not self.selected_ids():
                self._select_row(0)
            return True
        return False

    def _table_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key == Qt.Key.Key_M and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.open_picker()
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.move_selected_by_digit(key - Qt.Key.Key_0)
            return True  # never the view's type-ahead search
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._shown != NO_CLUSTER and self.selected_ids():
            self.move_selected_to(NO_CLUSTER)
            return True
        if key == Qt.Key.Key_Left:
            (self.unassigned_view if self._shown == NO_CLUSTER else self.cluster_list).setFocus()
            return True
        return False

    def detach(self) -> None:
        """Stop listening to the workshop (it is being closed)."""
        self._detached = True
        self._search_timer.stop()
        if self.picker is not None:
            self.picker.hide()
        try:
            self.signals.changed.disconnect(self._on_workshop_changed)
        except (RuntimeError, TypeError):
            pass
        if self._own_signals:
            self.signals.detach()
