"""Low-level writes. Called only by the ops layer, inside WorkshopDB.transaction()."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterable
from operator import attrgetter

from ..domain.recommendation import Recommendation, fingerprints as fingerprints_of
from . import engine
from .database import now_iso
from .queries import Note, fetch_recommendations, notes_for
from .sort_keys import fold, fold_list

_NUMBER = re.compile(r"\d+")


def reference_key(reference: str | None) -> str | None:
    """Natural sort key: "140.7" < "140.10" < "141.1"; text around the numbers is kept."""
    if not reference:
        return None
    return _NUMBER.sub(lambda m: m.group(0).zfill(6), reference.strip().casefold())


_to_json = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps minus its per-call set-up


def _row(rec: Recommendation, now: str, import_id: int | None, fingerprint: str | None = None,
         lists: dict | None = None, pairs: dict | None = None) -> tuple:
    """lists: a cache of JSON and sort key per list of values; pairs: of the sort keys per (reference, country);
    for an import, where both repeat."""
    if lists is None:
        lists = {}
    if pairs is None:
        pairs = {}
    states, themes, affected, sdgs = (_list(lists, values) for values in (rec.states, rec.themes,
                                                                          rec.affected_persons, rec.sdgs))
    reference, country = rec.reference, rec.country
    try:
        keys = pairs[(reference, country)]
    except KeyError:
        keys = (reference_key(reference), fold(country))
        if len(pairs) < _KEYS_KEPT:
            pairs[(reference, country)] = keys
    return (
        reference, keys[0], rec.text.strip(), country,
        states[0], rec.response.value, themes[0], affected[0], sdgs[0],
        rec.session, rec.cycle, rec.action_category, rec.document_symbol,
        rec.source_file, rec.source_row, import_id, fingerprint or rec.fingerprint(), now, now, rec.kind.value,
        # text_key, states_key, themes_key, country_key: what the review table sorts by (m007)
        fold(rec.text), states[1], themes[1], keys[1],
    )


_KEYS_KEPT = 200_000  # distinct lists, and distinct (reference, country) pairs, an import remembers of each


def _list(cache: dict, values: tuple[str, ...]) -> tuple[str, str]:
    """(JSON, folded sort key) of a multi-valued field."""
    try:
        return cache[values]
    except KeyError:
        made = (_to_json(list(values)), fold_list(values))
        if len(cache) < _KEYS_KEPT:
            cache[values] = made
        return made


_COLUMNS = ("reference, reference_key, text, country, states, response, themes, affected_persons, sdgs, "
            "session, cycle, action_category, document_symbol, source_file, source_row, import_id, "
            "fingerprint, created_at, updated_at, kind, text_key, states_key, themes_key, country_key")
_PLACES = ", ".join("?" * len(_COLUMNS.split(",")))


def _facet_rows(rec_id: int, rec: Recommendation) -> Iterable[tuple]:
    for facet, values in (("state", rec.states), ("theme", rec.themes), ("sdg", rec.sdgs),
                          ("affected", rec.affected_persons)):
        for value in dict.fromkeys(values):
            yield (facet, value, rec_id)


def _insert_facets(conn: engine.Connection, rows: list[tuple]) -> None:
    """rows: (facet, value, recommendation id), each (value, recommendation) once."""
    if not rows:
        return
    pairs = {(facet, value) for facet, value, _ in rows}
    conn.executemany("INSERT OR IGNORE INTO facet_values (facet, value) VALUES (?, ?)", sorted(pairs))
    ids = {(facet, value): vid for vid, facet, value in conn.execute("SELECT id, facet, value FROM facet_values")}
    # Key order makes the WITHOUT ROWID b-tree append instead of split. Bucketing by value is
    # linear, where sorting 1.4M tuples of a 250k import took 2.4 s.
    buckets: dict[int, list[int]] = {}
    for facet, value, rec_id in rows:
        buckets.setdefault(ids[(facet, value)], []).append(rec_id)
    keyed = ((vid, rec_id) for vid in sorted(buckets) for rec_id in sorted(buckets[vid]))
    conn.executemany("INSERT OR IGNORE INTO recommendation_facets (value_id, recommendation_id) VALUES (?, ?)", keyed)


# Each facet and the JSON column its values are stored in (as _facet_rows reads them from a Recommendation).
_FACET_COLUMNS = (("state", "states"), ("theme", "themes"), ("sdg", "sdgs"), ("affected", "affected_persons"))


def _insert_facets_bulk(conn: engine.Connection, ids: list[int], recs: list[Recommendation]) -> None:
    """_insert_facets for a bulk import (1.4 million facet rows for 250,000 recommendations), the same rows.
    ids: the new rows' ids, recs what they hold.

    Lists repeat (an import shares one tuple per distinct cell), so the values are gathered from each distinct
    list once; the rows are then made by SQLite from the JSON columns just written (as _facet_rows reads
    them from a Recommendation), without a Python tuple for each. Rows go in recommendation order (the CROSS
    JOINs keep the recommendations the outer loop): the foreign-key check on each row then reads the
    recommendations table in order, where value order swept it once per value (10 s against 3 s for 250,000)."""
    if not ids:
        return
    distinct = {attr: set(map(attrgetter(attr), recs)) for _, attr in _FACET_COLUMNS}
    pairs = {(facet, value) for facet, attr in _FACET_COLUMNS for values in distinct[attr] for value in values}
    if not pairs:
        return
    conn.executemany("INSERT OR IGNORE INTO facet_values (facet, value) VALUES (?, ?)", sorted(pairs))
    low, high = min(ids), max(ids)  # distinct ids: a range when they fill it
    scope, param = ("r.id BETWEEN ? AND ?", (low, high)) if high - low == len(ids) - 1 else \
        ("r.id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),))
    facets = " UNION ALL ".join(f"SELECT '{facet}' AS facet" for facet, _ in _FACET_COLUMNS)
    column = "CASE f.facet " + " ".join(f"WHEN '{facet}' THEN r.{attr}" for facet, attr in _FACET_COLUMNS) + " END"
    conn.execute(
        "INSERT OR IGNORE INTO recommendation_facets (value_id, recommendation_id) "
        f"SELECT v.id, r.id FROM recommendations r CROSS JOIN ({facets}) f CROSS JOIN json_each({column}) j "
        f"CROSS JOIN facet_values v WHERE v.facet = f.facet AND v.value = j.value AND {scope} ORDER BY r.id", param)


@contextlib.contextmanager
def _fts_triggers_set_aside(conn: engine.Connection):
    """For bulk writes: FTS5 flushes its pending index at every statement savepoint, so
    row-by-row triggers cost ~12x one INSERT ... SELECT. Inside the caller's transaction, so a
    failure or cancel rolls the triggers back too."""
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'recommendations'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    # Not in a finally: on an error the caller's rollback brings the triggers back.
    for _, sql in triggers:
        conn.execute(sql)


_FTS_COLUMNS = "text, reference, states, themes"

# An import at least this large, and at least as large as what the file holds, rebuilds the secondary
# indexes after inserting instead of inserting into them row by row: CREATE INDEX sorts once, where ten
# indexes of random keys (text, States, fingerprint...) cost a page miss per row each.
BULK_INDEX_ROWS = 20_000


@contextlib.contextmanager
def _indexes_set_aside(conn: engine.Connection, tables: tuple[str, ...]):
    """Drop the tables' own secondary indexes (not the UNIQUE ones the INSERT OR IGNORE relies on), and
    make them again at the end. Inside the caller's transaction: a failure rolls them back with it."""
    marks = ", ".join("?" * len(tables))
    indexes = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks}) AND sql IS NOT NULL "
        "AND sql NOT LIKE 'CREATE UNIQUE%'", tables).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        conn.execute(sql)
    # Statistics for the planner: with them, "Noted, sorted by text" walks the text index and stops
    # at a page (under 1 ms on 250,000 rows) instead of sorting every noted row (130 ms). 0.6 s.
    conn.execute("ANALYZE recommendations")


