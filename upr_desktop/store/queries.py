"""Read-only queries over a workshop. The GUI and CLI read through these, never with SQL of their own."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..domain.recommendation import Recommendation, RecommendationKind, Response
from . import engine

# Columns a person can sort by, and the indexed column that sorts each. Text, States, themes and
# country sort by their folded keys (m007, sort_keys.py): casefolded, accents stripped, indexed.
# Ties go by id; a descending sort is the exact reverse of the ascending one (ties too), so both
# walk the same index.
SORTABLE = {
    "reference": "r.reference_key",
    "text": "r.text_key",
    "states": "r.states_key",
    "response": "r.response",
    "themes": "r.themes_key",
    "session": "r.session",
    "country": "r.country_key",
    "id": "r.id",
}

# Sort columns that can hold NULL (sorted first ascending, last descending, as SQLite does).
_NULLABLE = {"r.reference_key", "r.session", "r.country_key"}

FACETS = ("state", "theme", "sdg", "affected")

_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(text: str) -> list[str]:
    """The words a search looks for, as FTS5's unicode61 tokenizer would split them."""
    return _WORD.findall(text or "")


def fts_query(text: str) -> str | None:
    """Search-as-you-type: every word must match, the last one as a prefix.

    A lone Latin letter is not expanded: "t*" matches nearly every row and says nothing.
    """
    terms = search_terms(text)
    if not terms:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    if len(terms[-1]) > 1 or not terms[-1].isascii():
        quoted[-1] += "*"
    return " AND ".join(quoted)


# Above this many matches, ranking by bm25 costs more than a frame on a 250,000-row file
# (47 ms for 44k matches) and a person can't use a relevance order that long anyway:
# they are shown in file order, and the view says so.
RANK_LIMIT = 5000


def match_count(conn: engine.Connection, text: str) -> int:
    match = fts_query(text)
    if not match:
        return 0
    try:
        return conn.execute("SELECT count(*) FROM recommendations_fts WHERE recommendations_fts MATCH ?",
                            (match,)).fetchone()[0]
    except engine.OperationalError:
        return 0


def _more_matches_than(conn: engine.Connection, match: str, n: int) -> bool:
    """Whether a search matches more than n rows, counting no further than n + 1: deciding to rank
    "the" costs 1 ms, where counting its 250,000 matches costs 40."""
    try:
        return conn.execute("SELECT count(*) FROM (SELECT rowid FROM recommendations_fts "
                            "WHERE recommendations_fts MATCH ? LIMIT ?)", (match, n + 1)).fetchone()[0] > n
    except engine.OperationalError:
        return False


# A voluntary pledge is no response to a recommendation: it is counted, and filtered, on its own.
PLEDGE = RecommendationKind.VOLUNTARY_PLEDGE.value


# In RecommendationFilter.clusters: "not in any cluster" (cluster ids start at 1).
NO_CLUSTER = 0
# In RecommendationFilter.statuses: never assessed.
NOT_ASSESSED = "none"


@dataclass(frozen=True)
class RecommendationFilter:
    text: str = ""
    responses: frozenset[str] = field(default_factory=frozenset)
    themes: frozenset[str] = field(default_factory=frozenset)
    states: frozenset[str] = field(default_factory=frozenset)
    sdgs: frozenset[str] = field(default_factory=frozenset)
    sessions: frozenset[int] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)
    clusters: frozenset[int] = field(default_factory=frozenset)  # cluster ids; NO_CLUSTER: in none
    # Follow-up: current status ('not', 'partial', 'full', 'no_info'; NOT_ASSESSED: none yet), the
    # organisations that assessed it (by name, or "the coalition"), the charter priorities citing it.
    statuses: frozenset[str] = field(default_factory=frozenset)
    assessors: frozenset[str] = field(default_factory=frozenset)
    priorities: frozenset[int] = field(default_factory=frozenset)

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.responses or self.themes or self.states
                    or self.sdgs or self.sessions or self.countries or self.clusters
                    or self.statuses or self.assessors or self.priorities)


