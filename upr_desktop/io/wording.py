"""Words every document and export shares: dates as people write them, the State's response, the charter's
adoption, and which way a text runs. Plain Python, so the PDF, Word and spreadsheet writers and the views
all say the same thing the same way."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache

from ..domain.charter import Charter, CharterStatus, CharterVersion
from ..domain.recommendation import RecommendationKind

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
RESPONSE_WORDS = {"supported": "Supported", "noted": "Noted", "pending": "Pending"}


def _parts(value: str) -> tuple[int, int | None, int | None] | None:
    text = (value or "").strip()
    if len(text) > 10 and text[10] in "T ":  # a stored time: its day
        text = text[:10]
    match = _ISO.match(text)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return year, month, day


def date_words(value: str | None) -> str:
    """'2025-05-29' -> '29 May 2025', '2027-06' -> 'June 2027'; anything else as written."""
    parts = _parts(value or "")
    if parts is None:
        return (value or "").strip()
    year, month, day = parts
    if month is None:
        return str(year)
    if day is None:
        return f"{MONTHS[month - 1]} {year}"
    return f"{day} {MONTHS[month - 1]} {year}"


def date_span_words(start: str | None, end: str | None) -> str:
    """'27–29 May 2025', '30 May – 2 June 2025', or one date when there is one."""
    start, end = (start or "").strip(), (end or "").strip()
    if not start or not end or start == end:
        return date_words(start or end)
    a, b = _parts(start), _parts(end)
    if a and b and a[2] and b[2]:
        if a[:2] == b[:2]:
            return f"{a[2]}–{date_words(end)}"
        if a[0] == b[0]:
            return f"{a[2]} {MONTHS[a[1] - 1]} – {date_words(end)}"
    return f"{date_words(start)} – {date_words(end)}"


def moment_words(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}, {moment:%H:%M}"


def response_word(response, unknown: str = "") -> str:
    """How the State answered, in a word; `unknown` when the source did not say."""
    return RESPONSE_WORDS.get(getattr(response, "value", str(response or "")), unknown)


def answer_word(rec, unknown: str = "") -> str:
    """A recommendation's response in a word; a State's own pledge answers nobody, so it is named as such."""
    if getattr(rec, "kind", None) is RecommendationKind.VOLUNTARY_PLEDGE:
        return "Voluntary pledge"
    return response_word(rec.response, unknown)


def adopted_words(version: CharterVersion) -> str:
    """'Adopted on 29 May 2025 at Port Aldan' (either part left out when it was not recorded)."""
    return " ".join(filter(None, ("Adopted", _when_where(version))))


def adoption_text(workshop, charter: Charter | None = None, *, draft_word: str = "Draft") -> str:
    """'Adopted on 29 May 2025 at Port Aldan', or the draft word (saying so when an adopted text exists)."""
    charter = charter if charter is not None else workshop.charter()
    adopted = workshop.adopted_version()
    if adopted is None:
        return draft_word
    if charter.status == CharterStatus.ADOPTED:
        return adopted_words(adopted)
    return f"{draft_word}: changed since its adoption {_when_where(adopted)}".strip()


def _when_where(version: CharterVersion) -> str:
    when = f"on {date_words(version.adopted_on)}" if version.adopted_on else ""
    where = f"at {version.adopted_at_place}" if version.adopted_at_place else ""
    return " ".join(filter(None, (when, where)))


@lru_cache(maxsize=4096)
def is_rtl(text: str) -> bool:
    """Whether the first strongly directional character is Arabic or Hebrew: the paragraph's direction,
    as Qt and Word decide it."""
    for char in text or "":
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
