"""Coalition spreadsheets as CSV: encodings, delimiters, title lines, headings in four languages."""

from __future__ import annotations

import pytest

from upr_desktop.domain.errors import ImportRejected
from upr_desktop.domain.recommendation import Response
from upr_desktop.io.importers import (
    ColumnMapping, NeedsColumnMapping, detect_format, preview_table, read_source,
)
from upr_desktop.io.importers.table import guess_mapping

RUSSIAN = (
    "№;Рекомендация;Рекомендующее государство;Позиция;Тема;Сессия\r\n"
    "1;Ратифицировать Факультативный протокол к Конвенции против пыток;Франция;Поддержана;Пытки;22\r\n"
    "2;Обеспечить независимость судебной системы;Германия;Принята к сведению;Правосудие;22\r\n"
)
FRENCH = (
    "N°;Recommandation;État recommandant;Réponse;Thème\r\n"
    "98.1;Ratifier le protocole facultatif à la Convention contre la torture;Sénégal;Acceptée;Torture\r\n"
    "98.2;Garantir l’égalité des femmes et des hommes dans l’emploi;Côte d'Ivoire;Notée;Droits des femmes\r\n"
)
SPANISH = (
    "Recomendación,Estado recomendante,Respuesta,Sesión\n"
    "\"Garantizar la educación inclusiva, gratuita y de calidad\",España,Aceptada,33\n"
    "Proteger a los defensores de los derechos humanos,Perú,Tomada nota,33\n"
)


def write(path, text: str, encoding: str, bom: bytes = b""):
    path.write_bytes(bom + text.encode(encoding))
    return path


def test_cp1251_russian_semicolons(tmp_path):
    parsed = read_source(write(tmp_path / "mongolia_ru.csv", RUSSIAN, "cp1251"))
    assert parsed.format == "table" and parsed.encoding == "cp1251"
    first, second = parsed.recommendations
    assert first.text == "Ратифицировать Факультативный протокол к Конвенции против пыток"
    assert first.reference == "1" and first.states == ("Франция",) and first.themes == ("Пытки",)
    assert first.response is Response.SUPPORTED and second.response is Response.NOTED
    assert first.session == 22 and first.cycle == 2
    assert any("cp1251" in note for note in parsed.notes)


def test_cp1252_french(tmp_path):
    parsed = read_source(write(tmp_path / "recommandations.csv", FRENCH, "cp1252"))
    assert parsed.encoding == "cp1252"
    first, second = parsed.recommendations
    assert first.reference == "98.1" and first.states == ("Sénégal",)
    assert first.text == "Ratifier le protocole facultatif à la Convention contre la torture"
    assert second.text == "Garantir l’égalité des femmes et des hommes dans l’emploi"
    assert second.states == ("Côte d'Ivoire",) and second.response is Response.NOTED
    assert first.response is Response.SUPPORTED and first.themes == ("Torture",)


def test_utf8_with_bom_spanish_quoted_commas(tmp_path):
    parsed = read_source(write(tmp_path / "es.csv", SPANISH, "utf-8", bom=b"\xef\xbb\xbf"))
    assert parsed.encoding == "utf-8-sig"
    first = parsed.recommendations[0]
    assert first.text == "Garantizar la educación inclusiva, gratuita y de calidad"
    assert first.states == ("España",) and first.session == 33 and first.response is Response.SUPPORTED
    assert preview_table(tmp_path / "es.csv").columns[0] == "Recomendación"  # no BOM left in the heading


def test_utf16_tab_delimited_as_excel_unicode_text(tmp_path):
    text = ("Recommendation\tRecommending State\tResponse\n"
            "Ensure access to justice for women in rural areas\tRepublic of Korea\tSupported\n"
            "Протокол: ратифицировать\tКазахстан\tNoted\n"
            "여성의 권리를 보장하라\tJapan\tSupported\n")
    for encoding in ("utf-16", "utf-16-be"):  # Python's "utf-16" writes a BOM; check BE with a BOM too
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes((b"\xfe\xff" if encoding == "utf-16-be" else b"") + text.encode(encoding))
        parsed = read_source(path)
        assert parsed.encoding == "utf-16"
        assert [r.text for r in parsed.recommendations][1:] == ["Протокол: ратифицировать", "여성의 권리를 보장하라"]
        assert parsed.recommendations[0].states == ("Republic of Korea",)
        assert preview_table(path).delimiter == "\t"


