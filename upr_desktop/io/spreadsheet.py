"""What every spreadsheet we write shares: text that can't turn into a formula, and a readable table sheet.

A cell that starts with = + - @ (or a tab or carriage return, as OWASP's CSV-injection advice lists) is
run as a formula by Excel and LibreOffice when the file is opened. Recommendation texts and priority titles
are typed by many hands, so every export passes its cells through safe_cell(): such text gets a leading
apostrophe and is shown, not run. Before that, clean_text() takes out the control characters an imported
text may carry (XML, so XLSX and DOCX, cannot hold them): a vertical tab, Word's line break, becomes a new
line, the others go. No Qt here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from .atomic import atomic_write

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Characters XML 1.0 cannot hold (openpyxl and python-docx refuse them): C0 controls other than tab and
# line ends, U+FFFE, U+FFFF and lone surrogates. A pasted or imported text sometimes carries one.
XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_CELL_LIMIT = 32_767  # Excel's most characters in one cell

HEADER_FILL = "DCE6F2"
MIN_WIDTH, MAX_WIDTH = 8, 60


def clean_text(text: str) -> str:
    """Text every file we write can hold: Word's line break (a vertical tab, which comes in with texts
    copied out of Word) becomes a newline, and the other characters XML refuses are dropped."""
    return XML_ILLEGAL.sub("", text.replace("\v", "\n"))


def safe_cell(value):
    """Text a spreadsheet would run as a formula gets the apostrophe that makes it plain text. Other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def cell_text(value):
    # Cleaned before the formula check: "\x01=HYPERLINK(...)" is a formula once the \x01 is gone.
    return safe_cell(clean_text(value) if isinstance(value, str) else value)


def _xlsx_value(value):
    value = cell_text(value)
    if isinstance(value, str) and len(value) > _CELL_LIMIT:
        value = value[:_CELL_LIMIT - 1] + "…"
    return value


def _store_as_text(cell) -> None:
    # openpyxl stores any text starting with "=" as a formula; whatever safe_cell let through is text.
    if isinstance(cell.value, str):
        cell.data_type = "s"


def column_widths(columns: Sequence[str], rows: Sequence[Sequence], sample: int = 200) -> list[float]:
    """A width per column from its heading and its longest line (in the first rows), kept between 8 and 60."""
    widths = []
    for c, heading in enumerate(columns):
        longest = max((len(part) for part in str(heading).split()), default=0) + 2  # the heading wraps at words
        for row in rows[:sample]:
            value = row[c] if c < len(row) else None
            if value is None:
                continue
            longest = max(longest, max(len(line) for line in str(value).split("\n")) + 2)
        widths.append(float(min(max(longest, MIN_WIDTH), MAX_WIDTH)))
    return widths


def add_table_sheet(book, title: str, columns: Sequence[str], rows: Sequence[Sequence], *,
                    widths: Sequence[float] | None = None):
    """A sheet holding one table: bold filled header that wraps, filters over the data, the header row frozen,
    wrapped text aligned to the top, and every text cell stored as text. Returns the sheet."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title=title[:31])  # Excel's limit for a sheet name
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    header_align = Alignment(wrap_text=True, vertical="center")
    rule = Border(bottom=Side(style="thin", color="7F8FA6"))
    body_align = Alignment(wrap_text=True, vertical="top")

    sheet.append([_xlsx_value(name) for name in columns])
    for cell in sheet[1]:
        _store_as_text(cell)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = header_align
        cell.border = rule
    for row in rows:
        sheet.append([_xlsx_value(value) for value in row])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            _store_as_text(cell)
            cell.alignment = body_align
    for c, width in enumerate(widths or column_widths(columns, rows), start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    last = get_column_letter(max(len(columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 1)}"
    sheet.freeze_panes = "A2"
    return sheet


def add_details_sheet(book, title: str, pairs: Sequence[tuple[str, str]]):
    """A small sheet of labelled values ("Workshop", "Generated"...), labels in bold."""
    from openpyxl.styles import Alignment, Font

    sheet = book.create_sheet(title=title[:31])
    for label, value in pairs:
        sheet.append([_xlsx_value(label), _xlsx_value(value)])
    for row in sheet.iter_rows():
        for cell in row:
            _store_as_text(cell)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        row[0].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 90
    return sheet


def new_workbook():
    """An empty workbook (no default sheet): sheets are added with add_table_sheet / add_details_sheet."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    return book


def save_workbook(book, target: str | os.PathLike) -> Path:
    """Write the workbook whole or not at all."""
    target = Path(target)
    with atomic_write(target, "wb") as out:
        book.save(out)
    return target


def write_csv(target: str | os.PathLike, columns: Sequence[str], rows: Sequence[Sequence]) -> Path:
    """One table as CSV, UTF-8 with a BOM (so Excel reads Cyrillic, Hangul and Arabic right), whole or not at all."""
    import csv

    target = Path(target)
    with atomic_write(target, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([cell_text(name) for name in columns])
        for row in rows:
            writer.writerow([cell_text(value) for value in row])
    return target
