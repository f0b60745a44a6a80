"""Participants and organisations: reads, and writes called by the ops layer inside a transaction."""

from __future__ import annotations

from ..domain.participant import Organisation, Participant, new_code
from . import engine
from .database import now_iso

_SELECT = (
    "SELECT p.id, p.number, p.name, p.alias, o.name, p.thematic_focus, p.contact, p.consent_named, p.code "
    "FROM participants p LEFT JOIN organisations o ON o.id = p.organisation_id"
)


def _participant(row) -> Participant:
    return Participant(id=row[0], number=row[1], name=row[2], alias=row[3], organisation=row[4],
                       thematic_focus=row[5], contact=row[6], consent_named=bool(row[7]), code=row[8])


def list_participants(conn: engine.Connection) -> list[Participant]:
    return [_participant(row) for row in conn.execute(_SELECT + " ORDER BY p.number")]


def get_participant(conn: engine.Connection, participant_id: int) -> Participant | None:
    row = conn.execute(_SELECT + " WHERE p.id = ?", (participant_id,)).fetchone()
    return _participant(row) if row else None


def find_by_code(conn: engine.Connection, code: str) -> Participant | None:
    row = conn.execute(_SELECT + " WHERE p.code = ?", (code,)).fetchone()
    return _participant(row) if row else None


def participant_count(conn: engine.Connection) -> int:
    return conn.execute("SELECT count(*) FROM participants").fetchone()[0]


def organisation_id(conn: engine.Connection, name: str | None, create: bool = True) -> int | None:
    if not name:
        return None
    if create:
        conn.execute("INSERT OR IGNORE INTO organisations (name, created_at) VALUES (?, ?)", (name, now_iso()))
    row = conn.execute("SELECT id FROM organisations WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def organisations(conn: engine.Connection) -> list[Organisation]:
    rows = conn.execute(
        "SELECT o.id, o.name, count(p.id) FROM organisations o LEFT JOIN participants p ON p.organisation_id = o.id "
        "GROUP BY o.id ORDER BY o.name COLLATE NOCASE"
    )
    return [Organisation(*row) for row in rows]


def get_organisation(conn: engine.Connection, org_id: int) -> Organisation | None:
    row = conn.execute(
        "SELECT o.id, o.name, (SELECT count(*) FROM participants p WHERE p.organisation_id = o.id) "
        "FROM organisations o WHERE o.id = ?", (org_id,)).fetchone()
    return Organisation(*row) if row else None


def insert_organisation(conn: engine.Connection, name: str, org_id: int | None = None) -> int:
    cur = conn.execute("INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?)", (org_id, name, now_iso()))
    return cur.lastrowid


def rename_organisation(conn: engine.Connection, org_id: int, name: str) -> None:
    conn.execute("UPDATE organisations SET name = ? WHERE id = ?", (name, org_id))


def delete_organisation(conn: engine.Connection, org_id: int) -> None:
    conn.execute("DELETE FROM organisations WHERE id = ?", (org_id,))


def _unused_code(conn: engine.Connection) -> str:
    while True:
        code = new_code()
        if not conn.execute("SELECT 1 FROM participants WHERE code = ?", (code,)).fetchone():
            return code


def insert_participant(conn: engine.Connection, p: Participant) -> int:
    """p.id, p.number and p.code are kept when given (undo puts a participant back as they were)."""
    number = p.number or conn.execute("SELECT coalesce(max(number), 0) + 1 FROM participants").fetchone()[0]
    now = now_iso()
    cur = conn.execute(
        "INSERT INTO participants (id, number, name, alias, organisation_id, thematic_focus, contact, consent_named, "
        "code, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (p.id, number, p.name, p.alias, organisation_id(conn, p.organisation), p.thematic_focus, p.contact,
         int(p.consent_named), p.code or _unused_code(conn), now, now),
    )
    return cur.lastrowid


def update_participant(conn: engine.Connection, p: Participant) -> None:
    conn.execute(
        "UPDATE participants SET name = ?, alias = ?, organisation_id = ?, thematic_focus = ?, contact = ?, "
        "consent_named = ?, updated_at = ? WHERE id = ?",
        (p.name, p.alias, organisation_id(conn, p.organisation), p.thematic_focus, p.contact,
         int(p.consent_named), now_iso(), p.id),
    )


def delete_participants(conn: engine.Connection, ids: list[int]) -> list[Participant]:
    removed = [p for p in (get_participant(conn, i) for i in ids) if p]
    conn.executemany("DELETE FROM participants WHERE id = ?", [(p.id,) for p in removed])
    return removed
