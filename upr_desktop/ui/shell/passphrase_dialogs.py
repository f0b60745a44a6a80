"""The passphrase dialogs of an encrypted workshop: setting one (a new workshop, "Encrypt this workshop…"),
typing it to open a file, changing it, and the recovery key sheet shown once after each of those.

The passphrase is kept in the dialog's QLineEdit and nowhere else: it is read from the field at the moment it is
handed to the store, and the field is cleared right after. (Python can't wipe a str, so the aim is to hold no
reference to it beyond that call.)
"""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WrongPassphrase
from ...ops import Workshop, validate_passphrase
from ..common.translation import translate
from ..common.dialog_parts import (
    DIALOG_STYLE,
    InlineMessage,
    documents_folder,
    fit_to_contents,
    lay_out_form_dialog,
    primary_button,
    secondary_button,
)

log = logging.getLogger(__name__)

MIN_LENGTH = 10
STRONG_LENGTH = 20

EXTRA_STYLE = """
QLabel#strengthHint[level="weak"] { color: #9b1c1c; }
QLabel#strengthHint[level="fair"] { color: #7a4b00; }
QLabel#strengthHint[level="strong"] { color: #1d6b2f; }
QLabel#noRecoveryWarning { color: #7a1c1c; background: #fdf2f2; border: 1px solid #e3a0a0; border-radius: 6px; }
QLabel#plainCopiesWarning { color: #7a4b00; background: #fff7e6; border: 1px solid #e8c37a; border-radius: 6px; }
QLabel#recoveryKey { font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace; font-size: 14pt;
    color: #15212e; background: #f5f7fa; border: 1px solid #c5cfd9; border-radius: 6px; padding: 12px; }
"""


def _message(error: Exception) -> str:
    return getattr(error, "message", None) or str(error)


def strength(passphrase: str) -> tuple[str, str]:
    """How hard a passphrase is to guess, as a level ("weak", "fair", "strong") and a sentence saying why.
    A rough rule that favours length: a few unrelated words beat a short word with symbols."""

    length = len(passphrase)
    words = len(passphrase.split())
    kinds = sum(any(test(c) for c in passphrase) for test in (str.islower, str.isupper, str.isdigit,
                                                                 lambda c: not c.isalnum()))
    if length < MIN_LENGTH:
        return "weak", translate("PassphraseFields", "Too short: use at least {count} characters. Four or five unrelated words are easy to "
                          "remember and hard to guess.").format(count=MIN_LENGTH)
    if len(set(passphrase)) <= 3:
        return "weak", translate("PassphraseFields", "Too easy to guess: it repeats the same few characters.")
    if length >= STRONG_LENGTH or (words >= 4 and length >= 16) or (length >= 14 and kinds >= 3):
        return "strong", translate("PassphraseFields", "Strong.")
    return "fair", translate("PassphraseFields", "Fair. A longer passphrase, such as four or five unrelated words, is much harder to guess.")


class PassphraseFields(QWidget):
    """A new passphrase typed twice, with a hint on its strength; used wherever a passphrase is set."""

    def __init__(self, parent: QWidget | None = None, *, label: str | None = None):
        super().__init__(parent)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirmPassphrase")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.hint = QLabel(self)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.passphrase.textChanged.connect(self._update_hint)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = form
        form.addRow(label or self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.hint)
        form.addRow(self.tr("Type it again"), self.confirm)
        self._update_hint("")

    def _update_hint(self, text: str) -> None:
        if not text:
            self.hint.setProperty("level", "")
            self.hint.setText(self.tr("At least {count} characters. Four or five unrelated words work well.")
                              .format(count=MIN_LENGTH))
        else:
            level, sentence = strength(text)
            self.hint.setProperty("level", level)
            self.hint.setText(sentence)
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)

    def problem(self) -> str | None:
        """What is wrong with what was typed, in a sentence; None when it can be used."""
        text = self.passphrase.text()
        if not text:
            return self.tr("Type a passphrase.")
        level, sentence = strength(text)
        if level == "weak":
            return sentence
        store_problems = validate_passphrase(text)  # the store's own rules (e.g. not shaped like a recovery key)
        if store_problems:
            return " ".join(store_problems)
        if text != self.confirm.text():
            return self.tr("The two passphrases are not the same. Type them again.")
        return None

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()


