"""Attendance lists: who is in the room, read from the sign-in sheet people already have (CSV, XLSX, XLS).

    read_attendance(path) -> Attendance (participants in file order, what was left out and why)

Headings are recognised across case, accents and punctuation, in English, French and Spanish. Reading never
touches a workshop; Workshop.import_participants stores the result. Every refusal is an ImportRejected whose
message says what is wrong and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import ImportRejected
from ..domain.participant import Participant, identity_key
from .importers import _MAGIC, _magic_words, _source_kind
from .importers.base import SourceTable, cell_text, fold, is_blank
from .importers.text_files import EncodingMismatch, open_text_table
from .importers.workbooks import open_workbook_table
from ..text import Context, translate

Import = Context("Import")  # plural sentences: lupdate takes the context from this name

# Headings people give each field, folded (see importers.base.fold).
HEADINGS: dict[str, tuple[str, ...]] = {
    "name": ("name", "names", "full name", "fullname", "participant", "participants", "participant name",
             "name of participant", "person", "attendee", "attendee name", "nom", "nom complet", "nom et prenom",
             "nom prenom", "prenom et nom", "nom du participant", "participant e", "nombre", "nombre completo",
             "nombre y apellido", "nombre y apellidos", "nombres y apellidos", "participante"),
    "first_name": ("first name", "firstname", "given name", "given names", "forename", "prenom", "prenoms",
                   "nombres", "nombre de pila"),
    "last_name": ("last name", "lastname", "surname", "family name", "nom de famille", "apellido", "apellidos"),
    "organisation": ("organisation", "organization", "org", "organisation name", "organization name", "cso",
                     "ngo", "ong", "institution", "affiliation", "organisme", "structure", "association",
                     "organizacion", "entidad", "organisation organization"),
    "thematic_focus": ("thematic focus", "focus", "theme", "themes", "thematic area", "area of work",
                       "field of work", "thematique", "domaine", "domaine d intervention", "axe thematique",
                       "tematica", "tema", "area tematica", "enfoque tematico"),
    "contact": ("contact", "contacts", "email", "e mail", "email address", "e mail address", "mail", "phone",
                "telephone", "phone number", "tel", "mobile", "courriel", "adresse e mail", "adresse email",
                "correo", "correo electronico", "telefono", "contacto"),
    "consent_named": ("consent", "may be named", "named in outputs", "consent to be named", "can be named",
                      "consent named", "name in outputs", "consentement", "peut etre nomme",
                      "consentement a etre nomme", "consentimiento", "puede ser nombrado"),
    "alias": ("alias", "pseudonym", "pseudonyme", "pseudonimo", "nickname", "code name", "seudonimo"),
}
_BY_HEADING = {heading: key for key, headings in HEADINGS.items() for heading in headings}
KNOWN_NAMES = frozenset(_BY_HEADING)

_YES = frozenset({"yes", "y", "x", "1", "true", "oui", "o", "si", "ok", "agreed", "d accord"})
_TICKS = frozenset("✓✔☑✅")
_TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods")


@dataclass(frozen=True)
class Attendance:
    participants: list[Participant]  # file order, duplicates within the file removed
    rows_read: int
    skipped: list[str] = field(default_factory=list)  # "Row 7 has no name and was left out."
    duplicates: list[str] = field(default_factory=list)  # "Row 12 repeats row 4 (Amina Diallo, …)."
    source_file: str = ""
    notes: list[str] = field(default_factory=list)  # how the file was read ("Read as Windows Western…")

    def message(self) -> str:
        n = len(self.participants)
        if self.source_file:
            parts = [Import.tr("Found %n participant(s) in {file}.", None, n).format(file=self.source_file)]
        else:
            parts = [Import.tr("Found %n participant(s).", None, n)]
        if self.duplicates:
            parts.append(Import.tr("%n row(s) repeated someone listed earlier; each person is counted once.", None,
                                   len(self.duplicates)))
        if self.skipped:
            s = len(self.skipped)
            parts.append(translate("Import", "1 row had no name or alias and was left out.") if s == 1
                         else Import.tr("%n rows had no name or alias and were left out.", None, s))
        return " ".join(parts)  # whole sentences, side by side


def read_attendance(path: str | Path) -> Attendance:
    path = Path(path)
    _check_plain_refusals(path)
    kind = _source_kind(path)
    if kind in ("docx", "json"):
        if kind == "docx":
            text = translate("Import", "“{name}” is a Word document, not a table of participants. Save the "
                                       "attendance list as CSV or Excel (.xlsx), with one row per person, and import "
                                       "that.")
        else:
            text = translate("Import", "“{name}” is a JSON file, not a table of participants. Save the attendance "
                                       "list as CSV or Excel (.xlsx), with one row per person, and import that.")
        raise ImportRejected(text.format(name=path.name))
    try:
        return _read(path, _open(path, kind, None))
    except EncodingMismatch:
        # The head looked like UTF-8 but a later row is not: read it all again as Windows Western.
        table = _open(path, kind, "cp1252")
        table.notes.append(translate("Import", "Parts of the file are not valid UTF-8, so it was read as Windows "
                                               "Western (cp1252) text. Check accented letters."))
        return _read(path, table)


def _check_plain_refusals(path: Path) -> None:
    """The importers' refusals speak of recommendations; these two are common enough to word for a sign-in sheet."""
    if not path.is_file():
        return  # _source_kind explains missing files and folders
    if path.stat().st_size == 0:
        raise ImportRejected(translate("Import", "“{name}” is empty (0 bytes), so there is no one to import. Save "
                                                 "the attendance list again, or choose another file.").format(
            name=path.name))
    try:
        with open(path, "rb") as file:
            head = file.read(64)
    except OSError:
        return
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if path.suffix.lower() in _TABLE_SUFFIXES:
                text = translate("Import", "“{name}” is {what}, not a table of participants, even if its name says "
                                           "otherwise. Save the attendance list as CSV or Excel (.xlsx), with one row "
                                           "per person, and import that.")
            else:
                text = translate("Import", "“{name}” is {what}, not a table of participants. Save the attendance list "
                                           "as CSV or Excel (.xlsx), with one row per person, and import that.")
            raise ImportRejected(text.format(name=path.name, what=_magic_words(what)))


