"""Prioritisation votes: the rules of each method, ballot checking and counting.

No tie-break is ever applied: tied candidates share a rank (1, 2, 2, 4) and the facilitator is told to hold a
run-off. Results within CLOSE_MARGIN of each other are reported as ties in practice.

A ranked ballot may rank candidates level: its stored form is a list, best first, whose items are candidate ids
or lists of two or more ids ranked level ([4, [7, 12], 31]). A ballot without level candidates is a plain list of
ids, as every ballot was before ranking level was allowed.

Counting: Borda points are summed directly (votelib's positional scoring gives a level group one place, not the
places it fills); the pairwise counts of both ranked methods are counted here (unranked candidates below every
ranked one) and the strongest paths of Schulze are found here, with winning votes as Schulze's paper defines them
(votelib's widest_paths leaves out the ballots against). Schulze ranks by its own relation (X above Y when
the strongest path from X to Y is stronger than the one back), never by a count of wins. Approval, dot,
100-point, score and MoSCoW totals are summed directly. Every count is made in C where it can be
(collections.Counter over the ballots' items and itertools' pairs): at 2,000 ballots over 400 candidates a
Python loop per mark took 60 ms, votelib's ScoreToSimpleVotes 64 ms for the sums alone, and votelib's
RankedToCondorcetVotes 70 ms for 300 rankings of 30 candidates. The tests cross-check every method against
votelib and against textbook counts.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from .errors import ValidationError
from ..text import QT_TRANSLATE_NOOP, Context, in_language, listing, translate

Voting = Context("Voting")  # plural sentences: lupdate takes the context from this name

SCORE_MAX = 5
POINTS_BUDGET = 100
RANKED_MAX = 40
CLOSE_MARGIN = 0.06  # 39 vs 37 is "a tie in practice"
CLOSE_CALL_RANKS = 10
MOSCOW_POINTS = {"must": 3, "should": 2, "could": 1, "wont": 0}
_NAMED_IN_TIE = 6  # a tie of hundreds of unvoted candidates is summarised, not listed


class Method(StrEnum):
    DOT = "dot"
    POINTS = "points"
    APPROVAL = "approval"
    SCORE = "score"
    BORDA = "borda"
    SCHULZE = "schulze"
    MOSCOW = "moscow"

    @property
    def label(self) -> str:
        """The method's name in the interface language (looked up each time: the language can change)."""
        return _method_label(self)

    @property
    def ranked(self) -> bool:
        return self in (Method.BORDA, Method.SCHULZE)

    @property
    def cumulative(self) -> bool:
        """Each person shares out a budget and may stack it on one candidate."""
        return self in (Method.DOT, Method.POINTS)


def _method_label(method: Method) -> str:
    if method is Method.DOT:
        return translate("Voting", "Dot voting")
    if method is Method.POINTS:
        return translate("Voting", "100-point voting")
    if method is Method.APPROVAL:
        return translate("Voting", "Approval")
    if method is Method.SCORE:
        return translate("Voting", "Score 0–{most}").format(most=SCORE_MAX)
    if method is Method.BORDA:
        return translate("Voting", "Ranked (Borda)")
    if method is Method.SCHULZE:
        return translate("Voting", "Ranked (Schulze)")
    return translate("Voting", "MoSCoW")


class Moscow(StrEnum):
    MUST = "must"
    SHOULD = "should"
    COULD = "could"
    WONT = "wont"

    @property
    def label(self) -> str:
        return {"must": translate("Voting", "Must"), "should": translate("Voting", "Should"),
                "could": translate("Voting", "Could"), "wont": translate("Voting", "Won't")}[self.value]

    @property
    def points(self) -> int:
        return MOSCOW_POINTS[self.value]


_MOSCOW_WORDS = {
    "must": Moscow.MUST, "m": Moscow.MUST,
    "should": Moscow.SHOULD, "s": Moscow.SHOULD,
    "could": Moscow.COULD, "c": Moscow.COULD,
    "wont": Moscow.WONT, "won't": Moscow.WONT, "won’t": Moscow.WONT, "will not": Moscow.WONT, "w": Moscow.WONT,
}


# ---------------------------------------------------------------------------------------------------------------
# Rules of a round


@dataclass(frozen=True)
class RoundRules:
    method: Method
    dots: int | None = None  # DOT: dots per voter (required). POINTS: budget (None means 100). Ignored otherwise.
    max_per_candidate: int | None = None  # DOT/POINTS only

    def budget(self) -> int | None:
        if self.method is Method.DOT:
            return self.dots
        if self.method is Method.POINTS:
            return POINTS_BUDGET if self.dots is None else self.dots
        return None

    def describe(self) -> str:
        m = self.method
        label = m.label
        if m.cumulative:
            budget, cap = self.budget(), self.max_per_candidate
            if m is Method.DOT:
                if budget is None:
                    return translate("Voting", "{method}: the number of dots per person is not set yet.").format(
                        method=label)
                if cap is not None:
                    return Voting.tr("{method}: %n dot(s) each, at most {cap} on one candidate.", None,
                                     budget).format(method=label, cap=cap)
                return Voting.tr("{method}: %n dot(s) each, and any number may go on one candidate.", None,
                                 budget).format(method=label)
            if cap is not None:
                return Voting.tr("{method}: %n point(s) each to share out, at most {cap} on one candidate.", None,
                                 budget).format(method=label, cap=cap)
            return Voting.tr("{method}: %n point(s) each to share out, and any number may go on one candidate.",
                             None, budget).format(method=label)
        if m is Method.APPROVAL:
            return translate("Voting", "{method}: tick every candidate you support, as many as you like; "
                                       "candidates are ranked by the number of ticks.").format(method=label)
        if m is Method.SCORE:
            return translate("Voting", "{method}: rate any candidate from 0 to {most}; candidates are ranked by "
                                       "the sum of their scores. A candidate left unrated gets no score (not a "
                                       "0), so its mean is over the people who rated it.").format(
                method=label, most=SCORE_MAX)
        if m is Method.BORDA:
            return translate("Voting", "{method}: rank as many candidates as you like, best first; you may rank "
                                       "some level. A ballot that ranks k candidates gives k points to its first "
                                       "choice, k − 1 to the second, and so on down to 1 point for the last one "
                                       "ranked; unranked candidates get 0. Candidates ranked level share the "
                                       "points of the places they fill: two level in 2nd and 3rd place of 4 get "
                                       "(3 + 2) ÷ 2 = 2.5 each. Candidates are ranked by their points.").format(
                method=label)
        if m is Method.SCHULZE:
            return translate("Voting", "{method}: rank as many candidates as you like, best first; you may rank "
                                       "some level, and unranked candidates count as level below every ranked "
                                       "one. X beats Y when the strongest chain of head-to-head wins from X to Y "
                                       "is stronger than the strongest chain from Y to X. A chain is as strong as "
                                       "its weakest win; a win is stronger when more ballots back it, or as many "
                                       "back it and fewer oppose it. First place goes to every candidate no one "
                                       "beats; then the same among the rest, and so on. Candidates sharing a "
                                       "place do not beat each other; the beatpath wins shown are not used to "
                                       "separate them.").format(method=label)
        return translate("Voting", "{method}: mark each candidate Must, Should, Could or Won't; candidates are "
                                   "ranked by points (Must 3, Should 2, Could 1, Won't 0).").format(method=label)

    def to_json(self) -> dict:
        return {"method": self.method.value, "dots": self.dots, "max_per_candidate": self.max_per_candidate}

    @classmethod
    def from_json(cls, d: Mapping) -> RoundRules:
        try:
            method = Method(d["method"])
        except (KeyError, ValueError, TypeError):
            raise ValidationError(
                translate("Voting", "This round's voting method ({value!r}) is not one this version knows. Choose "
                                    "the method again.").format(
                    value=d.get('method') if isinstance(d, Mapping) else d)) from None
        return cls(method, d.get("dots"), d.get("max_per_candidate"))


