"""A closed ballot box of dot, 100-point, score or approval ballots, summed per candidate straight from its
JSON text, without a Python object per mark.

At 2,000 score ballots over 400 candidates, json.loads of the box took 23 ms and counting its 145,000 marks
with collections.Counter 12 ms more. Here bytes methods (C, a pass each) check the text's shape, NumPy reads
the numbers in one pass and sums them per candidate with np.bincount.

It only vouches for text exactly as this app writes it: a JSON list of ballots, each {"12":3,"40":1} (or
[12,40] for approval) with candidate ids rising within a ballot, nothing but digits and that punctuation.
Anything else (a space, a minus, a float, "null", a leading zero, a repeated or unordered key, a candidate not
in the round) gives None, and the caller parses the box as JSON and counts it the slow way, so odd files
count, or fail, as before.

Imported only when a closed round is counted: NumPy is not loaded at startup.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..domain.voting import MarkTotals

_DIGITS = b"0123456789"
_SPACED = bytes(c if c in _DIGITS else 32 for c in range(256))  # every character but digits a space

# Each byte's class; a text is refused if two neighbouring bytes are not a pair its shape allows.
_CLASSES = "0D[]{}\":,"  # 0; the digits 1-9; punctuation. Anything else: class 10, allowed next to nothing.
_CLASS = np.full(256, len(_CLASSES), dtype=np.uint8)
for _n, _char in enumerate(_CLASSES):
    _CLASS[ord(_char)] = _n
_CLASS[ord("1"):ord("9") + 1] = 1
_CLASS_OF = bytes(_CLASS)  # for bytes.translate, a pass in C: faster than NumPy's gather
_WIDTH = len(_CLASSES) + 1


def _pairs(*pairs: str) -> np.ndarray:
    """allowed[class of a byte × _WIDTH + class of the next]; D stands for a digit 1-9, 0 for the digit 0."""
    allowed = np.zeros(_WIDTH * _WIDTH, dtype=bool)
    for pair in pairs:
        for a in (("0", "D") if pair[0] == "#" else (pair[0],)):
            for b in (("0", "D") if pair[1] == "#" else (pair[1],)):
                allowed[_CLASSES.index(a) * _WIDTH + _CLASSES.index(b)] = True
    return allowed


# [{"12":3,"40":0},{}]  (# is any digit). The order of the quotes, colons and commas is checked on what is
# left once the digits are taken out; these pairs say where digits may be: in keys and values, nowhere else,
# and neither may be empty.
_COLON_ZERO = _CLASSES.index(":") * _WIDTH + _CLASSES.index("0")
_DICT_PAIRS = _pairs('[{', '{"', "{}", '"#', "##", '#"', '":', ":#", "#,", "#}", ',"', "},", ",{", "}]")
# [[12,40],[]]: an id never starts with 0 (no leading zero in JSON, no candidate 0).
_LIST_PAIRS = _pairs("[[", "[D", "[]", "##", "#,", "#]", ",D", "],", ",[", "]]")


def mark_totals(text: bytes, n_ballots: int, candidates: Sequence[int], *, ticks: bool) -> MarkTotals | None:
    """The ballots in `text` (a JSON list of n_ballots ballots) summed per candidate; None unless the text is
    exactly as this app writes it (see the module's note). ticks: approval ballots ([12, 40]); otherwise
    {"12": 3} ballots."""
    if text == b"[]":
        return MarkTotals(0, {}, {}) if n_ballots == 0 else None
    per_ballot = _marks_per_ballot(text, n_ballots, ticks)
    if per_ballot is None:
        return None
    marks = np.asarray(per_ballot, dtype=np.intp)
    # Text mode (not deprecated); it reads text of spaces alone as [0], so not when no ballot marks anyone.
    numbers = (np.fromstring(text.translate(_SPACED), dtype=np.int64, sep=" ") if marks.any()
               else np.zeros(0, dtype=np.int64))
    keys, values = (numbers, None) if ticks else (numbers[0::2], numbers[1::2])
    if len(keys) != marks.sum() or (values is not None and len(values) != len(keys)):
        return None
    # Candidates rise within each ballot, as normalise_ballot leaves them: none twice on one ballot.
    first = np.zeros(len(keys), dtype=bool)
    first[(np.cumsum(marks) - marks)[marks > 0]] = True
    if not ((np.diff(keys) > 0) | first[1:]).all():
        return None
    index = _candidate_index(keys, candidates)
    if index is None:
        return None  # a candidate not in the round: the slow count names it
    marked = np.bincount(index, minlength=len(candidates))
    if values is None:
        sums = marked
    else:
        if len(values) and int(values.max()) * len(values) >= 2 ** 53:
            return None  # np.bincount sums in float64, exact below 2^53
        sums = np.rint(np.bincount(index, weights=values, minlength=len(candidates))).astype(np.int64)
    ids = list(candidates)
    return MarkTotals(n_ballots, dict(zip(ids, sums.tolist())), dict(zip(ids, marked.tolist())))


def _marks_per_ballot(text: bytes, n_ballots: int, ticks: bool) -> list[int] | None:
    """How many candidates each ballot marks, in order; None if the text is not a list of n_ballots ballots
    of the shape asked for."""
    opening, closing, between = (b"[[", b"]]", b"],[") if ticks else (b"[{", b"}]", b"},{")
    if not (text.startswith(opening) and text.endswith(closing)) or n_ballots < 1:
        return None
    classes = np.frombuffer(text.translate(_CLASS_OF), dtype=np.uint8)
    pairs = classes[:-1] * np.uint8(_WIDTH) + classes[1:]  # < 256: fits the uint8
    if not np.take(_LIST_PAIRS if ticks else _DICT_PAIRS, pairs).all():
        return None
    if ticks:
        inside = text[2:-2]
        if inside.count(b"[") != n_ballots - 1 or inside.count(b"]") != n_ballots - 1:
            return None  # every bracket inside is one of the n − 1 "],[" between ballots
        pieces = inside.split(between)  # digits and commas: a ballot marks its commas + 1 candidates, or none
        return [piece.count(b",") + 1 if piece else 0 for piece in pieces] if len(pieces) == n_ballots else None
    # With the digits taken out, each ballot is "": repeated, comma-separated, in braces.
    skeleton = text[2:-2].translate(None, _DIGITS)
    if skeleton.count(b"{") != n_ballots - 1 or skeleton.count(b"}") != n_ballots - 1:
        return None  # every brace inside is one of the n − 1 "},{" between ballots
    pieces = skeleton.split(between)
    if len(pieces) != n_ballots:
        return None
    # No leading zero in a value (JSON has no 03): a 0 right after a colon is followed by no digit. (A key
    # "012" names candidate 12, as the JSON reading has it.)
    zero_value = np.flatnonzero(pairs == _COLON_ZERO)
    if len(zero_value) and (classes[zero_value + 2] < 2).any():  # class 0 or 1: a digit
        return None
    out = []
    shapes: dict[int, bytes] = {0: b""}
    for piece in pieces:
        k = (len(piece) + 1) // 4  # '"":' per mark, a comma between marks
        shape = shapes.get(k)
        if shape is None:
            shape = shapes[k] = b",".join([b'"":'] * k)
        if piece != shape:
            return None
        out.append(k)
    return out


def _candidate_index(keys: np.ndarray, candidates: Sequence[int]) -> np.ndarray | None:
    """Each key's position in candidates; None if a key is not among them."""
    order = np.asarray(candidates, dtype=np.int64)
    if not len(keys):
        return np.zeros(0, dtype=np.intp)
    if not len(order) or keys.min() < 0:
        return None
    top = int(max(order.max(), keys.max()))
    if top < 4 * len(keys) + 1_000_000:  # ids are row numbers: a look-up table by id
        table = np.full(top + 1, -1, dtype=np.intp)
        table[order] = np.arange(len(order))
        index = table[keys]
        return None if (index < 0).any() else index
    sort = np.argsort(order)
    found = np.searchsorted(order[sort], keys)
    found[found >= len(order)] = 0
    if (order[sort][found] != keys).any():
        return None
    return sort[found]
