"""The outcome charter in the workshop file: reads, and writes called by the ops layer inside a transaction.

The working charter is one row in `charter` plus its parts; a whole charter (a `domain.charter.Charter`
with ids) can be read and written back exactly, which is how undo, restore and templates work.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from ..domain.charter import (
    ActionPoint, Charter, CharterSection, CharterStatus, CharterVersion, Comment, Endorsement,
    ImplementationStatus, Level, Milestone, Priority,
)
from . import engine
from .database import now_iso

_to_json = json.JSONEncoder(ensure_ascii=False).encode

HEADER_FIELDS = ("title", "place", "start_date", "end_date", "organisers", "preamble", "monitoring")


# --- the charter row -----------------------------------------------------------------------------
def exists(conn: engine.Connection) -> bool:
    return conn.execute("SELECT 1 FROM charter WHERE id = 1").fetchone() is not None


def status(conn: engine.Connection) -> CharterStatus | None:
    row = conn.execute("SELECT status FROM charter WHERE id = 1").fetchone()
    return CharterStatus(row[0]) if row else None


def set_status(conn: engine.Connection, value: CharterStatus) -> None:
    conn.execute("UPDATE charter SET status = ? WHERE id = 1 AND status <> ?", (value.value, value.value))


def adopted_version_id(conn: engine.Connection) -> int | None:
    row = conn.execute("SELECT adopted_version_id FROM charter WHERE id = 1").fetchone()
    return row[0] if row else None


def set_adopted(conn: engine.Connection, version_id: int) -> None:
    conn.execute("UPDATE charter SET status = 'adopted', adopted_version_id = ?, updated_at = ? WHERE id = 1",
                 (version_id, now_iso()))


def header(conn: engine.Connection) -> dict | None:
    """The charter row's text fields (organisers as a tuple), or None if no charter was started."""
    row = conn.execute(f"SELECT {', '.join(HEADER_FIELDS)} FROM charter WHERE id = 1").fetchone()
    if row is None:
        return None
    values = dict(zip(HEADER_FIELDS, row))
    values["organisers"] = tuple(json.loads(values["organisers"] or "[]"))
    return values


def update_header(conn: engine.Connection, values: dict) -> None:
    """A few fields of the charter row: what saving as you type writes, and nothing more."""
    if not values:
        return
    names = [name for name in values if name in HEADER_FIELDS]
    params = [_to_json(list(values[n])) if n == "organisers" else values[n] for n in names]
    assignments = ", ".join(f"{n} = ?" for n in names)
    conn.execute(f"UPDATE charter SET {assignments}, updated_at = ? WHERE id = 1", (*params, now_iso()))


# --- the whole charter ---------------------------------------------------------------------------
def load(conn: engine.Connection) -> Charter | None:
    row = conn.execute(
        "SELECT title, place, start_date, end_date, organisers, preamble, monitoring, template, labels, status "
        "FROM charter WHERE id = 1").fetchone()
    if row is None:
        return None
    return Charter(
        title=row[0], place=row[1], start_date=row[2], end_date=row[3], organisers=tuple(json.loads(row[4] or "[]")),
        preamble=row[5], monitoring=row[6], template=row[7], labels=json.loads(row[8] or "{}"),
        status=CharterStatus(row[9]), sections=tuple(sections(conn)), priorities=tuple(priorities(conn)),
        action_points=tuple(action_points(conn)), endorsements=tuple(endorsements(conn)),
    )


def _existing(conn: engine.Connection, table: str, ids: Iterable[int | None]) -> set[int]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return set()
    rows = conn.execute(f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (_to_json(wanted),))
    return {r[0] for r in rows}


