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
    # One State, one name: the list's "Bolivarian Republic of Venezuela" is the UN's current name.
    assert rec.states == ("Venezuela (Bolivarian Republic of)", "Côte d'Ivoire")
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


# --- cycle-3 themes cells, several States' wordings, and the UN's names for States -------------------

@pytest.mark.parametrize("text, expected", [
    ("Ratify the 1961 Convention (Portugal, Slovakia);", ("Ratify the 1961 Convention", ["Portugal", "Slovakia"])),
    ("Complete the ratification of the Convention on Enforced Disappearance (Ukraine); Increase efforts towards "
     "ratification of the Convention on Enforced Disappearance (Slovakia);",
     ("Complete the ratification of the Convention on Enforced Disappearance (Ukraine); Increase efforts towards "
      "ratification of the Convention on Enforced Disappearance (Slovakia)", ["Ukraine", "Slovakia"])),
    ("Accede to the Convention (the former Yugoslav Republic of Macedonia) (Swaziland) (Turkey);",
     ("Accede to the Convention", ["North Macedonia", "Eswatini", "Türkiye"])),
    ("Protect migrants (Czech Republic); Protect refugees (Cape Verde) (Kingdom of the Netherlands);",
     ("Protect migrants (Czech Republic); Protect refugees (Cape Verde) (Kingdom of the Netherlands)",
      ["Czechia", "Cabo Verde", "Netherlands (Kingdom of the)"])),
    # A bracket inside a wording that names no State is left alone.
    ("Implement the plan (2021-2025); adopt the law (Holy See);",
     ("Implement the plan (2021-2025); adopt the law", ["Holy See"])),
])
def test_several_states_in_one_paragraph_or_bracket(text, expected):
    assert split_states(text) == expected


def test_un_states_list_is_complete_and_knows_former_names():
    from upr_desktop.io.un_states import find_state, un_states

    states = un_states()
    assert sum(s.status == "member" for s in states) == 193
    assert {s.name for s in states if s.status == "observer"} == {"Holy See", "State of Palestine"}
    assert len({s.iso3 for s in states}) == len(states) == 195
    for former, current in [("Turkey", "Türkiye"), ("Türkiye", "Türkiye"), ("Swaziland", "Eswatini"),
                            ("the former Yugoslav Republic of Macedonia", "North Macedonia"),
                            ("Czech Republic", "Czechia"), ("Cote d’Ivoire", "Côte d'Ivoire"),
                            ("Cape Verde", "Cabo Verde"), ("Bolivarian Republic of Venezuela",
                                                           "Venezuela (Bolivarian Republic of)"),
                            ("Plurinational State of Bolivia", "Bolivia (Plurinational State of)"),
                            ("Libyan Arab Jamahiriya", "Libya"), ("Palestine", "State of Palestine")]:
        assert find_state(former).name == current, former
    assert find_state("Niger").name == "Niger" and find_state("Nigeria").name == "Nigeria"
    assert find_state("Kingdom of Atlantis") is None


def test_cycle3_sdgs_in_the_themes_cell_go_to_the_sdg_facet(tmp_path):
    path = _thematic_list(
        tmp_path / "slovenia_2019.docx",
        ["Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"],
        [
            "Theme: Acceptance of international norms",
            ["121.2 Complete the process of ratification of the International Convention for the Protection of All "
             "Persons from Enforced Disappearance (Ukraine); Increase efforts towards ratification of the "
             "International Convention for the Protection of All Persons from Enforced Disappearance (Slovakia);\n"
             "Source of Position: A/HRC/43/15 - Para 121",
             "Supported",
             "- Acceptance of international norms\n- Enforced disappearances\nSDGs: \n"
             "- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\n- 5 - GENDER EQUALITY\nAffected persons: \n"
             "- Disappeared persons", ""],
        ],
        title="UPR of Slovenia (3rd Cycle - 34th Session)",
    )
    (rec,) = read_source(path).recommendations
    assert rec.themes == ("Acceptance of international norms", "Enforced disappearances")
    assert rec.sdgs == ("16", "5")
    assert rec.affected_persons == ("Disappeared persons",)
    assert rec.states == ("Ukraine", "Slovakia")
    assert rec.text.startswith("Complete the process") and rec.text.endswith("Enforced Disappearance (Slovakia)")


@pytest.mark.parametrize("name, count, session", [("ohchr_upr34_slovenia_thematic_list_2019.docx", 215, 34),
                                                  ("ohchr_upr48_slovenia_thematic_list_2025.docx", 254, 48)])
def test_real_slovenia_lists_from_two_cycles(shared_data, name, count, session):
    import re

    from upr_desktop.io.un_states import find_state

    parsed = read_source(shared_data / name)
    recs = parsed.recommendations
    assert len(recs) == count and not parsed.skipped
    assert {r.session for r in recs} == {session}
    for rec in recs:
        assert rec.states, rec.reference
        assert all(find_state(s) is not None and find_state(s).name == s for s in rec.states), rec.states
        assert not any(t.upper().startswith("SDG") or re.match(r"\d{1,2}\s*-\s", t) for t in rec.themes), rec.themes
    assert not any("kept as written" in note for note in parsed.notes)
    # Cycle 3 had the SDG lines in the themes cell of 202 recommendations; cycle 4 has its own column.
    assert (sum(1 for r in recs if r.sdgs), sum(len(r.sdgs) for r in recs)) == {34: (202, 317), 48: (254, 412)}[session]
    if session == 34:
        both = next(r for r in recs if r.reference == "121.2")
        assert both.states == ("Ukraine", "Slovakia") and both.sdgs == ("16",)
        three = next(r for r in recs if "(Niger);" in r.text)
        assert three.states == ("Indonesia", "Niger", "Philippines")
