"""Recommendations and the rules for normalising what sources say about them."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from ..text import translate


class Response(str, Enum):
    SUPPORTED = "supported"
    NOTED = "noted"
    PENDING = "pending"
    UNKNOWN = "unknown"


class RecommendationKind(str, Enum):
    RECOMMENDATION = "recommendation"
    VOLUNTARY_PLEDGE = "voluntary_pledge"  # a commitment the State under review made itself


# Wording seen in UPR Info, UHRI, OHCHR lists and coalition spreadsheets, in the UN languages and in the
# words of the first cycles ("will examine", "consider": the State would answer later). Compared folded
# (see _fold_response): case, accents and Arabic vowel marks do not count.
_RESPONSE_WORDS = {
    Response.SUPPORTED: {
        "supported", "support", "supports", "accepted", "accept", "accepted/supported", "supported/accepted",
        "a", "s", "yes", "fully supported", "supported in full", "enjoys the support", "agreed",
        "acceptee", "accepte", "acceptees", "appuyee", "appuye", "appuyees", "soutenue", "soutenu",
        "acepta", "aceptada", "aceptado", "aceptadas", "apoyada", "apoyado", "apoyadas",
        "принята", "принято", "поддержана", "поддержано", "поддерживается",
        "مؤيدة", "مقبولة", "قبلت", "تحظى بالتاييد", "تايد",
    },
    Response.NOTED: {
        "noted", "note", "not supported", "not accepted", "rejected", "reject", "n", "no",
        "take note", "taken note", "takes note", "notee", "note", "a pris note", "prend note", "pris note",
        "non acceptee", "rejetee", "toma nota", "tomada nota", "tomo nota", "se toma nota", "rechazada",
        "не поддержана", "принята к сведению", "приняты к сведению", "отклонена",
        "احيط علما", "أحيط علما", "احاطت علما", "مرفوضة",
    },
    Response.PENDING: {
        "pending", "pending response", "no response yet", "to be answered", "deferred", "consider",
        "will consider", "under consideration", "will examine", "will be examined", "to be examined",
        "en attente", "en suspens", "sera examinee", "pendiente", "en examen", "на рассмотрении",
        "قيد النظر",
    },
}

# A voluntary pledge (UPR Info's "Voluntary Pledge") is no response to a recommendation.
_PLEDGE_WORDS = {"voluntary pledge", "pledge", "voluntary commitment", "engagement volontaire",
                 "promesse volontaire", "compromiso voluntario", "promesa voluntaria", "добровольное обязательство",
                 "تعهد طوعي"}


def _fold_response(value: object) -> str:
    text = unicodedata.normalize("NFKD", " ".join(str(value).split())).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch) and ch != "\u0640")  # and Arabic tatweel
    return text.strip().strip(".").strip()


_FOLDED_WORDS = {response: {_fold_response(w) for w in words} for response, words in _RESPONSE_WORDS.items()}
_FOLDED_PLEDGE = {_fold_response(w) for w in _PLEDGE_WORDS}


_AFTER_CODE = re.compile(r"\s*[(;:,/–-]")


def is_voluntary_pledge(value: object) -> bool:
    return value is not None and _fold_response(value) in _FOLDED_PLEDGE


def normalise_response(value: object) -> Response:
    """Map a source's wording to supported / noted / pending / unknown."""
    if value is None:
        return Response.UNKNOWN
    text = _fold_response(value)
    if not text or text in {"nan", "none", "-", "n/a"}:
        return Response.UNKNOWN
    for response, words in _FOLDED_WORDS.items():
        if text in words:
            return response
    # "Supported (partially)", "Noted; see para 5", "A pris note (voir par. 5)": the longest known wording
    # that the text starts with, as whole words. A one-letter code must stand alone or before a bracket
    # or punctuation: "A pris note" is not "A" (accepted).
    best, best_length = None, 0
    for response, words in _FOLDED_WORDS.items():
        for word in words:
            if len(word) <= best_length or not text.startswith(word):
                continue
            rest = text[len(word):]
            if rest[:1].isalnum() or (len(word) == 1 and not _AFTER_CODE.match(rest)):
                continue
            best, best_length = response, len(word)
    if best is not None:
        return best
    if "partially" in text or "partly" in text or "partiellement" in text or "parcialmente" in text:
        return Response.SUPPORTED
    return Response.UNKNOWN


_BULLET = re.compile(r"^\s*(?:[-–•·*]\s+)")
# UPR Info joins issues with "," and no space; issue names themselves contain ", " (with a space).
_COMMA_NO_SPACE = re.compile(r",(?!\s)")


def split_multi(value: object, *, commas: bool = False) -> list[str]:
    """Split a multi-valued cell into a clean list, keeping order and dropping repeats.

    Handles UHRI's one-per-line "- value" cells, semicolons, pipes, and (with commas=True)
    UPR Info's "Women's rights,Rights of the Child".
    """
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        parts = [str(v) for v in value]
    else:
        text = str(value).replace("\r\n", "\n").replace("\r", "\n")
        if text.strip().lower() in {"", "nan", "none"}:
            return []
        if any(_BULLET.match(line) for line in text.split("\n")):
            # One "- value" per line (UHRI, OHCHR lists): values such as the OHCHR theme
            # "Children: definition; general principles; protection" hold semicolons and commas.
            parts = text.split("\n")
        else:
            parts = re.split(r"\n|;|\|", text)
            if commas:
                parts = [p for part in parts for p in _COMMA_NO_SPACE.split(part)]
    out: list[str] = []
    for part in parts:
        clean = _BULLET.sub("", part).strip().strip(",").strip()
        if clean and clean not in out:
            out.append(clean)
    return out


