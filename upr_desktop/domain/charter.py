"""The outcome charter: its parts, priorities with their implementation plan, endorsements,
comments and versions. Pure Python; the store keeps it, the ops layer changes it."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from ..text import translate


class Level(StrEnum):
    NATIONAL = "national"
    REGIONAL = "regional"
    INTERNATIONAL = "international"

    @property
    def label(self) -> str:
        if self is Level.NATIONAL:
            return translate("OutcomeCharter", "National")
        if self is Level.REGIONAL:
            return translate("OutcomeCharter", "Regional")
        return translate("OutcomeCharter", "International")


class ImplementationStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    PARTIALLY = "partially"
    FULLY = "fully"

    @property
    def label(self) -> str:
        if self is ImplementationStatus.NOT_STARTED:
            return translate("OutcomeCharter", "Not started")
        if self is ImplementationStatus.IN_PROGRESS:
            return translate("OutcomeCharter", "In progress")
        if self is ImplementationStatus.PARTIALLY:
            return translate("OutcomeCharter", "Partially implemented")
        return translate("OutcomeCharter", "Fully implemented")


class CharterStatus(StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"


# The plan fields of a priority, in the order the editor and the printout show them.
PLAN_FIELDS = (
    ("government_action", "Expected government action"),
    ("cso_actions", "CSO actions and advocacy"),
    ("lead_actor", "Lead actor"),
    ("partners", "Partners"),
    ("indicators", "Indicators or benchmarks"),
    ("resources", "Resources needed"),
)

# Headings of the fixed parts; a template may reword them ("Key expectations" for the Kenya style).
DEFAULT_LABELS = {
    "preamble": "Preamble",
    "priorities": "Priorities",
    "action_points": "Action points",
    "monitoring": "Monitoring and follow-up",
    "endorsements": "Endorsements",
    "annex": "Annex: recommendations cited",
    **{key: label for key, label in PLAN_FIELDS},
    "timeline": "Timeline and milestones",
}


@dataclass(frozen=True)
class Milestone:
    due: str = ""  # ISO date or a partial one ("2027-06")
    description: str = ""


@dataclass(frozen=True)
class Priority:
    id: int | None = None
    position: int = 0
    title: str = ""
    recommendation_ids: tuple[int, ...] = ()
    cluster_id: int | None = None
    government_action: str = ""
    cso_actions: str = ""
    lead_actor: str = ""
    partners: str = ""
    indicators: str = ""
    resources: str = ""
    level: Level = Level.NATIONAL
    status: ImplementationStatus = ImplementationStatus.NOT_STARTED
    milestones: tuple[Milestone, ...] = ()

    def with_changes(self, **changes) -> "Priority":
        return replace(self, **changes)

    def plan_filled(self) -> int:
        """How many of the plan's parts are written, out of len(PLAN_FIELDS) + 1 (the timeline)."""
        return sum(1 for key, _ in PLAN_FIELDS if getattr(self, key).strip()) + (1 if self.milestones else 0)


@dataclass(frozen=True)
class CharterSection:
    id: int | None = None
    position: int = 0
    heading: str = ""
    body: str = ""  # light Markdown: "# heading", **bold**, *italic*, "- " and "1. " lists


@dataclass(frozen=True)
class ActionPoint:
    id: int | None = None
    position: int = 0
    level: Level = Level.NATIONAL
    text: str = ""


@dataclass(frozen=True)
class Endorsement:
    id: int | None = None
    position: int = 0
    organisation: str = ""
    organisation_id: int | None = None
    representative: str = ""
    role: str = ""
    date: str = ""
    signed_on_paper: bool = False


@dataclass(frozen=True)
class Comment:
    id: int | None
    part: str  # "preamble", "monitoring", "section:3", "priority:5", "action_points", "endorsements"
    body: str
    participant_id: int | None = None  # None: left anonymously
    resolved: bool = False
    created_at: str = ""


@dataclass(frozen=True)
class Charter:
    title: str = ""
    place: str = ""
    start_date: str = ""
    end_date: str = ""
    organisers: tuple[str, ...] = ()
    preamble: str = ""
    monitoring: str = ""
    template: str | None = None
    labels: dict = field(default_factory=dict)
    status: CharterStatus = CharterStatus.DRAFT
    sections: tuple[CharterSection, ...] = ()
    priorities: tuple[Priority, ...] = ()
    action_points: tuple[ActionPoint, ...] = ()
    endorsements: tuple[Endorsement, ...] = ()

    def label(self, key: str) -> str:
        return self.labels.get(key) or DEFAULT_LABELS.get(key, key)

    def cited_recommendation_ids(self) -> list[int]:
        """The annex: every recommendation a priority cites, in order of first citation."""
        return list(dict.fromkeys(r for p in self.priorities for r in p.recommendation_ids))