def _open(path: Path, kind: str, encoding: str | None) -> SourceTable:
    if kind == "workbook":
        table = open_workbook_table(path, KNOWN_NAMES, lambda columns: _name_columns(_columns(columns)))
    else:
        table = open_text_table(path, KNOWN_NAMES, encoding=encoding)
    if not table.columns:
        raise ImportRejected(translate("Import", "“{name}” holds no table: there are no column headings or rows in "
                                                 "it. Choose the attendance list, with one row per person.").format(
            name=path.name))
    return table


def _columns(columns: list[str]) -> dict[str, int]:
    """Field -> column index; the first column with a recognised heading wins."""
    found: dict[str, int] = {}
    for index, column in enumerate(columns):
        key = _BY_HEADING.get(fold(column))
        if key is None:
            key = _BY_HEADING.get(fold(column).replace(" ", ""))
        if key and key not in found:
            found[key] = index
    return found


def _name_columns(found: dict[str, int]) -> bool:
    return "name" in found or "alias" in found or "first_name" in found or "last_name" in found


def _yes(text: str) -> bool:
    return fold(text) in _YES or (bool(text) and text[0] in _TICKS)


def _read(path: Path, table: SourceTable) -> Attendance:
    found = _columns(table.columns)
    if not _name_columns(found):
        more = len(table.columns) - 8
        names = ", ".join(f"“{c}”" for c in table.columns[:8]) + (f" and {more} more" if more > 0 else "")
        raise ImportRejected(
            translate("Import", "“{name}” has no column of names. Its headings are {names}. Name the column “Name” "
                                "(and, if you have them, “Organisation”, “Thematic focus”, “Contact”, “Consent” "
                                "and “Alias”), then import it again.").format(
                name=path.name, names=names)
        )

    def cell(cells: list, key: str) -> str:
        index = found.get(key)
        if index is None or index >= len(cells):
            return ""
        return " ".join(cell_text(cells[index]).split())

    # "Nom | Prénom": beside a first-name column, "Nom" is the surname; "Nombre | Apellidos": beside a surname
    # column, "Nombre" is the given name. With both beside it, the name column holds the full name.
    if "name" in found and ("first_name" in found) != ("last_name" in found):
        found["last_name" if "first_name" in found else "first_name"] = found.pop("name")

    people: list[Participant] = []
    skipped: list[str] = []
    duplicates: list[str] = []
    first_row: dict[tuple[str, str], tuple[int, str]] = {}  # identity -> (row, how that row names them)
    rows_read = 0
    for number, cells in table.rows():
        if all(is_blank(c) for c in cells):
            continue
        rows_read += 1
        name = cell(cells, "name")
        if not name:
            name = " ".join(part for part in (cell(cells, "first_name"), cell(cells, "last_name")) if part)
        alias = cell(cells, "alias")
        if not name and not alias:
            skipped.append(translate("Import", "Row {number} has no name and was left out.").format(number=number))
            continue
        organisation = cell(cells, "organisation")
        key = identity_key(name, organisation)
        if key is not None:
            if key in first_row:
                row, who = first_row[key]
                duplicates.append(translate("Import", "Row {number} repeats row {row} ({who}).").format(
                    number=number, row=row, who=who))
                continue
            first_row[key] = (number, f"{name}, {organisation}" if organisation else name)
        people.append(Participant(
            name=name or None, alias=alias or None, organisation=organisation or None,
            thematic_focus=cell(cells, "thematic_focus") or None, contact=cell(cells, "contact") or None,
            consent_named=_yes(cell(cells, "consent_named")),
        ).cleaned())
    if not people:
        if rows_read:
            if rows_read == 1:
                text = translate("Import", "No participants found in “{name}”: its only row has no name or alias. "
                                           "Check that the names are in the column headed “Name”.")
            else:
                text = Import.tr("No participants found in “{name}”: none of its %n rows has a name or alias. Check "
                                 "that the names are in the column headed “Name”.", None, rows_read)
            raise ImportRejected(text.format(name=path.name))
        raise ImportRejected(translate("Import", "No participants found in “{name}”: it has column headings but no "
                                                 "rows of people under them.").format(
            name=path.name))
    return Attendance(participants=people, rows_read=rows_read, skipped=skipped, duplicates=duplicates,
                      source_file=path.name, notes=list(table.notes))
