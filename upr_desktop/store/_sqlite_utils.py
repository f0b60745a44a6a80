"""sqlite-utils, imported without the pandas and numpy it loads eagerly.

It imports them only to recognise their value types, which we never pass it; at start-up
that costs ~250 ms before the first window. Importing pandas later still works as usual.

They are refused only to the thread importing sqlite-utils, by a finder that asks which thread is importing:
hiding them through sys.modules would make another thread's `import numpy` fail meanwhile (a count being
prepared, a file being read), since sqlite-utils is now imported at the first write, not before any thread runs.
"""

import sys
import threading


class _RefusedTo:
    """A finder that refuses `names` to one thread and leaves every other import to the usual finders."""

    def __init__(self, names: list[str], thread: int):
        self.names, self.thread = frozenset(names), thread

    def find_spec(self, name, path=None, target=None):
        if name in self.names and threading.get_ident() == self.thread:
            raise ImportError(f"{name} is not loaded for sqlite-utils", name=name)
        return None


_refused = _RefusedTo([name for name in ("pandas", "numpy") if name not in sys.modules], threading.get_ident())
sys.meta_path.insert(0, _refused)
try:
    import sqlite_utils  # noqa: E402  (it catches the ImportError and goes without them)
finally:
    sys.meta_path.remove(_refused)

__all__ = ["sqlite_utils"]
