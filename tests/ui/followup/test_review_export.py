"""The Review page's "Export the list…": the recommendations as listed, with its search and filters."""

from __future__ import annotations

import csv

from openpyxl import load_workbook


def test_the_export_holds_what_the_review_page_lists(page, tmp_path):
    page.filter_bar.buttons["response"].set_selected({"supported"})
    shown = [page.model.recommendation_at(row).reference for row in range(page.model.rowCount())]
    assert 0 < len(shown) < page.workshop.dashboard().total

    written = page.export_list(tmp_path / "listed.csv")
    with open(written, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Reference"
    assert [row[0] for row in rows[1:]] == shown

    page.filter_bar.search.setText("torture")
    page.filter_bar.search.returnPressed.emit()
    narrowed = [page.model.recommendation_at(row).reference for row in range(page.model.rowCount())]
    assert 0 < len(narrowed) < len(shown)
    book = load_workbook(page.export_list(tmp_path / "listed.xlsx"), read_only=True)
    sheet = book["Recommendations"]
    refs = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    assert sorted(refs) == sorted(narrowed)
