"""Search-as-you-type and the filters above the review table.

Each filter is a compact button that opens a checkable list with a count beside each value.
Lists that can be long (190 recommending States, 54 themes) have a search field of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ... import paths
from ...domain.recommendation import RecommendationKind, Response, sdg_label
from ...ops import Workshop
from ...store.queries import NO_CLUSTER, NOT_ASSESSED, RecommendationFilter
from ..common.flow_layout import FlowLayout
from ..common.recommendation_model import response_label

SEARCH_DELAY_MS = 150
VALUE_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1

FacetValues = list[tuple[object, str, int]]  # (value, label, count)


class _CountDelegate(QStyledItemDelegate):
    """A checkable value with its count right-aligned in a muted colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else None
        count = index.data(COUNT_ROLE)
        count_text = f"{count:,}".replace(",", "\u202f") if count is not None else ""
        metrics = option.fontMetrics
        count_width = metrics.horizontalAdvance(count_text) + 12 if count_text else 0
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, full, painter, widget)
        text_option = QStyleOptionViewItem(full)
        text_option.rect = QRect(option.rect.left(), option.rect.top(), option.rect.width() - count_width,
                                 option.rect.height())
        text_option.state &= ~(QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_HasFocus)
        text_option.textElideMode = Qt.TextElideMode.ElideRight
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, widget)
        if count_text:
            painter.save()
            painter.setPen(QColor("#6b7580"))
            painter.drawText(option.rect.adjusted(0, 0, -8, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count_text)
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        return QSize(size.width() + 60, max(size.height(), option.fontMetrics.height() + 10))


class _FilterPopup(QFrame):
    """What a filter button opens: an optional search field, the checkable values, a Clear link."""

    toggled = Signal()

    def __init__(self, searchable: bool, search_placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filterPopup")
        self.search = QLineEdit(self)
        self.search.setObjectName("filterSearch")
        self.search.setPlaceholderText(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setVisible(searchable)
        self.search.textChanged.connect(self._filter_list)
        self.list = QListWidget(self)
        self.list.setObjectName("filterList")
        self.list.setItemDelegate(_CountDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._toggle_item)
        self.list.installEventFilter(self)
        self.search.installEventFilter(self)
        self.empty = QLabel(self.tr("Nothing to choose from in this workshop yet."), self)
        self.empty.setObjectName("showingLabel")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("showingLabel")
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        footer = QHBoxLayout()
        footer.setContentsMargins(2, 0, 0, 0)
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(footer)
        self.setMinimumWidth(320)

    def set_values(self, values: FacetValues, selected: set) -> None:
        self.list.clear()
        for value, label, count in values:
            item = QListWidgetItem(label)
            item.setData(VALUE_ROLE, value)
            item.setData(COUNT_ROLE, count)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if value in selected else Qt.CheckState.Unchecked)
            item.setToolTip(label)
            self.list.addItem(item)
        rows = min(max(len(values), 1), 12)
        self.list.setFixedHeight(rows * (self.list.fontMetrics().height() + 10) + 6)
        self.empty.setVisible(not values)
        self.list.setVisible(bool(values))
        self._filter_list(self.search.text())
        self._update_summary()

    def selected(self) -> set:
        out = set()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(item.data(VALUE_ROLE))
        return out

    def clear(self) -> None:
        changed = False
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                item.setCheckState(Qt.CheckState.Unchecked)
                changed = True
        self._update_summary()
        if changed:
            self.toggled.emit()

    def _toggle_item(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self._update_summary()
        self.toggled.emit()

    def _filter_list(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _update_summary(self) -> None:
        count = len(self.selected())
        self.summary.setText(self.tr("%n selected", "", count) if count else self.tr("Any"))
        self.clear_button.setEnabled(bool(count))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self.list.setFocus()
                for row in range(self.list.count()):
                    if not self.list.item(row).isHidden():
                        self.list.setCurrentRow(row)
                        break
                return True
            if watched is self.list and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.list.currentItem()
                if item is not None:
                    self._toggle_item(item)
                return True
        return super().eventFilter(watched, event)


class FilterButton(QToolButton):
    """A compact multi-select filter: "Themes", "Themes · Women's rights", "Themes · 3"."""

    changed = Signal()

    def __init__(self, key: str, title: str, load: Callable[[], FacetValues], *, searchable: bool = False,
                 search_placeholder: str = "", empty_text: str = "", reload_on_open: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.title = title
        self._load = load
        self._stale = True
        # Values that change without a "recommendations" announcement (cluster names) are read
        # afresh each time the list opens; there are only a dozen.
        self._reload_on_open = reload_on_open
        self._values: FacetValues = []
        self._selected: set = set()
        self.setObjectName("filterButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(title)
        self._popup: _FilterPopup | None = None
        self._popup_args = (searchable, search_placeholder, empty_text)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._before_show)
        self.setMenu(self.menu_)
        self._update_text()

    @property
    def popup(self) -> _FilterPopup:
        """The list this button opens, made the first time it is wanted: the review page's six would cost the
        window's first paint their time otherwise."""
        if self._popup is None:
            searchable, search_placeholder, empty_text = self._popup_args
            popup = _FilterPopup(searchable, search_placeholder, self)
            if empty_text:
                popup.empty.setText(empty_text)
            popup.toggled.connect(self._on_popup_toggled)
            action = QWidgetAction(self.menu_)
            action.setDefaultWidget(popup)
            self.menu_.addAction(action)
            popup.set_values(self._values, self._selected)
            self._popup = popup
        return self._popup

    # --- values --------------------------------------------------------------------------
    def mark_stale(self) -> None:
        self._stale = True

    def values(self) -> FacetValues:
        self._ensure_values()
        return list(self._values)

    def _ensure_values(self) -> None:
        if self._stale:
            self._values = self._load()
            self._stale = False
            known = {value for value, _, _ in self._values}
            # A value chosen earlier that no longer exists would filter out everything, invisibly.
            self._selected &= known
            if self._popup is not None:
                self._popup.set_values(self._values, self._selected)
            self._update_text()

    def _before_show(self) -> None:
        if self._reload_on_open:
            self._stale = True
        self._ensure_values()
        self.popup.set_values(self._values, self._selected)
        if self.popup.search.isVisible():
            self.popup.search.clear()
            QTimer.singleShot(0, self.popup.search.setFocus)

    # --- selection -----------------------------------------------------------------------
    def selected(self) -> frozenset:
        return frozenset(self._selected)

    def set_selected(self, values: Iterable, *, notify: bool = True) -> None:
        values = set(values)
        if values == self._selected:
            return
        if values or not self._stale:
            self._ensure_values()  # the labels of the values chosen
        self._selected = values
        if self._popup is not None and not self._stale:
            self._popup.set_values(self._values, self._selected)
        # else: the list is filled when it next opens. "Clear filters" need not count every facet of
        # 250,000 rows first (25 ms a facet).
        self._update_text()
        if notify:
            self.changed.emit()

    def _on_popup_toggled(self) -> None:
        self._selected = self.popup.selected()
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        count = len(self._selected)
        if count == 1:
            value = next(iter(self._selected))
            label = next((lab for val, lab, _ in self._values if val == value), str(value))
            if len(label) > 22:
                label = label[:21] + "…"
            text = f"{self.title}: {label.replace('&', '&&')}"  # a literal &, not a mnemonic
        elif count:
            text = f"{self.title} ({count})"
        else:
            text = self.title
        self.setText(text)
        self.setProperty("active", bool(count))
        self.style().unpolish(self)
        self.style().polish(self)


class FilterBar(QWidget):
    """The search box, the filter buttons, "Clear filters" and "Showing X of Y". With followup=True (the
    Follow-up step's list) it also filters by current status, by who assessed, and by charter priority."""

    filter_changed = Signal(object)  # RecommendationFilter
    results_requested = Signal()  # Down or Enter in the search box: go to the table

    def __init__(self, workshop: Workshop, parent: QWidget | None = None, *, followup: bool = False):
        super().__init__(parent)
        self._workshop = workshop
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search the recommendations: words, States, themes or a number…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.addAction(QIcon(str(paths.resource("icons", "search.svg"))),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self._on_text_changed)
        self.search.returnPressed.connect(self._emit_now)
        self.search.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit_now)

        self.buttons: dict[str, FilterButton] = {
            "response": FilterButton("response", self.tr("Response"), self._responses, parent=self),
            "theme": FilterButton("theme", self.tr("Themes"), self._themes, searchable=True,
                                  search_placeholder=self.tr("Find a theme…"), parent=self),
            "cluster": FilterButton("cluster", self.tr("Cluster"), self._clusters, searchable=True,
                                    search_placeholder=self.tr("Find a cluster…"),
                                    empty_text=self.tr("No clusters yet. Group the recommendations into clusters "
                                                       "in step 2, Clusters."),
                                    reload_on_open=True, parent=self),
            "state": FilterButton("state", self.tr("Recommended by"), self._states, searchable=True,
                                  search_placeholder=self.tr("Find a recommending State…"), parent=self),
            "sdg": FilterButton("sdg", self.tr("SDG"), self._sdgs, searchable=True,
                                search_placeholder=self.tr("Find a goal…"), parent=self),
            "session": FilterButton("session", self.tr("Session"), self._sessions, parent=self),
        }
        if followup:
            self.buttons["status"] = FilterButton("status", self.tr("Status"), self._statuses, reload_on_open=True,
                                                  parent=self)
            self.buttons["assessor"] = FilterButton("assessor", self.tr("Assessed by"), self._assessors,
                                                    searchable=True, reload_on_open=True,
                                                    search_placeholder=self.tr("Find an organisation…"), parent=self)
            self.buttons["priority"] = FilterButton("priority", self.tr("Priority"), self._priorities,
                                                    reload_on_open=True,
                                                    empty_text=self.tr("The charter has no priorities yet."),
                                                    parent=self)
        for button in self.buttons.values():
            button.changed.connect(self._emit_now)

        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)

        self.showing = QLabel(self)
        self.showing.setObjectName("showingLabel")
        self.showing.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        # Two rows, so the bar fits a 1024-pixel screen and a projector's large type:
        # the search (as wide as there is room) with the count beside it, then the filters.
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(14)
        top.addWidget(self.search, 1)
        top.addWidget(self.showing)
        self._top = top
        # The filters wrap onto a second line rather than widen the window past a 1024-pixel screen.
        filters = FlowLayout(spacing=6, alignment=Qt.AlignmentFlag.AlignLeft)
        for button in self.buttons.values():
            filters.addWidget(button)
        filters.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters)
        self._last: RecommendationFilter = self.current_filter()

    def add_trailing(self, widget: QWidget) -> None:
        """A small button after "Showing X of Y" (the Review page's "Export the list…": what is shown)."""
        widget.setParent(self)
        self._top.addWidget(widget)

    # --- facet values --------------------------------------------------------------------
    # Every value the workshop has is listed; its count is within the search and the OTHER filters, as
    # faceted search counts, so a person sees what ticking it would add and can still widen within a facet.
    def _narrowed(self, facet: str, values: FacetValues) -> FacetValues:
        flt = self.current_filter()
        own = {"response": "responses", "theme": "themes", "state": "states", "sdg": "sdgs", "session": "sessions",
               "cluster": "clusters"}[facet]
        if replace(flt, **{own: frozenset()}).is_empty():
            return values  # nothing else narrows it: the workshop's own counts
        counts = self._workshop.facet_counts(facet, flt)
        return [(value, label, counts.get(value, 0)) for value, label, _ in values]

    def _responses(self) -> FacetValues:
        counts = self._workshop.response_counts()
        values = [r.value for r in Response] + [RecommendationKind.VOLUNTARY_PLEDGE.value]
        return self._narrowed("response", [(value, response_label(value), counts.get(value, 0)) for value in values
                                           if counts.get(value)])

    def _themes(self) -> FacetValues:
        return self._narrowed("theme", [(value, value, count)
                                        for value, count in self._workshop.facet_values("theme")])

    def _clusters(self) -> FacetValues:
        clusters = self._workshop.clusters()
        if not clusters:
            return []
        return self._narrowed("cluster", [(NO_CLUSTER, self.tr("Not in a cluster"), self._workshop.unassigned_count()),
                                          *((c.id, c.name, c.size) for c in clusters)])

    def _states(self) -> FacetValues:
        return self._narrowed("state", [(value, value, count)
                                        for value, count in self._workshop.facet_values("state")])

    def _sdgs(self) -> FacetValues:
        return self._narrowed("sdg", [(value, sdg_label(value), count)
                                      for value, count in self._workshop.facet_values("sdg")])

    def _sessions(self) -> FacetValues:
        return self._narrowed("session", [(session, self.tr("Session %1").replace("%1", str(session)), count)
                                          for session, count in self._workshop.session_values()])

    # The follow-up facets count in the whole workshop: their values change with every assessment.
    def _statuses(self) -> FacetValues:
        counts = self._workshop.status_counts("r")
        labels = {"not": self.tr("Not implemented"), "partial": self.tr("Partially implemented"),
                  "full": self.tr("Fully implemented"), "no_info": self.tr("No information"),
                  NOT_ASSESSED: self.tr("Not assessed yet")}
        return [(key, label, counts.get(key, 0)) for key, label in labels.items()]

    def _assessors(self) -> FacetValues:
        from ...domain.followup import COALITION  # the follow-up step's list only

        return [(name, self.tr("The coalition") if name == COALITION else name, None)
                for name in self._workshop.assessors()]

    def _priorities(self) -> FacetValues:
        if not self._workshop.has_charter():
            return []
        return [(p.id, f"P{n}  {p.title}", len(p.recommendation_ids))
                for n, p in enumerate(self._workshop.charter().priorities, 1) if p.id is not None]

    def mark_stale(self) -> None:
        """The workshop's recommendations changed: reload the values (and counts) next time."""
        for button in self.buttons.values():
            button.mark_stale()

    def set_total(self, total: int) -> None:
        """With no recommendations there is nothing to filter."""
        for button in self.buttons.values():
            button.setEnabled(total > 0)
        self.search.setEnabled(total > 0 or bool(self.search.text()))

    # --- the filter ----------------------------------------------------------------------
    def current_filter(self) -> RecommendationFilter:
        return RecommendationFilter(
            text=self.search.text().strip(),
            responses=self.buttons["response"].selected(),
            themes=self.buttons["theme"].selected(),
            states=self.buttons["state"].selected(),
            sdgs=self.buttons["sdg"].selected(),
            sessions=self.buttons["session"].selected(),
            clusters=self.buttons["cluster"].selected(),
            statuses=self.buttons["status"].selected() if "status" in self.buttons else frozenset(),
            assessors=self.buttons["assessor"].selected() if "assessor" in self.buttons else frozenset(),
            priorities=self.buttons["priority"].selected() if "priority" in self.buttons else frozenset(),
        )

    def clear(self) -> None:
        self._timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for button in self.buttons.values():
            button.set_selected((), notify=False)
        self._emit_now()

    def set_counts(self, shown: int | None, total: int, note: str = "") -> None:
        """`shown` None: still being counted ("Showing … of 250,000")."""
        text = self.tr("Showing %1 of %2").replace("%1", "…" if shown is None else _number(shown)) \
            .replace("%2", _number(total))
        if note:
            text += "  ·  " + note
        self.showing.setText(text)

    def _on_text_changed(self, _text: str) -> None:
        self._counts_changed()
        self._timer.start()

    def _counts_changed(self) -> None:
        """The search or a filter changed: every facet counts afresh when next looked at."""
        for button in self.buttons.values():
            button.mark_stale()

    def _emit_now(self) -> None:
        self._timer.stop()
        flt = self.current_filter()
        self.clear_button.setEnabled(not flt.is_empty())
        if flt != self._last:
            self._last = flt
            self._counts_changed()
            self.filter_changed.emit(flt)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self._emit_now()
                return True
            if event.key() == Qt.Key.Key_Down:
                self._emit_now()
                self.results_requested.emit()
                return True
        return super().eventFilter(watched, event)


def _number(value: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)
