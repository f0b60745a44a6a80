"""Files that cannot be imported are refused with a plain reason; big files stream, report progress and cancel."""

from __future__ import annotations

import os
import random
import shutil
import time

import pytest

from upr_desktop.domain.errors import ImportCancelled, ImportRejected
from upr_desktop.io import importers
from upr_desktop.io.importers import detect_format, preview_table, read_source

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300"
                    "01000005000157a1e2b50000000049454e44ae426082")


def refused(path, match, **kwargs) -> ImportRejected:
    with pytest.raises(ImportRejected, match=match) as raised:
        read_source(path, **kwargs)
    return raised.value


def test_empty_file(tmp_path):
    path = tmp_path / "recommendations.csv"
    path.write_bytes(b"")
    refused(path, r"“recommendations.csv” is empty \(0 bytes\).*Export the recommendations again")
    with pytest.raises(ImportRejected, match="empty"):
        detect_format(path)


def test_missing_file(tmp_path):
    refused(tmp_path / "nowhere.csv", "could not be found")


def test_png_renamed_csv(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(PNG)
    refused(path, "is a PNG image, not a file of recommendations")


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.csv"
    path.write_bytes(random.Random(4).randbytes(20000))
    refused(path, "holds binary data. Export the recommendations as CSV or Excel")
    with pytest.raises(ImportRejected, match="binary"):
        preview_table(path)


def test_random_bytes_without_nul(tmp_path):
    rng = random.Random(5)
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(20000)))
    refused(path, "binary data")


def test_truncated_xlsx(tmp_path, uhri_xlsx):
    data = uhri_xlsx.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    refused(cut, "“cut.xlsx” could not be opened: the Excel file is damaged or incomplete")
    with pytest.raises(ImportRejected, match="damaged"):
        detect_format(cut)


def test_truncated_docx(tmp_path, shared_data):
    data = (shared_data / "ohchr_upr48_slovenia_thematic_list_2025.docx").read_bytes()
    cut = tmp_path / "slovenia.docx"
    cut.write_bytes(data[: len(data) // 2])
    refused(cut, "“slovenia.docx” could not be opened: the Word file is damaged or incomplete.*Word")


def test_word_document_without_a_recommendations_table(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Minutes of the coalition meeting")
    document.add_table(rows=2, cols=2).cell(0, 0).text = "Name"
    document.save(tmp_path / "minutes.docx")
    refused(tmp_path / "minutes.docx", "has no table of recommendations")


def test_old_word_doc_and_pdf_are_named(tmp_path):
    doc = tmp_path / "list.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    refused(doc, r"old Word \(.doc\) document.*save it as")
    pdf = tmp_path / "matrix.csv"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    refused(pdf, "is a PDF document")


def test_html_saved_as_xls(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>Recommendation</td></tr></table></body></html>", encoding="utf-8")
    refused(path, "is a web page .* save it as .xlsx or CSV")


def test_oversized_csv_is_refused_at_once_without_reading(tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as file:  # sparse: no 300 MB written
        file.truncate(importers.MAX_FILE_BYTES + 1)
    started = time.monotonic()
    error = refused(path, r"“huge.csv” is too large to import \(300 MB\).*up to 300 MB")
    assert "Split it" in error.message
    assert time.monotonic() - started < 1


def test_workbooks_have_a_lower_cap(tmp_path, shared_data, monkeypatch):
    xls = tmp_path / "sessions1-5.xls"
    shutil.copyfile(shared_data / "uprinfo_export_sessions1-5_original.xls", xls)
    monkeypatch.setattr(importers, "MAX_WORKBOOK_BYTES", 1024 * 1024)
    refused(xls, r"too large to import \(3 MB\)\. Excel and Word files can be imported up to 1 MB.*Save the sheet "
                 "as CSV")
    renamed = tmp_path / "sessions1-5.csv"  # still an Excel file, still loaded whole
    os.rename(xls, renamed)
    refused(renamed, "Excel file of 3 MB")


def _big_csv(path, rows: int):
    with open(path, "w", encoding="utf-8", newline="") as file:
        file.write("Recommendation,Recommending State,Response,Session\n")
        for i in range(rows):
            file.write(f"\"Ensure, in law and practice, the protection of human rights defenders ({i})\","
                       f"State {i % 190},{'Supported' if i % 4 else 'Noted'},{i % 54 + 1}\n")
    return path


def test_big_csv_streams_with_progress_in_bytes(tmp_path):
    path = _big_csv(tmp_path / "big.csv", 30000)
    size = path.stat().st_size
    calls = []
    parsed = read_source(path, progress=lambda done, total: calls.append((done, total)))
    assert len(parsed.recommendations) == parsed.rows_read == 30000
    assert len(calls) >= 10
    assert all(total == size for _, total in calls)
    dones = [done for done, _ in calls]
    assert dones == sorted(dones) and dones[0] == 0 and 0 < dones[1] < size and dones[-1] == size
    assert parsed.recommendations[-1].source_row == 30001


def test_cancelling_stops_the_reading(tmp_path):
    path = _big_csv(tmp_path / "big.csv", 30000)
    calls = []
    with pytest.raises(ImportCancelled):
        read_source(path, progress=lambda done, total: calls.append(done), cancelled=lambda: bool(calls))
    assert len(calls) == 1  # stopped at the first check after the cancel request
    with pytest.raises(ImportCancelled):
        read_source(path, cancelled=lambda: True)


def test_cancelling_a_workbook_and_a_docx(uhri_xlsx, shared_data):
    with pytest.raises(ImportCancelled):
        read_source(uhri_xlsx, cancelled=lambda: True)
    with pytest.raises(ImportCancelled):
        read_source(shared_data / "ohchr_upr48_slovenia_thematic_list_2025.docx", cancelled=lambda: True)


def test_late_non_utf8_row_is_read_as_windows_text(tmp_path):
    # The sniffed head is UTF-8-clean; a row far in has a cp1252 byte.
    path = _big_csv(tmp_path / "late.csv", 40000)
    with open(path, "ab") as file:
        file.write("Garantir l’égalité,France,Supported,3\n".encode("cp1252"))
    with open(path, "rb") as file:
        head = file.read(1024 * 1024)
    assert head.isascii()
    parsed = read_source(path)
    assert parsed.recommendations[-1].text == "Garantir l’égalité"
    # The whole file decides the encoding, so it is read as Windows Western from the first row.
    assert parsed.encoding == "cp1252"
    assert any("Windows Western (cp1252)" in note for note in parsed.notes)


def test_unclosed_quote_is_explained(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text("Recommendation,State\n\"Protect defenders,Chile\n" + "Ratify OPCAT,Peru\n" * 20000,
                    encoding="utf-8")
    error = refused(path, r"could not be read from this row on, probably because a quotation mark \(\"\) in it is "
                          "not closed")
    assert error.row == 2


def test_unknown_format_name(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Recommendation\nRatify OPCAT\n", encoding="utf-8")
    refused(path, "not a known format", format="pdf")
    refused(path, "not a Word", format="ohchr-docx")
    refused(path, "does not have the UPR Info columns", format="uprinfo")
    other = tmp_path / "b.csv"
    other.write_text("Observations,State\nRatify OPCAT,Peru\n", encoding="utf-8")
    refused(other, "has no “Text” column", format="uhri")
