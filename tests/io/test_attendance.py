"""Attendance lists as people keep them: Excel on Windows, French headings, sign-in sheets with gaps."""

from __future__ import annotations

import time

import pytest

from upr_desktop.domain.errors import ImportRejected
from upr_desktop.io.attendance import Attendance, read_attendance


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def names(attendance: Attendance) -> list[str | None]:
    return [p.name for p in attendance.participants]


def test_utf8_csv_with_bom_reads_every_field(tmp_path):
    path = write(tmp_path, "list.csv",
                 "Name,Organisation,Thematic focus,Email,Consent,Alias\n"
                 "Amina Diallo,Women's Rights Forum,Gender equality,amina@wrf.example,yes,\n"
                 "Tomás Ñúñez,Demoland Bar Association,Justice,+1 555 0100,no,Tom\n",
                 encoding="utf-8-sig")
    att = read_attendance(path)
    assert att.rows_read == 2 and not att.skipped and not att.duplicates
    amina, tomas = att.participants
    assert amina.name == "Amina Diallo"  # the BOM is not glued to the first heading
    assert amina.organisation == "Women's Rights Forum" and amina.thematic_focus == "Gender equality"
    assert amina.contact == "amina@wrf.example" and amina.consent_named is True
    assert tomas.name == "Tomás Ñúñez" and tomas.alias == "Tom" and tomas.consent_named is False
    assert tomas.contact == "+1 555 0100"
    assert att.message() == "Found 2 participants in list.csv."


def test_windows_1252_csv_keeps_accents(tmp_path):
    path = write(tmp_path, "excel.csv",
                 "Name,Organization\r\nRené Lefèvre,Ligue des droits\r\nZoë Müller,Café Citoyen\r\n",
                 encoding="cp1252")
    att = read_attendance(path)
    assert names(att) == ["René Lefèvre", "Zoë Müller"]
    assert att.participants[1].organisation == "Café Citoyen"


def test_semicolon_csv_with_french_headings(tmp_path):
    path = write(tmp_path, "presence.csv",
                 "Nom;Organisme;Thématique;Téléphone;Peut être nommé;Pseudonyme\n"
                 "Awa Koné;Réseau des femmes;Santé;+225 07 00 00;oui;\n"
                 "Jean Dupont;Ligue; Justice ;;non;\n")
    att = read_attendance(path)
    awa, jean = att.participants
    assert (awa.name, awa.organisation, awa.thematic_focus, awa.contact, awa.consent_named) == (
        "Awa Koné", "Réseau des femmes", "Santé", "+225 07 00 00", True)
    assert jean.thematic_focus == "Justice" and jean.consent_named is False and jean.contact is None


def test_spanish_headings_and_consent_words(tmp_path):
    path = write(tmp_path, "asistencia.csv",
                 "Nombre,Organización,Temática,Correo electrónico,Consentimiento\n"
                 "Lucía Pérez,Red de Mujeres,Género,lucia@red.example,Sí\n"
                 "Mateo Ruiz,Red de Mujeres,,,x\n"
                 "Ana Gil,Red de Mujeres,,,\n")
    att = read_attendance(path)
    assert [p.consent_named for p in att.participants] == [True, True, False]
    assert att.participants[0].organisation == "Red de Mujeres"
    assert att.participants[0].contact == "lucia@red.example"


def test_first_and_last_name_columns_are_joined(tmp_path):
    path = write(tmp_path, "split.csv",
                 "First name,Last name,Organisation\n"
                 "Amina,Diallo,WRF\n"
                 ",Okafor,WRF\n"
                 "Chen,,WRF\n")
    att = read_attendance(path)
    assert names(att) == ["Amina Diallo", "Okafor", "Chen"]


def test_surname_and_given_name_columns_in_french_and_spanish(tmp_path):
    french = write(tmp_path, "fr.csv", "Nom;Prénom;Organisation\nDupont;Jean;Ligue\nKoné;Awa;Réseau\n")
    assert names(read_attendance(french)) == ["Jean Dupont", "Awa Koné"]
    spanish = write(tmp_path, "es.csv", "Nombre,Apellidos,Organización\nLucía,Pérez Gil,Red\n")
    assert names(read_attendance(spanish)) == ["Lucía Pérez Gil"]
    full = write(tmp_path, "all.csv", "Name,First name,Last name\nAmina Diallo,Amina,Diallo\n,Kofi,Mensah\n")
    assert names(read_attendance(full)) == ["Amina Diallo", "Kofi Mensah"]


def test_empty_names_are_listed_alias_only_rows_are_anonymous(tmp_path):
    path = write(tmp_path, "gaps.csv",
                 "Name,Organisation,Contact,Alias\n"
                 "Amina Diallo,WRF,,\n"
                 ",,,\n"  # wholly empty: ignored silently
                 ",Some Org,someone@example.org,\n"  # content but nobody: skipped and listed
                 ",Hidden Org,secret@example.org,Blue Bird\n"  # alias only: kept, but nothing identifying
                 "  ,,,\n")
    att = read_attendance(path)
    assert att.rows_read == 3
    assert att.skipped == ["Row 4 has no name and was left out."]
    assert len(att.participants) == 2
    bird = att.participants[1]
    assert bird.anonymous and bird.alias == "Blue Bird"
    assert bird.organisation is None and bird.contact is None and bird.consent_named is False
    assert "1 row had no name or alias and was left out" in att.message()


