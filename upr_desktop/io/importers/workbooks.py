"""Excel workbooks (.xlsx, and legacy .xls through calamine) read into a SourceTable."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd

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
    check_workbook(path)  # before calamine, which trusts a sheet's extent and the ZIP's sizes
    try:
        book = pd.ExcelFile(path, engine="calamine")
        sheets = list(book.sheet_names)
    except Exception as error:  # calamine/zip errors on a damaged or mislabelled file
        log.info("could not open %s as a workbook: %s", path, error)
        raise damaged(path, "Excel") from None
    fallback: SourceTable | None = None
    with book:
        for sheet in sheets:
            try:
                frame = pd.read_excel(book, sheet_name=sheet, header=None, dtype=object)
            except Exception as error:
                log.info("could not read sheet %r of %s: %s", sheet, path, error)
                raise damaged(path, "Excel") from None
            if frame.empty:
                continue
            table = _sheet_table(frame, sheet, known_names)
            if wanted is None or wanted(table.columns):
                return table
            fallback = fallback or table
    if fallback is None:
        raise ImportRejected(translate("Import", "“{name}” has no filled-in cells on any sheet, so there is "
                                                 "nothing to import.").format(
            name=path.name))
    return fallback


def _sheet_table(frame: pd.DataFrame, sheet: str, known_names: frozenset[str]) -> SourceTable:
    head = [[cell_text(v) for v in row] for row in frame.head(30 + SAMPLE_ROWS).itertuples(index=False)]
    header_index = find_header(head, known_names)
    header = head[header_index]
    samples = [r for r in head[header_index + 1:] if any(r)][:SAMPLE_ROWS]
    width = trim_unnamed_columns(header, samples)
    body = frame.iloc[header_index + 1:, :width]
    done = [0]

    def rows() -> Iterator[tuple[int, list]]:
        for number, *cells in body.itertuples(index=True, name=None):
            done[0] += 1
            yield number + 1, cells  # calamine keeps leading empty rows, so index + 1 is Excel's row

    return SourceTable(
        columns=dedupe_columns(header[:width]), header_row=header_index + 1, rows=rows,
        sample_rows=[(r + [""] * width)[:width] for r in samples],
        progress_total=len(body), progress_done=lambda: done[0], sheet=sheet,
    )
