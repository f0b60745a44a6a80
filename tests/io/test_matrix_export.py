"""The implementation matrix read back: one row per priority and recommendation cited, plan text as typed,
formulas kept as text, control characters dropped, a readable sheet, Excel-friendly UTF-8 CSV, written whole or
not at all."""

from __future__ import annotations

import csv
import os
import re
from datetime import datetime, timezone

import openpyxl
import pandas as pd
import pytest

from upr_desktop.domain.charter import PLAN_FIELDS, Milestone
from upr_desktop.domain.errors import WorkshopError
from upr_desktop.domain.recommendation import Recommendation, Response
from upr_desktop.io.matrix_export import export_matrix, matrix_columns
from upr_desktop.io.spreadsheet import safe_cell

INJECTIONS = ['=HYPERLINK("http://evil.example","click")', "+1", "-2", "@SUM(A1:A9)"]
SCRIPTS = {"ru": "Права человека для всех", "ko": "모든 사람을 위한 인권", "ar": "حقوق الإنسان للجميع"}


def read_matrix(path) -> pd.DataFrame:
    return pd.read_excel(path, sheet_name="Implementation matrix", dtype=str, keep_default_na=False,
                         engine="openpyxl")


def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def expected_row_count(charter) -> int:
    return sum(max(1, len(p.recommendation_ids)) for p in charter.priorities)


@pytest.fixture
def planned(demo_workshop):
    """The demo charter plus a priority citing three recommendations and one citing none."""
    w = demo_workshop
    recs = {r.reference: r.id for r in w.recommendations(w.filtered_ids(_all())).values()}
    w.add_priority("Justice for all", [recs["121.9"], recs["121.3"], recs["121.12"]])
    pid, _ = w.add_priority("A priority still looking for its recommendations")
    priority = next(p for p in w.charter().priorities if p.id == pid)
    w.update_priority(priority.with_changes(
        government_action="**Adopt** a law that:\n\n- protects *defenders*\n- funds shelters\n\n1\\. is costed",
        milestones=(Milestone("2027-03", "Draft ready"), Milestone("2028", "Law adopted"))))
    return w


def _all():
    from upr_desktop.store.queries import RecommendationFilter

    return RecommendationFilter()


def test_one_row_per_priority_and_recommendation_a_priority_without_any_still_has_its_row(planned, tmp_path):
    charter = planned.charter()
    target = export_matrix(planned, tmp_path / "matrix.xlsx")
    frame = read_matrix(target)
    assert list(frame.columns) == matrix_columns(charter)
    assert list(frame.columns)[9:9 + len(PLAN_FIELDS)] == [charter.label(k) for k, _ in PLAN_FIELDS]
    assert len(frame) == expected_row_count(charter) == len(charter.priorities) + 2

    justice = frame[frame["Priority"] == "Justice for all"]
    assert list(justice["Recommendation reference"]) == ["121.9", "121.3", "121.12"]  # as cited, "121.10" style kept
    assert set(justice["Priority no."]) == {str(len(charter.priorities) - 1)}
    rec = next(r for r in planned.recommendations(list(charter.priorities[-2].recommendation_ids)).values()
               if r.reference == "121.3")
    row = justice[justice["Recommendation reference"] == "121.3"].iloc[0]
    assert row["Recommendation text"] == rec.text
    assert row["Recommending State(s)"] == ", ".join(rec.states)
    assert row["Response"] == {Response.SUPPORTED: "Supported", Response.NOTED: "Noted"}[rec.response]
    assert row["Themes"] == "; ".join(rec.themes)
    assert row["Level"] == "National" and row["Status"] == "Not started"

    lonely = frame[frame["Priority"] == "A priority still looking for its recommendations"]
    assert len(lonely) == 1
    lonely = lonely.iloc[0]
    assert lonely["Recommendation reference"] == lonely["Recommendation text"] == ""
    # A plan field is plain text in the charter (a plain text box): every character as typed.
    assert lonely[charter.label("government_action")] == (
        "**Adopt** a law that:\n\n- protects *defenders*\n- funds shelters\n\n1\\. is costed")
    assert lonely[charter.label("timeline")] == "2027-03 — Draft ready\n2028 — Law adopted"

    first = frame.iloc[0]
    p1 = charter.priorities[0]
    assert first["Priority"] == p1.title and first[charter.label("cso_actions")] == p1.cso_actions
    assert first["Cluster"]  # the recommendation's cluster, named


