"""Fixtures shared by every test: real workshop files in tmp_path, the real data in ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = (REPO / ".." / "shared" / "data").resolve()


@pytest.fixture
def shared_data() -> Path:
    assert SHARED_DATA.is_dir(), f"the real exports are expected at {SHARED_DATA}"
    return SHARED_DATA


@pytest.fixture(autouse=True)
def app_home(tmp_path, monkeypatch) -> Path:
    """Backups, logs and settings go to a fresh folder, never the developer's own."""
    home = tmp_path / "app-home"
    monkeypatch.setenv("UPR_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def demo_workshop(tmp_path):
    from upr_desktop.io.demo import create_demo_workshop

    workshop = create_demo_workshop(tmp_path / "demo.uprw")
    yield workshop
    workshop.close()


@pytest.fixture
def demo_unsorted(tmp_path):
    """The demo as it stands after the vote: no clusters, no charter yet."""
    from upr_desktop.io.demo import create_demo_workshop

    workshop = create_demo_workshop(tmp_path / "demo-unsorted.uprw", until="rounds")
    yield workshop
    workshop.close()


@pytest.fixture
def intact():
    """Whether a workshop file passes SQLite's integrity check, read without changing it."""
    import sqlite3

    def check(path: Path) -> bool:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()

    return check


LARGE_WORKSHOP_BYTES = 90 * 1024 * 1024


@pytest.fixture(scope="session")
def large_files(tmp_path_factory) -> tuple[Path, Path, dict]:
    """A ≥90 MB coalition-sized workshop, and a copy with one page of the recommendations table zeroed."""
    import random
    import shutil
    import sqlite3
    import time

    from upr_desktop.domain.participant import Participant
    from upr_desktop.domain.recommendation import Recommendation
    from upr_desktop.domain.workshop import WorkshopInfo
    from upr_desktop.ops import Workshop

    folder = tmp_path_factory.mktemp("large")
    good = folder / "Coalition.uprw"
    rng = random.Random(2026)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 10)))
             for _ in range(20000)]
    with pytest.MonkeyPatch.context() as m:
        m.setenv("UPR_DESKTOP_HOME", str(folder / "home"))
        started = time.perf_counter()
        w = Workshop.create(good, WorkshopInfo(title="Coalition", country="Kenya"))
        with w.building():
            n = 0
            while good.stat().st_size < LARGE_WORKSHOP_BYTES:
                recs = [Recommendation(text=" ".join(rng.choices(words, k=150)), reference=f"{100 + i // 300}.{i % 300}",
                                       country="Kenya", states=("Utopia",), session=40)
                        for i in range(n, n + 5000)]
                w.import_recommendations(recs, source_file=f"bulk-{n}.csv", format="table")
                n += 5000
                w._store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        w.add_participant(Participant(name="Already here"))
        w.close()
        built = time.perf_counter() - started
    assert good.stat().st_size >= LARGE_WORKSHOP_BYTES

    conn = sqlite3.connect(good)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = [r[0] for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'recommendations' AND pagetype = 'leaf' ORDER BY pageno")]
    conn.close()
    page = leaves[len(leaves) // 2]  # a real page of a real table, in the middle of the file
    damaged = folder / "Damaged coalition.uprw"
    shutil.copy(good, damaged)
    with open(damaged, "r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(bytes(page_size))
    return good, damaged, {"built": built, "page": page, "page_size": page_size, "rows": n}


@pytest.fixture
def tamper():
    """Change a workshop file behind the app's back, as someone with the file and SQLite would: run SQL on it
    (a planted trigger), or zero the first leaf page of a table or index (a damaged disk)."""
    import sqlite3

    class Tamper:
        @staticmethod
        def sql(path, script: str) -> None:
            conn = sqlite3.connect(path)
            try:
                conn.executescript(script)
            finally:
                conn.close()

        @staticmethod
        def zero_page(path, name: str) -> None:
            conn = sqlite3.connect(path)
            try:
                page_size = conn.execute("PRAGMA page_size").fetchone()[0]
                page = conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                                    "ORDER BY pageno", (name,)).fetchall()[0][0]
            finally:
                conn.close()
            with open(path, "r+b") as handle:
                handle.seek((page - 1) * page_size)
                handle.write(bytes(page_size))

    return Tamper()