def suggested_dots(n_candidates: int) -> int:
    """The facilitators' rule of thumb: a third of the options, rounded to nearest, at least 1."""
    return max(1, round(n_candidates / 3))


def _is_whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _rule_problems(rules: RoundRules) -> list[str]:
    """Problems that do not depend on the candidates."""
    m = rules.method
    problems = []
    if m is Method.DOT:
        if rules.dots is None:
            problems.append(translate("Voting", "Dot voting needs a number of dots per person. Set it before "
                                                "opening the round."))
        elif not _is_whole(rules.dots) or rules.dots < 1:
            problems.append(translate("Voting", "Each person needs at least 1 dot, as a whole number; the round "
                                                "says {dots}. Set the dots per person to 1 or more.").format(
                dots=rules.dots))
    elif m is Method.POINTS and rules.dots is not None and (not _is_whole(rules.dots) or rules.dots < 1):
        problems.append(translate("Voting", "The points budget must be a whole number of at least 1; the round "
                                            "says {points}. Set it to {default}, or another number of 1 or "
                                            "more.").format(points=rules.dots, default=POINTS_BUDGET))
    cap = rules.max_per_candidate
    if cap is not None:
        if not m.cumulative:
            problems.append(translate("Voting", "A limit per candidate only applies to dot voting and 100-point "
                                                "voting. Clear it for {method}.").format(method=m.label))
        elif not _is_whole(cap) or cap < 1:
            problems.append(translate("Voting", "The most on one candidate must be a whole number of at least 1; "
                                                "the round says {cap}. Raise it, or clear it to allow any "
                                                "amount.").format(cap=cap))
        elif not problems and cap > rules.budget():
            budget = rules.budget()
            if m is Method.DOT:
                text = Voting.tr("The most on one candidate ({cap}) is more than each person's %n dot(s). Lower "
                                 "it to {budget} or less, or clear it.", None, budget)
            else:
                text = Voting.tr("The most on one candidate ({cap}) is more than each person's %n point(s). "
                                 "Lower it to {budget} or less, or clear it.", None, budget)
            problems.append(text.format(cap=cap, budget=budget))
    return problems


def validate_rules(rules: RoundRules, n_candidates: int) -> list[str]:
    """Every problem with a round's rules, as sentences; an empty list means the round can open."""
    problems = []
    if n_candidates < 2:
        problems.append(translate("Voting", "A vote needs at least 2 candidates; this round has {count}. Add "
                                            "candidates before opening it.").format(count=n_candidates))
    if rules.method.ranked and n_candidates > RANKED_MAX:
        # Nobody ranks 200 items at a kiosk, and Schulze's path search grows with the cube.
        problems.append(translate("Voting", "A ranked vote works on a shortlist of at most {most} candidates; "
                                            "this round has {count}. Shortlist first (for example with a "
                                            "dot-voting round), or use dot, approval or score voting.").format(
            most=RANKED_MAX, count=n_candidates))
    return problems + _rule_problems(rules)


# ---------------------------------------------------------------------------------------------------------------
# Ballots


def empty_ballot(rules: RoundRules) -> dict | list:
    return [] if rules.method in _LIST_METHODS else {}


_LIST_METHODS = (Method.APPROVAL, Method.BORDA, Method.SCHULZE)

def _shape_hint(method: Method) -> str:
    """What a ballot of this method looks like, for a ballot of the wrong shape."""
    if method is Method.DOT:
        return translate("Voting", "For dot voting, give the number of dots on each candidate.")
    if method is Method.POINTS:
        return translate("Voting", "For 100-point voting, give the number of points on each candidate.")
    if method is Method.APPROVAL:
        return translate("Voting", "For approval voting, give the list of candidates ticked.")
    if method is Method.SCORE:
        return translate("Voting", "For score voting, give a score from 0 to {most} for each candidate "
                                   "rated.").format(most=SCORE_MAX)
    if method.ranked:
        return translate("Voting", "For a ranked vote, give the candidates in order, best first. Put candidates "
                                   "you rank level together in a list of their own.")
    return translate("Voting", "For MoSCoW, give Must, Should, Could or Won't for each candidate classified.")