def test_duplicates_within_the_file_are_counted_once_and_named(tmp_path):
    path = write(tmp_path, "dups.csv",
                 "Name,Organisation\n"
                 "Amina Diallo,Women's Rights Forum\n"
                 "Amina Diallo,Demoland Bar Association\n"  # same name, other organisation: someone else
                 "Kofi Mensah,\n"
                 "  amina   DIALLO , women's rights forum \n"
                 "kofi mensah,\n")
    att = read_attendance(path)
    assert names(att) == ["Amina Diallo", "Amina Diallo", "Kofi Mensah"]
    assert att.duplicates == ["Row 5 repeats row 2 (Amina Diallo, Women's Rights Forum).",
                              "Row 6 repeats row 4 (Kofi Mensah)."]
    assert "2 rows repeated someone listed earlier" in att.message()


def test_xlsx_with_title_rows_above_the_table(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Attendance — UPR follow-up, 12 March"])
    sheet.append([])
    sheet.append(["Full name", "Organization", "Focus", "Phone", "May be named"])
    sheet.append(["Amina Diallo", "WRF", "Gender", 5550100, True])
    sheet.append(["Kofi Mensah", "Bar Association", None, None, False])
    sheet.append([None, None, None, None, None])
    sheet.append(["Chen Li", "Youth Voices", "Education", None, 1])
    path = tmp_path / "attendance.xlsx"
    book.save(path)
    att = read_attendance(path)
    assert names(att) == ["Amina Diallo", "Kofi Mensah", "Chen Li"]
    assert [p.consent_named for p in att.participants] == [True, False, True]
    assert att.participants[0].contact == "5550100"  # Excel's number, not "5550100.0"
    assert att.rows_read == 3 and not att.skipped


def test_xlsx_sheet_with_names_is_chosen_over_a_cover_sheet(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["Workshop", "Date"])
    cover.append(["UPR follow-up", "2025-03-12"])
    people = book.create_sheet("Participants")
    people.append(["Nom", "Organisation"])
    people.append(["Awa Koné", "Réseau"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    assert names(read_attendance(path)) == ["Awa Koné"]


@pytest.mark.parametrize("content, name, words", [
    (b"", "empty.csv", "is empty"),
    (b"%PDF-1.7\n" + bytes(range(256)) * 10, "list.csv",
     "is a PDF document, not a table of participants, even if its name says otherwise"),
    (b"%PDF-1.7\n" + bytes(range(256)) * 10, "list.pdf", "is a PDF document, not a table of participants. Save"),
])
def test_unusable_files_are_refused_in_plain_words(tmp_path, content, name, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as refused:
        read_attendance(path)
    assert words in refused.value.message


def test_word_document_is_refused(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Amina Diallo")
    path = tmp_path / "list.docx"
    document.save(path)
    with pytest.raises(ImportRejected, match="Word document, not a table of participants"):
        read_attendance(path)


def test_no_column_of_names_is_refused_naming_the_headings(tmp_path):
    path = write(tmp_path, "orgs.csv", "Organisation,Email\nWRF,info@wrf.example\n")
    with pytest.raises(ImportRejected) as refused:
        read_attendance(path)
    message = refused.value.message
    assert "has no column of names" in message and "“Organisation”, “Email”" in message
    assert "Name the column “Name”" in message


def test_legacy_xls_is_read_through_the_same_workbook_reader(shared_data):
    # The only .xls at hand is a UPR Info export: read, and refused for what it is, not for its format.
    with pytest.raises(ImportRejected) as refused:
        read_attendance(shared_data / "uprinfo_export_sessions1-5_original.xls")
    assert "has no column of names. Its headings are “SuR”, “Rgrp”, “Org”, “Recommendation”" in \
        refused.value.message
    assert "more. Name the column “Name”" in refused.value.message


def test_headings_only_or_no_names_at_all_are_refused(tmp_path):
    with pytest.raises(ImportRejected, match="no rows of people"):
        read_attendance(write(tmp_path, "headings.csv", "Name,Organisation\n"))
    with pytest.raises(ImportRejected, match="none of its 2 rows has a name or alias"):
        read_attendance(write(tmp_path, "nobody.csv", "Name,Organisation\n,WRF\n,Bar\n"))


def test_ten_thousand_rows_read_quickly(tmp_path):
    rows = "\n".join(f"Person {n},Organisation {n % 40},Theme {n % 7},p{n}@example.org,{'yes' if n % 2 else ''}"
                     for n in range(10_000))
    path = write(tmp_path, "big.csv", "Name,Organisation,Focus,Email,Consent\n" + rows + "\n")
    start = time.perf_counter()
    att = read_attendance(path)
    elapsed = time.perf_counter() - start
    assert len(att.participants) == 10_000 and att.rows_read == 10_000
    assert att.participants[-1].name == "Person 9999" and att.participants[-1].consent_named is True
    assert elapsed < 2.0, f"10,000 rows took {elapsed:.2f} s"


def test_imported_into_a_workshop_through_the_ops_layer(tmp_path, demo_workshop):
    path = write(tmp_path, "list.csv", "Name,Organisation\nAmina Diallo,WRF\nKofi Mensah,Bar\n")
    att = read_attendance(path)
    before = len(demo_workshop.participants())
    summary, change = demo_workshop.import_participants(att.participants, source_file=att.source_file)
    assert summary.added == 2 and change is not None
    added = [demo_workshop.participant(i) for i in summary.added_ids]
    assert [(p.name, p.organisation) for p in added] == [("Amina Diallo", "WRF"), ("Kofi Mensah", "Bar")]
    assert len(demo_workshop.participants()) == before + 2
    again, _ = demo_workshop.import_participants(read_attendance(path).participants, source_file="list.csv")
    assert again.added == 0 and again.already_registered == 2
