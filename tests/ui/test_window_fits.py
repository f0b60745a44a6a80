"""Every step fits a 1366×768 laptop and a 1024×768 projector: the window's minimum width stays within the
screen on every page and every part of the charter (comments shown), and what a person needs stays on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from upr_desktop.domain.participant import Participant
from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.shell.main_window import STEPS, MainWindow

PROJECTOR_SCREEN = 1024  # the window, sidebar included, must fit this at zoom 1 ...
FIT_AT_ZOOM_1 = 1000  # ... with a little to spare for the window frame
LAPTOP_SCREEN = 1366  # and this in projector mode (large type), where pages may scroll


def settle() -> None:
    """Let every nested layout recompute (each level posts its own LayoutRequest)."""
    app = QApplication.instance()
    for _ in range(6):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def _busy_workshop(path) -> Workshop:
    """The demo workshop with people, a closed round with ties (the widest results) and a comment."""
    workshop = create_demo_workshop(path)
    for n in range(6):
        workshop.add_participant(Participant(name=f"Person {n}", organisation=f"Organisation {n % 2}",
                                             consent_named=True))
    recs = list(workshop.filtered_ids(RecommendationFilter()))[:8]
    round_id, _ = workshop.create_round("Which recommendations come first for the coalition?",
                                        RoundRules(Method.DOT, dots=3), recs)
    candidates = [c.id for c in workshop.round_candidates(round_id)]
    workshop.open_round(round_id)
    for n, person in enumerate(workshop.participants()):
        workshop.cast_ballot(round_id, person.id, {candidates[n % 8]: 2, candidates[(n + 3) % 8]: 1})
    workshop.close_round(round_id)
    workshop.add_comment("preamble", "Mention the 2022 consultations, please: they shaped these priorities.", None)
    return workshop


@pytest.fixture
def busy_window(qtbot, tmp_path):
    win = MainWindow(_busy_workshop(tmp_path / "busy.uprw"))
    qtbot.addWidget(win)
    win.resize(1400, 860)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close_workshop(show_start=False)


def charter_parts(win: MainWindow) -> list[str]:
    """One part of each kind: details, preamble, a section, the priorities, a priority, action points, …"""
    seen, keys = set(), []
    for key in win.pages["charter"].outline.keys():
        kind = key.partition(":")[0]
        if kind not in seen:
            seen.add(kind)
            keys.append(key)
    return keys


def off_screen(win: MainWindow) -> list[str]:
    """Buttons and lists on the current page that are cut off at the side: wider than a box they are in."""
    page = win.page_stack.currentWidget()
    cut = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QComboBox)) or not widget.isVisible():
            continue
        left = widget.mapToGlobal(QPoint(0, 0)).x()
        right = left + widget.width()
        holder = widget.parentWidget()
        while holder is not None:
            start = holder.mapToGlobal(QPoint(0, 0)).x()
            if left < start - 1 or right > start + holder.width() + 1:
                cut.append(f"{widget.__class__.__name__} “{getattr(widget, 'text', lambda: '')()}” "
                           f"in {holder.__class__.__name__}#{holder.objectName()}")
                break
            holder = holder.parentWidget()
    return cut


def visit_everything(win: MainWindow) -> dict[str, int]:
    """The window's minimum width on every step, and on every charter part with its comments shown."""
    widths: dict[str, int] = {}
    charter = win.pages["charter"]
    for step in STEPS:
        win.show_step(step)
        settle()
        widths[step] = win.minimumSizeHint().width()
        if step == "charter":
            for key in charter_parts(win):
                assert charter.show_part(key)
                if charter.comments_button.isEnabled():
                    charter.comments_button.setChecked(True)
                    settle()
                    assert charter.comments.isVisible(), key
                settle()
                widths[f"charter {key}"] = win.minimumSizeHint().width()
    return widths