# "140.7 Ratify…", "140.7. Ratify…", "Para 140.7: Ratify…", "97.12 – Ratify…"
_PARAGRAPH = re.compile(r"^\s*(?:para(?:graph)?\.?\s*)?(\d{1,3}(?:\.\d{1,3}){1,2})\.?\s*[:–—-]?\s+(?=\S)", re.I)


def split_paragraph_number(text: str) -> tuple[str | None, str]:
    """Recover a leading paragraph number such as 140.7 from a recommendation's text."""
    match = _PARAGRAPH.match(text or "")
    if not match:
        return None, (text or "").strip()
    return match.group(1), text[match.end():].strip()


def cycle_for_session(session: int | None) -> int | None:
    """UPR cycle of a Working Group session: 1 = 1-12, 2 = 13-26, 3 = 27-40, 4 = 41-54."""
    if session is None or session < 1:
        return None
    for cycle, last in ((1, 12), (2, 26), (3, 40), (4, 54)):
        if session <= last:
            return cycle
    return 5 + (session - 55) // 14


SDG_NAMES = {
    1: "No poverty", 2: "Zero hunger", 3: "Good health and well-being", 4: "Quality education",
    5: "Gender equality", 6: "Clean water and sanitation", 7: "Affordable and clean energy",
    8: "Decent work and economic growth", 9: "Industry, innovation and infrastructure",
    10: "Reduced inequalities", 11: "Sustainable cities and communities",
    12: "Responsible consumption and production", 13: "Climate action", 14: "Life below water",
    15: "Life on land", 16: "Peace, justice and strong institutions", 17: "Partnerships for the goals",
}


def normalise_sdg(value: object) -> str | None:
    """"- 5 - GENDER EQUALITY", "SDG 5", "Goal 5", 5 → "5"."""
    match = re.search(r"(\d{1,2})", str(value))
    if not match:
        lowered = str(value).strip().lower()
        for number, name in SDG_NAMES.items():
            if name.lower() == lowered:
                return str(number)
        return None
    number = int(match.group(1))
    return str(number) if number in SDG_NAMES else None


def sdg_label(number: str) -> str:
    try:
        return f"SDG {number} · {SDG_NAMES[int(number)]}"
    except (KeyError, ValueError):
        return f"SDG {number}"


_NOT_WORD = re.compile(r"[\W_]+")


def _fold(text: str) -> str:
    text = text or ""
    # ASCII (most rows): NFKC changes nothing and casefold is lower, at a fraction of the cost.
    text = text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Recommendation:
    """One recommendation as the workshop holds it."""

    text: str
    reference: str | None = None
    country: str | None = None  # the State under review
    states: tuple[str, ...] = ()  # recommending State(s)
    response: Response = Response.UNKNOWN
    themes: tuple[str, ...] = ()
    affected_persons: tuple[str, ...] = ()
    sdgs: tuple[str, ...] = ()
    session: int | None = None
    cycle: int | None = None
    action_category: int | None = None
    document_symbol: str | None = None
    source_file: str | None = None
    source_row: int | None = None
    kind: RecommendationKind = RecommendationKind.RECOMMENDATION
    id: int | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def fingerprint(self) -> str:
        """Identity used to spot a recommendation imported twice: same SuR, words, States and session.

        Wording is folded (case, punctuation, spacing) so that a re-export with different
        line endings or a trailing full stop is still recognised. The session is part of it:
        States repeat a recommendation word for word in a later cycle, and a coalition
        database must keep both.
        """
        key = "\x1f".join([
            _fold(self.country or ""),
            _fold(self.text),
            "|".join(sorted(_fold(s) for s in self.states)),
            str(self.session or ""),
        ])
        return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    def with_changes(self, **changes) -> "Recommendation":
        return replace(self, **changes)


def fingerprints(recs: Iterable[Recommendation]) -> list[str]:
    """[rec.fingerprint() for rec in recs], the same strings, for an import: the country and the States
    repeat across a file, so each distinct one is folded once (up to _FOLDS_KEPT of each)."""
    countries: dict[str | None, str] = {}
    states_of: dict[tuple[str, ...], str] = {}
    digest = hashlib.blake2b
    out = []
    for rec in recs:
        country, states = rec.country, rec.states
        folded_country = countries.get(country)
        if folded_country is None:
            folded_country = _fold(country or "")
            if len(countries) < _FOLDS_KEPT:
                countries[country] = folded_country
        folded_states = states_of.get(states)
        if folded_states is None:
            folded_states = "|".join(sorted(_fold(s) for s in states))
            if len(states_of) < _FOLDS_KEPT:
                states_of[states] = folded_states
        key = "\x1f".join([folded_country, _fold(rec.text), folded_states, str(rec.session or "")])
        out.append(digest(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest())
    return out


_FOLDS_KEPT = 50_000


def validate_recommendation(rec: Recommendation) -> list[str]:
    """Problems that stop a recommendation being stored, in plain words."""
    problems = []
    if not rec.text or not rec.text.strip():
        problems.append(translate("Recommendations", "The recommendation has no text."))
    if rec.action_category is not None and not 1 <= rec.action_category <= 5:
        problems.append(translate("Recommendations", "The action category must be between 1 and 5."))
    if rec.session is not None and rec.session < 1:
        problems.append(translate("Recommendations", "The UPR session must be a positive number."))
    return problems
