"""Checks a spreadsheet or Word document must pass before a parser opens it.

Excel (.xlsx), OpenDocument (.ods) and Word (.docx) files are ZIP archives of XML, and the parsers believe
what they are told. calamine lays a sheet out as one block from A1 to its farthest cell, so a single value
in cell XFD1048576 makes it ask for 512 GB and abort the whole process (the app with it); it sets aside room
for as many shared texts as the file claims. A few MB of deflated XML can unpack to gigabytes, and a ZIP
directory can understate what a member unpacks to. So, before any parser runs:

    check_archive(path, archive, kind)  the ZIP directory only (no unpacking, milliseconds): how many
                                   members, how much they unpack to, how tightly packed, which compression
    check_workbook(path)           an .xlsx, .xlsb or .ods: each member is unpacked here, counting bytes, and
                                   refused the moment it holds more than the directory says; each sheet's real
                                   extent is read from its cells (never from its <dimension>, which may lie),
                                   and the shared texts' count is checked against the part's size. An old .xls:
                                   its sheets' extents, from the cell records in its compound file
    check_document(path)           a .docx: each member is unpacked here the same way

An archive nested inside one (an embedded chart's workbook, say) is never unpacked by our readers, so it
counts only by its own size. Every refusal is an ImportRejected in plain words. No Qt here.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath

import numpy as np

from ..domain.errors import ImportRejected
from ..text import translate

MB = 1024 * 1024
GB = 1024 * MB

# The most the members of one file may unpack to, together. A real 6,000-row UHRI export unpacks to about
# 10 MB, and a coalition's 250,000-row export to 242 MB; the cell cap below is what bounds memory.
MAX_UNPACKED_BYTES = 500 * MB
# python-docx parses a document whole: a 30 MB table of 60,000 recommendations peaked at 550 MB (18 MB a
# MB), so 50 MB stays under 1 GB. An OHCHR thematic list of 250 recommendations is 1 MB.
MAX_UNPACKED_WORD_BYTES = 50 * MB
# Deflated spreadsheet and document XML packs 5 to 20 times; a bomb packs about 1,000 times.
MAX_RATIO = 100
RATIO_FROM_BYTES = 1 * MB  # smaller members may pack as tightly as they like
MAX_MEMBERS = 10_000
# calamine and pandas hold a sheet as one block of cells from A1 to its farthest cell, about 60 bytes a
# cell: 10 million cells (250,000 rows of 40 columns) is some 600 MB.
MAX_SHEET_CELLS = 10_000_000

_CHUNK = 1 * MB
_MAX_TAG = 1 * MB  # no tag in real sheet XML is this long


def _label(size: int) -> str:
    if size >= 1000 * MB:
        return f"{size / GB:,.1f} GB"
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size / 1024:,.0f} KB"


def _not_normal(path: Path, kind: str, why: str) -> ImportRejected:
    """`why` is a clause ("it holds 90,000 parts, …") that completes the sentence."""
    if kind == "Word":
        text = translate("Import", "“{name}” is not a normal document: {why}. If it is a real document, open it in "
                                   "Word, copy its table into a spreadsheet, save that as CSV and import it.")
    else:
        text = translate("Import", "“{name}” is not a normal spreadsheet: {why}. If it is a real spreadsheet, open "
                                   "it in Excel or LibreOffice, save it as CSV and import that.")
    return ImportRejected(text.format(name=path.name, why=why))


# --- the ZIP directory ----------------------------------------------------------------------------

def check_archive(path: Path, archive: zipfile.ZipFile, kind: str) -> None:
    """Refuse, from the ZIP directory alone, an archive that would unpack to too much. kind: "Excel" or "Word"."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise _not_normal(path, kind, translate("Import", "it holds {members_count:,} parts, where a real one "
                                                          "holds a few dozen (at most {max_members:,} are accepted)").format(
            members_count=len(members), max_members=MAX_MEMBERS))
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise ImportRejected(translate("Import", "“{name}” is protected with a password. Open it, remove the "
                                                     "password (or save an unprotected copy), and import that.").format(
                name=path.name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _not_normal(path, kind, translate("Import", "it is packed with a compression method Excel and "
                                                              "Word never use"))
        total += info.file_size
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _not_normal(path, kind, (
                translate("Import", "it would expand from {size} to {unpacked}, and its part “{part}” is packed "
                                    "{times:,} times tighter than real content ever is").format(
                    size=_label(path.stat().st_size), unpacked=_label(_declared(members)), part=info.filename,
                    times=info.file_size // max(info.compress_size, 1))))
    cap = MAX_UNPACKED_WORD_BYTES if kind == "Word" else MAX_UNPACKED_BYTES
    if total > cap:
        if kind == "Word":
            why = translate("Import", "it would expand to {size} when unpacked, and documents can be imported up to "
                                      "{most} unpacked")
        else:
            why = translate("Import", "it would expand to {size} when unpacked, and spreadsheets can be imported up "
                                      "to {most} unpacked")
        raise _not_normal(path, kind, why.format(size=_label(total), most=_label(cap)))


def _declared(members: list[zipfile.ZipInfo]) -> int:
    return sum(info.file_size for info in members)


# --- unpacking, counted ---------------------------------------------------------------------------

def _unpack(path: Path, file, info: zipfile.ZipInfo, kind: str, sink: Callable[[bytes], None] | None) -> None:
    """Unpack one member ourselves, a chunk at a time, refusing it once it yields more than it declares.

    The readers (calamine's Rust zip, python-docx through zipfile) then read members proven to hold no more
    than the directory says, and the directory has passed check_archive.
    """
    file.seek(info.header_offset)
    local = file.read(30)
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        raise _damaged(path, kind)
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    file.seek(info.header_offset + 30 + name_length + extra_length)
    left = info.compress_size
    produced = 0
    inflater = zlib.decompressobj(-zlib.MAX_WBITS) if info.compress_type == zipfile.ZIP_DEFLATED else None
    while True:
        if inflater is not None and inflater.unconsumed_tail:
            packed = inflater.unconsumed_tail
        elif left > 0:
            packed = file.read(min(_CHUNK, left))
            if not packed:
                raise _damaged(path, kind)
            left -= len(packed)
        else:
            break
        try:
            piece = packed if inflater is None else inflater.decompress(packed, _CHUNK)
        except zlib.error:
            raise _damaged(path, kind) from None
        produced += len(piece)
        if produced > info.file_size:
            raise _not_normal(path, kind, (
                translate("Import", "its part “{filename}” unpacks to more than the {label} the file declares for "
                                    "it, so it is damaged or built to exhaust the computer's memory").format(
                    filename=info.filename, label=_label(info.file_size))))
        if sink is not None and piece:
            sink(piece)
        if inflater is not None and inflater.eof:
            break


def _damaged(path: Path, kind: str) -> ImportRejected:
    from .importers.base import damaged

    return damaged(path, kind)


def _checked_members(path: Path, kind: str, sinks: Callable[[str], Callable[[bytes], None] | None]) -> None:
    try:
        with zipfile.ZipFile(path) as archive, open(path, "rb") as file:
            check_archive(path, archive, kind)
            for info in archive.infolist():
                if info.is_dir():
                    continue
                sink = sinks(info.filename)
                _unpack(path, file, info, kind, sink)
                if sink is not None:
                    sink(b"")  # the end
    except (zipfile.BadZipFile, OSError, ValueError, struct.error):
        raise _damaged(path, kind) from None


def check_document(path: Path) -> None:
    """A .docx whose every member unpacks to no more than its directory says, within the caps."""
    _checked_members(path, "Word", lambda name: None)


# --- a sheet's real extent ------------------------------------------------------------------------

# The usual spelling, found fast: cells <c r="B2" …> (a bare <c> has no address) and rows <row r="2" …>.
_FAST_COLUMN = re.compile(rb' r="([A-Za-z]+)[0-9]')
_FAST_ROW = re.compile(rb' r="[A-Za-z]*([0-9]+)"')
_FAST_ROW_TAG = re.compile(rb"<row[\s>/]")
_FAST_ATTRIBUTED_CELL = re.compile(rb"<c\s")
_FAST_PREFIXED_CELL = re.compile(rb":c[\s>]")
# The same, byte by byte, for SheetExtent._fast. A longer run of letters or digits than these is read closely.
_FAST_LETTERS = 4  # XFD, the last column, has 3
_FAST_DIGITS = 12  # 1048576, the last row, has 7
_PAD = b"\0" * (_FAST_LETTERS + _FAST_DIGITS + 8)  # past the chunk's end: no letter, digit, quote or space
_FRONT = b"\0\0"  # before it, likewise


def _byte_table(members: bytes):
    table = np.zeros(256, dtype=bool)
    table[list(members)] = True
    return table


_SPACE = _byte_table(b" \t\n\r\x0b\x0c")  # what \s matches in a bytes pattern
_SPACE_OR_CLOSE = _byte_table(b" \t\n\r\x0b\x0c>")
_ROW_TAG_END = _byte_table(b" \t\n\r\x0b\x0c>/")
_LETTER = _byte_table(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_DIGIT = _byte_table(b"0123456789")
# Any spelling (a prefix, spaces, quotes), for a chunk the fast reading cannot vouch for.
_ROW_OPEN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row(?=[\s/>])")
_ROW_NUMBER = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\s[^>]*?\br\s*=\s*[\"'](\d+)")
# Cells that may hold a value: not self-closing (<c r="B2" s="1"/> is only formatting, and calamine skips it).
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c(?:\s[^>]*)?(?<!/)>")
_CELL_COLUMN = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br\s*=\s*[\"']([A-Za-z]+)\d+[\"'][^>]*(?<!/)>")
_CELL_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br\s*=\s*[\"'][A-Za-z]+(\d+)[\"'][^>]*(?<!/)>")


def _runs(a, at, accepts, limit: int, base: int, value):
    """From each offset in `at`, the length of the run of bytes `accepts` takes and its number (letters base 26,
    digits base 10), all at once; None when some run is `limit` bytes or longer (to be read closely)."""
    length = np.zeros(len(at), dtype=np.int64)
    still = np.ones(len(at), dtype=bool)
    number = np.zeros(len(at), dtype=np.int64)
    for offset in range(limit + 1):
        byte = a[at + offset]
        still &= accepts[byte]
        if not still.any():
            break
        if offset == limit:
            return None
        length += still
        number = np.where(still, number * base + value(byte), number)
    return length, number


def _number_order(digits: bytes) -> tuple[int, bytes]:
    return len(digits.lstrip(b"0")), digits.lstrip(b"0")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _TagTooLong(Exception):
    pass


class _SheetTooLarge(Exception):
    def __init__(self, extent: SheetExtent):
        super().__init__()
        self.extent = extent


class SheetExtent:
    """Fed a sheet's XML a chunk at a time: how far down and across its cells can reach.

    The <dimension> element is ignored. A cell without an r="B2" address follows the one before it in its
    row, and a row without r="2" the row before it, so those are counted on top of the farthest address:
    a bound that is exact for the usual sheet, where every cell has its address.
    """

    def __init__(self) -> None:
        self._farthest_row = 0  # of a cell with a value
        self._farthest_column = 0
        self._farthest_row_tag = 0
        self._unaddressed = False
        self._unaddressed_rows = 0
        self._unaddressed_in_row = 0  # cells without an address so far in the current row
        self._most_unaddressed = 0  # in any one row
        self._carry = b""

    def feed(self, data: bytes) -> None:
        """The next chunk of the sheet's XML; b"" at the end."""
        text = self._carry + data
        self._carry = b""
        cut = text.rfind(b"<")
        if data and cut != -1 and text.find(b">", cut) == -1:
            text, self._carry = text[:cut], text[cut:]  # an unfinished tag waits for the next chunk
            if len(self._carry) > _MAX_TAG:
                raise _TagTooLong()
        before = dict(self.__dict__)
        if not self._fast(text) or self.cells > MAX_SHEET_CELLS:
            # An unusual spelling, or a far cell that may be only formatting: read this chunk closely.
            self.__dict__.update(before)
            self._close(text)
            if self.cells > MAX_SHEET_CELLS:
                raise _SheetTooLarge(self)

    def _fast(self, text: bytes) -> bool:
        """Read a chunk in the usual spelling, False if it has cells spelled otherwise.

        What the regular expressions _FAST_* find, counted with numpy over the chunk's bytes (about 1 GB/s,
        where findall made a string of every one of a 250,000-row sheet's four million addresses): cells
        <c …> and their addresses r="B2", rows <row …> and theirs r="2"."""
        a = np.frombuffer(_FRONT + text + _PAD, dtype=np.uint8)
        body = a[len(_FRONT):len(_FRONT) + len(text)]
        if b":c" in text:  # ":c" followed by a space or ">": a prefixed cell
            after_colon = np.flatnonzero(body == 58) + len(_FRONT) + 1
            if np.any((a[after_colon] == 99) & _SPACE_OR_CLOSE[a[after_colon + 1]]):
                return False
        tags = np.flatnonzero(body == 60) + len(_FRONT) + 1  # just after each "<"
        first = a[tags]
        cells = tags[first == 99]
        attributed_cells = int(np.count_nonzero(_SPACE[a[cells + 1]]))  # "<c" and a space
        bare_cells = bool(np.any(a[cells + 1] == 62))  # "<c>"
        rows = tags[first == 114]
        row_tags = int(np.count_nonzero((a[rows + 1] == 111) & (a[rows + 2] == 119)
                                        & _ROW_TAG_END[a[rows + 3]]))  # "<row" and a space, ">" or "/"
        # ' r="', then letters, then digits: a cell's address when letters are followed by a digit, a row's
        # or a cell's number when digits are followed by '"'.
        equals = np.flatnonzero(body == 61) + len(_FRONT)
        at = equals[(a[equals - 2] == 32) & (a[equals - 1] == 114) & (a[equals + 1] == 34)] + 2
        run = _runs(a, at, _LETTER, _FAST_LETTERS, 26, lambda byte: (byte & 0xDF).astype(np.int64) - 64)
        if run is None:
            return False  # a longer run of letters than any column has: read it closely
        letters, column = run
        start = at + letters
        is_column = (letters > 0) & _DIGIT[a[start]]
        columns = int(np.count_nonzero(is_column))
        if attributed_cells != columns:
            return False  # a cell with attributes but no r="B2" as written here
        if columns:
            self._farthest_column = max(self._farthest_column, int(column[is_column].max()))
        run = _runs(a, start, _DIGIT, _FAST_DIGITS, 10, lambda byte: byte.astype(np.int64) - 48)
        if run is None:
            return False  # a row number past any sheet's: read it closely
        digits, number = run
        is_number = (digits > 0) & (a[start + digits] == 34)
        found = int(np.count_nonzero(is_number))
        if found:
            self._farthest_row_tag = max(self._farthest_row_tag, int(number[is_number].max()))
            if columns:
                self._farthest_row = max(self._farthest_row, self._farthest_row_tag)
        self._unaddressed_rows += row_tags - (found - columns)
        if bare_cells:  # "<c>": cells without an address
            self._unaddressed = True
            for index, piece in enumerate(text.split(b"<row")):
                if index:
                    self._unaddressed_in_row = 0  # a new row
                self._unaddressed_in_row += piece.count(b"<c>")
                self._most_unaddressed = max(self._most_unaddressed, self._unaddressed_in_row)
        elif row_tags:
            self._unaddressed_in_row = 0
        return True

    def _close(self, text: bytes) -> None:
        """Read a chunk in any spelling, skipping cells that are only formatting (about 10 MB/s)."""
        columns = _CELL_COLUMN.findall(text)
        if columns:
            self._farthest_column = max(self._farthest_column, max(map(_column_number, set(columns))))
            rows = set(_CELL_ROW.findall(text))
            self._farthest_row = max(self._farthest_row, max(map(int, rows)))
        numbers = _ROW_NUMBER.findall(text)
        if numbers:
            self._farthest_row_tag = max(self._farthest_row_tag, max(map(int, numbers)))
        self._unaddressed_rows += len(_ROW_OPEN.findall(text)) - len(numbers)
        if len(_CELL.findall(text)) > len(columns):
            self._unaddressed = True
            for index, piece in enumerate(_ROW_OPEN.split(text)):
                if index:
                    self._unaddressed_in_row = 0  # a new row
                self._unaddressed_in_row += len(_CELL.findall(piece)) - len(_CELL_COLUMN.findall(piece))
                self._most_unaddressed = max(self._most_unaddressed, self._unaddressed_in_row)
        elif _ROW_OPEN.search(text):
            self._unaddressed_in_row = 0

    @property
    def rows(self) -> int:
        if self._unaddressed:  # such a cell's row is its row tag's, or the one after the row before
            return max(self._farthest_row, self._farthest_row_tag + self._unaddressed_rows)
        return self._farthest_row

    @property
    def columns(self) -> int:
        return self._farthest_column + self._most_unaddressed

    @property
    def cells(self) -> int:
        return self.rows * self.columns


_ODS_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(table|table-row|table-cell|covered-table-cell)(?=[\s/>])"
                      rb"([^>]*)>")
_ODS_REPEATED = re.compile(rb"number-(?:rows|columns)-repeated\s*=\s*[\"'](\d+)")
_ODS_NAME = re.compile(rb"\bname\s*=\s*[\"']([^\"']*)")


class OpenDocumentExtent:
    """Fed an OpenDocument spreadsheet's content.xml a chunk at a time: how far each table's cells reach.

    A row or cell there may say it repeats (table:number-rows-repeated="1000000"), and calamine expands
    the repeats; a repeat of empty cells (self-closing) holds nothing and is not counted. Raises
    _SheetTooLarge for the first table that reaches past MAX_SHEET_CELLS.
    """

    def __init__(self) -> None:
        self.name = ""
        self.rows = self.columns = 0
        self._row = 0  # rows before the current one
        self._row_repeat = 1
        self._row_has_value = False
        self._column = 0  # cells before the current one, in this row
        self._farthest_in_row = 0
        self._carry = b""

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    def feed(self, data: bytes) -> None:
        text = self._carry + data
        self._carry = b""
        cut = text.rfind(b"<")
        if data and cut != -1 and text.find(b">", cut) == -1:
            text, self._carry = text[:cut], text[cut:]
            if len(self._carry) > _MAX_TAG:
                raise _TagTooLong()
        for closing, tag, attributes in _ODS_TAG.findall(text):
            if closing:
                if tag == b"table-row":
                    self._end_row()
                continue
            empty = attributes.endswith(b"/")
            repeat = _ODS_REPEATED.search(attributes)
            count = int(repeat.group(1)) if repeat else 1
            if tag == b"table":
                name = _ODS_NAME.search(attributes)
                self.name = _unescape(name.group(1).decode("utf-8", "replace")) if name else ""
                self.rows = self.columns = self._row = 0
            elif tag == b"table-row":
                self._row_repeat, self._row_has_value, self._column, self._farthest_in_row = count, False, 0, 0
                if empty:
                    self._end_row()
            else:  # a cell
                self._column += count
                if not empty:
                    self._row_has_value = True
                    self._farthest_in_row = self._column

    def _end_row(self) -> None:
        self._row += self._row_repeat
        if self._row_has_value:
            self.rows = self._row
            self.columns = max(self.columns, self._farthest_in_row)
            if self.cells > MAX_SHEET_CELLS:
                raise _SheetTooLarge(self)
        self._row_repeat, self._row_has_value, self._column, self._farthest_in_row = 1, False, 0, 0


_UNIQUE_COUNT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sst\s[^>]*?\buniqueCount\s*=\s*[\"'](\d+)")


class _ClaimsTooMuch(Exception):
    def __init__(self, claimed: int):
        super().__init__()
        self.claimed = claimed


class SharedStringsClaim:
    """calamine sets aside room for as many shared texts as the part's uniqueCount says, before reading one:
    uniqueCount="2000000000" is 48 GB, and the process aborts. Each text takes at least 5 bytes (<si/>),
    so a part can hold no more than a fifth of its size; a claim beyond that (and beyond a harmless million)
    is a lie."""

    def __init__(self) -> None:
        self._head = b""
        self._size = 0

    def feed(self, data: bytes) -> None:
        self._size += len(data)
        if len(self._head) < 64 * 1024:
            self._head += data[:64 * 1024]
        if not data:
            found = _UNIQUE_COUNT.search(self._head)
            if found and int(found.group(1)) > max(self._size // 5, 1_000_000):  # a million is 24 MB: no harm
                raise _ClaimsTooMuch(int(found.group(1)))


# Excel binary workbooks (.xlsb): records of a variable-length type and size. A row header (type 0) gives the
# row; the cell records (types 2 to 11, and their short forms 13 to 22; 1 and 12 are blank cells) start with
# their column.
_BIFF12_ROW = 0
_BIFF12_CELLS = frozenset(range(2, 12)) | frozenset(range(13, 23))


class BinarySheetExtent:
    """Fed an .xlsb worksheet part a chunk at a time: how far its cells reach. Raises _SheetTooLarge."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = self.columns = 0
        self._row = 0
        self._carry = b""
        self._skip = 0  # bytes of a long record still to pass over

    @property
    def cells(self) -> int:
        return self.rows * self.columns

    def feed(self, data: bytes) -> None:
        if self._skip:
            passed = min(self._skip, len(data))
            self._skip -= passed
            data = data[passed:]
        buffer = self._carry + data
        end = len(buffer)
        at = 0
        while at < end:
            start = at
            kind = buffer[at]
            at += 1
            if kind & 0x80:
                if at >= end:
                    at = start
                    break
                kind = (kind & 0x7F) | ((buffer[at] & 0x7F) << 7)
                at += 1
            size, shift, complete = 0, 0, False
            while at < end and shift < 28:
                byte = buffer[at]
                at += 1
                size |= (byte & 0x7F) << shift
                shift += 7
                if not byte & 0x80:
                    complete = True
                    break
            if not complete:
                if shift >= 28:
                    raise _TagTooLong()  # not a record at all
                at = start
                break
            if kind == _BIFF12_ROW or kind in _BIFF12_CELLS:
                if size < 4:
                    at += size
                    continue
                if at + 4 > end:
                    at = start
                    break
                number = struct.unpack_from("<I", buffer, at)[0]
                if kind == _BIFF12_ROW:
                    self._row = number
                else:
                    self.rows = max(self.rows, self._row + 1)
                    self.columns = max(self.columns, number + 1)
                    if self.cells > MAX_SHEET_CELLS:
                        raise _SheetTooLarge(self)
            if at + size > end:
                self._skip = at + size - end
                at = end
                break
            at += size
        self._carry = buffer[at:]


def _binary_sheets(archive: zipfile.ZipFile) -> set[str]:
    """The worksheet parts an .xlsb's workbook points to, besides those under xl/worksheets/."""
    try:
        info = archive.getinfo("xl/_rels/workbook.bin.rels")
        if info.file_size > 10 * MB:
            return set()
        rels = archive.read(info).decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return set()
    found = set()
    for tag in re.findall(r"<(?:\w+:)?Relationship\s[^>]*>", rels):
        kind, target = re.search(r"\bType\s*=\s*[\"']([^\"']*)", tag), re.search(r"\bTarget\s*=\s*[\"']([^\"']*)", tag)
        if kind and target and kind.group(1).endswith("/worksheet"):
            where = target.group(1)
            found.add(where.lstrip("/") if where.startswith("/") else posixpath.normpath(f"xl/{where}"))
    return found


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Member name -> the sheet's name as Excel shows it (best effort: {} if the workbook is unusual)."""
    try:
        parts = [archive.getinfo("xl/workbook.xml"), archive.getinfo("xl/_rels/workbook.xml.rels")]
        if any(info.file_size > 10 * MB for info in parts):
            return {}  # a list of sheets is kilobytes; the members are checked in full afterwards
        book, rels = (archive.read(info).decode("utf-8", "replace") for info in parts)
    except (KeyError, zipfile.BadZipFile, OSError):
        return {}
    targets = {}
    for tag in re.findall(r"<(?:\w+:)?Relationship\s[^>]*>", rels):
        rid, target = re.search(r"\bId\s*=\s*[\"']([^\"']*)", tag), re.search(r"\bTarget\s*=\s*[\"']([^\"']*)", tag)
        if rid and target:
            where = target.group(1)
            where = where.lstrip("/") if where.startswith("/") else posixpath.normpath(f"xl/{where}")
            targets[rid.group(1)] = where
    names = {}
    for tag in re.findall(r"<(?:\w+:)?sheet\s[^>]*>", book):
        name, rid = re.search(r"\bname\s*=\s*[\"']([^\"']*)", tag), re.search(r"\b\w+:id\s*=\s*[\"']([^\"']*)", tag)
        if name and rid and rid.group(1) in targets:
            names[targets[rid.group(1)]] = _unescape(name.group(1))
    return names


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def check_workbook(path: Path) -> None:
    """An .xlsx, .xlsm, .xlsb or .ods whose members unpack to what they declare, and any workbook (an old .xls
    too) whose sheets are a size we can read."""
    if not zipfile.is_zipfile(path):
        with open(path, "rb") as file:
            if file.read(8) == _OLE_MAGIC:
                _check_legacy_workbook(path)
        return
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            check_archive(path, archive, "Excel")
            opendocument = "content.xml" in names and not any(n.startswith("xl/") for n in names)
            sheets = {} if opendocument else _sheet_names(archive)
            binary_sheets = set() if opendocument else _binary_sheets(archive)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _damaged(path, "Excel") from None
    current = [""]

    def sink(name: str):
        if opendocument:
            if name != "content.xml":
                return None
            current[0] = name
            return OpenDocumentExtent().feed
        if name.lower().endswith("sharedstrings.xml"):
            return SharedStringsClaim().feed
        if name.lower().endswith(".xml"):
            # Every part, not only those under xl/worksheets/: the workbook may keep a sheet anywhere.
            current[0] = name
            return SheetExtent().feed
        if name in binary_sheets or (name.startswith("xl/worksheets/") and name.lower().endswith(".bin")):
            current[0] = name
            return BinarySheetExtent(PurePosixPath(name).stem).feed
        return None

    try:
        _checked_members(path, "Excel", sink)
    except _TagTooLong:
        raise _not_normal(path, "Excel", translate("Import", "a sheet in it holds a tag longer than any real "
                                                             "sheet's")) from None
    except _ClaimsTooMuch as lie:
        raise _not_normal(path, "Excel", translate("Import", "it claims {claimed:,} different texts, far more than "
                                                             "it holds, which would exhaust the computer's memory").format(
            claimed=lie.claimed)) from None
    except _SheetTooLarge as too_large:
        extent = too_large.extent
        sheet = extent.name if isinstance(extent, (OpenDocumentExtent, BinarySheetExtent)) else sheets.get(
            current[0], PurePosixPath(current[0]).stem)
        raise _sheet_too_large(path, sheet, extent) from None


def _sheet_too_large(path: Path, sheet: str, extent) -> ImportRejected:
    return ImportRejected(
        translate("Import", "“{name}” has a sheet (“{sheet}”) whose cells reach {column_letters}{rows}: {rows:,} "
                            "rows by {columns:,} columns, {cells:,} cells in all, and a sheet can be imported up "
                            "to {max_sheet_cells:,} cells. Delete the rows and columns beyond the table (or save "
                            "the sheet as CSV), then import it again.").format(
            name=path.name, sheet=sheet, column_letters=_column_letters(extent.columns), rows=extent.rows,
            columns=extent.columns, cells=extent.cells, max_sheet_cells=MAX_SHEET_CELLS)
    )


# --- Excel 97-2003 (.xls) -------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
# BIFF8 records that put a value in a cell: LABELSST, NUMBER, RK, LABEL, BOOLERR, FORMULA, RSTRING; and MULRK,
# a run of cells in one row.
_CELL_RECORDS = frozenset({0x00FD, 0x0203, 0x027E, 0x0204, 0x0205, 0x0006, 0x00D6})
_MULRK = 0x00BD
_BOF = 0x0809
_BOUNDSHEET = 0x0085  # a sheet's name, in the workbook's own part


class _NotOle(Exception):
    pass


def _ole_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """The named stream of an OLE2 compound file (an .xls), or None. Raises _NotOle if the file is malformed."""
    if len(data) < 512:
        raise _NotOle()
    sector = 1 << struct.unpack_from("<H", data, 30)[0]
    mini_sector = 1 << struct.unpack_from("<H", data, 32)[0]
    if sector not in (512, 4096) or mini_sector != 64:
        raise _NotOle()
    sectors = (len(data) - 512) // sector + 1

    def at(number: int) -> int:
        if number >= sectors:
            raise _NotOle()
        return 512 + number * sector

    fat_sectors = [n for n in struct.unpack_from("<109I", data, 76) if n < 0xFFFFFFFA]
    difat, seen = struct.unpack_from("<I", data, 68)[0], 0
    while difat < 0xFFFFFFFA and seen < sectors:
        entries = struct.unpack_from(f"<{sector // 4}I", data, at(difat))
        fat_sectors += [n for n in entries[:-1] if n < 0xFFFFFFFA]
        difat, seen = entries[-1], seen + 1
    fat: list[int] = []
    for number in fat_sectors:
        fat += struct.unpack_from(f"<{sector // 4}I", data, at(number))

    def chain(first: int, table: list[int], limit: int) -> list[int]:
        found = []
        while first not in (_END_OF_CHAIN, 0xFFFFFFFF) and len(found) <= limit:
            if first >= len(table):
                raise _NotOle()
            found.append(first)
            first = table[first]
        if len(found) > limit:
            raise _NotOle()  # a loop
        return found

    def read(first: int, size: int) -> bytes:
        return b"".join(data[at(n):at(n) + sector] for n in chain(first, fat, sectors))[:size]

    directory = read(struct.unpack_from("<I", data, 48)[0], len(data))
    entries = []
    for offset in range(0, len(directory) - 127, 128):
        length = struct.unpack_from("<H", directory, offset + 64)[0]
        name = directory[offset:offset + max(0, min(length, 64) - 2)].decode("utf-16-le", "replace")
        kind = directory[offset + 66]
        start, size = struct.unpack_from("<IQ", directory, offset + 116)
        entries.append((name, kind, start, size & 0xFFFFFFFF if sector == 512 else size))
    if not entries:
        raise _NotOle()
    for name, kind, start, size in entries:
        if kind != 2 or name not in names:
            continue
        if size >= struct.unpack_from("<I", data, 56)[0]:  # the mini stream cutoff, 4096
            return read(start, size)
        root = entries[0]
        mini_stream = read(root[2], root[3])
        mini_fat: list[int] = []
        first_mini_fat = struct.unpack_from("<I", data, 60)[0]
        if first_mini_fat < 0xFFFFFFFA:
            table = read(first_mini_fat, len(data))
            mini_fat = list(struct.unpack(f"<{len(table) // 4}I", table[:len(table) // 4 * 4]))
        return b"".join(mini_stream[n * 64:n * 64 + 64]
                        for n in chain(start, mini_fat, len(mini_stream) // 64 + 1))[:size]
    return None


class _BiffExtent:
    """A sheet's farthest row and column, from its cell records."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = self.columns = 0

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def _check_legacy_workbook(path: Path) -> None:
    """calamine lays out an .xls sheet, too, as one block from A1 to its farthest cell: a value in cell
    (65535, 65535) made it ask for 137 GB and abort. The cell records say where every value is."""
    data = path.read_bytes()  # at most MAX_WORKBOOK_BYTES: the importers refuse bigger files first
    try:
        stream = _ole_stream(data, ("Workbook", "Book"))
    except (_NotOle, struct.error, IndexError):
        return  # calamine says what is wrong with it
    if stream is None:
        return
    extent = None
    names: list[str] = []
    parts = 0
    offset, end = 0, len(stream) - 4
    unpack = struct.unpack_from
    while offset <= end:
        kind, length = unpack("<HH", stream, offset)
        body = offset + 4
        if kind == _BOF:
            parts += 1  # the first part is the workbook's own; then one per sheet (or chart)
            extent = None if parts == 1 else _BiffExtent(names[parts - 2] if parts - 2 < len(names)
                                                         else f"sheet {parts - 1}")
        elif kind == _BOUNDSHEET and parts == 1 and length >= 8:
            count, wide = stream[body + 6], stream[body + 7] & 1
            text = stream[body + 8:body + 8 + count * (2 if wide else 1)]
            names.append(text.decode("utf-16-le" if wide else "latin-1", "replace"))
        elif extent is not None and length >= 4 and (kind in _CELL_RECORDS or kind == _MULRK):
            row, column = unpack("<HH", stream, body)
            if kind == _MULRK and length >= 6:
                column = unpack("<H", stream, body + length - 2)[0]
            extent.rows = max(extent.rows, row + 1)
            extent.columns = max(extent.columns, column + 1)
            if extent.cells > MAX_SHEET_CELLS:
                raise _sheet_too_large(path, extent.name, extent)
        offset = body + length
