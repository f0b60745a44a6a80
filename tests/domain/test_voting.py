import collections
import json
import random

import pytest
from votelib.component.rankscore import ModifiedBorda
from votelib.convert import (
    ApprovalToSimpleVotes, RankedToCondorcetVotes, RankedToPositionalVotes, ScoreToSimpleVotes,
)
from votelib.evaluate.condorcet import Schulze

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.voting import (
    CLOSE_MARGIN, POINTS_BUDGET, SCORE_MAX, Method, Moscow, RoundRules, describe_ties, empty_ballot,
    normalise_ballot, ordinal, ranking_places, ranking_positions, remaining, suggested_dots, tally, validate_rules,
)

LABELS = {i: f"140.{i}" for i in range(1, 50)}
A, B, C, D, E = 1, 2, 3, 4, 5


def ranks(t):
    return {row.candidate: row.rank for row in t.results}


def figure(t, key):
    return {row.candidate: row.figures[key] for row in t.results}


# --- methods and rules ------------------------------------------------------------------------------------------

def test_method_and_moscow_labels():
    assert [m.label for m in Method] == [
        "Dot voting", "100-point voting", "Approval", "Score 0–5", "Ranked (Borda)", "Ranked (Schulze)", "MoSCoW"]
    assert [m for m in Method if m.ranked] == [Method.BORDA, Method.SCHULZE]
    assert [m.label for m in Moscow] == ["Must", "Should", "Could", "Won't"]
    assert Method("dot") is Method.DOT and Moscow("wont") is Moscow.WONT
    assert (SCORE_MAX, POINTS_BUDGET, CLOSE_MARGIN) == (5, 100, 0.06)


def test_budget_per_method():
    assert RoundRules(Method.DOT, dots=5).budget() == 5
    assert RoundRules(Method.DOT).budget() is None
    assert RoundRules(Method.POINTS).budget() == 100
    assert RoundRules(Method.POINTS, dots=50).budget() == 50
    assert RoundRules(Method.APPROVAL, dots=5).budget() is None  # dots are ignored outside cumulative voting
    assert RoundRules(Method.BORDA).budget() is None


def test_describe_states_each_scheme():
    assert RoundRules(Method.DOT, 5, 2).describe() == "Dot voting: 5 dots each, at most 2 on one candidate."
    assert RoundRules(Method.DOT, 1).describe().startswith("Dot voting: 1 dot each,")
    assert "any number may go on one candidate" in RoundRules(Method.DOT, 4).describe()
    assert RoundRules(Method.POINTS).describe().startswith("100-point voting: 100 points each")
    assert "at most 40 on one candidate" in RoundRules(Method.POINTS, max_per_candidate=40).describe()
    borda = RoundRules(Method.BORDA).describe()
    assert "ranks k candidates gives k points to its first choice, k − 1 to the second" in borda
    assert "1 point for the last one ranked; unranked candidates get 0" in borda
    score = RoundRules(Method.SCORE).describe()
    assert "ranked by the sum" in score and "not a 0" in score
    assert "Must 3, Should 2, Could 1, Won't 0" in RoundRules(Method.MOSCOW).describe()
    assert "Schulze" in RoundRules(Method.SCHULZE).describe()
    assert "ticks" in RoundRules(Method.APPROVAL).describe()


@pytest.mark.parametrize("rules", [
    RoundRules(Method.DOT, 5, 2), RoundRules(Method.DOT, 3), RoundRules(Method.POINTS),
    RoundRules(Method.POINTS, 60, 30), RoundRules(Method.APPROVAL), RoundRules(Method.SCORE),
    RoundRules(Method.BORDA), RoundRules(Method.SCHULZE), RoundRules(Method.MOSCOW),
])
def test_rules_json_round_trip(rules):
    assert RoundRules.from_json(json.loads(json.dumps(rules.to_json()))) == rules


def test_rules_json_shape_and_bad_method():
    assert RoundRules(Method.DOT, 5, 2).to_json() == {"method": "dot", "dots": 5, "max_per_candidate": 2}
    assert RoundRules.from_json({"method": "borda"}) == RoundRules(Method.BORDA)
    with pytest.raises(ValidationError, match="not one this version knows"):
        RoundRules.from_json({"method": "instant-runoff"})


@pytest.mark.parametrize("n, dots", [(0, 1), (2, 1), (4, 1), (5, 2), (12, 4), (14, 5), (30, 10), (400, 133)])
def test_suggested_dots_is_a_third_rounded_at_least_one(n, dots):
    assert suggested_dots(n) == dots


def test_valid_rules_have_no_problems():
    assert validate_rules(RoundRules(Method.DOT, 4, 2), 12) == []
    assert validate_rules(RoundRules(Method.POINTS), 2) == []
    assert validate_rules(RoundRules(Method.SCHULZE), 30) == []


@pytest.mark.parametrize("rules, n, words", [
    (RoundRules(Method.APPROVAL), 1, "at least 2 candidates; this round has 1"),
    (RoundRules(Method.DOT), 12, "Dot voting needs a number of dots per person"),
    (RoundRules(Method.DOT, 0), 12, "at least 1 dot"),
    (RoundRules(Method.DOT, 2.5), 12, "at least 1 dot, as a whole number"),
    (RoundRules(Method.DOT, 5, 0), 12, "most on one candidate must be a whole number of at least 1"),
    (RoundRules(Method.DOT, 5, 6), 12, "most on one candidate (6) is more than each person's 5 dots"),
    (RoundRules(Method.POINTS, 0), 12, "points budget must be a whole number of at least 1"),
    (RoundRules(Method.POINTS, None, 150), 12, "more than each person's 100 points"),
    (RoundRules(Method.APPROVAL, max_per_candidate=2), 12, "Clear it for Approval"),
    (RoundRules(Method.BORDA, max_per_candidate=1), 12, "only applies to dot voting and 100-point voting"),
])
def test_each_rules_problem_is_a_sentence(rules, n, words):
    problems = validate_rules(rules, n)
    assert len(problems) == 1 and words in problems[0], problems


