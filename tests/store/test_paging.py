"""Paging (store.queries.page / page_at / count) returns exactly the rows, in exactly the order, of
the full-id path (ranked_ids) for every sort, direction, filter and search; and the folded sort
keys (m007) put accents, case and NULLs where a person expects them."""

from __future__ import annotations

import random
import sqlite3

import pytest

from upr_desktop.domain.recommendation import Recommendation, RecommendationKind, Response
from upr_desktop.domain.workshop import ALL_COUNTRIES, WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store import queries
from upr_desktop.store.queries import NO_CLUSTER, SORTABLE, RecommendationFilter
from upr_desktop.store.sort_keys import fold, fold_list

WORDS = ("torture", "women", "children", "détention", "education", "health", "press", "ratify", "rights",
         "justice", "police", "réforme", "Élection", "migrants", "Zambia", "eau")
STATES = ("Brazil", "Chile", "Côte d'Ivoire", "côte d'ivoire", "Denmark", "Égypte", "Egypt", "Fiji", "Ghana",
          "Japan", "Türkiye", "Zambia")
THEMES = ("Women's rights", "Torture & detention", "Éducation", "education", "Health", "Civic space")
COUNTRIES = (None, "Kenya", "kenya", "Équateur", "Ecuador", "Zambia")


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("paging") / "paging.uprw"
    w = Workshop.create(path, WorkshopInfo(title="Paging", country=ALL_COUNTRIES))
    rng = random.Random(17)
    recs = []
    for n in range(420):
        # Ties on purpose: texts drawn from few words repeat, references repeat, some are missing.
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 4))]
        recs.append(Recommendation(
            text=("  " if n % 37 == 0 else "") + " ".join(words) + ("" if n % 3 else f" {n}"),
            reference=None if n % 11 == 0 else f"{100 + n % 9}.{n % 13}",
            states=tuple(rng.sample(STATES, rng.randint(0, 3))),
            themes=tuple(rng.sample(THEMES, rng.randint(0, 2))),
            response=rng.choice(list(Response)),
            session=rng.choice((None, 40, 47, 54)),
            country=rng.choice(COUNTRIES),
            kind=RecommendationKind.VOLUNTARY_PLEDGE if n % 29 == 0 else RecommendationKind.RECOMMENDATION,
        ))
    w.import_recommendations(recs, source_file="paging.csv", format="csv", country=ALL_COUNTRIES)
    ids = w.filtered_ids(RecommendationFilter())
    cluster, _ = w.create_cluster("Detention")
    w.assign(ids[:60], cluster)
    w.close()
    c = sqlite3.connect(path)
    yield c
    c.close()


FILTERS = {
    "none": RecommendationFilter(),
    "noted": RecommendationFilter(responses=frozenset({"noted"})),
    "pledges+supported": RecommendationFilter(responses=frozenset({"voluntary_pledge", "supported"})),
    "state": RecommendationFilter(states=frozenset({"Égypte", "Japan"})),
    "no cluster": RecommendationFilter(clusters=frozenset({NO_CLUSTER})),
    "session+country": RecommendationFilter(sessions=frozenset({40, 54}), countries=frozenset({"Kenya", "Ecuador"})),
    "common word": RecommendationFilter(text="rights"),
    "prefix": RecommendationFilter(text="détent"),
    "accent-free": RecommendationFilter(text="election"),
    "two words": RecommendationFilter(text="women tor"),
    "search+filter": RecommendationFilter(text="health", responses=frozenset({"supported"})),
    "nothing": RecommendationFilter(text="zzzznothing"),
    "punctuation only": RecommendationFilter(text='"-'),
}
SORTS = [None, *SORTABLE]


def paged(conn, flt, sort, descending, limit):
    out, cursor, seen = [], None, 0
    while True:
        page = queries.page(conn, flt, sort, descending, after=cursor, limit=limit)
        out += page.ids
        seen += 1
        assert seen < 1000
        if page.next is None:
            return out, page.ranked
        cursor = page.next


