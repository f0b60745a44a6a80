"""A worker thread's read-only connection (WorkshopDB.reader, Workshop.count_matching_elsewhere)."""

import sqlite3
import threading

import pytest

from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.store.queries import RecommendationFilter


def test_counting_elsewhere_gives_the_same_count_from_another_thread(tmp_path):
    ws = create_demo_workshop(tmp_path / "demo.uprw")
    try:
        filters = [RecommendationFilter(), RecommendationFilter(text="rights"),
                   RecommendationFilter(text="women", responses=frozenset({"noted"}))]
        found = {}
        worker = threading.Thread(target=lambda: found.update(
            {i: ws.count_matching_elsewhere(flt) for i, flt in enumerate(filters)}))
        worker.start()
        worker.join(10)
        assert found == {i: ws.count_matching(flt) for i, flt in enumerate(filters)}
    finally:
        ws.close()


def test_the_reader_can_not_write(tmp_path):
    ws = create_demo_workshop(tmp_path / "demo.uprw")
    try:
        conn = ws._store.reader()
        try:
            with pytest.raises(sqlite3.OperationalError):
                conn.execute("DELETE FROM recommendations")
        finally:
            conn.close()
        assert ws.count_matching(RecommendationFilter()) > 0
    finally:
        ws.close()
