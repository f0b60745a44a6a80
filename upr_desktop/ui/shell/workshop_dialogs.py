"""Creating a workshop and editing its details.

`ask_new_workshop` and `edit_workshop_info` are what the main window calls; the dialog classes
are public so tests can drive them. Problems are shown inside the dialog, next to the form, so
the person can fix them without a popup in the way.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.workshop import ALL_COUNTRIES, WorkshopInfo
from ...ops import Workshop
from ...text import LANGUAGE_NAMES, LANGUAGES, interface_language
from ..common.errors import message_for
from ..common.undo import push_change
from ..common.dialog_parts import (
    DIALOG_STYLE,
    documents_folder,
    InlineMessage,
    primary_button,
    secondary_button,
    set_invalid,
    OptionalDateEdit,
    fit_to_contents,
)
from ..common.translation import translate

WORKSHOP_SUFFIX = ".uprw"

# The 193 UN member States, as the UN names them; any other name can be typed.
UN_MEMBER_STATES = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
    "Belize", "Benin", "Bhutan", "Bolivia (Plurinational State of)", "Bosnia and Herzegovina", "Botswana",
    "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon",
    "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo",
    "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czechia",
    "Democratic People's Republic of Korea", "Democratic Republic of the Congo", "Denmark", "Djibouti",
    "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea",
    "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany",
    "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq", "Ireland", "Israel",
    "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait", "Kyrgyzstan",
    "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
    "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
    "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia (Federated States of)", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands",
    "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau",
    "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
    "Republic of Korea", "Republic of Moldova", "Romania", "Russian Federation", "Rwanda",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
    "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore",
    "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka",
    "Sudan", "Suriname", "Sweden", "Switzerland", "Syrian Arab Republic", "Tajikistan", "Thailand",
    "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu",
    "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom of Great Britain and Northern Ireland",
    "United Republic of Tanzania", "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
    "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
)


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopDialogs", text)


def file_name_for(title: str) -> str:
    """A file name made from a workshop title, safe on Windows, macOS and Linux."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", title)
    name = " ".join(name.split()).strip(" .")[:80].strip(" .")
    return (name or translate("WorkshopDialogs", "Workshop")) + WORKSHOP_SUFFIX


