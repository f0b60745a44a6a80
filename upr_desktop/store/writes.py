"""Low-level writes. Called only by the ops layer, inside WorkshopDB.transaction()."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable

from ..domain.recommendation import Recommendation
from .database import now_iso
from .queries import Note, fetch_recommendations, notes_for

_NUMBER = re.compile(r"\d+")


def reference_key(reference: str | None) -> str | None:
    """Natural sort key: "140.7" < "140.10" < "141.1"; text around the numbers is kept."""
    if not reference:
        return None
    return _NUMBER.sub(lambda m: m.group(0).zfill(6), reference.strip().casefold())


def _row(rec: Recommendation, now: str, import_id: int | None, fingerprint: str | None = None) -> tuple:
    return (
        rec.reference, reference_key(rec.reference), rec.text.strip(), rec.country,
        json.dumps(list(rec.states), ensure_ascii=False), rec.response.value,
        json.dumps(list(rec.themes), ensure_ascii=False),
        json.dumps(list(rec.affected_persons), ensure_ascii=False),
        json.dumps(list(rec.sdgs), ensure_ascii=False),
        rec.session, rec.cycle, rec.action_category, rec.document_symbol,
        rec.source_file, rec.source_row, import_id, fingerprint or rec.fingerprint(), now, now,
    )


_COLUMNS = ("reference, reference_key, text, country, states, response, themes, affected_persons, sdgs, "
            "session, cycle, action_category, document_symbol, source_file, source_row, import_id, "
            "fingerprint, created_at, updated_at")


def _facet_rows(rec_id: int, rec: Recommendation) -> Iterable[tuple]:
    for facet, values in (("state", rec.states), ("theme", rec.themes), ("sdg", rec.sdgs),
                          ("affected", rec.affected_persons)):
        for value in dict.fromkeys(values):
            yield (facet, value, rec_id)


def _insert_facets(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """rows: (facet, value, recommendation id)."""
    if not rows:
        return
    conn.executemany("INSERT OR IGNORE INTO facet_values (facet, value) VALUES (?, ?)",
                     sorted({(facet, value) for facet, value, _ in rows}))
    ids = {(facet, value): vid for vid, facet, value in conn.execute("SELECT id, facet, value FROM facet_values")}
    # key order makes the WITHOUT ROWID b-tree append instead of split
    keyed = sorted({(ids[(facet, value)], rec_id) for facet, value, rec_id in rows})
    conn.executemany("INSERT OR IGNORE INTO recommendation_facets (value_id, recommendation_id) VALUES (?, ?)", keyed)


def insert_recommendations(
    conn: sqlite3.Connection,
    recs: Iterable[Recommendation],
    *,
    import_id: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[int], int]:
    """Insert, skipping any already present (same fingerprint). Returns (new ids, duplicates).

    Bulk path: FTS5 flushes its pending index at every statement savepoint, so row-by-row
    triggers cost ~12x a single INSERT ... SELECT. The triggers are set aside and the index
    filled in one statement, all inside the caller's transaction, so a failure or cancel
    rolls the triggers back too.
    """
    now = now_iso()
    recs = list(recs)
    fingerprints = [rec.fingerprint() for rec in recs]
    first_new = (conn.execute("SELECT max(id) FROM recommendations").fetchone()[0] or 0) + 1
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'recommendations'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')

    def rows():
        for n, (rec, fingerprint) in enumerate(zip(recs, fingerprints), 1):
            yield _row(rec, now, import_id, fingerprint)
            if progress and n % 1000 == 0:
                progress(n)

    conn.executemany(f"INSERT OR IGNORE INTO recommendations ({_COLUMNS}) VALUES ({', '.join('?' * 19)})", rows())
    new_ids = dict(conn.execute("SELECT fingerprint, id FROM recommendations WHERE id >= ?", (first_new,)))
    conn.execute(
        "INSERT INTO recommendations_fts (rowid, text, reference, states, themes) "
        "SELECT id, text, reference, states, themes FROM recommendations WHERE id >= ?", (first_new,))
    for _, sql in triggers:
        conn.execute(sql)

    facets: list[tuple] = []
    added: list[int] = []
    for rec, fingerprint in zip(recs, fingerprints):
        rec_id = new_ids.pop(fingerprint, None)  # pop: a repeat inside the same file is a duplicate
        if rec_id is not None:
            added.append(rec_id)
            facets.extend(_facet_rows(rec_id, rec))
    _insert_facets(conn, facets)
    return added, len(recs) - len(added)


def fingerprint_exists(conn: sqlite3.Connection, fingerprint: str, except_id: int | None = None) -> bool:
    row = conn.execute("SELECT id FROM recommendations WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return bool(row) and row[0] != except_id


def update_recommendation(conn: sqlite3.Connection, rec: Recommendation) -> None:
    row = _row(rec, now_iso(), None)
    conn.execute(
        "UPDATE recommendations SET reference=?, reference_key=?, text=?, country=?, states=?, response=?, "
        "themes=?, affected_persons=?, sdgs=?, session=?, cycle=?, action_category=?, document_symbol=?, "
        "source_file=?, source_row=?, fingerprint=?, updated_at=? WHERE id=?",
        (*row[:15], row[16], row[18], rec.id),
    )
    conn.execute("DELETE FROM recommendation_facets WHERE recommendation_id = ?", (rec.id,))
    _insert_facets(conn, list(_facet_rows(rec.id, rec)))


def insert_recommendation_with_id(conn: sqlite3.Connection, rec: Recommendation, import_id: int | None = None) -> int:
    """Insert one recommendation; with rec.id set, under that id (undo of a delete)."""
    row = _row(rec, now_iso(), import_id)
    if rec.id is None:
        cur = conn.execute(f"INSERT INTO recommendations ({_COLUMNS}) VALUES ({', '.join('?' * 19)})", row)
        rec_id = cur.lastrowid
    else:
        conn.execute(f"INSERT INTO recommendations (id, {_COLUMNS}) VALUES ({', '.join('?' * 20)})", (rec.id, *row))
        rec_id = rec.id
    _insert_facets(conn, list(_facet_rows(rec_id, rec)))
    return rec_id


def delete_recommendations(conn: sqlite3.Connection, ids: list[int]) -> tuple[list[Recommendation], list[Note]]:
    """Delete and return what was deleted (with notes), so it can be put back exactly."""
    recs = fetch_recommendations(conn, ids)
    notes = [note for rec_id in ids for note in notes_for(conn, rec_id)]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        conn.execute(f"DELETE FROM recommendations WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
    return [recs[i] for i in ids if i in recs], notes


def insert_note(conn: sqlite3.Connection, rec_id: int, body: str, author: str | None,
                note_id: int | None = None, created_at: str | None = None) -> int:
    now = now_iso()
    cur = conn.execute(
        "INSERT INTO notes (id, recommendation_id, body, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (note_id, rec_id, body, author, created_at or now, now),
    )
    return cur.lastrowid


def update_note(conn: sqlite3.Connection, note_id: int, body: str) -> None:
    conn.execute("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?", (body, now_iso(), note_id))


def delete_note(conn: sqlite3.Connection, note_id: int) -> None:
    conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def record_import(conn: sqlite3.Connection, *, source_file: str, format: str, country_filter: str | None,
                  rows_read: int) -> int:
    cur = conn.execute(
        "INSERT INTO imports (at, source_file, format, country_filter, rows_read, added, duplicates, other_countries) "
        "VALUES (?, ?, ?, ?, ?, 0, 0, 0)",
        (now_iso(), source_file, format, country_filter, rows_read),
    )
    return cur.lastrowid


def finish_import(conn: sqlite3.Connection, import_id: int, added: int, duplicates: int, other_countries: int) -> None:
    conn.execute("UPDATE imports SET added = ?, duplicates = ?, other_countries = ? WHERE id = ?",
                 (added, duplicates, other_countries, import_id))


def delete_import(conn: sqlite3.Connection, import_id: int) -> None:
    conn.execute("DELETE FROM imports WHERE id = ?", (import_id,))


def imported_ids(conn: sqlite3.Connection, import_id: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM recommendations WHERE import_id = ?", (import_id,))]


def audit(conn: sqlite3.Connection, action: str, summary: str, details: dict | None = None) -> None:
    conn.execute(
        "INSERT INTO audit_log (at, action, summary, details) VALUES (?, ?, ?, ?)",
        (now_iso(), action, summary, json.dumps(details, ensure_ascii=False) if details else None),
    )