def clear(conn: engine.Connection) -> None:
    """Remove the working charter and its parts (versions and comments stay)."""
    for table in ("milestones", "priority_recommendations", "priorities", "charter_sections", "action_points",
                  "endorsements"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM charter WHERE id = 1")


def put(conn: engine.Connection, charter: Charter | None) -> None:
    """Make the working charter exactly `charter` (None: no charter), keeping the parts' ids.

    Recommendations, clusters and organisations deleted since are left out rather than refused, so a
    version or an undo step can always be put back. The adoption record (adopted_version_id) is kept.
    """
    if charter is None:
        clear(conn)
        return
    now = now_iso()
    row = (charter.title, charter.place, charter.start_date, charter.end_date, _to_json(list(charter.organisers)),
           charter.preamble, charter.monitoring, charter.template, _to_json(dict(charter.labels)),
           CharterStatus(charter.status).value)
    if exists(conn):
        conn.execute(
            "UPDATE charter SET title = ?, place = ?, start_date = ?, end_date = ?, organisers = ?, preamble = ?, "
            "monitoring = ?, template = ?, labels = ?, status = ?, updated_at = ? WHERE id = 1", (*row, now))
    else:
        conn.execute(
            "INSERT INTO charter (id, title, place, start_date, end_date, organisers, preamble, monitoring, template, "
            "labels, status, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*row, now, now))
    # Keep the rows' creation times across a rewrite.
    created = dict(conn.execute("SELECT id, created_at FROM priorities"))
    for table in ("milestones", "priority_recommendations", "priorities", "charter_sections", "action_points",
                  "endorsements"):
        conn.execute(f"DELETE FROM {table}")
    # Parts keeping their ids go in first, so that a new part's id can't take one of theirs.
    for position, section in _kept_first(charter.sections):
        insert_section(conn, section, position)
    recs = _existing(conn, "recommendations", (r for p in charter.priorities for r in p.recommendation_ids))
    clusters = _existing(conn, "clusters", (p.cluster_id for p in charter.priorities))
    for position, p in _kept_first(charter.priorities):
        p = p.with_changes(recommendation_ids=tuple(r for r in p.recommendation_ids if r in recs),
                           cluster_id=p.cluster_id if p.cluster_id in clusters else None)
        insert_priority(conn, p, position, created_at=created.get(p.id))
    for position, a in _kept_first(charter.action_points):
        insert_action_point(conn, a, position)
    orgs = _existing(conn, "organisations", (e.organisation_id for e in charter.endorsements))
    for position, e in _kept_first(charter.endorsements):
        insert_endorsement(conn, e if e.organisation_id in orgs else _unlinked(e), position)


def _kept_first(parts) -> list[tuple[int, object]]:
    return sorted(enumerate(parts), key=lambda pair: pair[1].id is None)


def _unlinked(e: Endorsement) -> Endorsement:
    return Endorsement(e.id, e.position, e.organisation, None, e.representative, e.role, e.date, e.signed_on_paper)


def renumber(conn: engine.Connection, table: str, ordered_ids: Sequence[int]) -> None:
    """Positions 0, 1, 2... in the given order (table: one of the charter's ordered parts)."""
    assert table in ("charter_sections", "priorities", "action_points", "endorsements")
    conn.executemany(f"UPDATE {table} SET position = ? WHERE id = ? AND position <> ?",
                     [(n, i, n) for n, i in enumerate(ordered_ids)])


def ordered_ids(conn: engine.Connection, table: str) -> list[int]:
    assert table in ("charter_sections", "priorities", "action_points", "endorsements")
    return [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY position, id")]


def next_position(conn: engine.Connection, table: str) -> int:
    assert table in ("charter_sections", "priorities", "action_points", "endorsements")
    return conn.execute(f"SELECT coalesce(max(position) + 1, 0) FROM {table}").fetchone()[0]


# --- sections --------------------------------------------------------------------------------------
def sections(conn: engine.Connection) -> list[CharterSection]:
    return [CharterSection(*row) for row in
            conn.execute("SELECT id, position, heading, body FROM charter_sections ORDER BY position, id")]


def insert_section(conn: engine.Connection, section: CharterSection, position: int) -> int:
    cur = conn.execute("INSERT INTO charter_sections (id, position, heading, body) VALUES (?, ?, ?, ?)",
                       (section.id, position, section.heading, section.body))
    return cur.lastrowid


def get_section(conn: engine.Connection, section_id: int) -> CharterSection | None:
    row = conn.execute("SELECT id, position, heading, body FROM charter_sections WHERE id = ?",
                       (section_id,)).fetchone()
    return CharterSection(*row) if row else None


def update_section(conn: engine.Connection, section_id: int, heading: str, body: str) -> None:
    conn.execute("UPDATE charter_sections SET heading = ?, body = ? WHERE id = ?", (heading, body, section_id))


def delete_section(conn: engine.Connection, section_id: int) -> None:
    conn.execute("DELETE FROM charter_sections WHERE id = ?", (section_id,))


# --- priorities ------------------------------------------------------------------------------------
_PRIORITY_COLUMNS = ("id, position, title, cluster_id, government_action, cso_actions, lead_actor, partners, "
                     "indicators, resources, level, status")


def priorities(conn: engine.Connection, where: str = "", params: tuple = ()) -> list[Priority]:
    rows = conn.execute(f"SELECT {_PRIORITY_COLUMNS} FROM priorities {where} ORDER BY position, id", params).fetchall()
    if not rows:
        return []
    ids = _to_json([r[0] for r in rows])
    recs: dict[int, list[int]] = {}
    for pid, rid in conn.execute(
            "SELECT priority_id, recommendation_id FROM priority_recommendations "
            "WHERE priority_id IN (SELECT value FROM json_each(?)) ORDER BY priority_id, position", (ids,)):
        recs.setdefault(pid, []).append(rid)
    steps: dict[int, list[Milestone]] = {}
    for pid, due, description in conn.execute(
            "SELECT priority_id, due, description FROM milestones "
            "WHERE priority_id IN (SELECT value FROM json_each(?)) ORDER BY priority_id, position, id", (ids,)):
        steps.setdefault(pid, []).append(Milestone(due, description))
    return [Priority(id=r[0], position=r[1], title=r[2], cluster_id=r[3], government_action=r[4], cso_actions=r[5],
                     lead_actor=r[6], partners=r[7], indicators=r[8], resources=r[9], level=Level(r[10]),
                     status=ImplementationStatus(r[11]), recommendation_ids=tuple(recs.get(r[0], ())),
                     milestones=tuple(steps.get(r[0], ()))) for r in rows]


def get_priority(conn: engine.Connection, priority_id: int) -> Priority | None:
    found = priorities(conn, "WHERE id = ?", (priority_id,))
    return found[0] if found else None


def _priority_values(p: Priority) -> tuple:
    return (p.title, p.cluster_id, p.government_action, p.cso_actions, p.lead_actor, p.partners, p.indicators,
            p.resources, Level(p.level).value, ImplementationStatus(p.status).value)


def _priority_parts(conn: engine.Connection, priority_id: int, p: Priority) -> None:
    conn.executemany("INSERT INTO priority_recommendations (priority_id, recommendation_id, position) "
                     "VALUES (?, ?, ?)", [(priority_id, r, n) for n, r in enumerate(p.recommendation_ids)])
    conn.executemany("INSERT INTO milestones (priority_id, position, due, description) VALUES (?, ?, ?, ?)",
                     [(priority_id, n, m.due, m.description) for n, m in enumerate(p.milestones)])


def insert_priority(conn: engine.Connection, p: Priority, position: int, created_at: str | None = None) -> int:
    now = now_iso()
    cur = conn.execute(
        "INSERT INTO priorities (id, position, title, cluster_id, government_action, cso_actions, lead_actor, "
        "partners, indicators, resources, level, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (p.id, position, *_priority_values(p), created_at or now, now))
    _priority_parts(conn, cur.lastrowid, p)
    return cur.lastrowid


def update_priority(conn: engine.Connection, p: Priority) -> None:
    """One priority: its row, and its recommendations and milestones only if they changed."""
    before = get_priority(conn, p.id)
    conn.execute(
        "UPDATE priorities SET title = ?, cluster_id = ?, government_action = ?, cso_actions = ?, lead_actor = ?, "
        "partners = ?, indicators = ?, resources = ?, level = ?, status = ?, updated_at = ? WHERE id = ?",
        (*_priority_values(p), now_iso(), p.id))
    if before is not None and before.recommendation_ids == p.recommendation_ids and before.milestones == p.milestones:
        return
    conn.execute("DELETE FROM priority_recommendations WHERE priority_id = ?", (p.id,))
    conn.execute("DELETE FROM milestones WHERE priority_id = ?", (p.id,))
    _priority_parts(conn, p.id, p)


def delete_priority(conn: engine.Connection, priority_id: int) -> None:
    conn.execute("DELETE FROM priorities WHERE id = ?", (priority_id,))


def priority_titles_citing(conn: engine.Connection, rec_ids: Sequence[int]) -> list[str]:
    rows = conn.execute(
        "SELECT title FROM priorities WHERE id IN (SELECT priority_id FROM priority_recommendations "
        "WHERE recommendation_id IN (SELECT value FROM json_each(?))) ORDER BY position, id",
        (_to_json(list(rec_ids)),))
    return [r[0] for r in rows]


# --- action points and endorsements ------------------------------------------------------------------
def action_points(conn: engine.Connection) -> list[ActionPoint]:
    return [ActionPoint(r[0], r[1], Level(r[2]), r[3]) for r in
            conn.execute("SELECT id, position, level, text FROM action_points ORDER BY position, id")]


def get_action_point(conn: engine.Connection, point_id: int) -> ActionPoint | None:
    row = conn.execute("SELECT id, position, level, text FROM action_points WHERE id = ?", (point_id,)).fetchone()
    return ActionPoint(row[0], row[1], Level(row[2]), row[3]) if row else None


def insert_action_point(conn: engine.Connection, a: ActionPoint, position: int) -> int:
    cur = conn.execute("INSERT INTO action_points (id, position, level, text) VALUES (?, ?, ?, ?)",
                       (a.id, position, Level(a.level).value, a.text))
    return cur.lastrowid


def update_action_point(conn: engine.Connection, a: ActionPoint) -> None:
    conn.execute("UPDATE action_points SET level = ?, text = ? WHERE id = ?", (Level(a.level).value, a.text, a.id))


def delete_action_point(conn: engine.Connection, point_id: int) -> None:
    conn.execute("DELETE FROM action_points WHERE id = ?", (point_id,))


_ENDORSEMENT = "SELECT id, position, organisation, organisation_id, representative, role, date, signed_on_paper " \
               "FROM endorsements"


def _endorsement(r) -> Endorsement:
    return Endorsement(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))


def endorsements(conn: engine.Connection) -> list[Endorsement]:
    return [_endorsement(r) for r in conn.execute(_ENDORSEMENT + " ORDER BY position, id")]


def get_endorsement(conn: engine.Connection, endorsement_id: int) -> Endorsement | None:
    row = conn.execute(_ENDORSEMENT + " WHERE id = ?", (endorsement_id,)).fetchone()
    return _endorsement(row) if row else None


def insert_endorsement(conn: engine.Connection, e: Endorsement, position: int) -> int:
    cur = conn.execute(
        "INSERT INTO endorsements (id, position, organisation_id, organisation, representative, role, date, "
        "signed_on_paper) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (e.id, position, e.organisation_id, e.organisation, e.representative, e.role, e.date, int(e.signed_on_paper)))
    return cur.lastrowid


def update_endorsement(conn: engine.Connection, e: Endorsement) -> None:
    conn.execute("UPDATE endorsements SET organisation_id = ?, organisation = ?, representative = ?, role = ?, "
                 "date = ?, signed_on_paper = ? WHERE id = ?",
                 (e.organisation_id, e.organisation, e.representative, e.role, e.date, int(e.signed_on_paper), e.id))


def delete_endorsement(conn: engine.Connection, endorsement_id: int) -> None:
    conn.execute("DELETE FROM endorsements WHERE id = ?", (endorsement_id,))


# --- comments ----------------------------------------------------------------------------------------
_COMMENT = "SELECT id, part, body, participant_id, resolved, created_at FROM charter_comments"


def _comment(r) -> Comment:
    return Comment(r[0], r[1], r[2], r[3], bool(r[4]), r[5])


def comments(conn: engine.Connection, part: str | None = None) -> list[Comment]:
    if part is None:
        return [_comment(r) for r in conn.execute(_COMMENT + " ORDER BY id")]
    return [_comment(r) for r in conn.execute(_COMMENT + " WHERE part = ? ORDER BY id", (part,))]


def get_comment(conn: engine.Connection, comment_id: int) -> Comment | None:
    row = conn.execute(_COMMENT + " WHERE id = ?", (comment_id,)).fetchone()
    return _comment(row) if row else None


def insert_comment(conn: engine.Connection, c: Comment) -> int:
    participant = c.participant_id if c.participant_id is not None and conn.execute(
        "SELECT 1 FROM participants WHERE id = ?", (c.participant_id,)).fetchone() else None
    cur = conn.execute(
        "INSERT INTO charter_comments (id, part, participant_id, body, resolved, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (c.id, c.part, participant, c.body, int(c.resolved), c.created_at or now_iso()))
    return cur.lastrowid


def set_comment_resolved(conn: engine.Connection, comment_id: int, resolved: bool) -> None:
    conn.execute("UPDATE charter_comments SET resolved = ? WHERE id = ?", (int(resolved), comment_id))


def delete_comments(conn: engine.Connection, ids: Sequence[int]) -> None:
    conn.executemany("DELETE FROM charter_comments WHERE id = ?", [(i,) for i in ids])


# --- versions ----------------------------------------------------------------------------------------
_VERSION = "SELECT id, name, kind, created_at, adopted_on, adopted_at_place FROM charter_versions"


def versions(conn: engine.Connection) -> list[CharterVersion]:
    return [CharterVersion(*r) for r in conn.execute(_VERSION + " ORDER BY id")]


def get_version(conn: engine.Connection, version_id: int) -> CharterVersion | None:
    row = conn.execute(_VERSION + " WHERE id = ?", (version_id,)).fetchone()
    return CharterVersion(*row) if row else None


def version_snapshot(conn: engine.Connection, version_id: int) -> dict | None:
    row = conn.execute("SELECT snapshot FROM charter_versions WHERE id = ?", (version_id,)).fetchone()
    return json.loads(row[0]) if row else None


def insert_version(conn: engine.Connection, *, name: str, snapshot: dict, kind: str = "named",
                   version_id: int | None = None, created_at: str | None = None, adopted_on: str | None = None,
                   adopted_at_place: str | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO charter_versions (id, name, kind, snapshot, created_at, adopted_on, adopted_at_place) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (version_id, name, kind, _to_json(snapshot), created_at or now_iso(), adopted_on, adopted_at_place))
    return cur.lastrowid


def delete_version(conn: engine.Connection, version_id: int) -> None:
    conn.execute("DELETE FROM charter_versions WHERE id = ?", (version_id,))  # adopted ones: the trigger refuses


# --- what the charter builds on ----------------------------------------------------------------------
def references(conn: engine.Connection, rec_ids: Iterable[int]) -> dict[int, str]:
    """Recommendation id -> its paragraph number ("#12" for one without)."""
    rows = conn.execute("SELECT id, reference FROM recommendations WHERE id IN (SELECT value FROM json_each(?))",
                        (_to_json(sorted(set(rec_ids))),))
    return {rid: ref or f"#{rid}" for rid, ref in rows}


def existing_recommendations(conn: engine.Connection, rec_ids: Iterable[int]) -> set[int]:
    return _existing(conn, "recommendations", rec_ids)


def cluster(conn: engine.Connection, cluster_id: int) -> tuple[str, list[int]] | None:
    """A cluster's name and its members in reference order, or None if there is no such cluster."""
    row = conn.execute("SELECT name FROM clusters WHERE id = ?", (cluster_id,)).fetchone()
    if row is None:
        return None
    members = [r[0] for r in conn.execute(
        "SELECT r.id FROM cluster_members m JOIN recommendations r ON r.id = m.recommendation_id "
        "WHERE m.cluster_id = ? ORDER BY r.reference_key IS NULL, r.reference_key, r.id", (cluster_id,))]
    return row[0], members


def cluster_exists(conn: engine.Connection, cluster_id: int) -> bool:
    return conn.execute("SELECT 1 FROM clusters WHERE id = ?", (cluster_id,)).fetchone() is not None


def organisation_exists(conn: engine.Connection, org_id: int) -> bool:
    return conn.execute("SELECT 1 FROM organisations WHERE id = ?", (org_id,)).fetchone() is not None


def participant_exists(conn: engine.Connection, participant_id: int) -> bool:
    return conn.execute("SELECT 1 FROM participants WHERE id = ?", (participant_id,)).fetchone() is not None


def audit_once(conn: engine.Connection, action: str, summary: str, details: dict | None = None) -> None:
    """An audit entry, unless the last one records the same edit: typing saves every half second, and
    the log should say "edited the preamble" once, not three hundred times."""
    encoded = json.dumps(details, ensure_ascii=False) if details else None
    last = conn.execute("SELECT action, details FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if last and last[0] == action and last[1] == encoded:
        return
    conn.execute("INSERT INTO audit_log (at, action, summary, details) VALUES (?, ?, ?, ?)",
                 (now_iso(), action, summary, encoded))
