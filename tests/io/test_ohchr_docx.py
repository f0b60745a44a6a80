"""OHCHR thematic lists: the current 4-column layout and the older one, built with python-docx in tmp_path."""

from __future__ import annotations

import docx
import pytest

from upr_desktop.domain.recommendation import Response
from upr_desktop.io.importers import detect_format, read_source
from upr_desktop.io.importers.ohchr_docx import split_states


@pytest.mark.parametrize("text, expected", [
    ("Ratify OPCAT (Maldives) (Portugal);", ("Ratify OPCAT", ["Maldives", "Portugal"])),
    ("Implement the recommendations of the Committee on the Elimination of Discrimination against Women (CEDAW) "
     "on domestic violence (Iceland);",
     ("Implement the recommendations of the Committee on the Elimination of Discrimination against Women (CEDAW) "
      "on domestic violence", ["Iceland"])),
    ("Adopt measures for women in the digital sector (Venezuela (Bolivarian Republic of));",
     ("Adopt measures for women in the digital sector", ["Venezuela (Bolivarian Republic of)"])),
    ("Ratify the Optional Protocol to the Convention against Torture (OPCAT) (Denmark) (Estonia);",
     ("Ratify the Optional Protocol to the Convention against Torture (OPCAT)", ["Denmark", "Estonia"])),
    ("Strengthen measures to reduce statelessness (Iraq).", ("Strengthen measures to reduce statelessness", ["Iraq"])),
    ("Adopt the national action plan (2021-2025);", ("Adopt the national action plan (2021-2025)", [])),
    ("Ensure access to justice for all", ("Ensure access to justice for all", [])),
])
def test_only_the_trailing_brackets_are_states(text, expected):
    assert split_states(text) == expected


def _thematic_list(path, header, rows, title=None, heading_in_page_header=None):
    document = docx.Document()
    if heading_in_page_header:
        document.sections[0].header.paragraphs[0].text = heading_in_page_header
    if title:
        document.add_paragraph(title)
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):  # a "Theme:" heading spanning the table
            merged = cells[0].merge(cells[-1])
            merged.text = row
        else:
            for cell, text in zip(cells, row):
                cell.text = text
    document.save(path)
    return path


def test_older_layout_with_full_list_of_themes(tmp_path):
    path = _thematic_list(
        tmp_path / "mongolia_matrix.docx",
        ["Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"],
        [
            "Theme: A12 Acceptance of international norms",
            ["107.1 Ratify the Optional Protocol to the Convention against Torture (OPCAT) (Denmark) (Estonia);\n"
             "Source of position: A/HRC/30/6/Add.1",
             "Supported",
             "A12 Acceptance of international norms\nD25 Prohibition of torture and cruel, inhuman or degrading "
             "treatment\nAffected persons:\n- persons deprived of their liberty",
             "Partially implemented: bill before Parliament"],
            ["", "Noted", "A12 Acceptance of international norms", ""],
            "Theme: D25 Prohibition of torture and cruel, inhuman or degrading treatment",
            ["107.45 Implement the recommendations of the Committee on the Elimination of Discrimination against "
             "Women (CEDAW) on violence against women (Iceland);\nSource of position: A/HRC/30/6/Add.1",
             "Noted", "D25 Prohibition of torture and cruel, inhuman or degrading treatment\nF12 Discrimination "
             "against women\nAffected persons:\n- women", ""],
        ],
        title="UPR of Mongolia (2nd Cycle - 22nd Session)",
    )
    assert detect_format(path) == "ohchr-docx"
    parsed = read_source(path)
    first, second = parsed.recommendations
    assert first.reference == "107.1" and first.states == ("Denmark", "Estonia")
    assert first.text == "Ratify the Optional Protocol to the Convention against Torture (OPCAT)"
    assert first.document_symbol == "A/HRC/30/6/Add.1" and first.response is Response.SUPPORTED
    assert first.themes == ("A12 Acceptance of international norms",
                            "D25 Prohibition of torture and cruel, inhuman or degrading treatment")
    assert first.affected_persons == ("persons deprived of their liberty",)
    assert first.sdgs == ()
    assert first.extra["assessment"] == "Partially implemented: bill before Parliament"
    assert first.country == "Mongolia" and first.session == 22 and first.cycle == 2
    assert first.source_row == 3
    # The heading theme comes first even when the themes cell lists it later.
    assert second.themes == ("D25 Prohibition of torture and cruel, inhuman or degrading treatment",
                             "F12 Discrimination against women")
    assert "(CEDAW) on violence against women" in second.text and second.states == ("Iceland",)
    assert second.response is Response.NOTED
    assert parsed.skipped == [(4, "No recommendation text in the first column.")]
    assert parsed.rows_read == 3
    assert parsed.countries == {"Mongolia": 2}


def test_current_layout_heading_theme_first_and_state_from_page_header(tmp_path):
    path = _thematic_list(
        tmp_path / "kenya.docx",
        ["Recommendation and recommending State", "Position of the State under review",
         "Human rights themes and groups of persons", "Relevant SDGs"],
        [
            "Theme: Right to education",
            ["142.201 Ensure free and compulsory primary education for all children, including refugee children "
             "(Bolivarian Republic of Venezuela) (Côte d'Ivoire);\nSource of Position: A/HRC/44/9/Add.1 - Para.2",
             "Supported",
             "- Children: definition; general principles; protection\n- Right to education\nGroups of Persons: \n"
             "- Children\n- Refugees & asylum seekers",
             "- 4 - QUALITY EDUCATION\n- 10 - REDUCED INEQUALITIES"],
        ],
        heading_in_page_header="UPR of Kenya (3rd Cycle - 35th Session)\t\tThematic list of recommendations",
    )
    (rec,) = read_source(path).recommendations
    assert rec.themes == ("Right to education", "Children: definition; general principles; protection")
    assert rec.states == ("Bolivarian Republic of Venezuela", "Côte d'Ivoire")
    assert rec.affected_persons == ("Children", "Refugees & asylum seekers")
    assert rec.sdgs == ("4", "10") and rec.document_symbol == "A/HRC/44/9/Add.1"
    assert rec.country == "Kenya" and rec.session == 35 and rec.cycle == 3


def test_without_a_named_state_the_country_is_left_for_the_workshop(tmp_path):
    path = _thematic_list(
        tmp_path / "list.docx",
        ["Recommendation and recommending State", "Position of the State under review",
         "Human rights themes and groups of persons", "Relevant SDGs"],
        [["128.3 Ratify the Rome Statute (Liechtenstein);", "Supported", "- Ratification", ""]],
    )
    parsed = read_source(path)
    assert parsed.recommendations[0].country is None and parsed.countries == {}
    assert parsed.recommendations[0].themes == ("Ratification",)
