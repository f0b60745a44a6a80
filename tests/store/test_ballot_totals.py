"""A closed box summed straight from its JSON text (store/ballot_totals.py) counts exactly as the ballots
parsed one by one do; any text this app would not have written is refused, and results() then counts it
the slow way, with the same figures or the same error as before."""

from __future__ import annotations

import json
import random

import pytest

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.voting import MarkTotals, Method, RoundRules, normalise_ballot, suggested_dots, tally
from upr_desktop.store import voting as store
from upr_desktop.store.ballot_totals import mark_totals

from ..ops.voting_setup import make_workshop, people, rec_ids

CANDS = [3, 7, 12, 31, 400, 1000, 123456]
RULES = [RoundRules(Method.DOT, dots=4), RoundRules(Method.POINTS), RoundRules(Method.SCORE),
         RoundRules(Method.APPROVAL), RoundRules(Method.POINTS, dots=10 ** 6)]


def _ballots(rules: RoundRules, n: int, seed: int) -> list:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        chosen = rnd.sample(CANDS, rnd.randint(0, len(CANDS)))
        if rules.method is Method.APPROVAL:
            votes = chosen
        elif rules.method is Method.SCORE:
            votes = {c: rnd.randint(0, 5) for c in chosen}
        else:
            budget = rules.budget()
            votes = {}
            for c in chosen:
                votes[c] = rnd.randint(0, budget - sum(votes.values()))
        out.append(normalise_ballot(rules, CANDS, votes))
    return out


def _box(ballots: list) -> bytes:
    """The box as store/voting.py joins it: each ballot as stored, in one JSON list."""
    return ("[" + ",".join(store._json(b) for b in ballots) + "]").encode()


@pytest.mark.parametrize("rules", RULES, ids=lambda r: f"{r.method.value}-{r.budget()}")
@pytest.mark.parametrize("n", [1, 2, 50, 400])
def test_totals_count_exactly_as_the_ballots(rules, n):
    ballots = _ballots(rules, n, seed=n)
    totals = mark_totals(_box(ballots), n, CANDS, ticks=rules.method is Method.APPROVAL)
    assert isinstance(totals, MarkTotals)
    assert tally(rules, CANDS, totals) == tally(rules, CANDS, ballots)
    assert tally(rules, CANDS, totals) == tally(rules, CANDS, json.loads(_box(ballots)), json_keys=True)
    assert all(type(v) is int for v in [*totals.sums.values(), *totals.marked.values()])


def test_blank_ballots_and_an_empty_box():
    assert mark_totals(b"[]", 0, CANDS, ticks=False) == MarkTotals(0, {}, {})
    blank = mark_totals(b"[{},{}]", 2, CANDS, ticks=False)
    assert blank.ballots == 2 and not any(blank.sums.values()) and not any(blank.marked.values())
    assert mark_totals(b"[[],[3],[]]", 3, CANDS, ticks=True).marked[3] == 1
    assert mark_totals(b'[{"3":0}]', 1, CANDS, ticks=False).marked[3] == 1  # a score of 0 is a rating


@pytest.mark.parametrize("text", [
    b'[{"3":1} ]', b'[ {"3":1}]', b'[{"3": 1}]', b'[{"3":-1}]', b'[{"3":1.5}]', b'[{"3":1e2}]', b"[null]",
    b'[{"3":03}]', b'[{"3":1,"3":2}]', b'[{"7":1,"3":2}]', b'[{"3":1}{"7":1}]', b'[{"3":1,{"7":1}}]',
    b'[{"3":1},"7":1]', b'[{"3":1,"7"}]', b'[{"3"1:2}]', b'[{"":1}]', b'[{"3":}]', b'[{3:1}]', b'[{"3":1,}]',
    b'[{"3":"1"}]', b'[{"99":1}]', b'[{"0":1}]', b'[["3"]]', b'[{"3":1}]]', b'[{"3":1},]', b'[{"3":"must"}]',
    b'[{"3":99999999999999999999}]', b'[{"3":1},{"3":2}',
])
def test_text_the_app_would_not_write_is_left_to_the_slow_count(text):
    assert mark_totals(text, 1, CANDS, ticks=False) is None
    assert mark_totals(text, 2, CANDS, ticks=False) is None