def insert_recommendations(
    conn: engine.Connection,
    recs: Iterable[Recommendation],
    *,
    import_id: int | None = None,
    progress: Callable[[int], None] | None = None,
    keep_ids: bool = False,
) -> tuple[list[int], int]:
    """Insert, skipping any already present (same fingerprint). Returns (new ids, duplicates).

    keep_ids: put rows back under the ids they had (undo of a delete, redo of an import).
    """
    now = now_iso()
    recs = list(recs)
    fingerprints = fingerprints_of(recs)
    first_new = (conn.execute("SELECT max(id) FROM recommendations").fetchone()[0] or 0) + 1

    lists: dict = {}  # States, themes... repeat: each distinct list is encoded and folded once
    pairs: dict = {}  # and references ("140.7") with their country: each pair keyed once

    def rows():
        for n, (rec, fingerprint) in enumerate(zip(recs, fingerprints), 1):
            row = _row(rec, now, import_id, fingerprint, lists, pairs)
            yield (rec.id, *row) if keep_ids else row
            if progress and (n % 1000 == 0 or n == len(recs)):
                progress(n)

    existing = conn.execute("SELECT count(*) FROM recommendations").fetchone()[0] if len(recs) >= BULK_INDEX_ROWS else 0
    bulk = len(recs) >= BULK_INDEX_ROWS and len(recs) >= existing
    aside = _indexes_set_aside(conn, ("recommendations", "recommendation_facets")) if bulk \
        else contextlib.nullcontext()
    with aside:
        with _fts_triggers_set_aside(conn):
            id_column = "id, " if keep_ids else ""
            conn.executemany(
                f"INSERT OR IGNORE INTO recommendations ({id_column}{_COLUMNS}) "
                f"VALUES ({'?, ' if keep_ids else ''}{_PLACES})", rows())
            if keep_ids:
                wanted = json.dumps([rec.id for rec in recs])
                scope, param = "id IN (SELECT value FROM json_each(?))", wanted
            else:
                scope, param = "id >= ?", first_new
            new_ids = dict(conn.execute(f"SELECT fingerprint, id FROM recommendations WHERE {scope}", (param,))) \
                if keep_ids else None
            conn.execute(f"INSERT INTO recommendations_fts (rowid, {_FTS_COLUMNS}) "
                         f"SELECT id, {_FTS_COLUMNS} FROM recommendations WHERE {scope}", (param,))
        if keep_ids:  # their assessments were kept: the latest is current again
            from . import followup  # the follow-up's tables, when a recommendation changes (not to open a file)

            followup.refresh_current(conn, [rec.id for rec in recs])

        facets: list[tuple] = []
        added: list[int] = []
        added_recs: list[Recommendation] = []
        if new_ids is not None:
            def id_of(fingerprint: str) -> int | None:
                return new_ids.pop(fingerprint, None)  # pop: a repeat inside the same file is a duplicate
        else:
            # The rows went in in the order of recs, each under the next id, and INSERT OR IGNORE left out
            # the duplicates (of a row already there, or of one earlier in recs): the new rows, read in id
            # order beside recs, say which rec each is, without a dictionary of every new fingerprint (about
            # 200 MB for a million rows).
            inserted = conn.execute("SELECT id, fingerprint FROM recommendations WHERE id >= ? ORDER BY id",
                                    (first_new,))
            ahead = [next(inserted, None)]

            def id_of(fingerprint: str) -> int | None:
                row = ahead[0]
                if row is None or row[1] != fingerprint:
                    return None
                ahead[0] = next(inserted, None)
                return row[0]
        for rec, fingerprint in zip(recs, fingerprints):
            rec_id = id_of(fingerprint)
            if rec_id is not None:
                added.append(rec_id)
                if bulk:
                    added_recs.append(rec)
                else:
                    facets.extend(_facet_rows(rec_id, rec))
        if new_ids is None:
            inserted.close()
        if bulk:
            _insert_facets_bulk(conn, added, added_recs)
        else:
            _insert_facets(conn, facets)
    return added, len(recs) - len(added)


