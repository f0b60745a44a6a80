"""The real exports in ../shared/data, read end to end and imported into real workshop files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from upr_desktop.domain.recommendation import Response
from upr_desktop.domain.workshop import ALL_COUNTRIES
from upr_desktop.io.importers import detect_format, read_source

CSV = "uprinfo_export_sessions18-20_2014.csv"
XLS = "uprinfo_export_sessions1-5_original.xls"
DOCX = "ohchr_upr48_slovenia_thematic_list_2025.docx"


SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.fixture(scope="module")
def sessions_18_20():
    return read_source(SHARED_DATA / CSV)


def test_detects_each_real_format(shared_data):
    assert detect_format(shared_data / CSV) == "uprinfo"
    assert detect_format(shared_data / XLS) == "uprinfo"
    assert detect_format(shared_data / DOCX) == "ohchr-docx"


def test_uprinfo_csv_every_row_accounted_for(shared_data):
    progress = []
    parsed = read_source(shared_data / CSV, progress=lambda done, total: progress.append((done, total)))
    assert parsed.format == "uprinfo"
    assert parsed.rows_read == 7984
    assert len(parsed.recommendations) + len(parsed.skipped) == 7984
    assert len(parsed.countries) == 42
    assert sum(parsed.countries.values()) == len(parsed.recommendations)
    responses = Counter(r.response for r in parsed.recommendations)
    assert responses == {Response.SUPPORTED: 6094, Response.NOTED: 1890}
    size = (shared_data / CSV).stat().st_size
    assert progress[-1] == (size, size)  # progress is in bytes for CSV

    # Mac Roman, not the Latin-1 DOMAIN.md announces: 0x8d is ç, 0x99 is ô.
    assert parsed.encoding == "mac_roman"
    assert any("Mac Roman" in note for note in parsed.notes)
    texts = "\n".join(r.text for r in parsed.recommendations)
    assert "Provedor de Justiça" in texts
    assert "Côte d'Ivoire" in texts
    assert "République démocratique" in texts
    assert "\ufffd" not in texts

    first = parsed.recommendations[0]
    assert first.source_row == 2  # the header is row 1
    assert first.country == "Afghanistan" and first.states == ("Ethiopia",)
    assert first.session == 18 and first.cycle == 2 and first.action_category == 4
    assert first.text == "To further build up on its effort to fully protect human rights in the country"
    assert first.source_file == CSV
    # Issues are joined by "," with no space.
    multi = next(r for r in parsed.recommendations if len(r.themes) > 2)
    assert all("," not in theme for theme in multi.themes)
    assert {r.session for r in parsed.recommendations} == {18, 19, 20}
    assert {r.action_category for r in parsed.recommendations} == {1, 2, 3, 4, 5}


def test_uprinfo_xls_with_duplicate_column_names(shared_data):
    parsed = read_source(shared_data / XLS)
    assert parsed.format == "uprinfo"
    assert parsed.rows_read == 6094 and len(parsed.recommendations) == 6094 and not parsed.skipped
    responses = Counter(r.response for r in parsed.recommendations)
    assert responses == {Response.SUPPORTED: 4087, Response.NOTED: 2007}
    first = parsed.recommendations[0]
    assert first.country == "Afghanistan" and first.states == ("Austria",)  # SuR and RS, not the repeated Org
    assert first.themes == ("Rights of the Child", "Women's rights")
    assert first.session == 5 and first.cycle == 1 and first.action_category == 5
    assert first.source_row == 2
    assert parsed.recommendations[-1].source_row == 6095
    assert all(isinstance(r.themes, tuple) for r in parsed.recommendations)
    assert max(len(r.themes) for r in parsed.recommendations) >= 3
    assert {r.session for r in parsed.recommendations} <= {1, 2, 3, 4, 5}
    assert len(parsed.countries) == 80


def test_slovenia_thematic_list(shared_data):
    parsed = read_source(shared_data / DOCX)
    recs = parsed.recommendations
    assert parsed.format == "ohchr-docx"
    assert len(recs) == 254 and parsed.rows_read == 254 and not parsed.skipped
    assert Counter(r.response for r in recs) == {Response.SUPPORTED: 217, Response.NOTED: 37}
    # 53 "Theme:" heading rows; some themes head two groups, so 43 different names.
    groups = sum(1 for before, rec in zip([None, *recs], recs) if before is None or before.themes[0] != rec.themes[0])
    assert groups == 53
    assert len({r.themes[0] for r in recs}) == 43
    assert any("53 theme headings" in note for note in parsed.notes)
    assert parsed.countries == {"Slovenia": 254}

    rec = next(r for r in recs if r.reference == "140.7")
    assert rec.text == ("Ratify the Optional Protocol to the International Covenant on Economic, Social and "
                        "Cultural Rights")
    assert rec.states == ("Maldives", "Portugal")
    assert rec.document_symbol == "A/HRC/59/15/Add.1"
    assert rec.response is Response.SUPPORTED
    assert rec.themes == ("Ratification of & accession to international instruments",
                          "Economic, social & cultural rights - general measures of implementation")
    assert rec.affected_persons == ("Public officials",)
    assert rec.sdgs == ("1", "2", "3", "4", "5", "6", "7", "8")
    assert rec.session == 48 and rec.cycle == 4
    assert rec.source_row == 3  # table row: header 1, "Theme:" heading 2

    venezuela = next(r for r in recs if r.reference == "140.167")
    assert venezuela.states == ("Venezuela (Bolivarian Republic of)",)
    assert venezuela.text.endswith("such as the digital sector")
    assert all(r.reference and r.document_symbol and r.states for r in recs)
    assert not any(r.text.endswith((";", ")")) or "Source of Position" in r.text for r in recs)
    children = "Children: definition; general principles; protection"  # an OHCHR theme with semicolons
    assert any(r.themes[0] == children for r in recs)
    assert not {"general principles", "protection"} & {t for r in recs for t in r.themes}
    theme = next(r for r in recs if r.reference == "140.55").themes[0]
    assert theme == "International criminal & humanitarian law (including crimes against humanity, war crimes, " \
                    "genocide)"


def test_csv_into_coalition_workshop_then_again_adds_nothing(shared_data, workshop_factory, sessions_18_20):
    workshop = workshop_factory(ALL_COUNTRIES)
    summary, change = workshop.import_recommendations(sessions_18_20.recommendations, source_file=CSV,
                                                      format="uprinfo", country=ALL_COUNTRIES)
    assert summary.added + summary.duplicates == 7984
    assert workshop.count() == summary.added
    again, _ = workshop.import_recommendations(sessions_18_20.recommendations, source_file=CSV,
                                               format="uprinfo", country=ALL_COUNTRIES)
    assert again.added == 0 and again.duplicates == 7984
    assert workshop.count() == summary.added
    assert len(workshop.imports()) == 1  # an import that adds nothing leaves no trace


def test_workshop_country_picks_its_recommendations_from_a_multi_country_file(workshop_factory, sessions_18_20):
    workshop = workshop_factory("Afghanistan")
    summary, _ = workshop.import_recommendations(sessions_18_20.recommendations, source_file=CSV,
                                                 format="uprinfo")
    assert summary.country == "Afghanistan"
    assert summary.added + summary.duplicates == sessions_18_20.countries["Afghanistan"] == 224
    assert summary.other_countries == 7984 - 224
    assert workshop.country_values() == [("Afghanistan", summary.added)]