def normalise_ballot(rules: RoundRules, candidates: Collection[int], votes,
                     labels: Mapping[int, str] | None = None) -> dict | list:
    """Check one ballot against the round's rules and return it in its stored form.

    A blank ballot (None, {} or []) is valid: it is an abstention and still counts as a ballot.
    """
    problems = _rule_problems(rules)
    if problems:
        raise ValidationError(problems[0])
    m = rules.method
    if votes is None:
        return empty_ballot(rules)
    known = candidates if isinstance(candidates, (set, frozenset)) else frozenset(candidates)

    def name(c) -> str:
        if labels is not None and c in labels:
            return str(labels[c])
        return str(c)

    def candidate(key) -> int:
        c = key
        if isinstance(key, str):
            try:
                c = int(key.strip())
            except ValueError:
                raise ValidationError(translate("Voting", "“{key}” is not a candidate in this round. Remove it "
                                                          "from the ballot.").format(
                    key=key))\
                    from None
        if not _is_whole(c) or c not in known:
            raise ValidationError(translate("Voting", "{candidate} is not a candidate in this round. Remove it "
                                                      "from the ballot.").format(
                candidate=name(c)))
        return c

    if m in _LIST_METHODS:
        if isinstance(votes, (str, bytes, Mapping)) or not isinstance(votes, Iterable):
            raise ValidationError(_shape_hint(m))
        if m is Method.APPROVAL:
            return sorted({candidate(v) for v in votes})
        if isinstance(votes, (set, frozenset)):
            raise ValidationError(_shape_hint(m))
        ranking = []  # items: an id, or a sorted list of 2+ ids ranked level
        for place in votes:
            if isinstance(place, Mapping):
                raise ValidationError(_shape_hint(m))
            if isinstance(place, (str, bytes)) or not isinstance(place, Iterable):
                ranking.append(candidate(place))
                continue
            level = []
            for v in place:
                if isinstance(v, (Mapping, bytes)) or (not isinstance(v, str) and isinstance(v, Iterable)):
                    raise ValidationError(translate("Voting", "A group of candidates ranked level holds candidates "
                                                              "only, not another group. {hint}").format(
                        hint=_shape_hint(m)))
                level.append(candidate(v))
            if len(level) == 1:
                ranking.append(level[0])
            elif level:  # an empty group ranks nobody
                ranking.append(sorted(level))
        flat = [c for place in ranking for c in (place if isinstance(place, list) else (place,))]
        if len(set(flat)) != len(flat):
            counts = collections.Counter(flat)
            c, times = next((c, n) for c, n in counts.items() if n > 1)
            if times == 2:
                text = translate("Voting", "{candidate} is ranked twice. Rank each candidate once at most.")
            else:
                text = Voting.tr("{candidate} is ranked %n times. Rank each candidate once at most.", None, times)
            raise ValidationError(text.format(candidate=name(c)))
        return ranking

    if not isinstance(votes, Mapping):
        raise ValidationError(_shape_hint(m))

    if m is Method.MOSCOW:
        out = {}
        for key, value in votes.items():
            c = candidate(key)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            word = _MOSCOW_WORDS.get(" ".join(str(value).split()).lower()) if isinstance(value, str) else None
            if word is None:
                raise ValidationError(translate("Voting", "“{value}” is not a MoSCoW choice (for {candidate}). Use "
                                                          "Must, Should, Could or Won't.").format(
                    value=value, candidate=name(c)))
            out[c] = word.value
        return dict(sorted(out.items()))

    unit = _budget_unit(m) if m.cumulative else "Scores"
    out = {}
    for key, value in votes.items():
        c = candidate(key)
        if m is Method.SCORE and (value is None or (isinstance(value, str) and not value.strip())):
            continue  # unrated
        n = _whole_number(value, c, name, unit)
        if m is Method.SCORE:
            if n > SCORE_MAX:
                raise ValidationError(translate("Voting", "Scores run from 0 to {score_max}: {candidate} has {n}. "
                                                          "Give a score from 0 to {score_max}, or leave it unrated.").format(
                    score_max=SCORE_MAX, candidate=name(c), n=n))
            out[c] = n
        elif n:
            out[c] = out.get(c, 0) + n
    if m.cumulative:
        cap = rules.max_per_candidate
        if cap is not None:
            for c, n in out.items():
                if n > cap:
                    raise ValidationError(translate("Voting", "This ballot puts {count} on {candidate}; the most "
                                                              "on one candidate is {cap}. Take {number} off.").format(
                        count=_count(n, unit), candidate=name(c), cap=cap, number=n - cap))
        budget = rules.budget()
        given = sum(out.values())
        if given > budget:
            raise ValidationError(translate("Voting", "This ballot gives {count}; each person has {budget}. Take "
                                                      "{number} off.").format(
                count=_count(given, unit), budget=budget, number=given - budget))
    return dict(sorted(out.items()))


def _whole_number(value, c, name, unit: str) -> int:
    if isinstance(value, bool):
        raise ValidationError(translate("Voting", "{candidate} has “{value}”, which is not a number. Give a whole "
                                                  "number.").format(
            candidate=name(c), value=value))
    if isinstance(value, str):
        text = value.strip()
        try:
            value = int(text)
        except ValueError:
            try:
                value = float(text)
            except ValueError:
                raise ValidationError(translate("Voting", "{candidate} has “{value}”, which is not a number. "
                                                          "Give a whole number.").format(
                    candidate=name(c), value=text)) from None
    if isinstance(value, float):
        if not value.is_integer():
            if unit == "dots":
                text = translate("Voting", "Dots are whole numbers: {candidate} has {value:g}. Give a whole number.")
            elif unit == "points":
                text = translate("Voting", "Points are whole numbers: {candidate} has {value:g}. Give a whole "
                                           "number.")
            else:
                text = translate("Voting", "Scores are whole numbers: {candidate} has {value:g}. Give a whole "
                                           "number.")
            raise ValidationError(text.format(candidate=name(c), value=value))
        value = int(value)
    if not isinstance(value, int):
        raise ValidationError(translate("Voting", "{candidate} has “{value}”, which is not a number. Give a whole "
                                                  "number.").format(
            candidate=name(c), value=value))
    if value < 0:
        raise ValidationError(translate("Voting", "{candidate} has {value}; a ballot cannot give a negative "
                                                  "number. Use 0 or more.").format(
            candidate=name(c), value=value))
    return value


