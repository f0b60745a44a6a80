"""The review table's model: rows fetched a page at a time from SQL, in display order, on demand.

A coalition database holds 250,000 recommendations. The model holds no list of every id: it asks
the workshop how many rows match (count_matching) and, when the view paints a row, for the window
of 200 ids around it (page, paging on by keyset cursor; page_at for a jump), then those rows. The
rows themselves are read ROW_BLOCK at a time, as they are painted: a screen's worth and a margin. The last
few hundred blocks are kept in an LRU cache, so scrolling back and forth doesn't re-query.

With count_elsewhere (the Review page), a search shows its first window at once and counts its
matches on a worker thread, on a read-only connection of its own (count_matching_elsewhere):
a common word's count costs as much as the window. Until the count comes, the rows are those
fetched so far and canFetchMore is true; a count for an older filter is dropped.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from ...domain.recommendation import Recommendation, RecommendationKind, Response
from ...ops import Workshop
from ...store.queries import PageCursor, RecommendationFilter
from .translation import plural, translate

PAGE_SIZE = 200  # ids read at a time (cheap: the index alone)
# Rows read at a time: a screen's worth and a margin (1280x800 shows 11 rows, a 4K screen 40), so a
# search or a sort reads what it paints, not 200 rows of which the person sees a tenth.
ROW_BLOCK = 50
MAX_PAGES = 40  # 8,000 rows in memory at most (in blocks of ROW_BLOCK)
MAX_ID_PAGES = 400  # ids of 80,000 rows: where they stand, for selection and row_of

COL_REFERENCE, COL_TEXT, COL_STATES, COL_RESPONSE, COL_THEMES, COL_SESSION, COL_NOTES = range(7)
COLUMN_COUNT = 7

# Column → the workshop's sort key (None: not sortable).
SORT_KEYS = {
    COL_REFERENCE: "reference", COL_TEXT: "text", COL_STATES: "states", COL_RESPONSE: "response",
    COL_THEMES: "themes", COL_SESSION: "session", COL_NOTES: None,
}

RecommendationRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
ResponseRole = Qt.ItemDataRole.UserRole + 3
NoteCountRole = Qt.ItemDataRole.UserRole + 4

# data() runs for every cell of every paint: plain ints, not enum lookups (those cost more than the rest).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_RECOMMENDATION, _ID, _RESPONSE, _NOTE_COUNT = (int(r) for r in (RecommendationRole, IdRole, ResponseRole,
                                                                  NoteCountRole))
_VERTICAL_SORT = QAbstractTableModel.LayoutChangeHint.VerticalSortHint
_LAYOUT_HINTED = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")  # the signals' overload
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
_ROLES_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ACCESSIBLE, _RECOMMENDATION, _RESPONSE, _NOTE_COUNT})

_EMPTY_INDEX = QModelIndex()

log = logging.getLogger(__name__)

# Counts run here, two at a time: a new search's count need not wait for an older, slower one.
_COUNTING = ThreadPoolExecutor(max_workers=2, thread_name_prefix="upr-count")
_TICKETS = itertools.count(1)


class _CountRelay(QObject):
    """Brings a count from the worker thread to the GUI thread (a queued signal). One for the process,
    never deleted, so a count that comes after its model is gone has somewhere harmless to land."""

    counted = Signal(int, int)  # ticket, count (-1: it failed; count on the GUI thread instead)


_relay: _CountRelay | None = None


def _count_relay() -> _CountRelay:
    global _relay  # noqa: PLW0603 - made lazily, in the GUI thread, once
    if _relay is None:
        _relay = _CountRelay()
    return _relay


def _count_elsewhere(workshop: Workshop, flt: RecommendationFilter, ticket: int, latest: list[int]) -> None:
    if latest[0] != ticket:
        return  # a newer filter came while this one waited
    try:
        count = workshop.count_matching_elsewhere(flt)
    except Exception:  # noqa: BLE001 - the GUI thread counts instead, and says what went wrong
        log.exception("counting the matches on a worker thread failed")
        count = -1
    if latest[0] == ticket:
        _count_relay().counted.emit(ticket, count)

# Rows dragged out of a recommendation table (onto a cluster, say): a JSON list of ids.
RECOMMENDATION_IDS_MIME = "application/x-upr-recommendation-ids"


def ids_to_mime(ids: Sequence[int]) -> QMimeData:
    data = QMimeData()
    data.setData(RECOMMENDATION_IDS_MIME, QByteArray(json.dumps([int(i) for i in ids]).encode("ascii")))
    return data


def ids_from_mime(data: QMimeData | None) -> list[int]:
    """The recommendation ids a drag carries ([] if it carries none, or something else)."""
    if data is None or not data.hasFormat(RECOMMENDATION_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(RECOMMENDATION_IDS_MIME)).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(ids, list):
        return []
    return [i for i in ids if isinstance(i, int) and not isinstance(i, bool)]


def tr(text: str) -> str:
    return QCoreApplication.translate("RecommendationModel", text)


def response_label(response: Response | str) -> str:
    value = response.value if isinstance(response, Response) else str(response)
    return {
        "supported": QCoreApplication.translate("Response", "Supported"),
        "noted": QCoreApplication.translate("Response", "Noted"),
        "pending": QCoreApplication.translate("Response", "Pending"),
        RecommendationKind.VOLUNTARY_PLEDGE.value: QCoreApplication.translate("Response", "Voluntary pledge"),
    }.get(value, QCoreApplication.translate("Response", "Unknown"))


def shown_response(rec: Recommendation) -> str:
    """What the response column and filter show: a State's own pledge is no response to anyone."""
    return rec.kind.value if rec.kind is RecommendationKind.VOLUNTARY_PLEDGE else rec.response.value


