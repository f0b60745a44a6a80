"""Is the file's schema exactly the one this version puts there?

A workshop file can be prepared in advance by someone else. A trigger planted in it runs on every
write the app makes (it could log each voter and ballot with the time); a view or an index could do
harm too. So on open the file's tables, indexes, triggers and views are compared with the ones this
version's own migrations create, and a file with anything extra, missing or different is refused
before any write. `clean_copy()` makes a copy with only the expected objects and their data.

The expected schema is not a list kept by hand: it is what running the migrations the file records
on an empty database produces, so a new migration needs no change here. Replaying them takes a
tenth of a second, so the result for the full list is kept in expected_schema.py (regenerate it
with `python -m upr_desktop.store.make_expected_schema`; a test fails when it is out of date). Only a file
that has run exactly this version's migrations uses it; an older file's schema is still replayed.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import engine
from .schema import KNOWN_MIGRATIONS, MIGRATION_SET, migrations
from ..text import translate

# The FTS5 shadow tables of a virtual table "x_fts" are "x_fts_data", "x_fts_idx" and so on.
_FTS_SHADOWS = ("data", "idx", "content", "docsize", "config")


@dataclass(frozen=True)
class SchemaObject:
    type: str  # table, index, trigger, view
    name: str
    table: str
    sql: str  # whitespace normalised


@dataclass(frozen=True)
class Difference:
    kind: str  # "extra", "missing" or "changed"
    object: SchemaObject

    def describe(self) -> str:
        # The object's type (table, index, trigger, view) is SQLite's own word, kept as it is.
        if self.kind == "extra":
            text = translate("WorkshopFile", "a {type} “{name}” that UPR Desktop did not put there")
        elif self.kind == "missing":
            text = translate("WorkshopFile", "no {type} “{name}”, which UPR Desktop needs")
        else:
            text = translate("WorkshopFile", "a {type} “{name}” that is not the one UPR Desktop made")
        return text.format(type=self.object.type, name=self.object.name)


_TOKENS = re.compile(r"'(?:[^']|'')*'|\[[^\]]*\]|\"(?:[^\"]|\"\")*\"|`[^`]*`|--[^\n]*|/\*.*?\*/|\s+|[^\s'\"`\[(),;]+|.",
                     re.DOTALL)


def _normalise(sql: str | None) -> str:
    """The statement with layout, comments and identifier quoting ([x], "x", `x`) evened out, so that
    a file made when sqlite-utils quoted differently still matches; string literals are kept as they are."""
    parts: list[str] = []
    for token in _TOKENS.findall(sql or ""):
        if token.isspace() or token.startswith("--") or token.startswith("/*"):
            if parts and parts[-1] != " ":
                parts.append(" ")
            continue
        if token[0] in "[\"`" and len(token) > 1:
            token = token[1:-1].replace('""', '"')
        if token in "(),;" and parts and parts[-1] == " ":
            parts.pop()  # no space before punctuation...
        if parts and parts[-1] == " " and len(parts) > 1 and parts[-2] in "(),;":
            parts.pop()  # ...nor after it
        parts.append(token)
    return "".join(parts).strip()


def _objects(conn: engine.Connection, schema: str = "main") -> dict[tuple[str, str], SchemaObject]:
    # Only ANALYZE's statistics are left out. SQLite's own objects (autoindexes, sqlite_sequence) are
    # compared too: a trigger named "sqlite_…" can't be made the usual way, but can be written into
    # the schema directly, and SQLite runs it all the same.
    rows = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master "  # noqa: S608 - schema is ours
        "WHERE NOT (type = 'table' AND name LIKE 'sqlite\\_stat%' ESCAPE '\\')"
    ).fetchall()
    return {(t, n.lower()): SchemaObject(t, n, tbl, _normalise(sql)) for t, n, tbl, sql in rows}


def _fresh(applied: tuple[str, ...], conn: engine.Connection | None = None) -> engine.Connection:
    """A database with exactly the migrations named in `applied` run on it, in this version's order."""
    from ._sqlite_utils import sqlite_utils  # only here, replaying migrations: not on every open

    conn = conn or engine.connect(":memory:")
    db = sqlite_utils.Database(conn)
    subset = sqlite_utils.Migrations(MIGRATION_SET)
    for migration in migrations._migrations:
        if migration.name in applied:
            subset(name=migration.name, transactional=migration.transactional)(migration.fn)
    subset.apply(db)
    return conn


def replayed_objects(applied: tuple[str, ...]) -> dict[tuple[str, str], SchemaObject]:
    """The expected schema worked out the slow way: the migrations run on an empty database."""
    conn = _fresh(applied)
    try:
        return _objects(conn)
    finally:
        conn.close()


def _stored_objects(applied: tuple[str, ...]) -> dict[tuple[str, str], SchemaObject] | None:
    """The kept copy of the expected schema, if it is the one for exactly these migrations."""
    try:
        from . import expected_schema
    except ImportError:
        return None
    if tuple(applied) != tuple(expected_schema.MIGRATIONS) or tuple(applied) != tuple(KNOWN_MIGRATIONS):
        return None
    return {(t, n.lower()): SchemaObject(t, n, tbl, sql) for t, n, tbl, sql in expected_schema.OBJECTS}


@functools.lru_cache(maxsize=8)
def expected_objects(applied: tuple[str, ...]) -> dict[tuple[str, str], SchemaObject]:
    """The schema objects a file that has run these migrations should hold, and nothing else."""
    stored = _stored_objects(applied)
    return stored if stored is not None else replayed_objects(applied)