def test_rules_problems_are_all_reported():
    assert len(validate_rules(RoundRules(Method.DOT, None, 3), 0)) == 2


# --- ballots ----------------------------------------------------------------------------------------------------

CANDS = [1, 2, 3, 4]


def test_empty_ballots():
    assert [empty_ballot(RoundRules(m, 5)) for m in Method] == [{}, {}, [], {}, [], [], {}]
    for m in Method:  # a blank ballot is an abstention, and valid
        assert normalise_ballot(RoundRules(m, 5), CANDS, empty_ballot(RoundRules(m, 5))) == empty_ballot(
            RoundRules(m, 5))
        assert normalise_ballot(RoundRules(m, 5), CANDS, None) == empty_ballot(RoundRules(m, 5))


def test_cumulative_ballot_from_json_keys_drops_zeros():
    rules = RoundRules(Method.DOT, 5, 3)
    assert normalise_ballot(rules, CANDS, {"1": 2, "2": 0, 3: "1", "4": 2.0}) == {1: 2, 3: 1, 4: 2}
    assert normalise_ballot(RoundRules(Method.POINTS), CANDS, {"2": 60, "1": 40}) == {1: 40, 2: 60}


def test_list_ballots_normalised():
    assert normalise_ballot(RoundRules(Method.APPROVAL), CANDS, ["3", 1, 3]) == [1, 3]
    assert normalise_ballot(RoundRules(Method.APPROVAL), CANDS, {4, 2}) == [2, 4]
    assert normalise_ballot(RoundRules(Method.BORDA), CANDS, ("2", 1)) == [2, 1]  # partial ranking, order kept
    assert normalise_ballot(RoundRules(Method.SCHULZE), CANDS, [4, 3, 2, 1]) == [4, 3, 2, 1]


def test_ranked_ballots_may_rank_candidates_level():
    for method in (Method.BORDA, Method.SCHULZE):
        rules = RoundRules(method)
        # A, then B and C level, then D: the group is sorted, a group of one is just the candidate
        assert normalise_ballot(rules, CANDS, [1, ["3", 2], [4]]) == [1, [2, 3], 4]
        assert normalise_ballot(rules, CANDS, [(4, 1), [], 2]) == [[1, 4], 2]  # an empty group ranks nobody
        assert normalise_ballot(rules, CANDS, [[1, 2, 3, 4]]) == [[1, 2, 3, 4]]
    assert ranking_places([1, [2, 3], 4]) == [(1,), (2, 3), (4,)]
    assert ranking_positions([1, [2, 3], 4]) == {1: 1, 2: 2, 3: 2, 4: 4}
    assert ranking_positions([3, 1]) == {3: 1, 1: 2}


@pytest.mark.parametrize("votes, message", [
    ([1, [2, 1]], "140.1 is ranked twice. Rank each candidate once at most."),
    ([[2, 3], [3]], "140.3 is ranked twice."),
    ([1, [2, [3]]], "A group of candidates ranked level holds candidates only, not another group."),
    ([1, {2: 1}], "For a ranked vote, give the candidates in order, best first. Put candidates you rank level "
                  "together in a list of their own."),
    ([[1, 9]], "140.9 is not a candidate in this round."),
])
def test_bad_level_rankings_are_refused_in_plain_words(votes, message):
    with pytest.raises(ValidationError) as caught:
        normalise_ballot(RoundRules(Method.SCHULZE), CANDS, votes, LABELS)
    assert message in caught.value.message


def test_borda_level_candidates_share_the_points_of_their_places():
    # A, then B and C level, then D: 4 for A, (3 + 2) / 2 for B and C, 1 for D
    t = tally(RoundRules(Method.BORDA), [A, B, C, D], [[A, [B, C], D]])
    assert figure(t, "points") == {A: 4, B: 2.5, C: 2.5, D: 1}
    assert ranks(t) == {A: 1, B: 2, C: 2, D: 4}
    # All level: each gets the mean of 3, 2 and 1; first choices go to everyone in the first place
    t = tally(RoundRules(Method.BORDA), [A, B, C], [[[A, B, C]], [A]])
    assert figure(t, "points") == {A: 3, B: 2, C: 2}
    assert figure(t, "first") == {A: 2, B: 1, C: 1}
    assert isinstance(figure(t, "points")[A], int)  # whole points stay whole numbers
    assert "share the points of the places they fill" in RoundRules(Method.BORDA).describe()


def test_schulze_level_candidates_are_not_preferred_either_way():
    # 2 ballots put A and B level at the top, 1 puts B over A: B beats A; both beat C
    t = tally(RoundRules(Method.SCHULZE), [A, B, C], [[[A, B], C], [[A, B], C], [B, A]])
    assert (t.pairwise[A, B], t.pairwise[B, A], t.pairwise[A, C]) == (0, 1, 3)
    assert ranks(t) == {B: 1, A: 2, C: 3}


def test_schulze_rule_is_stated():
    text = RoundRules(Method.SCHULZE).describe()
    assert "X beats Y when the strongest chain of head-to-head wins from X to Y is stronger" in text
    assert "First place goes to every candidate no one beats" in text
    assert "you may rank some level" in text
    assert "ordered by how many others they beat" not in text


def test_score_ballot_keeps_zero_and_omits_unrated():
    assert normalise_ballot(RoundRules(Method.SCORE), CANDS, {"1": 0, 2: 5, 3: None, 4: ""}) == {1: 0, 2: 5}


def test_moscow_ballot_is_case_insensitive():
    votes = {"1": "MUST", 2: "Won't", 3: "won’t", 4: " could "}
    assert normalise_ballot(RoundRules(Method.MOSCOW), CANDS, votes) == {
        1: "must", 2: "wont", 3: "wont", 4: "could"}
    assert normalise_ballot(RoundRules(Method.MOSCOW), CANDS, {1: "wont", 2: Moscow.SHOULD, 3: ""}) == {
        1: "wont", 2: "should"}


