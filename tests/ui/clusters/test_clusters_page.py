"""The cluster board, driven like a facilitator would: real widgets over real workshop files."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import NO_CLUSTER, RecommendationFilter
from upr_desktop.ui.clusters.cluster_list import ClusterIdRole, CountRole
from upr_desktop.ui.clusters.page import ClustersPage
from upr_desktop.ui.common.recommendation_model import RECOMMENDATION_IDS_MIME, ids_from_mime, ids_to_mime

TOTAL = 82


@pytest.fixture
def workshop(tmp_path):
    w = create_demo_workshop(tmp_path / "demo.uprw", until="rounds")
    yield w
    w.close()


@pytest.fixture
def undo():
    return QUndoStack()


def make_page(qtbot, workshop, undo) -> ClustersPage:
    page = ClustersPage(workshop, undo, None)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, workshop, undo):
    p = make_page(qtbot, workshop, undo)
    yield p
    p.detach()


def list_rows(page) -> list[tuple[int, str, int]]:
    m = page.cluster_model
    return [(m.index(r).data(ClusterIdRole), m.index(r).data(), m.index(r).data(CountRole)) for r in range(m.rowCount())]


def reference_ids(w) -> list[int]:
    return w.filtered_ids(RecommendationFilter(), sort="reference")


def select_rows(page, rows: list[int]) -> list[int]:
    page.table.clearSelection()
    for row in rows:
        page.table.selectionModel().select(
            page.model.index(row, 0),
            page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows)
    page.table.selectionModel().setCurrentIndex(page.model.index(rows[0], 0),
                                                page.table.selectionModel().SelectionFlag.NoUpdate)
    return page.selected_ids()


def test_empty_state_then_propose_from_themes_and_undo(qtbot, page, workshop, undo):
    assert page.empty_state.isVisible()
    assert "No clusters yet" in page.empty_title.text()
    assert list_rows(page) == [(NO_CLUSTER, "Unassigned", TOTAL)]
    assert page.model.rowCount() == TOTAL and page.shown_title.text() == "Unassigned"

    qtbot.mouseClick(page.empty_propose, Qt.MouseButton.LeftButton)
    rows = list_rows(page)
    clusters = workshop.clusters()
    assert len(clusters) >= 8
    assert rows[0][:2] == (NO_CLUSTER, "Unassigned")  # always first, always there
    assert rows[1:] == [(c.id, c.name, c.size) for c in clusters]
    assert rows[0][2] == workshop.unassigned_count() == TOTAL - sum(c.size for c in clusters)
    assert not page.empty_state.isVisible()
    assert page.shown_cluster_id() == clusters[0].id  # the largest is opened
    assert page.model.ids() == workshop.cluster_members(clusters[0].id)
    assert f"{len(clusters)} clusters" in page.subtitle.text()
    assert undo.count() == 1

    # Running it again adds nothing and says so.
    page.propose_from_themes()
    assert undo.count() == 1 and len(workshop.clusters()) == len(clusters)

    undo.undo()
    assert workshop.clusters() == []
    assert list_rows(page) == [(NO_CLUSTER, "Unassigned", TOTAL)]
    assert page.empty_state.isVisible() and page.shown_cluster_id() == NO_CLUSTER
    assert page.model.rowCount() == TOTAL


def test_create_by_typing_a_name_refuses_a_duplicate_and_undoes(qtbot, page, workshop, undo):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.new_name.hasFocus()
    qtbot.keyClicks(page.new_name, "Civic space")
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    [cluster] = workshop.clusters()
    assert cluster.name == "Civic space"
    assert list_rows(page) == [(NO_CLUSTER, "Unassigned", TOTAL), (cluster.id, "Civic space", 0)]
    assert page.shown_cluster_id() == cluster.id and page.shown_title.text() == "Civic space"
    assert page.new_name.text() == ""
    assert page.no_rows.isVisible() and "Nothing in this cluster yet" in page.no_rows.text()

    qtbot.keyClicks(page.new_name, "CIVIC SPACE")
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    assert page.cluster_note.isVisible() and "already a cluster" in page.cluster_note.text()
    assert len(workshop.clusters()) == 1 and page.new_name.text() == "CIVIC SPACE"  # kept, to correct

    undo.undo()
    assert workshop.clusters() == [] and list_rows(page) == [(NO_CLUSTER, "Unassigned", TOTAL)]


def test_move_by_button_and_quick_picker(qtbot, page, workshop, undo):
    justice, _ = workshop.create_cluster("Justice")
    health, _ = workshop.create_cluster("Health")
    assert [r[1] for r in list_rows(page)] == ["Unassigned", "Justice", "Health"]  # the page follows
    page.show_cluster(NO_CLUSTER)
    assert not page.move_button.isEnabled()
    ids = select_rows(page, [0, 1, 2])
    assert page.move_button.isEnabled()

    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    picker = page.picker
    assert picker is not None and picker.isVisible()
    assert [picker.list.item(i).text().split(maxsplit=1)[1] for i in range(picker.list.count())] == \
        ["Justice", "Health"]
    qtbot.keyClicks(picker.search, "heal")
    assert picker.list.count() == 2  # Health, and "New cluster “heal”"
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert not picker.isVisible()
    assert [workshop.cluster_of(i) for i in ids] == [health] * 3
    assert dict((r[0], r[2]) for r in list_rows(page)) == {NO_CLUSTER: TOTAL - 3, justice: 0, health: 3}
    assert not set(ids) & set(page.model.ids())  # they left the Unassigned list
    assert page.selected_ids() == [page.model.id_at(0)]  # the next row is ready
    assert undo.count() == 1

    undo.undo()
    assert [workshop.cluster_of(i) for i in ids] == [None] * 3
    assert page.cluster_model.unassigned() == TOTAL


def test_keyboard_digits_move_and_zero_takes_out(qtbot, page, workshop, undo):
    first, _ = workshop.create_cluster("First")
    second, _ = workshop.create_cluster("Second")
    page.show_cluster(NO_CLUSTER)
    ids = select_rows(page, [0, 1, 2, 3])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    assert [workshop.cluster_of(i) for i in ids] == [second] * 4
    after = page.selected_ids()
    assert len(after) == 1 and after[0] not in ids
    qtbot.keyClick(page.table, Qt.Key.Key_1)  # the next one, straight on
    assert workshop.cluster_of(after[0]) == first
    assert page.cluster_model.unassigned() == TOTAL - 5
    qtbot.keyClick(page.table, Qt.Key.Key_7)  # no seventh cluster: nothing happens
    assert page.cluster_model.unassigned() == TOTAL - 5

    page.show_cluster(second)
    assert page.model.ids() == ids
    select_rows(page, [0])
    qtbot.keyClick(page.table, Qt.Key.Key_0)
    assert workshop.cluster_of(ids[0]) is None
    assert page.model.ids() == ids[1:]
    assert workshop.cluster(second).size == 3

    # Ctrl+M with a new name: one undo step creates the cluster and moves the rows.
    select_rows(page, [0, 1])
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert page.picker.isVisible()
    qtbot.keyClicks(page.picker.search, "Brand new")
    last = page.picker.list.item(page.picker.list.count() - 1).text()
    assert "Brand new" in last
    page.picker.list.setCurrentRow(page.picker.list.count() - 1)
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    new = next(c for c in workshop.clusters() if c.name == "Brand new")
    assert new.size == 2 and [workshop.cluster_of(i) for i in ids[1:3]] == [new.id] * 2
    steps = undo.count()
    undo.undo()
    assert all(c.name != "Brand new" for c in workshop.clusters())
    assert [workshop.cluster_of(i) for i in ids[1:3]] == [second] * 2
    assert undo.index() == steps - 1


def test_drag_from_the_table_and_drop_on_a_cluster(qtbot, page, workshop, undo):
    target, _ = workshop.create_cluster("Target")
    qtbot.waitUntil(lambda: page.cluster_list.viewport().height() > 200)  # the list grew out of its empty state
    page.show_cluster(NO_CLUSTER)
    ids = select_rows(page, [4, 5])
    # What the table hands a drag: the selected rows' ids (the review table's model does the same).
    mime = page.model.mimeData(page.table.selectionModel().selectedIndexes())
    assert mime.hasFormat(RECOMMENDATION_IDS_MIME) and ids_from_mime(mime) == ids
    assert page.model.flags(page.model.index(4, 1)) & Qt.ItemFlag.ItemIsDragEnabled

    # A real drop event on the cluster's row in the list.
    row = page.cluster_model.row_of(target)
    viewport = page.cluster_list.viewport()
    point = page.cluster_list.visualRect(page.cluster_model.index(row)).center()
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted() and page.cluster_list.drop_row == row  # the row lights up
    drop = QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    qtbot.waitUntil(lambda: workshop.cluster(target).size == 2, timeout=2000)
    assert [workshop.cluster_of(i) for i in ids] == [target, target]
    assert page.cluster_model.index(row).data(CountRole) == 2
    assert page.cluster_list.drop_row is None

    # Straight through the model too (what a drop from the Review page's table ends in), and onto Unassigned.
    page.show_cluster(target)
    assert page.cluster_model.dropMimeData(ids_to_mime(ids[:1]), Qt.DropAction.MoveAction, -1, -1,
                                           page.cluster_model.index(0))
    qtbot.waitUntil(lambda: workshop.cluster_of(ids[0]) is None, timeout=2000)
    assert page.model.ids() == ids[1:]
    # Not between rows, and not something that isn't recommendations.
    assert not page.cluster_model.canDropMimeData(ids_to_mime(ids), Qt.DropAction.MoveAction, 1, 0,
                                                  page.cluster_model.index(-1))
    from PySide6.QtCore import QMimeData
    other = QMimeData()
    other.setText("hello")
    assert not page.cluster_model.canDropMimeData(other, Qt.DropAction.MoveAction, -1, -1,
                                                  page.cluster_model.index(row))
    undo.undo()
    undo.undo()
    assert [workshop.cluster_of(i) for i in ids] == [None, None]


def test_counts_follow_changes_made_anywhere_and_unassigned_stays_first(qtbot, page, workshop):
    ids = reference_ids(workshop)
    a, _ = workshop.create_cluster("A")
    b, _ = workshop.create_cluster("B")
    workshop.assign(ids[:10], a)  # not through the page: its announcement is enough
    assert list_rows(page) == [(NO_CLUSTER, "Unassigned", TOTAL - 10), (a, "A", 10), (b, "B", 0)]
    assert "10 of 82 recommendations in a cluster" in page.subtitle.text()
    workshop.merge_clusters([a, b], b)
    assert list_rows(page) == [(NO_CLUSTER, "Unassigned", TOTAL - 10), (b, "B", 10)]
    workshop.assign(ids, b)
    assert list_rows(page)[0] == (NO_CLUSTER, "Unassigned", 0)
    assert "every recommendation in a cluster" in page.subtitle.text()
    page.show_cluster(NO_CLUSTER)
    assert page.no_rows.isVisible() and "Every recommendation is in a cluster" in page.no_rows.text()
    workshop.delete_cluster(b)
    assert list_rows(page) == [(NO_CLUSTER, "Unassigned", TOTAL)]
    assert page.model.rowCount() == TOTAL


def test_unassigned_stays_in_sight_above_a_long_list(qtbot, page, workshop):
    ids = [workshop.create_cluster(f"Cluster number {n}")[0] for n in range(1, 31)]
    qtbot.waitUntil(lambda: page.cluster_list.isVisible())
    page.show_cluster(ids[-1])
    bar = page.cluster_list.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()  # the list scrolled to the last one
    unassigned = page.unassigned_view
    assert unassigned.isVisible()
    row = unassigned.visualRect(page.cluster_model.index(0))
    assert unassigned.viewport().rect().contains(row)
    assert unassigned.indexAt(row.center()).data() == "Unassigned"
    assert page.cluster_list.isRowHidden(0) and all(unassigned.isRowHidden(r) for r in range(1, 31))
    # Keys: Up from the first cluster lands on Unassigned, Down goes back into the list.
    page.show_cluster(ids[0])
    page.cluster_list.setFocus()
    qtbot.keyClick(page.cluster_list, Qt.Key.Key_Up)
    assert page.shown_cluster_id() == NO_CLUSTER and unassigned.hasFocus()
    qtbot.keyClick(unassigned, Qt.Key.Key_Down)
    assert page.shown_cluster_id() == ids[0] and page.cluster_list.hasFocus()
    # A click on it shows the unassigned and lets go of the clusters.
    qtbot.mouseClick(unassigned.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert page.shown_cluster_id() == NO_CLUSTER and page.selected_cluster_ids() == []
    assert page.model.rowCount() == TOTAL


def test_showing_a_deleted_cluster_falls_back_to_unassigned(qtbot, page, workshop):
    a, _ = workshop.create_cluster("A")
    workshop.assign(reference_ids(workshop)[:3], a)
    page.show_cluster(a)
    assert page.model.rowCount() == 3
    workshop.delete_cluster(a)
    assert page.shown_cluster_id() == NO_CLUSTER and page.shown_title.text() == "Unassigned"
    assert page.model.rowCount() == TOTAL


def test_delete_asks_first_names_the_priorities_and_undoes(qtbot, page, workshop, undo, message_boxes):
    ids = reference_ids(workshop)
    keep, _ = workshop.create_cluster("Keep")
    gone, _ = workshop.create_cluster("Justice")
    workshop.assign(ids[:6], gone)
    workshop.add_priority("Fair trials for all", ids[:2], cluster_id=gone)
    page.show_cluster(gone)
    assert page.delete_button.isEnabled()

    message_boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    question = message_boxes.questions[-1]
    assert "“Justice”" in question and "6 recommendations become unassigned" in question
    assert "Fair trials for all" in question and "keep their recommendations" in question
    assert workshop.cluster(gone) is not None and undo.count() == 0

    message_boxes.answer = QMessageBox.StandardButton.Yes
    page.delete_selected()
    assert workshop.cluster(gone) is None
    assert [r[1] for r in list_rows(page)] == ["Unassigned", "Keep"]
    assert [p.cluster_id for p in workshop.charter().priorities] == [None]
    assert page.cluster_model.unassigned() == TOTAL

    undo.undo()
    assert workshop.cluster(gone).size == 6
    assert [p.cluster_id for p in workshop.charter().priorities] == [gone]
    assert [r[1] for r in list_rows(page)] == ["Unassigned", "Keep", "Justice"]

    # Unassigned itself can't be deleted.
    page.show_cluster(NO_CLUSTER)
    assert not page.delete_button.isEnabled()
    assert not page.delete_selected()


def test_merge_rename_reorder_from_the_list(qtbot, page, workshop, undo):
    ids = reference_ids(workshop)
    a, _ = workshop.create_cluster("Alpha")
    b, _ = workshop.create_cluster("Beta")
    c, _ = workshop.create_cluster("Gamma")
    workshop.assign(ids[:2], a)
    workshop.assign(ids[2:5], b)
    page._select_clusters([a, b], b)
    assert page.merge_button.isEnabled()
    page._fill_merge_menu()
    labels = [action.text() for action in page.merge_menu.actions()]
    assert labels == ["Merge into “Alpha”", "Merge into “Beta”"]
    page.merge_menu.actions()[1].trigger()
    assert workshop.cluster(a) is None and workshop.cluster(b).size == 5
    assert page.shown_cluster_id() == b and page.model.rowCount() == 5

    # Rename in place: the list asks, the ops layer does it.
    index = page.cluster_model.index(page.cluster_model.row_of(b))
    page.cluster_model.setData(index, "Beta and Alpha")
    assert workshop.cluster(b).name == "Beta and Alpha"
    assert page.shown_title.text() == "Beta and Alpha"
    page.cluster_model.setData(index, "gamma")
    assert "already a cluster" in page.cluster_note.text() and workshop.cluster(b).name == "Beta and Alpha"

    # Description, saved when the field is left.
    page.description.setFocus()
    page.description.setText("Courts and both alphabets")
    page.description.editingFinished.emit()
    assert workshop.cluster(b).description == "Courts and both alphabets"

    # Reorder with Alt+Down on the list.
    page.show_cluster(b)
    page.cluster_list.setFocus()
    qtbot.keyClick(page.cluster_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [x.name for x in workshop.clusters()] == ["Gamma", "Beta and Alpha"]
    assert [r[1] for r in list_rows(page)] == ["Unassigned", "Gamma", "Beta and Alpha"]

    while undo.canUndo():
        undo.undo()
    assert [(x.name, x.size) for x in workshop.clusters()] == [("Alpha", 2), ("Beta", 3), ("Gamma", 0)]


def test_a_read_only_workshop_can_be_looked_at_not_changed(qtbot, tmp_path, undo):
    path = tmp_path / "ro.uprw"
    w = create_demo_workshop(path, until="rounds")
    w.propose_clusters_from_themes()
    w.close()
    ro = Workshop.open(path, read_only=True)
    try:
        page = make_page(qtbot, ro, undo)
        assert len(list_rows(page)) == len(ro.clusters()) + 1
        for button in (page.propose_button, page.new_button, page.rename_button, page.delete_button,
                       page.add_button, page.move_button):
            assert not button.isEnabled()
        assert not page.cluster_model.editable and not page.cluster_list.acceptDrops()
        page.show_cluster(ro.clusters()[0].id)
        before = ro.cluster(ro.clusters()[0].id).size
        select_rows(page, [0])
        qtbot.keyClick(page.table, Qt.Key.Key_2)
        assert ro.clusters()[0].size == before and undo.count() == 0
        assert page.description.isReadOnly()
        page.detach()
        page.hide()  # as the window does: no painting from a closed file
    finally:
        ro.close()


def test_review_page_filters_by_cluster(qtbot, workshop, undo):
    from upr_desktop.ui.review.page import ReviewPage

    ids = reference_ids(workshop)
    created, _ = workshop.propose_clusters_from_themes()
    small, _ = workshop.create_cluster("Hand-picked")
    workshop.assign(ids[:3], small)
    review = ReviewPage(workshop, undo)
    qtbot.addWidget(review)
    review.resize(1280, 800)
    review.show()
    button = review.filter_bar.buttons["cluster"]
    values = button.values()
    assert values[0] == (NO_CLUSTER, "Not in a cluster", workshop.unassigned_count())
    assert [(v, n) for v, n, _ in values[1:]] == [(c.id, c.name) for c in workshop.clusters()]

    button.set_selected({small})
    assert review.model.ids() == ids[:3]
    assert button.text() == "Cluster: Hand-picked" and button.property("active") is True
    assert review.filter_bar.showing.text() == f"Showing 3 of {TOTAL}"

    first = workshop.clusters()[0]
    button.set_selected({first.id})
    assert sorted(review.model.ids()) == sorted(workshop.cluster_members(first.id))

    button.set_selected({NO_CLUSTER})
    assert review.model.ids() == workshop.unassigned_ids()
    # Changes elsewhere show at once: the review page hears the same announcement.
    workshop.assign(ids[3:5], None)
    assert set(ids[3:5]) <= set(review.model.ids())
    assert review.model.ids() == workshop.unassigned_ids()
    review.filter_bar.clear()
    assert review.model.rowCount() == TOTAL
    review.detach()


def test_filter_without_clusters_says_where_to_make_them(qtbot, workshop, undo):
    from upr_desktop.ui.review.page import ReviewPage

    review = ReviewPage(workshop, undo)
    qtbot.addWidget(review)
    button = review.filter_bar.buttons["cluster"]
    assert button.values() == []
    button.menu().aboutToShow.emit()
    assert "step 2, Clusters" in button.popup.empty.text()
    workshop.create_cluster("Later")
    button.menu().aboutToShow.emit()  # read afresh when the list opens
    assert [n for _, n, _ in button.values()] == ["Not in a cluster", "Later"]
    review.detach()


# --- a coalition database ----------------------------------------------------------------------
@pytest.mark.slow
def test_250k_recommendations_sort_into_clusters_without_loading_them(qtbot, tmp_path, undo):
    from upr_desktop.domain.recommendation import Recommendation
    from upr_desktop.domain.workshop import ALL_COUNTRIES, WorkshopInfo

    big = 250_000
    w = Workshop.create(tmp_path / "big.uprw", WorkshopInfo(title="Coalition", country=ALL_COUNTRIES))
    try:
        with w.building():
            w.import_recommendations([
                Recommendation(text=f"Recommendation {n} on theme {n % 40}", reference=f"{100 + n // 400}.{n % 400}",
                               states=("Somewhere",), themes=(f"Theme {n % 40}",))
                for n in range(big)], source_file="generated", format="test", country=ALL_COUNTRIES)
        started = time.perf_counter()
        page = make_page(qtbot, w, undo)
        assert time.perf_counter() - started < 3
        assert page.model.rowCount() == big and page.model.rows_fetched <= 4 * 200  # only what is painted
        started = time.perf_counter()
        created = page.propose_from_themes()
        assert len(created) == 40
        assert time.perf_counter() - started < 10
        assert page.cluster_model.unassigned() == 0 and page.model.rowCount() == big // 40
        page.show_cluster(NO_CLUSTER)
        page.show_cluster(created[5])
        select_rows(page, list(range(50)))
        started = time.perf_counter()
        qtbot.keyClick(page.table, Qt.Key.Key_1)
        assert time.perf_counter() - started < 2
        assert w.cluster(created[0]).size == big // 40 + 50
        page.detach()
        page.hide()
    finally:
        w.close()
