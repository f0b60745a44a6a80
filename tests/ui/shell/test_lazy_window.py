"""The window opens with the review page alone, builds the other steps when first shown, and takes its
rolling backup on a worker thread while people keep using it."""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QTimer

from upr_desktop.domain.recommendation import Recommendation, Response
from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.ops import Workshop
from upr_desktop.ui.shell.main_window import STEPS, MainWindow


def test_only_the_review_page_is_built_on_opening(qtbot, window):
    assert [type(page).__name__ for page in window.pages.built()] == ["ReviewPage"]
    assert list(window.pages) == list(STEPS)  # every step is still there to be shown
    window.show_step("charter")
    charter = window.page_stack.currentWidget()
    assert charter is window.pages["charter"] is window.page("charter")
    assert charter.isVisible()
    assert len(window.pages.built()) == 2


def test_a_lazily_built_page_follows_zoom_palette_and_signals(qtbot, window):
    window.set_zoom(1.5)
    window.set_projector_mode(True)
    vote = window.page("vote")  # built after the zoom and palette changed: it takes them on
    assert vote._zoom == window.zoom == 1.5
    shown = []
    window.statusBar().messageChanged.connect(shown.append)
    vote.message.emit("hello from the vote page")
    assert "hello from the vote page" in shown
    vote.review_requested.emit()
    assert window.current_step() == "review"
    window.set_projector_mode(False)


def test_a_step_page_reads_changes_made_before_it_was_built(qtbot, window):
    cluster_id, _change = window.workshop.create_cluster("Built later")
    window.show_step("clusters")
    clusters = window.page("clusters")
    assert clusters.isVisible()
    assert clusters.cluster_model.row_of(cluster_id) is not None


def _big_workshop(path, rows: int) -> Workshop:
    workshop = create_demo_workshop(path)
    recs = [Recommendation(text=f"Strengthen measure {n} for the rights of persons in every region, "
                                f"with adequate resources and a timeline {n * 7919 % 10007}",
                           reference=f"{200 + n // 100}.{n % 100 + 1}", states=("Benchland",),
                           response=Response.SUPPORTED if n % 3 else Response.NOTED) for n in range(rows)]
    workshop.import_recommendations(recs, source_file="generated", format="test")
    return workshop


def test_the_window_stays_responsive_during_a_rolling_backup(qtbot, tmp_path, monkeypatch):
    workshop = _big_workshop(tmp_path / "big.uprw", 20_000)
    count = workshop.count()
    win = MainWindow(workshop)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    with qtbot.waitExposed(win):
        win.show()
    qtbot.waitUntil(lambda: bool(workshop.backups()), timeout=15000)  # the one taken after opening
    qtbot.waitUntil(lambda: not win.backup_running(), timeout=15000)
    before = set(workshop.backups())

    # A slow disk: each step of the copy takes 20 ms more, so the copy lasts long enough to see a freeze.
    real_job = workshop.rolling_backup_job

    def slow_job():
        job = real_job()
        return lambda: job(progress=lambda copied, total: time.sleep(0.02))

    monkeypatch.setattr(workshop, "rolling_backup_job", slow_job)
    gaps: list[int] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(10)
    tick.timeout.connect(lambda: (gaps.append(clock.restart())))
    clock.start()
    tick.start()
    started = time.perf_counter()
    win.rolling_backup()
    assert win.backup_running()
    # People keep working meanwhile: a search and an edit go through while the copy runs.
    win.review_page.filter_bar.search.setText("timeline")
    win.workshop.update_info(win.workshop.info())
    qtbot.waitUntil(lambda: not win.backup_running(), timeout=60000)
    took = time.perf_counter() - started
    tick.stop()
    assert took > 0.3, f"the backup took {took:.2f} s: too short to show a freeze"
    assert max(gaps) < 150, f"the window froze for {max(gaps)} ms during a {took:.2f} s backup"

    new = set(workshop.backups()) - before
    assert len(new) == 1
    with Workshop.open(new.pop(), read_only=True) as copy:  # sound: opens, passes its checks, same rows
        assert copy.count() == count
    win.close_workshop(show_start=False)
