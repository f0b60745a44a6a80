"""Follow-up: evidence and its files, assessments and the current status, milestone progress, indicators
and links between reviews. The only SQL for them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence

from ..domain.followup import (
    Assessment, AssessmentStatus, Attachment, Evidence, EvidenceKind, Indicator, IndicatorValue, MilestoneState,
    Subject,
)
from . import engine
from .database import now_iso

_EVIDENCE = ("SELECT e.id, e.title, e.dated, e.kind, e.source, e.link, e.confidential, f.name, f.size, f.sha256 "
             "FROM evidence e LEFT JOIN evidence_files f ON f.evidence_id = e.id")


def _evidence(r) -> Evidence:
    return Evidence(id=r[0], title=r[1], dated=r[2], kind=EvidenceKind(r[3]), source=r[4], link=r[5],
                    confidential=bool(r[6]), attachment=Attachment(r[7], r[8], r[9]) if r[7] is not None else None)


# --- evidence ---------------------------------------------------------------------------------------------
def insert_evidence(conn: engine.Connection, ev: Evidence, file: tuple[str, bytes] | None = None,
                    evidence_id: int | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO evidence (id, title, dated, kind, source, link, confidential, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (evidence_id, ev.title, ev.dated, EvidenceKind(ev.kind).value, ev.source, ev.link, int(ev.confidential),
         now_iso()))
    new_id = cur.lastrowid
    if file is not None:
        name, content = file
        conn.execute("INSERT INTO evidence_files (evidence_id, name, size, sha256, content) VALUES (?, ?, ?, ?, ?)",
                     (new_id, name, len(content), hashlib.sha256(content).hexdigest(), engine.Binary(content)))
    return new_id


def evidence(conn: engine.Connection, include_confidential: bool = True) -> list[Evidence]:
    where = "" if include_confidential else " WHERE e.confidential = 0"
    return [_evidence(r) for r in conn.execute(f"{_EVIDENCE}{where} ORDER BY e.dated, e.id")]


def get_evidence(conn: engine.Connection, evidence_id: int) -> Evidence | None:
    r = conn.execute(f"{_EVIDENCE} WHERE e.id = ?", (evidence_id,)).fetchone()
    return _evidence(r) if r else None


def evidence_content(conn: engine.Connection, evidence_id: int) -> tuple[str, bytes, str] | None:
    r = conn.execute("SELECT name, content, sha256 FROM evidence_files WHERE evidence_id = ?", (evidence_id,)).fetchone()
    return (r[0], bytes(r[1]), r[2]) if r else None


def attachments_total(conn: engine.Connection) -> int:
    return conn.execute("SELECT coalesce(sum(size), 0) FROM evidence_files").fetchone()[0]


def set_confidential(conn: engine.Connection, evidence_id: int, confidential: bool) -> None:
    conn.execute("UPDATE evidence SET confidential = ? WHERE id = ?", (int(confidential), evidence_id))


def evidence_row(conn: engine.Connection, evidence_id: int) -> dict | None:
    """Everything an undo needs to put an item back: its row, its file and its links."""
    row = conn.execute("SELECT id, title, dated, kind, source, link, confidential, created_at FROM evidence "
                       "WHERE id = ?", (evidence_id,)).fetchone()
    if row is None:
        return None
    file = conn.execute("SELECT evidence_id, name, size, sha256, content FROM evidence_files WHERE evidence_id = ?",
                        (evidence_id,)).fetchone()
    links = conn.execute("SELECT assessment_id, evidence_id FROM assessment_evidence WHERE evidence_id = ?",
                         (evidence_id,)).fetchall()
    return {"row": row, "file": file, "links": links}


def delete_evidence(conn: engine.Connection, evidence_id: int) -> None:
    conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))


def restore_evidence(conn: engine.Connection, saved: dict) -> None:
    conn.execute("INSERT INTO evidence (id, title, dated, kind, source, link, confidential, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", saved["row"])
    if saved["file"] is not None:
        conn.execute("INSERT INTO evidence_files (evidence_id, name, size, sha256, content) VALUES (?, ?, ?, ?, ?)",
                     saved["file"])
    conn.executemany("INSERT OR IGNORE INTO assessment_evidence (assessment_id, evidence_id) "
                     "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM assessments WHERE id = ?)",
                     [(a, e, a) for a, e in saved["links"]])


def evidence_counts(conn: engine.Connection, include_confidential: bool = True) -> dict[str, int]:
    """Subject key -> how many distinct evidence items its assessments cite."""
    hide = "" if include_confidential else " AND e.confidential = 0"
    return dict(conn.execute(
        "SELECT a.subject, count(DISTINCT l.evidence_id) FROM assessments a "
        "JOIN assessment_evidence l ON l.assessment_id = a.id JOIN evidence e ON e.id = l.evidence_id "
        f"WHERE 1 {hide} GROUP BY a.subject"))


# --- assessments ------------------------------------------------------------------------------------------
_ASSESSMENT = "SELECT id, subject, status, assessed_on, assessor, justification, organisation_id FROM assessments"


def insert_assessment(conn: engine.Connection, a: Assessment, assessment_id: int | None = None,
                      created_at: str | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO assessments (id, subject, status, assessed_on, assessor, organisation_id, justification, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (assessment_id, a.subject.key, AssessmentStatus(a.status).value, a.assessed_on, a.assessor,
         a.organisation_id, a.justification, created_at or now_iso()))
    new_id = cur.lastrowid
    conn.executemany("INSERT INTO assessment_evidence (assessment_id, evidence_id) VALUES (?, ?)",
                     [(new_id, e) for e in dict.fromkeys(a.evidence_ids)])
    return new_id


def delete_assessment(conn: engine.Connection, assessment_id: int) -> None:
    conn.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))


def _assessments(conn: engine.Connection, where: str = "", params: tuple = ()) -> list[Assessment]:
    rows = conn.execute(f"{_ASSESSMENT} {where} ORDER BY assessed_on, id", params).fetchall()
    links: dict[int, list[int]] = {}
    if rows:
        if where:
            found = conn.execute("SELECT assessment_id, evidence_id FROM assessment_evidence WHERE assessment_id IN "
                                 f"(SELECT id FROM assessments {where})", params)
        else:
            found = conn.execute("SELECT assessment_id, evidence_id FROM assessment_evidence")
        for aid, eid in found:
            links.setdefault(aid, []).append(eid)
    return [Assessment(id=r[0], subject=Subject.from_key(r[1]), status=AssessmentStatus(r[2]), assessed_on=r[3],
                       assessor=r[4], justification=r[5], organisation_id=r[6],
                       evidence_ids=tuple(sorted(links.get(r[0], ())))) for r in rows]


def assessments(conn: engine.Connection, subject: Subject | None = None) -> list[Assessment]:
    if subject is None:
        return _assessments(conn)
    return _assessments(conn, "WHERE subject = ?", (subject.key,))


def get_assessment(conn: engine.Connection, assessment_id: int) -> Assessment | None:
    found = _assessments(conn, "WHERE id = ?", (assessment_id,))
    return found[0] if found else None


def assessment_created_at(conn: engine.Connection, assessment_id: int) -> str | None:
    r = conn.execute("SELECT created_at FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
    return r[0] if r else None


def assessments_citing(conn: engine.Connection, evidence_id: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT assessment_id FROM assessment_evidence WHERE evidence_id = ?",
                                       (evidence_id,))]


def existing_evidence(conn: engine.Connection, ids: Iterable[int]) -> set[int]:
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    marks = ", ".join("?" * len(wanted))
    return {r[0] for r in conn.execute(f"SELECT id FROM evidence WHERE id IN ({marks})", wanted)}


# --- the current status -----------------------------------------------------------------------------------
def forget_current(conn: engine.Connection, rec_ids: Sequence[int]) -> None:
    """Recommendations deleted: out of current_status (their assessments stay, for an undo)."""
    conn.execute("DELETE FROM current_status WHERE subject IN (SELECT 'r' || value FROM json_each(?))",
                 (json.dumps(list(rec_ids)),))


def refresh_current(conn: engine.Connection, rec_ids: Sequence[int]) -> None:
    """Recommendations put back under their ids: their latest assessment is current again."""
    wanted = json.dumps(list(rec_ids))
    conn.execute("DELETE FROM current_status WHERE subject IN (SELECT 'r' || value FROM json_each(?))", (wanted,))
    conn.execute(
        "INSERT INTO current_status (subject, assessment_id, status, assessed_on, disputed) "
        "SELECT a.subject, a.id, a.status, a.assessed_on, "
        "       (SELECT count(DISTINCT l.status) > 1 FROM assessments l "
        "        WHERE l.subject = a.subject AND l.status <> 'no_info' "
        "          AND NOT EXISTS (SELECT 1 FROM assessments n WHERE n.subject = l.subject "
        "                          AND n.assessor = l.assessor AND (n.assessed_on > l.assessed_on "
        "                               OR (n.assessed_on = l.assessed_on AND n.id > l.id)))) "
        "FROM assessments a WHERE a.subject IN (SELECT 'r' || value FROM json_each(?)) "
        "AND NOT EXISTS (SELECT 1 FROM assessments n WHERE n.subject = a.subject "
        "                AND (n.assessed_on > a.assessed_on OR (n.assessed_on = a.assessed_on AND n.id > a.id)))",
        (wanted,))


def status_counts(conn: engine.Connection, kind: str = "r") -> dict[str, int]:
    """Current status -> how many subjects of this kind hold it. Recommendations: current_status holds only
    those in the workshop (writes.delete_recommendations and the undo keep it so), so an index range is
    counted, without a join."""
    if kind == "r":
        rows = conn.execute("SELECT status, count(*) FROM current_status "
                            "WHERE subject >= 'r' AND subject < 's' GROUP BY status")
    else:
        rows = conn.execute(
            "SELECT c.status, count(*) FROM current_status c WHERE c.subject >= 'p' AND c.subject < 'q' "
            "AND EXISTS (SELECT 1 FROM priorities p WHERE p.id = CAST(substr(c.subject, 2) AS INTEGER)) "
            "GROUP BY c.status")
    return dict(rows.fetchall())


def recommendation_count(conn: engine.Connection) -> int:
    return conn.execute("SELECT count(*) FROM recommendations").fetchone()[0]


def current(conn: engine.Connection, kind: str | None = None) -> dict[str, tuple]:
    """Subject key -> (status, assessed_on, assessment_id, disputed)."""
    where = ""
    if kind == "r":
        where = " WHERE subject >= 'r' AND subject < 's'"
    elif kind == "p":
        where = " WHERE subject >= 'p' AND subject < 'q'"
    return {r[0]: (r[1], r[2], r[3], bool(r[4])) for r in conn.execute(
        f"SELECT subject, status, assessed_on, assessment_id, disputed FROM current_status{where}")}


def current_of(conn: engine.Connection, subject: Subject) -> tuple | None:
    r = conn.execute("SELECT status, assessed_on, assessment_id, disputed FROM current_status WHERE subject = ?",
                     (subject.key,)).fetchone()
    return (r[0], r[1], r[2], bool(r[3])) if r else None


def references(conn: engine.Connection) -> dict[int, str | None]:
    """Recommendation id -> paragraph number, for every recommendation (no text read)."""
    return dict(conn.execute("SELECT id, reference FROM recommendations"))


def assessment_rows(conn: engine.Connection) -> tuple[list[tuple], dict[int, list[int]]]:
    """Every assessment as a plain row (id, subject, status, assessed_on, assessor, justification), date order,
    and assessment id -> evidence ids: for listings of a million rows."""
    rows = conn.execute("SELECT id, subject, status, assessed_on, assessor, justification FROM assessments "
                        "ORDER BY assessed_on, id").fetchall()
    links: dict[int, list[int]] = {}
    for aid, eid in conn.execute("SELECT assessment_id, evidence_id FROM assessment_evidence ORDER BY 1, 2"):
        links.setdefault(aid, []).append(eid)
    return rows, links


# A subject's reference: a recommendation's paragraph number, or P and the priority's place in the charter.
_REF = """CASE substr({s}, 1, 1) WHEN 'r' THEN
        (SELECT coalesce(reference, '#' || id) FROM recommendations WHERE id = CAST(substr({s}, 2) AS INTEGER))
    ELSE (SELECT 'P' || (1 + count(*)) FROM priorities o, priorities p
          WHERE p.id = CAST(substr({s}, 2) AS INTEGER)
            AND (o.position < p.position OR (o.position = p.position AND o.id < p.id))) END"""


def listing_json(conn: engine.Connection) -> tuple[str, str]:
    """The latest status of every subject and every assessment, as two JSON arrays built by SQLite itself:
    for `followup --json`. Subjects no longer in the workshop are left out."""
    latest = conn.execute(
        "SELECT coalesce(json_group_array(json(row)), '[]') FROM ("
        f"SELECT json_object('ref', {_REF.format(s='c.subject')}, 'status', c.status, 'date', c.assessed_on, "
        "'disputed', json(CASE c.disputed WHEN 1 THEN 'true' ELSE 'false' END)) AS row "
        "FROM current_status c WHERE (c.subject >= 'r' AND c.subject < 's') "
        "OR (c.subject >= 'p' AND c.subject < 'q' AND CAST(substr(c.subject, 2) AS INTEGER) IN "
        "(SELECT id FROM priorities)))").fetchone()[0]
    every = conn.execute(
        "SELECT coalesce(json_group_array(json(row)), '[]') FROM ("
        f"SELECT json_object('id', a.id, 'ref', {_REF.format(s='a.subject')}, 'status', a.status, "
        "'date', a.assessed_on, 'by', a.assessor, 'note', a.justification, 'evidence', "
        "json((SELECT coalesce(json_group_array(evidence_id), '[]') FROM assessment_evidence "
        "      WHERE assessment_id = a.id))) AS row "
        "FROM assessments a WHERE (a.subject >= 'r' AND a.subject < 's' "
        "AND CAST(substr(a.subject, 2) AS INTEGER) IN (SELECT id FROM recommendations)) "
        "OR (a.subject >= 'p' AND a.subject < 'q' "
        "AND CAST(substr(a.subject, 2) AS INTEGER) IN (SELECT id FROM priorities)) "
        "ORDER BY a.assessed_on, a.id)").fetchone()[0]
    return latest, every


def disputed_subjects(conn: engine.Connection, limit: int = -1) -> list[str]:
    return [r[0] for r in conn.execute("SELECT subject FROM current_status WHERE disputed = 1 ORDER BY subject "
                                       "LIMIT ?", (limit,))]


def disputed_count(conn: engine.Connection) -> int:
    return conn.execute("SELECT count(*) FROM current_status WHERE disputed = 1").fetchone()[0]


def assessed_since_count(conn: engine.Connection, since: str) -> int:
    """Recommendations whose latest assessment is on or after `since`."""
    return conn.execute(
        "SELECT count(*) FROM current_status WHERE assessed_on >= ? AND subject >= 'r' AND subject < 's'",
        (since,)).fetchone()[0]


def stale_recommendation_ids(conn: engine.Connection, since: str, limit: int = 1000) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT r.id FROM recommendations r LEFT JOIN current_status c ON c.subject = 'r' || r.id "
        "WHERE c.assessed_on IS NULL OR c.assessed_on < ? ORDER BY r.reference_key, r.id LIMIT ?", (since, limit))]


def status_history(conn: engine.Connection, kind: str = "r") -> list[tuple[str, str, str, str]]:
    """(subject, assessed_on, assessor, status) in date order, for the chart of status over time."""
    lo, hi = ("r", "s") if kind == "r" else ("p", "q")
    return conn.execute("SELECT subject, assessed_on, assessor, status FROM assessments "
                        "WHERE subject >= ? AND subject < ? ORDER BY assessed_on, id", (lo, hi)).fetchall()


def subjects_assessed_by(conn: engine.Connection, assessor: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT subject FROM assessments WHERE assessor = ? COLLATE NOCASE",
                                       (assessor,))]


def assessors(conn: engine.Connection) -> list[tuple[str, int]]:
    return conn.execute("SELECT assessor, count(*) FROM assessments GROUP BY assessor COLLATE NOCASE "
                        "ORDER BY assessor COLLATE NOCASE").fetchall()


# --- milestones -------------------------------------------------------------------------------------------
def milestones(conn: engine.Connection) -> list[MilestoneState]:
    return [MilestoneState(*r) for r in conn.execute(
        "SELECT m.priority_id, m.position, m.due, m.description, coalesce(g.done_on, '') FROM milestones m "
        "JOIN priorities p ON p.id = m.priority_id "
        "LEFT JOIN milestone_progress g ON g.priority_id = m.priority_id AND g.due = m.due "
        "AND g.description = m.description ORDER BY p.position, m.position, m.id")]


def milestone_done_on(conn: engine.Connection, priority_id: int, due: str, description: str) -> str | None:
    r = conn.execute("SELECT done_on FROM milestone_progress WHERE priority_id = ? AND due = ? AND description = ?",
                     (priority_id, due, description)).fetchone()
    return r[0] if r else None


def set_milestone_done(conn: engine.Connection, priority_id: int, due: str, description: str,
                       done_on: str | None) -> None:
    if done_on:
        conn.execute("INSERT INTO milestone_progress (priority_id, due, description, done_on) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (priority_id, due, description) DO UPDATE SET done_on = excluded.done_on",
                     (priority_id, due, description, done_on))
    else:
        conn.execute("DELETE FROM milestone_progress WHERE priority_id = ? AND due = ? AND description = ?",
                     (priority_id, due, description))


# --- indicators -------------------------------------------------------------------------------------------
def insert_indicator(conn: engine.Connection, i: Indicator, indicator_id: int | None = None) -> int:
    return conn.execute("INSERT INTO indicators (id, priority_id, name, unit) VALUES (?, ?, ?, ?)",
                        (indicator_id, i.priority_id, i.name, i.unit)).lastrowid


def delete_indicator(conn: engine.Connection, indicator_id: int) -> None:
    conn.execute("DELETE FROM indicators WHERE id = ?", (indicator_id,))


def indicators(conn: engine.Connection) -> list[Indicator]:
    return [Indicator(*r) for r in conn.execute("SELECT id, priority_id, name, unit FROM indicators ORDER BY id")]


def insert_indicator_value(conn: engine.Connection, v: IndicatorValue, value_id: int | None = None) -> int:
    return conn.execute("INSERT INTO indicator_values (id, indicator_id, period, value, source) VALUES (?, ?, ?, ?, ?)",
                        (value_id, v.indicator_id, v.period, v.value, v.source)).lastrowid


def delete_indicator_value(conn: engine.Connection, value_id: int) -> None:
    conn.execute("DELETE FROM indicator_values WHERE id = ?", (value_id,))


def indicator_values(conn: engine.Connection, indicator_id: int | None = None) -> list[IndicatorValue]:
    where, params = ("WHERE indicator_id = ?", (indicator_id,)) if indicator_id is not None else ("", ())
    return [IndicatorValue(*r) for r in conn.execute(
        f"SELECT id, indicator_id, period, value, source FROM indicator_values {where} ORDER BY indicator_id, period, id",
        params)]


def indicator_exists(conn: engine.Connection, indicator_id: int) -> bool:
    return conn.execute("SELECT 1 FROM indicators WHERE id = ?", (indicator_id,)).fetchone() is not None


# --- links between reviews --------------------------------------------------------------------------------
def links(conn: engine.Connection) -> dict[int, tuple[int, float | None]]:
    return {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT recommendation_id, earlier_id, score FROM recommendation_links")}


def set_link(conn: engine.Connection, rec_id: int, earlier_id: int | None, score: float | None = None) -> None:
    if earlier_id is None:
        conn.execute("DELETE FROM recommendation_links WHERE recommendation_id = ?", (rec_id,))
    else:
        conn.execute("INSERT INTO recommendation_links (recommendation_id, earlier_id, score, confirmed_at) "
                     "VALUES (?, ?, ?, ?) ON CONFLICT (recommendation_id) DO UPDATE SET earlier_id = excluded.earlier_id, "
                     "score = excluded.score, confirmed_at = excluded.confirmed_at", (rec_id, earlier_id, score, now_iso()))


def recommendations_for_matching(conn: engine.Connection, session: int | None = None,
                                 ids: Sequence[int] | None = None) -> list[tuple]:
    """(id, reference, text, states JSON, themes JSON, session, cycle) of the recommendations asked for."""
    sql = "SELECT id, reference, text, states, themes, session, cycle FROM recommendations"
    if ids is not None:
        return conn.execute(f"{sql} WHERE id IN (SELECT value FROM json_each(?))",
                            (json.dumps(list(ids)),)).fetchall()
    if session is not None:
        return conn.execute(f"{sql} WHERE session = ? ORDER BY reference_key, id", (session,)).fetchall()
    return conn.execute(f"{sql} ORDER BY reference_key, id").fetchall()


def sessions(conn: engine.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT DISTINCT session FROM recommendations WHERE session IS NOT NULL "
                                       "ORDER BY session")]


def recommendation_id_by_reference(conn: engine.Connection, reference: str) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM recommendations WHERE reference = ? ORDER BY session DESC, id",
                                       (reference,))]


def priority_ids_in_order(conn: engine.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM priorities ORDER BY position, id")]
