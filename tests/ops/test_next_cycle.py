"""Next-cycle matching on real text: Slovenia's third review (UPR34, 2019) and fourth (UPR48, 2025), both
OHCHR thematic lists, imported into one workshop through read_source."""

from __future__ import annotations

import pytest

from upr_desktop.domain.followup import recommendation
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.io.importers import read_source
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter

FILES = ("ohchr_upr34_slovenia_thematic_list_2019.docx", "ohchr_upr48_slovenia_thematic_list_2025.docx")


@pytest.fixture(scope="module")
def slovenia(tmp_path_factory):
    path = tmp_path_factory.mktemp("slovenia") / "slovenia.uprw"
    workshop = Workshop.create(path, WorkshopInfo(title="Slovenia, two reviews", country="Slovenia"))
    from tests.conftest import SHARED_DATA
    for name in FILES:
        parsed = read_source(SHARED_DATA / name)
        workshop.import_recommendations(parsed.recommendations, source_file=name, format=parsed.format,
                                        country="Slovenia")
    yield workshop
    workshop.close()


def _by_session(workshop, session: int) -> dict[str, int]:
    ids = workshop.filtered_ids(RecommendationFilter(sessions=frozenset({session})))
    return {r.reference: i for i, r in workshop.recommendations(ids).items()}


# Read from the two lists: each later recommendation repeats the earlier one.
TRUE_REPEATS = [
    ("140.70", "122.77"),  # United Kingdom: amend defamation legislation (civil, not criminal), word for word
    ("140.1", "122.2"),  # ratify the Convention on the Protection of the Rights of All Migrant Workers
    ("140.7", "122.1"),  # ratify the Optional Protocol to the ICESCR
    ("140.246", "121.51"),  # the rights of migrants and asylum-seekers
    ("140.229", "122.125"),  # Austria: dialogue with the German-speaking community
]


def test_both_reviews_are_in_one_workshop(slovenia):
    assert len(_by_session(slovenia, 34)) == 215 and len(_by_session(slovenia, 48)) == 254


@pytest.mark.parametrize("later, earlier", TRUE_REPEATS)
def test_true_repeats_are_suggested_first(slovenia, later, earlier):
    new, old = _by_session(slovenia, 48), _by_session(slovenia, 34)
    suggestions = slovenia.cycle_suggestions()[new[later]]
    assert suggestions[0].earlier_id == old[earlier]
    assert suggestions[0].score == max(s.score for s in suggestions) and suggestions[0].score >= 60


def test_an_unrelated_pair_is_not_suggested(slovenia):
    new, old = _by_session(slovenia, 48), _by_session(slovenia, 34)
    everything = slovenia.cycle_suggestions(top=50)
    # Portugal recommended both, but free primary education is not access to health care
    assert old["122.147"] not in {s.earlier_id for s in everything.get(new["140.133"], [])}
    # defamation is not the Migrant Workers Convention
    assert old["122.2"] not in {s.earlier_id for s in everything[new["140.70"]]}


def test_confirmed_links_count_and_carry_assessments_forward(slovenia):
    new, old = _by_session(slovenia, 48), _by_session(slovenia, 34)
    best = slovenia.cycle_suggestions()[new["140.70"]][0]
    slovenia.assess(recommendation(old["122.77"]), "not", "2022-01-15", justification="Still a criminal offence")
    change = slovenia.link_to_earlier(new["140.70"], best.earlier_id, best.score)
    assert slovenia.cycle_links()[new["140.70"]] == (old["122.77"], best.score)
    again = slovenia.recommended_again()
    assert again["total"] == 1 and again["not"] == 1
    assert [a.justification for a in slovenia.carried_forward(new["140.70"])] == ["Still a criminal offence"]
    assert slovenia.current_status(recommendation(new["140.70"])) is None  # context, not its own status
    change.undo()
    assert slovenia.cycle_links() == {}
