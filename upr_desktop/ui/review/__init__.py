"""Step 1, Review: read the recommendations, filter and search them, note the government's response, mark what
matters. The page is in page.py; the filter bar, the detail pane and the recommendation dialog beside it.

Entry point: ReviewPage (review.page); FilterBar (review.filter_bar), which the Follow-up step's list reuses.
"""

from __future__ import annotations

__all__ = ["ReviewPage", "FilterBar"]  # the entry point: what other packages may import from here
_HOMES = {"ReviewPage": ".page", "FilterBar": ".filter_bar"}


def __getattr__(name: str):
    # Lazy, so that importing the package costs nothing until its page is wanted.
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
