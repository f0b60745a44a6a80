"""Shown once, when a round with anonymous ballot codes opens: print or save the code slips now.

The codes live only in this dialog's memory: the workshop file keeps salted hashes of the unused
ones, never the codes. Once the dialog closes they are gone, by design.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from ...domain.rounds import VotingRound
from ..common.errors import show_error


class BallotCodesDialog(QDialog):
    def __init__(self, workshop, rnd: VotingRound, codes: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ballotCodesDialog")
        self.workshop = workshop
        self.round = rnd
        self._codes = list(codes)
        self.saved_to: Path | None = None
        self.printed = False
        self.setWindowTitle(self.tr("Ballot code slips"))
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("Print the ballot code slips now"), self)
        heading.setObjectName("dialogHeading")
        self.explanation = QLabel(self.tr(
            "“%1” is open with %2 one-time ballot codes. They are shown only now: the workshop file does not "
            "keep them, so they can't be shown again. Print the slips (or save them as a PDF to print from "
            "another computer), cut them up and shuffle them. Each person takes one at random and types it at "
            "the kiosk, or writes it on a paper ballot.").replace("%1", rnd.title).replace("%2", str(len(codes))),
            self)
        self.explanation.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(self.tr("Print slips…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("primaryButton")
        self.save_button = self.buttons.addButton(self.tr("Save slips as PDF…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button = self.buttons.addButton(self.tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.clicked.connect(lambda: self.print_slips())
        self.save_button.clicked.connect(lambda: self.save_slips())
        self.buttons.accepted.connect(self.finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 22, 26, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def pdf(self) -> bytes:
        from ...io.pdf.ballot_codes import slips_pdf

        return slips_pdf(self.workshop, self.round.id, self._codes)

    def save_slips(self, target: str | None = None) -> Path | None:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save ballot code slips"),
                                                    self.tr("ballot codes.pdf"), self.tr("PDF (*.pdf)"))
            if not target:
                return None
        from ...io.pdf import save_pdf

        try:
            self.saved_to = save_pdf(self.pdf(), target)
        except Exception as error:  # noqa: BLE001 - words for the person, details in the log
            show_error(self, error, self.tr("Save ballot code slips"))
            return None
        self.status.setText(self.tr("Saved to %1. Print it, then delete it: the codes are as good as ballot "
                                    "papers.").replace("%1", str(self.saved_to)))
        return self.saved_to

    def print_slips(self, printer=None) -> int:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ..print import print_pdf

        try:
            data = self.pdf()
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.tr("Print ballot code slips"))
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return 0
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        try:
            sheets = print_pdf(document, printer)
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.tr("Print ballot code slips"))
            return 0
        finally:
            document.close()
            buffer.close()
        self.printed = True
        self.status.setText(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(sheets)))
        return sheets

    def finish(self) -> None:
        if not (self.printed or self.saved_to):
            answer = QMessageBox.question(
                self, self.tr("Ballot code slips"),
                self.tr("The slips have not been printed or saved. Once this closes, the codes are gone for good "
                        "and this round can only take ballots by a new round. Close anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._codes = []
        self.accept()
