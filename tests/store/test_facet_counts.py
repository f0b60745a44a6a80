"""Facet counts within the search and the other filters, checked against a count in Python over the same rows."""

from __future__ import annotations

import json
import random
import re
import sqlite3
import unicodedata
from dataclasses import replace

import pytest

from upr_desktop.domain.recommendation import Recommendation, RecommendationKind, Response
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import NO_CLUSTER, RecommendationFilter

WORDS = ("torture", "women", "children", "detention", "education", "health", "press", "ratify", "rights",
         "justice", "police", "reform", "élection", "migrants")
STATES = ("Brazil", "Chile", "Côte d'Ivoire", "Denmark", "Fiji", "Ghana", "Japan", "Mexico")
THEMES = ("Women's rights", "Torture & detention", "Education", "Health", "Civic space")
SDGS = ("3", "4", "5", "16")
RESPONSES = (Response.SUPPORTED, Response.NOTED, Response.UNKNOWN)
FACETS = ("response", "theme", "state", "sdg", "session", "cluster")
OWN = {"response": "responses", "theme": "themes", "state": "states", "sdg": "sdgs", "session": "sessions",
       "cluster": "clusters"}


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    path = tmp_path_factory.mktemp("facets") / "facets.uprw"
    w = Workshop.create(path, WorkshopInfo(title="Facets", country="Demoland"))
    rng = random.Random(11)
    for n in range(160):
        w.add_recommendation(Recommendation(
            text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12))), reference=f"{100 + n % 40}.{n}",
            states=tuple(rng.sample(STATES, rng.randint(1, 3))), themes=tuple(rng.sample(THEMES, rng.randint(0, 2))),
            sdgs=tuple(rng.sample(SDGS, rng.randint(0, 2))), response=rng.choice(RESPONSES),
            session=rng.choice((None, 40, 47, 54)),
            # a few of the State's own pledges, which the response facet counts as their own value
            kind=RecommendationKind.VOLUNTARY_PLEDGE if n % 23 == 0 else RecommendationKind.RECOMMENDATION))
    ids = w.filtered_ids(RecommendationFilter())
    for name in ("First", "Second", "Third"):
        cluster_id, _ = w.create_cluster(name)
        w.assign(rng.sample(ids, 35), cluster_id)  # some in none; a later cluster takes a member from an earlier
    yield w
    w.close()


def _tokens(value: str) -> list[str]:
    plain = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
    return re.findall(r"\w+", plain.casefold())


def rows(workshop) -> list[dict]:
    """The recommendations straight from the file, with what a search and each facet see."""
    conn = sqlite3.connect(workshop.path)
    try:
        members = dict(conn.execute("SELECT recommendation_id, cluster_id FROM cluster_members"))
        out = []
        for id_, text, reference, states, themes, sdgs, response, session, kind in conn.execute(
                "SELECT id, text, reference, states, themes, sdgs, response, session, kind FROM recommendations"):
            response = kind if kind == RecommendationKind.VOLUNTARY_PLEDGE.value else response
            out.append({
                "tokens": _tokens(" ".join([text, reference or "", *json.loads(states), *json.loads(themes)])),
                "response": {response}, "theme": set(json.loads(themes)), "state": set(json.loads(states)),
                "sdg": set(json.loads(sdgs)), "session": {session} if session is not None else set(),
                "cluster": {members.get(id_, NO_CLUSTER)}})
        return out
    finally:
        conn.close()


def brute_force(all_rows: list[dict], facet: str, flt: RecommendationFilter) -> dict:
    terms = _tokens(flt.text)
    counts: dict = {}
    for row in all_rows:
        if terms and not all(any(t == term or (i == len(terms) - 1 and len(term) > 1 and t.startswith(term))
                                 for t in row["tokens"]) for i, term in enumerate(terms)):
            continue
        if any(getattr(flt, OWN[other]) and not row[other] & getattr(flt, OWN[other])
               for other in FACETS if other != facet):
            continue
        for value in row[facet]:
            counts[value] = counts.get(value, 0) + 1
    return counts


def filters(workshop) -> list[RecommendationFilter]:
    first = workshop.clusters()[0].id
    return [
        RecommendationFilter(),
        RecommendationFilter(text="women"),
        RecommendationFilter(text="tort"),  # a prefix, as typed
        RecommendationFilter(text="election rights"),  # diacritics don't matter
        RecommendationFilter(text="women", themes=frozenset({"Education", "Health"})),
        RecommendationFilter(text="children", responses=frozenset({"supported"}), states=frozenset({"Ghana"})),
        RecommendationFilter(states=frozenset({"Brazil", "Japan"}), sdgs=frozenset({"5"}), sessions=frozenset({47})),
        RecommendationFilter(text="police", clusters=frozenset({NO_CLUSTER, first})),
        RecommendationFilter(clusters=frozenset({first}), themes=frozenset({"Civic space"}),
                             responses=frozenset({"noted", "supported"})),
        RecommendationFilter(text="rights", responses=frozenset({"voluntary_pledge", "noted"})),
        RecommendationFilter(text="zzyzx"),
    ]


@pytest.mark.parametrize("facet", FACETS)
def test_counts_match_a_count_by_hand_within_the_search_and_the_other_filters(workshop, facet):
    all_rows = rows(workshop)
    for flt in filters(workshop):
        assert workshop.facet_counts(facet, flt) == brute_force(all_rows, facet, flt), (facet, flt)


def test_a_facets_own_choice_does_not_narrow_its_counts_but_narrows_the_others(workshop):
    search = RecommendationFilter(text="women")
    chosen = replace(search, themes=frozenset({"Health"}))
    # Ticking a theme leaves every theme's count as it was, so a second theme can still be added ...
    assert workshop.facet_counts("theme", chosen) == workshop.facet_counts("theme", search)
    assert workshop.facet_counts("theme", chosen)["Education"] > 0
    # ... and the other facets count only what is now shown.
    narrowed = workshop.facet_counts("response", chosen)
    assert sum(narrowed.values()) == len(workshop.filtered_ids(chosen))
    assert sum(narrowed.values()) < sum(workshop.facet_counts("response", search).values())
    # The search itself narrows every facet.
    assert sum(workshop.facet_counts("session", search).values()) < sum(
        workshop.facet_counts("session", RecommendationFilter()).values()) + 1
    assert workshop.facet_counts("state", RecommendationFilter(text="zzyzx")) == {}