def longest_ballot(rules: RoundRules, candidates: Sequence[int]) -> int:
    """Bytes of the longest ballot the rules allow, as stored (compact JSON): the width of a secret round's
    ballot slots, so that every ballot pads to the same size. Per candidate a ballot can hold: dot and
    100-point, a count up to the budget on at most as many candidates as the budget; score, a score on
    each; approval, a tick on each; ranked, each ranked, every two of them at worst in a level group's
    brackets; MoSCoW, "should" on each. Commas are counted after every entry, the last one too."""
    m = rules.method
    ids = [len(str(c)) for c in candidates]
    if m.cumulative:
        budget = rules.budget() or 0
        most = min(budget, rules.max_per_candidate or budget)
        entries = sorted(ids, reverse=True)[:budget]
        return 2 + sum(n + len('"":,') + len(str(most)) for n in entries)
    per = {Method.SCORE: len('"":,') + len(str(SCORE_MAX)), Method.APPROVAL: len(","),
           Method.BORDA: len(",") + 1, Method.SCHULZE: len(",") + 1,
           Method.MOSCOW: len('"":,') + max(len(f'"{w}"') for w in MOSCOW_POINTS)}[m]
    return 2 + sum(n + per for n in ids)


def remaining(rules: RoundRules, content) -> int | None:
    """What is left of a person's dots or points; None for methods without a budget."""
    budget = rules.budget()
    if budget is None:
        return None
    return budget - sum(content.values())


def ranking_places(content) -> list[tuple[int, ...]]:
    """A ranked ballot's places, best first, each the candidates ranked there (more than one when level)."""
    return [tuple(place) if isinstance(place, (list, tuple, set, frozenset)) else (place,)
            for place in content or ()]


def ranking_positions(content) -> dict[int, int]:
    """Each ranked candidate's place on a ranked ballot, as a competition rank: A, then B and C level, then D
    gives A 1, B 2, C 2, D 4."""
    out = {}
    at = 1
    for place in ranking_places(content):
        for c in place:
            out[c] = at
        at += len(place)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Counting


@dataclass(frozen=True)
class ResultRow:
    candidate: int
    rank: int  # competition ranking: ties share a rank and the next rank skips (1, 2, 2, 4)
    score: float  # the figure the ranking is by
    figures: dict[str, float]
    tied: bool


@dataclass(frozen=True)
class TieGroup:
    rank: int
    candidates: tuple[int, ...]
    score: float  # the group's figure; Schulze: the most beatpath wins in it (its members' may differ)


# Column titles of each method's figures, translated where they are shown (interface or document language).
_FIGURE_NAMES = {
    Method.DOT: [("points", QT_TRANSLATE_NOOP("Result figures", "Dots")),
                 ("share", QT_TRANSLATE_NOOP("Result figures", "Share %")),
                 ("voters", QT_TRANSLATE_NOOP("Result figures", "Voters"))],
    Method.POINTS: [("points", QT_TRANSLATE_NOOP("Result figures", "Points")),
                    ("share", QT_TRANSLATE_NOOP("Result figures", "Share %")),
                    ("voters", QT_TRANSLATE_NOOP("Result figures", "Voters"))],
    Method.APPROVAL: [("approvals", QT_TRANSLATE_NOOP("Result figures", "Approvals")),
                      ("share", QT_TRANSLATE_NOOP("Result figures", "% of ballots"))],
    Method.SCORE: [("sum", QT_TRANSLATE_NOOP("Result figures", "Sum")),
                   ("mean", QT_TRANSLATE_NOOP("Result figures", "Mean")),
                   ("voters", QT_TRANSLATE_NOOP("Result figures", "Rated by"))],
    Method.BORDA: [("points", QT_TRANSLATE_NOOP("Result figures", "Borda points")),
                   ("first", QT_TRANSLATE_NOOP("Result figures", "First choices"))],
    Method.SCHULZE: [("wins", QT_TRANSLATE_NOOP("Result figures", "Beatpath wins")),
                     ("pairwise_wins", QT_TRANSLATE_NOOP("Result figures", "Head-to-head wins"))],
    Method.MOSCOW: [("must", QT_TRANSLATE_NOOP("Result figures", "Must")),
                    ("should", QT_TRANSLATE_NOOP("Result figures", "Should")),
                    ("could", QT_TRANSLATE_NOOP("Result figures", "Could")),
                    ("wont", QT_TRANSLATE_NOOP("Result figures", "Won't")),
                    ("points", QT_TRANSLATE_NOOP("Result figures", "Points"))],
}


@dataclass(frozen=True)
class Tally:
    method: Method
    ballots: int  # ballots counted, blank ones included
    results: tuple[ResultRow, ...]  # by rank; equal ranks in candidate listing order
    ties: tuple[TieGroup, ...]  # every group of 2+ candidates sharing a rank
    # (higher, lower) neighbours in the top ranks within CLOSE_MARGIN of each other but never exactly level
    close_calls: tuple[tuple[int, int], ...]
    pairwise: dict[tuple[int, int], int]  # ranked methods: ballots putting a above b (every ordered pair); else {}
    wall_points: int  # dots added from wall-chart counts
    # Ranked methods: (higher, lower) neighbours in the top ranks placed apart although exactly level head to
    # head. They are ties between the two, not close calls.
    level_pairs: tuple[tuple[int, int], ...] = ()

    @cached_property
    def _by_candidate(self) -> dict[int, ResultRow]:
        return {row.candidate: row for row in self.results}

    def row(self, candidate: int) -> ResultRow:
        return self._by_candidate[candidate]

    def figure_names(self, lang: str | None = None) -> list[tuple[str, str]]:
        """(key, column title): in the interface language, or in `lang` (a document's)."""
        if lang is None:
            return [(key, translate("Result figures", name)) for key, name in _FIGURE_NAMES[self.method]]
        return [(key, in_language(lang, "Result figures", name)) for key, name in _FIGURE_NAMES[self.method]]


@dataclass(frozen=True)
class MarkTotals:
    """Dot, 100-point, score or approval ballots already summed per candidate (the store sums a closed box in
    bulk, without making a Python object per mark): how many ballots, blank ones included; per candidate, the
    sum of its values (approval: its ticks) and the number of ballots that mark it. A candidate no ballot
    marks may be left out. tally() counts these exactly as it counts the ballots they sum."""
    ballots: int
    sums: Mapping[int, int]
    marked: Mapping[int, int]


