"""Every change to a workshop goes through here: validate, write in one transaction,
record an audit entry, return an undoable Change, and announce what changed.
The GUI, the CLI and the tests all call it."""

from .travel import TravelCopySummary
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

__all__ = ["MIN_PASSPHRASE_LENGTH", "Change", "ChangeEvent", "EncryptionDone", "ImportSummary", "NeedsCountryChoice",
           "TravelCopySummary", "Workshop", "validate_passphrase"]
