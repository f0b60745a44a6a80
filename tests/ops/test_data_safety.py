"""Regressions from the review of the foundation: each is a way data could be lost or mixed up."""

import json
import sqlite3
import subprocess
import sys

import pytest

from upr_desktop.domain.errors import ImportRejected, WorkshopError
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.workshop import ALL_COUNTRIES, WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store import database


def fts_ok(workshop):
    conn = sqlite3.connect(workshop.path)
    conn.execute("INSERT INTO recommendations_fts(recommendations_fts) VALUES ('integrity-check')")
    conn.close()
    return True


def recs(n, **kw):
    return [Recommendation(text=f"Recommendation number {i}", states=("Chile",), **kw) for i in range(n)]


def test_save_copy_over_a_file_with_a_stale_wal_gives_exactly_the_copy(tmp_path):
    b = Workshop.create(tmp_path / "b.uprw", WorkshopInfo(title="B"))
    b.import_recommendations(recs(50, country="Fiji"), source_file="b.csv", format="table")
    stale_wal = (tmp_path / "b.uprw-wal").read_bytes()
    b.close()
    (tmp_path / "b.uprw-wal").write_bytes(stale_wal)  # as if B had crashed
    with Workshop.create(tmp_path / "a.uprw", WorkshopInfo(title="A")) as a:
        a.import_recommendations(recs(30, country="Chad"), source_file="a.csv", format="table")
        a.save_copy(tmp_path / "b.uprw")
    with Workshop.open(tmp_path / "b.uprw") as copy:
        assert (copy.info().title, copy.count()) == ("A", 30)


def test_the_same_words_in_a_later_session_are_a_different_recommendation(tmp_path):
    with Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="t", country=ALL_COUNTRIES)) as w:
        first = [Recommendation(text="Ratify the OP-CAT", country="Yemen", states=("Norway",), session=5)]
        later = [first[0].with_changes(session=18)]
        assert w.import_recommendations(first, source_file="a", format="uprinfo")[0].added == 1
        assert w.import_recommendations(later, source_file="b", format="uprinfo")[0].added == 1
        assert w.import_recommendations(later, source_file="b", format="uprinfo")[0].added == 0


def test_read_only_open_sees_changes_still_in_the_wal(tmp_path, monkeypatch):
    path = tmp_path / "w.uprw"
    script = f"""
import os, signal
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
w = Workshop.create({str(path)!r}, WorkshopInfo(title="t"))
w.add_recommendation(Recommendation(text="Only in the WAL so far"))
os.kill(os.getpid(), signal.SIGKILL)
"""
    subprocess.run([sys.executable, "-c", script], timeout=60)
    assert (tmp_path / "w.uprw-wal").stat().st_size > 0
    (tmp_path / "w.uprw-shm").unlink(missing_ok=True)
    real_connect = sqlite3.connect

    def read_only_media(target, *args, **kwargs):  # mode=ro can't create the -shm on read-only media
        if "mode=ro" in str(target):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only_media)
    with Workshop.open(path, read_only=True) as w:
        assert w.read_only and w.count() == 1
        copy = w.save_copy(tmp_path / "copy.uprw")
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    with Workshop.open(copy) as w:
        assert w.count() == 1


def test_undo_and_redo_of_an_import_keep_its_record_and_the_search_index(tmp_path):
    with Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="t", country="Chile")) as w:
        summary, change = w.import_recommendations(recs(3000), source_file="big.csv", format="table")
        rec_id = summary.added_ids[0]
        w.add_note(rec_id, "kept with its recommendation")
        change.undo()
        assert w.count() == 0 and w.imports() == [] and fts_ok(w)
        assert w.search("number") == []
        change.redo()
        assert w.count() == 3000 and fts_ok(w)
        assert [i["added"] for i in w.imports()] == [3000]
        assert w.notes(rec_id)[0].body == "kept with its recommendation"
        assert len(w.search("number", limit=5)) == 5
        deleted = w.delete_recommendations(list(summary.added_ids[:100]))
        assert w.count() == 2900 and fts_ok(w)
        deleted.undo()
        assert w.count() == 3000 and fts_ok(w)


def test_a_row_with_an_impossible_session_is_refused_by_row(tmp_path):
    bad = recs(3)
    bad[1] = bad[1].with_changes(session=0, source_row=3)
    with Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="t")) as w:
        with pytest.raises(ImportRejected, match="row 3"):
            w.import_recommendations(bad, source_file="x.csv", format="table")
        assert w.count() == 0


def test_setting_the_country_after_an_import_keeps_a_reimport_from_doubling(tmp_path):
    with Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="t")) as w:
        w.import_recommendations(recs(2), source_file="x.csv", format="table")
        w.update_info(WorkshopInfo(title="t", country="Kenya"))
        summary, _ = w.import_recommendations(recs(2), source_file="x.csv", format="table")
        assert (summary.added, summary.duplicates, w.count()) == (0, 2, 2)
        assert {w.recommendation(i).country for i in w.filtered_ids(w_filter())} == {"Kenya"}


def w_filter():
    from upr_desktop.store import RecommendationFilter

    return RecommendationFilter()


def test_text_that_is_not_valid_unicode_is_refused_plainly(tmp_path):
    with Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="t")) as w:
        with pytest.raises(WorkshopError, match="not valid text"):
            w.import_recommendations([Recommendation(text="bad \ud800 char")], source_file="x.json",
                                     format="uhri")
        assert w.count() == 0 and fts_ok(w)


def test_rolling_backups_are_pruned_for_names_with_brackets(tmp_path):
    with Workshop.create(tmp_path / "Kenya [2024].uprw", WorkshopInfo(title="t")) as w:
        for _ in range(13):
            w.rolling_backup()
        assert len(w.backups()) == 10


def test_cli_never_prints_a_traceback(tmp_path, app_home):
    import os

    w = tmp_path / "w.uprw"
    env = {**os.environ, "UPR_DESKTOP_HOME": str(app_home)}
    subprocess.run([sys.executable, "-m", "upr_desktop", "new", w, "--title", "t"], env=env, timeout=60)
    for name, content in (("surrogate.json", '[{"Text": "bad \\ud800 char"}]'),
                          ("deep.json", "[" * 100000 + "]" * 100000)):
        source = tmp_path / name
        source.write_text(content)
        result = subprocess.run([sys.executable, "-m", "upr_desktop", "import", w, source], env=env,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    info = subprocess.run([sys.executable, "-m", "upr_desktop", "info", w, "--json"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert json.loads(info.stdout)["recommendations"] == 0
