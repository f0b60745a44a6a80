"""The next cycle: which recommendation of the new review repeats or follows one of the earlier review.

Suggestions only, each with its score; a person confirms them. The score is mostly the similarity of the
folded texts (rapidfuzz's token-sort ratio, so "Ratify the Convention on X" and "Consider ratifying the
Convention on X" stay close), plus a little for a recommending State and a theme in common. Pure Python.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TEXT_WEIGHT = 0.8
STATE_WEIGHT = 0.12
THEME_WEIGHT = 0.08
MIN_SCORE = 60.0  # below this a pair is not worth a person's time
MIN_TEXT = 55.0  # a State and a theme in common do not make two different texts a repeat
TOP = 3

_NUMBER = re.compile(r"^\s*\d+(\.\d+)*\s*")
_WORDS = re.compile(r"\w+", re.UNICODE)
# Words that say how strongly, not what: "Consider ratifying" repeats "Ratify".
_SOFT = frozenset("continue continuing consider considering further take steps to its efforts effort the a an "
                  "and of in on for with that".split())


def folded(text: str) -> str:
    """Lower case, accents off, paragraph number off, only the words that carry meaning, in order."""
    text = _NUMBER.sub("", text or "")
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(w for w in _WORDS.findall(text) if w not in _SOFT)


@dataclass(frozen=True)
class Candidate:
    id: int
    text: str  # folded
    states: frozenset[str]
    themes: frozenset[str]


@dataclass(frozen=True)
class Suggestion:
    recommendation_id: int  # of the later review
    earlier_id: int
    score: float  # 0-100
    text_score: float
    same_state: bool
    same_theme: bool


def candidate(rec_id: int, text: str, states, themes) -> Candidate:
    return Candidate(rec_id, folded(text), frozenset(s.casefold() for s in states),
                     frozenset(t.casefold() for t in themes))


def suggest(later: list[Candidate], earlier: list[Candidate], *, top: int = TOP,
            min_score: float = MIN_SCORE) -> dict[int, list[Suggestion]]:
    """For each later recommendation, its best earlier matches (best first), scored 0-100."""
    from rapidfuzz import fuzz, process

    if not later or not earlier:
        return {}
    matrix = process.cdist([c.text for c in later], [c.text for c in earlier], scorer=fuzz.token_sort_ratio,
                           workers=1)
    out: dict[int, list[Suggestion]] = {}
    for i, new in enumerate(later):
        row = matrix[i]
        # only the closest texts can reach the threshold: the bonus is at most 20 points
        floor = max(MIN_TEXT, (min_score - 100 * (STATE_WEIGHT + THEME_WEIGHT)) / TEXT_WEIGHT)
        found = []
        for j in (j for j in range(len(earlier)) if row[j] >= floor):
            old = earlier[j]
            same_state = bool(new.states & old.states)
            same_theme = bool(new.themes & old.themes)
            score = TEXT_WEIGHT * float(row[j]) + 100 * (STATE_WEIGHT * same_state + THEME_WEIGHT * same_theme)
            if score >= min_score:
                found.append(Suggestion(new.id, old.id, round(score, 1), round(float(row[j]), 1), same_state,
                                        same_theme))
        if found:
            out[new.id] = sorted(found, key=lambda s: (-s.score, s.earlier_id))[:top]
    return out
