"""Errors a person sees. Each message says what went wrong and what to do next."""

from __future__ import annotations


class WorkshopError(Exception):
    """Base for every error that is shown to a person as a plain message."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAWorkshopFile(WorkshopError):
    pass


class CorruptWorkshopFile(WorkshopError):
    pass


class WorkshopFromNewerVersion(WorkshopError):
    pass


class WorkshopReadOnly(WorkshopError):
    pass


class WorkshopInUse(WorkshopError):
    """Another window of the app has the workshop open for changes; it can still be opened read-only."""

    def __init__(self, path, *, on_this_computer: bool | None = None, by_a_command: bool = False):
        where = {True: " (on this computer)", False: " (on another computer)"}.get(on_this_computer, "")
        name = getattr(path, "name", str(path))
        if by_a_command:
            where = {True: ", on this computer", False: ", on another computer"}.get(on_this_computer, "")
            message = (f"“{name}” is open in another program (an upr-desktop command{where}) that is changing "
                       "it. Wait for it to finish and try again; you can open it read-only meanwhile.")
        else:
            message = (f"“{name}” is open in another window of UPR Desktop{where}. You can open it read-only "
                       "to look at it or print from it; changes can only be made in the other window.")
        super().__init__(message)
        self.path = path
        self.on_this_computer = on_this_computer
        self.by_a_command = by_a_command


class ValidationError(WorkshopError):
    pass


class ImportRejected(WorkshopError):
    """A source file that cannot be imported. Nothing in the workshop was changed."""

    def __init__(self, message: str, *, row: int | None = None, column: str | None = None):
        where = []
        if row is not None:
            where.append(f"row {row}")
        if column:
            where.append(f"column “{column}”")
        full = f"{message} ({', '.join(where)})" if where else message
        super().__init__(full)
        self.row = row
        self.column = column


class ImportCancelled(WorkshopError):
    def __init__(self):
        super().__init__("Import cancelled. Nothing was added to the workshop.")


class ForeignSchemaObjects(WorkshopError):
    """The file holds tables, indexes, triggers or views this version did not put there (or lacks some)."""

    def __init__(self, path, problems: list[str]):
        name = getattr(path, "name", str(path))
        listed = "; ".join(problems[:3]) + (f"; and {len(problems) - 3} more" if len(problems) > 3 else "")
        super().__init__(
            f"“{name}” was not opened: it contains {listed}. Something added there could record or change "
            "what is done in the workshop (such as who voted and when). The file has not been changed. "
            "Save a cleaned copy, which keeps the workshop's data and nothing else, and open that."
        )
        self.path = path
        self.problems = problems


class DiskFull(WorkshopError):
    def __init__(self):
        super().__init__("The disk is full: free some space and try again. Nothing was changed.")


class PassphraseNeeded(WorkshopError):
    """An encrypted workshop was opened without a passphrase: ask for one and open it again."""


class WrongPassphrase(WorkshopError):
    """The passphrase (or recovery key) does not open this workshop. Nothing was changed."""


class WorkshopNotEncrypted(WorkshopError):
    """A passphrase was given for a workshop that is not encrypted."""


class EncryptionUnavailable(WorkshopError):
    """An encrypted workshop, and a build of UPR Desktop without SQLCipher."""