@pytest.mark.parametrize("rules, votes, message", [
    (RoundRules(Method.DOT, 5), {9: 1}, "140.9 is not a candidate in this round."),
    (RoundRules(Method.DOT, 5), {"x": 1}, "“x” is not a candidate in this round."),
    (RoundRules(Method.APPROVAL), [1, 12], "140.12 is not a candidate in this round."),
    (RoundRules(Method.BORDA), [1, "9"], "140.9 is not a candidate in this round."),
    (RoundRules(Method.DOT, 5), {1: -1}, "140.1 has -1; a ballot cannot give a negative number."),
    (RoundRules(Method.DOT, 5), {1: 2.5}, "Dots are whole numbers: 140.1 has 2.5."),
    (RoundRules(Method.POINTS), {1: "12.5"}, "Points are whole numbers: 140.1 has 12.5."),
    (RoundRules(Method.POINTS), {1: "lots"}, "140.1 has “lots”, which is not a number."),
    (RoundRules(Method.DOT, 5), {1: True}, "which is not a number"),
    (RoundRules(Method.DOT, 5), {1: 4, 2: 3}, "This ballot gives 7 dots; each person has 5. Take 2 off."),
    (RoundRules(Method.DOT, 5), {1: 3, 2: 3}, "This ballot gives 6 dots; each person has 5. Take 1 off."),
    (RoundRules(Method.POINTS), {1: 70, 2: 50}, "This ballot gives 120 points; each person has 100. Take 20 off."),
    (RoundRules(Method.DOT, 5, 2), {1: 3}, "This ballot puts 3 dots on 140.1; the most on one candidate is 2. "
                                           "Take 1 off."),
    (RoundRules(Method.SCORE), {2: 6}, "Scores run from 0 to 5: 140.2 has 6."),
    (RoundRules(Method.SCORE), {2: -1}, "140.2 has -1; a ballot cannot give a negative number."),
    (RoundRules(Method.SCORE), {2: 4.5}, "Scores are whole numbers: 140.2 has 4.5."),
    (RoundRules(Method.BORDA), [1, 2, 1], "140.1 is ranked twice. Rank each candidate once at most."),
    (RoundRules(Method.SCHULZE), [3, 3, 3], "140.3 is ranked 3 times."),
    (RoundRules(Method.BORDA), {1: 1, 2: 2}, "For a ranked vote, give the candidates in order, best first."),
    (RoundRules(Method.SCHULZE), {1, 2}, "For a ranked vote, give the candidates in order, best first."),
    (RoundRules(Method.DOT, 5), [1, 1, 2], "For dot voting, give the number of dots on each candidate."),
    (RoundRules(Method.APPROVAL), "1,2", "For approval voting, give the list of candidates ticked."),
    (RoundRules(Method.APPROVAL), {1: True}, "For approval voting, give the list of candidates ticked."),
    (RoundRules(Method.SCORE), [1, 2], "For score voting, give a score from 0 to 5"),
    (RoundRules(Method.MOSCOW), [1], "For MoSCoW, give Must, Should, Could or Won't"),
    (RoundRules(Method.MOSCOW), {1: "maybe"}, "“maybe” is not a MoSCoW choice (for 140.1). Use Must, Should,"),
    (RoundRules(Method.MOSCOW), {1: 3}, "“3” is not a MoSCoW choice"),
    (RoundRules(Method.DOT), {1: 1}, "Dot voting needs a number of dots per person."),
])
def test_bad_ballots_are_refused_in_plain_words(rules, votes, message):
    with pytest.raises(ValidationError) as caught:
        normalise_ballot(rules, CANDS, votes, LABELS)
    assert message in caught.value.message


def test_messages_fall_back_to_ids_without_labels():
    with pytest.raises(ValidationError, match="^9 is not a candidate"):
        normalise_ballot(RoundRules(Method.APPROVAL), CANDS, [9])
    with pytest.raises(ValidationError, match="^2 is ranked twice"):
        normalise_ballot(RoundRules(Method.BORDA), CANDS, [2, 2])


def test_a_full_budget_and_the_cap_itself_are_allowed():
    assert normalise_ballot(RoundRules(Method.DOT, 5, 2), CANDS, {1: 2, 2: 2, 3: 1}) == {1: 2, 2: 2, 3: 1}
    assert normalise_ballot(RoundRules(Method.SCORE), CANDS, {1: 5}) == {1: 5}


def test_remaining():
    assert remaining(RoundRules(Method.DOT, 5), {1: 2}) == 3
    assert remaining(RoundRules(Method.DOT, 5), {}) == 5
    assert remaining(RoundRules(Method.POINTS), {1: 40, 2: 35}) == 25
    assert remaining(RoundRules(Method.APPROVAL), [1, 2]) is None
    assert remaining(RoundRules(Method.SCORE), {1: 3}) is None


# --- counting, one hand-worked example per method -------------------------------------------------------------

# Dot voting, 3 dots each, at most 2 on one candidate; 5 voters, the last one blank.
#   v1 {1:2, 2:1}  v2 {2:2, 3:1}  v3 {1:1, 3:2}  v4 {4:2, 1:1}  v5 {}
#   points: 1 = 2+1+1 = 4, 2 = 1+2 = 3, 3 = 1+2 = 3, 4 = 2; total 12
#   ranks: 1 first; 2 and 3 share 2nd; 4 is 4th (3rd is skipped)
#   voters: 1 by v1 v3 v4 = 3; 2 by v1 v2 = 2; 3 by v2 v3 = 2; 4 by v4 = 1
DOT_RULES = RoundRules(Method.DOT, 3, 2)
DOT_BALLOTS = [{1: 2, 2: 1}, {2: 2, 3: 1}, {1: 1, 3: 2}, {4: 2, 1: 1}, {}]


def test_dot_voting_tie_shares_a_rank_and_the_next_rank_skips():
    t = tally(DOT_RULES, CANDS, DOT_BALLOTS)
    assert t.method is Method.DOT and t.ballots == 5 and t.wall_points == 0
    assert [(r.candidate, r.rank, r.score, r.tied) for r in t.results] == [
        (1, 1, 4, False), (2, 2, 3, True), (3, 2, 3, True), (4, 4, 2, False)]
    assert figure(t, "points") == {1: 4, 2: 3, 3: 3, 4: 2}
    assert figure(t, "share") == {1: 33.3, 2: 25.0, 3: 25.0, 4: 16.7}
    assert figure(t, "voters") == {1: 3, 2: 2, 3: 2, 4: 1}
    assert [(g.rank, g.candidates, g.score) for g in t.ties] == [(2, (2, 3), 3)]
    assert t.close_calls == () and t.pairwise == {}
    assert describe_ties(t, LABELS) == [
        "140.2 and 140.3 are tied for 2nd place with 3 dots each. "
        "No tie-break is applied: hold a run-off to separate them."]


