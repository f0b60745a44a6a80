"""What every importer shares: the public result types, size caps, progress, and cell conversions."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from ...domain.errors import ImportCancelled, ImportRejected, WorkshopError
from ...domain.recommendation import Recommendation, split_multi
from ...text import translate

FORMATS = ("uprinfo", "uhri", "ohchr-docx", "table")

FORMAT_NAMES = {
    "uprinfo": "UPR Info database export",
    "uhri": "OHCHR Universal Human Rights Index (UHRI) export",
    "ohchr-docx": "OHCHR thematic list of recommendations (Word)",
    "table": "spreadsheet",
}

MB = 1024 * 1024

SAMPLE_ROWS = 20


@dataclass
class ParsedSource:
    path: Path
    format: str
    recommendations: list[Recommendation]
    rows_read: int
    skipped: list[tuple[int, str]]
    countries: dict[str, int]
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # a plain table's columns, and the mapping it was read with
    mapping: "ColumnMapping | None" = None

    def saved_mapping(self) -> dict | None:
        """What to keep with the import so the same layout is mapped the same way next time."""
        if self.format != "table" or self.mapping is None:
            return None
        return {"columns": list(self.columns), "fields": dict(self.mapping.items())}


@dataclass
class ColumnMapping:
    """For a plain table: which source column feeds which field of a Recommendation."""

    text: str | None
    reference: str | None = None
    states: str | None = None
    response: str | None = None
    themes: str | None = None
    affected_persons: str | None = None
    sdgs: str | None = None
    session: str | None = None
    cycle: str | None = None
    action_category: str | None = None
    document_symbol: str | None = None
    country: str | None = None

    def items(self) -> list[tuple[str, str]]:
        """(field, column) for every mapped field."""
        return [(name, column) for name, column in vars(self).items() if column]


FIELD_LABELS = {  # English, as the column mapping is stored; people read field_label()
    "text": "recommendation text", "reference": "reference", "states": "recommending State",
    "response": "response", "themes": "themes", "affected_persons": "affected persons", "sdgs": "SDGs",
    "session": "session", "cycle": "cycle", "action_category": "action category",
    "document_symbol": "document symbol", "country": "State under review",
}


def field_label(name: str) -> str:
    """A mapped field's name in the interface language, as in "the column chosen for the themes"."""
    labels = {
        "text": lambda: translate("Import", "recommendation text"),
        "reference": lambda: translate("Import", "reference"),
        "states": lambda: translate("Import", "recommending State"),
        "response": lambda: translate("Import", "response"),
        "themes": lambda: translate("Import", "themes"),
        "affected_persons": lambda: translate("Import", "affected persons"),
        "sdgs": lambda: translate("Import", "SDGs"),
        "session": lambda: translate("Import", "session"),
        "cycle": lambda: translate("Import", "cycle"),
        "action_category": lambda: translate("Import", "action category"),
        "document_symbol": lambda: translate("Import", "document symbol"),
        "country": lambda: translate("Import", "State under review"),
    }
    return labels[name]() if name in labels else FIELD_LABELS.get(name, name)


@dataclass
class TablePreview:
    columns: list[str]
    sample_rows: list[list[str]]
    guessed: ColumnMapping
    encoding: str | None
    delimiter: str | None
    header_row: int
    sheet: str | None


class NeedsColumnMapping(WorkshopError):
    """A plain table whose recommendation-text column could not be recognised from its heading."""

    def __init__(self, preview: TablePreview):
        names = ", ".join(f"“{c}”" for c in preview.columns[:8]) + ("…" if len(preview.columns) > 8 else "")
        super().__init__(
            translate("Import", "None of the column headings ({names}) clearly names the recommendation text. "
                                "Choose which column holds the recommendation text, and what the other columns "
                                "hold.").format(names=names)
        )
        self.preview = preview


# --- a table read from CSV, Excel or JSON ----------------------------------------------------------

@dataclass
class SourceTable:
    """Rows under a header, with the numbers a person sees for them in a spreadsheet program."""

    columns: list[str]
    header_row: int
    rows: Callable[[], Iterator[tuple[int, list]]]  # (row number, cells) for every row under the header
    sample_rows: list[list[str]]
    progress_total: int
    progress_done: Callable[[], int]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)


def fold(name: object) -> str:
    """Compare headings across case, accents, punctuation and spacing ("Réponse" ≈ "reponse")."""
    text = unicodedata.normalize("NFKD", str(name or "")).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", text).strip()


def fold_tight(name: object) -> str:
    return fold(name).replace(" ", "")