def free_path(folder: Path, name: str) -> Path:
    """folder/name, or "name (2)", "name (3)"… if that file already exists."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def with_suffix(path_text: str) -> Path:
    path = Path(path_text.strip()).expanduser()
    if path.suffix.lower() != WORKSHOP_SUFFIX:
        path = path.with_name(path.name + WORKSHOP_SUFFIX)
    if not path.is_absolute():
        path = documents_folder() / path
    return path


class WorkshopInfoForm(QWidget):
    """The fields describing a workshop, shared by the New and the Details dialogs."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("e.g. CSO strategy workshop on Kenya's 4th UPR cycle"))
        self.title_edit.setMaxLength(200)

        self.country_combo = QComboBox(self)
        self.country_combo.setObjectName("countryCombo")
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.setMaxVisibleItems(16)
        self.country_combo.addItem(self.all_countries_label(), ALL_COUNTRIES)
        self.country_combo.insertSeparator(1)
        for name in UN_MEMBER_STATES:
            self.country_combo.addItem(name, name)
        self.country_combo.setCurrentIndex(-1)
        self.country_combo.lineEdit().setPlaceholderText(self.tr("Type or choose a State, e.g. Kenya"))
        completer = QCompleter([self.country_combo.itemText(i) for i in range(self.country_combo.count())
                                if self.country_combo.itemText(i)], self.country_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country_combo.setCompleter(completer)

        self.cycle_spin = QSpinBox(self)
        self.cycle_spin.setObjectName("cycleSpin")
        self.cycle_spin.setRange(0, 4)
        self.cycle_spin.setSpecialValueText(self.tr("Not set"))
        self.cycle_spin.setMinimumWidth(110)

        self.review_date = OptionalDateEdit(self)
        self.venue_edit = QLineEdit(self)
        self.venue_edit.setPlaceholderText(self.tr("e.g. Nairobi, YMCA conference hall"))
        self.start_date = OptionalDateEdit(self)
        self.end_date = OptionalDateEdit(self)
        self.organisers_edit = QPlainTextEdit(self)
        self.organisers_edit.setObjectName("organisersEdit")
        self.organisers_edit.setPlaceholderText(self.tr("One organisation per line"))
        self.organisers_edit.setTabChangesFocus(True)
        self.organisers_edit.setFixedHeight(76)
        # The documents' language (PDF, Word, spreadsheets), each named in its own language; separate from
        # the language of the screens: a Russian-speaking facilitator may print a French charter.
        self.document_language_combo = QComboBox(self)
        self.document_language_combo.setObjectName("documentLanguageCombo")
        for code in LANGUAGES:
            self.document_language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.set_document_language(interface_language())

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(9)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        form.addRow(self._section(self.tr("THE REVIEW")))
        form.addRow(self.tr("Title") + " *", self.title_edit)
        form.addRow(self.tr("Country under review"), self.country_combo)
        cycle_row = QHBoxLayout()
        cycle_row.setSpacing(16)
        cycle_row.addWidget(self.cycle_spin)
        review_label = QLabel(self.tr("Review date"), self)
        cycle_row.addSpacing(12)
        cycle_row.addWidget(review_label)
        cycle_row.addWidget(self.review_date)
        cycle_row.addStretch(1)
        form.addRow(self.tr("UPR cycle"), cycle_row)
        form.addRow(self._section(self.tr("THE WORKSHOP")))
        form.addRow(self.tr("Venue"), self.venue_edit)
        dates_row = QHBoxLayout()
        dates_row.setSpacing(8)
        dates_row.addWidget(self.start_date)
        dates_row.addWidget(QLabel(self.tr("to"), self))
        dates_row.addWidget(self.end_date)
        dates_row.addStretch(1)
        form.addRow(self.tr("Dates"), dates_row)
        form.addRow(self.tr("Organisers"), self.organisers_edit)
        language_row = QHBoxLayout()
        language_row.setSpacing(10)
        language_row.addWidget(self.document_language_combo)
        language_hint = QLabel(self.tr("The charter, handouts, ballots and exports are written in this language."),
                               self)
        language_hint.setObjectName("fieldHint")
        language_hint.setWordWrap(True)
        language_row.addWidget(language_hint, 1)
        form.addRow(self.tr("Documents in"), language_row)

        self.title_edit.textChanged.connect(self._on_edited)
        self.country_combo.currentTextChanged.connect(self._on_edited)
        self.cycle_spin.valueChanged.connect(self._on_edited)
        for date in (self.review_date, self.start_date, self.end_date):
            date.changed.connect(self._on_edited)
        self.venue_edit.textChanged.connect(self._on_edited)
        self.organisers_edit.textChanged.connect(self._on_edited)
        self.document_language_combo.currentIndexChanged.connect(self._on_edited)

    def all_countries_label(self) -> str:
        return self.tr("All countries (coalition database)")

    def add_row(self, label: str, field: QWidget | QHBoxLayout) -> None:
        self._form.addRow(label, field)

    def add_section(self, text: str) -> None:
        self._form.addRow(self._section(text))

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionHeading")
        return label

    def _on_edited(self, *_args) -> None:
        self.edited.emit()

    # --- values ------------------------------------------------------------------------
    def country(self) -> str:
        text = self.country_combo.currentText().strip()
        if not text:
            return ""
        if text.casefold() in {self.all_countries_label().casefold(), "all countries", "all", "*"}:
            return ALL_COUNTRIES
        return text

    def set_country(self, country: str) -> None:
        if country == ALL_COUNTRIES:
            self.country_combo.setCurrentIndex(0)
            return
        index = self.country_combo.findText(country, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.country_combo.setCurrentIndex(index)
        else:
            self.country_combo.setCurrentIndex(-1)
            self.country_combo.setEditText(country)

    def document_language(self) -> str:
        return self.document_language_combo.currentData() or "en"

    def set_document_language(self, lang: str) -> None:
        index = self.document_language_combo.findData(lang if lang in LANGUAGES else "en")
        self.document_language_combo.setCurrentIndex(max(index, 0))

    def info(self) -> WorkshopInfo:
        organisers = tuple(line.strip() for line in self.organisers_edit.toPlainText().splitlines() if line.strip())
        return WorkshopInfo(
            title=self.title_edit.text().strip(),
            country=self.country(),
            cycle=self.cycle_spin.value() or None,
            review_date=self.review_date.iso(),
            venue=self.venue_edit.text().strip(),
            start_date=self.start_date.iso(),
            end_date=self.end_date.iso(),
            organisers=organisers,
            document_language=self.document_language(),
        )

    def set_info(self, info: WorkshopInfo) -> None:
        self.title_edit.setText(info.title)
        self.title_edit.setCursorPosition(0)  # show a long title from its start
        self.set_country(info.country or "")
        cycle = info.cycle or 0
        if cycle > self.cycle_spin.maximum():
            self.cycle_spin.setMaximum(cycle)  # a file from a later cycle than this version knows
        self.cycle_spin.setValue(cycle)
        self.review_date.set_iso(info.review_date)
        self.venue_edit.setText(info.venue)
        self.start_date.set_iso(info.start_date)
        self.end_date.set_iso(info.end_date)
        self.organisers_edit.setPlainText("\n".join(info.organisers))
        self.set_document_language(info.document_language)

    def problems(self) -> list[str]:
        """What stops these details being saved, in plain words; marks the fields concerned."""
        problems = []
        missing_title = not self.title_edit.text().strip()
        set_invalid(self.title_edit, missing_title)
        if missing_title:
            problems.append(self.tr("Give the workshop a title: it appears on every printout and on the charter."))
        start, end = self.start_date.date(), self.end_date.date()
        if start and end and end < start:
            problems.append(self.tr("The workshop's last day is before its first day. Check the dates."))
        return problems


def _divider(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #e3e7ec;")
    return line


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("dialogHeading")
    return label


def _intro(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("dialogIntro")
    label.setWordWrap(True)
    return label


class NewWorkshopDialog(QDialog):
    """Asks for a new workshop's details and where to save it, then creates the file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.setWindowTitle(self.tr("New workshop"))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(680)
        self.workshop: Workshop | None = None
        self._path_edited = False

        self.form = WorkshopInfoForm(self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("pathEdit")
        self.browse_button = secondary_button(self.tr("Browse…"), self)
        self.browse_button.setObjectName("browseButton")
        path_row = QHBoxLayout()
        path_row.setSpacing(6)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.form.add_section(self.tr("WHERE TO SAVE IT"))
        self.form.add_row(self.tr("File"), path_row)
        hint = QLabel(self.tr("One file holds the whole workshop. Keep it on this laptop and back it up to a "
                              "USB stick; it never goes online."), self)
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        self.form.add_row("", hint)

        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.create_button = primary_button(self.tr("Create workshop"), self)
        self.create_button.setObjectName("createButton")
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.cancel_button = secondary_button(self.tr("Cancel"), self)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Beside the buttons, not in the form: the dialog already fills a 768-pixel-high laptop screen.
        self.encrypt_check = QCheckBox(self.tr("Encrypt it with a passphrase"), self)
        self.encrypt_check.setObjectName("encryptCheck")
        self.encrypt_check.setToolTip(self.tr("Recommended when the workshop will hold names, comments or "
                                              "testimony: a lost or seized laptop then gives nothing away."))
        bottom = QHBoxLayout()
        bottom.addWidget(self.encrypt_check)
        bottom.addWidget(self.buttons, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(_heading(self.tr("New workshop"), self))
        layout.addWidget(_intro(self.tr("Describe the review this workshop follows up. Everything except the "
                                        "title can be filled in or changed later."), self))
        layout.addWidget(self.form)
        layout.addSpacing(4)
        layout.addWidget(self.message)
        layout.addWidget(_divider(self))
        layout.addLayout(bottom)

        self.form.title_edit.textChanged.connect(self._on_title_changed)
        self.form.edited.connect(self._on_form_edited)
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        self._on_title_changed("")
        self.form.title_edit.setFocus()
        fit_to_contents(self)

    def path(self) -> Path:
        return with_suffix(self.path_edit.text())

    def set_path(self, path: str | Path) -> None:
        """Use this file location (as if typed), instead of the one made from the title."""
        self.path_edit.setText(str(path))
        self._path_edited = True

    def _default_path(self) -> Path:
        return free_path(documents_folder(), file_name_for(self.form.title_edit.text()))

    def _on_title_changed(self, _text: str) -> None:
        if not self._path_edited:
            self.path_edit.setText(str(self._default_path()))

    def _on_path_edited(self, _text: str) -> None:
        self._path_edited = True
        set_invalid(self.path_edit, False)

    def _on_form_edited(self) -> None:
        # Once a problem is shown, re-check as the person types so it goes away when fixed.
        if self.message.isVisibleTo(self):
            problems = self._problems()
            if problems:
                self.message.show_error("\n".join(problems))
            else:
                self.message.clear_message()

    def _browse(self) -> None:
        current = self.path_edit.text().strip()
        start = current or str(self._default_path())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the new workshop as"), start,
            self.tr("UPR Desktop workshops (*.uprw)"))
        if chosen:
            self.set_path(with_suffix(chosen))

    def _problems(self) -> list[str]:
        problems = self.form.problems()
        missing_path = not self.path_edit.text().strip()
        set_invalid(self.path_edit, missing_path)
        if missing_path:
            problems.append(self.tr("Choose where to save the workshop file."))
        return problems

    def _create(self) -> None:
        problems = self._problems()
        if problems:
            self.message.show_error("\n".join(problems))
            (self.form.title_edit if not self.form.title_edit.text().strip() else self.path_edit).setFocus()
            return
        path = self.path()
        try:
            if self.encrypt_check.isChecked():
                from .passphrase_dialogs import with_new_passphrase

                info = self.form.info()
                self.workshop = with_new_passphrase(
                    self, self.tr("Set the workshop's passphrase"),
                    self.tr("“{name}” will be encrypted with it, and it is asked for every time the file is "
                            "opened.").format(name=path.name), self.tr("Create workshop"),
                    lambda passphrase: Workshop.create(path, info, passphrase=passphrase))
                if self.workshop is None:
                    return  # no passphrase set: back to the details
            else:
                self.workshop = Workshop.create(path, self.form.info())
        except WorkshopError as error:
            set_invalid(self.path_edit, True)
            self.message.show_error(message_for(error))
            self.path_edit.setFocus()
            return
        except OSError as error:  # e.g. a path too long for the file system
            set_invalid(self.path_edit, True)
            self.message.show_error(self.tr("The workshop could not be created at “{path}”: {reason}. "
                                            "Choose another place.").format(path=path, reason=error.strerror))
            return
        self.message.clear_message()
        self.path_edit.setText(str(path))
        self.accept()


def ask_new_workshop(parent: QWidget | None) -> Workshop | None:
    """Ask for a new workshop's details and create its file. None if the person cancelled. An encrypted one's
    recovery key is shown once, right after."""
    dialog = NewWorkshopDialog(parent)
    try:
        dialog.exec()
        workshop = dialog.workshop
    finally:
        dialog.deleteLater()
    if workshop is not None and workshop.encrypted:
        from .passphrase_dialogs import show_recovery_key

        show_recovery_key(parent, workshop)
    return workshop


class WorkshopInfoDialog(QDialog):
    """Edits an open workshop's details; the edit goes on the undo stack."""

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.setWindowTitle(self.tr("Workshop details"))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(680)
        self._workshop = workshop
        self._undo_stack = undo_stack
        self._original = workshop.info()
        self.changed = False

        self.form = WorkshopInfoForm(self)
        self.form.set_info(self._original)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = primary_button(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.addButton(secondary_button(self.tr("Cancel"), self), QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(_heading(self.tr("Workshop details"), self))
        layout.addWidget(_intro(self.tr("These details appear on printouts and on the outcome charter."), self))
        layout.addWidget(self.form)
        layout.addSpacing(4)
        layout.addWidget(self.message)
        layout.addWidget(_divider(self))
        layout.addWidget(self.buttons)

        fit_to_contents(self)
        self.form.edited.connect(self._on_form_edited)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        if workshop.read_only:
            self.form.setEnabled(False)
            self.save_button.setEnabled(False)
            self.message.show_info(self.tr("“{name}” is open read-only, so its details can't be changed. "
                                           "Use “Save a copy…” to work on a copy.").format(name=workshop.path.name))

    def _on_form_edited(self) -> None:
        if self.message.isVisibleTo(self) and not self.form.problems():
            self.message.clear_message()

    def _save(self) -> None:
        problems = self.form.problems()
        if problems:
            self.message.show_error("\n".join(problems))
            return
        info = self.form.info()
        if info == self._original:
            self.accept()
            return
        try:
            change = self._workshop.update_info(info)
        except WorkshopError as error:
            self.message.show_error(message_for(error))
            return
        push_change(self._undo_stack, change)
        self.changed = True
        self.accept()


def edit_workshop_info(parent: QWidget | None, workshop: Workshop, undo_stack: QUndoStack) -> bool:
    """Let the person edit the workshop's details. True if something was changed (and can be undone)."""
    dialog = WorkshopInfoDialog(workshop, undo_stack, parent)
    try:
        dialog.exec()
        return dialog.changed
    finally:
        dialog.deleteLater()