def test_tied_rows_follow_the_candidate_listing_order():
    t = tally(DOT_RULES, [4, 3, 2, 1], DOT_BALLOTS)
    assert [r.candidate for r in t.results] == [1, 3, 2, 4]


def test_wall_chart_dots_are_added_to_points_not_voters():
    # The same ballots plus stickers on the wall: 4 gets 3 more, 2 gets 1 more.
    #   points: 4 = 2+3 = 5, 1 = 4, 2 = 3+1 = 4, 3 = 3; total 16
    t = tally(DOT_RULES, CANDS, DOT_BALLOTS, wall_counts={4: 3, 2: 1})
    assert t.wall_points == 4 and t.ballots == 5
    assert [(r.candidate, r.rank, r.score) for r in t.results] == [(4, 1, 5), (1, 2, 4), (2, 2, 4), (3, 4, 3)]
    assert t.row(4).figures["voters"] == 1
    assert t.row(1).figures["share"] == 25.0


def test_close_call_39_vs_37_is_a_tie_in_practice():
    # 100-point voting, two voters: 30 gets 61 + 63 = 124, 10 gets 39, 20 gets 37.
    # 39 − 37 = 2 and 6% of 39 is 2.34, so 10 and 20 are a close call; 124 vs 39 is not.
    labels = {10: "140.3", 20: "140.9", 30: "140.1"}
    t = tally(RoundRules(Method.POINTS), [10, 20, 30], [{10: 39, 30: 61}, {20: 37, 30: 63}])
    assert ranks(t) == {30: 1, 10: 2, 20: 3}
    assert t.close_calls == ((10, 20),) and t.ties == ()
    assert describe_ties(t, labels) == [
        "140.3 (39 points) and 140.9 (37 points) are within 6% of each other: a tie in practice. "
        "Consider a run-off."]
    assert describe_ties(t, labels, unit="dots")[0].startswith("140.3 (39 dots) and 140.9 (37 dots)")
    # 39 vs 36 is a gap of 3, more than 2.34: a real difference
    t = tally(RoundRules(Method.POINTS), [10, 20, 30], [{10: 39, 30: 61}, {20: 36, 30: 64}])
    assert t.close_calls == ()
    assert describe_ties(t, labels) == []


def test_close_calls_are_looked_for_down_to_the_10th_place():
    # Wall counts 185, 170, ... 50 for candidates 1..10 (gaps of 15, never within 6%).
    wall = {i: 200 - 15 * i for i in range(1, 11)}
    # 11th and 12th are 35 and 34: within 6%, but below the top 10.
    t = tally(RoundRules(Method.DOT, 3), list(range(1, 13)), [], wall_counts={**wall, 11: 35, 12: 34})
    assert t.close_calls == ()
    # 10th is 50 and 11th is 48: the boundary of the top 10 is reported.
    t = tally(RoundRules(Method.DOT, 3), list(range(1, 13)), [], wall_counts={**wall, 11: 48, 12: 34})
    assert t.close_calls == ((10, 11),)


# Approval; 5 ballots, the last one blank.
#   [1,2] [1,3] [2] [1,2,4] []
#   approvals: 1 = 3, 2 = 3, 3 = 1, 4 = 1; share of 5 ballots: 60, 60, 20, 20
#   ranks: 1 and 2 share 1st, 3 and 4 share 3rd
def test_approval():
    t = tally(RoundRules(Method.APPROVAL), CANDS, [[1, 2], [1, 3], [2], [1, 2, 4], []])
    assert t.ballots == 5
    assert ranks(t) == {1: 1, 2: 1, 3: 3, 4: 3}
    assert figure(t, "approvals") == {1: 3, 2: 3, 3: 1, 4: 1}
    assert figure(t, "share") == {1: 60.0, 2: 60.0, 3: 20.0, 4: 20.0}
    assert [(g.rank, g.candidates) for g in t.ties] == [(1, (1, 2)), (3, (3, 4))]
    assert describe_ties(t, LABELS)[1].startswith("140.3 and 140.4 are tied for 3rd place with 1 approval each.")


# Score 0–5; 4 voters.
#   v1 {1:5, 2:4}  v2 {1:3, 2:5, 3:5}  v3 {1:4, 2:4}  v4 {1:0}
#   sum:   1 = 5+3+4+0 = 12, 2 = 4+5+4 = 13, 3 = 5
#   mean over raters: 1 = 12/4 = 3.0 (the 0 counts), 2 = 13/3 = 4.33, 3 = 5/1 = 5.0 (unrated is not 0)
#   ranked by sum: 2, 1, 3 — although 3 has the best mean
def test_score_ranks_by_sum_and_means_over_raters():
    t = tally(RoundRules(Method.SCORE), [1, 2, 3], [{1: 5, 2: 4}, {1: 3, 2: 5, 3: 5}, {1: 4, 2: 4}, {1: 0}])
    assert [r.candidate for r in t.results] == [2, 1, 3]
    assert figure(t, "sum") == {1: 12, 2: 13, 3: 5}
    assert figure(t, "mean") == {1: 3.0, 2: 4.33, 3: 5.0}
    assert figure(t, "voters") == {1: 4, 2: 3, 3: 1}
    assert t.ties == () and t.close_calls == ()


def test_score_mean_is_zero_when_nobody_rated():
    t = tally(RoundRules(Method.SCORE), [1, 2], [{1: 3}])
    assert t.row(2).figures == {"sum": 0, "mean": 0.0, "voters": 0}


