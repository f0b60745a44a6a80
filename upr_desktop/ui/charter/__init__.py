"""Step 6, Charter: write the outcome charter (priorities, actions, timeline, monitoring), comment on it,
collect endorsements, save versions and adopt it. The page is in page.py; its parts, editors and dialogs beside it.

Entry point: CharterPage (charter.page).
"""

from __future__ import annotations

__all__ = ["CharterPage"]  # the entry point: what other packages may import from here
_HOMES = {"CharterPage": ".page"}


def __getattr__(name: str):
    # Lazy, so that importing the package costs nothing until its page is wanted.
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