def test_formulas_typed_as_titles_come_back_as_text(demo_workshop, tmp_path):
    w = demo_workshop
    for priority, title in zip(w.charter().priorities, INJECTIONS):
        w.update_priority(priority.with_changes(title=title))
    xlsx = export_matrix(w, tmp_path / "m.xlsx")
    titles = list(read_matrix(xlsx)["Priority"][:4])
    assert titles == ["'" + t for t in INJECTIONS]

    sheet = openpyxl.load_workbook(xlsx)["Implementation matrix"]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert [sheet.cell(r, 2).value for r in range(2, 6)] == ["'" + t for t in INJECTIONS]

    table = read_csv(export_matrix(w, tmp_path / "m.csv"))
    assert [row[1] for row in table[1:5]] == ["'" + t for t in INJECTIONS]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in table for cell in row)


@pytest.mark.parametrize("value, shown", [("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-x", "'-x"), ("@a", "'@a"),
                                          ("\tx", "'\tx"), ("\rx", "'\rx"), ("121.4", "121.4"), (-2, -2),
                                          (None, None), ("", "")])
def test_safe_cell(value, shown):
    assert safe_cell(value) == shown


def test_the_sheet_is_laid_out_for_reading_and_filtering(planned, tmp_path):
    charter = planned.charter()
    target = export_matrix(planned, tmp_path / "matrix.xlsx",
                           generated=datetime(2025, 5, 29, 16, 5, tzinfo=timezone.utc))
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Implementation matrix", "About"]
    sheet = book["Implementation matrix"]
    rows = expected_row_count(charter)
    assert sheet.freeze_panes == "A2"
    last = openpyxl.utils.get_column_letter(len(matrix_columns(charter)))
    assert sheet.auto_filter.ref == f"A1:{last}{rows + 1}"
    assert sheet.max_row == rows + 1
    for cell in sheet[1]:
        assert cell.font.bold and cell.alignment.wrap_text
        assert cell.fill.fgColor.rgb.endswith("DCE6F2")
    assert sheet["F2"].alignment.wrap_text and sheet["F2"].alignment.vertical == "top"
    assert sheet.column_dimensions["F"].width >= 50  # recommendation text
    assert sheet.column_dimensions["A"].width < sheet.column_dimensions["B"].width

    about = {row[0].value: row[1].value for row in book["About"].iter_rows()}
    assert about["Workshop"] == planned.info().title
    assert about["Charter"] == charter.title
    assert about["Status"] == "Draft"
    assert about["Generated"] == "29 May 2025, 16:05 by UPR Desktop"


def test_an_adopted_charter_says_when_and_where(demo_workshop, tmp_path):
    demo_workshop.adopt("2025-05-29", "Port Aldan")
    book = openpyxl.load_workbook(export_matrix(demo_workshop, tmp_path / "m.xlsx"))
    about = {row[0].value: row[1].value for row in book["About"].iter_rows()}
    assert about["Status"] == "Adopted on 29 May 2025 at Port Aldan"


def test_csv_is_utf8_with_bom_and_any_script_round_trips(demo_workshop, tmp_path):
    w = demo_workshop
    rec_ids = []
    for n, text in enumerate(SCRIPTS.values(), start=1):
        rec_id, _ = w.add_recommendation(Recommendation(text=text, reference=f"130.{n}", states=("Монголия", "대한민국"),
                                                        response=Response.NOTED))
        rec_ids.append(rec_id)
    w.add_priority(SCRIPTS["ar"], rec_ids)
    priority = w.charter().priorities[-1]
    w.update_priority(priority.with_changes(cso_actions=f"**{SCRIPTS['ko']}** — {SCRIPTS['ru']}"))

    target = export_matrix(w, tmp_path / "matrix.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")  # the whole file is UTF-8
    table = read_csv(target)
    columns = table[0]
    assert columns == matrix_columns(w.charter())
    added = [dict(zip(columns, row)) for row in table[1:] if row[1] == SCRIPTS["ar"]]
    assert [row["Recommendation text"] for row in added] == list(SCRIPTS.values())
    assert {row["Recommending State(s)"] for row in added} == {"Монголия, 대한민국"}
    assert {row[w.charter().label("cso_actions")] for row in added} == {f"**{SCRIPTS['ko']}** — {SCRIPTS['ru']}"}
    assert len(table) - 1 == expected_row_count(w.charter())
    # pandas reads it as Excel would, BOM and all
    frame = pd.read_csv(target, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(frame.columns) == columns


def test_no_charter_or_a_wrong_ending_is_refused_and_nothing_is_written(demo_unsorted, demo_workshop, tmp_path):
    with pytest.raises(WorkshopError, match="no charter yet"):
        export_matrix(demo_unsorted, tmp_path / "m.xlsx")
    with pytest.raises(WorkshopError, match=r"\.xlsx.*\.csv"):
        export_matrix(demo_workshop, tmp_path / "m.pdf")
    with pytest.raises(WorkshopError, match=r"ends in \.csv"):
        export_matrix(demo_workshop, tmp_path / "m.xlsx", "csv")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(("m.", ".m."))] == []