# Borda with partial rankings: a ballot ranking k candidates gives k − rank + 1, unranked get 0.
#   [1,2,3]   k=3: 1→3, 2→2, 3→1
#   [2,1]     k=2: 2→2, 1→1
#   [3]       k=1: 3→1
#   [4,3,2,1] k=4: 4→4, 3→3, 2→2, 1→1
#   []        blank
#   points: 1 = 3+1+1 = 5, 2 = 2+2+2 = 6, 3 = 1+1+3 = 5, 4 = 4
#   ranks: 2 first, 1 and 3 share 2nd, 4 is 4th. Each candidate is first on one ballot.
BORDA_BALLOTS = [[1, 2, 3], [2, 1], [3], [4, 3, 2, 1], []]


def test_borda_partial_rankings():
    t = tally(RoundRules(Method.BORDA), CANDS, BORDA_BALLOTS)
    assert t.ballots == 5
    assert figure(t, "points") == {1: 5, 2: 6, 3: 5, 4: 4}
    assert ranks(t) == {2: 1, 1: 2, 3: 2, 4: 4}
    assert figure(t, "first") == {1: 1, 2: 1, 3: 1, 4: 1}
    # pairwise, unranked at the bottom of each ballot:
    #   1 over 2: [1,2,3] only = 1; 2 over 1: [2,1] and [4,3,2,1] = 2
    #   1 over 4: [1,2,3] and [2,1] (4 unranked) = 2; 4 over 1: [4,3,2,1] = 1
    #   3 over 4: [1,2,3] and [3] = 2; neither 1 nor 2 is above the other on [3]
    assert (t.pairwise[1, 2], t.pairwise[2, 1]) == (1, 2)
    assert (t.pairwise[1, 4], t.pairwise[4, 1]) == (2, 1)
    assert (t.pairwise[3, 4], t.pairwise[4, 3]) == (2, 1)
    assert len(t.pairwise) == 4 * 3


# Wikipedia's Schulze example: 45 voters, A..E.
WIKIPEDIA = [(5, [A, C, B, E, D]), (5, [A, D, E, C, B]), (8, [B, E, D, A, C]), (3, [C, A, B, E, D]),
             (7, [C, A, E, B, D]), (2, [C, B, A, D, E]), (7, [D, C, E, B, A]), (8, [E, B, A, D, C])]
WIKIPEDIA_BALLOTS = [ranking for n, ranking in WIKIPEDIA for _ in range(n)]


def test_schulze_wikipedia_example():
    # Pairwise d[X,Y]: A>B 20, B>A 25; A>C 26; A>D 30; A>E 22, E>A 23; B>C 16, C>B 29; B>D 33; B>E 18;
    #   C>D 17, D>C 28; C>E 24, E>C 21; D>E 14, E>D 31.
    # Strongest paths p[X,Y] (row X):  A: - 28 28 30 24 / B: 25 - 28 33 24 / C: 25 29 - 29 24
    #                                  D: 25 28 28 - 24 / E: 25 28 28 31 -
    # p[X,Y] > p[Y,X]: E beats all 4; A beats B, C, D (3); C beats B, D (2); B beats D (1); D none.
    # Head to head: A beats C, D (2); B beats A, D (2); C beats B, E (2); D beats C (1); E beats A, B, D (3).
    t = tally(RoundRules(Method.SCHULZE), [A, B, C, D, E], WIKIPEDIA_BALLOTS)
    assert t.ballots == 45
    assert [r.candidate for r in t.results] == [E, A, C, B, D]
    assert figure(t, "wins") == {E: 4, A: 3, C: 2, B: 1, D: 0}
    assert figure(t, "pairwise_wins") == {A: 2, B: 2, C: 2, D: 1, E: 3}
    assert (t.pairwise[A, B], t.pairwise[B, A], t.pairwise[E, D], t.pairwise[C, D]) == (20, 25, 31, 17)
    assert t.ties == ()


def test_borda_on_the_wikipedia_ballots_orders_b_and_c_the_other_way():
    # Full rankings of 5, so 5 4 3 2 1 points by position:
    #   A = 25+25+16+12+28+6+7+24 = 143     B = 15+5+40+9+14+8+14+32 = 137
    #   C = 20+10+8+15+35+10+28+8 = 134     D = 5+20+24+3+7+4+35+16 = 114
    #   E = 10+15+32+6+21+2+21+40 = 147     (total 675 = 45 × 15)
    # Borda also puts E first, but B above C, where Schulze has C above B.
    t = tally(RoundRules(Method.BORDA), [A, B, C, D, E], WIKIPEDIA_BALLOTS)
    assert figure(t, "points") == {A: 143, B: 137, C: 134, D: 114, E: 147}
    assert [r.candidate for r in t.results] == [E, A, B, C, D]
    # Close calls in a ranked vote go by the head-to-head margin, not by Borda points: E is preferred
    # to A on 23 ballots and A to E on 22 (a margin of 1, within 6% of 45); A–B and B–C are not close.
    assert t.close_calls == ((E, A),)


def test_schulze_winner_differs_from_borda_winner():
    # 3 voters A>B>C, 2 voters B>C>A.
    #   Head to head A beats B 3–2 and C 3–2: A is the Condorcet (and Schulze) winner.
    #   Borda 3-2-1: A = 3·3 + 2·1 = 11, B = 3·2 + 2·3 = 12, C = 3·1 + 2·2 = 7: B wins.
    ballots = [[A, B, C]] * 3 + [[B, C, A]] * 2
    schulze = tally(RoundRules(Method.SCHULZE), [A, B, C], ballots)
    borda = tally(RoundRules(Method.BORDA), [A, B, C], ballots)
    assert schulze.results[0].candidate == A and figure(schulze, "wins") == {A: 2, B: 1, C: 0}
    assert borda.results[0].candidate == B and figure(borda, "points") == {A: 11, B: 12, C: 7}