def _one_of(chosen_values, none_value, params: list, key: str, rows: str, column: str) -> str:
    """A clause for "any of these values, or (none_value among them) in no row at all": clusters, where
    NO_CLUSTER is a recommendation in none, and statuses, where NOT_ASSESSED is one never assessed."""
    chosen = sorted(v for v in chosen_values if v != none_value)
    either = []
    if chosen:
        either.append(f"{key} IN (SELECT {rows} WHERE {column} IN ({', '.join('?' * len(chosen))}))")
        params.extend(chosen)
    if none_value in chosen_values:
        either.append(f"{key} NOT IN (SELECT {rows})")
    return "(" + " OR ".join(either) + ")"


def _where(flt: RecommendationFilter) -> tuple[list[str], list]:
    clauses: list[str] = []
    params: list = []

    def any_of(column: str, values) -> None:
        values = sorted(values)
        clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
        params.extend(values)

    if flt.responses:
        responses = sorted(r for r in flt.responses if r != PLEDGE)
        either = [f"(r.kind != '{PLEDGE}' AND r.response IN ({', '.join('?' * len(responses))}))"] if responses else []
        if PLEDGE in flt.responses:
            either.append(f"r.kind = '{PLEDGE}'")
        clauses.append("(" + " OR ".join(either) + ")")
        params.extend(responses)
    if flt.sessions:
        any_of("r.session", flt.sessions)
    if flt.countries:
        any_of("r.country", flt.countries)
    for facet, values in (("theme", flt.themes), ("state", flt.states), ("sdg", flt.sdgs)):
        if values:
            values = sorted(values)
            clauses.append(
                "r.id IN (SELECT f.recommendation_id FROM recommendation_facets f "
                "JOIN facet_values v ON v.id = f.value_id "
                f"WHERE v.facet = ? AND v.value IN ({', '.join('?' * len(values))}))"
            )
            params.extend([facet, *values])
    if flt.clusters:
        clauses.append(_one_of(flt.clusters, NO_CLUSTER, params, "r.id", "recommendation_id FROM cluster_members",
                               "cluster_id"))
    if flt.statuses:
        clauses.append(_one_of(flt.statuses, NOT_ASSESSED, params, "('r' || r.id)", "subject FROM current_status",
                               "status"))
    if flt.assessors:
        names = sorted(n.casefold() for n in flt.assessors)
        clauses.append("('r' || r.id) IN (SELECT subject FROM assessments "
                       f"WHERE lower(assessor) IN ({', '.join('?' * len(names))}))")
        params.extend(names)
    if flt.priorities:
        chosen = sorted(flt.priorities)
        clauses.append("r.id IN (SELECT recommendation_id FROM priority_recommendations "
                       f"WHERE priority_id IN ({', '.join('?' * len(chosen))}))")
        params.extend(chosen)
    return clauses, params


def filtered_ids(conn: engine.Connection, flt: RecommendationFilter,
                 sort: str | None = None, descending: bool = False) -> list[int]:
    """Ids of the matching recommendations, in display order."""
    return ranked_ids(conn, flt, sort, descending)[0]


@dataclass(frozen=True)
class _Plan:
    """One display order: FROM/WHERE, the sort key (None: relevance), direction."""
    source: str          # "fts": the index alone answers (rowid order); else recommendations r
    where: list[str]
    params: list
    key: str | None      # sort expression before the id tie-break; None: ids only, or ranked
    descending: bool
    ranked: bool         # bm25 order, paged by offset

    def order_by(self, whole: bool = False) -> str:
        if self.ranked:
            return "bm25(recommendations_fts, 10.0, 5.0, 2.0, 1.0), r.reference_key, r.id"
        d = " DESC" if self.descending else ""
        ident = "rowid" if self.source == "fts" else "r.id"
        # Every filtered row wanted: the "+" keeps the planner off the sort index, so it finds the rows
        # by the filter's index and sorts them (Noted by text: 170 ms), rather than walk all 250,000 in
        # sort order to test each (650 ms). A page wants that walk: it stops after `limit` rows.
        plus = "+" if whole and self.where and self.source != "fts" else ""
        return f"{plus}{self.key}{d}, {plus}{ident}{d}" if self.key else f"{plus}{ident}{d}"

    def select(self, extra: list[str] = (), extra_params: list = (), whole: bool = False) -> tuple[str, list]:
        where = [*self.where, *extra]
        if self.source == "fts":
            sql = "SELECT rowid FROM recommendations_fts"
        elif self.ranked:
            sql = "SELECT r.id FROM recommendations_fts f JOIN recommendations r ON r.id = f.rowid"
        else:
            sql = "SELECT r.id FROM recommendations r"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return sql + " ORDER BY " + self.order_by(whole), [*self.params, *extra_params]


