"""UHRI exports, as .xlsx (16 columns) and .json (arrays), written realistically in tmp_path."""

from __future__ import annotations

import json

import pytest

from upr_desktop.domain.errors import ImportRejected
from upr_desktop.domain.recommendation import Response
from upr_desktop.io.importers import detect_format, read_source


def check_slovenia_rows(parsed):
    first, second, treaty_body = parsed.recommendations
    assert first.reference == "140.7"
    assert first.text == ("Ratify the Optional Protocol to the International Covenant on Economic, Social and "
                          "Cultural Rights")
    assert first.country == "Slovenia" and first.states == ("Maldives", "Portugal")
    assert first.response is Response.SUPPORTED and second.response is Response.NOTED
    assert first.themes == ("Ratification of & accession to international instruments",
                            "Economic, social & cultural rights - general measures of implementation")
    assert first.affected_persons == ("Public officials",)
    assert first.sdgs == ("1", "16")
    assert first.session == 48 and first.cycle == 4
    assert first.document_symbol == "A/HRC/59/15"
    assert second.states == ("Estonia",) and second.affected_persons == ("Journalists", "Media")
    assert second.themes == ("Freedom of opinion & expression", "Children: definition; general principles; protection")
    assert treaty_body.extra["body"] == "CERD" and treaty_body.states == () and treaty_body.session is None
    assert parsed.countries == {"Slovenia": 3}
    assert any("1 of these rows come from mechanisms other than the UPR (CERD)" in n for n in parsed.notes)


def test_uhri_xlsx(uhri_xlsx):
    assert detect_format(uhri_xlsx) == "uhri"
    parsed = read_source(uhri_xlsx)
    assert parsed.format == "uhri"
    check_slovenia_rows(parsed)
    assert parsed.rows_read == 4 and parsed.skipped == [(4, "No recommendation text in the “Text” column.")]
    first = parsed.recommendations[0]
    assert first.source_row == 2
    assert first.extra["published"] == "2025-06-16"  # Excel serial 45824
    assert first.extra["annotation_id"] == "3f6c1a2e-7b8d-4c1e-9a0b-1d2e3f4a5b6c"


def test_uhri_xlsx_spelled_correctly_and_uppercase_position(tmp_path, xlsx, uhri_table):
    columns, rows = uhri_table
    columns = [c.replace("Reccomending", "Recommending") for c in columns]
    rows[0][9] = "- SUPPORTED"
    path = xlsx(tmp_path / "uhri_2026.xlsx", [columns, *rows], sheet="Export")
    assert detect_format(path) == "uhri"
    parsed = read_source(path)
    check_slovenia_rows(parsed)


def test_uhri_session_must_be_a_number(tmp_path, xlsx, uhri_table):
    columns, rows = uhri_table
    rows[1][12] = "abc"
    with pytest.raises(ImportRejected) as raised:
        read_source(xlsx(tmp_path / "bad.xlsx", [columns, *rows]))
    assert (raised.value.row, raised.value.column) == (3, "UPR Session")


def _json_records():
    return [
        {"Text": "140.7 Ratify the Optional Protocol to the International Covenant on Economic, Social and "
                 "Cultural Rights",
         "CountriesConcerned": [{"Name": "Slovenia", "Code": "SVN"}], "Body": "UPR",
         "Symbol": "A/HRC/59/15",
         "Themes": ["Ratification of & accession to international instruments",
                    "Economic, social & cultural rights - general measures of implementation"],
         "AffectedPersons": ["Public officials"], "Sdgs": ["1 - NO POVERTY", "16 - PEACE, JUSTICE AND STRONG "
                                                                               "INSTITUTIONS"],
         "UprRecommendingCountry": [{"name": "Maldives"}, {"name": "Portugal"}], "UprPositions": ["Supported"],
         "UprSession": [48], "UprCycle": "4th cycle", "AnnotationId": "3f6c1a2e", "PublicationDate": 45824},
        {"text": "140.110 Decriminalize defamation and move it to the civil code (Estonia)",
         "countriesConcerned": ["Slovenia"], "body": "UPR", "symbol": "A/HRC/59/15",
         "themes": ["Freedom of opinion & expression", "Children: definition; general principles; protection"],
         "affectedPersons": ["Journalists", "Media"],
         "sdgs": [16], "uprRecommendingCountry": ["Estonia"], "uprPositions": [{"Name": "Noted"}],
         "uprSession": ["48"], "uprCycle": 4, "annotationId": "9b1d2c3e"},
        {"Text": "", "CountriesConcerned": ["Slovenia"], "Body": "UPR"},
        {"Text": "The Committee recommends that the State party strengthen its efforts to combat hate speech "
                 "against Roma.", "CountriesConcerned": ["Slovenia"], "Body": "CERD",
         "Symbol": "CERD/C/SVN/CO/12-14", "Themes": ["Racial discrimination"], "AffectedPersons": ["Roma"],
         "Sdgs": [], "UprRecommendingCountry": [], "UprPositions": [], "UprSession": [], "UprCycle": None},
    ]


@pytest.mark.parametrize("wrap", [lambda r: r, lambda r: {"data": r}, lambda r: {"total": 4, "results": r}])
def test_uhri_json_any_key_case_and_wrapper(tmp_path, wrap):
    path = tmp_path / "uhri.json"
    path.write_text(json.dumps(wrap(_json_records()), ensure_ascii=False), encoding="utf-8")
    assert detect_format(path) == "uhri"
    parsed = read_source(path)
    check_slovenia_rows(parsed)
    assert parsed.skipped == [(3, "No recommendation text in the “Text” column.")]
    assert parsed.recommendations[1].cycle == 4 and parsed.recommendations[1].sdgs == ("16",)
    assert parsed.recommendations[0].extra["published"] == "2025-06-16"


def test_uhri_json_with_bom_and_no_extension(tmp_path):
    path = tmp_path / "download"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_json_records()).encode("utf-8"))
    assert detect_format(path) == "uhri"
    assert len(read_source(path).recommendations) == 3


def test_broken_json_is_refused(tmp_path):
    path = tmp_path / "uhri.json"
    path.write_text(json.dumps(_json_records())[:500], encoding="utf-8")
    with pytest.raises(ImportRejected, match=r"“uhri.json” is not valid JSON \(line 1, column \d+\); perhaps the "
                                             "download was cut short"):
        read_source(path)
    path.write_text(json.dumps({"message": "no results"}), encoding="utf-8")
    with pytest.raises(ImportRejected, match="holds no list of recommendations"):
        read_source(path)
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(ImportRejected, match="No recommendations found"):
        read_source(path)
