"""Step 5, Results: the tally of a closed round as a table and a chart, and the full-screen projector view
the vote page also shows. The page is in page.py; the chart in chart.py, the projector in projector.py.

Entry point: ResultsPage (results.page), and show_projector (results.projector) for the vote page.
"""

from __future__ import annotations

__all__ = ["ResultsPage", "show_projector"]  # the entry point: what other packages may import from here
_HOMES = {"ResultsPage": ".page", "show_projector": ".projector"}


def __getattr__(name: str):
    # Lazy, so that importing the package costs nothing until its page is wanted.
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
