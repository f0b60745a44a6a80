"""Hostile spreadsheets and documents, built at test time (no binary blobs in the repository).

The bombs are real deflate streams: a block compressed once after a full flush compresses to the same bytes
every time, so a gigabyte of XML is written as a megabyte of repeated deflate output without ever holding
the gigabyte.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"
DOCUMENT = "word/document.xml"
# A sign-in sheet that is also a table of recommendations, for both kinds of import.
SIGN_IN = [["Name", "Organisation", "Recommendation"],
           ["Amina Diallo", "Droits Maintenant", "Ratify the Optional Protocol to the Convention against Torture."],
           ["Jean Martin", "Ligue des droits", "Adopt a law protecting human rights defenders."]]


def _deflated(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def repeated_deflate(head: bytes, block: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    """(raw deflate stream, CRC-32, unpacked size) of head + block * times + tail."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    once = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    assert once == again  # after a full flush the packer starts afresh
    end = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    return start + once * times + end, crc, len(head) + len(block) * times + len(tail)


def write_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A ZIP written byte by byte: (name, raw deflate data, CRC-32, the unpacked size it declares)."""
    local, central = bytearray(), bytearray()
    for name, data, crc, size in members:
        encoded = name.encode()
        offset = len(local)
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        local += encoded + data
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, len(data), size,
                               len(encoded), 0, 0, 0, 0, 0, offset)
        central += encoded
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), len(local), 0)
    path.write_bytes(bytes(local) + bytes(central) + end)
    return path


def members_of(source: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(source) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rewrite(source: Path, target: Path, changes: dict[str, bytes | tuple[bytes, int, int]]) -> Path:
    """source's members with some replaced: by plain bytes, or by (deflate stream, CRC, declared size)."""
    out = []
    for name, data in members_of(source).items():
        new = changes.get(name, data)
        if isinstance(new, tuple):
            out.append((name, *new))
        else:
            out.append((name, _deflated(new), zlib.crc32(new), len(new)))
    return write_zip(target, out)


