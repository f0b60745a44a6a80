"""Every change to a workshop goes through here: validate, write in one transaction,
record an audit entry, return an undoable Change, and announce what changed.
The GUI, the CLI and the tests all call it."""

from .workshop import (
    MIN_PASSPHRASE_LENGTH,
    Change,
    ChangeEvent,
    EncryptionDone,
    ImportSummary,
    NeedsCountryChoice,
    Workshop,
    validate_passphrase,
)


def __getattr__(name: str):
    if name == "TravelCopySummary":  # its module, with the travel copy's, when first wanted
        from .travel import TravelCopySummary

        return TravelCopySummary
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["MIN_PASSPHRASE_LENGTH", "Change", "ChangeEvent", "EncryptionDone", "ImportSummary", "NeedsCountryChoice",
           "TravelCopySummary", "Workshop", "validate_passphrase"]
