"""sqlite-utils is imported without pandas and NumPy (they cost the first write ~250 ms), and that refusal is
for the importing thread alone: another thread importing NumPy meanwhile (a count being prepared when a round
closes, a file being read) gets it. Hiding them in sys.modules failed that thread (a flaky CLI test showed it)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(script: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_sqlite_utils_comes_without_pandas_and_numpy():
    said = _run("""
        import sys
        from upr_desktop.store._sqlite_utils import sqlite_utils
        print(sorted(n for n in ("pandas", "numpy") if n in sys.modules), sqlite_utils.Database.__name__)
        import numpy, pandas  # and they still import afterwards
        print(numpy.__name__, pandas.__name__)
    """)
    assert said.split("\n")[:2] == ["[] Database", "numpy pandas"]


def test_another_thread_gets_numpy_while_sqlite_utils_is_being_imported():
    said = _run("""
        import sys, threading
        from upr_desktop.store import _sqlite_utils as module

        # The refusal as it stands while sqlite-utils imports: on this thread.
        refused = module._RefusedTo(["numpy"], threading.get_ident())
        sys.meta_path.insert(0, refused)
        try:
            try:
                import numpy
                print("this thread got numpy")
            except ImportError:
                print("this thread: refused")
            got = []
            worker = threading.Thread(target=lambda: got.append(__import__("numpy").__name__))
            worker.start(); worker.join()
            print("other thread:", got)
        finally:
            sys.meta_path.remove(refused)
    """)
    assert said.split("\n")[:2] == ["this thread: refused", "other thread: ['numpy']"]