@pytest.mark.parametrize("name", FILTERS)
@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_paging_returns_the_full_order(conn, name, sort, descending):
    flt = FILTERS[name]
    full, ranked = queries.ranked_ids(conn, flt, sort, descending)
    for limit in (1, 7, 50, 1000):
        ids, page_ranked = paged(conn, flt, sort, descending, limit)
        assert ids == full, (name, sort, descending, limit)
        assert page_ranked == ranked or not ids
    assert queries.count(conn, flt) == len(full)
    assert len(set(full)) == len(full)


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_a_window_anywhere_is_the_same_slice(conn, sort, descending):
    for flt in (FILTERS["none"], FILTERS["noted"], FILTERS["common word"]):
        full, _ = queries.ranked_ids(conn, flt, sort, descending)
        for offset in (0, 1, 13, len(full) // 2, len(full) - 3, len(full), len(full) + 5):
            window = queries.page_at(conn, flt, sort, descending, offset=offset, limit=10)
            assert window.ids == full[offset:offset + 10], (sort, descending, offset)
            if window.next is not None:
                more = queries.page(conn, flt, sort, descending, after=window.next, limit=10)
                assert more.ids == full[offset + 10:offset + 20]


def test_the_filter_covers_the_facets(conn):
    """The fixture is not degenerate: every filter above finds some rows but not all (bar the empty ones)."""
    total = queries.count(conn, RecommendationFilter())
    for name, flt in FILTERS.items():
        n = queries.count(conn, flt)
        if name == "nothing":
            assert n == 0
        elif name not in ("none", "punctuation only"):
            assert 0 < n < total, name


def test_sorts_fold_case_and_accents_and_put_nulls_first(conn):
    rows = conn.execute("SELECT id, text, states, country FROM recommendations").fetchall()
    import json

    by_id = {r[0]: r for r in rows}
    ids, _ = queries.ranked_ids(conn, RecommendationFilter(), "country")
    countries = [by_id[i][3] for i in ids]
    assert countries == sorted(countries, key=lambda c: (c is not None, fold(c) if c else ""))
    # "Équateur" sits among the E's, not after "Zambia" as with COLLATE NOCASE.
    folded = [fold(c) for c in countries if c]
    assert folded.index("equateur") < folded.index("kenya")
    ids, _ = queries.ranked_ids(conn, RecommendationFilter(), "states", descending=True)
    keys = [fold_list(json.loads(by_id[i][2])) for i in ids]
    assert keys == sorted(keys, reverse=True)
    ids, _ = queries.ranked_ids(conn, RecommendationFilter(), "text")
    texts = [fold(by_id[i][1]) for i in ids]
    assert texts == sorted(texts)
    assert fold("  Élection ") == "election" and fold("Straße") == "strasse"


def test_edits_keep_the_sort_keys(tmp_path):
    w = Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="Keys", country=ALL_COUNTRIES))
    for text in ("beta", "Alpha", "Ésope"):
        w.add_recommendation(Recommendation(text=text, states=("Égypte",)))
    ids = w.filtered_ids(RecommendationFilter(), "text")
    rec = w.recommendation(ids[0])
    w.edit_recommendation(rec.with_changes(text="zèbre"))
    with sqlite3.connect(tmp_path / "w.uprw") as conn:
        order = queries.ranked_ids(conn, RecommendationFilter(), "text")[0]
        assert [conn.execute("SELECT text_key FROM recommendations WHERE id = ?", (i,)).fetchone()[0]
                for i in order] == ["beta", "esope", "zebre"]
        assert {r[0] for r in conn.execute("SELECT states_key FROM recommendations")} == {"egypte"}


@pytest.mark.parametrize("limit", [0, 5, 40, 10_000])
def test_ranking_stops_at_the_rank_limit_the_same_way_for_pages(conn, monkeypatch, limit):
    """Above RANK_LIMIT matches a search comes in file order: page() and ranked_ids() decide alike."""
    monkeypatch.setattr(queries, "RANK_LIMIT", limit)
    for text in ("rights", "détent", "women tor", "health"):
        flt = RecommendationFilter(text=text)
        full, ranked = queries.ranked_ids(conn, flt)
        assert ranked == (len(full) <= limit)
        assert paged(conn, flt, None, False, 7) == (full, ranked)