def test_mac_roman_is_told_apart_from_windows(tmp_path):
    mac = "Text,From\rConfer the Provedor de Justiça with a mandate,C\x99te d'Ivoire\r".replace("\x99", "ô")
    path = tmp_path / "mac.csv"
    path.write_bytes(mac.encode("mac_roman"))
    parsed = read_source(path)
    assert parsed.encoding == "mac_roman"
    assert parsed.recommendations[0].text == "Confer the Provedor de Justiça with a mandate"
    assert parsed.recommendations[0].states == ("Côte d'Ivoire",)
    # The same letters from Windows, with Windows line endings, stay cp1252.
    win = tmp_path / "win.csv"
    win.write_bytes(mac.replace("\r", "\r\n").encode("cp1252"))
    assert read_source(win).encoding == "cp1252"


@pytest.mark.parametrize("delimiter", [";", "\t", "|", ","])
def test_delimiters(tmp_path, delimiter):
    rows = [["Recommendation", "State", "Response", "Session"],
            ["Adopt a law on domestic violence, with shelters", "Chile", "Supported", "22"],
            ["Abolish the death penalty; commute sentences", "Norway", "Noted", "22"],
            ["Protect journalists, bloggers and human rights defenders", "Canada", "Supported", "22"]]
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    path = tmp_path / "recs.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    assert preview_table(path).delimiter == delimiter
    parsed = read_source(path)
    assert [r.text for r in parsed.recommendations] == [r[0] for r in rows[1:]]
    assert [r.states for r in parsed.recommendations] == [("Chile",), ("Norway",), ("Canada",)]


def test_header_below_title_lines_and_row_numbers_as_excel_shows_them(tmp_path):
    text = ("UPR recommendations to Mongolia, 2nd cycle;;;\n"
            "Exported by the coalition on 2015-05-02;;;\n"
            ";;;\n"
            "Recommendation;Recommending State;Response;Session\n"
            "Ratify the Optional Protocol to the Convention against Torture;Denmark;Supported;22\n"
            "\"Establish a national preventive mechanism,\n with adequate resources\";Estonia;Supported;22\n"
            ";Estonia;Noted;22\n"
            "Abolish the death penalty;Australia;Noted;22\n")
    path = tmp_path / "mongolia.csv"
    path.write_text(text, encoding="utf-8")
    preview = preview_table(path)
    assert preview.header_row == 4 and preview.delimiter == ";"
    assert preview.columns == ["Recommendation", "Recommending State", "Response", "Session"]
    assert preview.sample_rows[0][1] == "Denmark" and len(preview.sample_rows) == 4
    parsed = read_source(path)
    assert [r.source_row for r in parsed.recommendations] == [5, 6, 8]
    assert parsed.recommendations[1].text == "Establish a national preventive mechanism,\n with adequate resources"
    assert parsed.skipped == [(7, "No recommendation text in the “Recommendation” column.")]
    assert parsed.rows_read == 4 == len(parsed.recommendations) + len(parsed.skipped)