def _plan(conn: engine.Connection, flt: RecommendationFilter, sort: str | None, descending: bool,
          ranked: bool | None = None) -> _Plan:
    clauses, params = _where(flt)
    match = fts_query(flt.text)
    order_sql = SORTABLE.get(sort or "", None)
    if ranked is None:
        ranked = bool(match) and not order_sql and not _more_matches_than(conn, match, RANK_LIMIT)
    if match and ranked:
        return _Plan("ranked", ["recommendations_fts MATCH ?", *clauses], [match, *params], None, False, True)
    if match:
        # Many matches, or a sort the person chose: no bm25, so no scoring of every match.
        if not clauses and not order_sql:
            # The index alone answers, in id order: 9 ms for 44k of 250k rows; the join costs 40.
            return _Plan("fts", ["recommendations_fts MATCH ?"], [match], None, False, False)
        where = ["r.id IN (SELECT rowid FROM recommendations_fts WHERE recommendations_fts MATCH ?)", *clauses]
        key = order_sql if order_sql != "r.id" else None
        return _Plan("r", where, [match, *params], key, descending if order_sql else False, False)
    key = order_sql or "r.reference_key"
    return _Plan("r", clauses, params, None if key == "r.id" else key, descending, False)


def ranked_ids(conn: engine.Connection, flt: RecommendationFilter,
               sort: str | None = None, descending: bool = False) -> tuple[list[int], bool]:
    """Ids in display order, and whether that order is relevance (bm25, best first).

    A search with at most RANK_LIMIT matches and no sort of the person's is ranked; a larger
    one comes in file order. page() returns the same order a window at a time.
    """
    plan = _plan(conn, flt, sort, descending)
    sql, params = plan.select(whole=True)
    try:
        return [row[0] for row in conn.execute(sql, params)], plan.ranked
    except engine.OperationalError:
        # A query FTS5 can't parse: show nothing rather than fail while someone types.
        return [], False


# --- Paging: the review table reads a window at a time instead of every id -------------------

@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts. Opaque to callers: pass Page.next back as page(after=...).

    Carries the decision "ranked or not" so that later pages of the same view neither count the
    matches again nor change order if rows come and go meanwhile.
    """
    ranked: bool
    offset: int = 0                     # ranked (bm25) order: rows already shown
    last: tuple | None = None           # keyset order: (sort key, id) of the last row shown


@dataclass(frozen=True)
class Page:
    ids: list[int]
    next: PageCursor | None             # None: this was the last page
    ranked: bool                        # relevance order (say so in the view)


def count(conn: engine.Connection, flt: RecommendationFilter) -> int:
    """How many recommendations the filter and search show (what the status line and the scroll
    bar need), without building the list. A search FTS5 can't parse shows, and counts, none."""
    if flt.is_empty():
        return count_recommendations(conn)
    clauses, params = _where(flt)
    match = fts_query(flt.text)
    if match and not clauses:
        return match_count(conn, flt.text)
    if match:
        clauses.insert(0, "r.id IN (SELECT rowid FROM recommendations_fts WHERE recommendations_fts MATCH ?)")
        params.insert(0, match)
    sql = "SELECT count(*) FROM recommendations r" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    try:
        return conn.execute(sql, params).fetchone()[0]
    except engine.OperationalError:
        return 0


def _after(expr: str, ident: str, last: tuple, descending: bool) -> list[tuple[list[str], list]]:
    """Conditions for "after (key, id) = last" in (key, id) order, as segments run in turn.

    Each segment is one index-friendly range (no OR across NULL), so SQLite walks the sort
    index from the cursor instead of sorting every match. NULL keys come first ascending and
    last descending, as in ORDER BY.
    """
    key, last_id = last
    idc = f"{ident} < ?" if descending else f"{ident} > ?"
    if key is None:
        segments = [([f"{expr} IS NULL", idc], [last_id])]
        if not descending:
            segments.append(([f"{expr} IS NOT NULL"], []))
        return segments
    op, strict = ("<=", "<") if descending else (">=", ">")
    segments = [([f"{expr} {op} ?", f"({expr} {strict} ? OR {idc})"], [key, key, last_id])]
    if descending and expr in _NULLABLE:
        segments.append(([f"{expr} IS NULL"], []))
    return segments


