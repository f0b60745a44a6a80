"""Add one piece of evidence: what it is, when, where it comes from, a link or a file kept inside the workshop.

A chosen file's SHA-256 is shown at once, so a person can check it against the original later; a file over the
size limit is refused here, with the limit in plain words, before anything is written.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QFontDatabase, QFontMetrics, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.followup import MAX_FILE_BYTES, EvidenceKind, size_words
from ..common.dialog_parts import InlineMessage, fit_to_contents, lay_out_form_dialog, primary_button
from ..common.errors import message_for
from ..common.undo import push_change


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class EvidenceDialog(QDialog):
    def __init__(self, workshop, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.setWindowTitle(self.tr("Add evidence"))
        self._workshop = workshop
        self._undo_stack = undo_stack
        self.evidence_id: int | None = None
        self.file: Path | None = None

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("evidenceTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. Law 12/2026 on domestic violence, published"))
        self.title_edit.textChanged.connect(self._update_ok)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("evidenceKind")
        for kind in EvidenceKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(self.tr("Who published or gave it"))
        self.link_edit = QLineEdit(self)
        self.link_edit.setPlaceholderText(self.tr("https://… (optional)"))

        self.file_button = QPushButton(self.tr("Attach a file…"), self)
        self.file_button.setProperty("secondary", True)
        self.file_button.clicked.connect(self._choose_file)
        self.clear_file_button = QPushButton(self.tr("Remove"), self)
        self.clear_file_button.setProperty("secondary", True)
        self.clear_file_button.clicked.connect(lambda: self.set_file(None))
        self.file_label = QLabel(self.tr("No file. At most %1 per file.").replace("%1", size_words(MAX_FILE_BYTES)),
                                 self)
        self.file_label.setObjectName("hint")
        self.file_label.setWordWrap(True)
        # A 64-character hash does not wrap: a read-only line a person can select and copy.
        self.sha_label = QLineEdit(self)
        self.sha_label.setObjectName("shaLabel")
        self.sha_label.setReadOnly(True)
        self.sha_label.setFrame(False)
        self.sha_label.setAccessibleName(self.tr("SHA-256 of the file"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 0.9)
        self.sha_label.setFont(mono)
        self._hash_width = QFontMetrics(mono).horizontalAdvance("0" * 73) + 12
        self.sha_label.setMinimumWidth(self._hash_width)
        self.sha_label.hide()

        self.confidential = QCheckBox(self.tr("Confidential: never exported, printed or shown on the projector"), self)
        self.confidential.setObjectName("confidentialBox")

        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(self)
        self.ok_button = primary_button(self.tr("Add evidence"), self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        files = QHBoxLayout()
        files.addWidget(self.file_button)
        files.addWidget(self.clear_file_button)
        files.addStretch(1)
        file_box = QVBoxLayout()
        file_box.addLayout(files)
        file_box.addWidget(self.file_label)
        file_box.addWidget(self.sha_label)
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Date"), when)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Source"), self.source_edit)
        form.addRow(self.tr("Link"), self.link_edit)
        form.addRow(self.tr("File"), file_box)
        form.addRow("", self.confidential)
        lay_out_form_dialog(self, self.tr("Add evidence"), self.tr(
            "A file is kept inside the workshop, with its SHA-256 so that anyone can check it is the original."),
            form, self.message, buttons)
        self.setMinimumWidth(max(520, self._hash_width + 150))  # room for the hash, whole
        self.set_file(None)
        self._on_kind()
        self._update_ok()
        fit_to_contents(self)

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def _on_kind(self, *_args) -> None:
        # Only a person's testimony is kept back: a law or a budget line is public by nature.
        testimony = self.kind_combo.currentData() == EvidenceKind.TESTIMONY.value
        self.confidential.setEnabled(testimony)
        if not testimony:
            self.confidential.setChecked(False)

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if chosen:
            self.set_file(Path(chosen))

    def set_file(self, path: Path | None) -> None:
        self.message.clear_message()
        self.file = None
        self.sha_label.hide()
        self.clear_file_button.setEnabled(False)
        if path is None:
            self.file_label.setText(self.tr("No file. At most %1 per file.").replace("%1", size_words(MAX_FILE_BYTES)))
            self._update_ok()
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            self.file_label.setText(self.tr("No file."))
            self.message.show_error(
                self.tr("“%1” is %2; an attached file can be at most %3. Attach a smaller copy (a scan at lower "
                        "resolution), or give a link to it instead.")
                .replace("%1", path.name).replace("%2", size_words(size)).replace("%3", size_words(MAX_FILE_BYTES)))
            self._update_ok()
            return
        self.file = path
        self.file_label.setText(f"{path.name} · {size_words(size)}")
        self.sha_label.setText(self.tr("SHA-256 %1").replace("%1", file_digest(path)))
        self.sha_label.setCursorPosition(0)
        self.sha_label.show()
        self.clear_file_button.setEnabled(True)
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self.evidence_id, change = self._workshop.add_evidence(
                self.title_edit.text(), self.date_edit.date().toString("yyyy-MM-dd"), self.kind_combo.currentData(),
                source=self.source_edit.text(), link=self.link_edit.text(), file=self.file,
                confidential=self.confidential.isChecked())
        except WorkshopError as error:
            self.message.show_error(message_for(error))
            return
        push_change(self._undo_stack, change)
        super().accept()
