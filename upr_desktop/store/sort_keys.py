"""Folded sort keys: what the review table sorts text, States, themes and country by.

Stored in their own indexed columns (migration m007) and filled by every write in writes.py,
so a sort is an index walk instead of `ORDER BY ... COLLATE NOCASE` over every row (NOCASE
also folds ASCII only: "Égypte" sorted after "Zambia"). Pure Python and deterministic: the
same text always gets the same key, whichever build wrote it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(text: str | None) -> str | None:
    """Case-folded, accents stripped, outer spaces trimmed: "  Égypte " -> "egypte"."""
    if text is None:
        return None
    text = text.strip()
    if text.isascii():  # nearly every row: 10x cheaper than the normalise below
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


# Between the values of a list: below every letter and digit, so "Chile" sorts before "Chile, France".
LIST_SEPARATOR = ", "


def fold_list(values: Iterable[str]) -> str:
    """The key of a multi-valued field, in the order the values are shown (trimmed, as stored)."""
    return fold(LIST_SEPARATOR.join(values)) or ""  # one fold for the lot: values come trimmed