def page(conn: engine.Connection, flt: RecommendationFilter, sort: str | None = None,
         descending: bool = False, *, after: PageCursor | None = None, limit: int = 200) -> Page:
    """The next `limit` ids in display order, from `after` (None: the first page).

    Paging from the first page to the last returns exactly ranked_ids(conn, flt, sort,
    descending): same rows, same order (tests/store/test_paging.py pins this for every sort,
    direction, filter and search). Sorted and filtered views page by keyset over the sort
    indexes, so a page costs about the same at row 200,000 as at row 0; relevance order (at
    most RANK_LIMIT matches) pages by offset.

    For the table model: fetch the first page on a filter/sort change and show it at once, get
    the total from count() (on a worker if you like), and fetch further pages as the person
    scrolls; page_at() jumps to any row when the scroll bar is dragged.
    """
    if limit <= 0:
        raise ValueError("limit must be positive")
    ranked = None if after is None else after.ranked
    if after is None and (sort or "") not in SORTABLE and fts_query(flt.text) and not _where(flt)[0]:
        first = _first_search_page(conn, flt.text, limit)
        if isinstance(first, Page):
            return first
        ranked = first
    plan = _plan(conn, flt, sort, descending, ranked)
    try:
        if plan.ranked:
            offset = after.offset if after else 0
            sql, params = plan.select()
            ids = [r[0] for r in conn.execute(sql + " LIMIT ? OFFSET ?", [*params, limit + 1, offset])]
            more = len(ids) > limit
            ids = ids[:limit]
            return Page(ids, PageCursor(True, offset=offset + len(ids)) if more else None, True)
        ident = "rowid" if plan.source == "fts" else "r.id"
        key = plan.key
        if after is None or after.last is None:
            segments = [([], [])]
        elif key is None:
            segments = [([f"{ident} < ?" if plan.descending else f"{ident} > ?"], [after.last[1]])]
        else:
            segments = _after(key, ident, after.last, plan.descending)
        rows: list[tuple] = []
        column = f"{key}, {ident}" if key else f"NULL, {ident}"
        for extra, extra_params in segments:
            sql, params = plan.select(extra, extra_params)
            sql = sql.replace(f"SELECT {'rowid' if plan.source == 'fts' else 'r.id'} ", f"SELECT {column} ", 1)
            rows += conn.execute(sql + " LIMIT ?", [*params, limit + 1 - len(rows)]).fetchall()
            if len(rows) > limit:
                break
    except engine.OperationalError:
        return Page([], None, False)
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = PageCursor(False, last=tuple(rows[-1])) if more and rows else None
    return Page([r[1] for r in rows], cursor, False)


def _first_search_page(conn: engine.Connection, text: str, limit: int) -> Page | bool:
    """A search alone (no sort, no other filter), its first page: one walk of the index both decides
    "rank or not" and, when there are too many matches to rank, is the page. Deciding, then reading
    the page, walked it twice, and a short prefix ("in", "co") merges the postings of every word it
    begins: 20 ms a walk at 250,000 rows. Returns the page, or whether to rank (page() reads it)."""
    try:
        rowids = [r[0] for r in conn.execute(
            "SELECT rowid FROM recommendations_fts WHERE recommendations_fts MATCH ? ORDER BY rowid LIMIT ?",
            (fts_query(text), RANK_LIMIT + 1))]
    except engine.OperationalError:
        return Page([], None, False)
    if len(rowids) <= RANK_LIMIT:
        return True
    if len(rowids) <= limit:
        return False  # a page longer than the rank limit: read it as usual
    ids = rowids[:limit]
    return Page(ids, PageCursor(False, last=(None, ids[-1])), False)