TOTALLED = frozenset({Method.DOT, Method.POINTS, Method.SCORE, Method.APPROVAL})  # what MarkTotals can count


def tally(rules: RoundRules, candidates: Sequence[int], ballots: Iterable | MarkTotals,
          wall_counts: Mapping[int, int] | None = None, *, json_keys: bool = False) -> Tally:
    """Count normalised ballots. No tie-break is applied: a place is shared by candidates with the same figure
    (Schulze: by candidates none of whom beats another).

    json_keys: the ballots are as JSON gives them back, so a {candidate: value} ballot names its candidates by
    their decimal strings ({"12": 3}); they count as the ids. Otherwise a key that is not a candidate id is
    refused.

    ballots may be MarkTotals (dot, 100-point, score and approval rounds only): the same ballots summed."""
    m = rules.method
    order = list(candidates)
    if len(set(order)) != len(order):
        dup = next(c for c, n in collections.Counter(order).items() if n > 1)
        raise ValidationError(translate("Voting", "Candidate {dup} is listed twice in this round. Remove the "
                                                  "repeat, then count again.").format(
            dup=dup))
    wall_points = 0
    if wall_counts:
        known = set(order)
        if not m.cumulative:
            raise ValidationError(translate("Voting", "Wall-chart counts only apply to dot voting and 100-point "
                                                      "voting; this round uses {label}. Enter the paper ballots "
                                                      "one by one instead.").format(
                label=m.label))
        for c, n in wall_counts.items():
            if c not in known:
                raise ValidationError(translate("Voting", "The wall chart has a count for candidate {c}, which is "
                                                          "not in this round. Remove that count.").format(
                    c=c))
            if not _is_whole(n) or n < 0:
                raise ValidationError(translate("Voting", "The wall-chart count for candidate {c} is {n}. Counts "
                                                          "are whole numbers, 0 or more.").format(
                    c=c, n=n))
            wall_points += n

    as_id = _candidate_ids(order) if json_keys else None
    if isinstance(ballots, MarkTotals):
        if m not in TOTALLED:
            raise TypeError(f"{m.value} ballots can't be counted from totals")
        unknown = (ballots.sums.keys() | ballots.marked.keys()) - set(order)
        if unknown:
            raise _not_in_round(min(unknown))
    n_ballots, figures, pairwise, levels = _COUNTERS[m](order, ballots, wall_counts or {}, as_id)
    return _rank(m, order, n_ballots, figures, _SCORE_KEY[m], pairwise, wall_points, levels)


def _not_in_round(candidate) -> ValidationError:
    return ValidationError(translate("Voting", "A ballot names candidate {candidate!r}, which is not in this "
                                               "round. Restore the candidate or remove the ballot, then count "
                                               "again.").format(
        candidate=candidate))


def _rank(method, order, n_ballots, figures, score_key, pairwise, wall_points, levels=None) -> Tally:
    """Rows by score, equal scores sharing a rank; or, given levels (Schulze), by level, a level sharing a rank
    whatever its members' scores."""
    position = {c: i for i, c in enumerate(order)}
    scores = {c: figures[c][score_key] for c in order}
    place = levels if levels is not None else {c: -scores[c] for c in order}
    ranked = sorted(order, key=lambda c: (place[c], position[c]))
    rows = []
    ties = []
    i = 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and place[ranked[j + 1]] == place[ranked[i]]:
            j += 1
        group = ranked[i:j + 1]
        rank = i + 1
        for c in group:
            rows.append(ResultRow(c, rank, scores[c], figures[c], len(group) > 1))
        if len(group) > 1:
            ties.append(TieGroup(rank, tuple(group), max(scores[c] for c in group)))
        i = j + 1
    close = []
    level = []
    for higher, lower in zip(rows, rows[1:]):
        if higher.rank > CLOSE_CALL_RANKS:
            break
        if higher.rank == lower.rank:
            continue
        if method.ranked:
            # Beatpath wins and Borda points move in steps, so a small gap in them says little; what
            # says "nearly as many preferred the other" is the head-to-head margin.
            margin = abs(pairwise.get((higher.candidate, lower.candidate), 0)
                         - pairwise.get((lower.candidate, higher.candidate), 0))
            if margin == 0:
                level.append((higher.candidate, lower.candidate))
            elif margin <= CLOSE_MARGIN * n_ballots + 1e-9:
                close.append((higher.candidate, lower.candidate))
            continue
        gap = higher.score - lower.score
        if 0 < gap <= CLOSE_MARGIN * higher.score + 1e-9:
            close.append((higher.candidate, lower.candidate))
    return Tally(method, n_ballots, tuple(rows), tuple(ties), tuple(close), pairwise, wall_points, tuple(level))


def _share(part: float, whole: float) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _marks(order, ballots, as_id=None):
    """The number of ballots; how many times each (key, value) pair is on a {candidate: value} ballot; and
    the candidate id each key names. Counted in C (Counter over the ballots' items): a Python loop over
    145,000 marks took 60 ms. as_id: the id a ballot's key names (JSON's "12"), asked once per distinct key."""
    ballots = ballots if isinstance(ballots, list) else list(ballots)
    marks = collections.Counter(itertools.chain.from_iterable(map(dict.items, ballots)))
    known = set(order)
    name = as_id or (lambda key: key if key in known else None)
    ids = {key: name(key) for key in {key for key, _ in marks}}
    if None in ids.values():
        first = next(key for b in ballots for key in b if ids[key] is None)
        raise _not_in_round(_shown(first) if as_id else first)
    return len(ballots), marks, ids


def _candidate_ids(order):
    """For ballots read back from JSON: a function giving the candidate id a ballot's key names (12 for
    "12"), or None when it names none in the round."""
    known = set(order)
    by_text = {str(c): c for c in order}

    def as_id(key):
        if key in known:
            return key
        if isinstance(key, str):
            found = by_text.get(key)
            if found is None:
                try:
                    found = int(key)
                except ValueError:
                    return None
            return found if found in known else None
        return None

    return as_id


