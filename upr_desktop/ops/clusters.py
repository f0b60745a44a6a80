"""Thematic clusters: the write path (mixed into Workshop).

Every write is one transaction, leaves an audit entry, announces "clusters" (the clusters touched)
and, when recommendations changed cluster, "recommendations" (those ids, so the review table and
its cluster filter refresh). Undo puts back exactly what was there: the same ids, positions,
members, and the priorities that were built on a deleted cluster.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..domain.cluster import NAME_MAX, Cluster, clean_name, propose_clusters, validate_cluster_name
from ..domain.errors import ValidationError
from ..store import clusters as store
from ..store import writes
from .changes import Change
from .charter import TOPIC as CHARTER_TOPIC
from ..text import Context, translate

Clusters = Context("Clusters")  # plural sentences: lupdate takes the context from this name

DESCRIPTION_MAX = 2000


@dataclass(frozen=True)
class _RemovedCluster:
    """What deleting a cluster took away, to put it back as it was."""

    row: dict
    members: tuple[int, ...]
    priority_ids: tuple[int, ...]



class ClusterOps:
    """Needs self._store and self._announce (see Workshop)."""

    # --- reads ---------------------------------------------------------------------------
    def clusters(self) -> list[Cluster]:
        """Every cluster in the order people arranged them, with its size."""
        return store.list_clusters(self._store.conn)

    def cluster(self, cluster_id: int) -> Cluster | None:
        return store.get_cluster(self._store.conn, cluster_id)

    def cluster_of(self, rec_id: int) -> int | None:
        return store.cluster_of(self._store.conn, rec_id)

    def clusters_of(self, rec_ids: Iterable[int]) -> dict[int, int | None]:
        return store.clusters_of(self._store.conn, rec_ids)

    def cluster_members(self, cluster_id: int) -> list[int]:
        """The cluster's recommendations in reference order."""
        return store.member_ids(self._store.conn, cluster_id)

    def unassigned_ids(self) -> list[int]:
        """Recommendations in no cluster, in reference order."""
        return store.unassigned_ids(self._store.conn)

    def unassigned_count(self) -> int:
        return self.count() - store.assigned_count(self._store.conn)

    def priorities_using_cluster(self, cluster_id: int) -> list[str]:
        """Titles of the charter's priorities built on this cluster (the GUI asks before deleting it)."""
        return [title for _, title in store.priorities_using(self._store.conn, cluster_id)]

    # --- checks --------------------------------------------------------------------------
    def _existing_cluster(self, cluster_id: int | None) -> Cluster:
        found = self.cluster(cluster_id) if cluster_id is not None else None
        if found is None:
            raise ValidationError(translate("Clusters", "This cluster no longer exists (it may have been deleted "
                                                        "or merged)."))
        return found

    def _checked_name(self, name: str, except_id: int | None = None) -> str:
        name = clean_name(name)
        taken = [c.name for c in self.clusters() if c.id != except_id]
        problems = validate_cluster_name(name, taken)
        if problems:
            raise ValidationError(" ".join(problems))
        return name

    @staticmethod
    def _checked_description(text: str | None) -> str:
        text = (text or "").strip()
        if len(text) > DESCRIPTION_MAX:
            raise ValidationError(translate("Clusters", "The description is too long ({text_count} characters; at "
                                                        "most {description_max}).").format(
                text_count=len(text), description_max=DESCRIPTION_MAX))
        return text

    # --- create, rename, describe, reorder -------------------------------------------------
    def create_cluster(self, name: str, description: str = "") -> tuple[int, Change]:
        name = self._checked_name(name)
        description = self._checked_description(description)
        with self._store.transaction():
            cluster_id = store.insert_cluster(self._store.conn, name, description)
            writes.audit(self._store.conn, "cluster.add", f"Created cluster {name}", {"id": cluster_id})
        self._announce("clusters", [cluster_id])
        taken: dict = {}

        def undo() -> None:
            taken["removed"] = self._remove_clusters([cluster_id])

        def redo() -> None:
            self._put_back_clusters(taken["removed"])

        return cluster_id, Change(translate("Clusters", "New cluster {name}").format(name=name), undo, redo)

    def rename_cluster(self, cluster_id: int, name: str) -> Change:
        before = self._existing_cluster(cluster_id)
        name = self._checked_name(name, except_id=cluster_id)
        self._write_cluster(cluster_id, name=name)
        return Change(translate("Clusters", "Rename cluster {name}").format(name=before.name), lambda: self._write_cluster(cluster_id, name=before.name),
                      lambda: self._write_cluster(cluster_id, name=name))

    def set_cluster_description(self, cluster_id: int, text: str) -> Change:
        before = self._existing_cluster(cluster_id)
        text = self._checked_description(text)
        self._write_cluster(cluster_id, description=text)
        return Change(translate("Clusters", "Describe cluster {name}").format(name=before.name),
                      lambda: self._write_cluster(cluster_id, description=before.description),
                      lambda: self._write_cluster(cluster_id, description=text))

    def _write_cluster(self, cluster_id: int, *, name: str | None = None, description: str | None = None) -> None:
        with self._store.transaction():
            store.update_cluster(self._store.conn, cluster_id, name=name, description=description)
            summary = f"Renamed cluster to {name}" if name is not None else "Edited a cluster's description"
            writes.audit(self._store.conn, "cluster.edit", summary, {"id": cluster_id})
        self._announce("clusters", [cluster_id])

    def move_cluster(self, cluster_id: int, new_position: int) -> Change | None:
        """Move a cluster to the 0-based place new_position in the list (None: it is already there)."""
        cluster = self._existing_cluster(cluster_id)
        current = [c.id for c in self.clusters()]
        before = store.positions(self._store.conn)
        order = [cid for cid in current if cid != cluster_id]
        order.insert(max(0, min(int(new_position), len(order))), cluster_id)
        if order == current:
            return None
        after = {cid: position for position, cid in enumerate(order)}
        self._write_positions(after)
        return Change(translate("Clusters", "Move cluster {name}").format(name=cluster.name), lambda: self._write_positions(before),
                      lambda: self._write_positions(after))

    def _write_positions(self, by_id: dict[int, int]) -> None:
        with self._store.transaction():
            store.set_positions(self._store.conn, by_id)
            writes.audit(self._store.conn, "cluster.move", "Reordered the clusters")
        self._announce("clusters", list(by_id))

    # --- delete and merge ----------------------------------------------------------------
    def delete_cluster(self, cluster_id: int) -> Change:
        """Its recommendations become unassigned; priorities built on it keep their recommendations and
        lose the link. Undo puts the cluster back with the same id, place, members and priorities."""
        return self.delete_clusters([cluster_id])

    def delete_clusters(self, cluster_ids: Sequence[int]) -> Change:
        ids = list(dict.fromkeys(cluster_ids))
        if not ids:
            raise ValidationError(translate("Clusters", "Choose a cluster to delete."))
        names = [self._existing_cluster(cid).name for cid in ids]
        removed = self._remove_clusters(ids)
        if len(ids) == 1:
            description = translate("Clusters", "Delete cluster {name}").format(name=names[0])
        else:
            description = Clusters.tr("Delete %n clusters", None, len(ids))
        return Change(description, lambda: self._put_back_clusters(removed),
                      lambda: self._remove_clusters(ids))

    def _remove_clusters(self, ids: list[int]) -> list[_RemovedCluster]:
        conn = self._store.conn
        with self._store.transaction():
            removed = []
            for cid in ids:
                row = store.cluster_row(conn, cid)
                if row is None:
                    continue
                removed.append(_RemovedCluster(row, tuple(store.member_ids(conn, cid)),
                                               tuple(pid for pid, _ in store.priorities_using(conn, cid))))
                store.delete_cluster(conn, cid)
            writes.audit(conn, "cluster.delete", f"Deleted {len(removed)} cluster(s)",
                         {"ids": [r.row["id"] for r in removed]})
        self._announce_removal(removed)
        return removed

    def _announce_removal(self, removed: list[_RemovedCluster], *also: int) -> None:
        self._announce("clusters", [*also, *(r.row["id"] for r in removed)])
        members = [m for r in removed for m in r.members]
        if members:
            self._announce("recommendations", members)
        priorities = [pid for r in removed for pid in r.priority_ids]
        if priorities:
            self._announce(CHARTER_TOPIC, priorities)  # their link to the cluster changed

    def _put_back_clusters(self, removed: list[_RemovedCluster]) -> None:
        conn = self._store.conn
        with self._store.transaction():
            for r in removed:
                store.restore_cluster_row(conn, r.row)
                store.set_cluster(conn, r.members, r.row["id"])
                store.set_priority_cluster(conn, r.priority_ids, r.row["id"])
            writes.audit(conn, "cluster.restore", f"Restored {len(removed)} cluster(s)",
                         {"ids": [r.row["id"] for r in removed]})
        self._announce_removal(removed)

    def merge_clusters(self, cluster_ids: Sequence[int], into_id: int) -> Change:
        """Move the others' recommendations (and the priorities built on them) into into_id; delete the others."""
        into = self._existing_cluster(into_id)
        others = [cid for cid in dict.fromkeys(cluster_ids) if cid != into_id]
        if not others:
            raise ValidationError(translate("Clusters", "Choose at least two clusters to merge."))
        for cid in others:
            self._existing_cluster(cid)
        removed = self._merge(others, into_id)
        return Change(translate("Clusters", "Merge {number} clusters into {name}").format(
            number=len(others) + 1, name=into.name),
                      lambda: self._unmerge(removed, into_id), lambda: self._merge(others, into_id))

    def _merge(self, others: list[int], into_id: int) -> list[_RemovedCluster]:
        conn = self._store.conn
        with self._store.transaction():
            removed = []
            for cid in others:
                row = store.cluster_row(conn, cid)
                members = tuple(store.member_ids(conn, cid))
                priorities = tuple(pid for pid, _ in store.priorities_using(conn, cid))
                removed.append(_RemovedCluster(row, members, priorities))
                store.set_cluster(conn, members, into_id)
                store.set_priority_cluster(conn, priorities, into_id)
                store.delete_cluster(conn, cid)
            writes.audit(conn, "cluster.merge", f"Merged {len(others)} cluster(s) into another",
                         {"into": into_id, "merged": others})
        self._announce_removal(removed, into_id)
        return removed

    def _unmerge(self, removed: list[_RemovedCluster], into_id: int) -> None:
        conn = self._store.conn
        with self._store.transaction():
            for r in removed:
                store.restore_cluster_row(conn, r.row)
                store.set_cluster(conn, r.members, r.row["id"])
                store.set_priority_cluster(conn, r.priority_ids, r.row["id"])
            writes.audit(conn, "cluster.unmerge", "Took back a merge of clusters", {"into": into_id})
        self._announce_removal(removed, into_id)

    # --- membership ----------------------------------------------------------------------
    def assign(self, recommendation_ids: Iterable[int], cluster_id: int | None) -> Change | None:
        """Put recommendations in a cluster (None: take them out of any), in one transaction.

        None when nothing would change (they are all there already). Undo puts each one back in the
        cluster it came from.
        """
        target = self._existing_cluster(cluster_id) if cluster_id is not None else None
        before = self.clusters_of(recommendation_ids)
        moved = {rec_id: was for rec_id, was in before.items() if was != cluster_id}
        if not moved:
            return None
        ids = list(moved)
        self._write_membership({rec_id: cluster_id for rec_id in ids})
        n = len(ids)
        if target:
            description = Clusters.tr("Move %n recommendation(s) to {name}", None, n).format(name=target.name)
        else:
            description = Clusters.tr("Take %n recommendation(s) out of their cluster", None, n)
        return Change(description, lambda: self._write_membership(moved),
                      lambda: self._write_membership({rec_id: cluster_id for rec_id in ids}))

    def _write_membership(self, by_rec: dict[int, int | None]) -> None:
        conn = self._store.conn
        touched = {cid for cid in store.clusters_of(conn, by_rec).values() if cid is not None}
        touched |= {cid for cid in by_rec.values() if cid is not None}
        with self._store.transaction():
            store.set_clusters(conn, by_rec)
            writes.audit(conn, "cluster.assign", f"Changed the cluster of {len(by_rec)} recommendation(s)",
                         {"count": len(by_rec)})
        self._announce("clusters", sorted(touched))
        self._announce("recommendations", list(by_rec))

    # --- a starting set from the themes ----------------------------------------------------
    def propose_clusters_from_themes(self) -> tuple[list[int], Change | None]:
        """Build clusters from the imported themes (or, with no themes at all, the affected persons).

        With no clusters yet, it creates one per proposed theme. Once there are clusters it only adds to
        those with the same name as a theme, so running it again changes nothing. Only unassigned
        recommendations are placed; nobody's sorting is undone. ([], None) when there is nothing to add.
        """
        conn = self._store.conn
        if not self.count():
            raise ValidationError(translate("Clusters", "There are no recommendations to cluster yet. Import them "
                                                        "in Review first."))
        values = store.themes_by_recommendation(conn, "themes")
        if not any(values.values()):
            values = store.themes_by_recommendation(conn, "affected_persons")
        if not any(values.values()):
            raise ValidationError(translate("Clusters", "The recommendations carry no themes (or affected persons) "
                                                        "to start from. Create the clusters by hand with “New "
                                                        "cluster”."))
        existing = {c.name.casefold(): c.id for c in self.clusters()}
        may_create = not existing
        unassigned = set(self.unassigned_ids())
        new_names: dict[str, str] = {}  # casefold -> name as it will be stored
        plan: dict[str, list[int]] = {}  # casefold name -> recommendations to place there
        for theme, ids in propose_clusters(values):
            name = clean_name(theme)
            if len(name) > NAME_MAX:
                name = name[:NAME_MAX - 1].rstrip() + "…"
            key = name.casefold()
            if key not in existing:
                if not may_create:
                    continue
                new_names.setdefault(key, name)
            todo = [rec_id for rec_id in ids if rec_id in unassigned]
            if todo or key in new_names:
                plan.setdefault(key, []).extend(todo)
        if not plan:
            return [], None

        with self._store.transaction():
            created: dict[str, int] = {}
            for key, name in new_names.items():
                created[key] = store.insert_cluster(conn, name)
            targets = {**existing, **created}
            placed = {rec_id: targets[key] for key, ids in plan.items() for rec_id in ids}
            store.set_clusters(conn, placed)
            writes.audit(conn, "cluster.propose",
                         f"Proposed {len(created)} cluster(s) from the themes; placed {len(placed)} recommendation(s)",
                         {"created": list(created.values()), "placed": len(placed)})
            rows = [store.cluster_row(conn, cid) for cid in created.values()]
        created_ids = list(created.values())
        self._announce("clusters", sorted(set(placed.values())))
        if placed:
            self._announce("recommendations", list(placed))

        def undo() -> None:
            with self._store.transaction():
                store.set_cluster(conn, list(placed), None)
                for cid in created_ids:
                    store.delete_cluster(conn, cid)
                writes.audit(conn, "cluster.propose.undo", "Took back the clusters proposed from the themes")
            self._announce("clusters", sorted(set(placed.values())))
            if placed:
                self._announce("recommendations", list(placed))

        def redo() -> None:
            with self._store.transaction():
                for row in rows:
                    store.restore_cluster_row(conn, row)
                store.set_clusters(conn, placed)
                writes.audit(conn, "cluster.propose", "Proposed clusters from the themes again")
            self._announce("clusters", sorted(set(placed.values())))
            if placed:
                self._announce("recommendations", list(placed))

        what = (Clusters.tr("Propose %n cluster(s) from themes", None, len(created_ids)) if created_ids
                else Clusters.tr("Place %n recommendation(s) by theme", None, len(placed)))
        return created_ids, Change(what, undo, redo)