def page_at(conn: engine.Connection, flt: RecommendationFilter, sort: str | None = None,
            descending: bool = False, *, offset: int = 0, limit: int = 200) -> Page:
    """The window of `limit` ids starting at row `offset` of the display order (a jump: the
    scroll bar dragged to row 180,000). Costs a walk of `offset` index entries, so page on from
    its cursor with page() rather than calling this for each next window."""
    plan = _plan(conn, flt, sort, descending)
    if plan.ranked:
        return page(conn, flt, sort, descending, after=PageCursor(True, offset=offset), limit=limit)
    if offset <= 0:
        return page(conn, flt, sort, descending, limit=limit)
    ident = "rowid" if plan.source == "fts" else "r.id"
    sql, params = plan.select()
    column = f"{plan.key}, {ident}" if plan.key else f"NULL, {ident}"
    sql = sql.replace(f"SELECT {'rowid' if plan.source == 'fts' else 'r.id'} ", f"SELECT {column} ", 1)
    try:
        before = conn.execute(sql + " LIMIT 1 OFFSET ?", [*params, offset - 1]).fetchone()
    except engine.OperationalError:
        return Page([], None, False)
    if before is None:
        return Page([], None, False)
    return page(conn, flt, sort, descending, after=PageCursor(False, last=tuple(before)), limit=limit)


_ROW_COLUMNS = ("id, reference, text, country, states, response, themes, affected_persons, sdgs, "
                "session, cycle, action_category, document_symbol, source_file, source_row, kind")


def _to_recommendation(row: engine.Row | tuple) -> Recommendation:
    (id_, reference, text, country, states, response, themes, affected, sdgs,
     session, cycle, action, symbol, source_file, source_row, kind) = row
    return Recommendation(
        id=id_, reference=reference, text=text, country=country,
        states=tuple(json.loads(states)), response=Response(response),
        themes=tuple(json.loads(themes)), affected_persons=tuple(json.loads(affected)),
        sdgs=tuple(json.loads(sdgs)), session=session, cycle=cycle, action_category=action,
        document_symbol=symbol, source_file=source_file, source_row=source_row, kind=RecommendationKind(kind),
    )


def fetch_recommendations(conn: engine.Connection, ids: list[int]) -> dict[int, Recommendation]:
    """Recommendations by id; the lazy table model asks for a page of ids at a time."""
    out: dict[int, Recommendation] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = f"SELECT {_ROW_COLUMNS} FROM recommendations WHERE id IN ({', '.join('?' * len(chunk))})"
        for row in conn.execute(sql, chunk):
            rec = _to_recommendation(row)
            out[rec.id] = rec
    return out


def get_recommendation(conn: engine.Connection, rec_id: int) -> Recommendation | None:
    return fetch_recommendations(conn, [rec_id]).get(rec_id)


def count_recommendations(conn: engine.Connection) -> int:
    return conn.execute("SELECT count(*) FROM recommendations").fetchone()[0]


def response_counts(conn: engine.Connection) -> dict[str, int]:
    counts = {**{r.value: 0 for r in Response}, PLEDGE: 0}
    for kind, response, n in conn.execute(
            "SELECT kind, response, count(*) FROM recommendations GROUP BY kind, response"):  # index only
        shown = PLEDGE if kind == PLEDGE else response
        counts[shown] = counts.get(shown, 0) + n
    return counts


def facet_values(conn: engine.Connection, facet: str) -> list[tuple[str, int]]:
    """Distinct values of a multi-valued field with how many recommendations carry each."""
    if facet not in FACETS:
        raise ValueError(facet)
    rows = conn.execute(
        "SELECT v.value, count(*) FROM facet_values v JOIN recommendation_facets f ON f.value_id = v.id "
        "WHERE v.facet = ? GROUP BY v.id", (facet,)
    ).fetchall()
    if facet == "sdg":
        return sorted(rows, key=lambda r: int(r[0]) if r[0].isdigit() else 99)
    return sorted(rows, key=lambda r: r[0].casefold())


# The filter fields each facet's own choices live in (the others narrow its counts).
_OWN_FIELD = {"response": "responses", "theme": "themes", "state": "states", "sdg": "sdgs", "session": "sessions",
              "cluster": "clusters", "country": "countries"}