def _shown(key):
    """A key read back from JSON as the candidate id it names, for messages: "12" is candidate 12."""
    if isinstance(key, str):
        try:
            return int(key)
        except ValueError:
            return key
    return key


def _sums(order, marks, ids):
    """Per candidate: the sum of its values and the number of ballots that mark it."""
    sums = dict.fromkeys(order, 0)
    voters = dict.fromkeys(order, 0)
    for (key, v), k in marks.items():
        c = ids[key]
        sums[c] += v * k
        voters[c] += k
    return sums, voters


def _totals(order, totals: MarkTotals):
    """MarkTotals as _sums gives them: every candidate, 0 where no ballot marks it."""
    return ({c: totals.sums.get(c, 0) for c in order}, {c: totals.marked.get(c, 0) for c in order})


def _count_cumulative(order, ballots, wall, as_id):
    if isinstance(ballots, MarkTotals):
        n = ballots.ballots
        points, voters = _totals(order, ballots)
    else:
        n, marks, ids = _marks(order, ballots, as_id)
        points, voters = _sums(order, marks, ids)  # normalised ballots hold positive counts only
    for c, v in wall.items():
        points[c] += v
    total = sum(points.values())
    figures = {c: {"points": points[c], "share": _share(points[c], total), "voters": voters[c]} for c in order}
    return n, figures, {}, None


def _count_approval(order, ballots, wall, as_id):
    if isinstance(ballots, MarkTotals):
        n, approvals = ballots.ballots, ballots.marked
    else:
        ballots = ballots if isinstance(ballots, list) else list(ballots)
        n = len(ballots)
        # Each ballot as a set, so a candidate ticked twice counts once; counted in C.
        approvals = collections.Counter(itertools.chain.from_iterable(map(frozenset, ballots)))
        unknown = approvals.keys() - set(order)
        if unknown:
            raise _not_in_round(min(unknown, key=str))
    figures = {}
    for c in order:
        a = approvals.get(c, 0)
        figures[c] = {"approvals": a, "share": _share(a, n)}
    return n, figures, {}, None


def _count_score(order, ballots, wall, as_id):
    if isinstance(ballots, MarkTotals):
        n = ballots.ballots
        sums, voters = _totals(order, ballots)
    else:
        n, marks, ids = _marks(order, ballots, as_id)
        sums, voters = _sums(order, marks, ids)
    figures = {c: {"sum": sums[c], "mean": round(sums[c] / voters[c], 2) if voters[c] else 0.0,
                   "voters": voters[c]} for c in order}
    return n, figures, {}, None


def _count_moscow(order, ballots, wall, as_id):
    counts = {c: dict.fromkeys(MOSCOW_POINTS, 0) for c in order}
    n = 0
    for ballot in ballots:
        n += 1
        for key, word in ballot.items():
            c = as_id(key) if as_id else key
            if c not in counts:
                raise _not_in_round(_shown(key) if as_id else key)
            if word not in MOSCOW_POINTS:
                raise ValidationError(translate("Voting", "A ballot has “{word}” for candidate {c}, which is not a "
                                                          "MoSCoW choice. Correct the ballot, then count again.").format(
                    word=word, c=c))
            counts[c][word] += 1
    figures = {}
    for c in order:
        f = counts[c]
        figures[c] = {**f, "points": sum(MOSCOW_POINTS[w] * k for w, k in f.items())}
    return n, figures, {}, None


def _ranked_votes(order, ballots):
    """Identical rankings grouped, as votelib takes them (candidates ranked level as a frozenset); blank ballots
    counted but not passed on."""
    grouped = collections.Counter()
    n = 0
    for ballot in ballots:
        n += 1
        if ballot:
            grouped[tuple(place[0] if len(place) == 1 else frozenset(place)
                          for place in ranking_places(ballot))] += 1
    known = set(order)
    for ranking in grouped:
        for c in _ranked_on(ranking):
            if c not in known:
                raise _not_in_round(c)
    return n, grouped


def _ranked_on(ranking) -> list:
    """Every candidate a grouped ranking names."""
    return [c for place in ranking for c in (place if isinstance(place, frozenset) else (place,))]


def _pairwise(order, grouped):
    """Ballots putting a above b for every ordered pair, unranked candidates at the bottom of each ballot.

    A ballot puts a above b when it ranks a and either leaves b unranked or ranks b lower; so the count is the
    ballots ranking a, less those ranking b higher, less those ranking them level. The pairs of each ballot are
    made and counted in C (itertools, Counter): votelib's RankedToCondorcetVotes took 70 ms for 300 rankings of
    30 candidates (the tests cross-check against it).
    """
    above = collections.Counter()  # (a, b): ballots ranking both, a higher
    level = collections.Counter()  # (a, b): ballots ranking both, level
    present = collections.Counter()
    for ranking, k in grouped.items():
        if any(isinstance(place, frozenset) for place in ranking):
            places = [tuple(place) if isinstance(place, frozenset) else (place,) for place in ranking]
            flat = [c for place in places for c in place]
            higher = itertools.chain.from_iterable(
                itertools.starmap(itertools.product, itertools.combinations(places, 2)))
            side_by_side = [pair for place in places for pair in itertools.permutations(place, 2)]
        else:
            flat, higher, side_by_side = ranking, itertools.combinations(ranking, 2), ()
        if k == 1:
            above.update(higher)
            level.update(side_by_side)
            present.update(flat)
        else:
            for pair in higher:
                above[pair] += k
            for pair in side_by_side:
                level[pair] += k
            for c in flat:
                present[c] += k
    pairwise = {}
    for a in order:
        ranked_a = present[a]
        for b in order:
            if a != b:
                pairwise[a, b] = ranked_a - above[b, a] - level[a, b]
    return pairwise, present


def _count_borda(order, ballots, wall, as_id):
    n, grouped = _ranked_votes(order, ballots)
    points = collections.Counter()
    first = collections.Counter()
    for ranking, k in grouped.items():
        size = len(_ranked_on(ranking))
        at = 1  # the first place this group fills
        for place in ranking:
            level = place if isinstance(place, frozenset) else (place,)
            # k − rank + 1 for each place the group fills, shared out: a whole or a half.
            filled = sum(size - r + 1 for r in range(at, at + len(level)))
            share = filled // len(level) if filled % len(level) == 0 else filled / len(level)
            for c in level:
                points[c] += share * k
                if at == 1:
                    first[c] += k
            at += len(level)
    pairwise, _ = _pairwise(order, grouped)
    figures = {c: {"points": _whole_if_whole(points[c]), "first": first[c]} for c in order}
    return n, figures, pairwise, None