def attendance_xlsx(path: Path) -> Path:
    """A small, honest sign-in sheet that is also a table of recommendations."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in SIGN_IN:
        sheet.append(row)
    book.save(path)
    return path


def dimension_lie_xlsx(path: Path, *, far_cell: bool = True) -> Path:
    """A sheet whose <dimension> claims A1:XFD1048576 (all 17 billion cells). With far_cell, one real value sits
    in XFD1048576 as well, which is what makes calamine ask for 512 GB and abort."""
    honest = attendance_xlsx(path.with_name("honest-" + path.name))
    xml = members_of(honest)[SHEET]
    xml = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', xml)
    if far_cell:
        xml = xml.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is>'
                                           b"</c></row></sheetData>")
    rewrite(honest, path, {SHEET: xml})
    honest.unlink()
    return path


_SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxml'
               b'formats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetData><row r="1"><c r="A1" '
               b't="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Recommendation</t></is></c>'
               b"</row>")
_SHEET_TAIL = b"</sheetData></worksheet>"


def xlsx_bomb(path: Path, *, megabytes: int = 1024, declared: int | None = None) -> Path:
    """An .xlsx of a few MB whose sheet unpacks to `megabytes` of addressless cells (a million a MB).
    declared: the unpacked size its ZIP headers state instead of the truth (a header that lies)."""
    honest = attendance_xlsx(path.with_name("honest-" + path.name))
    row = b"<row>" + b"<c><v>1</v></c>" * 64 + b"</row>"
    block = row * (1024 * 1024 // len(row))
    data, crc, size = repeated_deflate(_SHEET_HEAD, block, megabytes, _SHEET_TAIL)
    rewrite(honest, path, {SHEET: (data, crc, declared if declared is not None else size)})
    honest.unlink()
    return path


def docx_bomb(path: Path, *, megabytes: int = 1024) -> Path:
    """A .docx whose document.xml unpacks to `megabytes` of one-word paragraphs."""
    import docx

    honest = path.with_name("honest-" + path.name)
    docx.Document().save(honest)
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.'
            b'openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    paragraph = b"<w:p><w:r><w:t>Ratify</w:t></w:r></w:p>"
    block = paragraph * (1024 * 1024 // len(paragraph))
    rewrite(honest, path, {DOCUMENT: repeated_deflate(head, block, megabytes, b"</w:body></w:document>")})
    honest.unlink()
    return path


_ODS_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:'
             b'opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
             b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
             b'<office:spreadsheet><table:table table:name="Sign-in">')
_ODS_TAIL = b"</table:table></office:spreadsheet></office:body></office:document-content>"
_ODS_MANIFEST = (b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                 b'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
                 b'"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
                 b'"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def _ods_row(values: list[str], *, repeated: int = 1) -> bytes:
    cells = b"".join(b'<table:table-cell office:value-type="string"><text:p>' + v.encode() + b"</text:p>"
                     b"</table:table-cell>" for v in values)
    repeat = b' table:number-rows-repeated="%d"' % repeated if repeated > 1 else b""
    # As LibreOffice writes it: the rest of the row as one repeat of empty cells.
    return (b"<table:table-row" + repeat + b">" + cells
            + b'<table:table-cell table:number-columns-repeated="%d"/></table:table-row>' % (1024 - len(values)))


def ods(path: Path, rows: list[list[str]], *, tail: bytes = b"") -> Path:
    """An OpenDocument spreadsheet the way LibreOffice writes one: every row padded with a repeat of empty cells,
    and the sheet with a repeat of empty rows to the bottom. `tail`: more rows, as raw XML."""
    body = b"".join(_ods_row(row) for row in rows) + tail
    body += (b'<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
             b'table:number-columns-repeated="1024"/></table:table-row>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", _ODS_HEAD + body + _ODS_TAIL)
        archive.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
    return path


def ods_repeat_bomb(path: Path) -> Path:
    """Under a kilobyte: one row of a value repeated across all 16,384 columns, repeated 5,000 times. calamine
    expands it to 82 million cells (2.6 GB) and aborts."""
    return ods(path, SIGN_IN, tail=b'<table:table-row table:number-rows-repeated="5000"><table:table-cell '
                                   b'office:value-type="string" table:number-columns-repeated="16384"><text:p>x'
                                   b"</text:p></table:table-cell></table:table-row>")


def shared_strings_lie_xlsx(path: Path, unique_count: int = 2_000_000_000) -> Path:
    """A workbook whose shared-texts part says it holds `unique_count` texts (it holds one). calamine sets aside
    24 bytes for each before reading any: 48 GB for two billion, and the process aborts."""
    honest = attendance_xlsx(path.with_name("honest-" + path.name))
    parts = members_of(honest)
    parts[SHEET] = parts[SHEET].replace(b'<c r="A1" t="inlineStr"><is><t>Name</t></is></c>',
                                        b'<c r="A1" t="s"><v>0</v></c>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/'
                             b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                     b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["xl/sharedStrings.xml"] = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                                     b'count="1" uniqueCount="%d"><si><t>Name</t></si></sst>' % unique_count)
    write_zip(path, [(name, _deflated(data), zlib.crc32(data), len(data)) for name, data in parts.items()])
    honest.unlink()
    return path


def far_cell_xls(path: Path, source: Path) -> Path:
    """A copy of a real Excel 97-2003 workbook whose first text cell (A1, a LABELSST record) is moved to row and
    column 65,535: calamine lays the sheet out as 4 billion cells (137 GB) and aborts. Patched in place, so the
    compound file around it stays valid."""
    data = bytearray(source.read_bytes())
    at = data.find(b"\xfd\x00\x0a\x00\x00\x00\x00\x00")  # LABELSST, 10 bytes, row 0, column 0
    assert at > 0
    data[at + 4:at + 8] = struct.pack("<HH", 0xFFFE, 0xFFFE)
    path.write_bytes(bytes(data))
    return path


def far_cell_elsewhere_xlsx(path: Path) -> Path:
    """The far-cell sheet kept outside xl/worksheets/ (at xl/elsewhere.xml), its relationship in single quotes."""
    lying = dimension_lie_xlsx(path.with_name("lying-" + path.name))
    parts = members_of(lying)
    parts["xl/elsewhere.xml"] = parts.pop(SHEET)
    parts["xl/_rels/workbook.xml.rels"] = re.sub(rb'Target="/?(xl/)?worksheets/sheet1.xml"', b"Target='elsewhere.xml'",
                                                 parts["xl/_rels/workbook.xml.rels"])
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"/xl/worksheets/sheet1.xml",
                                                                        b"/xl/elsewhere.xml")
    write_zip(path, [(name, _deflated(data), zlib.crc32(data), len(data)) for name, data in parts.items()])
    lying.unlink()
    return path


def _biff12(kind: int, body: bytes = b"") -> bytes:
    """One record of an Excel binary workbook: type and size in 7-bit groups, then the body."""
    head = bytes([kind]) if kind < 0x80 else bytes([(kind & 0x7F) | 0x80, kind >> 7])
    size, rest = b"", len(body)
    while True:
        rest, low = rest >> 7, rest & 0x7F
        size += bytes([low | (0x80 if rest else 0)])
        if not rest:
            return head + size + body


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def xlsb(path: Path, rows: list[list[str]], *, far: tuple[int, int] | None = None) -> Path:
    """A minimal Excel binary workbook (.xlsb) of text cells; far=(row, column), counted from 0, adds one more."""
    def row(number: int) -> bytes:  # BrtRowHdr
        return _biff12(0x00, struct.pack("<IIHBBI", number, 0, 300, 0, 0, 0))

    def text(column: int, value: str) -> bytes:  # BrtCellSt
        return _biff12(0x06, struct.pack("<II", column, 0) + _wide(value))

    sheet = _biff12(0x81) + _biff12(0x94, struct.pack("<IIII", 0, len(rows) - 1, 0, 2)) + _biff12(0x91)
    for number, values in enumerate(rows):
        sheet += row(number) + b"".join(text(column, value) for column, value in enumerate(values))
    if far:
        sheet += row(far[0]) + text(far[1], "x")
    sheet += _biff12(0x92) + _biff12(0x82)
    book = (_biff12(0x83) + _biff12(0x8F) + _biff12(0x9C, struct.pack("<II", 0, 1) + _wide("rId1") + _wide("Sign-in"))
            + _biff12(0x90) + _biff12(0x84))
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.'
            'sheet.binary.macroEnabled.main"/><Override PartName="/xl/worksheets/sheet1.bin" ContentType='
            '"application/vnd.ms-excel.worksheet"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{relationships}/officeDocument" '
            'Target="xl/workbook.bin"/></Relationships>'))
        archive.writestr("xl/workbook.bin", book)
        archive.writestr("xl/_rels/workbook.bin.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{relationships}/worksheet" '
            'Target="worksheets/sheet1.bin"/></Relationships>'))
        archive.writestr("xl/worksheets/sheet1.bin", sheet)
    return path


def far_cell_xlsb(path: Path) -> Path:
    """An .xlsb with a value in XFD1048576: calamine asks for 512 GB and aborts, as for .xlsx."""
    return xlsb(path, SIGN_IN, far=(1048575, 16383))