def facet_counts(conn: engine.Connection, facet: str, flt: RecommendationFilter) -> dict:
    """How many recommendations each value of a facet would show, within the current search and filters.

    As faceted search counts: every active filter applies except the facet's own, so a value's count is what
    ticking it would add, and a person can still widen within the facet. A cluster facet counts NO_CLUSTER too.
    Values with no match are left out.
    """
    if facet not in _OWN_FIELD:
        raise ValueError(facet)
    others = replace(flt, **{_OWN_FIELD[facet]: frozenset()})
    clauses, params = _where(others)
    match = fts_query(others.text)
    if match:
        clauses.insert(0, "r.id IN (SELECT rowid FROM recommendations_fts WHERE recommendations_fts MATCH ?)")
        params.insert(0, match)
    where = (" AND " + " AND ".join(clauses)) if clauses else ""
    if facet in ("response", "session", "country"):
        # A pledge is shown, and counted, as its own response value (as response_counts does).
        column = {"response": f"CASE WHEN r.kind = '{PLEDGE}' THEN '{PLEDGE}' ELSE r.response END",
                  "session": "r.session", "country": "r.country"}[facet]
        sql = (f"SELECT {column} AS shown, count(*) FROM recommendations r WHERE shown IS NOT NULL{where} "
               "GROUP BY shown")
        queries = [(sql, params)]
    elif facet == "cluster":
        queries = [
            ("SELECT m.cluster_id, count(DISTINCT r.id) FROM cluster_members m "
             f"JOIN recommendations r ON r.id = m.recommendation_id WHERE 1{where} GROUP BY m.cluster_id", params),
            (f"SELECT {NO_CLUSTER}, count(*) FROM recommendations r "
             f"WHERE r.id NOT IN (SELECT recommendation_id FROM cluster_members){where}", params),
        ]
    else:
        sql = ("SELECT v.value, count(DISTINCT r.id) FROM facet_values v "
               "JOIN recommendation_facets f ON f.value_id = v.id JOIN recommendations r ON r.id = f.recommendation_id "
               f"WHERE v.facet = ?{where} GROUP BY v.id")
        queries = [(sql, [facet, *params])]
    counts: dict = {}
    try:
        for sql, args in queries:
            counts.update(conn.execute(sql, args).fetchall())
    except engine.OperationalError:
        return {}  # a search FTS5 can't parse matches nothing, as the table shows
    return {value: n for value, n in counts.items() if n}


def session_values(conn: engine.Connection) -> list[tuple[int, int]]:
    return conn.execute(
        "SELECT session, count(*) FROM recommendations WHERE session IS NOT NULL GROUP BY session ORDER BY session"
    ).fetchall()


def country_values(conn: engine.Connection) -> list[tuple[str, int]]:
    return conn.execute(
        "SELECT country, count(*) FROM recommendations WHERE country IS NOT NULL "
        "GROUP BY country ORDER BY country COLLATE NOCASE"
    ).fetchall()


@dataclass(frozen=True)
class SearchHit:
    id: int
    reference: str | None
    snippet: str  # matches wrapped in [ and ]
    text: str
    response: str
    states: tuple[str, ...]


def search(conn: engine.Connection, text: str, limit: int = 20, path=None) -> list[SearchHit]:
    """Ranked full-text search (bm25), for the CLI and quick look-ups."""
    match = fts_query(text)
    if not match:
        return []
    sql = (
        "SELECT r.id, r.reference, snippet(recommendations_fts, 0, '[', ']', '…', 24), r.text, "
        "r.response, r.states FROM recommendations_fts JOIN recommendations r ON r.id = recommendations_fts.rowid "
        "WHERE recommendations_fts MATCH ? "
        "ORDER BY bm25(recommendations_fts, 10.0, 5.0, 2.0, 1.0) LIMIT ?"
    )
    try:
        rows = conn.execute(sql, (match, limit)).fetchall()
    except engine.OperationalError:
        return []
    except engine.DatabaseError as error:  # a damaged page: say so, not "something went wrong"
        from .database import plain_error

        plain = plain_error(error, Path(path) if path else None)
        if plain is None:
            raise
        raise plain from error
    return [SearchHit(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5]))) for r in rows]


