"""CSV and other delimited text: encoding, delimiter and header-row detection, and rows read as a stream.

Coalitions' files come from Excel on Windows (cp1252, cp1251, UTF-16 "Unicode text"), from old Macs
(Mac Roman with CR-only line endings, like the UPR Info export) and from everything else (UTF-8, with or
without a BOM). The encoding is decided on the whole file (one pass, in blocks): the first guess that
decodes is often wrong for 8-bit text, so every candidate is scored. The layout is sniffed from the head;
the rows are then streamed.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from charset_normalizer import from_bytes

from ...domain.errors import ImportRejected
from .base import MB, SAMPLE_ROWS, SourceTable, dedupe_columns, fold, trim_unnamed_columns
from ...text import translate

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



class NotText(Exception):
    pass


class EncodingMismatch(ImportRejected):
    """A row further in is not in the encoding the head of the file showed."""


def read_sample(path: Path) -> tuple[bytes, bytes]:
    """The head of the file, and the head plus slices from further in (whole lines only): enough to
    find the layout and binary data; the encoding is decided on the whole file (scan_file)."""
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


# --- encoding: every candidate decodes the whole file, the most plausible text wins ------------------

EIGHT_BIT = ("cp1252", "mac_roman", "cp1251", "latin-1")
SCAN_CHUNK = 4 * MB
CONTEXT_BUDGET = 2 * MB  # bytes of lines holding high bytes, scored for every candidate
LINES_PER_BYTE = 20  # a rare byte far down the file still gets lines of its own into the scoring

_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Non-letters that real text holds next to letters: apostrophes, quotes, dashes, degrees, currency.
_COMMON_SYMBOLS = frozenset("’‘“”«»–—…°€£§©®·•\u00a0º ª")
_APOSTROPHES = frozenset("’ʼ‘")


@dataclass
class FileScan:
    """What the whole file says about its encoding: which high bytes it holds and how often, whether it
    is valid UTF-8, and the lines holding high bytes (up to a budget, with every byte value represented)."""

    counts: list[int]
    utf8: bool
    context: bytes

    @property
    def high(self) -> set[int]:
        return {b for b in range(0x80, 0x100) if self.counts[b]}


def scan_file(path: Path) -> FileScan:
    counts = np.zeros(256, dtype=np.int64)
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    lines: list[bytes] = []
    budget = CONTEXT_BUDGET
    per_byte = np.zeros(256, dtype=np.int64)
    carry = b""
    with open(path, "rb") as file:
        while True:
            block = file.read(SCAN_CHUNK)
            final = not block
            data = carry + block
            if not final:
                # Whole lines only, so a line holding a high byte is never cut in two.
                end = max(data.rfind(b"\n"), data.rfind(b"\r"))
                data, carry = (data[:end + 1], data[end + 1:]) if end >= 0 else (b"", data)
            else:
                carry = b""
            if data:
                chunk_counts = np.bincount(np.frombuffer(data, dtype=np.uint8), minlength=256)
                counts += chunk_counts
                if utf8:
                    try:
                        decoder.decode(data)
                    except UnicodeDecodeError:
                        utf8 = False
                if chunk_counts[0x80:].any():
                    budget = _collect_lines(data, chunk_counts, per_byte, lines, budget)
            if final:
                break
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    return FileScan(counts=[int(c) for c in counts], utf8=utf8, context=b"\n".join(lines))


def _collect_lines(data: bytes, chunk_counts, per_byte, lines: list[bytes], budget: int) -> int:
    if budget > 0:
        at = 0
        while budget > 0 and (found := _HIGH_BYTE.search(data, at)):
            line, at = _line_around(data, found.start())
            lines.append(line)
            per_byte += np.bincount(np.frombuffer(line, dtype=np.uint8), minlength=256)
            budget -= len(line)
        return budget
    # Over budget: only bytes still short of lines of their own are looked for.
    for value in np.flatnonzero((chunk_counts > 0) & (per_byte < LINES_PER_BYTE)):
        if value < 0x80:
            continue
        at = 0
        while per_byte[value] < LINES_PER_BYTE and (found := data.find(bytes([value]), at)) >= 0:
            line, at = _line_around(data, found)
            lines.append(line)
            per_byte += np.bincount(np.frombuffer(line, dtype=np.uint8), minlength=256)
    return budget


def _line_around(data: bytes, at: int) -> tuple[bytes, int]:
    """The line holding data[at], and where the next line starts."""
    start = max(data.rfind(b"\n", 0, at), data.rfind(b"\r", 0, at)) + 1
    ends = [i for i in (data.find(b"\n", at), data.find(b"\r", at)) if i >= 0]
    end = min(ends) if ends else len(data)
    return data[start:end], end + 1


def detect_encoding(head: bytes, sample: bytes, scan: FileScan | None = None) -> str:
    """The codec to read the file with; NotText if it is binary data rather than text.

    Without a BOM or UTF-16's NULs, a file that is valid UTF-8 as a whole is UTF-8; otherwise each 8-bit
    candidate decodes the whole file and the one whose text is most plausible wins (candidate_scores)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    no_bom = _utf16_without_bom(head)
    if no_bom:
        return no_bom
    if b"\x00" in sample:
        raise NotText()
    if scan is None or scan.utf8:
        try:
            sample.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = _eight_bit(scan or _scan_of(sample), line_endings(head) == "\r")
    else:
        encoding = _eight_bit(scan, line_endings(head) == "\r")
    text = sample[:HEAD_BYTES].decode(encoding, errors="replace")
    controls = sum(1 for ch in text if (ch < " " and ch not in "\t\r\n\f\v") or "\x7f" <= ch <= "\x9f")
    if controls > max(2, len(text) // 200):
        raise NotText()
    return encoding


def _scan_of(data: bytes) -> FileScan:
    counts = [0] * 256
    for value, count in Counter(data).items():
        counts[value] = count
    lines: list[bytes] = []
    _collect_lines(data, None, np.zeros(256, dtype=np.int64), lines, len(data) + 1)
    return FileScan(counts=counts, utf8=False, context=b"\n".join(lines))


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


def _eight_bit(scan: FileScan, cr_only: bool) -> str:
    scores = candidate_scores(scan, cr_only)
    return min(scores, key=lambda encoding: (scores[encoding], EIGHT_BIT.index(encoding)))


def candidate_scores(scan: FileScan, cr_only: bool) -> dict[str, float]:
    """Implausibility of the file's text in each 8-bit encoding (lower is better).

    A byte the encoding leaves undefined anywhere in the file rules it out. Then, on the lines holding
    high bytes: C1 control characters, symbols inside words ("n¡ 17", "Justi\u2122a"), capitals inside
    words ("SŽlŽka"), words mixing scripts, and runs of accented Latin letters ("Ðàòèô") count against;
    letters in words count for. CR-only line endings (classic Mac OS) and charset-normalizer's guess are
    two small signals among the rest."""
    high = scan.high
    contexts = _byte_contexts(scan.context)
    scores: dict[str, float] = {}
    for encoding in EIGHT_BIT:
        undefined = 0
        for value in high:
            try:
                bytes([value]).decode(encoding)
            except UnicodeDecodeError:
                undefined += scan.counts[value]
        if undefined:
            scores[encoding] = float("inf")
            continue
        score = sum(count * _char_score(*triple.decode(encoding)) for triple, count in contexts.items())
        if encoding == "mac_roman":
            score += -3 if cr_only else 3
        scores[encoding] = score
    try:
        best = from_bytes(scan.context[:SNIFF_CHARS], cp_isolation=["cp1252", "cp1251", "latin_1", "mac_roman"]).best()
    except Exception:  # a hint only
        best = None
    if best is not None:
        guess = {"latin_1": "latin-1"}.get(best.encoding, best.encoding)
        if guess in scores and scores[guess] != float("inf"):
            scores[guess] -= 1
    return scores


def _byte_contexts(data: bytes) -> dict[bytes, int]:
    """Each high byte with the bytes either side of it, and how often that triple occurs. In an 8-bit
    encoding a byte is a character, so every candidate is scored on these few thousand triples instead
    of on megabytes of text."""
    arr = np.frombuffer(b"\n" + data + b"\n", dtype=np.uint8).astype(np.int64)
    at = np.flatnonzero(arr[1:-1] >= 0x80) + 1
    keys, counts = np.unique(arr[at - 1] * 65536 + arr[at] * 256 + arr[at + 1], return_counts=True)
    return {int(k).to_bytes(3, "big"): int(n) for k, n in zip(keys, counts)}


@lru_cache(maxsize=65536)
def _char_score(left: str, ch: str, right: str) -> float:
    """How implausible a non-ASCII character is between these two (lower is better)."""
    if "\x80" <= ch <= "\x9f" or ch == "\ufffd":
        return 20
    category = unicodedata.category(ch)
    if category[0] == "L" and category != "Lm":
        script = _script(ch)
        neighbours = [c for c in (left, right) if c.isalpha()]
        if any(_script(c) != script for c in neighbours):
            return 4  # a word mixing scripts
        if ch.isupper() and left.isalpha() and (left.islower() or right.islower()):
            return 3  # a capital inside a word
        if script == "LATIN" and len(neighbours) == 2 and all(not c.isascii() for c in neighbours):
            return 1  # accented Latin letters rarely stand three in a row
        return -1 if neighbours else 0
    if ch in "¡¿":
        return 0 if right.isalpha() or right in "\"'" else 3
    if left.isalpha() and right.isalpha() and ch not in _APOSTROPHES:
        return 5  # a symbol inside a word
    return 0 if ch in _COMMON_SYMBOLS else 1


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return ""


def encoding_note(encoding: str, cr_only: bool) -> str | None:
    if encoding in ("utf-8", "utf-8-sig"):
        return None
    if encoding == "mac_roman":
        return translate("Import", "Read as Mac Roman: the file has old-Mac line endings and its accented "
                                   "letters (such as ç, é, ô) are Mac Roman characters.")
    return translate("Import", "Read as {encoding} text.").format(encoding=ENCODING_NAMES.get(encoding, encoding))


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
        found = detect_encoding(head, sample, None if encoding else _scan_unless_binary(path, sample))
    except NotText:
        raise ImportRejected(
            translate("Import", "“{name}” is not a text file that can be read as a table: it holds binary data. "
                                "Export the recommendations as CSV or Excel and import that file.").format(
                name=path.name)
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


def _scan_unless_binary(path: Path, sample: bytes) -> FileScan | None:
    # Binary data is refused from the sample alone; reading a large binary file whole is wasted time.
    if b"\x00" in sample:
        return None
    return scan_file(path)


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
        with open(self.path, "rb") as raw:
            self._raw = raw
            reader = csv.reader(_decoded_lines(raw, self.encoding), delimiter=self.delimiter)
            try:
                for number, record in enumerate(reader, 1):
                    if number > self.header_row:
                        yield number, record
            except csv.Error as error:
                log.info("CSV error after record %s of %s: %s", number, self.path, error)
                if "field larger" in str(error):
                    text = translate("Import", "The file could not be read from this row on, probably "
                                               "because a quotation mark (\") in it is not closed. Open it in a "
                                               "spreadsheet program, check that row, save it as CSV again and "
                                               "import that.")
                else:
                    text = translate("Import", "The file could not be read from this row on, because of a "
                                               "formatting problem ({error}). Open it in a spreadsheet program, "
                                               "check that row, save it as CSV again and import that.")
                raise ImportRejected(
                    text.format(error=error),
                    row=number + 1,
                ) from None
            except UnicodeDecodeError:
                # _decoded_lines hands over every line before the bad byte first, so the record being
                # read is the one that holds it.
                raise EncodingMismatch(
                    translate("Import", "Row {number} holds characters that are not {get} text, although the rows "
                                        "before it are. Open the file in a spreadsheet program, save it as “CSV "
                                        "UTF-8” and import that.").format(
                        number=number + 1, get=ENCODING_NAMES.get(self.encoding)),
                    row=number + 1,
                ) from None
            self._done = self.path.stat().st_size


def _decoded_lines(raw: io.BufferedReader, encoding: str) -> Iterator[str]:
    """The file's lines as text, with their line endings (CR, LF or CRLF) kept for the csv module.

    Decoding goes block by block, but when a block holds a byte the encoding cannot read, the lines
    before that byte are handed over before the error is raised, so the row number is exact."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    pending = ""
    while True:
        block = raw.read(SLICE_BYTES)
        final = not block
        failure = None
        try:
            text = decoder.decode(block, final=final)
        except UnicodeDecodeError as error:
            text = error.object[:error.start].decode(encoding, errors="replace")
            failure = error
        lines = io.StringIO(pending + text, newline="").readlines()
        # The last line may go on in the next block (and "\r" may be the first half of "\r\n"); before a bad
        # byte it is the start of the bad row, which must not pass for a whole row.
        if failure is not None and lines and not lines[-1].endswith(("\r", "\n")):
            lines.pop()
        pending = lines.pop() if lines and not final and failure is None else ""
        yield from lines
        if failure is not None:
            raise failure
        if final:
            return
