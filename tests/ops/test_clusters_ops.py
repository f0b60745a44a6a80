"""Thematic clusters through the one write path, over real workshop files."""

from __future__ import annotations

import sqlite3

import pytest

from upr_desktop.domain.cluster import propose_clusters
from upr_desktop.domain.errors import ValidationError, WorkshopReadOnly
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import NO_CLUSTER, RecommendationFilter


def all_ids(w) -> list[int]:
    return w.filtered_ids(RecommendationFilter(), sort="reference")


def by_reference(w) -> dict[str, int]:
    return {r.reference: r.id for r in w.recommendations(all_ids(w)).values()}


def memberships(w) -> dict[int, int | None]:
    return w.clusters_of(all_ids(w))


@pytest.fixture
def events(demo_unsorted):
    seen = []
    demo_unsorted.subscribe(seen.append)
    return seen


def test_create_rename_describe_and_undo(demo_unsorted, events):
    w = demo_unsorted
    cid, change = w.create_cluster("  Civic   space ", "Defenders, media, assembly")
    assert [(c.id, c.name, c.description, c.size) for c in w.clusters()] == [
        (cid, "Civic space", "Defenders, media, assembly", 0)]
    assert ("clusters", (cid,)) in [(e.topic, e.ids) for e in events]
    second, _ = w.create_cluster("Justice")
    assert [c.name for c in w.clusters()] == ["Civic space", "Justice"]  # a new one goes last

    rename = w.rename_cluster(cid, "Civic space and defenders")
    describe = w.set_cluster_description(cid, "  Who speaks up  ")
    assert w.cluster(cid).name == "Civic space and defenders" and w.cluster(cid).description == "Who speaks up"
    describe.undo()
    rename.undo()
    assert (w.cluster(cid).name, w.cluster(cid).description) == ("Civic space", "Defenders, media, assembly")
    rename.redo()
    assert w.cluster(cid).name == "Civic space and defenders"

    change.undo()  # the creation itself
    assert w.cluster(cid) is None and [c.id for c in w.clusters()] == [second]
    change.redo()
    assert w.cluster(cid).name == "Civic space and defenders"  # same id back, as it was
    assert [c.id for c in w.clusters()] == [cid, second]


def test_names_are_checked(demo_unsorted):
    w = demo_unsorted
    cid, _ = w.create_cluster("Justice")
    with pytest.raises(ValidationError, match="already a cluster called"):
        w.create_cluster("  JUSTICE ")
    with pytest.raises(ValidationError, match="needs a name"):
        w.create_cluster("   ")
    with pytest.raises(ValidationError, match="too long"):
        w.create_cluster("x" * 121)
    other, _ = w.create_cluster("Health")
    with pytest.raises(ValidationError, match="already a cluster called"):
        w.rename_cluster(other, "justice")
    w.rename_cluster(cid, "JUSTICE")  # its own name in other letters is fine
    assert w.cluster(cid).name == "JUSTICE"
    with pytest.raises(ValidationError, match="no longer exists"):
        w.rename_cluster(9999, "Anything")
    assert [c.name for c in w.clusters()] == ["JUSTICE", "Health"]


def test_assign_many_in_one_step_and_undo_restores_each_previous_cluster(demo_unsorted, events):
    w = demo_unsorted
    ids = all_ids(w)
    a, _ = w.create_cluster("A")
    b, _ = w.create_cluster("B")
    w.assign(ids[:10], a)
    w.assign(ids[10:15], b)
    before = memberships(w)
    events.clear()

    change = w.assign(ids[5:40], b)  # from A, from B (already there), and unassigned
    assert all(w.cluster_of(i) == b for i in ids[5:40])
    assert w.cluster(a).size == 5 and w.cluster(b).size == 35
    assert w.unassigned_count() == len(ids) - 40
    assert w.cluster_members(b) == ids[5:40]  # in reference order
    assert w.unassigned_ids() == ids[40:]
    rec_events = [e.ids for e in events if e.topic == "recommendations"]
    assert rec_events == [tuple(i for i in ids[5:40] if i not in ids[10:15])]  # only those that moved
    assert {e.topic for e in events} == {"clusters", "recommendations"}

    change.undo()
    assert memberships(w) == before
    change.redo()
    assert all(w.cluster_of(i) == b for i in ids[5:40])

    take_out = w.assign(ids[:3], None)
    assert [w.cluster_of(i) for i in ids[:3]] == [None, None, None]
    take_out.undo()
    assert [w.cluster_of(i) for i in ids[:3]] == [a, a, a]
    assert w.assign(ids[5:40], b) is None  # already there: nothing to undo
    with pytest.raises(ValidationError, match="no longer exists"):
        w.assign(ids[:1], 4242)


