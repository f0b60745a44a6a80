"""Importers: recommendations from the files people actually have.

    detect_format(path)   -> "uprinfo" | "uhri" | "ohchr-docx" | "table"
    preview_table(path)   -> TablePreview (columns, first rows, a guessed ColumnMapping)
    read_source(path, format="auto", mapping=None, progress=None, cancelled=None) -> ParsedSource

Every refusal is an ImportRejected whose message says what is wrong and what to do. Reading never
touches a workshop; Workshop.import_recommendations stores the result.
"""

from __future__ import annotations

import logging
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from ...domain.errors import ImportRejected
from ..file_guards import check_archive
from . import ohchr_docx, table as tables, text_files, uhri, uprinfo
from .base import (
    FIELD_LABELS, FORMAT_NAMES, field_label, FORMATS, MB, ColumnMapping, NeedsColumnMapping, ParsedSource, SourceTable,
    TablePreview, Ticker, damaged, size_label,
)
from .text_files import EncodingMismatch
from .workbooks import open_workbook_table
from ...text import Context, translate

Import = Context("Import")  # plural sentences: lupdate takes the context from this name

__all__ = [
    "FORMATS", "FORMAT_NAMES", "MAX_FILE_BYTES", "MAX_WORKBOOK_BYTES", "ColumnMapping", "NeedsColumnMapping",
    "ParsedSource", "TablePreview", "detect_format", "preview_table", "read_source", "MAX_JSON_BYTES",
]

log = logging.getLogger(__name__)

# CSV is streamed and JSON is plain text; Excel and Word files are zipped XML that must be unpacked
# whole in memory, so they get a lower cap.
MAX_FILE_BYTES = 300 * MB
MAX_WORKBOOK_BYTES = 100 * MB
# JSON is read as a stream, but every record it holds is kept until the import is saved: a 200 MB UHRI
# export (250,000 records) peaked at 810 MB, a 250 MB one at 970 MB, so a JSON file is refused above this.
MAX_JSON_BYTES = 200 * MB
_WHOLE_FILE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".docx")

KNOWN_NAMES = tables.KNOWN_NAMES | uprinfo.KNOWN_NAMES

