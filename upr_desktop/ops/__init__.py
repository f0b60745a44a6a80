"""Every change to a workshop goes through here: validate, write in one transaction,
record an audit entry, return an undoable Change, and announce what changed.
The GUI, the CLI and the tests all call it."""

from .workshop import Change, ChangeEvent, ImportSummary, NeedsCountryChoice, Workshop

__all__ = ["Change", "ChangeEvent", "ImportSummary", "NeedsCountryChoice", "Workshop"]
