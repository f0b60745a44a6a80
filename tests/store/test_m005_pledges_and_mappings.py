"""m005: a workshop from before voluntary pledges and saved mappings opens with its rows intact."""

from __future__ import annotations

import sqlite3

from upr_desktop.domain.recommendation import Recommendation, RecommendationKind
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store import schema
from upr_desktop.store.queries import RecommendationFilter


def test_a_file_from_before_m005_keeps_its_rows_as_recommendations(tmp_path, monkeypatch):
    path = tmp_path / "old.uprw"
    before = [m for m in schema.migrations._migrations if m.name < "m005"]
    with monkeypatch.context() as m:
        m.setattr(schema.migrations, "_migrations", before)
        Workshop.create(path, WorkshopInfo(title="Old", country="Kenya")).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO recommendations (text, country, fingerprint, created_at, updated_at) "
                     "VALUES ('Ratify the Convention against Torture', 'Kenya', 'f1', '2024-01-01', '2024-01-01')")
    conn.close()

    with Workshop.open(path) as workshop:
        (rec,) = workshop.recommendations(workshop.filtered_ids(RecommendationFilter())).values()
        assert rec.kind is RecommendationKind.RECOMMENDATION
        assert [hit.text for hit in workshop.search("torture")] == ["Ratify the Convention against Torture"]
        pledge = Recommendation(text="Submit overdue reports", country="Kenya",
                                kind=RecommendationKind.VOLUNTARY_PLEDGE)
        summary, _ = workshop.import_recommendations([pledge], source_file="t.csv", format="table",
                                                     mapping={"columns": ["A", "B"], "fields": {"text": "A"}})
        assert summary.added == 1 and workshop.response_counts()["voluntary_pledge"] == 1
        assert [hit.text for hit in workshop.search("overdue")] == ["Submit overdue reports"]
        assert workshop.saved_mapping(["B", "A"]) == {"text": "A"}
        assert workshop.saved_mapping(["A"]) is None
