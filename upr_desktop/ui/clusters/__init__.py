"""Step 2, Clusters: group related recommendations under a theme so the room votes on fewer, clearer
choices. The page is in page.py.

Entry point: ClustersPage (clusters.page).
"""

from __future__ import annotations

__all__ = ["ClustersPage"]  # the entry point: what other packages may import from here
_HOMES = {"ClustersPage": ".page"}


def __getattr__(name: str):
    # Lazy, so that importing the package costs nothing until its page is wanted.
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
