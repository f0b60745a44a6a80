"""Errors a person sees. Each message says what went wrong and what to do next."""

from __future__ import annotations
from ..text import translate


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
        name = getattr(path, "name", str(path))
        if by_a_command:
            if on_this_computer is True:
                message = translate("WorkshopFile", "“{name}” is open in another program (an upr-desktop command, "
                                                    "on this computer) that is changing it. Wait for it to finish "
                                                    "and try again; you can open it read-only meanwhile.")
            elif on_this_computer is False:
                message = translate("WorkshopFile", "“{name}” is open in another program (an upr-desktop command, "
                                                    "on another computer) that is changing it. Wait for it to "
                                                    "finish and try again; you can open it read-only meanwhile.")
            else:
                message = translate("WorkshopFile", "“{name}” is open in another program (an upr-desktop command) "
                                                    "that is changing it. Wait for it to finish and try again; you "
                                                    "can open it read-only meanwhile.")
        elif on_this_computer is True:
            message = translate("WorkshopFile", "“{name}” is open in another window of UPR Desktop (on this "
                                                "computer). You can open it read-only to look at it or print from "
                                                "it; changes can only be made in the other window.")
        elif on_this_computer is False:
            message = translate("WorkshopFile", "“{name}” is open in another window of UPR Desktop (on another "
                                                "computer). You can open it read-only to look at it or print from "
                                                "it; changes can only be made in the other window.")
        else:
            message = translate("WorkshopFile", "“{name}” is open in another window of UPR Desktop. You can open "
                                                "it read-only to look at it or print from it; changes can only be "
                                                "made in the other window.")
        super().__init__(message.format(name=name))
        self.path = path
        self.on_this_computer = on_this_computer
        self.by_a_command = by_a_command


class ValidationError(WorkshopError):
    pass


class ImportRejected(WorkshopError):
    """A source file that cannot be imported. Nothing in the workshop was changed."""

    def __init__(self, message: str, *, row: int | None = None, column: str | None = None):
        if row is not None and column:
            full = translate("Import", "{message} (row {row}, column “{column}”)").format(
                message=message, row=row, column=column)
        elif row is not None:
            full = translate("Import", "{message} (row {row})").format(message=message, row=row)
        elif column:
            full = translate("Import", "{message} (column “{column}”)").format(message=message, column=column)
        else:
            full = message
        super().__init__(full)
        self.row = row
        self.column = column


class ImportCancelled(WorkshopError):
    def __init__(self):
        super().__init__(translate("Import", "Import cancelled. Nothing was added to the workshop."))


class ForeignSchemaObjects(WorkshopError):
    """The file holds tables, indexes, triggers or views this version did not put there (or lacks some)."""

    def __init__(self, path, problems: list[str]):
        name = getattr(path, "name", str(path))
        listed = "; ".join(problems[:3])
        if len(problems) > 3:
            listed = translate("WorkshopFile", "{listed}; and {more} more").format(listed=listed,
                                                                                   more=len(problems) - 3)
        super().__init__(
            translate("WorkshopFile", "“{name}” was not opened: it contains {listed}. Something added there could "
                                      "record or change what is done in the workshop (such as who voted and "
                                      "when). The file has not been changed. Save a cleaned copy, which keeps "
                                      "the workshop's data and nothing else, and open that.").format(
                name=name, listed=listed)
        )
        self.path = path
        self.problems = problems


class DiskFull(WorkshopError):
    def __init__(self):
        super().__init__(translate("WorkshopFile", "The disk is full: free some space and try again. Nothing "
                                                   "was changed."))



class PassphraseNeeded(WorkshopError):
    """An encrypted workshop was opened without a passphrase: ask for one and open it again."""


class WrongPassphrase(WorkshopError):
    """The passphrase (or recovery key) does not open this workshop. Nothing was changed."""


class WorkshopNotEncrypted(WorkshopError):
    """A passphrase was given for a workshop that is not encrypted."""


class EncryptionUnavailable(WorkshopError):
    """An encrypted workshop, and a build of UPR Desktop without SQLCipher."""
