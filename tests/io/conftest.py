"""Files for the importer tests, written in tmp_path at test time (no binary fixtures in the repository)."""

from __future__ import annotations

from pathlib import Path

import pytest

UHRI_COLUMNS = [
    "Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Themes", "Affected Persons", "Sdgs",
    "Document Publication Date", "UPR Reccomending States", "UPR Position", "Type", "OHCHR Annotation Id",
    "UPR Session", "Regions Concerned", "Recommending Regions", "Date of publication on UHRI",
]

# Rows as the UHRI export writes them: "- " one per line, Excel date serials, the paragraph number in Text.
UHRI_ROWS = [
    ["140.7 Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
     "Slovenia", "UPR", "A/HRC/59/15",
     "- Ratification of & accession to international instruments\n"
     "- Economic, social & cultural rights - general measures of implementation",
     "- Public officials", "- 1 - NO POVERTY\n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", 45824,
     "- Maldives\n- Portugal", "Supported", "Recommendation", "3f6c1a2e-7b8d-4c1e-9a0b-1d2e3f4a5b6c", 48,
     "Eastern European States", "- Asia-Pacific States\n- Western European and other States", 45900],
    ["140.110 Decriminalize defamation and move it to the civil code (Estonia)", "Slovenia", "UPR",
     "A/HRC/59/15", "- Freedom of opinion & expression\n- Children: definition; general principles; protection",
     "- Journalists\n- Media", "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", 45824, "- Estonia", "Noted", "Recommendation", "9b1d2c3e-0000-4c1e-9a0b-1d2e3f4a5b6c",
     48, "Eastern European States", "- Eastern European States", 45900],
    ["", "Slovenia", "UPR", "A/HRC/59/15", "", "", "", 45824, "", "", "Recommendation", "empty-row", 48, "", "", ""],
    ["The Committee recommends that the State party strengthen its efforts to combat hate speech against Roma.",
     "Slovenia", "CERD", "CERD/C/SVN/CO/12-14", "- Racial discrimination", "- Roma", "- 10 - REDUCED INEQUALITIES",
     44500, "", "", "Concluding Observations", "c0ffee00-1111-4c1e-9a0b-1d2e3f4a5b6c", "", "Eastern European States",
     "", 44600],
]


def write_xlsx(path: Path, rows: list[list], title_rows: list[list] | None = None, sheet: str = "Sheet1") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = sheet
    for row in (title_rows or []):
        ws.append(row)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


@pytest.fixture
def xlsx():
    """Write rows (below optional title rows) to a real .xlsx with openpyxl."""
    return write_xlsx


@pytest.fixture
def uhri_table() -> tuple[list[str], list[list]]:
    """The UHRI heading and rows above, as fresh copies a test may change."""
    return list(UHRI_COLUMNS), [list(row) for row in UHRI_ROWS]


@pytest.fixture
def uhri_xlsx(tmp_path) -> Path:
    return write_xlsx(tmp_path / "uhri_export.xlsx", [UHRI_COLUMNS, *UHRI_ROWS])


@pytest.fixture
def workshop_factory(tmp_path, monkeypatch):
    """Real workshop files in tmp_path; backups go to a throwaway app folder."""
    from upr_desktop.domain.workshop import WorkshopInfo
    from upr_desktop.ops import Workshop

    monkeypatch.setenv("UPR_DESKTOP_HOME", str(tmp_path / "app-home"))
    opened = []

    def create(country: str, name: str = "w.uprw") -> Workshop:
        workshop = Workshop.create(tmp_path / name, WorkshopInfo(title="t", country=country))
        opened.append(workshop)
        return workshop

    yield create
    for workshop in opened:
        workshop.close()  # closing twice is harmless
