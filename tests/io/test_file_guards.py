"""The checks an Excel or Word file passes before a parser opens it (upr_desktop/io/file_guards.py)."""

from __future__ import annotations

import time
import zipfile
import zlib

import pytest

from upr_desktop.domain.errors import ImportRejected
from upr_desktop.io import file_guards
from upr_desktop.io.attendance import read_attendance
from upr_desktop.io.file_guards import SheetExtent
from upr_desktop.io.importers import read_source

from .hostile_files import (
    DOCUMENT, SHEET, SIGN_IN, attendance_xlsx, docx_bomb, members_of, ods, ods_repeat_bomb, repeated_deflate, rewrite,
    far_cell_elsewhere_xlsx, far_cell_xls, far_cell_xlsb, shared_strings_lie_xlsx, write_zip, xlsb, xlsx_bomb,
)


def _refused_quickly(read, path, match, seconds=0.5) -> ImportRejected:
    started = time.monotonic()
    with pytest.raises(ImportRejected, match=match) as raised:
        read(path)
    assert time.monotonic() - started < seconds
    return raised.value


def test_a_gigabyte_bomb_is_refused_from_the_zip_directory_alone(tmp_path):
    bomb = xlsx_bomb(tmp_path / "bomb.xlsx", megabytes=1024)
    error = _refused_quickly(read_source, bomb, r"is not a normal spreadsheet: it would expand from \d+ (KB|MB) to "
                                                r"1\.0 GB, and its part “xl/worksheets/sheet1\.xml” is packed")
    assert "save it as CSV" in error.message
    _refused_quickly(read_attendance, bomb, "is not a normal spreadsheet")


def test_a_word_bomb_is_refused_from_the_zip_directory_alone(tmp_path):
    _refused_quickly(read_source, docx_bomb(tmp_path / "bomb.docx", megabytes=1024),
                     r"“bomb.docx” is not a normal document: it would expand from .* to 1\.0 GB")


def test_a_member_that_unpacks_past_its_declared_size_is_stopped_there(tmp_path):
    """The ZIP says 40 MB (40 to 1, under every cap); the data goes on for a gigabyte. Unpacking stops at 40 MB."""
    bomb = xlsx_bomb(tmp_path / "liar.xlsx", megabytes=1024, declared=40 * 1024 * 1024)
    _refused_quickly(read_source, bomb, "its part “xl/worksheets/sheet1.xml” unpacks to more than the 40 MB the "
                                        "file declares for it", seconds=5)


def test_a_word_member_that_unpacks_past_its_declared_size_is_refused(tmp_path):
    honest = docx_bomb(tmp_path / "small.docx", megabytes=2)
    data, crc, _size = repeated_deflate(b"<w:document>", b"<w:p/>" * 1000, 3000, b"</w:document>")
    liar = rewrite(honest, tmp_path / "liar.docx", {DOCUMENT: (data, crc, 100_000)})
    _refused_quickly(read_source, liar, "unpacks to more than the 98 KB the file declares", seconds=2)


def test_the_whole_directory_is_capped_even_when_no_member_packs_tightly(tmp_path, monkeypatch):
    # The real cap (500 MB, for a coalition's 250,000-row export) would take a 500 MB file to show; the check
    # is the same at 20 MB.
    monkeypatch.setattr(file_guards, "MAX_UNPACKED_BYTES", 20 * file_guards.MB)
    honest = attendance_xlsx(tmp_path / "honest.xlsx")
    # Many members, each at an ordinary ratio, that add up to more than the cap.
    members = [(name, zlib.compress(data)[2:-4], zlib.crc32(data), len(data))
               for name, data in members_of(honest).items()]
    piece = bytes(range(256)) * 4096  # 1 MB that hardly packs
    packed = zlib.compressobj(1, zlib.DEFLATED, -15)
    raw = packed.compress(piece) + packed.flush()
    count = file_guards.MAX_UNPACKED_BYTES // len(piece) + 1
    members += [(f"xl/media/image{n}.bin", raw, zlib.crc32(piece), len(piece)) for n in range(count)]
    big = write_zip(tmp_path / "big.xlsx", members)
    _refused_quickly(read_source, big, r"it would expand to 21 MB when unpacked, and spreadsheets can be imported "
                                       r"up to 20 MB unpacked", seconds=1)


