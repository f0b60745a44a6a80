"""Before saving a file that names people (a charter with its signatories, ballots with each participant's
name, an open round's results with its ballots sheet): say so in plain words, and offer the same file without the names in one click.

"Without names" uses what the exporters already do when the Participants step's "Anonymise outputs" is on
("Participant 7", no representatives on the charter), for this one file: the workshop itself is not changed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.charter import printable_endorsements
from ...io.pdf import DocumentKind
from .dialog_parts import DIALOG_STYLE, primary_button, secondary_button
from .translation import translate
from ...text import Context

ExportWarning = Context("ExportWarning")  # plural sentences: lupdate takes the context from this name

WITH_NAMES = "with names"
WITHOUT_NAMES = "without names"


class AnonymisedOutputs:
    """The workshop as its outputs see it with "Anonymise outputs" on: read-only, for one export."""

    def __init__(self, workshop):
        self._workshop = workshop

    def __getattr__(self, name: str):
        return getattr(self._workshop, name)

    def anonymise_outputs(self) -> bool:
        return True

    def output_names(self) -> dict[int, str]:
        return {p.id: p.output_name(True) for p in self._workshop.participants()}

    def charter_for_output(self):
        charter = self._workshop.charter()
        return replace(charter, endorsements=printable_endorsements(
            charter.endorsements, self._workshop.participants(), True))


def anonymised(workshop) -> AnonymisedOutputs:
    return AnonymisedOutputs(workshop)


def who_is_named(workshop, kind: DocumentKind | str, round_id: int | None = None) -> str | None:
    """A sentence saying whom this document names, or None when it names nobody (anonymised, a secret round's
    ballots, a charter nobody has signed by name)."""

    if workshop.anonymise_outputs():
        return None
    kind = DocumentKind(kind) if kind in {k.value for k in DocumentKind} or isinstance(kind, DocumentKind) else kind
    if kind in (DocumentKind.CHARTER, "docx"):
        if not workshop.has_charter():
            return None
        named = [e for e in workshop.charter_for_output().endorsements if e.representative.strip()]
        if not named:
            return None
        count = len(named)  # a bare name: lupdate drops a call whose count is an expression
        return ExportWarning.tr("The charter’s signature page names %n representative(s) of the organisations "
                                "that signed it.", None, count)
    if kind is DocumentKind.BALLOTS and round_id is not None:
        rnd = workshop.voting_round(round_id)
        if rnd.secret:
            return None  # a secret round's sheets carry no names
        people = workshop.participants()
        if not people:
            return None
        if getattr(rnd.voter_unit, "value", rnd.voter_unit) == "organisation":
            return translate("ExportWarning", "These ballots name each organisation taking part; an organisation "
                                              "of one names its member.")
        count = len(people)
        return ExportWarning.tr("These ballots name each of the %n participants.", None, count)
    if kind == "results" and round_id is not None:
        rnd = workshop.voting_round(round_id)
        if rnd.secret or not workshop.open_ballots(round_id):
            return None  # a secret round's results name nobody
        return translate("ExportWarning", "Its ballots sheet names each voter and shows how they voted.")
    return None


class NamesPeopleDialog(QDialog):
    """"This file names people": save it with the names, without them, or not at all."""

    def __init__(self, who: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.setWindowTitle(self.tr("This file names people"))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(520)
        self.choice: str | None = None
        heading = QLabel(self.tr("This file names people"), self)
        heading.setObjectName("dialogHeading")
        text = QLabel(self.tr("{who} Anyone who gets the file, or finds it on this computer, learns who took part. "
                              "Where taking part is a risk, save it without the names.").format(who=who), self)
        text.setObjectName("namesText")
        text.setWordWrap(True)
        self.without_button = primary_button(self.tr("Save without names…"), self)
        self.without_button.setObjectName("withoutNamesButton")
        self.without_button.setDefault(True)
        self.without_button.clicked.connect(lambda: self._choose(WITHOUT_NAMES))
        self.with_button = secondary_button(self.tr("Save with names…"), self)
        self.with_button.setObjectName("withNamesButton")
        self.with_button.clicked.connect(lambda: self._choose(WITH_NAMES))
        cancel = secondary_button(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(cancel)
        row.addStretch(1)
        row.addWidget(self.with_button)
        row.addWidget(self.without_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addLayout(row)
        self.without_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_about_names(parent: QWidget, who: str) -> str | None:
    """WITH_NAMES, WITHOUT_NAMES, or None (cancelled)."""
    dialog = NamesPeopleDialog(who, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
