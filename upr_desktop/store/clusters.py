"""Thematic clusters: reads, and writes called by the ops layer inside a transaction.

Membership is one row per clustered recommendation (cluster_members); the unassigned are the
recommendations with no row. Bulk membership writes go through json_each, so moving 250,000
recommendations is one statement, not 250,000.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from ..domain.cluster import Cluster
from . import engine
from .database import now_iso

_SELECT = (
    "SELECT c.id, c.name, c.description, c.position, "
    "(SELECT count(*) FROM cluster_members m WHERE m.cluster_id = c.id) FROM clusters c"
)


def _cluster(row) -> Cluster:
    return Cluster(id=row[0], name=row[1], description=row[2], position=row[3], size=row[4])


def _json(ids: Iterable[int]) -> str:
    return json.dumps([int(i) for i in ids])


# --- reads -------------------------------------------------------------------------------
def list_clusters(conn: engine.Connection) -> list[Cluster]:
    """Every cluster in the order people arranged them, with how many recommendations each holds."""
    return [_cluster(row) for row in conn.execute(_SELECT + " ORDER BY c.position, c.id")]


def get_cluster(conn: engine.Connection, cluster_id: int) -> Cluster | None:
    row = conn.execute(_SELECT + " WHERE c.id = ?", (cluster_id,)).fetchone()
    return _cluster(row) if row else None


def cluster_row(conn: engine.Connection, cluster_id: int) -> dict | None:
    """The stored row as it is, so that undo puts it back with the same id, position and dates."""
    cur = conn.execute("SELECT * FROM clusters WHERE id = ?", (cluster_id,))
    names = [c[0] for c in cur.description]
    row = cur.fetchone()
    return dict(zip(names, row)) if row else None


def cluster_of(conn: engine.Connection, rec_id: int) -> int | None:
    row = conn.execute("SELECT cluster_id FROM cluster_members WHERE recommendation_id = ?", (rec_id,)).fetchone()
    return row[0] if row else None


def clusters_of(conn: engine.Connection, rec_ids: Iterable[int]) -> dict[int, int | None]:
    """Each existing recommendation's cluster (None: unassigned). Ids that don't exist are left out."""
    rows = conn.execute(
        "SELECT r.id, m.cluster_id FROM recommendations r LEFT JOIN cluster_members m ON m.recommendation_id = r.id "
        "WHERE r.id IN (SELECT value FROM json_each(?))", (_json(rec_ids),))
    return dict(rows.fetchall())


def member_ids(conn: engine.Connection, cluster_id: int) -> list[int]:
    """A cluster's recommendations in reference order ("140.7" before "140.10")."""
    return [row[0] for row in conn.execute(
        "SELECT r.id FROM cluster_members m JOIN recommendations r ON r.id = m.recommendation_id "
        "WHERE m.cluster_id = ? ORDER BY r.reference_key, r.id", (cluster_id,))]


def unassigned_ids(conn: engine.Connection) -> list[int]:
    return [row[0] for row in conn.execute(
        "SELECT r.id FROM recommendations r WHERE r.id NOT IN (SELECT recommendation_id FROM cluster_members) "
        "ORDER BY r.reference_key, r.id")]


def assigned_count(conn: engine.Connection) -> int:
    return conn.execute("SELECT count(*) FROM cluster_members").fetchone()[0]


def themes_by_recommendation(conn: engine.Connection, column: str = "themes") -> dict[int, list[str]]:
    """Each recommendation's themes (or affected persons) in the order they were imported, by reference."""
    if column not in ("themes", "affected_persons"):
        raise ValueError(column)
    # One JSON document for the lot: parsing 250,000 small ones costs ten times as much.
    document = conn.execute(
        f"SELECT json_group_array(json_array(id, json({column}))) "
        f"FROM (SELECT id, {column} FROM recommendations ORDER BY reference_key, id)").fetchone()[0]
    return {rec_id: values for rec_id, values in json.loads(document or "[]")}


def priorities_using(conn: engine.Connection, cluster_id: int) -> list[tuple[int, str]]:
    """(id, title) of the charter's priorities built on this cluster."""
    return conn.execute("SELECT id, title FROM priorities WHERE cluster_id = ? ORDER BY position, id",
                        (cluster_id,)).fetchall()


# --- writes ------------------------------------------------------------------------------
def next_position(conn: engine.Connection) -> int:
    return conn.execute("SELECT coalesce(max(position), -1) + 1 FROM clusters").fetchone()[0]


def insert_cluster(conn: engine.Connection, name: str, description: str = "", position: int | None = None) -> int:
    now = now_iso()
    if position is None:
        position = next_position(conn)
    cur = conn.execute(
        "INSERT INTO clusters (name, description, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (name, description, position, now, now))
    return cur.lastrowid


def restore_cluster_row(conn: engine.Connection, row: Mapping) -> None:
    columns = ", ".join(row)
    conn.execute(f"INSERT INTO clusters ({columns}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))


def update_cluster(conn: engine.Connection, cluster_id: int, *, name: str | None = None,
                   description: str | None = None) -> None:
    if name is not None:
        conn.execute("UPDATE clusters SET name = ?, updated_at = ? WHERE id = ?", (name, now_iso(), cluster_id))
    if description is not None:
        conn.execute("UPDATE clusters SET description = ?, updated_at = ? WHERE id = ?",
                     (description, now_iso(), cluster_id))


def positions(conn: engine.Connection) -> dict[int, int]:
    return dict(conn.execute("SELECT id, position FROM clusters").fetchall())


def set_positions(conn: engine.Connection, by_id: Mapping[int, int]) -> None:
    conn.executemany("UPDATE clusters SET position = ? WHERE id = ?",
                     [(position, cluster_id) for cluster_id, position in by_id.items()])


def delete_cluster(conn: engine.Connection, cluster_id: int) -> None:
    """Its members become unassigned and priorities built on it lose the link (the foreign keys do both)."""
    conn.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))


def set_cluster(conn: engine.Connection, rec_ids: Iterable[int], cluster_id: int | None) -> None:
    """Put these recommendations in one cluster (None: take them out of any). Unknown ids are skipped."""
    wanted = _json(rec_ids)
    if cluster_id is None:
        conn.execute("DELETE FROM cluster_members WHERE recommendation_id IN (SELECT value FROM json_each(?))",
                     (wanted,))
        return
    conn.execute(
        "INSERT INTO cluster_members (recommendation_id, cluster_id) "
        "SELECT r.id, ? FROM recommendations r WHERE r.id IN (SELECT value FROM json_each(?)) "
        "ON CONFLICT (recommendation_id) DO UPDATE SET cluster_id = excluded.cluster_id",
        (cluster_id, wanted))


def set_clusters(conn: engine.Connection, by_rec: Mapping[int, int | None]) -> None:
    """Each recommendation to its own cluster (undo: exactly where each one was)."""
    groups: dict[int | None, list[int]] = {}
    for rec_id, cluster_id in by_rec.items():
        groups.setdefault(cluster_id, []).append(rec_id)
    for cluster_id, ids in groups.items():
        set_cluster(conn, ids, cluster_id)


def set_priority_cluster(conn: engine.Connection, priority_ids: Iterable[int], cluster_id: int | None) -> None:
    conn.execute("UPDATE priorities SET cluster_id = ? WHERE id IN (SELECT value FROM json_each(?))",
                 (cluster_id, _json(priority_ids)))
