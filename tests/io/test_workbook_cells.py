"""Workbooks are read with calamine itself (io/importers/workbooks.py), no longer through pandas.read_excel: the
rows must hold what read_excel(header=None, dtype=object) gave, as every converter reads them."""

from __future__ import annotations

import datetime
import math

import pandas as pd

from upr_desktop.io.importers import read_source
from upr_desktop.io.importers.base import cell_text, excel_date, is_blank
from upr_desktop.io.importers.workbooks import NA_TEXTS, open_workbook_table

from .conftest import UHRI_COLUMNS, UHRI_ROWS, write_xlsx

ODD = ["N/A", "NA", "NA ", "None", "none", "nan", "NULL", "null", "#N/A", "-nan", "<NA>", "n/a", "", " ", "0", "True",
       18, 18.0, 18.5, -0.0, 1e20, True, False, datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4),
       datetime.datetime(2021, 5, 6), datetime.time(3, 4), None]


def _as_converters_see(value):
    """What the converters make of a cell: blank or not, its text, its date."""
    return is_blank(value), cell_text(value), excel_date(value)


def test_every_cell_reads_as_pandas_read_it(tmp_path):
    rows = [["Recommendation", "Odd", "Other"]]
    rows += [[f"Ratify {n}", value, ODD[(n * 7) % len(ODD)]] for n, value in enumerate(ODD)]
    rows += [[None, None, None], [None, "after a blank row", None]]
    path = write_xlsx(tmp_path / "odd.xlsx", rows)
    frame = pd.read_excel(path, engine="calamine", header=None, dtype=object)
    expected = [(number + 1, list(cells)) for number, *cells in frame.iloc[1:].itertuples(index=True, name=None)]
    table = open_workbook_table(path, frozenset({"recommendation"}))
    read = list(table.rows())
    assert [number for number, _ in read] == [number for number, _ in expected]  # Excel's row numbers
    for (number, ours), (_, theirs) in zip(read, expected):
        assert len(ours) == len(theirs)
        for mine, pandas_cell in zip(ours, theirs):
            assert _as_converters_see(mine) == _as_converters_see(pandas_cell), (number, mine, pandas_cell)
            if isinstance(mine, str):  # text is text, except the texts pandas takes for missing
                assert mine == pandas_cell and mine not in NA_TEXTS
            else:
                assert mine is None or not isinstance(pandas_cell, str)
    assert table.columns == ["Recommendation", "Odd", "Other"]
    assert math.isnan(read[0][1][1])  # "N/A": missing, as pandas read it


def test_a_uhri_workbook_imports_the_same_recommendations_as_before(tmp_path):
    """A few rows pinned, with the cells the old pandas reading turned into missing values."""
    rows = [list(row) for row in UHRI_ROWS]
    rows[0][UHRI_COLUMNS.index("Affected Persons")] = "N/A"
    rows[1][UHRI_COLUMNS.index("Themes")] = "None"
    path = write_xlsx(tmp_path / "uhri.xlsx", [UHRI_COLUMNS, *rows])
    parsed = read_source(path)
    assert parsed.format == "uhri"
    first, second = parsed.recommendations[:2]
    assert first.affected_persons == ()
    assert second.themes == ()
    assert [r.source_row for r in parsed.recommendations] == [2, 3, 5]  # Excel's rows; the 4th has no text
    assert [number for number, _ in parsed.skipped] == [4]