def test_schulze_candidates_nobody_ranked_are_at_the_bottom():
    # [1,2] [2,1] [1] — 3 and 4 are on no ballot.
    #   1 over 2 on [1,2] and [1] = 2, 2 over 1 = 1: 1 beats 2.
    #   Every ranked candidate beats 3 and 4 (1 on 3 ballots, 2 on 2); 3 and 4 beat no one.
    #   wins: 1 = 3, 2 = 2, 3 = 4 = 0 (they share 3rd)
    t = tally(RoundRules(Method.SCHULZE), CANDS, [[1, 2], [2, 1], [1]])
    assert figure(t, "wins") == {1: 3, 2: 2, 3: 0, 4: 0}
    assert figure(t, "pairwise_wins") == {1: 3, 2: 2, 3: 0, 4: 0}
    assert (t.pairwise[1, 3], t.pairwise[2, 4], t.pairwise[3, 4], t.pairwise[4, 1]) == (3, 2, 0, 0)
    assert ranks(t) == {1: 1, 2: 2, 3: 3, 4: 3}
    assert describe_ties(t, LABELS) == ["140.3 and 140.4 got no beatpath wins; they share 3rd place."]


def test_schulze_cycle_of_equal_strength_is_a_three_way_tie():
    # [1,2,3] [2,3,1] [3,1,2]: each pair is 2–1 around the cycle, every strongest path is 2 both ways.
    t = tally(RoundRules(Method.SCHULZE), [1, 2, 3], [[1, 2, 3], [2, 3, 1], [3, 1, 2]])
    assert ranks(t) == {1: 1, 2: 1, 3: 1}
    assert figure(t, "pairwise_wins") == {1: 1, 2: 1, 3: 1}


# MoSCoW; 4 voters, the last one blank.
#   v1 {1 Must, 2 Should, 3 Won't}  v2 {1 Should, 2 Must}  v3 {1 Could, 3 Must}  v4 {}
#   1: Must 1, Should 1, Could 1 = 3+2+1 = 6;  2: Must 1, Should 1 = 5;  3: Must 1, Won't 1 = 3
def test_moscow():
    ballots = [{1: "must", 2: "should", 3: "wont"}, {1: "should", 2: "must"}, {1: "could", 3: "must"}, {}]
    t = tally(RoundRules(Method.MOSCOW), [1, 2, 3], ballots)
    assert t.ballots == 4
    assert [r.candidate for r in t.results] == [1, 2, 3]
    assert t.row(1).figures == {"must": 1, "should": 1, "could": 1, "wont": 0, "points": 6}
    assert t.row(2).figures == {"must": 1, "should": 1, "could": 0, "wont": 0, "points": 5}
    assert t.row(3).figures == {"must": 1, "should": 0, "could": 0, "wont": 1, "points": 3}


@pytest.mark.parametrize("method", list(Method))
def test_figure_names_match_the_figures(method):
    ballots = {Method.DOT: DOT_BALLOTS, Method.POINTS: [{1: 3}], Method.APPROVAL: [[1]],
               Method.SCORE: [{1: 3}], Method.BORDA: [[1, 2]], Method.SCHULZE: [[1, 2]],
               Method.MOSCOW: [{1: "must"}]}[method]
    t = tally(RoundRules(method, 3), CANDS, ballots)
    assert [key for key, _ in t.figure_names()] == list(t.row(1).figures)
    assert all(heading for _, heading in t.figure_names())
    assert (t.pairwise != {}) == method.ranked


def test_no_ballots_yet():
    t = tally(RoundRules(Method.DOT, 3), [1, 2, 3], [])
    assert t.ballots == 0 and [r.rank for r in t.results] == [1, 1, 1]
    assert figure(t, "share") == {1: 0.0, 2: 0.0, 3: 0.0}
    assert describe_ties(t, LABELS) == ["140.1, 140.2 and 140.3 got no dots; they share 1st place."]


def test_tally_accepts_a_generator_of_ballots():
    t = tally(RoundRules(Method.BORDA), CANDS, (b for b in BORDA_BALLOTS))
    assert t.ballots == 5 and t.row(2).rank == 1


# --- counting errors --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rules, ballots, wall, message", [
    (RoundRules(Method.APPROVAL), [[1]], {1: 3}, "Wall-chart counts only apply to dot voting and 100-point voting"),
    (RoundRules(Method.DOT, 3), [], {9: 3}, "count for candidate 9, which is not in this round"),
    (RoundRules(Method.DOT, 3), [], {1: -2}, "The wall-chart count for candidate 1 is -2."),
    (RoundRules(Method.DOT, 3), [{9: 1}], None, "A ballot names candidate 9, which is not in this round."),
    (RoundRules(Method.APPROVAL), [[1, 9]], None, "A ballot names candidate 9"),
    (RoundRules(Method.SCORE), [{9: 1}], None, "A ballot names candidate 9"),
    (RoundRules(Method.MOSCOW), [{9: "must"}], None, "A ballot names candidate 9"),
    (RoundRules(Method.BORDA), [[1, 9]], None, "A ballot names candidate 9"),
    (RoundRules(Method.MOSCOW), [{1: "maybe"}], None, "A ballot has “maybe” for candidate 1, which is not a"),
    (RoundRules(Method.DOT, 3), [{"1": 1}], None, "A ballot names candidate '1', which is not in this round."),
    (RoundRules(Method.SCHULZE), [[9]], None, "A ballot names candidate 9"),
])
def test_counting_refuses_inconsistent_input(rules, ballots, wall, message):
    with pytest.raises(ValidationError) as caught:
        tally(rules, CANDS, ballots, wall_counts=wall)
    assert message in caught.value.message


def test_counting_refuses_a_candidate_listed_twice():
    with pytest.raises(ValidationError, match="Candidate 2 is listed twice"):
        tally(RoundRules(Method.APPROVAL), [1, 2, 2], [])


# --- describing ties --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("n, text", [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"),
                                     (13, "13th"), (21, "21st"), (22, "22nd"), (101, "101st"), (111, "111th")])
def test_ordinals(n, text):
    assert ordinal(n) == ordinal(n, of="place") == ordinal(n, of="choice") == text  # English has no genders


def test_three_way_tie_and_singular_unit():
    t = tally(RoundRules(Method.DOT, 1), [1, 2, 3, 4], [{1: 1}, {2: 1}, {3: 1}])
    assert describe_ties(t, LABELS) == [
        "140.1, 140.2 and 140.3 are tied for 1st place with 1 dot each. "
        "No tie-break is applied: hold a run-off to separate them."]