def test_delete_cluster_unassigns_and_undo_restores_id_position_and_members(demo_unsorted):
    w = demo_unsorted
    ids = all_ids(w)
    a, _ = w.create_cluster("A", "first")
    b, _ = w.create_cluster("B")
    c, _ = w.create_cluster("C")
    w.assign(ids[:7], b)
    w.assign(ids[7:9], a)

    change = w.delete_cluster(b)
    assert [x.name for x in w.clusters()] == ["A", "C"]
    assert [w.cluster_of(i) for i in ids[:7]] == [None] * 7
    assert w.unassigned_count() == len(ids) - 2

    change.undo()
    restored = w.cluster(b)
    assert (restored.id, restored.name, restored.size) == (b, "B", 7)
    assert [x.id for x in w.clusters()] == [a, b, c]  # back in its place
    assert w.cluster_members(b) == ids[:7]
    change.redo()
    assert w.cluster(b) is None

    both = w.delete_clusters([a, c])
    assert w.clusters() == [] and w.unassigned_count() == len(ids)
    both.undo()
    assert [(x.name, x.size, x.description) for x in w.clusters()] == [("A", 2, "first"), ("C", 0, "")]


def test_a_priority_built_on_a_deleted_cluster_never_points_at_nothing(demo_unsorted):
    w = demo_unsorted
    ids = all_ids(w)
    cid, _ = w.create_cluster("Justice")
    w.assign(ids[:4], cid)
    conn = sqlite3.connect(w.path)
    with conn:
        for n, title in enumerate(("Fair trials", "Independent judges")):
            conn.execute("INSERT INTO priorities (position, title, cluster_id, created_at, updated_at) "
                         "VALUES (?, ?, ?, '2025-01-01', '2025-01-01')", (n, title, cid))
        conn.execute("INSERT INTO priority_recommendations (priority_id, recommendation_id, position) "
                     "SELECT id, ?, 0 FROM priorities", (ids[0],))
    assert w.priorities_using_cluster(cid) == ["Fair trials", "Independent judges"]

    change = w.delete_cluster(cid)
    assert conn.execute("SELECT count(*) FROM priorities WHERE cluster_id IS NOT NULL").fetchone()[0] == 0
    dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
    assert dangling == []
    # The priorities keep their recommendations.
    assert conn.execute("SELECT count(*) FROM priority_recommendations").fetchone()[0] == 2

    change.undo()
    assert conn.execute("SELECT DISTINCT cluster_id FROM priorities").fetchall() == [(cid,)]
    assert w.priorities_using_cluster(cid) == ["Fair trials", "Independent judges"]

    other, _ = w.create_cluster("Courts")
    merge = w.merge_clusters([cid, other], other)
    assert w.priorities_using_cluster(other) == ["Fair trials", "Independent judges"]  # they follow the merge
    merge.undo()
    assert w.priorities_using_cluster(cid) == ["Fair trials", "Independent judges"]
    assert w.priorities_using_cluster(other) == []
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_priority_made_from_a_cluster_through_the_charter_survives_its_deletion(demo_unsorted, events):
    w = demo_unsorted
    created, _ = w.propose_clusters_from_themes()
    cid = created[0]
    members = w.cluster_members(cid)
    pid, _ = w.add_priority_from_cluster(cid)
    assert w.priorities_using_cluster(cid) == [w.cluster(cid).name]
    events.clear()

    change = w.delete_cluster(cid)
    [priority] = [p for p in w.charter().priorities if p.id == pid]
    assert priority.cluster_id is None and list(priority.recommendation_ids) == members
    assert ("charter", (pid,)) in [(e.topic, e.ids) for e in events]  # the charter page hears of it
    change.undo()
    [priority] = [p for p in w.charter().priorities if p.id == pid]
    assert priority.cluster_id == cid


def test_merge_moves_members_and_undo_restores_all(demo_unsorted):
    w = demo_unsorted
    ids = all_ids(w)
    a, _ = w.create_cluster("A")
    b, _ = w.create_cluster("B", "bee")
    c, _ = w.create_cluster("C")
    d, _ = w.create_cluster("D")
    w.assign(ids[:3], a)
    w.assign(ids[3:8], b)
    w.assign(ids[8:10], c)
    before = memberships(w)
    listing = [(x.id, x.name, x.description, x.position, x.size) for x in w.clusters()]

    change = w.merge_clusters([a, b, c], c)
    assert [x.name for x in w.clusters()] == ["C", "D"]
    assert w.cluster(c).size == 10 and w.cluster_members(c) == ids[:10]
    change.undo()
    assert memberships(w) == before
    assert [(x.id, x.name, x.description, x.position, x.size) for x in w.clusters()] == listing
    change.redo()
    assert w.cluster(c).size == 10 and w.cluster(a) is None and w.cluster(b) is None
    with pytest.raises(ValidationError, match="at least two"):
        w.merge_clusters([c], c)


def test_move_cluster_and_undo(demo_unsorted):
    w = demo_unsorted
    a, _ = w.create_cluster("A")
    b, _ = w.create_cluster("B")
    c, _ = w.create_cluster("C")
    change = w.move_cluster(c, 0)
    assert [x.name for x in w.clusters()] == ["C", "A", "B"]
    assert w.move_cluster(c, 0) is None
    w.move_cluster(a, 99)
    assert [x.name for x in w.clusters()] == ["C", "B", "A"]
    change.undo()  # the order before that first move (positions restored exactly)
    assert [x.id for x in w.clusters()] == [a, b, c]