def adopt_country(conn: engine.Connection, country: str) -> int:
    """Give recommendations with no State under review the workshop's, keeping fingerprints true."""
    ids = [r[0] for r in conn.execute("SELECT id FROM recommendations WHERE country IS NULL")]
    changed = 0
    for rec in fetch_recommendations(conn, ids).values():
        rec = rec.with_changes(country=country)
        if not fingerprint_exists(conn, rec.fingerprint(), except_id=rec.id):  # else it stays as it was
            conn.execute("UPDATE recommendations SET country = ?, country_key = ?, fingerprint = ? WHERE id = ?",
                         (country, fold(country), rec.fingerprint(), rec.id))
            changed += 1
    return changed


def fingerprint_exists(conn: engine.Connection, fingerprint: str, except_id: int | None = None) -> bool:
    row = conn.execute("SELECT id FROM recommendations WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return bool(row) and row[0] != except_id


def update_recommendation(conn: engine.Connection, rec: Recommendation) -> None:
    row = _row(rec, now_iso(), None)
    conn.execute(
        "UPDATE recommendations SET reference=?, reference_key=?, text=?, country=?, states=?, response=?, "
        "themes=?, affected_persons=?, sdgs=?, session=?, cycle=?, action_category=?, document_symbol=?, "
        "source_file=?, source_row=?, fingerprint=?, updated_at=?, kind=?, "
        "text_key=?, states_key=?, themes_key=?, country_key=? WHERE id=?",
        (*row[:15], row[16], row[18], *row[19:], rec.id),
    )
    conn.execute("DELETE FROM recommendation_facets WHERE recommendation_id = ?", (rec.id,))
    _insert_facets(conn, list(_facet_rows(rec.id, rec)))


def insert_recommendation_with_id(conn: engine.Connection, rec: Recommendation, import_id: int | None = None) -> int:
    """Insert one recommendation; with rec.id set, under that id (undo of a delete)."""
    row = _row(rec, now_iso(), import_id)
    if rec.id is None:
        cur = conn.execute(f"INSERT INTO recommendations ({_COLUMNS}) VALUES ({_PLACES})", row)
        rec_id = cur.lastrowid
    else:
        conn.execute(f"INSERT INTO recommendations (id, {_COLUMNS}) VALUES (?, {_PLACES})", (rec.id, *row))
        rec_id = rec.id
        from . import followup

        followup.refresh_current(conn, [rec_id])
    _insert_facets(conn, list(_facet_rows(rec_id, rec)))
    return rec_id


def delete_recommendations(conn: engine.Connection, ids: list[int]) -> tuple[list[Recommendation], list[Note]]:
    """Delete and return what was deleted (with notes), so it can be put back exactly."""
    recs = fetch_recommendations(conn, ids)
    notes = [note for rec_id in ids for note in notes_for(conn, rec_id)]
    wanted = json.dumps(list(ids))
    with _fts_triggers_set_aside(conn):
        conn.execute(f"INSERT INTO recommendations_fts (recommendations_fts, rowid, {_FTS_COLUMNS}) "
                     f"SELECT 'delete', id, {_FTS_COLUMNS} FROM recommendations "
                     "WHERE id IN (SELECT value FROM json_each(?))", (wanted,))
        conn.execute("DELETE FROM recommendations WHERE id IN (SELECT value FROM json_each(?))", (wanted,))
    from . import followup

    followup.forget_current(conn, list(ids))
    return [recs[i] for i in ids if i in recs], notes


# What points at a recommendation from elsewhere: a delete cascades these away, an undo of the
# delete must put them back. (round_candidates keep their text; only the link is cleared.)
_LINKS = (
    ("cluster_members", "recommendation_id, cluster_id"),
    ("priority_recommendations", "priority_id, recommendation_id, position"),
)


def links_of(conn: engine.Connection, ids: list[int]) -> dict:
    wanted = json.dumps(list(ids))
    links = {table: conn.execute(f"SELECT {cols} FROM {table} WHERE recommendation_id IN "
                                 "(SELECT value FROM json_each(?))", (wanted,)).fetchall()
             for table, cols in _LINKS}
    links["round_candidates"] = conn.execute(
        "SELECT id, recommendation_id FROM round_candidates WHERE recommendation_id IN "
        "(SELECT value FROM json_each(?))", (wanted,)).fetchall()
    return links


def restore_links(conn: engine.Connection, links: dict) -> None:
    """Only where the other end still exists (a cluster or priority deleted since stays deleted)."""
    conn.executemany("INSERT OR IGNORE INTO cluster_members (recommendation_id, cluster_id) "
                     "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM clusters WHERE id = ?2)",
                     links.get("cluster_members", ()))
    conn.executemany("INSERT OR IGNORE INTO priority_recommendations (priority_id, recommendation_id, position) "
                     "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM priorities WHERE id = ?1)",
                     links.get("priority_recommendations", ()))
    conn.executemany("UPDATE round_candidates SET recommendation_id = ?2 WHERE id = ?1 AND recommendation_id IS NULL",
                     links.get("round_candidates", ()))


def insert_note(conn: engine.Connection, rec_id: int, body: str, author: str | None,
                note_id: int | None = None, created_at: str | None = None) -> int:
    now = now_iso()
    cur = conn.execute(
        "INSERT INTO notes (id, recommendation_id, body, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (note_id, rec_id, body, author, created_at or now, now),
    )
    return cur.lastrowid


def update_note(conn: engine.Connection, note_id: int, body: str) -> None:
    conn.execute("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?", (body, now_iso(), note_id))


def delete_note(conn: engine.Connection, note_id: int) -> None:
    conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def record_import(conn: engine.Connection, *, source_file: str, format: str, country_filter: str | None,
                  rows_read: int, mapping: dict | None = None) -> int:
    """mapping: for a plain table, the columns it had and the field each was mapped to, so that the same
    layout imported again is mapped the same way."""
    cur = conn.execute(
        "INSERT INTO imports (at, source_file, format, country_filter, rows_read, added, duplicates, other_countries, "
        "mapping) VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?)",
        (now_iso(), source_file, format, country_filter, rows_read,
         json.dumps(mapping, ensure_ascii=False) if mapping else None),
    )
    return cur.lastrowid


def finish_import(conn: engine.Connection, import_id: int, added: int, duplicates: int, other_countries: int) -> None:
    conn.execute("UPDATE imports SET added = ?, duplicates = ?, other_countries = ? WHERE id = ?",
                 (added, duplicates, other_countries, import_id))


def delete_import(conn: engine.Connection, import_id: int) -> dict | None:
    """Delete an import's record, returning it so that redo can put it back."""
    cur = conn.execute("SELECT * FROM imports WHERE id = ?", (import_id,))
    names = [c[0] for c in cur.description]
    row = cur.fetchone()
    conn.execute("UPDATE recommendations SET import_id = NULL WHERE import_id = ?", (import_id,))
    conn.execute("DELETE FROM imports WHERE id = ?", (import_id,))
    return dict(zip(names, row)) if row else None


def restore_import(conn: engine.Connection, record: dict) -> None:
    columns = ", ".join(record)
    conn.execute(f"INSERT INTO imports ({columns}) VALUES ({', '.join('?' * len(record))})", tuple(record.values()))


def audit(conn: engine.Connection, action: str, summary: str, details: dict | None = None) -> None:
    conn.execute(
        "INSERT INTO audit_log (at, action, summary, details) VALUES (?, ?, ?, ?)",
        (now_iso(), action, summary, json.dumps(details, ensure_ascii=False) if details else None),
    )