def _whole_if_whole(x):
    return int(x) if float(x).is_integer() else x


def _count_schulze(order, ballots, wall, as_id):
    n, grouped = _ranked_votes(order, ballots)
    pairwise, present = _pairwise(order, grouped)
    ranked_somewhere = [c for c in order if c in present]
    never_ranked = len(order) - len(ranked_somewhere)
    # Strongest paths among candidates someone ranked; a candidate nobody ranked is beaten by each of them and
    # beats no one, so it needs no place in the cubic search.
    sub = {(a, b): pairwise[a, b] for a in ranked_somewhere for b in ranked_somewhere if a != b}
    beaten_by = {c: set() for c in order}  # the Schulze relation: who beats each candidate
    paths = _strongest_paths(ranked_somewhere, sub)
    for a, b in sub:
        if paths[a, b] > paths[b, a]:
            beaten_by[b].add(a)
    for c in order:
        if c not in present:
            beaten_by[c].update(ranked_somewhere)
    wins = collections.Counter(w for beaters in beaten_by.values() for w in beaters)
    head_to_head = dict.fromkeys(order, 0)
    # votelib only here, when a Schulze round is counted: importing it costs 20 ms of every start of the app.
    from votelib.evaluate.condorcet import pairwise_wins

    for winner, _loser in pairwise_wins(sub):
        head_to_head[winner] += 1
    for c in ranked_somewhere:
        head_to_head[c] += never_ranked
    figures = {c: {"wins": wins[c], "pairwise_wins": head_to_head[c]} for c in order}
    return n, figures, pairwise, _schulze_levels(order, beaten_by)


def _strongest_paths(cands, pairwise) -> dict[tuple[int, int], int]:
    """Schulze's strongest paths with winning votes, as his paper defines them (Schulze 2011, ≻win).

    There is a link from a to b when more ballots put a above b than b above a. A link is stronger when more
    ballots back it, or as many and fewer oppose it; so a link is (ballots for, −ballots against), compared as a
    pair. A path is as strong as its weakest link. votelib's widest_paths compares the ballots for alone, which
    differs once ballots leave candidates unranked or level: 3 for and 1 against is a stronger win than 3 to 2.

    The pair (for, −against) is kept as one number, for × m − against with m above any count, which orders
    the same way; the search runs over rows of a list matrix (a dict of tuples took 45 ms for 30 candidates).
    Only paths between different candidates are returned; compare them with each other only.
    """
    n = len(cands)
    m = max(pairwise.values(), default=0) + 1
    none = -m  # no path: weaker than any link
    paths = [[none] * n for _ in range(n)]
    for i, a in enumerate(cands):
        row = paths[i]
        for j, b in enumerate(cands):
            if i != j:
                backing, against = pairwise[a, b], pairwise[b, a]
                if backing > against:
                    row[j] = backing * m - against
    for via in range(n):
        through_via = paths[via]
        for i in range(n):
            to_via = paths[i][via]
            if i == via or to_via == none:
                continue
            # Strongest of the path as it is and the path through via (as strong as its weaker part). The
            # diagonal may change here; it never matters (a path through via to via is no stronger than to_via).
            paths[i] = [old if old >= (new := (x if x < to_via else to_via)) else new
                        for old, x in zip(paths[i], through_via)]
    return {(a, b): paths[i][j] for i, a in enumerate(cands) for j, b in enumerate(cands) if i != j}


def _schulze_levels(order, beaten_by) -> dict[int, int]:
    """First level: every candidate no one beats (the Schulze winners); then the same among the rest.

    Schulze's relation is transitive, so some candidate is always unbeaten among those left. Two candidates on
    one level never beat each other; being on different levels does not by itself mean one beats the other.
    """
    levels = {}
    left = list(order)
    level = 0
    while left:
        rest = set(left)
        top = [c for c in left if not beaten_by[c] & rest]
        if not top:  # cannot happen for a transitive relation; refuse rather than loop
            raise ValidationError(translate("Voting", "The Schulze count found a cycle of wins, which the method "
                                                      "rules out. Report this with the workshop file."))
        for c in top:
            levels[c] = level
        left = [c for c in left if c not in levels]
        level += 1
    return levels


_COUNTERS = {
    Method.DOT: _count_cumulative,
    Method.POINTS: _count_cumulative,
    Method.APPROVAL: _count_approval,
    Method.SCORE: _count_score,
    Method.BORDA: _count_borda,
    Method.SCHULZE: _count_schulze,
    Method.MOSCOW: _count_moscow,
}

_SCORE_KEY = {
    Method.DOT: "points", Method.POINTS: "points", Method.APPROVAL: "approvals", Method.SCORE: "sum",
    Method.BORDA: "points", Method.SCHULZE: "wins", Method.MOSCOW: "points",
}


# ---------------------------------------------------------------------------------------------------------------
# Telling people about ties


_DEFAULT_UNIT = {
    Method.DOT: "dots", Method.POINTS: "points", Method.APPROVAL: "approvals", Method.SCORE: "points",
    Method.BORDA: "Borda points", Method.SCHULZE: "beatpath wins", Method.MOSCOW: "MoSCoW points",
}


def _budget_unit(method: Method) -> str:
    return "dots" if method is Method.DOT else "points"


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _count(x: float, unit: str) -> str:
    """'1 dot', '12 dots', '2.5 Borda points': a whole count through Qt's plural forms, a fraction as it is."""
    if not float(x).is_integer():
        return translate("Voting", "{number} {unit}", "a fraction of a unit, e.g. 2.5 Borda points").format(
            number=_number(x), unit=_unit_name(unit))
    n = int(x)
    if unit == "dots":
        return Voting.tr("%n dot(s)", None, n)
    if unit == "approvals":
        return Voting.tr("%n approval(s)", None, n)
    if unit == "Borda points":
        return Voting.tr("%n Borda point(s)", None, n)
    if unit == "beatpath wins":
        return Voting.tr("%n beatpath win(s)", None, n)
    if unit == "MoSCoW points":
        return Voting.tr("%n MoSCoW point(s)", None, n)
    return Voting.tr("%n point(s)", None, n)


