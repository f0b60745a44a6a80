"""Words every document and export shares: dates as people write them, the State's response, the charter's
adoption, and which way a text runs. Plain Python, so the PDF, Word and spreadsheet writers and the views
all say the same thing the same way."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from ..domain.recommendation import RecommendationKind
from ..text import Documents

if TYPE_CHECKING:
    from ..domain.charter import Charter, CharterVersion

# The charter's and voting's words import their domain modules where they are used: the review table imports
# this module (is_rtl) before its first paint, which needs neither.

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # English; month_name() gives them in a document's language
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
RESPONSE_WORDS = {"supported": "Supported", "noted": "Noted", "pending": "Pending"}  # English; see response_word

_ENGLISH = Documents("en")


def month_name(doc: Documents | None, month: int) -> str:
    """The month's name in the document's language (1 = January). Each a literal, for pyside6-lupdate."""
    doc = doc or _ENGLISH
    return (doc.translate("Dates", "January", "month"), doc.translate("Dates", "February", "month"),
            doc.translate("Dates", "March", "month"), doc.translate("Dates", "April", "month"),
            doc.translate("Dates", "May", "month"), doc.translate("Dates", "June", "month"),
            doc.translate("Dates", "July", "month"), doc.translate("Dates", "August", "month"),
            doc.translate("Dates", "September", "month"), doc.translate("Dates", "October", "month"),
            doc.translate("Dates", "November", "month"), doc.translate("Dates", "December", "month"))[month - 1]


def standalone_month_name(doc: Documents | None, month: int) -> str:
    """The month's name on its own ("June 2027"): Russian says "июнь 2027 г.", not the "июня" of a date."""
    doc = doc or _ENGLISH
    return (doc.translate("Dates", "January", "month on its own"), doc.translate("Dates", "February", "month on its own"),
            doc.translate("Dates", "March", "month on its own"), doc.translate("Dates", "April", "month on its own"),
            doc.translate("Dates", "May", "month on its own"), doc.translate("Dates", "June", "month on its own"),
            doc.translate("Dates", "July", "month on its own"), doc.translate("Dates", "August", "month on its own"),
            doc.translate("Dates", "September", "month on its own"),
            doc.translate("Dates", "October", "month on its own"),
            doc.translate("Dates", "November", "month on its own"),
            doc.translate("Dates", "December", "month on its own"))[month - 1]


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


def _day_month_year(doc: Documents | None, day: int, month: int, year: int) -> str:
    doc = doc or _ENGLISH
    # Translators order the parts: "{year}年{month}{day}日", "{day} de {month} de {year}".
    return doc.translate("Dates", "{day} {month} {year}", "a date: 29 May 2025").format(
        day=day, month=month_name(doc, month), year=year)


def date_words(value: str | None, doc: Documents | None = None) -> str:
    """'2025-05-29' -> '29 May 2025', '2027-06' -> 'June 2027' (in the document's language); anything else
    as written."""
    parts = _parts(value or "")
    if parts is None:
        return (value or "").strip()
    year, month, day = parts
    if month is None:
        return str(year)
    if day is None:
        return (doc or _ENGLISH).translate("Dates", "{month} {year}", "a month: June 2027").format(
            month=standalone_month_name(doc, month), year=year)
    return _day_month_year(doc, day, month, year)


def date_span_words(start: str | None, end: str | None, doc: Documents | None = None) -> str:
    """'27–29 May 2025', '30 May – 2 June 2025', or one date when there is one."""
    d = doc or _ENGLISH
    start, end = (start or "").strip(), (end or "").strip()
    if not start or not end or start == end:
        return date_words(start or end, doc)
    a, b = _parts(start), _parts(end)
    if a and b and a[2] and b[2]:
        if a[:2] == b[:2]:
            return d.translate("Dates", "{first}–{last} {month} {year}", "days of one month: 27–29 May 2025").format(
                first=a[2], last=b[2], month=month_name(doc, a[1]), year=a[0])
        if a[0] == b[0]:
            return d.translate("Dates", "{first_day} {first_month} – {last_day} {last_month} {year}",
                               "days of one year: 30 May – 2 June 2025").format(
                first_day=a[2], first_month=month_name(doc, a[1]), last_day=b[2], last_month=month_name(doc, b[1]),
                year=a[0])
    return date_range(date_words(start, doc), date_words(end, doc), doc)


def date_range(start_words: str, end_words: str, doc: Documents | None = None) -> str:
    """Two dates already in words, as a span."""
    return (doc or _ENGLISH).translate("Dates", "{start} – {end}", "from one date to another").format(
        start=start_words, end=end_words)


def moment_words(moment: datetime, doc: Documents | None = None) -> str:
    return (doc or _ENGLISH).translate("Dates", "{date}, {time}", "a date and a time of day").format(
        date=_day_month_year(doc, moment.day, moment.month, moment.year), time=f"{moment:%H:%M}")


def response_word(response, unknown: str = "", doc: Documents | None = None) -> str:
    """How the State answered, in a word (the UN's word in the document's language); `unknown` when the
    source did not say."""
    d = doc or _ENGLISH
    value = getattr(response, "value", str(response or ""))
    if value == "supported":
        return d.translate("Responses", "Supported", "the State's response")
    if value == "noted":
        return d.translate("Responses", "Noted", "the State's response")
    if value == "pending":
        return d.translate("Responses", "Pending", "the State's response")
    return unknown


