"""Follow-up after the workshop: assessments of implementation, evidence, milestones and indicators.

Pure Python. An assessment is never edited: the history is the point, and the current status of a
recommendation or priority is its latest assessment (by date, then by the order entered). Organisations
that disagree are both kept and shown.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from .errors import ValidationError
from ..text import translate

COALITION = "the coalition"

# Attachments travel inside the workshop file: large enough for a scanned decree or a budget table, small
# enough that the file can still be mailed and backed up.
MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024

# OHCHR's caps for a stakeholder submission to the UPR.
WORD_CAP_SINGLE = 2815
WORD_CAP_JOINT = 5630

STALE_DAYS = 365  # "no assessment in the last 12 months"


class AssessmentStatus(str, Enum):
    NOT = "not"
    PARTIAL = "partial"
    FULL = "full"
    NO_INFO = "no_info"

    @property
    def label(self) -> str:
        return {"not": lambda: translate("FollowUp", "Not implemented"),
                "partial": lambda: translate("FollowUp", "Partially implemented"),
                "full": lambda: translate("FollowUp", "Fully implemented"),
                "no_info": lambda: translate("FollowUp", "No information")}[self.value]()

    @classmethod
    def parse(cls, value: str) -> "AssessmentStatus":
        key = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
        key = {"not_implemented": "not", "partially": "partial", "partially_implemented": "partial",
               "fully": "full", "fully_implemented": "full", "noinfo": "no_info",
               "no_information": "no_info"}.get(key, key)
        try:
            return cls(key)
        except ValueError:
            raise ValidationError(translate("FollowUp", "“{value}” is not an assessment status. Use not, partial, "
                                                        "full or no-info.").format(
                value=value)) from None


STATUS_ORDER = (AssessmentStatus.NOT, AssessmentStatus.PARTIAL, AssessmentStatus.FULL, AssessmentStatus.NO_INFO)


class EvidenceKind(str, Enum):
    LAW = "law"
    BUDGET = "budget"
    COURT = "court"
    STATEMENT = "statement"
    MEDIA = "media"
    OWN = "own"
    TESTIMONY = "testimony"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"law": lambda: translate("FollowUp", "Law or decree"),
                "budget": lambda: translate("FollowUp", "Budget line"),
                "court": lambda: translate("FollowUp", "Court decision"),
                "statement": lambda: translate("FollowUp", "Official statement"),
                "media": lambda: translate("FollowUp", "Media report"),
                "own": lambda: translate("FollowUp", "Our own documentation"),
                "testimony": lambda: translate("FollowUp", "Testimony"),
                "other": lambda: translate("FollowUp", "Other")}[self.value]()

    @classmethod
    def parse(cls, value: str) -> "EvidenceKind":
        key = (value or "").strip().lower()
        for kind in cls:
            if key in (kind.value, kind.label.lower()):
                return kind
        raise ValidationError(translate("FollowUp", "“{value}” is not a kind of evidence. Use one of: {listed}.").format(
            value=value, listed=', '.join(k.value for k in cls)))


@dataclass(frozen=True)
class Subject:
    """What is assessed: a recommendation ('r', id) or a charter priority ('p', id)."""
    kind: str
    id: int

    @property
    def key(self) -> str:
        return f"{self.kind}{self.id}"

    @classmethod
    def from_key(cls, key: str) -> "Subject":
        return cls(key[0], int(key[1:]))


def recommendation(rec_id: int) -> Subject:
    return Subject("r", int(rec_id))


def priority(priority_id: int) -> Subject:
    return Subject("p", int(priority_id))


@dataclass(frozen=True)
class Attachment:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Evidence:
    id: int | None
    title: str
    dated: str  # ISO date
    kind: EvidenceKind
    source: str = ""
    link: str = ""
    confidential: bool = False
    attachment: Attachment | None = None


@dataclass(frozen=True)
class Assessment:
    id: int | None
    subject: Subject
    status: AssessmentStatus
    assessed_on: str  # ISO date
    assessor: str  # an organisation's name, or COALITION
    justification: str = ""
    organisation_id: int | None = None
    evidence_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class MilestoneState:
    priority_id: int
    position: int
    due: str
    description: str
    done_on: str = ""

    def state(self, today: date) -> str:
        """'done', 'late' or 'not_due'."""
        if self.done_on:
            return "done"
        end = due_end(self.due)
        return "late" if end is not None and end < today else "not_due"


@dataclass(frozen=True)
class Indicator:
    id: int | None
    priority_id: int | None
    name: str
    unit: str = ""


@dataclass(frozen=True)
class IndicatorValue:
    id: int | None
    indicator_id: int
    period: str  # a date or a partial one: "2026", "2027-06"
    value: float
    source: str


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def due_end(text: str) -> date | None:
    """The last day a (possibly partial) date covers: "2027" -> 31 Dec 2027; None if not a date."""
    match = _DATE.match((text or "").strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if day:
            return date(int(year), int(month), int(day))
        if month:
            return date(int(year), int(month), calendar.monthrange(int(year), int(month))[1])
        return date(int(year), 12, 31)
    except ValueError:
        return None


def checked_date(text: str, what: str = "The date") -> str:
    value = (text or "").strip()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValidationError(translate("FollowUp", "{what} “{text}” is not a date. Write it as YYYY-MM-DD, e.g. "
                                                    "2027-03-15.").format(
            what=what, text=text)) from None


def word_count(text: str) -> int:
    """Words as a word processor counts them: runs of characters between spaces."""
    return len((text or "").split())


def word_cap(joint: bool) -> int:
    return WORD_CAP_JOINT if joint else WORD_CAP_SINGLE


def word_count_warning(count: int, joint: bool) -> str | None:
    cap = word_cap(joint)
    if count <= cap:
        return None
    if joint:
        text = translate("FollowUp", "The submission has {count} words, {over} over the {cap}-word limit OHCHR "
                                     "sets for a joint submission. Shorten it before sending.")
    else:
        text = translate("FollowUp", "The submission has {count} words, {over} over the {cap}-word limit OHCHR "
                                     "sets for one organisation's submission. Shorten it before sending.")
    return text.format(count=f"{count:,}", over=f"{count - cap:,}", cap=f"{cap:,}")


def size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


def latest_per_assessor(assessments: list[Assessment]) -> dict[str, Assessment]:
    latest: dict[str, Assessment] = {}
    for a in sorted(assessments, key=lambda a: (a.assessed_on, a.id or 0)):
        latest[a.assessor.casefold()] = a
    return latest


def disagreement(assessments: list[Assessment]) -> bool:
    """The latest word of two assessors differs (no information disagrees with nobody)."""
    statuses = {a.status for a in latest_per_assessor(assessments).values() if a.status != AssessmentStatus.NO_INFO}
    return len(statuses) > 1
