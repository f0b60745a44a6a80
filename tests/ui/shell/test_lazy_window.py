"""The window opens with the review page alone, builds the other steps when first shown, and takes its
rolling backup on a worker thread while people keep using it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

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


REPO = Path(__file__).resolve().parents[3]

# What the window's first paint must not wait for: each is imported when first needed (a document, an import, a
# count of votes, a write, a step's page), never to show the review table.
NOT_BEFORE_NEEDED = ("reportlab", "pandas", "numpy", "openpyxl", "docx", "python_calamine", "xlrd", "sqlite_utils",
                     "votelib", "upr_desktop.io.pdf", "upr_desktop.io.importers", "upr_desktop.cli.workshop",
                     "upr_desktop.cli.documents", "upr_desktop.ui.charter", "upr_desktop.ui.print",
                     "upr_desktop.ui.vote", "upr_desktop.ui.results", "upr_desktop.ui.clusters",
                     "upr_desktop.ui.participants", "upr_desktop.ui.followup", "upr_desktop.ui.shell.about_dialog",
                     "upr_desktop.ui.review.recommendation_dialog", "upr_desktop.io.demo",
                     # the operations on participants, votes, clusters, the charter, follow-up and travel copies,
                     # and the domain modules under them (Workshop takes them in when one is first asked for)
                     "upr_desktop.ops.participants", "upr_desktop.ops.voting", "upr_desktop.ops.clusters",
                     "upr_desktop.ops.charter", "upr_desktop.ops.followup", "upr_desktop.ops.travel",
                     "upr_desktop.domain.charter", "upr_desktop.domain.voting", "upr_desktop.domain.rounds",
                     "upr_desktop.domain.followup", "upr_desktop.store.voting", "upr_desktop.store.charter",
                     "upr_desktop.store.followup")

# Run as `upr-desktop FILE` runs (python -m upr_desktop), with bench/run.py's probe: at the review table's first
# paint the probe ends the process, and here it says first which of those modules were loaded by then.
_AT_FIRST_PAINT = textwrap.dedent("""
    import json, os, runpy, sys
    watched = json.loads(os.environ["WATCHED"])
    end = os._exit

    def report_then_end(code):
        loaded = sorted(m for m in sys.modules if any(m == w or m.startswith(w + ".") for w in watched))
        print("LOADED " + json.dumps(loaded), flush=True)
        end(code)

    os._exit = report_then_end
    sys.argv = ["upr-desktop", *sys.argv[1:]]
    runpy.run_module("upr_desktop", run_name="__main__")
""")


@pytest.mark.parametrize("what", ["file", "demo", "start"])
def test_the_first_paint_waits_for_no_module_it_does_not_need(tmp_path, demo_path, what):
    watched = NOT_BEFORE_NEEDED
    if what == "start":  # no workshop: neither the ops layer nor the file nor the review page
        watched += ("upr_desktop.ops", "upr_desktop.store", "upr_desktop.ui.review")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UPR_DESKTOP_HOME": str(tmp_path / "home"),
           "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "UPR_DESKTOP_BENCH_FIRST_PAINT": "start" if what == "start" else "1",
           "WATCHED": json.dumps(watched)}
    args = [str(demo_path)] if what == "file" else []
    if what == "demo":  # `upr-desktop` alone: the demo as it was left (the first launch builds it, and writes)
        from upr_desktop.io.demo import DEMO_FILE_NAME

        (tmp_path / "home").mkdir()
        shutil.copyfile(demo_path, tmp_path / "home" / DEMO_FILE_NAME)
    result = subprocess.run([sys.executable, "-c", _AT_FIRST_PAINT, *args], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "first_paint" in lines, result.stderr[-3000:]  # it painted: the review table with rows, or the start
    assert json.loads(lines["LOADED"]) == []


@pytest.mark.parametrize("step", [s for s in STEPS if s != "review"])
def test_each_step_page_is_built_when_first_shown_and_works(qtbot, window, step):
    assert [type(page).__name__ for page in window.pages.built()] == ["ReviewPage"]  # not built before
    window.show_step(step)
    page = window.page_stack.currentWidget()
    assert page is window.pages[step] and page.isVisible()
    assert window.current_step() == step
    assert len(window.pages.built()) == 2
    window.zoom_in()  # a page built late follows the window like the others
    assert getattr(page, "_zoom", window.zoom) == window.zoom
    window.show_step("review")
    assert window.review_page.isVisible() and window.review_page.model.rowCount() == window.workshop.count()


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
