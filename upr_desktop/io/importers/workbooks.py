"""Excel workbooks (.xlsx, and legacy .xls through calamine) read into a SourceTable."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from ...domain.errors import ImportRejected
from ..file_guards import check_workbook
from .base import SAMPLE_ROWS, SourceTable, cell_text, damaged, dedupe_columns, trim_unnamed_columns
from .text_files import find_header
from ...text import translate

log = logging.getLogger(__name__)


def open_workbook_table(path: Path, known_names: frozenset[str],
                        wanted: Callable[[list[str]], bool] | None = None) -> SourceTable:
    """The first sheet whose header `wanted` accepts (else the first sheet with anything on it).

    Workbooks are unpacked whole (calamine is fast: ~6,000 rows in 0.03 s), so there is no
    progress while loading; rows are reported as they are converted.
    """
    from python_calamine import CalamineWorkbook

    check_workbook(path)  # before calamine, which trusts a sheet's extent and the ZIP's sizes
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = list(book.sheet_names)
    except Exception as error:  # calamine/zip errors on a damaged or mislabelled file
        log.info("could not open %s as a workbook: %s", path, error)
        raise damaged(path, "Excel") from None
    fallback: SourceTable | None = None
    try:
        for sheet in sheets:
            try:
                cells = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
            except Exception as error:
                log.info("could not read sheet %r of %s: %s", sheet, path, error)
                raise damaged(path, "Excel") from None
            if not cells or not cells[0]:
                continue
            table = _sheet_table(cells, sheet, known_names)
            if wanted is None or wanted(table.columns):
                return table
            fallback = fallback or table
    finally:
        book.close()
    if fallback is None:
        raise ImportRejected(translate("Import", "“{name}” has no filled-in cells on any sheet, so there is "
                                                 "nothing to import.").format(
            name=path.name))
    return fallback


# What pandas.read_excel reads as a missing value (its default na_values: whole cells, exactly these texts).
# The rows are read with calamine itself, without pandas' per-cell conversion and DataFrame (a quarter of
# a 250,000-row import's read), and give the cells pandas gave: these texts and empty cells are NaN. Cells
# pandas turned from 18.0 into 18, or from a date into a datetime, are left as calamine reads them: every
# converter reads them through cell_text, excel_date or whole_number, which read either the same.
NA_TEXTS = frozenset({"", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
                      "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null"})
_NAN = float("nan")


def _as_read(row: list, width: int) -> list:
    """A row of calamine's cells as pandas read them (see NA_TEXTS), its first `width` cells."""
    if len(row) > width:
        row = row[:width]
    return [_NAN if cell in NA_TEXTS else cell for cell in row]


def _sheet_table(cells: list[list], sheet: str, known_names: frozenset[str]) -> SourceTable:
    """cells: the sheet from A1 (calamine's to_python, empty cells ""), every row as wide."""
    full = len(cells[0])
    head = [[cell_text(v) for v in _as_read(row, full)] for row in cells[:30 + SAMPLE_ROWS]]
    header_index = find_header(head, known_names)
    header = head[header_index]
    samples = [r for r in head[header_index + 1:] if any(r)][:SAMPLE_ROWS]
    width = trim_unnamed_columns(header, samples)
    first = header_index + 1
    done = [0]

    def rows() -> Iterator[tuple[int, list]]:
        for number in range(first, len(cells)):
            done[0] += 1
            # calamine keeps leading empty rows, so the row's position + 1 is Excel's row
            yield number + 1, _as_read(cells[number], width)

    return SourceTable(
        columns=dedupe_columns(header[:width]), header_row=header_index + 1, rows=rows,
        sample_rows=[(r + [""] * width)[:width] for r in samples],
        progress_total=max(len(cells) - first, 0), progress_done=lambda: done[0], sheet=sheet,
    )