def _unit_name(unit: str) -> str:
    """The unit itself, as in "got no dots"."""
    if unit == "dots":
        return translate("Voting", "dots")
    if unit == "approvals":
        return translate("Voting", "approvals")
    if unit == "Borda points":
        return translate("Voting", "Borda points")
    if unit == "beatpath wins":
        return translate("Voting", "beatpath wins")
    if unit == "MoSCoW points":
        return translate("Voting", "MoSCoW points")
    return translate("Voting", "points")


def ordinal(n: int, of: str = "place") -> str:
    """'1st', '22nd', '13th' in English. Each language words its own and agrees with the noun numbered, `of`
    "place" or "choice": French writes 1re place but 1er choix, Russian 1-е место but 1-й выбор."""
    if of == "choice":
        if n == 1:
            return translate("Voting", "{n}st", "the ordinal 1 in “1st choice”").format(n=n)
        if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
            return translate("Voting", "{n}th", "an ordinal choice: 4th, 11th, 13th, 20th choice").format(n=n)
        if n % 10 == 1:
            return translate("Voting", "{n}st", "an ordinal choice ending in 1, not 1 or 11: 21st choice").format(
                n=n)
        if n % 10 == 2:
            return translate("Voting", "{n}nd", "an ordinal choice ending in 2: 2nd, 22nd choice").format(n=n)
        return translate("Voting", "{n}rd", "an ordinal choice ending in 3: 3rd, 23rd choice").format(n=n)
    if n == 1:
        return translate("Voting", "{n}st", "the ordinal 1 in “1st place”").format(n=n)
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        return translate("Voting", "{n}th", "an ordinal place: 4th, 11th, 13th, 20th place").format(n=n)
    if n % 10 == 1:
        return translate("Voting", "{n}st", "an ordinal place ending in 1, not 1 or 11: 21st place").format(n=n)
    if n % 10 == 2:
        return translate("Voting", "{n}nd", "an ordinal place ending in 2: 2nd, 22nd place").format(n=n)
    return translate("Voting", "{n}rd", "an ordinal place ending in 3: 3rd, 23rd place").format(n=n)


def _names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C', or the first few 'and 12 others'."""
    if len(names) > _NAMED_IN_TIE:
        shown = names[:_NAMED_IN_TIE - 1]
        return Voting.tr("{names} and %n others", None, len(names) - len(shown)).format(
            names=listing(shown, conjunction=False))
    return listing(names)


@dataclass(frozen=True)
class TieStatement:
    sentence: str
    candidates: tuple[int, ...]  # who it is about: the group for a run-off
    score: float


def tie_statements(tally: Tally, labels: Mapping[int, str], unit: str | None = None) -> list[TieStatement]:
    """Ties and close calls in plain words, top of the table first, each with its candidates."""
    unit = unit or _DEFAULT_UNIT[tally.method]

    def label(c: int) -> str:
        return str(labels.get(c, c))

    sentences = []  # (rank, order, statement)
    for group in tally.ties:
        names = _names([label(c) for c in group.candidates])
        place = ordinal(group.rank)
        if tally.method is Method.SCHULZE and group.score:
            # A Schulze place is shared because no one in it beats another, whatever their beatpath wins.
            text = translate("Voting", "{names} share {place} place: none of them beats another on the strongest "
                                       "chain of head-to-head wins. No tie-break is applied: hold a run-off to "
                                       "separate them.").format(names=names, place=place)
        elif group.score == 0:
            text = translate("Voting", "{names} got no {unit}; they share {place} place.").format(
                names=names, unit=_unit_name(unit), place=place)
        else:
            text = translate("Voting", "{names} are tied for {place} place with {amount} each. No tie-break is "
                                       "applied: hold a run-off to separate them.").format(
                names=names, place=place, amount=_count(group.score, unit))
        sentences.append((group.rank, 0, TieStatement(text, group.candidates, group.score)))
    for higher, lower in tally.level_pairs:
        a = tally.row(higher)
        each = tally.pairwise.get((higher, lower), 0)
        if tally.method is Method.BORDA:
            text = Voting.tr("{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} "
                             "higher and %n put {lower} higher. {higher} ranks above only on Borda points. Between "
                             "these two it is a tie: hold a run-off to separate them.", None, each)
        else:
            text = Voting.tr("{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} "
                             "higher and %n put {lower} higher. {higher} ranks above only because of how each "
                             "fares against other candidates. Between these two it is a tie: hold a run-off to "
                             "separate them.", None, each)
        text = text.format(higher=label(higher), lower=label(lower))
        sentences.append((a.rank, 1, TieStatement(text, (higher, lower), a.score)))
    for higher, lower in tally.close_calls:
        a, b = tally.row(higher), tally.row(lower)
        if tally.method.ranked:
            over, under = tally.pairwise.get((higher, lower), 0), tally.pairwise.get((lower, higher), 0)
            text = Voting.tr("{higher} and {lower} are nearly level head to head: %n ballot(s) put {higher} "
                             "higher, {under} put {lower} higher. Consider a run-off.", None, over).format(
                higher=label(higher), lower=label(lower), under=under)
        else:
            text = translate("Voting", "{higher} ({higher_amount}) and {lower} ({lower_amount}) are within "
                                       "{margin} of each other: a tie in practice. Consider a run-off.").format(
                higher=label(higher), higher_amount=_count(a.score, unit), lower=label(lower),
                lower_amount=_count(b.score, unit), margin=f"{CLOSE_MARGIN:.0%}")
        sentences.append((a.rank, 1, TieStatement(text, (higher, lower), a.score)))
    return [statement for _, _, statement in sorted(sentences, key=lambda t: (t[0], t[1]))]


def describe_ties(tally: Tally, labels: Mapping[int, str], unit: str | None = None) -> list[str]:
    """Ties and close calls in plain words, top of the table first."""
    return [statement.sentence for statement in tie_statements(tally, labels, unit)]