def no_recovery_warning(parent: QWidget) -> QLabel:
    label = QLabel(translate("PassphraseFields", "There is no way to recover this workshop without the passphrase or the recovery key. "
                             "Keep the passphrase in your head or a password manager, and the recovery key in a "
                             "safe place away from this computer."), parent)
    label.setObjectName("noRecoveryWarning")
    label.setWordWrap(True)
    label.setContentsMargins(10, 8, 10, 8)  # not CSS padding: a wrapped label would be cut short
    return label


def _dialog_base(dialog: QDialog, title: str) -> None:
    dialog.setObjectName("workshopDialog")
    dialog.setWindowTitle(title)
    dialog.setStyleSheet(DIALOG_STYLE + EXTRA_STYLE)
    dialog.setMinimumWidth(520)


def _button_row(parent: QWidget, *buttons) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.addStretch(1)
    for button in buttons:
        layout.addWidget(button)
    return row


# --- opening -------------------------------------------------------------------------------------------
class OpenPassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted workshop and opens it; a wrong one is said plainly, and the
    person tries again or cancels (nothing opened, nothing changed)."""

    def __init__(self, path: Path, read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        _dialog_base(self, self.tr("Open an encrypted workshop"))
        self.setObjectName("openPassphraseDialog")
        self.path = Path(path)
        self.read_only = read_only
        self.workshop: Workshop | None = None
        self.failure: Exception | None = None
        self.attempts = 0

        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("openPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.textEdited.connect(self._on_edited)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.message = InlineMessage(self)
        self.open_button = primary_button(self.tr("Open"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.try_open)
        cancel = secondary_button(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        lay_out_form_dialog(self, self.tr("Open an encrypted workshop"), self.tr(
            "“{name}” is encrypted. Type its passphrase, or its recovery key, to open it.").format(
                name=self.path.name),
            form, self.message, _button_row(self, cancel, self.open_button))
        fit_to_contents(self)
        self.passphrase.setFocus()

    def _on_edited(self, _text: str) -> None:
        if self.message.is_error():
            self.message.clear_message()

    def try_open(self) -> bool:
        if not self.passphrase.text():
            self.message.show_error(self.tr("Type the passphrase first."))
            return False
        self.attempts += 1
        try:
            self.workshop = Workshop.open(self.path, passphrase=self.passphrase.text(), read_only=self.read_only)
        except WrongPassphrase:
            self.passphrase.clear()
            self.message.show_error(self.tr("That passphrase does not open “{name}”. Nothing was changed. Check "
                                            "the keyboard layout and Caps Lock, and try again.").format(
                                                name=self.path.name))
            self.passphrase.setFocus()
            return False
        except Exception as error:  # noqa: BLE001 - handed back to the caller, who says it in plain words
            self.passphrase.clear()
            self.failure = error
            self.reject()
            return False
        self.passphrase.clear()
        self.accept()
        return True


def ask_passphrase_and_open(parent: QWidget, path: str | os.PathLike, *, read_only: bool = False) -> Workshop | None:
    """The encrypted workshop, opened with the passphrase the person types; None if they cancel. Any failure
    other than a wrong passphrase (in use, damaged, too new) is raised for the caller to say."""
    dialog = OpenPassphraseDialog(Path(path), read_only, parent)
    dialog.exec()
    workshop, failure = dialog.workshop, dialog.failure
    dialog.deleteLater()
    if failure is not None:
        raise failure
    return workshop


# --- the recovery key -----------------------------------------------------------------------------------
def recovery_sheet_pdf(key: str, workshop_name: str) -> bytes:
    """A one-page PDF with the recovery key and what it is for, made in memory (no file is written)."""

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(translate("RecoveryKeyDialog", "Recovery key"))
    writer.setCreator("UPR Desktop")
    html = """<h1 style="font-size:20pt">{title}</h1>