def column_titles() -> list[str]:
    return [translate("RecommendationModel", "Ref."), translate("RecommendationModel", "Recommendation"), translate("RecommendationModel", "Recommended by"), translate("RecommendationModel", "Response"), translate("RecommendationModel", "Themes"),
            translate("RecommendationModel", "Session"), translate("RecommendationModel", "Notes")]


class _Page:
    __slots__ = ("recs", "notes")

    def __init__(self, recs: list[Recommendation | None], notes: dict[int, int]):
        self.recs = recs
        self.notes = notes


class RecommendationTableModel(QAbstractTableModel):
    """Filtered, sorted recommendations of one workshop, fetched lazily in pages."""

    count_known = Signal()  # the number of matches, counted elsewhere, has come (matching_count())

    def __init__(self, workshop: Workshop, parent=None, *, count_elsewhere: bool = False):
        super().__init__(parent)
        self._workshop = workshop
        self._filter = RecommendationFilter()
        self._sort_key: str | None = None
        self._descending = False
        self._count = 0  # rows shown: every match, or while counting, those fetched so far
        self._total: int | None = 0  # every match; None while it is being counted
        self._count_elsewhere = count_elsewhere
        self._latest = [0]  # the ticket of the count wanted now (read by the worker thread)
        if count_elsewhere:
            _count_relay().counted.connect(self._on_counted)
        self._id_pages: OrderedDict[int, list[int]] = OrderedDict()  # page number -> its ids
        self._row_of: dict[int, int] = {}  # id -> row, for the loaded windows
        self._located: dict[int, int | None] = {}  # id -> row (None: hidden), asked of the store
        self._cursors: dict[int, PageCursor] = {}  # page number -> where it starts (keyset)
        self._pages: OrderedDict[tuple[int, int], _Page] = OrderedDict()  # (page, block in it) -> its rows
        self._titles = column_titles()
        self._ranked = False
        self.rows_fetched = 0  # how many rows were ever read from the file (tests check it stays bounded)
        self._reload()

    # --- what is shown ------------------------------------------------------------------
    @property
    def workshop(self) -> Workshop:
        return self._workshop

    @property
    def current_filter(self) -> RecommendationFilter:
        return self._filter

    @property
    def sort_key(self) -> str | None:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def ranked_by_relevance(self) -> bool:
        """A search is active and its matches come best first."""
        return self._ranked

    def matching_count(self) -> int | None:
        """How many rows the filter and search show; None while they are being counted."""
        return self._total

    def sort_column(self) -> int:
        for column, key in SORT_KEYS.items():
            if key and key == self._sort_key:
                return column
        return -1

    def set_filter(self, flt: RecommendationFilter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401 - Qt API
        if column >= 0 and SORT_KEYS.get(column) is None:
            return  # notes: not sortable, keep the order
        key = SORT_KEYS.get(column) if column >= 0 else None
        descending = order == Qt.SortOrder.DescendingOrder and key is not None
        if key == self._sort_key and descending == self._descending:
            return
        if self._total is None:  # the same rows in another order: every one of them, first
            self._settle_count(self._workshop.count_matching(self._filter))
        # A sort of the rows: the horizontal header then keeps no index of its own through it (it would
        # keep row 0's cell of each column, and finding where row 0's recommendation went is a count
        # over the sort index: 10-25 ms at 250,000 rows, for nothing a person sees).
        self.layoutAboutToBeChanged[_LAYOUT_HINTED].emit([], _VERTICAL_SORT)
        persistent = self.persistentIndexList()
        old_ids = [self.id_at(index.row()) for index in persistent]
        self._sort_key, self._descending = key, descending
        self._reload(self._total)
        rows: dict[int, int | None] = {}
        moved = []
        for index, rec_id in zip(persistent, old_ids):
            if rec_id is not None and rec_id not in rows:
                rows[rec_id] = self.row_of(rec_id)
            row = rows.get(rec_id) if rec_id is not None else None
            moved.append(self.index(row, index.column()) if row is not None else _EMPTY_INDEX)
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged[_LAYOUT_HINTED].emit([], _VERTICAL_SORT)

    def refresh(self, changed_ids: Iterable[int] = ()) -> None:
        """The workshop changed: re-read; keep the layout if the same rows are still shown where they were."""
        count = self._workshop.count_matching(self._filter)
        same = count == self._count and self._total is not None
        if same:
            # Compare the windows whose rows are held (around what is on screen); others are read afresh.
            for number in sorted({number for number, _ in self._pages}):
                old = self._id_pages.get(number)
                if old is None or self._fetch_ids(number, remember=False) != old:
                    same = False
                    break
        if same:
            held = {number for number, _ in self._pages}
            for number in [n for n in self._id_pages if n not in held]:
                self._forget_ids(number, self._id_pages.pop(number))
            self._cursors = {n: c for n, c in self._cursors.items() if n - 1 in held or n == 0}
            self._located.clear()
            changed = set(changed_ids)
            if not changed:
                self._pages.clear()
            for key, page in list(self._pages.items()):
                if any(rec is not None and rec.id in changed for rec in page.recs):
                    del self._pages[key]
            if self._count:
                self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._reload(count)
        self.endResetModel()

    def notes_changed(self, rec_ids: Iterable[int]) -> None:
        for rec_id in rec_ids:
            row = self._loaded_row_of(rec_id)  # a row not loaded reads its count when painted
            if row is None:
                continue
            page = self._pages.get(self._block_key(row))
            if page is not None:
                page.notes.update({rec_id: 0})
                page.notes.update(self._workshop.note_counts([rec_id]))
            index = self.index(row, COL_NOTES)
            self.dataChanged.emit(index, index)

    # --- lookups -------------------------------------------------------------------------
    def ids(self) -> list[int]:
        """Every id shown, in order. Lists them all: for a whole-set action, not for painting."""
        return self._workshop.ranked_ids(self._filter, self._sort_key, self._descending)[0]

    def id_at(self, row: int) -> int | None:
        if not 0 <= row < self._count:
            return None
        ids = self._ids_of_page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return ids[offset] if offset < len(ids) else None

    def row_of(self, rec_id: int) -> int | None:
        row = self._loaded_row_of(rec_id)
        if row is not None:
            return row
        if self._total is not None and len(self._id_pages) >= self._page_count():
            return None  # every id shown is loaded, and this one is not among them
        if rec_id not in self._located:  # asked of the store once per id until the rows change
            row = self._workshop.row_number(self._filter, self._sort_key, self._descending, rec_id=rec_id)
            if row is not None and row >= self._count and self._total is None:
                self._settle_count(self._workshop.count_matching(self._filter))  # it is there: show it
            self._located[rec_id] = row if row is not None and row < self._count else None
        return self._located[rec_id]

    def recommendation_at(self, row: int) -> Recommendation | None:
        if not 0 <= row < self._count:
            return None
        page, offset = self._rows_at(row)
        return page.recs[offset] if offset < len(page.recs) else None

    def cached_pages(self) -> int:
        """How many pages' worth of rows are held (in blocks of ROW_BLOCK)."""
        return -(-len(self._pages) * self._block_size() // PAGE_SIZE)

    # --- Qt model API --------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex = _EMPTY_INDEX) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._total is None

    def fetchMore(self, parent: QModelIndex = _EMPTY_INDEX) -> None:  # noqa: N802 - Qt API
        """Still counting: the next window, by keyset (the view scrolled to the end of what it has)."""
        if not self.canFetchMore(parent):
            return
        number = self._count // PAGE_SIZE
        ids = self._ids_of_page(number) if self._count % PAGE_SIZE == 0 else []
        if ids:
            self.beginInsertRows(_EMPTY_INDEX, self._count, self._count + len(ids) - 1)
            self._count += len(ids)
            self.endInsertRows()
        if not ids or number + 1 not in self._cursors:  # the last window: that is the count
            self._settle_count(self._count)

    def rowCount(self, parent: QModelIndex = _EMPTY_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = _EMPTY_INDEX) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_NOTES:
                return translate("RecommendationModel", "Number of notes on the recommendation")
            if section == COL_STATES:
                return translate("RecommendationModel", "Recommending State(s). Click to sort; click again to reverse")
            return translate("RecommendationModel", "Click to sort; click again to reverse; a third click returns to the default order")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # --- dragging rows out ---------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [RECOMMENDATION_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt API
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return ids_to_mime([rec_id for rec_id in (self.id_at(row) for row in rows) if rec_id is not None])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        # Move: the rows leave where they were shown. The view never removes rows itself
        # (removeRows is not implemented); the ops layer changes the file and the view refreshes.
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if row >= self._count:
            return None
        role = int(role)
        if role == _ID:
            return self.id_at(row)
        if role not in _ROLES_ANSWERED:
            return None
        page, offset = self._rows_at(row)
        rec = page.recs[offset] if offset < len(page.recs) else None
        if rec is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._display(rec, column, page.notes.get(rec.id, 0))
        if role == _RECOMMENDATION:
            return rec
        if role == _RESPONSE:
            return shown_response(rec)
        if role == _NOTE_COUNT:
            return page.notes.get(rec.id, 0)
        if role == _TOOLTIP:
            if column == COL_TEXT and len(rec.text) > 120:
                return rec.text
            if column == COL_STATES and len(rec.states) > 2:
                return "\n".join(rec.states)
            if column == COL_THEMES and rec.themes:
                return "\n".join(rec.themes)
            if column == COL_NOTES:
                count = page.notes.get(rec.id, 0)
                return plural(self.tr("%n note(s)", "", count), count) if count else None
            return None
        return self._display(rec, column, page.notes.get(rec.id, 0))

    @staticmethod
    def _display(rec: Recommendation, column: int, notes: int):
        if column == COL_REFERENCE:
            return rec.reference or ""
        if column == COL_TEXT:
            return rec.text
        if column == COL_STATES:
            return ", ".join(rec.states)
        if column == COL_RESPONSE:
            return response_label(shown_response(rec))
        if column == COL_THEMES:
            return "; ".join(rec.themes)
        if column == COL_SESSION:
            return str(rec.session) if rec.session else ""
        if column == COL_NOTES:
            return str(notes) if notes else ""
        return None

    # --- internals -----------------------------------------------------------------------
    def _page_count(self) -> int:
        return (self._count + PAGE_SIZE - 1) // PAGE_SIZE

    def _reload(self, count: int | None = None) -> None:
        """A new filter, sort or content: the count and the first window; the rest when painted."""
        self._id_pages.clear()
        self._row_of.clear()
        self._located.clear()
        self._cursors.clear()
        self._pages.clear()
        self._ranked = False
        self._latest[0] = next(_TICKETS)  # any count still coming is for something else
        self._count = 1 if count is None else count  # so that the first window can be read
        self._total = count
        ids = self._ids_of_page(0) if self._count else []
        if count is None:
            # The first window is the last one: it is the count (a rare word: no second query).
            if 1 not in self._cursors:
                self._count = self._total = len(ids)
            elif self._count_elsewhere and not self._filter.is_empty():  # else a quick count(*)
                self._count = len(ids)
                _COUNTING.submit(_count_elsewhere, self._workshop, self._filter, self._latest[0], self._latest)
            else:
                self._count = self._total = self._workshop.count_matching(self._filter)

    def _on_counted(self, ticket: int, count: int) -> None:
        if ticket != self._latest[0]:
            return  # another model's, or an older filter's
        self._settle_count(count if count >= 0 else self._workshop.count_matching(self._filter))

    def _settle_count(self, count: int) -> None:
        """The number of matches is known: show them all."""
        self._latest[0] = next(_TICKETS)
        if count > self._count:
            self.beginInsertRows(_EMPTY_INDEX, self._count, count - 1)
            self._count = self._total = count
            self.endInsertRows()
        elif count < self._count:  # the file changed meanwhile (another window): read afresh
            self.beginResetModel()
            self._reload(count)
            self.endResetModel()
        self._total = count
        self.count_known.emit()

    def _fetch_ids(self, number: int, remember: bool = True) -> list[int]:
        cursor = self._cursors.get(number)
        args = (self._filter, self._sort_key, self._descending)
        if number == 0:
            page = self._workshop.page(*args, limit=PAGE_SIZE)
        elif cursor is not None:
            page = self._workshop.page(*args, after=cursor, limit=PAGE_SIZE)
        else:  # a jump (the scroll bar dragged): walk to it once, then page on by keyset
            page = self._workshop.page_at(*args, offset=number * PAGE_SIZE, limit=PAGE_SIZE)
        if remember:
            if number == 0:
                self._ranked = page.ranked
            if page.next is not None:
                self._cursors[number + 1] = page.next
        return page.ids

    def _ids_of_page(self, number: int) -> list[int]:
        ids = self._id_pages.get(number)
        if ids is not None:
            self._id_pages.move_to_end(number)
            return ids
        ids = self._fetch_ids(number)
        self._id_pages[number] = ids
        first = number * PAGE_SIZE
        self._row_of.update((rec_id, first + k) for k, rec_id in enumerate(ids))
        while len(self._id_pages) > MAX_ID_PAGES:
            self._forget_ids(*self._id_pages.popitem(last=False))
        return ids

    def _forget_ids(self, number: int, ids: list[int]) -> None:
        first = number * PAGE_SIZE
        for k, rec_id in enumerate(ids):
            if self._row_of.get(rec_id) == first + k:
                del self._row_of[rec_id]

    def _loaded_row_of(self, rec_id: int) -> int | None:
        return self._row_of.get(rec_id)

    @staticmethod
    def _block_size() -> int:
        return ROW_BLOCK if PAGE_SIZE % ROW_BLOCK == 0 else PAGE_SIZE

    def _block_key(self, row: int) -> tuple[int, int]:
        return row // PAGE_SIZE, row % PAGE_SIZE // self._block_size()

    def _rows_at(self, row: int) -> tuple[_Page, int]:
        """The block of rows holding this row (read now if it isn't held), and the row's place in it."""
        key = self._block_key(row)
        offset = row % PAGE_SIZE % self._block_size()
        page = self._pages.get(key)
        if page is not None:
            self._pages.move_to_end(key)
            return page, offset
        size = self._block_size()
        ids = self._ids_of_page(key[0])[key[1] * size:(key[1] + 1) * size]
        found = self._workshop.recommendations(ids)
        notes = self._workshop.note_counts(ids)
        page = _Page([found.get(rec_id) for rec_id in ids], notes)
        self.rows_fetched += len(ids)
        self._pages[key] = page
        while len(self._pages) > MAX_PAGES * PAGE_SIZE // size:
            self._pages.popitem(last=False)
        return page, offset
