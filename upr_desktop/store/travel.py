"""The travel copy: a new workshop file without what identifies people.

Written beside its target from a full export of the workshop, then scrubbed, then VACUUMed (so freed pages
hold none of the removed text), checked, and renamed into place. The workshop itself is only read.

No organisation-level consent is recorded in a workshop (participants.consent_named is a person's consent
to their own name), so every organisation's name is replaced by "Organisation <number>".
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import database, encryption, engine, schema_check
from .engine import WorkshopKey

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Removal:
    item: str  # key of the plain-language label (ops translates it)
    count_sql: str
    scrub_sql: tuple[str, ...]


_SCRUB_KEYS = {"representative", "author", "assessor", "contact", "participant", "participant_name", "signatory"}

REMOVALS = (
    Removal("participants",
            "SELECT count(*) FROM participants WHERE name IS NOT NULL OR alias IS NOT NULL OR contact IS NOT NULL "
            "OR thematic_focus IS NOT NULL OR organisation_id IS NOT NULL OR code IS NOT NULL",
            ("UPDATE participants SET name = NULL, alias = NULL, contact = NULL, thematic_focus = NULL, "
             "organisation_id = NULL, consent_named = 0, code = 'removed-' || id",)),
    Removal("comment_authors",
            "SELECT (SELECT count(*) FROM notes WHERE author IS NOT NULL) "
            "+ (SELECT count(*) FROM charter_comments WHERE participant_id IS NOT NULL) "
            "+ (SELECT count(*) FROM assessments WHERE assessor <> '-' OR organisation_id IS NOT NULL)",
            ("UPDATE notes SET author = NULL", "UPDATE charter_comments SET participant_id = NULL",
             "UPDATE assessments SET assessor = '-', organisation_id = NULL")),
    Removal("evidence",
            "SELECT count(*) FROM evidence WHERE confidential = 1 OR kind = 'testimony'",
            ("DELETE FROM evidence WHERE confidential = 1 OR kind = 'testimony'",)),
    Removal("organisations",
            "SELECT (SELECT count(*) FROM organisations) + (SELECT count(*) FROM endorsements "
            "WHERE organisation_id IS NULL)",
            ("UPDATE organisations SET name = 'Organisation ' || id",
             "UPDATE endorsements SET organisation = coalesce('Organisation ' || organisation_id, "
             "'Organisation (not listed) ' || id), representative = '', role = ''")),
    Removal("history",
            "SELECT count(*) FROM audit_log",
            ("DELETE FROM audit_log",)),
)


# Text the travel copy keeps where an organisation may be named (the action plan, sources of evidence, notes):
# each organisation's name is replaced by its number.
_NAMED_IN = {
    "charter": ("preamble", "monitoring"),
    "charter_sections": ("heading", "body"),
    "priorities": ("title", "government_action", "cso_actions", "lead_actor", "partners", "indicators", "resources"),
    "milestones": ("description",),
    "action_points": ("text",),
    "charter_versions": ("snapshot",),
    "evidence": ("title", "source"),
    "indicator_values": ("source",),
    "assessments": ("justification",),
    "notes": ("body",),
    "charter_comments": ("body",),
}


def counts(conn) -> dict[str, int]:
    """How much each removal would take out of the workshop on `conn` (read only)."""
    return {removal.item: int(conn.execute(removal.count_sql).fetchone()[0] or 0) for removal in REMOVALS}


def _scrub(value, organisations: dict[int, str]):
    """A charter snapshot (JSON) without names: representatives and authors blanked, organisations renamed."""
    if isinstance(value, dict):
        cleaned = {}
        for k, v in value.items():
            if k in _SCRUB_KEYS and isinstance(v, str):
                cleaned[k] = ""
            elif k in ("organisation", "organisation_name") and isinstance(v, str):
                cleaned[k] = organisations.get(v, "Organisation") if v else v
            else:
                cleaned[k] = _scrub(v, organisations)
        return cleaned
    if isinstance(value, list):
        return [_scrub(v, organisations) for v in value]
    return value


def write(db: database.WorkshopDB, target: Path, key: WorkshopKey | None) -> dict[str, int]:
    """Write the travel copy of the workshop open in `db` to `target` (encrypted with `key` when given)."""
    target = Path(target)
    if target.exists():
        raise FileExistsError(target)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".travel", dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    temp.unlink()
    conn = None
    try:
        db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        source = encryption._source_connection(db)
        try:
            organisations = {name: f"Organisation {oid}"
                             for oid, name in source.execute("SELECT id, name FROM organisations")}
            encryption.export_to(source, temp, key)
        finally:
            source.close()
        conn = engine.connect(str(temp), key=key, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        removed = counts(conn)
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        conn.execute("BEGIN")
        for name, _sql in triggers:  # the rules' triggers guard history, which this copy rewrites on purpose
            conn.execute(f'DROP TRIGGER "{name}"')
        for removal in REMOVALS:
            for sql in removal.scrub_sql:
                conn.execute(sql)
        for version_id, snapshot in conn.execute("SELECT id, snapshot FROM charter_versions").fetchall():
            with contextlib.suppress(ValueError, TypeError):
                cleaned = json.dumps(_scrub(json.loads(snapshot), organisations), ensure_ascii=False)
                conn.execute("UPDATE charter_versions SET snapshot = ? WHERE id = ?", (cleaned, version_id))
        for name, number in sorted(organisations.items(), key=lambda kv: -len(kv[1])):
            for table, columns in _NAMED_IN.items():
                for column in columns:
                    conn.execute(f'UPDATE "{table}" SET "{column}" = replace("{column}", ?, ?) '
                                 f'WHERE instr("{column}", ?)', (name, number, name))
        for _name, sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
        problem = conn.execute("PRAGMA foreign_key_check").fetchone()
        if problem is not None:
            raise engine.IntegrityError[0](f"a row of {problem[0]} refers to a missing row of {problem[2]}")
        conn.execute("INSERT INTO recommendations_fts(recommendations_fts) VALUES ('rebuild')")
        conn.execute("VACUUM")  # freed pages would still hold what was removed
        conn.close()
        conn = None
        encryption.check_file(temp, key)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        schema_check.rename_no_clobber(temp, target)
        database._fsync_folder(target.parent)
        log.info("wrote a travel copy: %s", {k: v for k, v in removed.items()})
        return removed
    finally:
        if conn is not None:
            with contextlib.suppress(engine.Error):
                conn.close()
        for leftover in (temp, *database._sidecars(temp), temp.with_name(temp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
