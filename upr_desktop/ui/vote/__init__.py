"""Step 4, Vote: set up voting rounds and collect ballots: at the laptop, in the kiosk, from paper or from the
wall. The page is in page.py; the round dialog, the kiosk, the ballot editor and the paper ballot dialog beside it.

Entry point: VotePage (vote.page).
"""

from __future__ import annotations

__all__ = ["VotePage"]  # the entry point: what other packages may import from here
_HOMES = {"VotePage": ".page"}


def __getattr__(name: str):
    # Lazy, so that importing the package costs nothing until its page is wanted.
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
