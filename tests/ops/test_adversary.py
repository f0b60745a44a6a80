"""The adversary of issue 12: someone who takes the laptop and reads its disk with ordinary tools.

Anonymous-code mode, on a real ext4 file system in a loop-mounted image: a secret round run through
the command line, then the raw image (freed blocks, journal, WAL, the workshop file, the app's logs)
read byte by byte. No code is anywhere on it, and no block that names a person was written during
the vote: the file never learned who held which code, so there is no person-to-code relation to find.

Name mode ("pick your name"): the live file's page layout, read cell by cell, reveals no cast order.
Its limit, which the README states: old page versions in freed disk blocks can still be diffed.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from upr_desktop.domain.voting import Method, RoundRules

from .voting_setup import make_workshop, people, rec_ids

REPO_ROOT = Path(__file__).resolve().parents[2]
BLOCK = 4096
PEOPLE = 12
# Distinctive names: a hit on the raw image can only be one of them.
NAMES = [f"Voterperson{n:02d} Qazwsx" for n in range(PEOPLE)]
REFS = [f"121.{n}" for n in range(1, 7)]


# --- the image ------------------------------------------------------------------------------------

@pytest.fixture
def ext4(tmp_path):
    if os.geteuid() != 0 or not shutil.which("mkfs.ext4"):
        pytest.skip("needs root and mkfs.ext4 to loop-mount an ext4 image")
    image = tmp_path / "disk.img"
    with open(image, "wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    subprocess.run(["mkfs.ext4", "-q", "-F", "-b", str(BLOCK), str(image)], check=True)
    mount = tmp_path / "mnt"
    mount.mkdir()
    done = subprocess.run(["mount", "-o", "loop", str(image), str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a loop image is not permitted here: {done.stderr.strip()}")
    try:
        yield image, mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def _unmount(mount: Path) -> None:
    os.sync()
    subprocess.run(["umount", str(mount)], check=True)


def _remount(image: Path, mount: Path) -> None:
    subprocess.run(["mount", "-o", "loop", str(image), str(mount)], check=True)


def _blocks_naming_someone(raw: bytes) -> dict[int, bytes]:
    found = {}
    for name in NAMES:
        needle = name.encode()
        at = raw.find(needle)
        while at != -1:
            for block in {at // BLOCK, (at + len(needle) - 1) // BLOCK}:
                found[block] = raw[block * BLOCK:(block + 1) * BLOCK]
            at = raw.find(needle, at + 1)
    return found


def _has_voted_records(raw: bytes, round_id: int) -> list[bytes]:
    """Every "has voted" row of the round anywhere in the bytes, live or in a stale copy of a page: the SQLite
    record (id alias NULL, round_id, 'pN' or 'oN', voted 0 or 1), found by its header and body bytes."""
    assert 1 <= round_id < 128
    # Integers 0 and 1 have serial types 8 and 9 and no body byte; up to 127, type 1 and one byte.
    rid_type, rid_body = (b"\x09", b"") if round_id == 1 else (b"\x01", re.escape(bytes([round_id])))
    pattern = re.compile(rb"\x05\x00" + re.escape(rid_type) + rb"[\x11\x13\x15\x17]([\x08\x09])" + rid_body +
                         rb"[po][0-9]{1,4}")
    return [m.group(0) for m in pattern.finditer(raw)]


def _which_files(image: Path, changed) -> str:
    """For a failure: which files the changed blocks belong to (debugfs), and what they start with."""
    lines = []
    for block, data in sorted(changed):
        inode = subprocess.run(["debugfs", "-R", f"icheck {block}", str(image)], capture_output=True,
                               text=True).stdout.strip().splitlines()[-1:]
        lines.append(f"block {block} {inode} {data[:24]!r}")
    return "a block naming a person was written during the vote: " + "; ".join(lines)


class Cli:
    """The real command, in its own process, with the app's data folder (logs) on the image."""

    def __init__(self, mount: Path):
        self.env = dict(os.environ, UPR_DESKTOP_HOME=str(mount / "app-home"), PYTHONPATH=str(REPO_ROOT),
                        QT_QPA_PLATFORM="offscreen")

    def __call__(self, *args, stdin: str | None = None) -> str:
        done = subprocess.run([sys.executable, "-m", "upr_desktop", *map(str, args)], capture_output=True,
                              text=True, env=self.env, input=stdin, cwd=REPO_ROOT)
        assert done.returncode == 0, done.stderr
        return done.stdout