def test_a_large_tie_names_a_few_and_counts_the_rest():
    t = tally(RoundRules(Method.DOT, 1), list(range(1, 9)), [{i: 1} for i in range(1, 9)])
    assert describe_ties(t, LABELS)[0].startswith(
        "140.1, 140.2, 140.3, 140.4, 140.5 and 3 others are tied for 1st place with 1 dot each.")


def test_ties_and_close_calls_read_from_the_top():
    # Borda on the Wikipedia ballots: one close call, E–A head to head (23 to 22), and no ties.
    t = tally(RoundRules(Method.BORDA), [A, B, C, D, E], WIKIPEDIA_BALLOTS)
    names = {A: "A", B: "B", C: "C", D: "D", E: "E"}
    assert describe_ties(t, names) == [
        "E and A are nearly level head to head: 23 ballots put E higher, 22 put A higher. Consider a run-off."]
    # A tie at 2nd and a close call below it, in rank order.
    t = tally(RoundRules(Method.POINTS), [1, 2, 3, 4], [{1: 100}, {2: 39, 3: 39, 4: 22}, {4: 15}])
    sentences = describe_ties(t, LABELS)
    assert len(sentences) == 2
    assert sentences[0].startswith("140.2 and 140.3 are tied for 2nd place with 39 points each.")
    assert sentences[1].startswith("140.3 (39 points) and 140.4 (37 points) are within 6%")


def test_a_pair_exactly_level_head_to_head_is_a_tie_not_a_close_call():
    # 140.1 > 140.2 > 140.3 and 140.2 > 140.3 > 140.1. Borda (3, 2, 1): 140.2 = 5, 140.1 = 4, 140.3 = 3, so the
    # three get separate places; yet 140.2–140.1 and 140.1–140.3 are each 1 ballot to 1 head to head.
    t = tally(RoundRules(Method.BORDA), [1, 2, 3], [[1, 2, 3], [2, 3, 1]])
    assert [r.candidate for r in t.results] == [2, 1, 3] and t.ties == ()
    assert t.level_pairs == ((2, 1), (1, 3)) and t.close_calls == ()
    sentences = describe_ties(t, LABELS)
    assert sentences == [
        "140.2 and 140.1 are exactly level head to head: 1 ballot put 140.2 higher and 1 put 140.1 higher. "
        "140.2 ranks above only on Borda points. Between these two it is a tie: hold a run-off to separate "
        "them.",
        "140.1 and 140.3 are exactly level head to head: 1 ballot put 140.1 higher and 1 put 140.3 higher. "
        "140.1 ranks above only on Borda points. Between these two it is a tie: hold a run-off to separate "
        "them."]
    assert not any("nearly" in s or "within" in s for s in sentences)


def test_a_small_but_nonzero_head_to_head_margin_is_a_close_call():
    # 9 ballots 140.1 > 140.2 and 8 ballots 140.2 > 140.1: a margin of 1, within 6% of 17 ballots (1.02).
    t = tally(RoundRules(Method.BORDA), [1, 2], [[1, 2]] * 9 + [[2, 1]] * 8)
    assert t.close_calls == ((1, 2),) and t.level_pairs == ()
    assert describe_ties(t, LABELS) == [
        "140.1 and 140.2 are nearly level head to head: 9 ballots put 140.1 higher, 8 put 140.2 higher. "
        "Consider a run-off."]
    # 9 to 7 is a margin of 2, beyond 6% of 16 ballots (0.96): not close.
    t = tally(RoundRules(Method.BORDA), [1, 2], [[1, 2]] * 9 + [[2, 1]] * 7)
    assert t.close_calls == () and t.level_pairs == () and describe_ties(t, LABELS) == []


# --- cross-checks against votelib called directly ---------------------------------------------------------------