@dataclass(frozen=True)
class Note:
    id: int
    recommendation_id: int
    body: str
    author: str | None
    created_at: str
    updated_at: str


def notes_for(conn: engine.Connection, rec_id: int) -> list[Note]:
    rows = conn.execute(
        "SELECT id, recommendation_id, body, author, created_at, updated_at FROM notes "
        "WHERE recommendation_id = ? ORDER BY id", (rec_id,)
    ).fetchall()
    return [Note(*row) for row in rows]


def note_counts(conn: engine.Connection, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    out: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update(conn.execute(
            f"SELECT recommendation_id, count(*) FROM notes WHERE recommendation_id IN ({', '.join('?' * len(chunk))}) "
            "GROUP BY recommendation_id", chunk))
    return out


def get_note(conn: engine.Connection, note_id: int) -> Note | None:
    row = conn.execute(
        "SELECT id, recommendation_id, body, author, created_at, updated_at FROM notes WHERE id = ?", (note_id,)
    ).fetchone()
    return Note(*row) if row else None


def audit_entries(conn: engine.Connection, limit: int = 100) -> list[tuple]:
    return conn.execute(
        "SELECT at, action, summary FROM audit_log ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()


def saved_mapping(conn: engine.Connection, columns: list[str]) -> dict[str, str] | None:
    """The newest mapping saved with an import of a table with exactly these columns (in any order)."""
    wanted = sorted(columns)
    for (text,) in conn.execute("SELECT mapping FROM imports WHERE mapping IS NOT NULL ORDER BY id DESC"):
        try:
            saved = json.loads(text)
        except ValueError:
            continue
        fields = saved.get("fields") if isinstance(saved, dict) else None
        if sorted(saved.get("columns") or []) == wanted and isinstance(fields, dict) \
                and all(column in columns for column in fields.values()):
            return {str(k): str(v) for k, v in fields.items()}
    return None


def imports(conn: engine.Connection) -> list[dict]:
    cur = conn.execute("SELECT * FROM imports ORDER BY id")
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur]


def row_number(conn: engine.Connection, flt: RecommendationFilter, sort: str | None = None,
               descending: bool = False, rec_id: int = 0) -> int | None:
    """Where rec_id stands in the display order (0-based), or None when the filter and search hide
    it: a paged view keeps its selection across a sort or filter without listing every id.

    Counts the rows before it as plain index ranges (key < k, then key = k and id < i, NULL keys
    where ORDER BY puts them), which SQLite answers from the covering sort index without sorting:
    16 ms for 230,000 rows by text, against 63 ms for the same count through the keyset walk."""
    plan = _plan(conn, flt, sort, descending)
    ident = "rowid" if plan.source == "fts" else "r.id"
    try:
        if plan.ranked:  # at most RANK_LIMIT matches
            sql, params = plan.select()
            ids = [r[0] for r in conn.execute(sql, params)]
            return ids.index(rec_id) if rec_id in ids else None
        sql, params = plan.select([f"{ident} = ?"], [rec_id])
        key = plan.key
        found = conn.execute(sql.replace(f"SELECT {ident} ", f"SELECT {key or 'NULL'} ", 1), params).fetchone()
        if found is None:
            return None
        value = found[0]
        earlier = ">" if plan.descending else "<"
        if key is None:
            ranges = [([f"{ident} {earlier} ?"], [rec_id])]
        elif value is None:  # NULL keys come first ascending, last descending
            ranges = [([f"{key} IS NULL", f"{ident} {earlier} ?"], [rec_id])]
            if plan.descending:
                ranges.append(([f"{key} IS NOT NULL"], []))
        else:
            ranges = [([f"{key} {earlier} ?"], [value]), ([f"{key} = ?", f"{ident} {earlier} ?"], [value, rec_id])]
            if not plan.descending and key in _NULLABLE:
                ranges.append(([f"{key} IS NULL"], []))
        before = 0
        for extra, extra_params in ranges:
            sql, params = plan.select(extra, extra_params)
            sql = sql[:sql.rindex(" ORDER BY ")].replace(f"SELECT {ident} ", "SELECT count(*) ", 1)
            before += conn.execute(sql, params).fetchone()[0]
        return before
    except engine.OperationalError:
        return None