def _ballot(n: int) -> list[str]:
    """A different approval ballot for each voter, so each is recognisable wherever it lands."""
    return [ref for bit, ref in enumerate(REFS) if (n + 1) >> bit & 1]


def test_on_a_seized_disk_no_ballot_code_or_ballot_leads_to_a_person(ext4, tmp_path):
    image, mount = ext4
    cli = Cli(mount)
    path = mount / "workshop.uprw"
    recs = tmp_path / "recs.csv"  # sources stay off the image: only what the app writes is on it
    recs.write_text("Reference,Recommendation,Recommending State,Response\n" + "".join(
        f"{r},Recommendation {r} on a distinct subject,Utopia,Supported\n" for r in REFS))
    attendance = tmp_path / "attendance.csv"
    attendance.write_text("Name,Organisation\n" + "".join(f"{n},Org {i % 3}\n" for i, n in enumerate(NAMES)))
    cli("new", path, "--title", "Seized", "--country", "Demoland")
    cli("import", path, recs)
    cli("participant", "import", path, attendance)
    round_id = cli("round", "create", path, "--title", "Secret priorities", "--method", "approval", "--candidates",
                   ",".join(REFS), "--secret", "--anonymous-codes", PEOPLE + 2).strip()
    codes = cli("round", "open", path, round_id).split()
    assert len(codes) == PEOPLE + 2
    cli("pdf", path, "--ballot-codes", round_id, tmp_path / "slips.pdf", stdin="\n".join(codes))

    _unmount(mount)
    before = _blocks_naming_someone(image.read_bytes())
    assert before, "the names must be on the image (else this test could not see a link)"
    _remount(image, mount)

    # People take slips at random; they vote in an order of their own. Only this test knows who held what.
    rng = random.Random(12)
    held = dict(zip(range(PEOPLE), rng.sample(codes, PEOPLE)))
    order = rng.sample(range(PEOPLE), PEOPLE)
    for person in order:
        cli("ballot", "cast", path, round_id, "--code", held[person], "--votes", json.dumps(_ballot(person)))
    _unmount(mount)
    # Every block that names a person is exactly as it was before the vote: nothing written while people
    # voted (ballots, spent codes, page versions in the WAL or the file system's journal) sits beside a name.
    # (Some may be gone: new writes reuse freed blocks that held old copies. None may be new or changed.)
    during = _blocks_naming_someone(image.read_bytes())
    assert set(during.items()) <= set(before.items()), _which_files(image, set(during.items()) - set(before.items()))
    _remount(image, mount)
    cli("round", "close", path, round_id)  # closing takes a backup: a whole copy, names and ballots, no link
    tally = json.loads(cli("tally", path, round_id, "--json"))
    assert tally["ballots"] == PEOPLE

    live = sqlite3.connect(path)
    assert live.execute("SELECT count(*) FROM round_voters").fetchone()[0] == 0  # nobody was marked
    assert live.execute("SELECT count(*) FROM ballots WHERE voter IS NOT NULL OR at IS NOT NULL").fetchone()[0] == 0
    assert live.execute("SELECT count(*) FROM round_codes").fetchone()[0] == 0  # unused hashes gone at close
    stored = [content.rstrip().encode() for (content,) in live.execute("SELECT content FROM ballots")]
    live.close()
    _unmount(mount)
    raw = image.read_bytes()

    # 1. No code anywhere on the disk, in any form: not in the file, the WAL, freed blocks, the journal
    #    or the logs. The file held only salted hashes, and only of codes not yet used.
    for code in codes:
        for form in (code, code.replace("-", ""), code.lower(), code.replace("-", "").lower()):
            assert form.encode() not in raw, f"a ballot code ({form}) is on the disk"
    after = _blocks_naming_someone(raw)
    # 2. Nobody was marked as having voted, in the live file or in any stale copy of a page on the disk:
    #    there is no order of voters to set against the order of ballots.
    assert _has_voted_records(raw, int(round_id)) == []
    # 3. The ballots themselves are on the disk (so the test could see them), and never beside a name.
    assert len(set(stored)) == PEOPLE
    for needle in stored:
        copies, at = 0, raw.find(needle)
        while at != -1:
            copies += 1
            assert at // BLOCK not in after and (at + len(needle)) // BLOCK not in after, \
                "a ballot shares a disk block with a name"
            at = raw.find(needle, at + 1)
        assert copies >= 1