@pytest.mark.parametrize("window_width", [1400, 1000])
def test_every_step_fits_a_projector_at_zoom_1(busy_window, window_width):
    win = busy_window
    win.resize(window_width, 700)
    settle()
    widths = visit_everything(win)
    too_wide = {where: width for where, width in widths.items() if width > FIT_AT_ZOOM_1}
    assert not too_wide, too_wide
    # Wide, the comments have their own column; narrow, they sit under the part.
    assert win.pages["charter"].comments_beside() == (window_width == 1400)
    # And the window really goes that narrow, with nothing cut off at the side.
    win.resize(PROJECTOR_SCREEN, 700)
    settle()
    assert win.width() == PROJECTOR_SCREEN
    for step in ("results", "charter"):
        win.show_step(step)
        settle()
        assert not off_screen(win), off_screen(win)
    charter = win.pages["charter"]
    for key in charter_parts(win):
        charter.show_part(key)
        settle()
        assert not off_screen(win), (key, off_screen(win))


def test_projector_mode_fits_a_laptop(busy_window):
    win = busy_window
    win.set_projector_mode(True)
    assert win.zoom == 1.5
    win.resize(LAPTOP_SCREEN, 768)
    settle()
    widths = visit_everything(win)
    too_wide = {where: width for where, width in widths.items() if width > LAPTOP_SCREEN}
    assert not too_wide, too_wide
    win.resize(LAPTOP_SCREEN, 768)
    settle()
    assert win.width() == LAPTOP_SCREEN
    charter = win.pages["charter"]
    for key in charter_parts(win):
        win.show_step("charter")
        charter.show_part(key)
        settle()
        assert not off_screen(win), (key, off_screen(win))


def test_a_workshop_before_any_round_or_charter_fits_too(qtbot, tmp_path):
    """The start card, the empty results and a round still open are pages of their own."""
    workshop = Workshop.create(tmp_path / "fresh.uprw", WorkshopInfo(title="Fresh", country="Demoland"))
    ids = [workshop.add_recommendation(Recommendation(text=f"Recommendation {n}", reference=f"1.{n}"))[0]
           for n in range(4)]
    win = MainWindow(workshop)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    try:
        widths = visit_everything(win)
        assert max(widths.values()) <= FIT_AT_ZOOM_1, widths
        workshop.add_participant(Participant(name="Ama", consent_named=True))
        round_id, _ = workshop.create_round("Open round", RoundRules(Method.APPROVAL), ids)
        workshop.open_round(round_id)
        win.pages["results"].show_round(round_id)
        win.show_step("results")
        settle()
        assert win.pages["results"].stack.currentWidget() is win.pages["results"].waiting_panel
        assert win.minimumSizeHint().width() <= FIT_AT_ZOOM_1
        win.set_projector_mode(True)
        settle()
        assert win.minimumSizeHint().width() <= LAPTOP_SCREEN
    finally:
        win.close_workshop(show_start=False)


def test_comments_go_under_the_part_on_a_narrow_window_and_start_hidden(busy_window):
    win = busy_window
    charter = win.pages["charter"]
    win.resize(LAPTOP_SCREEN, 768)
    win.show_step("charter")
    charter.show_part("preamble")
    settle()
    # A laptop has room for three columns: the comments are beside the part, shown.
    assert charter.comments_beside()
    assert charter.splitter.indexOf(charter.comments) == 2
    assert charter.comments.isVisible() and charter.comments_button.isChecked()
    assert charter.comments.geometry().left() > 0
    part = charter.part_frame.mapTo(win, QPoint(0, 0))
    comments = charter.comments.mapTo(win, QPoint(0, 0))
    assert comments.x() > part.x() + charter.part_frame.width()

    # A projector has not: the comments button is there, the panel waits until asked for.
    win.resize(PROJECTOR_SCREEN, 700)
    settle()
    assert not charter.comments_beside()
    assert charter.splitter.indexOf(charter.comments) == -1
    assert not charter.comments.isVisible() and not charter.comments_button.isChecked()
    assert charter.comments_button.isVisible() and charter.comments_button.isEnabled()
    assert win.minimumSizeHint().width() <= FIT_AT_ZOOM_1

    charter.comments_button.click()
    settle()
    assert charter.comments.isVisible()
    part = charter.part_frame.mapTo(win, QPoint(0, 0))
    comments = charter.comments.mapTo(win, QPoint(0, 0))
    assert comments.y() >= part.y() + charter.part_frame.height()  # under the part, not over it
    assert charter.comments.width() >= 0.9 * charter.part_frame.width()
    assert len(charter.comments.cards) == 1 and charter.comments.cards[0].isVisible()
    assert charter.comments.add_button.isVisible() and charter.comments.editor.isVisible()
    assert win.minimumSizeHint().width() <= FIT_AT_ZOOM_1
    assert win.minimumSizeHint().height() <= 700

    # Back on the laptop, the choice made there holds.
    win.resize(LAPTOP_SCREEN, 768)
    settle()
    assert charter.comments_beside() and charter.comments.isVisible()


