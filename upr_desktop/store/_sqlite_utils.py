"""sqlite-utils, imported without the pandas and numpy it loads eagerly.

It imports them only to recognise their value types, which we never pass it; at start-up
that costs ~250 ms before the first window. Importing pandas later still works as usual.
"""

import sys

_HIDDEN = [name for name in ("pandas", "numpy") if name not in sys.modules]
for _name in _HIDDEN:
    sys.modules[_name] = None  # makes `import pandas` raise ImportError, which sqlite-utils handles
try:
    import sqlite_utils  # noqa: E402
finally:
    for _name in _HIDDEN:
        if sys.modules.get(_name) is None:
            del sys.modules[_name]

__all__ = ["sqlite_utils"]