def dedupe_columns(names: list[object]) -> list[str]:
    """Unique, readable column names: "Org", "Org (2)"; blank headings become "Column 5"."""
    out: list[str] = []
    seen: Counter[str] = Counter()
    for position, raw in enumerate(names, 1):
        name = " ".join(cell_text(raw).split()) or f"Column {position}"
        seen[name] += 1
        if seen[name] > 1:
            candidate = f"{name} ({seen[name]})"
            while candidate in seen:
                seen[name] += 1
                candidate = f"{name} ({seen[name]})"
            seen[candidate] += 1
            name = candidate
        out.append(name)
    return out


def trim_unnamed_columns(header: list[str], samples: list[list[str]]) -> int:
    """How many columns to keep: trailing columns with no heading and no data are padding."""
    width = len(header)
    while width > 1 and not header[width - 1].strip() and not any(
            len(row) >= width and row[width - 1].strip() for row in samples):
        width -= 1
    return width


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def cell_text(value: object) -> str:
    """A cell as text: Excel's 18.0 is "18", empty cells and NaN are ""."""
    if type(value) is str:  # most cells: skip the checks below
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).strip()


def clean_text(value: object) -> str:
    return cell_text(value).replace("\r\n", "\n").replace("\r", "\n").strip()


_NEEDS_SPLIT = re.compile(r"[\n\r;|]|^\s*[-–•·*]\s")


def multi_values(value: object, *, commas: bool = False) -> tuple[str, ...]:
    """split_multi, with a fast path for the common single value (a 200 MB file has millions of cells)."""
    text = cell_text(value)
    if not text or text.lower() in ("nan", "none"):
        return ()
    if not _NEEDS_SPLIT.search(text) and not (commas and "," in text):
        return (text,)
    return tuple(split_multi(text, commas=commas))


def first_value(value: object) -> str | None:
    values = multi_values(value)
    return values[0] if values else None


_WHOLE_NUMBER = re.compile(
    r"(?:(?:upr|session|sesion|sesión|cycle|ciclo|сессия|цикл|no\.?|n°|#)\s*)?(\d{1,6})(?:\.0+)?"
    r"(?:\s*(?:st|nd|rd|th|e|er|ème|eme|a|º|°))?(?:\s*(?:session|sesión|sesion|cycle|ciclo|сессия|цикл))?",
    re.I,
)


def whole_number(value: object, *, row: int, column: str, what: str) -> int | None:
    """A whole number from a cell ("18", 18.0, "Session 18", "48th"), None if empty; otherwise the import
    is refused, naming the row and column so the person can correct the cell."""
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, (int, float)) and not is_blank(value):
        if float(value).is_integer():
            return int(value)
    else:
        text = first_value(value)
        if text is None:
            return None
        match = _WHOLE_NUMBER.fullmatch(text.strip())
        if match:
            return int(match.group(1))
    raise ImportRejected(
        translate("Import", "“{cell_text}” is not a valid {what}: this column must hold whole numbers. Correct the "
                            "cell (or leave it empty) and import the file again.").format(
            cell_text=cell_text(value), what=what),
        row=row, column=column,
    )


def excel_date(value: object) -> str | None:
    """Excel stores dates as day counts from 1899-12-30; some exports keep that raw number."""
    if is_blank(value):
        return None
    if isinstance(value, (datetime, date)):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    text = cell_text(value)
    try:
        serial = float(text)
    except ValueError:
        return text
    if 1 <= serial < 2958466:
        return (datetime(1899, 12, 30) + timedelta(days=serial)).date().isoformat()
    return text


# --- progress -------------------------------------------------------------------------------------

class Ticker:
    """Reports progress and honours cancel requests every `every` steps, so neither slows the reading."""

    def __init__(self, progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
                 every: int = 1000):
        self._progress = progress
        self._cancelled = cancelled
        self._every = every
        self._count = 0

    def check(self) -> None:
        if self._cancelled and self._cancelled():
            raise ImportCancelled()

    def step(self, done: Callable[[], int] | int, total: int) -> None:
        self._count += 1
        if self._count % self._every:
            return
        self.report(done() if callable(done) else done, total)

    def report(self, done: int, total: int) -> None:
        self.check()
        if self._progress:
            self._progress(done, total)


# --- refusals -------------------------------------------------------------------------------------

def damaged(path: Path, kind: str) -> ImportRejected:
    if kind == "Word":
        text = translate("Import", "“{name}” could not be opened: the Word file is damaged or incomplete (perhaps "
                                   "a download or copy was cut short). Open it in Word and save it again, or get a "
                                   "fresh copy, then import that.")
    else:
        text = translate("Import", "“{name}” could not be opened: the {kind} file is damaged or incomplete (perhaps "
                                   "a download or copy was cut short). Open it in a spreadsheet program and save it "
                                   "again, or get a fresh copy, then import that.")
    return ImportRejected(text.format(name=path.name, kind=kind))


def size_label(size: int) -> str:
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size / 1024:,.0f} KB"
