"""A large import sets the secondary indexes aside and builds them, and the search index, in bulk
(store/writes.py, BULK_INDEX_ROWS). It must leave the same workshop as rows stored one at a time
through the triggers: same search results in the same order, same sorts, facets and indexes."""

from __future__ import annotations

import sqlite3

import pytest

from upr_desktop.domain.workshop import ALL_COUNTRIES, WorkshopInfo
from upr_desktop.io.importers import read_source
from upr_desktop.ops import Workshop
from upr_desktop.store import queries, writes
from upr_desktop.store.queries import SORTABLE, RecommendationFilter

CSV = "uprinfo_export_sessions18-20_2014.csv"
SEARCHES = ("torture", "wom", "detention", "the", "rights of the child", "éducation", "ratif", "civil society",
            "zzzz")


def _bulk(path, recs, monkeypatch):
    monkeypatch.setattr(writes, "BULK_INDEX_ROWS", 1)
    with Workshop.create(path, WorkshopInfo(title="Bulk", country=ALL_COUNTRIES)) as w:
        w.import_recommendations(recs, source_file=CSV, format="uprinfo", country=ALL_COUNTRIES)


def _row_by_row(path, recs):
    """The old path: one INSERT per recommendation, the FTS triggers indexing each as it comes."""
    w = Workshop.create(path, WorkshopInfo(title="Rows", country=ALL_COUNTRIES))
    store = w._store
    with store.transaction():
        seen = set()
        for rec in recs:
            if rec.fingerprint() not in seen:  # what INSERT OR IGNORE does with a repeat
                seen.add(rec.fingerprint())
                writes.insert_recommendation_with_id(store.conn, rec)
    w.close()


def _view(path) -> dict:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        fp = dict(conn.execute("SELECT id, fingerprint FROM recommendations"))
        out = {"count": len(fp)}
        for text in SEARCHES:
            ids, ranked = queries.ranked_ids(conn, RecommendationFilter(text=text))
            out[f"search {text}"] = ([fp[i] for i in ids], ranked)
        for sort in SORTABLE:
            if sort != "id":
                out[f"sort {sort}"] = [fp[i] for i in queries.filtered_ids(conn, RecommendationFilter(), sort, True)]
        for facet in queries.FACETS:
            out[f"facet {facet}"] = sorted(queries.facet_values(conn, facet))
        out["indexes"] = sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
        out["triggers"] = sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        out["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return out
    finally:
        conn.close()


def test_a_bulk_import_equals_rows_stored_one_at_a_time(shared_data, tmp_path, monkeypatch):
    recs = read_source(shared_data / CSV).recommendations
    assert len(recs) > 1000
    bulk, rows = tmp_path / "bulk.uprw", tmp_path / "rows.uprw"
    _bulk(bulk, recs, monkeypatch)
    _row_by_row(rows, recs)
    a, b = _view(bulk), _view(rows)
    assert a["integrity"] == "ok"
    assert a["search torture"][0] and a["search the"][0]
    for key in b:
        assert a[key] == b[key], key
    for path in (bulk, rows):
        conn = sqlite3.connect(path)
        try:  # FTS5's own check: the index matches the rows it was built from
            conn.execute("INSERT INTO recommendations_fts (recommendations_fts, rank) VALUES ('integrity-check', 1)")
        finally:
            conn.close()


@pytest.mark.parametrize("threshold", [1, 10**9])
def test_an_import_into_a_file_with_rows_keeps_them_searchable(shared_data, tmp_path, monkeypatch, threshold):
    recs = read_source(shared_data / CSV).recommendations
    monkeypatch.setattr(writes, "BULK_INDEX_ROWS", threshold)
    path = tmp_path / "two.uprw"
    with Workshop.create(path, WorkshopInfo(title="Two", country=ALL_COUNTRIES)) as w:
        half = len(recs) // 2
        w.import_recommendations(recs[:half], source_file=CSV, format="uprinfo", country=ALL_COUNTRIES)
        w.import_recommendations(recs[half:], source_file=CSV, format="uprinfo", country=ALL_COUNTRIES)
        n = w.count()
    whole = tmp_path / "whole.uprw"
    _row_by_row(whole, recs)
    a, b = _view(path), _view(whole)
    assert a["count"] == n == b["count"]
    for key in b:
        assert a[key] == b[key], key