def test_too_many_members(tmp_path):
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for n in range(file_guards.MAX_MEMBERS):
            archive.writestr(f"xl/parts/{n}.xml", "")
    _refused_quickly(read_source, path, "it holds 10,001 parts", seconds=2)


def test_a_password_protected_member_is_explained(tmp_path):
    path = attendance_xlsx(tmp_path / "locked.xlsx")
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")  # the first central directory entry: set "encrypted"
    data[at + 8] |= 1
    path.write_bytes(bytes(data))
    _refused_quickly(read_source, path, "is protected with a password")


# --- a sheet's real extent ------------------------------------------------------------------------

@pytest.mark.parametrize("xml, rows, columns", [
    (b'<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
     b'</row><row r="4"><c r="B4"><v>3</v></c></row></sheetData>', 4, 3),
    # formatting only, in a far corner: calamine skips it, and so do we
    (b'<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="3"/></row>'
     b"</sheetData>", 1, 1),
    # cells and rows without addresses follow one another
    (b"<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>1</v></c></row><row/></sheetData>", 3, 2),
    # a prefix and unusual spacing hide nothing
    (b'<x:sheetData><x:row r="1"><x:c r = \'B7\' t="n"><x:v>1</x:v></x:c></x:row></x:sheetData>', 7, 2),
    (b'<sheetData><row r="2"><c\n r="AA2"><v>1</v></c><c t="n"><v>2</v></c></row></sheetData>', 2, 28),
    # a value in the farthest cell is 17 billion cells, however it is spelled; calamine reads past Excel's limits
    (b'<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>', 1048576, 16384),
    (b'<sheetData><row><c r="xfd1048576"><v>1</v></c></row></sheetData>', 1048576, 16384),
    (b'<sheetData><row><c r="AAAAAAAA1"><v>1</v></c></row></sheetData>', 1, 8_353_082_583),
])
def test_the_extent_comes_from_the_cells_not_the_dimension(xml, rows, columns):
    for chunk in (3, 7, 64, 1 << 20):
        extent = SheetExtent()
        try:
            for start in range(0, len(xml), chunk):
                extent.feed(xml[start:start + chunk])
            extent.feed(b"")
        except file_guards._SheetTooLarge as too_large:
            extent = too_large.extent
        assert (extent.rows, extent.columns) == (rows, columns), chunk


def test_formatting_in_the_farthest_cell_does_not_stop_an_import(tmp_path):
    """Excel writes <c r="XFD1048576" s="1"/> for a styled but empty cell; that is no reason to refuse."""
    honest = attendance_xlsx(tmp_path / "honest.xlsx")
    xml = members_of(honest)[SHEET].replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" s="0"/></row>'
                                                             b"</sheetData>")
    styled = rewrite(honest, tmp_path / "styled.xlsx", {SHEET: xml})
    assert [p.name for p in read_attendance(styled).participants] == ["Amina Diallo", "Jean Martin"]


def test_a_sheet_just_under_the_cap_passes_and_just_over_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(file_guards, "MAX_SHEET_CELLS", 3 * 100)  # 3 columns: Name, Organisation, Recommendation
    honest = attendance_xlsx(tmp_path / "honest.xlsx")
    under = members_of(honest)[SHEET].replace(b"</sheetData>", b'<row r="100"><c r="A100" t="inlineStr"><is><t>x'
                                                               b"</t></is></c></row></sheetData>")
    assert read_attendance(rewrite(honest, tmp_path / "under.xlsx", {SHEET: under})).rows_read == 3
    over = under.replace(b'r="100"', b'r="101"').replace(b'r="A100"', b'r="A101"')
    with pytest.raises(ImportRejected, match=r"“over.xlsx” has a sheet \(“Sheet”\) whose cells reach C101: "
                                             r"101 rows by 3 columns, 303 cells in all, and a sheet can be "
                                             r"imported up to 300"):
        read_attendance(rewrite(honest, tmp_path / "over.xlsx", {SHEET: over}))