def expected_schema_source() -> str:
    """The text of expected_schema.py for this version's migrations."""
    objects = sorted(replayed_objects(tuple(KNOWN_MIGRATIONS)).values(), key=lambda o: (o.type, o.name.lower()))
    lines = ['"""The schema a workshop file holds after all of this version\'s migrations (see schema_check).',
             "",
             "Generated: do not edit. Regenerate with `python -m upr_desktop.store.make_expected_schema`.",
             '"""',
             "",
             "MIGRATIONS = ("]
    lines += [f"    {name!r}," for name in KNOWN_MIGRATIONS]
    lines += [")", "", "OBJECTS = ("]
    lines += [f"    ({o.type!r}, {o.name!r}, {o.table!r},\n     {o.sql!r})," for o in objects]
    lines += [")", ""]
    return "\n".join(lines)


EXPECTED_SCHEMA_FILE = Path(__file__).with_name("expected_schema.py")


def differences(conn: engine.Connection, applied: list[str]) -> list[Difference]:
    """What in the file's schema differs from the expected one: foreign objects first, triggers first."""
    expected = expected_objects(tuple(applied))
    found = _objects(conn)
    result = []
    for key, obj in found.items():
        if key not in expected:
            result.append(Difference("extra", obj))
        elif expected[key].sql != obj.sql or expected[key].table.lower() != obj.table.lower():
            result.append(Difference("changed", obj))
    result += [Difference("missing", obj) for key, obj in expected.items() if key not in found]
    order = {"trigger": 0, "view": 1, "table": 2, "index": 3}
    kinds = {"extra": 0, "changed": 1, "missing": 2}
    return sorted(result, key=lambda d: (kinds[d.kind], order.get(d.object.type, 4), d.object.name))


def _is_fts_part(name: str, virtual: set[str]) -> bool:
    lower = name.lower()
    return lower in virtual or any(lower == f"{v}_{s}" for v in virtual for s in _FTS_SHADOWS)


def clean_copy(source: Path, target: Path, applied: list[str], *, key: engine.WorkshopKey | None = None) -> Path:
    """A new workshop file at `target` holding only what UPR Desktop puts in one, with the source's data.

    Built from empty by this version's migrations, so no foreign trigger, view or index comes along;
    the rows of each expected table are copied column by column, and the search index is rebuilt.
    The source is only read. Written beside `target` and renamed into place, never over a file.
    """
    source, target = Path(source), Path(target)
    if target.exists():
        raise FileExistsError(target)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    temp.unlink()
    conn = engine.connect(str(temp), uri=False, key=key)
    try:
        _fresh(tuple(applied), conn)
        expected = _objects(conn)
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        virtual = {o.name.lower() for o in expected.values()
                   if o.type == "table" and o.sql.upper().startswith("CREATE VIRTUAL TABLE")}
        # Attached without a KEY clause: an encrypted source is read with the copy's own key (the same one).
        conn.execute("ATTACH DATABASE ? AS src", (f"{source.resolve().as_uri()}?mode=ro",))
        conn.execute("PRAGMA foreign_keys = OFF")
        with conn:
            # The rules' triggers would refuse history (votes in a closed round): off while copying, then back.
            for name, _sql in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
            src_tables = {name.lower(): name for (name,) in conn.execute(
                "SELECT name FROM src.sqlite_master WHERE type = 'table'")}
            for obj in expected.values():
                if (obj.type != "table" or obj.name in ("_sqlite_migrations", "sqlite_sequence")
                        or _is_fts_part(obj.name, virtual)):
                    continue
                if obj.name.lower() not in src_tables:
                    continue
                mine = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{obj.name}")')]
                theirs = {r[1].lower() for r in conn.execute(f'PRAGMA src.table_info("{obj.name}")')}
                columns = ", ".join(f'"{c}"' for c in mine if c.lower() in theirs)
                conn.execute(f'DELETE FROM main."{obj.name}"')  # rows a migration seeded
                conn.execute(f'INSERT INTO main."{obj.name}" ({columns}) '
                             f'SELECT {columns} FROM src."{obj.name}"')
            if "sqlite_sequence" in src_tables:  # an AUTOINCREMENT id is never given out twice
                for name, seq in conn.execute("SELECT name, seq FROM src.sqlite_sequence").fetchall():
                    conn.execute("UPDATE main.sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name))
            for _name, sql in triggers:
                conn.execute(sql)
            for name in virtual:
                conn.execute(f"INSERT INTO \"{name}\"(\"{name}\") VALUES ('rebuild')")
        conn.execute("DETACH DATABASE src")
        problem = conn.execute("PRAGMA foreign_key_check").fetchone()
        if problem is not None:
            raise engine.IntegrityError(f"a row of {problem[0]} refers to a missing row of {problem[2]}")
        conn.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        rename_no_clobber(temp, target)
        return target
    finally:
        with contextlib.suppress(engine.Error):
            conn.close()
        for leftover in (temp, temp.with_name(temp.name + "-journal"), temp.with_name(temp.name + "-wal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def rename_no_clobber(temp: Path, target: Path) -> None:
    try:
        os.link(temp, target)  # fails if someone made `target` meanwhile
    except FileExistsError:
        raise
    except OSError:  # no hard links (FAT, some shares): the check just made is as good as it gets there
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(temp, target)
        return
    temp.unlink()


__all__ = ["Difference", "SchemaObject", "clean_copy", "differences", "expected_objects", "expected_schema_source",
           "rename_no_clobber", "replayed_objects"]

