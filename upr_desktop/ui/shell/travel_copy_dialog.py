""""Save a travel copy…": a copy of the workshop without what identifies people, for crossing a border.

First the person sees what will be left out (counted) and what stays, then chooses where to save. The copy is a
new workshop file, optionally protected with its own passphrase; or the charter as a PDF without names.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...ops import Workshop
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
from .passphrase_dialogs import EXTRA_STYLE, _button_row, _message, with_new_passphrase

log = logging.getLogger(__name__)

WORKSHOP_SUFFIX = ".uprw"
STYLE = DIALOG_STYLE + EXTRA_STYLE + """
QFrame#leftOutBox { background: #fdf6ec; border: 1px solid #e8c37a; border-radius: 6px; }
QFrame#keptBox { background: #eef6f0; border: 1px solid #9cc9a8; border-radius: 6px; }
QLabel#boxHeading { font-weight: 700; color: #15212e; }
QLabel#countLabel { font-weight: 600; color: #15212e; }
"""


class TravelCopyDialog(QDialog):
    """What a travel copy leaves out and keeps; then "Save travel copy…"."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("travelCopyDialog")
        self.setWindowTitle(self.tr("Save a travel copy"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(600)
        self.workshop = workshop
        self.saved_to: Path | None = None
        summary = workshop.travel_copy_preview()
        self.summary = summary

        left_out = QFrame(self)
        left_out.setObjectName("leftOutBox")
        grid = QGridLayout(left_out)
        grid.setContentsMargins(14, 10, 14, 12)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self._heading(self.tr("Left out"), left_out), 0, 0, 1, 2)
        for row, (what, count) in enumerate(summary.removed, 1):
            number = QLabel(_number(count), left_out)
            number.setObjectName("countLabel")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = QLabel(what, left_out)
            text.setWordWrap(True)
            grid.addWidget(number, row, 0)
            grid.addWidget(text, row, 1)
        if not summary.removed:
            grid.addWidget(QLabel(self.tr("Nothing in this workshop identifies people."), left_out), 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        kept = QFrame(self)
        kept.setObjectName("keptBox")
        kept_layout = QVBoxLayout(kept)
        kept_layout.setContentsMargins(14, 10, 14, 12)
        kept_layout.addWidget(self._heading(self.tr("Kept"), kept))
        kept_text = QLabel("\n".join(f"• {item}" for item in summary.kept), kept)
        kept_text.setWordWrap(True)
        kept_layout.addWidget(kept_text)

        self.as_workshop = QRadioButton(self.tr("As a workshop file (.uprw) that opens in UPR Desktop"), self)
        self.as_workshop.setObjectName("asWorkshop")
        self.as_workshop.setChecked(True)
        self.as_pdf = QRadioButton(self.tr("As a PDF of the charter, without the names of the people who signed it "
                                           "(their organisations stay)"), self)
        self.as_pdf.setObjectName("asPdf")
        group = QButtonGroup(self)
        group.addButton(self.as_workshop)
        group.addButton(self.as_pdf)
        self.protect = QCheckBox(self.tr("Protect the travel copy with a passphrase of its own"), self)
        self.protect.setObjectName("protectCheck")
        self.protect.setToolTip(self.tr("Worth it even without names: the charter and results still show what the "
                                        "coalition works on."))
        self.as_workshop.toggled.connect(self.protect.setEnabled)

        body = QVBoxLayout()
        body.setSpacing(10)
        body.addWidget(left_out)
        body.addWidget(kept)
        body.addWidget(self._heading(self.tr("Save it"), self))
        body.addWidget(self.as_workshop)
        body.addWidget(self.as_pdf)
        body.addWidget(self.protect)
        self.message = InlineMessage(self)
        self.save_button = primary_button(self.tr("Save travel copy…"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = secondary_button(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        lay_out_form_dialog(self, self.tr("Save a travel copy"), self.tr(
            "A copy to carry across a border or hand on: it leaves out what identifies the people who took part. "
            "This workshop itself is not changed."), body, self.message, _button_row(self, cancel, self.save_button))
        fit_to_contents(self)

    @staticmethod
    def _heading(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("boxHeading")
        return label

    def _suggested(self, suffix: str) -> Path:
        folder = documents_folder()
        return folder / self.tr("{name} (travel copy){suffix}").format(name=self.workshop.path.stem, suffix=suffix)

    def save(self, path: str | None = None) -> Path | None:
        as_pdf = self.as_pdf.isChecked()
        suffix = ".pdf" if as_pdf else WORKSHOP_SUFFIX
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the travel copy"), str(self._suggested(suffix)),
                self.tr("PDF documents (*.pdf)") if as_pdf else self.tr("UPR Desktop workshops (*.uprw)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        if not as_pdf and target.resolve() == self.workshop.path.resolve():
            self.message.show_error(self.tr("Choose another file: the travel copy can't replace the workshop."))
            return None
        try:
            if as_pdf:
                from ...io.pdf import DocumentKind, DocumentRequest, prepare, save_pdf
                from ..common.export_warning import anonymised

                save_pdf(prepare(anonymised(self.workshop), DocumentRequest(DocumentKind.CHARTER))(), target)
            elif self.protect.isChecked():
                saved = with_new_passphrase(
                    self, self.tr("Set the travel copy's passphrase"),
                    self.tr("“{name}” will be encrypted with it. Give it to whoever will open the copy by another "
                            "way than the copy itself.").format(name=target.name), self.tr("Save travel copy"),
                    lambda passphrase: self.workshop.save_travel_copy(target, passphrase=passphrase))
                if saved is None:
                    return None
            else:
                self.workshop.save_travel_copy(target)
        except Exception as error:  # noqa: BLE001 - plain words; the details go to the log
            log.warning("travel copy failed: %s", type(error).__name__)
            self.message.show_error(self.tr("The travel copy could not be saved: {reason}").format(
                reason=_message(error)))
            return None
        self.saved_to = target
        self.accept()
        return target


def _number(value: int) -> str:
    """As the person's locale writes numbers (1 234 or 1,234)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(value))


def save_travel_copy(parent: QWidget, workshop: Workshop) -> Path | None:
    try:
        dialog = TravelCopyDialog(workshop, parent)
    except Exception as error:  # noqa: BLE001 - e.g. a build whose store can't make travel copies yet
        from ..common.errors import show_error

        show_error(parent, error, translate("TravelCopyDialog", "Save a travel copy"))
        return None
    dialog.exec()
    saved = dialog.saved_to
    dialog.deleteLater()
    if saved is not None and hasattr(parent, "_show_message"):
        parent._show_message(translate("TravelCopyDialog", "The travel copy was saved to {path}").format(path=str(saved)), 10000)
    return saved
