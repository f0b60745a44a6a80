"""CSV and other delimited text: encoding, delimiter and header-row detection, and rows read as a stream.

Coalitions' files come from Excel on Windows (cp1252, cp1251, UTF-16 "Unicode text"), from old Macs
(Mac Roman with CR-only line endings, like the UPR Info export) and from everything else (UTF-8, with or
without a BOM). Only the head and a few slices of the file are read to decide; the rows are then streamed.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from charset_normalizer import from_bytes

from ...domain.errors import ImportRejected
from .base import SAMPLE_ROWS, SourceTable, dedupe_columns, fold, trim_unnamed_columns

log = logging.getLogger(__name__)

HEAD_BYTES = 1024 * 1024
SLICE_BYTES = 64 * 1024
SNIFF_CHARS = 256 * 1024
DELIMITERS = (",", ";", "\t", "|")

ENCODING_NAMES = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8 (with BOM)", "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE", "cp1251": "Windows Cyrillic (cp1251)", "cp1252": "Windows Western (cp1252)",
    "mac_roman": "Mac Roman", "latin-1": "Latin-1 (ISO 8859-1)",
}

# Bytes with no character in cp1252: a file holding them was not written by Windows in cp1252.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


class NotText(Exception):
    pass


class EncodingMismatch(ImportRejected):
    """A row further in is not in the encoding the head of the file showed."""


def read_sample(path: Path) -> tuple[bytes, bytes]:
    """The head of the file, and the head plus slices from further in (whole lines only), for big files
    whose first accented letter may come late."""
    size = path.stat().st_size
    with open(path, "rb") as file:
        head = file.read(HEAD_BYTES)
        if size <= HEAD_BYTES:
            return head, head
        parts = [_whole_lines(head, start=False)]
        for k in range(1, 5):
            file.seek(size * k // 5)
            parts.append(_whole_lines(file.read(SLICE_BYTES), start=True))
    return head, b"\n".join(parts)


def _whole_lines(chunk: bytes, *, start: bool) -> bytes:
    # \r and \n never occur inside a UTF-8 multi-byte character, so cutting at them keeps characters whole.
    if start:
        cut = min((i for i in (chunk.find(b"\n"), chunk.find(b"\r")) if i >= 0), default=-1)
        chunk = chunk[cut + 1:] if cut >= 0 else b""
    end = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
    return chunk[:end + 1] if end >= 0 else chunk


def line_endings(head: bytes) -> str:
    if b"\r" in head and b"\n" not in head:
        return "\r"
    return "\r\n" if b"\r\n" in head else "\n"


def detect_encoding(head: bytes, sample: bytes) -> str:
    """The codec to read the file with; NotText if it is binary data rather than text."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    no_bom = _utf16_without_bom(head)
    if no_bom:
        return no_bom
    if b"\x00" in sample:
        raise NotText()
    try:
        sample.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        encoding = _eight_bit(sample, line_endings(head) == "\r")
    text = sample[:HEAD_BYTES].decode(encoding, errors="replace")
    controls = sum(1 for ch in text if (ch < " " and ch not in "\t\r\n\f\v") or "\x7f" <= ch <= "\x9f")
    if controls > max(2, len(text) // 200):
        raise NotText()
    return encoding


def _utf16_without_bom(head: bytes) -> str | None:
    # Mostly-ASCII UTF-16 has a NUL in every other byte.
    chunk = head[:4096]
    if len(chunk) < 8:
        return None
    even, odd = chunk[0::2], chunk[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _eight_bit(sample: bytes, cr_only: bool) -> str:
    high = {b for b in set(sample) if b >= 0x80}
    if cr_only and _looks_mac_roman(high):
        return "mac_roman"
    candidates = ["cp1252", "cp1251", "latin_1"] + (["mac_roman"] if cr_only else [])
    best = from_bytes(sample, cp_isolation=candidates).best()
    encoding = {"latin_1": "latin-1"}.get(best.encoding, best.encoding) if best else "cp1252"
    if encoding == "cp1252" and high & _CP1252_UNDEFINED:
        encoding = "latin-1"
    return encoding


def _looks_mac_roman(high: set[int]) -> bool:
    """Classic-Mac exports (CR line endings): every high byte is a letter in Mac Roman, while Windows
    reads some as undefined bytes or symbols ("Justi\x8da" is "Justiça" in Mac Roman)."""
    if not high:
        return False
    as_mac = bytes(sorted(high)).decode("mac_roman")
    if not all(ch.isalpha() for ch in as_mac):
        return False
    return any(b in _CP1252_UNDEFINED or not bytes([b]).decode("cp1252").isalpha() for b in high)


def encoding_note(encoding: str, cr_only: bool) -> str | None:
    if encoding in ("utf-8", "utf-8-sig"):
        return None
    if encoding == "mac_roman":
        return ("Read as Mac Roman: the file has old-Mac line endings and its accented letters "
                "(such as ç, é, ô) are Mac Roman characters.")
    return f"Read as {ENCODING_NAMES.get(encoding, encoding)} text."


# --- layout: delimiter and header row --------------------------------------------------------------

def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most consistent number of columns."""
    best, best_key = None, None
    for delimiter in DELIMITERS:
        records = [r for r in _head_records(text, delimiter, 60)[0] if any(c.strip() for c in r)]
        if not records:
            continue
        width, count = max(Counter(len(r) for r in records).items(), key=lambda kv: (kv[1], kv[0]))
        key = (width > 1, round(count / len(records), 1), width)
        if best_key is None or key > best_key:
            best, best_key = delimiter, key
    if best is None or not best_key[0]:
        # One column: choose a delimiter that never occurs, so commas in the text stay in the text.
        return next((d for d in ("\t", "|", ";", ",") if d not in text), ",")
    return best


def _head_records(text: str, delimiter: str, limit: int) -> tuple[list[list[str]], bool]:
    """The first records, and whether the text ran out before `limit`. An unclosed quote stops the
    sniffing here; reading the rows will explain it to the person."""
    records = []
    try:
        for record in islice(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), limit):
            records.append(record)
    except csv.Error:
        return records, False
    return records, len(records) < limit


def find_header(records: list[list[str]], known_names: frozenset[str]) -> int:
    """Index of the header among the first records: title lines above a table ("UPR recommendations to
    Mongolia", "Exported 2015-05-02;;;") have fewer filled cells than the header."""
    filled = [sum(1 for c in r if str(c).strip()) for r in records[:30]]
    if not any(filled):
        return 0
    width = Counter(f for f in filled if f).most_common(1)[0][0]
    needed = max(2, (width + 1) // 2) if width > 1 else 1
    first = next((i for i, count in enumerate(filled) if count >= needed),
                 next(i for i, count in enumerate(filled) if count))

    def known(index: int) -> int:
        return sum(1 for c in records[index] if fold(c) in known_names)

    if known(first) == 0:
        # A title line with several cells ("Kenya;3rd cycle;2019") above a header we recognise.
        return next((i for i in range(first + 1, len(filled)) if known(i) >= 2), first)
    return first


def open_text_table(path: Path, known_names: frozenset[str], *, encoding: str | None = None) -> SourceTable:
    """Sniff the layout from the head of the file; the rows are read later as a stream."""
    head, sample = read_sample(path)
    try:
        found = detect_encoding(head, sample)
    except NotText:
        raise ImportRejected(
            f"“{path.name}” is not a text file that can be read as a table: it holds binary data. "
            "Export the recommendations as CSV or Excel and import that file."
        ) from None
    encoding = encoding or found
    cr_only = line_endings(head) == "\r"
    text, complete = _decode_head(head, encoding, path.stat().st_size)
    delimiter = sniff_delimiter(text)
    records, ran_out = _head_records(text, delimiter, 30 + SAMPLE_ROWS + 1)
    if ran_out and not complete and len(records) > 1:
        records = records[:-1]  # the last record may be cut off by the sample
    header_index = find_header(records, known_names) if records else 0
    header = [c.strip() for c in records[header_index]] if records else []
    samples = [r for r in records[header_index + 1:] if any(c.strip() for c in r)][:SAMPLE_ROWS]
    width = trim_unnamed_columns(header, samples) if header else 0
    columns = dedupe_columns(header[:width])
    notes = [note] if (note := encoding_note(encoding, cr_only)) else []
    table = _TextRows(path, encoding, delimiter, header_index + 1)
    return SourceTable(
        columns=columns, header_row=header_index + 1, rows=table.rows,
        sample_rows=[(r + [""] * width)[:width] for r in samples],
        progress_total=path.stat().st_size, progress_done=table.bytes_done,
        encoding=encoding, delimiter=delimiter, notes=notes,
    )


def _decode_head(head: bytes, encoding: str, size: int) -> tuple[str, bool]:
    """The start of the file as text, and whether that is the whole file."""
    used = head[:SNIFF_CHARS * (2 if encoding.startswith("utf-16") else 1)]
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return decoder.decode(used, final=False), len(used) == size


class _TextRows:
    """Streams records with the record numbers a spreadsheet program shows (a cell with line breaks
    inside quotes stays one row)."""

    def __init__(self, path: Path, encoding: str, delimiter: str, header_row: int):
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        self.header_row = header_row
        self._raw: io.BufferedReader | None = None
        self._done = 0

    def bytes_done(self) -> int:
        if self._raw is not None and not self._raw.closed:
            self._done = self._raw.tell()
        return self._done

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        number = 0
        raw = open(self.path, "rb")
        self._raw = raw
        with io.TextIOWrapper(raw, encoding=self.encoding, newline="") as text:
            reader = csv.reader(text, delimiter=self.delimiter)
            try:
                for number, record in enumerate(reader, 1):
                    if number > self.header_row:
                        yield number, record
            except csv.Error as error:
                log.info("CSV error after record %s of %s: %s", number, self.path, error)
                if "field larger" in str(error):
                    reason = "probably because a quotation mark (\") in it is not closed"
                else:
                    reason = f"because of a formatting problem ({error})"
                raise ImportRejected(
                    f"The file could not be read from this row on, {reason}. Open it in a spreadsheet program, "
                    "check that row, save it as CSV again and import that.",
                    row=number + 1,
                ) from None
            except UnicodeDecodeError:
                raise EncodingMismatch(
                    f"Row {number + 1} holds characters that are not {ENCODING_NAMES.get(self.encoding)} text, "
                    "although the rows before it are. Open the file in a spreadsheet program, save it as "
                    "“CSV UTF-8” and import that.",
                    row=number + 1,
                ) from None
            self._done = self.path.stat().st_size