@pytest.mark.parametrize("name", ["matrix.xlsx", "matrix.csv"])
def test_a_read_only_disk_leaves_the_existing_file_untouched(demo_workshop, tmp_path, monkeypatch, name):
    target = tmp_path / name
    target.write_bytes(b"last week's matrix")

    def read_only(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only)
    with pytest.raises(WorkshopError, match="could not be written.*nothing was changed"):
        export_matrix(demo_workshop, target)
    assert target.read_bytes() == b"last week's matrix"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".matrix")] == []


@pytest.mark.parametrize("name", ["matrix.xlsx", "matrix.csv"])
def test_a_folder_that_is_missing_or_not_a_folder_is_a_plain_error(demo_workshop, tmp_path, name):
    with pytest.raises(WorkshopError, match="Choose another folder"):
        export_matrix(demo_workshop, tmp_path / "gone" / name)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(WorkshopError, match="Choose another folder"):
        export_matrix(demo_workshop, blocker / name)
    assert not (tmp_path / "gone").exists() and blocker.read_text() == "not a folder"


def first_row(path) -> dict[str, str]:
    """The first row of the matrix, read back from the XLSX or the CSV."""
    if path.suffix == ".xlsx":
        return read_matrix(path).iloc[0].to_dict()
    header, first, *_ = read_csv(path)
    return dict(zip(header, first))


@pytest.mark.parametrize("name", ["matrix.xlsx", "matrix.csv"])
def test_plain_fields_are_written_as_typed(demo_workshop, tmp_path, name):
    """Titles, plan fields and milestones are plain text: no Markdown is taken out of them."""
    w = demo_workshop
    priority = w.charter().priorities[0]
    typed = {"title": "Article 5 *and* 7", "partners": "Ministry of Justice\nOmbudsman's Office\nUNDP",
             "indicators": "# of trainers: 4", "resources": "C:\\data\\_reports_\\2025",
             "government_action": "**Adopt** a law_on_defenders \\* now"}
    w.update_priority(priority.with_changes(**typed, milestones=(Milestone("2027", "*Draft* ready"),)))
    charter = w.charter()
    row = first_row(export_matrix(w, tmp_path / name))
    assert row["Priority"] == "Article 5 *and* 7"
    for key in ("partners", "indicators", "resources", "government_action"):
        assert row[charter.label(key)] == typed[key], key
    assert row[charter.label("timeline")] == "2027 — *Draft* ready"


@pytest.mark.parametrize("name", ["matrix.xlsx", "matrix.csv"])
def test_control_characters_are_dropped_and_word_line_breaks_kept(demo_workshop, tmp_path, name):
    """Texts imported from CSVs made in Word carry vertical tabs (Word's line break) and other control
    characters: XLSX cannot hold them, and a control character in front of "=" must not hide a formula."""
    w = demo_workshop
    priority = w.charter().priorities[0]
    w.update_priority(priority.with_changes(title='\x01=HYPERLINK("http://evil.example","click")',
                                            partners="Ministry of Justice\vUNDP\x00", indicators="Law\x1b adopted",
                                            milestones=(Milestone("2027", "Draft\x0c ready"),)))
    charter = w.charter()
    target = export_matrix(w, tmp_path / name)
    row = first_row(target)
    assert row["Priority"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row[charter.label("partners")] == "Ministry of Justice\nUNDP"
    assert row[charter.label("indicators")] == "Law adopted"
    assert row[charter.label("timeline")] == "2027 — Draft ready"
    if name.endswith(".csv"):
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", target.read_text(encoding="utf-8-sig"))
    else:
        sheet = openpyxl.load_workbook(target)["Implementation matrix"]
        assert not [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
