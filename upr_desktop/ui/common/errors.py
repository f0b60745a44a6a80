"""Showing errors to people: plain words on screen, details in the log file."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.errors import WorkshopError
from .translation import translate

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def message_for(error: BaseException) -> str:
    if isinstance(error, WorkshopError):
        return error.message
    from ...ops.workshop import describe_failure

    plain = describe_failure(error)  # a full disk, a damaged page found while reading
    if plain is not None:
        return plain.message
    return translate("Errors", "Something went wrong: {error}. The details are in the log file; nothing saved was lost.").format(
        error=error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    if isinstance(error, WorkshopError):
        log.info("shown to user: %s", error.message)
    else:
        log.exception("unexpected error", exc_info=error)
    box = QMessageBox(QMessageBox.Icon.Warning, title or translate("Errors", "UPR Desktop"), message_for(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that can't be undone. The button says what it does ("Close round"), not "Yes"."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmBox")
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
