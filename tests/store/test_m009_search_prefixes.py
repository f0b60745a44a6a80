"""m009: the full-text index keeps prefixes of two and three letters; a file from before finds the same rows."""

from __future__ import annotations

import sqlite3

from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store import queries, schema
from upr_desktop.store.queries import RecommendationFilter

TEXTS = ["Ratify the Convention against Torture", "Include indigenous peoples in consultations",
         "Combat corruption in the judiciary", "Ensure independence of the national institution",
         "Protect human rights defenders", "Éduquer les enfants à la citoyenneté"]
QUERIES = ["in", "ind", "co", "con", "the", "to", "ra", "ed", "édu", "rights", "in co", "rights 1", "xyz"]


def fts_sql(path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT sql FROM sqlite_master WHERE name = 'recommendations_fts'").fetchone()[0]


def found(workshop: Workshop) -> dict[str, list[int]]:
    return {q: sorted(workshop.ranked_ids(RecommendationFilter(text=q))[0]) for q in QUERIES}


def test_a_file_from_before_m009_is_indexed_with_prefixes_and_finds_the_same_rows(tmp_path, monkeypatch):
    path = tmp_path / "old.uprw"
    before = [m for m in schema.migrations._migrations if m.name < "m009"]
    with monkeypatch.context() as m:
        m.setattr(schema.migrations, "_migrations", before)
        with Workshop.create(path, WorkshopInfo(title="Old", country="Kenya")) as workshop:
            workshop.import_recommendations([Recommendation(text=t, country="Kenya") for t in TEXTS],
                                            source_file="t", format="test")
            old = found(workshop)
    assert "prefix" not in fts_sql(path)
    assert old["in"] and old["co"] and old["édu"] and not old["xyz"]

    with Workshop.open(path) as workshop:
        assert "prefix='2 3'" in fts_sql(path)
        assert found(workshop) == old
        # The index still follows every write (the triggers survived the table being made again).
        workshop.import_recommendations([Recommendation(text="Consider the Istanbul Convention", country="Kenya")],
                                        source_file="u", format="test")
        assert len(workshop.ranked_ids(RecommendationFilter(text="co"))[0]) == len(old["co"]) + 1
        assert len(workshop.ranked_ids(RecommendationFilter(text="ist"))[0]) == 1
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO recommendations_fts(recommendations_fts) VALUES ('integrity-check')")  # raises if not


def test_a_search_s_first_page_is_the_same_with_and_without_prefix_indexes(tmp_path, monkeypatch):
    path = tmp_path / "w.uprw"
    with Workshop.create(path, WorkshopInfo(title="New", country="Kenya")) as workshop:
        workshop.import_recommendations([Recommendation(text=f"{t} {n}", country="Kenya")
                                         for n in range(30) for t in TEXTS], source_file="t", format="test")
    monkeypatch.setattr(queries, "RANK_LIMIT", 20)  # "in": too many to rank, "rights 1": ranked
    with sqlite3.connect(path) as conn:
        pages = {q: queries.page(conn, RecommendationFilter(text=q), limit=7) for q in QUERIES}
        full = {q: queries.ranked_ids(conn, RecommendationFilter(text=q)) for q in QUERIES}
        conn.execute("DROP TABLE recommendations_fts")
        conn.execute("CREATE VIRTUAL TABLE recommendations_fts USING FTS5(text, reference, states, themes, "
                     "tokenize='unicode61 remove_diacritics 2', content=recommendations)")
        conn.execute("INSERT INTO recommendations_fts(recommendations_fts) VALUES ('rebuild')")
        for q in QUERIES:
            assert queries.page(conn, RecommendationFilter(text=q), limit=7) == pages[q], q
            assert queries.ranked_ids(conn, RecommendationFilter(text=q)) == full[q], q
    assert not full["in"][1] and full["rights 1"][1]
