"""What every operation hands back and announces."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ChangeEvent:
    """What changed, so views can refresh themselves: topic is "recommendations", "notes", "workshop",
    "participants", "rounds", "ballots", "clusters",
    "charter" or "comments"."""

    topic: str
    ids: tuple[int, ...] = ()


@dataclass
class Change:
    """A change already made, with the means to take it back and make it again (the GUI's undo stack)."""

    description: str
    undo: Callable[[], None]
    redo: Callable[[], None]
