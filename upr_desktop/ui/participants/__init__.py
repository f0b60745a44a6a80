"""Step 3, Participants: who is in the room, their organisation, attendance, and whether they vote by name.
The page is in page.py; the participant and attendance dialogs beside it.

Entry point: ParticipantsPage (participants.page).
"""

from __future__ import annotations

__all__ = ["ParticipantsPage"]  # the entry point: what other packages may import from here
_HOMES = {"ParticipantsPage": ".page"}


def __getattr__(name: str):
    # Lazy, so that importing the package costs nothing until its page is wanted.
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