def test_duplicate_column_names_are_told_apart(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("Text,Org,Org,Response,,Org\nEnsure birth registration,AU,EU,Supported,,x\n", encoding="utf-8")
    preview = preview_table(path)
    assert preview.columns == ["Text", "Org", "Org (2)", "Response", "Column 5", "Org (3)"]
    parsed = read_source(path, mapping=ColumnMapping(text="Text", states="Org (2)", country="Org"))
    assert parsed.recommendations[0].states == ("EU",) and parsed.recommendations[0].country == "AU"


def test_unrecognised_headings_ask_for_a_mapping_then_import_with_it(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Col A;Col B;Col C\nBanish child marriage;Sierra Leone;S\nProtect Roma;Hungary;N\n",
                    encoding="utf-8")
    assert detect_format(path) == "table"
    with pytest.raises(NeedsColumnMapping) as raised:
        read_source(path)
    preview = raised.value.preview
    assert preview.columns == ["Col A", "Col B", "Col C"] and preview.guessed.text is None
    assert "recommendation text" in raised.value.message
    parsed = read_source(path, "table", mapping=ColumnMapping(text="Col A", states="Col B", response="Col C"))
    assert [r.response for r in parsed.recommendations] == [Response.SUPPORTED, Response.NOTED]
    assert parsed.recommendations[1].states == ("Hungary",)


@pytest.mark.parametrize("mapping", [ColumnMapping(text=None, states="State"),
                                     ColumnMapping(text="Recommendation text")])
def test_a_mapping_without_the_text_column_is_refused(tmp_path, mapping):
    path = tmp_path / "recs.csv"
    path.write_text("Recommendation,State\nProtect defenders,Ireland\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="The column mapping leaves out the recommendation text"):
        read_source(path, "table", mapping=mapping)


def test_a_mapping_naming_a_missing_column_is_refused(tmp_path):
    path = tmp_path / "recs.csv"
    path.write_text("Recommendation,State\nProtect defenders,Ireland\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="“Country” chosen for the State under review is not in"):
        read_source(path, mapping=ColumnMapping(text="Recommendation", country="Country"))


def test_header_without_rows_finds_no_recommendations(tmp_path):
    path = tmp_path / "empty_table.csv"
    path.write_text("Recommendation;State;Response\n;;\n\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="No recommendations found in “empty_table.csv”"):
        read_source(path)


def test_non_numeric_session_names_the_row_and_column(tmp_path):
    path = tmp_path / "sessions.csv"
    path.write_text("Recommendation,Session\nRatify OPCAT,22\nAbolish the death penalty,abc\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as raised:
        read_source(path)
    assert raised.value.row == 3 and raised.value.column == "Session"
    assert "“abc” is not a valid session number" in raised.value.message
    assert "(row 3, column “Session”)" in raised.value.message


def test_numbers_people_write_are_accepted(tmp_path):
    path = tmp_path / "sessions.csv"
    path.write_text("Recommendation,Session,Cycle,Action\nA,22,2nd cycle,4\nB,Session 41,4,5.0\nC,48th,,\n",
                    encoding="utf-8")
    recs = read_source(path).recommendations
    assert [(r.session, r.cycle, r.action_category) for r in recs] == [(22, 2, 4), (41, 4, 5), (48, 4, None)]


def test_action_category_out_of_range_is_refused(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Recommendation,Action\nRatify OPCAT,7\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="from 1 .* to 5") as raised:
        read_source(path)
    assert raised.value.row == 2


def test_guessed_mapping_in_four_languages():
    assert guess_mapping(["Recommendation", "Recommending State(s)", "Position", "Issue", "SDGs", "SuR"]) == \
        ColumnMapping(text="Recommendation", states="Recommending State(s)", response="Position", themes="Issue",
                      sdgs="SDGs", country="SuR")
    french = guess_mapping(["Numéro", "Texte de la recommandation", "États recommandants", "Réponse", "ODD"])
    assert (french.reference, french.text, french.states, french.response, french.sdgs) == \
        ("Numéro", "Texte de la recommandation", "États recommandants", "Réponse", "ODD")
    spanish = guess_mapping(["Recomendación", "Estado recomendante", "Posición", "Tema", "País"])
    assert (spanish.text, spanish.states, spanish.response, spanish.themes, spanish.country) == \
        ("Recomendación", "Estado recomendante", "Posición", "Tema", "País")
    russian = guess_mapping(["Текст рекомендации", "Рекомендующие государства", "Ответ", "Темы", "Сессия"])
    assert (russian.text, russian.states, russian.response, russian.themes, russian.session) == \
        ("Текст рекомендации", "Рекомендующие государства", "Ответ", "Темы", "Сессия")
    # "Recommendation number" is the reference, not the text.
    numbered = guess_mapping(["Recommendation number", "Recommendation text"])
    assert numbered.reference == "Recommendation number" and numbered.text == "Recommendation text"


def test_xlsx_table_with_title_rows_and_a_bad_session(tmp_path, xlsx):
    write_xlsx = xlsx
    rows = [["Recommendation", "State under review", "Recommending State", "Response", "Session", "SDGs"],
            ["115.3 Ratify the Optional Protocol to the CRC on a communications procedure", "Kenya", "Portugal",
             "Supported", 35, "4, 16"],
            [None, "Kenya", "Chile", "Noted", 35, None],
            ["Adopt the Marriage Bill", "Kenya", "Canada", "Noted", "thirty-five", None]]
    path = write_xlsx(tmp_path / "kenya.xlsx", rows, title_rows=[["Kenya: UPR recommendations (3rd cycle)"], []])
    preview = preview_table(path)
    assert preview.header_row == 3 and preview.sheet == "Sheet1" and preview.encoding is None
    assert preview.guessed.country == "State under review" and preview.guessed.sdgs == "SDGs"
    with pytest.raises(ImportRejected) as raised:
        read_source(path)
    assert (raised.value.row, raised.value.column) == (6, "Session")
    rows[3][4] = 35
    parsed = read_source(write_xlsx(tmp_path / "kenya2.xlsx", rows,
                                    title_rows=[["Kenya: UPR recommendations (3rd cycle)"], []]))
    first = parsed.recommendations[0]
    assert first.reference == "115.3" and first.text.startswith("Ratify the Optional Protocol")
    assert first.sdgs == ("4", "16") and first.session == 35 and first.cycle == 3 and first.source_row == 4
    assert parsed.skipped == [(5, "No recommendation text in the “Recommendation” column.")]
    assert parsed.countries == {"Kenya": 2}