_MAGIC = (  # what a file's first bytes say it is; worded by _magic_words when it is refused
    (b"%PDF", "pdf"), (b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF8", "gif"), (b"{\\rtf", "rtf"),
    (b"Rar!", "rar"), (b"7z\xbc\xaf", "7z"), (b"\x1f\x8b", "gzip"),
)


def _magic_words(kind: str) -> str:
    return {
        "pdf": lambda: translate("Import", "a PDF document"),
        "png": lambda: translate("Import", "a PNG image"),
        "jpeg": lambda: translate("Import", "a JPEG image"),
        "gif": lambda: translate("Import", "a GIF image"),
        "rtf": lambda: translate("Import", "an RTF document"),
        "rar": lambda: translate("Import", "a RAR archive"),
        "7z": lambda: translate("Import", "a 7-Zip archive"),
        "gzip": lambda: translate("Import", "a compressed (gzip) file"),
    }[kind]()


def detect_format(path: str | Path) -> str:
    """The format of a source file, from its content and extension. Refuses unreadable files."""
    path = Path(path)
    kind = _source_kind(path)
    if kind == "docx":
        return "ohchr-docx"
    if kind == "json":
        return "uhri"
    return _classify(_open_table(path, kind).columns)


def preview_table(path: str | Path) -> TablePreview:
    """Columns, the first rows and a guessed mapping, for the person to confirm which column is which."""
    path = Path(path)
    kind = _source_kind(path)
    if kind in ("docx", "json"):
        if kind == "docx":
            text = translate("Import", "“{name}” is a Word document, not a table. Import it as an OHCHR thematic list.")
        else:
            text = translate("Import", "“{name}” is a JSON file, not a table. Import it as a UHRI export.")
        raise ImportRejected(text.format(name=path.name))
    return tables.preview_of(_open_table(path, kind))


def read_source(
    path: str | Path,
    format: str = "auto",
    *,
    mapping: ColumnMapping | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParsedSource:
    """Read every recommendation in a source file.

    format "auto" detects it; a mapping given with "auto" means "read it as a plain table with this mapping".
    For "table" without a mapping, the mapping guessed from the headings is used when it finds the
    recommendation text; otherwise NeedsColumnMapping carries a preview to choose from.
    progress(done, total) is called now and then (bytes for CSV, rows otherwise); cancelled() is
    checked as often, and ImportCancelled raised when it returns True.
    """
    path = Path(path)
    if format not in ("auto", *FORMATS):
        raise ImportRejected(translate("Import", "“{format}” is not a known format. Choose one of: {listed}.").format(
            format=format, listed=', '.join(FORMATS)))
    ticker = Ticker(progress, cancelled)
    ticker.check()
    kind = _source_kind(path)
    if format == "auto" and mapping is not None:
        format = "table"
    if kind == "docx":
        if format not in ("auto", "ohchr-docx"):
            raise ImportRejected(translate("Import", "“{name}” is a Word document; it can only be imported as an "
                                                     "OHCHR thematic list of recommendations.").format(
                name=path.name))
        return _read_docx(path, ticker)
    if format == "ohchr-docx":
        raise ImportRejected(translate("Import", "“{name}” is not a Word (.docx) document, so it cannot be an "
                                                 "OHCHR thematic list. Choose another format, or “Automatic”.").format(
            name=path.name))
    if kind == "json":
        if format not in ("auto", "uhri"):
            raise ImportRejected(translate("Import", "“{name}” is a JSON file; it can only be imported as a UHRI "
                                                     "export.").format(
                name=path.name))
        return _read_table(path, "uhri", uhri.open_json_table(path), mapping, ticker)
    table = _open_table(path, kind)
    ticker.check()
    if format == "auto":
        format = _classify(table.columns)
    try:
        return _read_table(path, format, table, mapping, ticker)
    except EncodingMismatch:
        if table.encoding != "utf-8":
            raise
        # The sample looked like UTF-8 but a later row is not: read it all again as Windows Western.
        table = text_files.open_text_table(path, KNOWN_NAMES, encoding="cp1252")
        table.notes.append(translate("Import", "Parts of the file are not valid UTF-8, so it was read as Windows "
                                               "Western (cp1252) text. Check accented letters."))
        return _read_table(path, format, table, mapping, ticker)


# --- what kind of file ----------------------------------------------------------------------------

def _source_kind(path: Path) -> str:
    """"docx", "workbook", "json" or "text"; refuses missing, empty, oversized, binary and damaged files."""
    if not path.exists():
        raise ImportRejected(translate("Import", "“{path}” could not be found. Check the file's name and folder, "
                                                 "then try again.").format(
            path=path))
    if path.is_dir():
        raise ImportRejected(translate("Import", "“{name}” is a folder. Choose the exported file inside it.").format(
            name=path.name))
    size = path.stat().st_size
    if size == 0:
        raise ImportRejected(translate("Import", "“{name}” is empty (0 bytes), so there is nothing to import. "
                                                 "Export the recommendations again, or choose another file.").format(
            name=path.name))
    suffix = path.suffix.lower()
    whole = suffix in _WHOLE_FILE_SUFFIXES
    cap = MAX_WORKBOOK_BYTES if whole else MAX_FILE_BYTES
    if size > cap:
        if whole:
            text = translate("Import", "“{name}” is too large to import ({size}). Excel and Word files can be "
                                       "imported up to {most}, as they must be read whole. Save the sheet as CSV (up "
                                       "to {most_csv}), or split it, and import that.")
        else:
            text = translate("Import", "“{name}” is too large to import ({size}). Files can be imported up to "
                                       "{most_csv}. Split it into smaller files, or export only the States under "
                                       "review you need, and import those.")
        raise ImportRejected(text.format(name=path.name, size=size_label(size), most=size_label(MAX_WORKBOOK_BYTES),
                                         most_csv=size_label(MAX_FILE_BYTES)))
    try:
        with open(path, "rb") as file:
            head = file.read(64)
    except OSError as error:
        raise ImportRejected(translate("Import", "“{name}” could not be read ({strerror}). Check that it is not "
                                                 "open in another program and that you may read it.").format(
            name=path.name, strerror=error.strerror)) from None
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ImportRejected(translate("Import", "“{name}” is {what}, not a file of recommendations. Import "
                                                     "the CSV, Excel, JSON or Word (.docx) export instead.").format(
                name=path.name, what=_magic_words(what)))
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path, whole, size)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # Office 97-2003
        if suffix in (".doc", ".dot"):
            raise ImportRejected(translate("Import", "“{name}” is an old Word (.doc) document. Open it in Word, "
                                                     "save it as “Word Document (.docx)”, and import that.").format(
                name=path.name))
        if not whole:
            _check_workbook_size(path, size)  # an .xls renamed .csv is still loaded whole
        return "workbook"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix == ".json" or stripped[:1] in (b"[", b"{"):
        if size > MAX_JSON_BYTES:
            raise ImportRejected(
                translate("Import", "“{name}” is too large to import ({size_label}): JSON files can be imported up "
                                    "to {size_label2}, as every record in them is held in memory until it is "
                                    "saved. Export fewer States or years from the UHRI, or export it as Excel, and "
                                    "import that.").format(
                    name=path.name, size_label=size_label(size), size_label2=size_label(MAX_JSON_BYTES)))
        return "json"
    if stripped[:1] == b"<" and any(tag in stripped[:64].lower() for tag in (b"<html", b"<!doctype", b"<table",
                                                                             b"<?xml")):
        # Old web databases saved HTML tables under an .xls name.
        raise ImportRejected(translate("Import", "“{name}” is a web page (HTML or XML), not a spreadsheet, even if "
                                                 "its name says otherwise. Open it in Excel or LibreOffice, save "
                                                 "it as .xlsx or CSV, and import that.").format(
            name=path.name))
    return "text"


def _check_workbook_size(path: Path, size: int) -> None:
    if size > MAX_WORKBOOK_BYTES:
        raise ImportRejected(translate("Import", "“{name}” is an Excel file of {size_label}; Excel files can be "
                                                 "imported up to {size_label2}. Save it as CSV and import that.").format(
            name=path.name, size_label=size_label(size), size_label2=size_label(MAX_WORKBOOK_BYTES)))


def _zip_kind(path: Path, whole: bool, size: int) -> str:
    word = path.suffix.lower() in (".docx", ".docm", ".dotx")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            check_archive(path, archive, "Word" if "word/document.xml" in names else "Excel")
    except (zipfile.BadZipFile, OSError, ValueError):
        raise damaged(path, "Word" if word else "Excel") from None
    if not whole:
        _check_workbook_size(path, size)  # an .xlsx renamed .csv is still unpacked whole
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names) or "content.xml" in names:
        return "workbook"
    raise ImportRejected(translate("Import", "“{name}” is a ZIP archive. Unzip it and import the CSV, Excel, JSON "
                                             "or Word file inside.").format(
        name=path.name))


def _open_table(path: Path, kind: str) -> SourceTable:
    if kind == "workbook":
        table = open_workbook_table(path, KNOWN_NAMES, _looks_like_recommendations)
    else:
        table = text_files.open_text_table(path, KNOWN_NAMES)
    if not table.columns:
        raise ImportRejected(translate("Import", "“{name}” holds no table: there are no column headings or rows in "
                                                 "it. Choose the exported file of recommendations.").format(
            name=path.name))
    return table


def _looks_like_recommendations(columns: list[str]) -> bool:
    return uprinfo.is_uprinfo_header(columns) or uhri.is_uhri_header(columns) \
        or tables.guess_mapping(columns).text is not None


def _classify(columns: list[str]) -> str:
    if uprinfo.is_uprinfo_header(columns):
        return "uprinfo"
    if uhri.is_uhri_header(columns):
        return "uhri"
    return "table"


# --- reading --------------------------------------------------------------------------------------

def _read_table(path: Path, format: str, table: SourceTable, mapping: ColumnMapping | None,
                ticker: Ticker) -> ParsedSource:
    extras = None
    notes = list(table.notes)
    if format == "uprinfo" and mapping is None:
        if not uprinfo.is_uprinfo_header(table.columns):
            raise ImportRejected(
                translate("Import", "“{name}” does not have the UPR Info columns (To, Text, From, Response, … or "
                                    "SuR, Recommendation, RS, Response, …). Import it as “Any table” and "
                                    "choose its columns.").format(name=path.name)
            )
        mapping = uprinfo.mapping_for(table)
    elif format == "uhri" and mapping is None:
        mapping, extras = uhri.mapping_for(table.columns)
        if mapping.text is None:
            raise ImportRejected(
                translate("Import", "“{name}” has no “Text” column or field, so it is not a UHRI export. Import it "
                                    "as “Any table” and choose the column that holds the recommendations.").format(
                    name=path.name)
            )
    elif mapping is None:
        guessed = tables.guess_mapping(table.columns)
        if guessed.text is None:
            raise NeedsColumnMapping(tables.preview_of(table))
        mapping = guessed
        notes.append(translate("Import", "Columns were matched by their headings: {matches}.").format(
            matches="; ".join(f"{field_label(name)} ← “{column}”" for name, column in mapping.items())))
    tables.check_mapping(mapping, table.columns, path)

    recs, skipped, rows_read, blank_rows = tables.convert_rows(table, mapping, source_file=path.name, ticker=ticker,
                                                   extras=extras)
    if format == "uhri" and (note := uhri.other_mechanisms_note(recs)):
        notes.append(note)
    parsed = _finish(path, format, recs, skipped, rows_read, table.encoding, notes, ticker,
                     blank_rows=blank_rows, total=table.progress_total, text_column=mapping.text)
    parsed.columns, parsed.mapping = list(table.columns), mapping
    return parsed


def _read_docx(path: Path, ticker: Ticker) -> ParsedSource:
    recs, skipped, rows_read, _country, notes = ohchr_docx.read_thematic_list(path, ticker)
    return _finish(path, "ohchr-docx", recs, skipped, rows_read, None, notes, ticker, total=rows_read,
                   text_column=None)


def _finish(path, format, recs, skipped, rows_read, encoding, notes, ticker, *, total, text_column,
            blank_rows=0) -> ParsedSource:
    if not recs:
        if skipped:
            if text_column and rows_read == 1:
                text = translate("Import", "No recommendations found in “{name}”: its only row has no recommendation "
                                           "text in the “{column}” column. Check that the right column holds the "
                                           "recommendation text.")
            elif text_column:
                text = Import.tr("No recommendations found in “{name}”: none of its %n rows has recommendation text "
                                 "in the “{column}” column. Check that the right column holds the recommendation "
                                 "text.", None, rows_read)
            elif rows_read == 1:
                text = translate("Import", "No recommendations found in “{name}”: its only row has no recommendation "
                                           "text. Check that the right column holds the recommendation text.")
            else:
                text = Import.tr("No recommendations found in “{name}”: none of its %n rows has recommendation text. "
                                 "Check that the right column holds the recommendation text.", None, rows_read)
            raise ImportRejected(text.format(name=path.name, column=text_column))
        raise ImportRejected(
            translate("Import", "No recommendations found in “{name}”: it has column headings but no rows of "
                                "recommendations under them. Check that you exported the recommendations "
                                "themselves, not an empty search.").format(
                name=path.name)
        )
    if blank_rows:
        notes.append(translate("Import", "1 empty row was ignored.") if blank_rows == 1
                     else Import.tr("%n empty rows were ignored.", None, blank_rows))
    ticker.report(total, total)
    countries = Counter(r.country for r in recs if r.country)
    log.info("read %s as %s: %d recommendations, %d skipped", path.name, format, len(recs), len(skipped))
    return ParsedSource(path=path, format=format, recommendations=recs, rows_read=rows_read, skipped=skipped,
                        countries=dict(countries), encoding=encoding, notes=notes)
