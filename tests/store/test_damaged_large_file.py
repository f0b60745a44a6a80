"""A damaged large workshop (90 MB, one zeroed page of the recommendations table).

Above 32 MB opening only reads the header, so it opens at once; the full quick_check runs in the
background and every write waits for it. A command checks in full before it starts.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from upr_desktop.cli import main as cli_main
from upr_desktop.domain.errors import CorruptWorkshopFile
from upr_desktop.domain.participant import Participant
from upr_desktop.ops import Workshop
from upr_desktop.store import database

def _digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def damaged(large_files, tmp_path) -> Path:
    path = tmp_path / "Damaged coalition.uprw"
    shutil.copy(large_files[1], path)
    return path


@pytest.fixture
def good(large_files, tmp_path) -> Path:
    path = tmp_path / "Coalition.uprw"
    shutil.copy(large_files[0], path)
    return path


@pytest.fixture
def held_check(monkeypatch):
    """The background check starts only once a write waits for it, and says what happened when."""
    order: list[str] = []

    def hold(check):
        assert check.writer_waiting.wait(60), "no write ever waited for the check"
        order.append("a write is waiting")

    monkeypatch.setattr(database, "_before_full_check", hold)
    return order


def _participants(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM participants ORDER BY id")]
    finally:
        conn.close()


def test_a_write_waits_for_the_check_and_is_refused_when_it_fails(damaged, held_check):
    started = time.perf_counter()
    w = Workshop.open(damaged)
    opened = time.perf_counter() - started
    try:
        assert w.integrity is not None and not w.integrity.done.is_set()  # opened on the light check
        w.integrity.when_done(lambda check: held_check.append("check finished"))
        with pytest.raises(CorruptWorkshopFile) as refused:
            w.add_participant(Participant(name="Arrives while the check runs"))
        held_check.append("write refused")
        assert held_check == ["a write is waiting", "check finished", "write refused"]
        assert refused.value.message.startswith("The workshop file “Damaged coalition.uprw” is damaged")
        assert "Nothing was changed" in refused.value.message and "backup" in refused.value.message
        assert w.integrity.failed
        with pytest.raises(CorruptWorkshopFile):  # and every later write too
            w.add_participant(Participant(name="Later"))
    finally:
        w.close()
    assert _participants(damaged) == ["Already here"]
    print(f"open: {opened * 1000:.0f} ms; background quick_check: {w.integrity.seconds:.2f} s")


def test_on_a_sound_large_file_the_write_waits_then_goes_through(good, held_check):
    with Workshop.open(good) as w:
        w.integrity.when_done(lambda check: held_check.append("check finished"))
        w.add_participant(Participant(name="Arrives while the check runs"))
        held_check.append("write done")
        assert w.integrity.ok
    assert held_check == ["a write is waiting", "check finished", "write done"]
    assert _participants(good) == ["Already here", "Arrives while the check runs"]


def test_a_worker_threads_connection_waits_for_the_same_check(damaged, held_check):
    with Workshop.open(damaged) as w:
        results = []

        def worker():
            other = w.another_connection()
            try:
                other.add_participant(Participant(name="From the import thread"))
                results.append("written")
            except CorruptWorkshopFile:
                results.append("refused")
            finally:
                other.close()

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join(120)
        assert results == ["refused"]
    assert _participants(damaged) == ["Already here"]


@pytest.mark.parametrize("command", [
    ["search", "{file}", "torture"],
    ["participant", "add", "{file}", "--name", "Late arrival"],
    ["import", "{file}", "{source}"],
])
def test_commands_on_the_damaged_file_say_it_is_damaged(damaged, tmp_path, capsys, command):
    source = tmp_path / "more.csv"
    source.write_text("Recommendation,Recommending State\nRatify the convention,Utopia\n", encoding="utf-8")
    before = _digest(damaged)
    capsys.readouterr()
    started = time.perf_counter()
    code = cli_main([a.format(file=damaged, source=source) for a in command])
    took = time.perf_counter() - started
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("upr-desktop: The workshop file “Damaged coalition.uprw” is damaged"), err
    assert err.count("\n") == 1 and "something went wrong" not in err and "backup" in err
    assert _digest(damaged) == before
    print(f"{command[0]}: refused after {took:.2f} s")


def test_commands_on_the_sound_large_file_still_work(good, capsys):
    started = time.perf_counter()
    assert cli_main(["participant", "add", str(good), "--name", "Late arrival"]) == 0
    print(f"participant add on {good.stat().st_size / 1e6:.0f} MB with the full check: "
          f"{time.perf_counter() - started:.2f} s")
    assert _participants(good) == ["Already here", "Late arrival"]


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for n in range(9):
        byte = data[at + n]
        if n == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + n + 1
    raise AssertionError("bad varint")


def _rowids_on_page(path: Path, page: int, page_size: int) -> list[int]:
    """The rowids a table b-tree leaf page holds, read from the file as SQLite lays it out."""
    with open(path, "rb") as handle:
        handle.seek((page - 1) * page_size)
        data = handle.read(page_size)
    assert data[0] == 0x0D, "not a table leaf page"
    cells = int.from_bytes(data[3:5], "big")
    rowids = []
    for n in range(cells):
        offset = int.from_bytes(data[8 + 2 * n:10 + 2 * n], "big")
        _size, at = _varint(data, offset)
        rowid, _ = _varint(data, at)
        rowids.append(rowid)
    return rowids


def test_a_search_that_lands_on_the_damaged_page_says_the_file_is_damaged(large_files, damaged):
    good, _damaged, facts = large_files
    rowid = _rowids_on_page(good, facts["page"], facts["page_size"])[0]
    conn = sqlite3.connect(f"{good.resolve().as_uri()}?mode=ro", uri=True)
    text = conn.execute("SELECT text FROM recommendations WHERE id = ?", (rowid,)).fetchone()[0]
    conn.close()
    words = " ".join(text.split()[:4])  # these four words together: that recommendation, on the zeroed page
    with Workshop.open(damaged, read_only=True) as w:  # the window's way: opened on the light check
        with pytest.raises(CorruptWorkshopFile) as caught:
            w.search(words)
    assert caught.value.message.startswith("The workshop file “Damaged coalition.uprw” is damaged")


def test_closing_before_the_check_finishes_stops_it(good, monkeypatch):
    closed = threading.Event()
    monkeypatch.setattr(database, "_before_full_check", lambda check: closed.wait(60))
    w = Workshop.open(good)
    check = w.integrity
    w.close()
    closed.set()
    assert check.done.wait(60)
    assert check.cancelled and not check.failed  # stopped, and no verdict on a file nobody has open
