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


def _fast_by_regex(extent: SheetExtent, text: bytes) -> bool:
    """SheetExtent._fast as it was written with regular expressions: what the numpy reading must count."""
    if file_guards._FAST_PREFIXED_CELL.search(text):
        return False
    columns = file_guards._FAST_COLUMN.findall(text)
    if len(file_guards._FAST_ATTRIBUTED_CELL.findall(text)) != len(columns):
        return False
    if columns:
        extent._farthest_column = max(extent._farthest_column,
                                      max(map(file_guards._column_number, set(columns))))
    found = file_guards._FAST_ROW.findall(text)
    if found:
        extent._farthest_row_tag = max(extent._farthest_row_tag, max(map(int, found)))
        if columns:
            extent._farthest_row = max(extent._farthest_row, extent._farthest_row_tag)
    rows = len(file_guards._FAST_ROW_TAG.findall(text))
    extent._unaddressed_rows += rows - (len(found) - len(columns))
    if b"<c>" in text:
        extent._unaddressed = True
        for index, piece in enumerate(text.split(b"<row")):
            if index:
                extent._unaddressed_in_row = 0
            extent._unaddressed_in_row += piece.count(b"<c>")
            extent._most_unaddressed = max(extent._most_unaddressed, extent._unaddressed_in_row)
    elif rows:
        extent._unaddressed_in_row = 0
    return True


_PIECES = [b' r="', b"A", b"b", b"Z", b"XFD", b"1", b"0", b"9", b"1048576", b'"', b"<c ", b"<c>", b"<c\t", b"<c",
           b"<row ", b"<row>", b"<row/>", b"<rows ", b"<x:c ", b":c>", b"<v>1</v>", b"</c>", b"</row>", b" ", b"\n",
           b"r=", b"=", b"<", b">", b"xyz", b' s="1"/>']


def test_the_fast_reading_counts_what_the_regular_expressions_found():
    """The numpy reading of a chunk gives the same extent as the regular expressions, or hands the chunk to
    the close reading (False) where it cannot vouch for it; on real sheet XML it always vouches."""
    import random
    import re

    rng = random.Random(17)
    chunks = [b"".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60))) for _ in range(4000)]
    real = b"".join(b'<row r="%d" spans="1:3"><c r="A%d" t="inlineStr"><is><t>Ratify the Optional Protocol</t></is>'
                    b'</c><c r="B%d" t="n"><v>%d</v></c><c r="AB%d" s="2"/></row>' % (n, n, n, n, n)
                    for n in range(1, 3000))
    cuts = [0]  # as SheetExtent.feed cuts a sheet: an unfinished tag waits for the next chunk
    while cuts[-1] < len(real):
        cuts.append(max(real.rfind(b"<", cuts[-1] + 1, cuts[-1] + 4096), cuts[-1] + 1) if cuts[-1] + 4096 < len(real)
                    else len(real))
    pieces = [real[a:b] for a, b in zip(cuts, cuts[1:])]
    chunks += pieces
    vouched = 0
    for chunk in chunks:
        ours, theirs = SheetExtent(), SheetExtent()
        ours._unaddressed_in_row = theirs._unaddressed_in_row = 2  # a row already begun
        if ours._fast(chunk):
            vouched += 1
            assert _fast_by_regex(theirs, chunk), chunk
            assert vars(ours) == vars(theirs), chunk
        elif _fast_by_regex(theirs, chunk):
            # Handed to the close reading: only for a run of letters or digits longer than any address has.
            assert any(len(run) > file_guards._FAST_LETTERS for run in re.findall(rb"[A-Za-z]+", chunk)) \
                or any(len(run) > file_guards._FAST_DIGITS for run in re.findall(rb"[0-9]+", chunk)), chunk
    assert vouched > 500  # of the random chunks, those in the usual spelling
    assert all(SheetExtent()._fast(piece) for piece in pieces)