@dataclass(frozen=True)
class CharterVersion:
    id: int
    name: str
    kind: str  # "named" or "adopted"
    created_at: str
    adopted_on: str | None = None
    adopted_at_place: str | None = None


# --- snapshots (versions) ------------------------------------------------------------------
def to_snapshot(charter: Charter) -> dict:
    data = asdict(charter)
    data["status"] = charter.status.value
    for p in data["priorities"]:
        p["level"] = str(p["level"])
        p["status"] = str(p["status"])
    for a in data["action_points"]:
        a["level"] = str(a["level"])
    return data


def from_snapshot(data: dict) -> Charter:
    def build(cls, values: dict):
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})

    priorities = tuple(
        build(Priority, {**p, "recommendation_ids": tuple(p.get("recommendation_ids", ())),
                         "level": Level(p.get("level", "national")),
                         "status": ImplementationStatus(p.get("status", "not_started")),
                         "milestones": tuple(build(Milestone, m) for m in p.get("milestones", ()))})
        for p in data.get("priorities", ()))
    return build(Charter, {
        **data,
        "organisers": tuple(data.get("organisers", ())),
        "status": CharterStatus(data.get("status", "draft")),
        "sections": tuple(build(CharterSection, s) for s in data.get("sections", ())),
        "priorities": priorities,
        "action_points": tuple(build(ActionPoint, {**a, "level": Level(a.get("level", "national"))})
                               for a in data.get("action_points", ())),
        "endorsements": tuple(build(Endorsement, e) for e in data.get("endorsements", ())),
    })


# --- the charter as plain text, and word-by-word differences ---------------------------------
_MARKUP_LINE = re.compile(r"^[ \t]{0,3}(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")


def unmarked(text: str) -> str:
    """Light Markdown without its marks: what a reader sees, so a comparison shows words, not '###'."""
    text = _MARKUP_LINE.sub("", text or "")
    text = _EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), text)
    return _ESCAPE.sub(r"\1", text)


def plain_text(charter: Charter, references: dict[int, str] | None = None) -> str:
    """The charter's words in reading order: what a version comparison compares."""
    references = references or {}
    out = [charter.title, " ".join(filter(None, (charter.place, charter.start_date, charter.end_date))),
           ", ".join(charter.organisers)]
    if charter.preamble:
        out += [charter.label("preamble"), unmarked(charter.preamble)]
    for s in charter.sections:
        out += [s.heading, unmarked(s.body)]
    if charter.priorities:
        out.append(charter.label("priorities"))
    for n, p in enumerate(charter.priorities, 1):
        out.append(f"{n}. {p.title}")
        cited = [references.get(r, f"#{r}") for r in p.recommendation_ids]
        if cited:
            out.append("Recommendations: " + ", ".join(cited))
        for key, _ in PLAN_FIELDS:
            if getattr(p, key):
                out += [charter.label(key) + ":", getattr(p, key)]
        out.append(f"Level: {p.level.label}")
        for m in p.milestones:
            out.append(f"{m.due} {m.description}".strip())
    if charter.action_points:
        out.append(charter.label("action_points"))
    for a in charter.action_points:
        out.append(f"{a.level.label}: {a.text}")
    if charter.monitoring:
        out += [charter.label("monitoring"), unmarked(charter.monitoring)]
    if charter.endorsements:
        out.append(charter.label("endorsements"))
    for e in charter.endorsements:
        out.append(", ".join(filter(None, (e.organisation, e.representative, e.role, e.date))))
    return "\n".join(line for line in out if line)


_TOKEN = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class DiffPiece:
    kind: str  # "same", "added", "removed"
    text: str


def word_diff(before: str, after: str) -> list[DiffPiece]:
    """Word by word, keeping the spacing, so a view can show the text with changes marked."""
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    pieces: list[DiffPiece] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(DiffPiece("same", "".join(a[i1:i2])))
            continue
        if op in ("replace", "delete"):
            pieces.append(DiffPiece("removed", "".join(a[i1:i2])))
        if op in ("replace", "insert"):
            pieces.append(DiffPiece("added", "".join(b[j1:j2])))
    return pieces


def diff_summary(pieces: list[DiffPiece]) -> tuple[int, int]:
    """Words added and removed."""
    count = lambda kind: sum(len(p.text.split()) for p in pieces if p.kind == kind)  # noqa: E731
    return count("added"), count("removed")


def validate_for_adoption(charter: Charter) -> list[str]:
    problems = []
    if not charter.title.strip():
        problems.append(translate("OutcomeCharter", "The charter needs a title before it is adopted."))
    if not charter.priorities:
        problems.append(translate("OutcomeCharter", "A charter is adopted for its priorities, and this one has none yet. "
                                             "Add at least one priority (from a cluster, from recommendations, or "
                                             "from a closed voting round)."))
    return problems