@pytest.mark.parametrize("text", [
    b"[[3] ]", b"[[03]]", b"[[0]]", b"[[3,3]]", b"[[7,3]]", b"[[3,,7]]", b"[[,3]]", b"[[3,]]", b"[[3,[7]]]",
    b"[[3]][[7]]", b"[[3]7]", b"[3]", b"[[3.0]]", b"[[-3]]", b"[[99]]", b'[["3"]]', b"[{}]", b"[[3],]", b"[[3]",
])
def test_approval_text_the_app_would_not_write_is_left_to_the_slow_count(text):
    assert mark_totals(text, 1, CANDS, ticks=True) is None
    assert mark_totals(text, 2, CANDS, ticks=True) is None


def test_the_number_of_ballots_must_match():
    assert mark_totals(b'[{"3":1},{"7":1}]', 2, CANDS, ticks=False) is not None
    assert mark_totals(b'[{"3":1},{"7":1}]', 3, CANDS, ticks=False) is None
    assert mark_totals(b"[[3],[7]]", 1, CANDS, ticks=True) is None


@pytest.mark.parametrize("secret", [True, False])
@pytest.mark.parametrize("rules", RULES[:4], ids=lambda r: r.method.value)
def test_results_of_a_real_round_are_those_of_the_ballots_parsed_one_by_one(tmp_path, rules, secret):
    w = make_workshop(tmp_path / "w.uprw", participants=30)
    if rules.method is Method.DOT:
        rules = RoundRules(Method.DOT, dots=suggested_dots(8))
    round_id, _ = w.create_round("Totals", rules, rec_ids(w), secret=secret)
    w.open_round(round_id)
    cands = [c.id for c in w.round_candidates(round_id)]
    rnd = random.Random(3)
    for voter in people(w):
        chosen = rnd.sample(cands, rnd.randint(0, 5))
        if rules.method is Method.APPROVAL:
            votes = chosen
        elif rules.method is Method.SCORE:
            votes = {c: rnd.randint(0, 5) for c in chosen}
        else:
            votes = dict.fromkeys(chosen[:rules.budget()], 1)
        w.cast_ballot(round_id, voter, votes)
    w.close_round(round_id)
    contents, sources = store.ballot_contents(w._store.conn, round_id)
    totals, same_sources = store.ballot_totals(w._store.conn, round_id, cands,
                                               ticks=rules.method is Method.APPROVAL)
    assert totals is not None and same_sources == sources
    assert w.results(round_id).tally == tally(rules, cands, contents, json_keys=True)
    w.close()


def test_a_ballot_written_elsewhere_is_counted_the_slow_way_and_a_stranger_still_refused(tmp_path):
    """Keys out of order (another program wrote the ballot) fall back to parsing; a candidate not in the
    round is still named."""
    w = make_workshop(tmp_path / "w.uprw", participants=3)
    rules = RoundRules(Method.SCORE)
    round_id, _ = w.create_round("Written elsewhere", rules, rec_ids(w))
    w.open_round(round_id)
    a, b = [c.id for c in w.round_candidates(round_id)][:2]
    w.cast_ballot(round_id, people(w)[0], {a: 2})
    with w._store.transaction():
        w._store.conn.execute("INSERT INTO ballots (round_id, source, content) VALUES (?, 'paper', ?)",
                              (round_id, json.dumps({str(b): 4, str(a): 5})))
    w.close_round(round_id)
    assert store.ballot_totals(w._store.conn, round_id, [a, b], ticks=False)[0] is None
    counted = w.results(round_id).tally
    assert (counted.row(a).figures["sum"], counted.row(b).figures["sum"], counted.ballots) == (7, 4, 2)
    w.close()


def test_a_candidate_not_in_the_round_is_still_named(tmp_path):
    w = make_workshop(tmp_path / "w.uprw", participants=3)
    round_id, _ = w.create_round("Stranger", RoundRules(Method.APPROVAL), rec_ids(w))
    w.open_round(round_id)
    with w._store.transaction():
        w._store.conn.execute("INSERT INTO ballots (round_id, source, content) VALUES (?, 'paper', '[987654]')",
                              (round_id,))
    w.close_round(round_id)
    with pytest.raises(ValidationError, match="987654"):
        w.results(round_id)
    w.close()
