"""Step 8, Follow-up: years of implementation tracking after the workshop. The page (page.py) holds the
dashboard (dashboard.py, with the status-over-time chart in chart.py), the list of recommendations with their
current status (model.py), the timeline of one recommendation or priority (timeline.py), the evidence and the
documents; the assess and evidence dialogs are in assess_dialog.py and evidence_dialog.py.

Entry point: FollowUpPage (followup.page).
"""

from __future__ import annotations

__all__ = ["FollowUpPage"]  # the entry point: what other packages may import from here
_HOMES = {"FollowUpPage": ".page"}


def __getattr__(name: str):
    # Lazy, so that importing the package costs nothing until its page is wanted.
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