# Guidance a template leaves for the facilitator: "[Describe the review…]", "[three]", "[by vote / by consensus]".
# Not a Markdown link ("[text](url)"), a footnote mark ("[1]") or a tick box ("[ ]", "[x]").
_PLACEHOLDER = re.compile(r"(?<!\\)\[(?![ xX]\])([^\[\]\n]*[^\W\d_][^\[\]\n]*)\](?!\()")


@dataclass(frozen=True)
class Placeholder:
    part: str  # the part's name as the charter shows it: "Preamble", "How we worked", "Priority 2: … (Partners)"
    text: str  # the placeholder itself, with its brackets


def placeholders(charter: Charter) -> list[Placeholder]:
    """Template guidance still in square brackets, part by part in the charter's order."""
    parts: list[tuple[str, str]] = [("Title", charter.title), (charter.label("preamble"), charter.preamble)]
    parts += [(s.heading.strip() or "Untitled section", s.heading + "\n" + s.body) for s in charter.sections]
    for n, p in enumerate(charter.priorities, 1):
        name = f"{charter.label('priorities')} {n}" + (f": {p.title.strip()}" if p.title.strip() else "")
        parts.append((name, p.title))
        parts += [(f"{name} ({charter.label(key)})", getattr(p, key)) for key, _ in PLAN_FIELDS]
        parts += [(f"{name} ({charter.label('timeline')})", m.description) for m in p.milestones]
    parts += [(charter.label("action_points"), a.text) for a in charter.action_points]
    parts.append((charter.label("monitoring"), charter.monitoring))
    parts += [(charter.label("endorsements"), " ".join((e.organisation, e.representative, e.role)))
              for e in charter.endorsements]
    return [Placeholder(part, m.group(0)) for part, text in parts for m in _PLACEHOLDER.finditer(text or "")]


def placeholder_parts(found: list[Placeholder]) -> list[str]:
    """The parts that hold a placeholder, each once, in order."""
    return list(dict.fromkeys(p.part for p in found))


def describe_placeholders(found: list[Placeholder], limit: int = 6) -> str:
    """One sentence naming the parts still holding template guidance, with the first placeholder of each."""
    first: dict[str, str] = {}
    for p in found:
        first.setdefault(p.part, p.text)
    named = [f"{part} ({_shortened(text, 50)})" for part, text in first.items()]
    more = len(named) - limit
    listed = "; ".join(named[:limit])
    if more > 0:
        return translate("OutcomeCharter", "The charter still holds template guidance in [square brackets]: {listed}; and "
                                    "{more} more.").format(listed=listed, more=more)
    return translate("OutcomeCharter", "The charter still holds template guidance in [square brackets]: {listed}.").format(
        listed=listed)


def _shortened(placeholder: str, limit: int) -> str:
    words = " ".join(placeholder.split())
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0].rstrip(",;:- ") + "…]"


# --- small helpers the ops layer and the editor share -------------------------------------------
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def is_partial_date(value: str) -> bool:
    """An ISO date, or a partial one: "2027", "2027-06", "2027-06-30"."""
    import datetime

    match = _PARTIAL_DATE.match((value or "").strip())
    if not match:
        return False
    year, month, day = match.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


# --- who may be named in what the charter prints and exports --------------------------------------
def folded(name: str | None) -> str:
    """A name for comparison: case, accents and spacing ignored ("Tomás  ORTEGA" is "tomas ortega")."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _name_words(name: str | None) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", folded(name)))


def _unnameable(participants, anonymised: bool) -> tuple[frozenset[str], ...]:
    """The names (as sets of words) of registered participants that outputs may not print."""
    return tuple(_name_words(p.name) for p in participants
                 if p.name and p.output_name(anonymised) != p.name and _name_words(p.name))


def _printable(e: Endorsement, anonymised: bool, hidden: tuple[frozenset[str], ...]) -> Endorsement:
    """The representative (and their role, which could name them as well) left blank for a hand-written
    name when outputs are anonymised or the name is that of someone who has not agreed to be named, in any
    order ("GANBOLD Bat-Erdene", "Popescu, Ana")."""
    words = _name_words(e.representative)
    if anonymised or (words and any(name <= words for name in hidden)):
        return replace(e, representative="", role="")
    return e


def printable_endorsements(endorsements, participants, anonymised: bool) -> tuple[Endorsement, ...]:
    """Endorsements as outputs may show them. Representatives are free text, so a registered participant
    who has not agreed to be named is recognised by name (case, accents and spacing ignored)."""
    hidden = _unnameable(participants, anonymised)
    return tuple(_printable(e, anonymised, hidden) for e in endorsements)


def short_title(text: str, limit: int = 80) -> str:
    """A priority title from a recommendation's text: its first sentence, cut at a word to fit."""
    words = " ".join((text or "").split())
    first = re.split(r"(?<=[.;:])\s", words, maxsplit=1)[0].rstrip(".;:")
    if len(first) <= limit:
        return first
    cut = first[:limit + 1].rsplit(" ", 1)[0].rstrip(",;:- ")
    return (cut or first[:limit]) + "…"