def test_an_opendocument_sheet_padded_as_libreoffice_pads_it_is_read(tmp_path):
    """LibreOffice ends every row with a repeat of empty cells and the sheet with a million empty rows."""
    assert [p.name for p in read_attendance(ods(tmp_path / "sign-in.ods", SIGN_IN)).participants] == [
        "Amina Diallo", "Jean Martin"]


def test_an_opendocument_repeat_bomb_is_refused_before_calamine_expands_it(tmp_path):
    _refused_quickly(read_attendance, ods_repeat_bomb(tmp_path / "bomb.ods"),
                     r"“bomb.ods” has a sheet \(“Sign-in”\) whose cells reach XFD5003: 5,003 rows by "
                     r"16,384 columns, 81,969,152 cells")


def test_shared_texts_are_read_when_their_count_is_plausible(tmp_path):
    """A generator that overstates uniqueCount a little does no harm: up to a million is let through."""
    sloppy = shared_strings_lie_xlsx(tmp_path / "sloppy.xlsx", unique_count=1_000_000)
    assert [p.name for p in read_attendance(sloppy).participants] == ["Amina Diallo", "Jean Martin"]


def test_shared_texts_that_claim_billions_are_refused(tmp_path):
    _refused_quickly(read_attendance, shared_strings_lie_xlsx(tmp_path / "liar.xlsx"),
                     "“liar.xlsx” is not a normal spreadsheet: it claims 2,000,000,000 different texts")


def test_a_word_document_is_capped_lower_than_a_spreadsheet(tmp_path):
    """python-docx parses a document whole; past 50 MB unpacked a .docx is refused, from the directory alone."""
    import random

    parts = members_of(docx_bomb(tmp_path / "small.docx", megabytes=2))
    members = [(name, zlib.compress(data)[2:-4], zlib.crc32(data), len(data)) for name, data in parts.items()
               if name != DOCUMENT]
    packed = random.Random(3).randbytes(600_000)  # 51 MB at 89 to 1: under the ratio cap, over the size cap
    members.append((DOCUMENT, packed, 0, 51 * 1024 * 1024))
    big = write_zip(tmp_path / "big.docx", members)
    _refused_quickly(read_source, big, r"“big.docx” is not a normal document: it would expand to 5[12] MB when "
                                       r"unpacked, and documents can be imported up to 50 MB unpacked")


def test_an_old_excel_file_with_a_far_cell_is_refused_and_the_real_one_passes(tmp_path, shared_data):
    real = shared_data / "uprinfo_export_sessions1-5_original.xls"
    file_guards.check_workbook(real)
    far = far_cell_xls(tmp_path / "far.xls", real)
    _refused_quickly(read_source, far, r"“far.xls” has a sheet \(“UPR Info database export”\) whose cells "
                                       r"reach CRXO65535: 65,535 rows by 65,535 columns", seconds=1)


def test_a_sheet_kept_outside_the_worksheets_folder_is_checked_too(tmp_path):
    _refused_quickly(read_attendance, far_cell_elsewhere_xlsx(tmp_path / "elsewhere.xlsx"),
                     r"“elsewhere.xlsx” has a sheet \(“Sheet”\) whose cells reach XFD1048576")


def test_an_excel_binary_workbook_is_read_and_its_far_cell_refused(tmp_path):
    assert [p.name for p in read_attendance(xlsb(tmp_path / "sign-in.xlsb", SIGN_IN)).participants] == [
        "Amina Diallo", "Jean Martin"]
    _refused_quickly(read_attendance, far_cell_xlsb(tmp_path / "far.xlsb"),
                     r"“far.xlsb” has a sheet \(“sheet1”\) whose cells reach XFD1048576")


@pytest.mark.parametrize("chunk", [1, 3, 64])
def test_binary_records_cut_anywhere_between_chunks_are_read_whole(tmp_path, chunk):
    sheet = members_of(far_cell_xlsb(tmp_path / "far.xlsb"))["xl/worksheets/sheet1.bin"]
    extent = file_guards.BinarySheetExtent("sheet1")
    with pytest.raises(file_guards._SheetTooLarge):
        for start in range(0, len(sheet), chunk):
            extent.feed(sheet[start:start + chunk])
    assert (extent.rows, extent.columns) == (1048576, 16384)