def answer_word(rec, unknown: str = "", doc: Documents | None = None) -> str:
    """A recommendation's response in a word; a State's own pledge answers nobody, so it is named as such."""
    if getattr(rec, "kind", None) is RecommendationKind.VOLUNTARY_PLEDGE:
        return (doc or _ENGLISH).translate("Responses", "Voluntary pledge")
    return response_word(rec.response, unknown, doc)


def adopted_words(version: CharterVersion, doc: Documents | None = None) -> str:
    """'Adopted on 29 May 2025 at Port Aldan' (either part left out when it was not recorded)."""
    d = doc or _ENGLISH
    when = date_words(version.adopted_on, doc) if version.adopted_on else ""
    where = version.adopted_at_place or ""
    if when and where:
        return d.translate("Charter status", "Adopted on {date} at {place}").format(date=when, place=where)
    if when:
        return d.translate("Charter status", "Adopted on {date}").format(date=when)
    if where:
        return d.translate("Charter status", "Adopted at {place}").format(place=where)
    return d.translate("Charter status", "Adopted")


def adoption_text(workshop, charter: Charter | None = None, *, draft_word: str = "Draft",
                  doc: Documents | None = None) -> str:
    """'Adopted on 29 May 2025 at Port Aldan', or the draft word (saying so when an adopted text exists)."""
    d = doc or _ENGLISH
    charter = charter if charter is not None else workshop.charter()
    adopted = workshop.adopted_version()
    if adopted is None:
        return draft_word
    from ..domain.charter import CharterStatus

    if charter.status == CharterStatus.ADOPTED:
        return adopted_words(adopted, doc)
    when = date_words(adopted.adopted_on, doc) if adopted.adopted_on else ""
    where = adopted.adopted_at_place or ""
    if when and where:
        text = d.translate("Charter status", "{draft}: changed since its adoption on {date} at {place}")
    elif when:
        text = d.translate("Charter status", "{draft}: changed since its adoption on {date}")
    elif where:
        text = d.translate("Charter status", "{draft}: changed since its adoption at {place}")
    else:
        text = d.translate("Charter status", "{draft}: changed since its adoption")
    return text.format(draft=draft_word, date=when, place=where)


def level_word(level, doc: Documents | None = None) -> str:
    """A charter level (national, regional, international) in the document's language."""
    d = doc or _ENGLISH
    value = getattr(level, "value", str(level))
    if value == "national":
        return d.translate("Charter document", "National", "level of action")
    if value == "regional":
        return d.translate("Charter document", "Regional", "level of action")
    if value == "international":
        return d.translate("Charter document", "International", "level of action")
    return value


def implementation_word(status, doc: Documents | None = None) -> str:
    """A priority's implementation status in the document's language."""
    d = doc or _ENGLISH
    return {
        "not_started": d.translate("Implementation status", "Not started"),
        "in_progress": d.translate("Implementation status", "In progress"),
        "partially": d.translate("Implementation status", "Partially implemented"),
        "fully": d.translate("Implementation status", "Fully implemented"),
    }.get(getattr(status, "value", str(status)), getattr(status, "label", str(status)))


def method_word(method, doc: Documents | None = None) -> str:
    """A voting method's name in the document's language."""
    d = doc or _ENGLISH
    value = getattr(method, "value", str(method))
    names = {
        "dot": d.translate("Voting methods", "Dot voting"),
        "points": d.translate("Voting methods", "100-point voting"),
        "approval": d.translate("Voting methods", "Approval"),
        "score": d.translate("Voting methods", "Score 0–{top}").format(top=_score_max()),
        "borda": d.translate("Voting methods", "Ranked (Borda)"),
        "schulze": d.translate("Voting methods", "Ranked (Schulze)"),
        "moscow": d.translate("Voting methods", "MoSCoW"),
    }
    return names.get(value) or getattr(method, "label", value)


def charter_label(charter: Charter, key: str, doc: Documents | None = None) -> str:
    """A fixed part's heading: the charter's own wording (a template's "Key expectations"), else the
    default heading in the document's language."""
    from ..domain.charter import DEFAULT_LABELS

    own = (charter.labels or {}).get(key, "").strip()
    if own and own != DEFAULT_LABELS.get(key):
        return own
    d = doc or _ENGLISH
    defaults = {
        "preamble": d.translate("Charter document", "Preamble"),
        "priorities": d.translate("Charter document", "Priorities"),
        "action_points": d.translate("Charter document", "Action points"),
        "monitoring": d.translate("Charter document", "Monitoring and follow-up"),
        "endorsements": d.translate("Charter document", "Endorsements"),
        "annex": d.translate("Charter document", "Annex: recommendations cited"),
        "government_action": d.translate("Charter document", "Expected government action"),
        "cso_actions": d.translate("Charter document", "CSO actions and advocacy"),
        "lead_actor": d.translate("Charter document", "Lead actor"),
        "partners": d.translate("Charter document", "Partners"),
        "indicators": d.translate("Charter document", "Indicators or benchmarks"),
        "resources": d.translate("Charter document", "Resources needed"),
        "timeline": d.translate("Charter document", "Timeline and milestones"),
    }
    return defaults.get(key) or charter.label(key)


@lru_cache(maxsize=4096)
def _score_max() -> int:
    from ..domain.voting import SCORE_MAX

    return SCORE_MAX


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