<p style="font-size:12pt">{workshop}</p>
<p style="font-size:11pt">{made}</p>
<table cellpadding="14" style="border:1px solid #444; margin-top:18px; margin-bottom:18px">
<tr><td style="font-family:'DejaVu Sans Mono',monospace; font-size:20pt">{key}</td></tr></table>
<p style="font-size:12pt">{what}</p>
<p style="font-size:12pt">{keep}</p>
<p style="font-size:12pt">{change}</p>""".format(
        title=translate("RecoveryKeyDialog", "UPR Desktop — recovery key"),
        workshop=translate("RecoveryKeyDialog", "Workshop file: {name}").format(name=_html(workshop_name)),
        made=translate("RecoveryKeyDialog", "Made on {day}").format(day=date.today().isoformat()),
        key=_key_lines(key),
        what=translate("RecoveryKeyDialog", "This key opens the workshop in place of its passphrase: type it where the passphrase is asked "
                "for. Anyone who has it can read the workshop."),
        keep=translate("RecoveryKeyDialog", "Keep this sheet in a safe place away from the computer, such as the coalition's safe. Do not "
                "photograph it or keep it with the laptop."),
        change=translate("RecoveryKeyDialog", "If the passphrase is changed, this key stops working and a new one is given."))
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 11))
    document.setHtml(html)
    painter = QPainter(writer)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(area.size().toSizeF() / (writer.resolution() / 96))
    painter.scale(writer.resolution() / 96, writer.resolution() / 96)
    document.drawContents(painter, QRectF(0, 0, area.width(), area.height()))
    painter.end()
    buffer.close()
    return bytes(buffer.data())


def _key_lines(key: str) -> str:
    """The key on two lines split between groups, never inside one (a copied key must not lose a letter); the
    store reads the groups with or without their hyphens."""
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return _html("-".join(groups[:half])) + "<br/>" + _html("-".join(groups[half:])) if len(groups) > 4 \
        else _html(key)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: print it or save it as a PDF, then confirm it is stored."""

    def __init__(self, key: str, workshop_name: str, parent: QWidget | None = None, *, changed: bool = False):
        super().__init__(parent)
        _dialog_base(self, self.tr("Recovery key"))
        self.setObjectName("recoveryKeyDialog")
        self._key = key
        self._name = workshop_name
        self.saved_to: Path | None = None
        heading = QLabel(self.tr("Your new recovery key") if changed else self.tr("Your recovery key"), self)
        heading.setObjectName("dialogHeading")
        if changed:
            text = self.tr("The passphrase was changed, so the old recovery key no longer works. This is the new one: "
                           "it opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save "
                           "it as a PDF and print that, and keep it in a safe place away from this computer.")
        else:
            text = self.tr("This key opens “{name}” if the passphrase is forgotten. It is shown only now: print "
                           "it, or save it as a PDF and print that, and keep it in a safe place away from this "
                           "computer.")
        intro = QLabel(text.format(name=workshop_name), self)
        intro.setObjectName("dialogIntro")
        intro.setWordWrap(True)
        groups = key.split("-")
        half = (len(groups) + 1) // 2
        # Two lines split between groups, as on the printed sheet; the store reads it with or without hyphens.
        self.key_label = QLabel("-".join(groups[:half]) + "\n" + "-".join(groups[half:]) if len(groups) > 4
                                else key, self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(14)
        self.key_label.setFont(mono)
        self.message = InlineMessage(self)
        self.print_button = secondary_button(self.tr("Print the recovery key…"), self)
        self.print_button.clicked.connect(self.print_key)
        self.save_button = secondary_button(self.tr("Save as PDF…"), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.done_button = primary_button(self.tr("I have stored it safely"), self)
        self.done_button.clicked.connect(self.accept)
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        fit_to_contents(self)

    def reject(self) -> None:
        # Escape or the window's close button: the key would be gone for good, so say what to do instead.
        self.message.show_info(self.tr("Print or save the key first, then click “I have stored it safely”. It "
                                       "can't be shown again."))

    def accept(self) -> None:
        self.key_label.clear()
        self._key = ""
        super().accept()

    def pdf(self) -> bytes:
        return recovery_sheet_pdf(self._key, self._name)

    def print_key(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Recovery key"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_on(printer)

    def print_on(self, printer: QPrinter) -> bool:
        from PySide6.QtPdf import QPdfDocument

        from ..print import print_pdf, print_vector

        pdf = self.pdf()
        try:
            if print_vector(pdf, printer, 1) is None:
                buffer = QBuffer(self)
                buffer.setData(pdf)
                buffer.open(QIODevice.OpenModeFlag.ReadOnly)
                document = QPdfDocument(self)
                document.load(buffer)
                print_pdf(document, printer)
        except Exception as error:  # noqa: BLE001 - said in plain words
            log.warning("printing the recovery key failed: %s", type(error).__name__)
            self.message.show_error(self.tr("The recovery key could not be printed: {reason}. Save it as a PDF and "
                                            "print that file.").format(reason=_message(error)))
            return False
        self.message.show_info(self.tr("The recovery key was sent to the printer."))
        return True

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not path:
            suggested = documents_folder() / self.tr("{name} recovery key.pdf").format(name=Path(self._name).stem)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key as PDF"), str(suggested),
                                                  self.tr("PDF documents (*.pdf)"))
            if not path:
                return None
        from ...io.pdf import save_pdf

        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            save_pdf(self.pdf(), target)
        except OSError as error:
            self.message.show_error(self.tr("The PDF could not be saved: {reason}").format(reason=error.strerror))
            return None
        self.saved_to = target
        self.message.show_info(self.tr("Saved to {path}. Print it, store the paper safely, then delete the file.")
                               .format(path=str(target)))
        return target


def show_recovery_key(parent: QWidget, workshop: Workshop, *, changed: bool = False) -> None:
    dialog = RecoveryKeyDialog(workshop.recovery_key(), workshop.path.name, parent, changed=changed)
    dialog.exec()
    dialog.deleteLater()


# --- encrypting a plain workshop ------------------------------------------------------------------------
class EncryptDialog(QDialog):
    """"Encrypt this workshop…": what happens, a passphrase, then what was deleted."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None):
        super().__init__(parent)
        _dialog_base(self, self.tr("Encrypt this workshop"))
        self.setObjectName("encryptDialog")
        self.workshop = workshop
        self.result_done = None
        self.fields = PassphraseFields(self)
        self.message = InlineMessage(self)
        body = QVBoxLayout()
        body.setSpacing(10)
        explain = QLabel(self.tr(
            "The whole workshop file will be encrypted with the passphrase you set here, and it will be asked for "
            "every time the file is opened. Its backups in UPR Desktop's own folder that are not encrypted will be "
            "deleted, and new backups will be encrypted too."), self)
        explain.setWordWrap(True)
        elsewhere = QLabel(self.tr(
            "Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not "
            "touched: they stay readable by anyone, so delete them yourself.").format(name=workshop.path.name), self)
        elsewhere.setWordWrap(True)
        elsewhere.setObjectName("plainCopiesWarning")
        elsewhere.setContentsMargins(10, 8, 10, 8)
        body.addWidget(explain)
        body.addWidget(elsewhere)
        body.addWidget(self.fields)
        body.addWidget(no_recovery_warning(self))
        self.encrypt_button = primary_button(self.tr("Encrypt"), self)
        self.encrypt_button.clicked.connect(self.encrypt)
        cancel = secondary_button(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        lay_out_form_dialog(self, self.tr("Encrypt this workshop"), self.tr(
            "Protects the people in it if the laptop is lost or seized."), body, self.message,
            _button_row(self, cancel, self.encrypt_button))
        self.setMinimumWidth(580)
        fit_to_contents(self)
        self.fields.passphrase.setFocus()

    def encrypt(self) -> bool:
        problem = self.fields.problem()
        if problem:
            self.message.show_error(problem)
            return False
        try:
            self.result_done = self.workshop.encrypt(self.fields.text())
        except Exception as error:  # noqa: BLE001 - said in plain words; the store leaves the file as it was
            log.warning("encrypting failed: %s", type(error).__name__)
            self.message.show_error(self.tr("The workshop could not be encrypted: {reason}").format(
                reason=_message(error)))
            return False
        finally:
            self.fields.clear()
        self.accept()
        return True


class DeletedBackupsDialog(QDialog):
    """After encrypting: which plain backups were deleted, and that copies elsewhere were not."""

    def __init__(self, deleted: list[Path], workshop_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        _dialog_base(self, self.tr("Workshop encrypted"))
        self.setObjectName("deletedBackupsDialog")
        body = QVBoxLayout()
        if deleted:
            folders = sorted({str(Path(p).parent) for p in deleted})
            intro = QLabel(self.tr("These backups were not encrypted, so they were deleted from {folder}:")
                           .format(folder=folders[0]) if len(folders) == 1 else
                           self.tr("These backups were not encrypted, so they were deleted:"), self)
            intro.setWordWrap(True)
            body.addWidget(intro)
            self.listing = QListWidget(self)
            for path in deleted:
                self.listing.addItem(Path(path).name if len(folders) == 1 else str(path))
                self.listing.item(self.listing.count() - 1).setToolTip(str(path))
                self.listing.item(self.listing.count() - 1).setData(Qt.ItemDataRole.UserRole, str(path))
            rows = min(len(deleted), 6)
            self.listing.setFixedHeight(rows * self.listing.sizeHintForRow(0) + 2 * self.listing.frameWidth() + 4)
            body.addWidget(self.listing)
        else:
            self.listing = None
            body.addWidget(QLabel(self.tr("There were no backups that were not encrypted."), self))
        elsewhere = QLabel(self.tr("Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, "
                                   "in a shared folder — are not encrypted and were not deleted. Delete them "
                                   "yourself.").format(name=workshop_name), self)
        elsewhere.setObjectName("noRecoveryWarning")
        elsewhere.setWordWrap(True)
        elsewhere.setContentsMargins(10, 8, 10, 8)
        body.addWidget(elsewhere)
        ok = primary_button(self.tr("Next: the recovery key"), self)
        ok.clicked.connect(self.accept)
        lay_out_form_dialog(self, self.tr("The workshop is encrypted"), self.tr(
            "From now on it asks for the passphrase each time it is opened."), body, InlineMessage(self),
            _button_row(self, ok))
        fit_to_contents(self)


def encrypt_workshop(parent: QWidget, workshop: Workshop) -> bool:
    dialog = EncryptDialog(workshop, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        dialog.deleteLater()
        return False
    done = dialog.result_done
    dialog.deleteLater()
    deleted = list(done.deleted_backups)
    report = DeletedBackupsDialog(deleted, workshop.path.name, parent)
    report.exec()
    report.deleteLater()
    show_recovery_key(parent, workshop)
    return True


# --- changing the passphrase ----------------------------------------------------------------------------
class ChangePassphraseDialog(QDialog):
    """The current passphrase, then the new one twice. The file is rekeyed in place; the recovery key changes."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None):
        super().__init__(parent)
        _dialog_base(self, self.tr("Change passphrase"))
        self.setObjectName("changePassphraseDialog")
        self.workshop = workshop
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.fields = PassphraseFields(self, label=self.tr("New passphrase"))
        self.fields.form.insertRow(0, self.tr("Current passphrase"), self.current)  # one form, one column of labels
        self.message = InlineMessage(self)
        body = QVBoxLayout()
        body.setSpacing(8)
        body.addWidget(self.fields)
        body.addWidget(no_recovery_warning(self))
        self.change_button = primary_button(self.tr("Change passphrase"), self)
        self.change_button.clicked.connect(self.change)
        cancel = secondary_button(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        lay_out_form_dialog(self, self.tr("Change passphrase"), self.tr(
            "The file is re-encrypted with the new passphrase. The recovery key changes too: the old one stops "
            "working, and the new one is shown next."), body, self.message,
            _button_row(self, cancel, self.change_button))
        self.setMinimumWidth(580)
        fit_to_contents(self)
        self.current.setFocus()

    def _current_is_right(self) -> bool:
        """Checked on a second, read-only connection: the open workshop is not disturbed."""
        try:
            Workshop.open(self.workshop.path, passphrase=self.current.text(), read_only=True).close()
        except WrongPassphrase:
            return False
        return True

    def change(self) -> bool:
        if not self.current.text():
            self.message.show_error(self.tr("Type the current passphrase."))
            return False
        problem = self.fields.problem()
        if problem:
            self.message.show_error(problem)
            return False
        try:
            if not self._current_is_right():
                self.current.clear()
                self.message.show_error(self.tr("The current passphrase is not right. Nothing was changed."))
                self.current.setFocus()
                return False
            self.workshop.change_passphrase(self.fields.text())
        except Exception as error:  # noqa: BLE001 - the store keeps the old key when rekeying fails
            log.warning("changing the passphrase failed: %s", type(error).__name__)
            self.fields.clear()
            self.message.show_error(self.tr("The passphrase could not be changed: {reason}. The old passphrase "
                                            "still works.").format(reason=_message(error)))
            return False
        self.fields.clear()
        self.current.clear()
        self.accept()
        return True


def change_passphrase(parent: QWidget, workshop: Workshop) -> bool:
    dialog = ChangePassphraseDialog(workshop, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if accepted:
        show_recovery_key(parent, workshop, changed=True)
    return accepted


# --- setting a passphrase (a new workshop, a travel copy) ----------------------------------------------
class SetPassphraseDialog(QDialog):
    """Asks for a new passphrase twice, says first that nothing recovers the file without it, then hands it to
    `action` (which makes the encrypted file). A failure of the action is handed back to the caller."""

    def __init__(self, heading: str, hint: str, button: str, action, parent: QWidget | None = None):
        super().__init__(parent)
        _dialog_base(self, heading)
        self.setObjectName("setPassphraseDialog")
        self.action = action
        self.result_value = None
        self.failure: Exception | None = None
        self.fields = PassphraseFields(self)
        body = QVBoxLayout()
        body.setSpacing(10)
        body.addWidget(self.fields)
        body.addWidget(no_recovery_warning(self))
        self.message = InlineMessage(self)
        self.ok_button = primary_button(button, self)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.apply)
        cancel = secondary_button(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        lay_out_form_dialog(self, heading, hint, body, self.message, _button_row(self, cancel, self.ok_button))
        fit_to_contents(self)
        self.fields.passphrase.setFocus()

    def apply(self) -> bool:
        problem = self.fields.problem()
        if problem:
            self.message.show_error(problem)
            return False
        try:
            self.result_value = self.action(self.fields.text())
        except Exception as error:  # noqa: BLE001 - the caller says it in plain words
            self.failure = error
            self.fields.clear()
            self.reject()
            return False
        self.fields.clear()
        self.accept()
        return True


def with_new_passphrase(parent: QWidget, heading: str, hint: str, button: str, action):
    """Run `action(passphrase)` with a passphrase the person sets; its result, or None if they cancel. A
    failure of the action is raised."""
    dialog = SetPassphraseDialog(heading, hint, button, action, parent)
    dialog.exec()
    result, failure = dialog.result_value, dialog.failure
    dialog.deleteLater()
    if failure is not None:
        raise failure
    return result