def test_the_disk_reader_does_find_has_voted_marks_in_name_mode(ext4):
    """The contrast for the test above: in name mode the marks are on the disk, and the reader finds them.
    (That, with old page versions in freed blocks, is the forensic limit the README states.)"""
    image, mount = ext4
    w = make_workshop(mount / "names.uprw", participants=PEOPLE)
    round_id, _ = w.create_round("Names", RoundRules(Method.APPROVAL), rec_ids(w), secret=True)
    w.open_round(round_id)
    cands = [c.id for c in w.round_candidates(round_id)]
    for n, pid in enumerate(people(w)[:6]):
        w.cast_ballot(round_id, pid, _distinct(cands, n))
    w.close()
    _unmount(mount)
    found = _has_voted_records(image.read_bytes(), round_id)
    _remount(image, mount)
    assert len(found) >= PEOPLE  # at least the live rows: one per participant, six of them marked
    assert sum(record[4] == 9 for record in found) >= 6  # voted = 1


# --- name mode: the live file's page layout ---------------------------------------------------------

def _varint(buf: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = buf[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise AssertionError


def _record(buf: bytes, at: int) -> list:
    header_size, p = _varint(buf, at)
    types, end = [], at + header_size
    while p < end:
        t, p = _varint(buf, p)
        types.append(t)
    values, body = [], end
    for t in types:
        if t == 0:
            values.append(None)
        elif t in (8, 9):
            values.append(t - 8)
        elif 1 <= t <= 6:
            size = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}[t]
            values.append(int.from_bytes(buf[body:body + size], "big", signed=True))
            body += size
        elif t >= 13 and t % 2:
            size = (t - 13) // 2
            values.append(buf[body:body + size].decode())
            body += size
        else:
            size = (t - 12) // 2
            values.append(buf[body:body + size])
            body += size
    return values


def table_cells(path: Path, table: str) -> list[tuple[int, int, int, list]]:
    """(page number, cell offset in its page, rowid, column values) for every row of a rowid table,
    read from the raw file, walking the b-tree from its root page."""
    raw = path.read_bytes()
    page_size = int.from_bytes(raw[16:18], "big")
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    out = []

    def walk(pgno: int) -> None:
        page = raw[(pgno - 1) * page_size:pgno * page_size]
        head = 100 if pgno == 1 else 0
        kind, cells = page[head], int.from_bytes(page[head + 3:head + 5], "big")
        pointers = head + (12 if kind == 0x05 else 8)
        offsets = [int.from_bytes(page[pointers + 2 * i:pointers + 2 * i + 2], "big") for i in range(cells)]
        if kind == 0x05:
            for off in offsets:
                walk(int.from_bytes(page[off:off + 4], "big"))
            walk(int.from_bytes(page[head + 8:head + 12], "big"))
            return
        assert kind == 0x0D, f"page {pgno} of {table} is not a table b-tree page"
        for off in offsets:
            _, p = _varint(page, off)
            rowid, p = _varint(page, p)
            out.append((pgno, off, rowid, _record(page, p)))

    walk(root)
    return out


def _kendall(a: list, b: list) -> float:
    n, score = len(a), 0
    for i in range(n):
        for j in range(i + 1, n):
            score += ((a[i] > a[j]) - (a[i] < a[j])) * ((b[i] > b[j]) - (b[i] < b[j]))
    return score / (n * (n - 1) / 2)


def _layout_rank(cells, key) -> dict:
    """Where each row sits in the file: by page, then by its cell's offset (newer cells sit lower in a page)."""
    return {key(values, rowid): (pgno, off) for pgno, off, rowid, values in cells}


def _name_round(tmp_path, n: int):
    w = make_workshop(tmp_path / f"run{n}.uprw", participants=PEOPLE)
    round_id, _ = w.create_round("Names", RoundRules(Method.APPROVAL), rec_ids(w), secret=True)
    w.open_round(round_id)
    return w, round_id, [c.id for c in w.round_candidates(round_id)]


def _distinct(cands: list[int], n: int) -> list[int]:
    return [c for bit, c in enumerate(cands) if (n + 1) >> bit & 1]


def test_in_name_mode_the_live_file_reveals_no_cast_order(tmp_path):
    runs, marks_tau, ballots_tau = 16, [], []
    for run in range(runs):
        w, round_id, cands = _name_round(tmp_path, run)
        order = random.Random(run).sample(people(w), PEOPLE)
        ballot_of = {pid: _distinct(cands, k) for k, pid in enumerate(order)}
        path = w._store.path
        w._store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        marks_open = table_cells(path, "round_voters")  # made when the round opened, before anyone voted
        assert len(marks_open) == PEOPLE and all(values[3] == 0 for *_, values in marks_open)
        w.cast_ballot(round_id, order[0], ballot_of[order[0]])
        w._store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        marks_first = table_cells(path, "round_voters")
        ballots_first = table_cells(path, "ballots")
        for pid in order[1:]:
            w.cast_ballot(round_id, pid, ballot_of[pid])
        w.close()
        marks = table_cells(path, "round_voters")
        ballots = table_cells(path, "ballots")
        # Every row sits exactly where it sat after the first ballot: the layout was fixed before the
        # others voted, so it can't hold the order they voted in.
        assert {(p, o, r) for p, o, r, _ in marks} == {(p, o, r) for p, o, r, _ in marks_first} == {
            (p, o, r) for p, o, r, _ in marks_open}
        assert {(p, o, r) for p, o, r, _ in ballots} == {(p, o, r) for p, o, r, _ in ballots_first}
        assert all(values[3] == 1 for *_, values in marks)
        where_mark = _layout_rank(marks, lambda v, _: v[2])
        where_ballot = _layout_rank(ballots, lambda v, _: tuple(json.loads(v[3])))
        cast_rank = list(range(PEOPLE))
        marks_tau.append(_kendall(cast_rank, [where_mark[f"p{pid}"] for pid in order]))
        ballots_tau.append(_kendall(cast_rank, [where_ballot[tuple(ballot_of[pid])] for pid in order]))
    # Across runs, where a mark or a ballot sits has nothing to do with when it was cast.
    assert abs(sum(marks_tau) / runs) < 0.2, marks_tau
    assert abs(sum(ballots_tau) / runs) < 0.2, ballots_tau
    assert max(map(abs, marks_tau + ballots_tau)) < 0.8


def test_the_page_reader_does_see_order_when_rows_are_added_in_cast_order(tmp_path):
    """The contrast that shows the test above could fail: the old way (a row added as each person voted)."""
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE marks (id INTEGER PRIMARY KEY, voter TEXT)")
    order = random.Random(1).sample(range(PEOPLE), PEOPLE)
    for pid in order:
        conn.execute("INSERT INTO marks VALUES (?, ?)", (random.getrandbits(62), f"p{pid}"))
        conn.commit()
    conn.close()
    where = _layout_rank(table_cells(path, "marks"), lambda v, _: v[1])
    tau = _kendall(list(range(PEOPLE)), [where[f"p{pid}"] for pid in order])
    assert tau == -1.0  # each new cell sits just below the last: the layout is the cast order, reversed


def test_a_secret_ballot_update_is_written_in_place(tmp_path):
    """What the name mode rests on: SQLite overwrites a same-size row where it is."""
    w, round_id, cands = _name_round(tmp_path, 0)
    ids = people(w)
    w.cast_ballot(round_id, ids[0], _distinct(cands, 0))
    w._store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    slots = {r: (p, o) for p, o, r, _ in table_cells(w._store.path, "ballots")}
    w.cast_ballot(round_id, ids[1], _distinct(cands, 1))
    w._store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    after = table_cells(w._store.path, "ballots")
    assert {r: (p, o) for p, o, r, _ in after} == slots
    assert sum(v[2] != "empty" for *_, v in after) == 2
    w.close()