def test_narrow_parts_wrap_and_stack_instead_of_widening(busy_window):
    win = busy_window
    charter = win.pages["charter"]
    win.show_step("charter")
    win.resize(1400, 860)
    settle()
    actions = charter.action_points_editor
    charter.show_part("action_points")
    charter.comments_button.setChecked(False)  # the three levels side by side want the room
    settle()
    assert actions.side_by_side()
    national, regional, _ = actions.cards.values()
    assert national.y() == regional.y() and national.x() < regional.x()

    win.resize(PROJECTOR_SCREEN, 700)
    settle()
    assert not actions.side_by_side()
    assert national.x() == regional.x() and national.y() < regional.y()
    assert national.add_button.isVisible() and national.add_edit.isVisible()

    overview = charter.priorities_overview
    charter.show_part("priorities")
    settle()
    # "Add priorities:" and its three buttons do not fit one line here: they wrap, all of them shown.
    buttons = (overview.from_cluster_button, overview.from_recommendations_button, overview.from_round_button)
    assert all(b.isVisible() for b in buttons)
    assert overview.from_round_button.y() > overview.from_cluster_button.y()

    priority = charter.priority_editor
    charter.show_part(next(k for k in charter.outline.keys() if k.startswith("priority:")))
    win.set_zoom(1.5)
    settle()
    lead, partners = priority.plan_edits["lead_actor"], priority.plan_edits["partners"]
    assert not priority.side_by_side()
    assert lead.x() == partners.x() and partners.y() > lead.y()
    win.set_zoom(1.0)
    win.resize(1400, 860)
    settle()
    assert priority.side_by_side()
    assert lead.y() == partners.y() and partners.x() > lead.x()


def test_the_results_chart_goes_under_the_table_or_gives_way(busy_window):
    win = busy_window
    results = win.pages["results"]
    win.show_step("results")
    win.resize(LAPTOP_SCREEN, 768)
    settle()
    assert results.stack.currentWidget() is results.results_panel
    assert results.chart_placement() == "beside"
    assert results.chart.isVisible() and results.chart.shown >= 3
    # One header line: the round list is beside the title.
    assert results.round_combo.mapTo(results, QPoint(0, 0)).x() > results.title.width()

    win.resize(PROJECTOR_SCREEN, 1000)
    settle()
    assert results.chart_placement() == "below"
    table, chart = results.table.mapTo(results, QPoint(0, 0)), results.chart_card.mapTo(results, QPoint(0, 0))
    assert chart.y() > table.y() + results.table.height() - 1
    assert results.chart.isVisible()
    # Two header lines: the round list under the title, as wide as the line allows.
    combo = results.round_combo.mapTo(results, QPoint(0, 0))
    assert combo.y() > results.subtitle.mapTo(results, QPoint(0, 0)).y()
    assert results.round_combo.width() > 300

    win.resize(PROJECTOR_SCREEN, 700)
    settle()
    assert results.chart_placement() == "hidden"
    assert not results.chart_card.isVisible() and results.table.isVisible()
    assert results.model.rowCount() == 8
    assert win.minimumSizeHint().width() <= FIT_AT_ZOOM_1