def test_propose_from_the_demo_themes_then_idempotent(demo_unsorted, events):
    w = demo_unsorted
    recs = w.recommendations(all_ids(w))
    expected = propose_clusters({rec_id: list(rec.themes) for rec_id, rec in recs.items()})
    assert len(expected) >= 8  # the demo has themes to start from

    created, change = w.propose_clusters_from_themes()
    listing = w.clusters()
    assert [c.id for c in listing] == created
    assert [(c.name, c.size) for c in listing] == [(name, len(ids)) for name, ids in expected]
    for c in listing:
        assert all(c.name in recs[i].themes for i in w.cluster_members(c.id))
    assert w.unassigned_count() == len(recs) - sum(len(ids) for _, ids in expected)
    assert any(e.topic == "recommendations" and len(e.ids) > 50 for e in events)

    before = memberships(w)
    assert w.propose_clusters_from_themes() == ([], None)  # a second run changes nothing
    assert memberships(w) == before and len(w.clusters()) == len(listing)

    change.undo()
    assert w.clusters() == [] and w.unassigned_count() == len(recs)
    change.redo()
    assert [(c.id, c.name, c.size) for c in w.clusters()] == [(c.id, c.name, c.size) for c in listing]


def test_propose_only_fills_same_named_clusters_and_never_moves_sorted_ones(demo_unsorted):
    w = demo_unsorted
    refs = by_reference(w)
    women = "Women's rights & gender-based violence"
    mine, _ = w.create_cluster("My own theme")
    same, _ = w.create_cluster(women.upper())
    theirs = [i for i, rec in w.recommendations(list(refs.values())).items() if women in rec.themes]
    w.assign(theirs[:2], mine)  # sorted by hand: stays where people put it

    created, change = w.propose_clusters_from_themes()
    assert created == []  # clusters exist: none are added
    assert [c.name for c in w.clusters()] == ["My own theme", women.upper()]
    assert [w.cluster_of(i) for i in theirs[:2]] == [mine, mine]
    members = set(w.cluster_members(same))
    assert members and members <= set(theirs[2:])
    change.undo()
    assert w.cluster(same).size == 0 and w.cluster(mine).size == 2


def test_propose_falls_back_to_affected_persons(tmp_path):
    from upr_desktop.domain.recommendation import Recommendation
    from upr_desktop.domain.workshop import WorkshopInfo

    w = Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="No themes", country="Demoland"))
    try:
        with pytest.raises(ValidationError, match="no recommendations"):
            w.propose_clusters_from_themes()
        for n, who in enumerate(("Children", "Children", "Women", "Women", "Women", "Migrants")):
            w.add_recommendation(Recommendation(text=f"Protect group {n}", reference=f"1.{n}",
                                                affected_persons=(who,)))
        created, _ = w.propose_clusters_from_themes()
        assert [(c.name, c.size) for c in w.clusters()] == [("Women", 3), ("Children", 2)]
        assert len(created) == 2 and w.unassigned_count() == 1
    finally:
        w.close()


def test_review_filter_by_cluster_and_not_in_a_cluster(demo_unsorted):
    w = demo_unsorted
    ids = all_ids(w)
    a, _ = w.create_cluster("A")
    b, _ = w.create_cluster("B")
    w.assign(ids[:5], a)
    w.assign(ids[5:12], b)

    def shown(**kwargs):
        return w.filtered_ids(RecommendationFilter(**kwargs), sort="reference")

    assert shown(clusters=frozenset({a})) == ids[:5]
    assert shown(clusters=frozenset({a, b})) == ids[:12]
    assert shown(clusters=frozenset({NO_CLUSTER})) == ids[12:]
    assert shown(clusters=frozenset({NO_CLUSTER, b})) == ids[5:]
    assert not RecommendationFilter(clusters=frozenset({NO_CLUSTER})).is_empty()
    # With a search and with relevance ranking, the cluster still holds.
    text = w.recommendation(ids[0]).text.split()[0]
    ranked, _ = w.ranked_ids(RecommendationFilter(text=text, clusters=frozenset({a})))
    assert ids[0] in ranked and set(ranked) <= set(ids[:5])


def test_a_read_only_workshop_refuses_cluster_changes(tmp_path, demo_unsorted):
    path = demo_unsorted.path
    demo_unsorted.create_cluster("A")
    demo_unsorted.close()
    w = Workshop.open(path, read_only=True)
    try:
        assert [c.name for c in w.clusters()] == ["A"]
        with pytest.raises(WorkshopReadOnly):
            w.create_cluster("B")
        with pytest.raises(WorkshopReadOnly):
            w.assign(all_ids(w)[:2], w.clusters()[0].id)
    finally:
        w.close()
