"""Undoing the delete of a recommendation puts back everything that pointed at it."""

from __future__ import annotations

from upr_desktop.domain.voting import Method, RoundRules

from .voting_setup import make_workshop, rec_ids


def test_undo_of_a_delete_restores_cluster_priority_and_round_links(tmp_path):
    w = make_workshop(tmp_path / "w.uprw", participants=2)
    ids = rec_ids(w)
    cluster_id, _ = w.create_cluster("Civic space")
    w.assign(ids[:3], cluster_id)
    priority_id, _ = w.add_priority("Protect defenders", ids[1:4])
    round_id, _ = w.create_round("R", RoundRules(Method.APPROVAL), ids[:3])
    change = w.delete_recommendations([ids[1], ids[2]])
    assert w.cluster_of(ids[1]) is None
    assert w.charter().priorities[0].recommendation_ids == (ids[3],)
    assert [c.recommendation_id for c in w.round_candidates(round_id)] == [ids[0], None, None]
    change.undo()
    assert w.cluster_of(ids[1]) == cluster_id and w.cluster_of(ids[2]) == cluster_id
    assert w.charter().priorities[0].recommendation_ids == (ids[1], ids[2], ids[3])
    assert [c.recommendation_id for c in w.round_candidates(round_id)] == ids[:3]
    change.redo()
    assert w.cluster_of(ids[1]) is None
    w.close()
