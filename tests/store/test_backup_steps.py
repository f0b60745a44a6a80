"""The rolling backup in steps, on its own connection: a sound, complete copy of the file as it stood
when the copy began, even while another connection keeps writing; and it can run on a worker thread."""

from __future__ import annotations

import sqlite3
import threading

from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.workshop import ALL_COUNTRIES, WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store import backups


def _workshop(tmp_path, n=3000) -> Workshop:
    w = Workshop.create(tmp_path / "steps.uprw", WorkshopInfo(title="Steps", country=ALL_COUNTRIES))
    recs = [Recommendation(text=f"Ensure access to justice for all, number {i} " + "x" * 300, reference=f"1.{i}")
            for i in range(n)]
    w.import_recommendations(recs, source_file="s.csv", format="csv", country=ALL_COUNTRIES)
    return w


def _rows(path):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        hits = conn.execute("SELECT count(*) FROM recommendations_fts WHERE recommendations_fts MATCH 'justice'"
                            ).fetchone()[0]
        return conn.execute("SELECT count(*) FROM recommendations").fetchone()[0], hits
    finally:
        conn.close()


def test_a_backup_in_steps_while_another_connection_writes_is_complete_and_sound(tmp_path, intact):
    w = _workshop(tmp_path)
    steps: list[tuple[int, int]] = []
    writes = 0

    def write_meanwhile(_copied, _total):
        nonlocal writes
        steps.append((_copied, _total))
        # Another connection commits between steps, as the window does while the worker copies.
        w.add_recommendation(Recommendation(text=f"Added during the copy {writes}", reference=f"9.{writes}"))
        writes += 1

    source = backups.database_file(w._store.conn)
    target = backups.copy_file_in_steps(source, tmp_path / "copy.uprw", pages=8, progress=write_meanwhile)
    assert len(steps) > 5 and steps[-1][0] == steps[-1][1]  # it did go in steps, to the end
    assert writes == len(steps)
    assert intact(target)
    assert _rows(target) == (3000, 3000)  # the file as it stood when the copy began, whole
    assert w.count() == 3000 + writes
    w.close()


def test_the_rolling_backup_job_runs_on_a_worker_thread(tmp_path, intact):
    w = _workshop(tmp_path, 500)
    job = w.rolling_backup_job()
    assert job is not None
    result: list = []
    progress: list = []
    worker = threading.Thread(target=lambda: result.append(job(progress=lambda c, t: progress.append((c, t)))))
    worker.start()
    for i in range(20):  # the GUI thread keeps editing meanwhile
        w.add_recommendation(Recommendation(text=f"Edit while backing up {i}"))
    worker.join(30)
    assert result and intact(result[0])
    assert _rows(result[0])[0] >= 500
    assert progress and progress[-1][0] == progress[-1][1]
    assert result[0] in w.backups()
    w.close()