def _random_rankings(rnd, cands, n):
    return [rnd.sample(cands, rnd.randint(1, len(cands))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(5))
def test_ranked_counts_agree_with_votelib(seed):
    rnd = random.Random(seed)
    cands = list(range(1, 9))
    ballots = _random_rankings(rnd, cands, 60) + [[c] for c in cands]  # everyone ranked somewhere
    grouped = collections.Counter(tuple(b) for b in ballots)

    borda = tally(RoundRules(Method.BORDA), cands, ballots)
    expected = RankedToPositionalVotes(ModifiedBorda()).convert(grouped)
    assert figure(borda, "points") == expected
    by_hand = collections.Counter()
    for b in ballots:
        for position, c in enumerate(b, start=1):
            by_hand[c] += len(b) - position + 1
    assert figure(borda, "points") == dict(by_hand)

    condorcet = RankedToCondorcetVotes(unranked_at_bottom=True).convert(grouped)
    schulze = tally(RoundRules(Method.SCHULZE), cands, ballots)
    assert {pair: n for pair, n in schulze.pairwise.items() if n} == condorcet
    assert borda.pairwise == schulze.pairwise
    wins = figure(schulze, "wins")
    in_votelib_order = [wins[c] for c in Schulze().evaluate(condorcet, n_seats=len(cands))]
    assert len(in_votelib_order) > 1 and in_votelib_order == sorted(in_votelib_order, reverse=True)
    winner = Schulze().evaluate(condorcet, n_seats=1)
    top = [r.candidate for r in schulze.results if r.rank == 1]
    assert winner == top if len(top) == 1 else set(winner[0]) == set(top)


def test_cardinal_totals_agree_with_votelib():
    rnd = random.Random(11)
    cands = list(range(1, 41))
    approval = [sorted(rnd.sample(cands, rnd.randint(0, 15))) for _ in range(200)]
    t = tally(RoundRules(Method.APPROVAL), cands, approval)
    expected = ApprovalToSimpleVotes().convert(collections.Counter(frozenset(b) for b in approval))
    assert {c: n for c, n in figure(t, "approvals").items() if n} == expected

    dots = [{c: rnd.randint(1, 3) for c in rnd.sample(cands, rnd.randint(0, 10))} for _ in range(200)]
    t = tally(RoundRules(Method.DOT, 30), cands, dots)
    expected = ScoreToSimpleVotes("sum").convert(collections.Counter(frozenset(b.items()) for b in dots))
    assert {c: n for c, n in figure(t, "points").items() if n} == expected

    scores = [{c: rnd.randint(0, 5) for c in rnd.sample(cands, rnd.randint(0, 10))} for _ in range(200)]
    t = tally(RoundRules(Method.SCORE), cands, scores)
    votes = collections.Counter(frozenset(b.items()) for b in scores)
    sums = ScoreToSimpleVotes("sum").convert(votes)
    means = ScoreToSimpleVotes("mean").convert(votes)
    assert {c: n for c, n in figure(t, "sum").items() if figure(t, "voters")[c]} == sums
    assert {c: m for c, m in figure(t, "mean").items() if figure(t, "voters")[c]} == {
        c: round(float(m), 2) for c, m in means.items()}

    points = {"must": 3, "should": 2, "could": 1, "wont": 0}
    moscow = [{c: rnd.choice(list(points)) for c in rnd.sample(cands, rnd.randint(0, 10))} for _ in range(200)]
    t = tally(RoundRules(Method.MOSCOW), cands, moscow)
    expected = ScoreToSimpleVotes("sum").convert(
        collections.Counter(frozenset((c, points[w]) for c, w in b.items()) for b in moscow))
    assert {c: n for c, n in figure(t, "points").items() if n} == {c: n for c, n in expected.items() if n}


def test_ranked_rounds_need_a_shortlist():
    from upr_desktop.domain.voting import RANKED_MAX
    assert validate_rules(RoundRules(Method.SCHULZE), RANKED_MAX) == []
    problems = validate_rules(RoundRules(Method.BORDA), RANKED_MAX + 1)
    assert len(problems) == 1 and "shortlist" in problems[0]
    assert validate_rules(RoundRules(Method.APPROVAL), 400) == []


def test_a_unanimous_ranking_has_no_close_calls():
    for method in (Method.SCHULZE, Method.BORDA):
        t = tally(RoundRules(method), range(1, 21), [list(range(1, 21))] * 30)
        assert t.close_calls == () and describe_ties(t, {c: str(c) for c in range(1, 21)}) == []


@pytest.mark.parametrize("rules", [RoundRules(Method.DOT, 30), RoundRules(Method.POINTS), RoundRules(Method.SCORE),
                                   RoundRules(Method.MOSCOW), RoundRules(Method.APPROVAL), RoundRules(Method.BORDA),
                                   RoundRules(Method.SCHULZE)])
def test_ballots_read_back_from_json_count_the_same(rules):
    """results() counts ballots as JSON gives them back ({"12": 3}): the same count as with the ids."""
    rnd = random.Random(5)
    cands = [7, 12, 31, 400, 1000]
    ballots = []
    for _ in range(60):
        chosen = rnd.sample(cands, rnd.randint(0, len(cands)))
        if rules.method is Method.MOSCOW:
            ballots.append({c: rnd.choice(["must", "should", "could", "wont"]) for c in chosen})
        elif rules.method.ranked or rules.method is Method.APPROVAL:
            ballots.append(sorted(chosen) if rules.method is Method.APPROVAL else chosen)
        else:
            ballots.append({c: rnd.randint(1 if rules.method.cumulative else 0, 5) for c in chosen})
    read_back = json.loads(json.dumps(ballots))
    ours, theirs = tally(rules, cands, ballots), tally(rules, cands, read_back, json_keys=True)
    assert ours == theirs
    if isinstance(ballots[0], dict):
        with pytest.raises(ValidationError) as caught:
            tally(rules, cands, read_back + [{"99": "must" if rules.method is Method.MOSCOW else 1}], json_keys=True)
        assert "A ballot names candidate 99, which is not in this round." in caught.value.message


@pytest.mark.parametrize("rules", [RoundRules(Method.DOT, 3), RoundRules(Method.DOT, 30, max_per_candidate=4),
                                   RoundRules(Method.POINTS), RoundRules(Method.POINTS, 7), RoundRules(Method.SCORE),
                                   RoundRules(Method.MOSCOW), RoundRules(Method.APPROVAL), RoundRules(Method.BORDA),
                                   RoundRules(Method.SCHULZE)])
def test_the_longest_ballot_the_rules_allow_fits_the_width_of_a_secret_slot(rules):
    """Slots are as narrow as the method allows; the widest ballot still fits, so every ballot pads alike."""
    from upr_desktop.domain.voting import longest_ballot

    cands = [7, 12, 31, 400, 1000, 99999, 123456, 5, 88, 10 ** 9]
    width = longest_ballot(rules, cands)
    m = rules.method
    if m.cumulative:  # the whole budget, as spread as it goes over the longest ids, then stacked high
        budget = rules.budget()
        cap = rules.max_per_candidate or budget
        widest = sorted(cands, key=lambda c: -len(str(c)))
        spread = dict.fromkeys(widest[:budget], 1)
        stacked = {widest[0]: min(cap, budget)}
        rest = budget - sum(stacked.values())
        for c in widest[1:]:
            stacked[c] = min(cap, rest)
            rest -= stacked[c]
        votes_list = [spread, stacked]
    elif m is Method.SCORE:
        votes_list = [dict.fromkeys(cands, 5)]
    elif m is Method.MOSCOW:
        votes_list = [dict.fromkeys(cands, "should"), dict.fromkeys(cands, "must")]
    elif m is Method.APPROVAL:
        votes_list = [cands]
    else:  # every candidate ranked, in level pairs
        votes_list = [[cands[i:i + 2] for i in range(0, len(cands), 2)], list(cands)]
    for votes in votes_list:
        stored = normalise_ballot(rules, cands, votes)
        text = json.dumps(stored, ensure_ascii=False, separators=(",", ":"))
        assert len(text.encode()) <= width, (votes, width)
    # Narrower than one width for every method (16 bytes a candidate), which two-page slots came from.
    assert width <= 2 + sum(len(str(c)) + 16 for c in cands)
